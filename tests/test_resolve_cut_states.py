"""A state's long name the NER cut in two (the lead, session 44, from a read block's page
"Republic of the Congo" for an article on the Democratic Republic of the Congo): "the
Democratic Republic of the" + "Congo" is one state, and the short "Congo" after it is that
state, not the other one ISO calls Congo. The spans are the shapes the small model gives."""

from __future__ import annotations

from conftest import entity_names
from test_resolve_briefing import resolve_text


def test_a_state_cut_before_its_last_word_is_one_state(content):
    found, by_text, _resolved = resolve_text(
        content,
        [
            "More than 50 people were killed after a plane crashed in the Democratic Republic "
            "of the Congo, causing president Joseph Kabila to fire his minister.",
            "Congo's cabinet met to investigate the crash.",
        ],
        {
            0: [
                ("the Democratic Republic of the", "GPE"),
                ("Congo", "GPE"),
                ("Joseph Kabila", "PERSON"),
            ],
            1: [("Congo", "GPE")],
        },
    )
    names = entity_names(found)
    assert "Democratic Republic of the Congo" in names
    assert "Republic of the Congo" not in names
    assert by_text["Congo"] == by_text["the Democratic Republic of the Congo"]


def test_two_states_side_by_side_stay_two(content):
    """Each half a state of its own ("… Sudan South Sudan" never joins into another)."""
    found, _by_text, _resolved = resolve_text(
        content,
        ["Talks between Sudan and South Sudan resumed.", "Sudan and South Sudan met again."],
        {
            0: [("Sudan", "GPE"), ("South Sudan", "GPE")],
            1: [("Sudan", "GPE"), ("South Sudan", "GPE")],
        },
    )
    names = entity_names(found)
    assert {"Sudan", "South Sudan"} <= names
