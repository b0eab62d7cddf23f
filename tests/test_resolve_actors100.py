"""Organisation names the NER cut short (actors100, issue 8): at "and" before the rest of a name
its bracketed acronym spells ("the National Council for Peace and| Order (NCPO)", as the small
model reads it), and before a dash that joins a party's two names ("Zimbabwe African National
Union| – Patriotic Front", its acronym "ZANU-PF"). The bodies here are invented; the NER spans
are the shapes the model gives for the real names."""

from __future__ import annotations

from conftest import entity_names
from test_resolve_briefing import resolve_text

from generator.resolve.names import looks_like_name


def test_a_name_cut_at_and_is_whole_where_its_acronym_spells_the_rest(content):
    found, by_text, _resolved = resolve_text(
        content,
        [
            "The junta, the National Board for Calm and Order (NBCO), said the vote would go on.",
            "The NBCO banned rallies.",
        ],
        {
            0: [("the National Board for Calm and", "ORG"), ("Order (NBCO", "LAW")],
            1: [("NBCO", "ORG")],
        },
    )
    names = entity_names(found)
    assert "National Board for Calm and Order" in names
    assert "National Board for Calm" not in names
    assert by_text["NBCO"] == by_text["the National Board for Calm and Order"]


def test_a_name_cut_before_and_is_whole_where_its_acronym_spells_the_rest(content):
    found, _by_text, _resolved = resolve_text(
        content,
        ["Monitors of the Office for Trade and Cooperation in Asia (OTCA) were there."],
        {0: [("the Office for Trade", "ORG"), ("Asia", "LOC")]},
    )
    names = entity_names(found)
    assert "Office for Trade and Cooperation in Asia" in names
    assert "Office for Trade" not in names


def test_a_name_whose_acronym_spells_only_itself_is_not_extended_over_and(content):
    found, _by_text, _resolved = resolve_text(
        content,
        ["The Freight Union and Road Board (FU) met."],
        {0: [("The Freight Union", "ORG"), ("Road Board", "ORG")]},
    )
    assert "Freight Union and Road Board" not in entity_names(found)


def test_a_party_cut_before_the_dash_of_its_second_name_is_whole_where_its_acronym_is(content):
    found, by_text, _resolved = resolve_text(
        content,
        [
            "The ruling Karoo African National Union – Popular Front won the seat.",
            "KANU-PF said the count was fair.",
        ],
        {0: [("Karoo African National Union", "ORG")], 1: [("KANU-PF", "ORG")]},
    )
    names = entity_names(found)
    assert "Karoo African National Union" not in names
    assert "Karoo African National Union – Popular Front" in names
    assert "Karoo African National Union – Popular Front" in names
    assert by_text["KANU-PF"] == by_text["Karoo African National Union – Popular Front"]


def test_a_dash_after_a_name_whose_joined_acronym_is_not_written_is_not_a_name(content):
    found, _by_text, _resolved = resolve_text(
        content,
        ["The Karoo African National Union – Popular Front voters stayed home – was there."],
        {0: [("Karoo African National Union", "ORG")]},
    )
    assert "Karoo African National Union" in entity_names(found)


def test_two_names_joined_by_a_spaced_dash_are_a_name_when_each_part_is():
    assert looks_like_name("Karoo African National Union – Popular Front", "ORG")
    assert not looks_like_name("Karoo African National Union – of", "ORG")


def test_a_dashed_acronym_whose_first_part_is_written_as_a_word_is_the_whole_party(content):
    found, by_text, _resolved = resolve_text(
        content,
        [
            "The Karoo African National Union – Popular Front held its congress.",
            "Kanu-PF said the count was fair, and Kanu-PF leaders agreed.",
        ],
        {0: [("Karoo African National Union", "ORG")], 1: [("Kanu-PF", "ORG"), ("Kanu-PF", "ORG")]},
    )
    names = entity_names(found)
    assert "Karoo African National Union" not in names
    assert by_text["Kanu-PF"] == by_text["Karoo African National Union – Popular Front"]


def test_a_dashed_acronym_read_as_a_person_is_the_party_its_parts_spell(content):
    found, by_text, _resolved = resolve_text(
        content,
        [
            "The ruling Karoo African National Union – Popular Front won the seat.",
            "KANU-PF took 60 percent. Jon Vell, who leads KANU-PF, was pleased.",
        ],
        {
            0: [("Karoo African National Union", "ORG")],
            1: [("KANU-PF", "PERSON"), ("Jon Vell", "PERSON"), ("KANU-PF", "PERSON")],
        },
    )
    names = entity_names(found)
    assert "KANU-PF" not in names
    assert by_text["KANU-PF"] == by_text["Karoo African National Union – Popular Front"]
    assert found[by_text["KANU-PF"]].type == "organisation"
