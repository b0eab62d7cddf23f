"""review42 (issues 7, 8): this round's merged rules reread on sentences they were not built
from (pool: benchmarks/pools/review42). Each test of a mended shape fails on main."""

from __future__ import annotations

import pytest
from test_resolve_actors86 import _pages


def test_a_states_office_in_its_city_keeps_its_name(content):
    """'the Foreign Office in London': a state's office and where it sits, not a mission named
    for the place it serves (actors96's ``_mission_place`` made it "Foreign Office in London",
    then rejected it as a place in another)."""
    texts = [
        "The Foreign Office in London summoned the Iranian ambassador on Monday.",
        "A spokesman for the Foreign Office said Britain was alarmed.",
    ]
    ner = {
        0: [("The Foreign Office", "ORG"), ("London", "GPE"), ("Iranian", "NORP")],
        1: [("the Foreign Office", "ORG"), ("Britain", "GPE")],
    }
    pages, resolved = _pages(content, texts, ner)
    assert pages.get("Foreign Office") == "organisation"
    office = next(e.key for e in resolved.entities if e.name == "Foreign Office")
    assert sum(m.entity == office for m in resolved.mentions) == 2


def test_a_states_force_where_it_fights_keeps_its_name(content):
    """'the Russian Air Force in Syria': a state's force and where it is deployed."""
    texts = [
        "The Russian Air Force in Syria carried out strikes near Idlib on Sunday.",
        "The Russian Air Force said it had hit militant depots.",
    ]
    ner = {
        0: [("The Russian Air Force", "ORG"), ("Syria", "GPE"), ("Idlib", "GPE")],
        1: [("The Russian Air Force", "ORG")],
    }
    pages, _resolved = _pages(content, texts, ner)
    assert pages.get("Russian Air Force") == "organisation"
    assert "Russian Air Force in Syria" not in pages


def test_a_un_force_goes_on_to_the_place_it_serves(content):
    """Guard: a mission an international body sends is named for its place ("United Nations
    Interim Force in Lebanon"), as actors96 made it."""
    texts = [
        "The United Nations Interim Force in Lebanon said it had seen Israeli drones.",
        "Andrea Tenenti said the United Nations Interim Force in Lebanon would investigate.",
    ]
    ner = {
        0: [("The United Nations Interim Force", "ORG"), ("Lebanon", "GPE"), ("Israeli", "NORP")],
        1: [
            ("Andrea Tenenti", "PERSON"),
            ("the United Nations Interim Force", "ORG"),
            ("Lebanon", "GPE"),
        ],
    }
    pages, _resolved = _pages(content, texts, ner)
    assert pages.get("United Nations Interim Force in Lebanon") == "organisation"
    assert "United Nations Interim Force" not in pages


def test_a_ministrys_own_unit_after_its_portfolio_is_no_person(content):
    """'the Ministry of Foreign Affairs Press Office': the ministry's unit, not a person's name
    glued after the portfolio (actors96's ``_portfolio_glued`` made a person "Press Office")."""
    texts = [
        "The Ministry of Foreign Affairs Press Office said the visit was off.",
        "The Ministry of Foreign Affairs Press Office gave no reason.",
    ]
    ner = {
        0: [("The Ministry of Foreign Affairs Press Office", "ORG")],
        1: [("The Ministry of Foreign Affairs Press Office", "ORG")],
    }
    pages, _resolved = _pages(content, texts, ner)
    assert "Press Office" not in pages


def test_a_holders_name_after_the_portfolio_is_still_the_person(content):
    """Guard: 'Assistant Secretary of |State for African Affairs Jendayi Frazer|' (actors96)."""
    texts = [
        "Assistant Secretary of State for African Affairs Jendayi Frazer arrived in Nairobi.",
        "Jendayi Frazer met the opposition leader on Monday.",
    ]
    ner = {
        0: [("State for African Affairs Jendayi Frazer", "ORG"), ("Nairobi", "GPE")],
        1: [("Jendayi Frazer", "PERSON")],
    }
    pages, _resolved = _pages(content, texts, ner)
    assert pages.get("Jendayi Frazer") == "person"


def _strikes(nlp, text: str) -> list[str]:
    from generator.extract import match

    return [f.trigger.text for f in match(nlp(text), 0).events if f.type == "strike"]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "US troops took the road to Kabul airport to guard the evacuation.",
        "Government troops took the road to Mosul on Monday.",
        "Troops took the road back to their base.",
        "Israeli forces have occupied the West Bank since 1967.",
        "Israeli troops occupied the Sinai for 15 years.",
        "Russian troops occupy the region.",
    ],
)
def test_a_road_travelled_or_a_lasting_occupation_is_no_attack(nlp, text):
    """The lead's occupy cue (CAMEO 192) read a road taken to somewhere and an occupation that
    lasts ("since 1967", "for 15 years", "occupy" in the present) as an attack on the day."""
    assert _strikes(nlp, text) == []


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Russian soldiers took the east-west highway on Saturday.",
        "Rebels took control of the highway to the airport.",
        "Government forces took the town on Monday.",
    ],
)
def test_a_road_or_town_seized_is_still_an_attack(nlp, text):
    """Guard: a highway or town taken, or control of a road, is ground seized."""
    assert _strikes(nlp, text) == ["took"]
