"""Actors the NER cut, split or missed on Wikinews text (issue 8, tune 10): an affiliate's
name cut before its place, the Arabic article written apart, a news agency read as a
nationality, and a state named by its government's adjective."""

from __future__ import annotations

import csv
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest
from test_resolve import _speaker_frame, annotation_for
from test_resolve_briefing import resolve_text

from generator.model import ArticleAnnotation, Frames, Sentence
from generator.resolve import looks_like_name, resolve
from generator.resolve.merge import Found, merges, transliteration_key
from generator.resolve.names import given_name


def test_an_affiliate_cut_before_its_place_is_one_actor_with_its_acronym(content):
    """ "|Al-Shabab| in the Islamic Maghreb (ASIM)": the acronym says the place is part of the
    name, so the affiliate, its acronym and its name written again make one actor, apart from
    the parent; a place after a name with no such acronym stays apart."""
    found, by_text, _ = resolve_text(
        content,
        [
            "Threats came from Al-Shabab in the Islamic Maghreb (ASIM) on Sunday.",
            "Officials said al-Shabab in the Islamic Maghreb trained the man.",
            "The parent group al-Shabab grew. Al-Shabab in the Islamic Maghreb denied it.",
            "The Relief Agency in the Islamic Delta (KDR) opened. The agency left.",
        ],
        {
            0: [("Al-Shabab", "ORG"), ("the Islamic Maghreb", "LOC"), ("ASIM", "ORG")],
            1: [("al-Shabab", "ORG"), ("the Islamic Maghreb", "LOC")],
            2: [("al-Shabab", "ORG"), ("Al-Shabab", "ORG"), ("the Islamic Maghreb", "LOC")],
            3: [("The Relief Agency", "ORG"), ("the Islamic Delta", "LOC"), ("KDR", "ORG")],
        },
    )
    affiliate = by_text["ASIM"]
    assert by_text["Al-Shabab in the Islamic Maghreb"] == affiliate
    assert by_text["al-Shabab in the Islamic Maghreb"] == affiliate
    assert by_text["al-Shabab"] != affiliate  # the parent, named alone
    assert "ASIM" in found[affiliate].aliases
    # "KDR" is not the initials of "The Relief Agency in the Islamic Delta": nothing grows
    assert "The Relief Agency in the Islamic Delta" not in by_text


def test_the_arabic_article_written_apart_is_a_name():
    assert looks_like_name("al Qaeda", "ORG")
    assert looks_like_name("al-Qaeda", "ORG")
    assert not looks_like_name("al qaeda", "ORG")  # no capital at all
    assert not looks_like_name("al Qaeda and Hamas", "ORG")  # a run of words, not one name


def test_the_arabic_article_apart_joins_the_hyphened_spelling(content):
    _found, by_text, _ = resolve_text(
        content,
        [
            "Leaders spoke about al-Qaeda on Monday.",
            "Groups like al Qaeda espouse violence, the president said.",
        ],
        {0: [("al-Qaeda", "ORG")], 1: [("al Qaeda", "ORG")]},
    )
    assert by_text["al Qaeda"] == by_text["al-Qaeda"]


def test_the_arabic_article_apart_is_a_group_the_ner_read_as_a_person(content):
    """ "al Shabaab claimed the attack", the NER reading a person: the spelling apart is the
    well-known group's as the hyphened one is, an organisation."""
    found, by_text, _ = resolve_text(
        content,
        ["al Shabaab claimed the attack in Mogadishu. al Shabaab said it would go on."],
        {0: [("al Shabaab", "PERSON"), ("al Shabaab", "PERSON")]},
    )
    assert found[by_text["al Shabaab"]].type == "organisation"


def test_a_news_agency_read_as_a_nationality_is_an_outlet(content):
    """ "news agency |Yonhap|" read as a nationality twice: an agency (an outlet, cited twice
    as the source), as "oil giant |Yukos|" is a company; "the |Korean| agency" says whose it
    is."""
    found, by_text, _ = resolve_text(
        content,
        [
            "Police detained 70 people, South Korean news agency Yonhap reported.",
            "The leader of the group was arrested, Yonhap reported.",
            "The Korean agency said so.",
        ],
        {
            0: [("South Korean", "NORP"), ("Yonhap", "NORP")],
            1: [("Yonhap", "NORP")],
            2: [("Korean", "NORP")],
        },
    )
    # an agency that twice "reported" is an outlet (the vote over its citations, actors103)
    assert found[by_text["Yonhap"]].type == "media"
    assert not any(e.name == "Korean" for e in found.values())


def test_a_government_named_by_its_state_adjective_is_the_state(content):
    """ "the Sudanese government denied": the state (GOLD.md folds a government into its
    state); not a capitalised "Government" the NER reads as a body, nor a non-state
    adjective ("the Arab government")."""
    found, by_text, _ = resolve_text(
        content,
        [
            "The Sudanese government denied that its army was involved.",
            "Witnesses blamed the Sudanese authorities. The Arab government said no.",
        ],
        {0: [("Sudanese", "NORP")], 1: [("Sudanese", "NORP"), ("Arab", "NORP")]},
    )
    sudan = by_text["Sudanese government"]
    assert by_text["Sudanese authorities"] == sudan
    assert found[sudan].name == "Sudan" and found[sudan].type == "state"
    assert "Arab government" not in by_text


def test_a_government_word_after_a_state_adjective_but_state_is_the_state(content):
    """Every government noun of ``GOVERNMENT_WORDS`` after a state's adjective is the state
    ("the Israeli cabinet", "the Sudanese administration"), but "state": "the Chinese state
    media" is no government."""
    found, by_text, _ = resolve_text(
        content,
        [
            "The Israeli cabinet approved the plan. The Sudanese administration agreed.",
            "The Chinese state media reported the plan.",
        ],
        {0: [("Israeli", "NORP"), ("Sudanese", "NORP")], 1: [("Chinese", "NORP")]},
    )
    assert found[by_text["Israeli cabinet"]].name == "Israel"
    assert found[by_text["Sudanese administration"]].name == "Sudan"
    assert "Chinese state" not in by_text


def _resolve_quoted(content, paragraphs: tuple[str, ...], speakers: dict[int, str]):
    """Resolve the first article rewritten as ``paragraphs``, with a quotation frame whose
    speaker is the given surname in each numbered paragraph and no NER span anywhere."""
    summit, pact = content.articles
    frames = Frames(
        quotes=tuple(
            _speaker_frame(i, paragraphs[i], name, name) for i, name in sorted(speakers.items())
        )
    )
    sentences = tuple(Sentence(i, 0, len(text), text, ()) for i, text in enumerate(paragraphs))
    article = replace(summit, paragraphs=paragraphs)
    r = resolve(
        replace(content, articles=(article, pact)),
        [ArticleAnnotation(article.id, sentences, frames), annotation_for(pact, {})],
    )
    return r


def test_a_quoted_surname_finds_the_full_name_the_ner_did_not_read(content):
    """ "Irvan Maltoi, the bureau chief, said ..." with no span, then 'Maltoi said "..."':
    the speaker is the person the article names in full; a title before a surname ("Minister
    Kallas") is no given name, and a surname written nowhere in full stays no page."""
    r = _resolve_quoted(
        content,
        (
            "Irvan Maltoi, the bureau chief for the network, said the killing was linked to work.",
            'Maltoi said "reporting here is becoming an endangered profession".',
            'Minister Kallas spoke. Kallas said "the ruling is clear".',
        ),
        {1: "Maltoi", 2: "Kallas"},
    )
    maltoi = sorted((m.text, m.how) for m in r.mentions if m.entity == "actors/irvan-maltoi")
    assert [text for text, _ in maltoi] == ["Irvan Maltoi", "Maltoi"]
    assert not [e for e in r.entities if "kallas" in e.id]


def test_a_body_the_ner_read_as_a_person_is_the_name_its_acronym_spells(content):
    """ "Reporters Without Borders (RWB)" read as a person "Without Borders", its first word
    taken from before the span and written in lower case in another article ("reporters
    said"): the acronym spells the whole, so the whole is an organisation's name, not common
    nouns; a person before a bracketed acronym that is not theirs stays a person."""
    summit, pact = content.articles
    first = replace(
        summit,
        paragraphs=(
            "Reporters Without Borders (RWB) appealed for punishment of the killers.",
            "According to RWB, the region is unsafe. Maria Lopez Garcia (FARC) spoke.",
            "Maria Lopez Garcia said more.",
        ),
        annotations=(),
    )
    second = replace(pact, paragraphs=("Local reporters said the roads were closed.",))
    spans = {
        0: [("Without Borders", "PERSON", None), ("RWB", "ORG", None)],
        1: [("RWB", "ORG", None), ("Maria Lopez Garcia", "PERSON", None), ("FARC", "ORG", None)],
        2: [("Maria Lopez Garcia", "PERSON", None)],
    }
    r = resolve(
        replace(content, articles=(first, second)),
        [annotation_for(first, spans), annotation_for(second, {})],
    )
    by_text = {m.text: m.entity for m in r.mentions}
    found = {e.key: e for e in r.entities if not e.curated}
    rwb = found[by_text["RWB"]]
    assert rwb.name == "Reporters Without Borders" and rwb.type == "organisation"
    assert by_text["Reporters Without Borders"] == by_text["RWB"]
    assert found[by_text["Maria Lopez Garcia"]].type == "person"


def test_a_long_form_of_an_acronym_that_never_acts_is_still_common_nouns(content):
    """ "conditions like Essential Tremor (ET)": the text spells the acronym, but neither the
    long form nor the acronym acts, and its words are common nouns the article writes in
    lower case, so it is a thing's name (a disease), not an organisation's; a long form whose
    acronym acts ("According to RWB") stays a body's."""
    found, by_text, _ = resolve_text(
        content,
        [
            "A tremor can be caused by conditions like Essential Tremor (ET).",
            "ET, for example, is genetic. The mouse is an essential tool.",
            "Reporters Without Borders (RWB) listed the jailed reporters. According to RWB, "
            "borders are closed.",
        ],
        {
            0: [("Essential Tremor", "ORG")],
            2: [("Reporters Without Borders", "ORG"), ("RWB", "ORG"), ("RWB", "ORG")],
        },
    )
    assert "Essential Tremor" not in by_text
    assert found[by_text["RWB"]].name == "Reporters Without Borders"


def test_a_person_the_ner_read_whole_keeps_their_initials(content):
    """ "Alexandria Ocasio-Cortez (AOC)", "John Fitzgerald Kennedy (JFK)": the acronym spells
    the name, but the NER read the whole name as a person's, so it stays a person's and her
    surname alone still names her."""
    found, by_text, _ = resolve_text(
        content,
        [
            "Alexandria Ocasio-Cortez (AOC) criticised the bill. Ocasio-Cortez said it was bad.",
            "John Fitzgerald Kennedy (JFK) was cited by the speaker.",
        ],
        {
            0: [("Alexandria Ocasio-Cortez", "PERSON"), ("Ocasio-Cortez", "PERSON")],
            1: [("John Fitzgerald Kennedy", "PERSON")],
        },
    )
    aoc = found[by_text["Alexandria Ocasio-Cortez"]]
    assert aoc.type == "person" and by_text["Ocasio-Cortez"] == aoc.key
    assert found[by_text["John Fitzgerald Kennedy"]].type == "person"


def test_a_quoted_surname_two_people_share_finds_no_full_name(content):
    """ "Ed Milibrand ... David Milibrand ... 'Milibrand said'" with no span: two given names
    for the surname, so the speaker is neither; "Helmut Schmitz Street" is a street's name,
    no given name of "Schmitz"."""
    r = _resolve_quoted(
        content,
        (
            "Ed Milibrand and David Milibrand, brothers, met in London on Monday.",
            'Milibrand said "the party must change".',
            'Helmut Schmitz Street was closed. Schmitz said "the museum is open".',
        ),
        {1: "Milibrand", 2: "Schmitz"},
    )
    keys = {e.id for e in r.entities}
    assert "ed-milibrand" not in keys and "david-milibrand" not in keys
    assert "helmut-schmitz" not in keys


def test_a_quoted_speakers_given_name_may_be_a_towns():
    """ "Adam Schiff" for a quoted "Schiff": "Adam" is a town in Oman, which no full-name
    search of a lone surname takes for a given name, but the quoted speaker's does
    (``places=False``); a title or an opener is no given name for either."""
    assert not given_name("Adam", frozenset())
    assert given_name("Adam", frozenset(), places=False)
    assert not given_name("Minister", frozenset(), places=False)
    assert not given_name("However", frozenset({"however"}), places=False)


_PAIRS = Path(__file__).parent / "fixtures" / "transliteration-pairs.csv"


def _pairs() -> list[dict[str, str]]:
    with _PAIRS.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


@pytest.mark.parametrize("row", _pairs(), ids=lambda row: f"{row['a']}|{row['b']}")
def test_the_transliteration_pair_table_merges_exactly_the_variants(row):
    """Issue 8 (actors34): real romanisations of one name are one actor, names of two
    people, bodies or states that are as close stay apart. Both names share a neighbour;
    'where' says whether one article names both."""
    a = Found(row["a"], row["type"], 3, frozenset({"a1"}), frozenset({"Reuters"}))
    other = "a1" if row["where"] == "same" else "a2"
    b = Found(row["b"], row["type"], 1, frozenset({other}), frozenset({"Reuters"}))
    made = merges([a, b], {})
    assert bool(made) == (row["merge"] == "yes"), made
    if made:
        assert (made[0].name, made[0].into) == (row["b"], row["a"])


def test_the_pair_table_holds_both_kinds():
    kinds = Counter((row["merge"], row["type"]) for row in _pairs())
    assert kinds[("yes", "person")] >= 15 and kinds[("no", "state")] >= 5
    assert kinds[("no", "person")] >= 8


def test_a_romanisation_needs_context_and_never_leaves_a_curated_name():
    a = Found("Anwar al-Aulaqi", "person", 3, frozenset({"a1"}), frozenset({"Yemen"}))
    b = Found("Anwar al-Awlaki", "person", 1, frozenset({"a2"}), frozenset({"Sanaa"}))
    assert merges([a, b], {}) == []  # no shared article or neighbour
    b = replace(b, neighbours=frozenset({"Yemen"}))
    assert [(m.name, m.into) for m in merges([a, b], {})] == [
        ("Anwar al-Awlaki", "Anwar al-Aulaqi")
    ]
    assert merges([a, b], {}, curated=["Anwar al-Awlaki"]) == []
    # two organisations' names one romanisation apart, but a person's type and a body's
    assert merges([a, replace(b, type="organisation")], {}) == []


def test_a_transliteration_key_folds_the_systems_not_english():
    assert transliteration_key("Anwar al-Aulaqi") == transliteration_key("Anwar al-Awlaki")
    assert transliteration_key("Kadhafi") == transliteration_key("Qaddafi")
    assert transliteration_key("Gaddafi", "g") == transliteration_key("Qaddafi", "g")
    assert transliteration_key("Lavroff") == transliteration_key("Lavrov")
    # must not change: English qu, a w that begins a word, kh apart from h
    assert transliteration_key("Quirin") != transliteration_key("Karen")
    assert transliteration_key("West") != transliteration_key("East")
    assert transliteration_key("Khatami") != transliteration_key("Hatami")
    assert transliteration_key("Gerber") != transliteration_key("Kerber")


def test_a_romanised_variant_is_one_actor_with_the_variant_as_alias(content):
    found, by_text, resolved = resolve_text(
        content,
        [
            "Muammar Gaddafi spoke in Tripoli on Sunday.",
            "Officials said Muammar Qaddafi had left Tripoli. Gaddafi denied it.",
        ],
        {
            0: [("Muammar Gaddafi", "PERSON"), ("Tripoli", "GPE")],
            1: [("Muammar Qaddafi", "PERSON"), ("Tripoli", "GPE"), ("Gaddafi", "PERSON")],
        },
    )
    key = by_text["Muammar Gaddafi"]
    assert by_text["Muammar Qaddafi"] == key
    assert "Muammar Qaddafi" in found[key].aliases
    merged = [d for d in resolved.decisions if d.action == "merged"]
    assert any("another romanisation" in d.reason for d in merged)
