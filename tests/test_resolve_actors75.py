"""actors75 (issue 8): places read as actors. A dependent territory ("Christmas Island",
"Bermuda", "Macau") and a federation's unit ("Goa", "New South Wales") are states only in an
article where they act, as a US state is; "made headlines" is a topic's verb, no act; a
region's governor, its legislature or its laws make it act; a comma after a clause is no
place's comma. A hotel, a prison or a detention centre is a building, no organisation."""

from __future__ import annotations

from test_resolve_briefing import resolve_text

from generator.gazetteer import federal_units, state_name, territory_names
from generator.resolve import (
    _NATION_ACTS,
    _NATION_GOVERNED,
    _NATION_PLACE_BEFORE,
    _after_list,
    _place_after_person,
)
from generator.resolve.article import _BUILDING_AFTER
from generator.resolve.decide import government_of, region_that_acts


def test_dependent_territories_and_federal_units_act_only_where_they_act():
    for name in ("Christmas Island", "Bermuda", "Mayotte", "Jersey", "Macao", "Macau", "Guam"):
        assert region_that_acts(name), name
    for name in ("Goa", "New South Wales", "Ontario", "Tamil Nadu", "Queensland"):
        assert region_that_acts(name), name
    assert "Hong Kong" not in territory_names()  # a state wherever the gold's dev names it
    assert state_name("Macau") == "Macao"
    for name in ("Delhi", "Taiwan", "France", "Mindanao", "Lagos", "Somali"):
        assert not region_that_acts(name), name  # a capital, states, an island, not federal
    assert "Victoria" not in federal_units()  # Seychelles' capital, and a given name


def test_what_makes_a_region_act_and_what_does_not():
    for after in (
        "'s new governor.",
        " outlawed the death penalty.",
        " has legalized cannabis",
        "'s legislature voted",
        " Governor Ricardo Rosselló announced",
        " governor Greg Abbott said",
        " Premier Annastacia Palaszczuk announced",
    ):
        assert _NATION_ACTS.match(_after_list(after)), after
    for after in (
        " made headlines when two groups arrived",
        " made history",
        " Governor's Mansion",
    ):
        assert not _NATION_ACTS.match(_after_list(after)), after
    assert _NATION_GOVERNED.search("The governor of ")
    assert not _NATION_GOVERNED.search("Mike Pence served as governor of ")
    assert not _NATION_GOVERNED.search("Rosselló resigned as the governor of ")
    assert _NATION_PLACE_BEFORE.search("in San Diego County, ")
    assert _NATION_PLACE_BEFORE.search("said former ")
    assert not _NATION_PLACE_BEFORE.search("life in prison when, for a time, ")
    assert government_of("Goa's government") == "Goa"
    assert government_of("Macau government") == "Macao"


def test_a_territory_named_only_as_a_place_has_no_page(content):
    text = [
        "Christmas Island made headlines when asylum seekers were taken to the island.",
        "The asylum seekers are held on Christmas Island, the Rudd government said.",
        "The Macau government has made public its cap; Macau casinos must follow it.",
        "The governor of Puerto Rico declared a state of emergency.",
    ]
    spans = {
        0: [("Christmas Island", "GPE")],
        1: [("Christmas Island", "GPE"), ("Rudd", "PERSON")],
        2: [("Macau", "GPE"), ("Macau", "GPE")],
        3: [("Puerto Rico", "GPE")],
    }
    found, _, _ = resolve_text(content, text, spans)
    names = {e.name: e.type for e in found.values()}
    assert "Christmas Island" not in names
    assert names.get("Macao") == "state"
    assert names.get("Puerto Rico") == "state"


def test_a_federal_unit_that_acts_is_a_state(content):
    text = [
        "Sirhan's death sentence was commuted when, for a time, California outlawed it.",
        "Goa's government announced three days of mourning; Goa declared a holiday.",
        "He was born in Ontario and lives in Queensland.",
    ]
    spans = {
        0: [("Sirhan", "PERSON"), ("California", "GPE")],
        1: [("Goa", "GPE"), ("Goa", "GPE")],
        2: [("Ontario", "GPE"), ("Queensland", "GPE")],
    }
    found, _, _ = resolve_text(content, text, spans)
    names = {e.name: e.type for e in found.values()}
    assert names.get("California") == "state"
    assert names.get("Goa") == "state"
    assert "Ontario" not in names and "Queensland" not in names


def test_a_hotel_or_a_prison_named_is_a_building(content):
    text = [
        "Civilians were rescued from the Villa Rose, a hotel popular with politicians.",
        "I was close to Villa Rose when the explosions rocked it, Al-Shabaab said.",
        "Twenty detainees were flown to Casuarina Prison in Perth.",
        "The Phosphate Hill Immigration Detention Centre opened in 2001.",
    ]
    spans = {
        0: [("Villa Rose", "ORG")],
        1: [("Villa Rose", "ORG"), ("Al-Shabaab", "ORG")],
        2: [("Casuarina Prison", "ORG"), ("Perth", "GPE")],
        3: [("Phosphate Hill Immigration Detention Centre", "ORG")],
    }
    found, _, _ = resolve_text(content, text, spans)
    names = {e.name for e in found.values()}
    assert "Al-Shabaab" in names
    assert not names & {
        "Villa Rose",
        "Casuarina Prison",
        "Phosphate Hill Immigration Detention Centre",
    }


def test_a_hotel_chain_or_a_prison_guard_is_no_building_gloss():
    assert _BUILDING_AFTER.match(", a hotel popular with politicians")
    assert _BUILDING_AFTER.match(", the notorious prison in Tehran")
    assert not _BUILDING_AFTER.match(", a hotel chain, said")
    assert not _BUILDING_AFTER.match(", a prison guard, said")
    assert not _BUILDING_AFTER.match(", the hotel's owner")


def test_a_place_glued_after_a_persons_name_is_cut_off(content):
    text = [
        "Floods struck Rote Island on Monday.",
        "Police chief Hidayat Rote Island said three people died. Hidayat said teams worked.",
        "Mr. John Smith Island said nothing.",
    ]
    spans = {
        0: [("Rote Island", "GPE")],
        1: [("Hidayat Rote Island", "PERSON"), ("Hidayat", "PERSON")],
        2: [("John Smith Island", "PERSON")],
    }
    found, _, _ = resolve_text(content, text, spans)
    names = {e.name for e in found.values()}
    assert "Hidayat" in names
    assert "Hidayat Rote Island" not in names
    assert _place_after_person(["John", "Smith", "Island"], frozenset()) is None  # no place
    assert _place_after_person(["Hidayat", "Rote", "Island"], frozenset({"Rote Island"})) == 1
