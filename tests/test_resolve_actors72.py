"""actors72 (issue 8): actors named twice or more that got no page. A breakaway state that
acts is a state ("South Ossetia declared independence"); an outlet cited as a source the NER
left unread is an organisation ("told |The Verge|", "according to |TF1|"); a group named by
a count and a count added ("P5+1") is the group, not a number."""

from __future__ import annotations

from test_resolve_briefing import resolve_text

from generator.model.nlp import Span
from generator.resolve import _NATION_ACTS, _after_list
from generator.resolve.article import _cited_outlets, _counted_groups_read
from generator.resolve.decide import region_that_acts
from generator.resolve.names import looks_like_name


def test_a_breakaway_state_is_a_region_that_acts():
    assert region_that_acts("South Ossetia")
    assert region_that_acts("Abkhazia")
    assert region_that_acts("Transnistria")
    assert not region_that_acts("Tskhinvali")  # its capital: a city


def test_what_a_polity_does_and_what_a_place_hosts():
    for after in (
        " declared independence from Georgia",
        "'s leader, Anatoly Bibilov, says",
        " will not hold a referendum on joining Russia",
        " may hold a referendum in 2017",
        " is discussing plans with Russian colleagues",
        " held a referendum on independence",
    ):
        assert _NATION_ACTS.match(_after_list(after)), after
    for after in (
        " held its caucuses on February 22.",  # a contest held there: hosted, no act
        " is holding its primary on Tuesday",
        " was an occupied territory",
    ):
        assert not _NATION_ACTS.match(_after_list(after)), after


def test_a_list_of_regions_with_names_of_two_words_and_a_clause():
    after = " and South Ossetia, formerly part of Georgia, declared independence"
    assert _after_list(after) == " declared independence"
    assert _after_list(", Scotland and Northern Ireland have decided") == " have decided"
    # a list holding a place that is no region is no list of regions
    assert _after_list(" and Tbilisi declared").startswith(" and Tbilisi")


def test_an_outlet_cited_as_a_source_is_read_where_the_ner_left_it():
    paragraphs = (
        "Photo by Vjeran Pavic / The Verge",
        "A Verizon spokesperson told The Verge. According to TF1, the minister resigned.",
        "The story was told to Kremlin aides, according to Dmitry Peskov.",
    )
    spans = [
        (0, Span("Vjeran Pavic", "PERSON", 9, 21, None)),
        (1, Span("Verizon", "ORG", 2, 9, None)),
        (1, Span("TF1", "CARDINAL", 52, 55, None)),
        (2, Span("Kremlin", "ORG", 22, 29, None)),
        (2, Span("Dmitry Peskov", "PERSON", 49, 62, None)),
    ]
    out = {(p, s.text, s.label) for p, s in _cited_outlets(spans, paragraphs)}
    assert (0, "The Verge", "ORG") in out
    assert (1, "The Verge", "ORG") in out
    assert (1, "TF1", "ORG") in out and (1, "TF1", "CARDINAL") not in out
    assert (2, "Dmitry Peskov", "PERSON") in out  # a person the NER read wins
    assert len(out) == 7  # nothing else: "told to Kremlin aides" names no outlet


def test_a_count_added_to_a_count_names_a_group_of_states():
    paragraphs = ("Iran and the P5+1 reached a deal. The P5+1+EU met; E3+3 ministers too.",)
    spans = [(0, Span("P5", "CARDINAL", 13, 15, None))]
    out = {(s.text, s.label) for _, s in _counted_groups_read(spans, paragraphs)}
    assert ("P5+1", "ORG") in out
    assert ("P5", "CARDINAL") not in out
    assert ("E3+3", "ORG") in out
    assert len([t for t, _ in out if t == "P5+1"]) == 1  # "P5+1+EU" is no such name
    assert looks_like_name("P5+1", "ORG")
    assert not looks_like_name("P5+1", "PERSON")


def test_breakaway_states_outlets_and_counted_groups_get_pages(content):
    text = (
        "South Ossetia declared independence from Georgia, South Ossetia's leader said.",
        "A Verizon spokesperson told The Verge that the talks with the P5+1 went on.",
        "Iran and the P5+1 met in Vienna, The Verge reported.",
        "Troops were sent to Abkhazia. Russia and Georgia fought in Abkhazia.",
    )
    spans = {
        0: [("South Ossetia", "GPE"), ("Georgia", "GPE"), ("South Ossetia", "GPE")],
        1: [("Verizon", "ORG"), ("P5", "CARDINAL")],
        2: [("Iran", "GPE"), ("P5", "CARDINAL"), ("Vienna", "GPE")],
        3: [("Abkhazia", "GPE"), ("Russia", "GPE"), ("Georgia", "GPE"), ("Abkhazia", "GPE")],
    }
    found, _, _ = resolve_text(content, text, spans)
    names = {e.name: e.type for e in found.values()}
    assert names.get("South Ossetia") == "state"
    assert "P5+1" in names
    assert "The Verge" in names  # "told The Verge": its own "The" (actors77)
    assert "Abkhazia" not in names  # only named as a place: no actor
