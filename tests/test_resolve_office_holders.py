"""A one-word body glued before its office-holder's name after the office's "of" (the lead,
session 45, from a reader's briefing: "the President of Petrobras José Eduardo Dutra" made one
person's page "Petrobras José Eduardo Dutra"). The spans are the shapes the small model gives."""

from __future__ import annotations

from conftest import entity_names
from test_resolve_briefing import resolve_text


def test_a_body_glued_before_its_holder_after_an_office_of_is_cut_off(content):
    found, by_text, _resolved = resolve_text(
        content,
        [
            "The chief executive of Gazprom Alexei Miller met the President of Petrobras "
            "José Eduardo Dutra on Monday.",
            "Miller said the deal was good. Dutra agreed.",
        ],
        {
            0: [("Gazprom Alexei Miller", "ORG"), ("Petrobras José Eduardo Dutra", "PERSON")],
            1: [("Miller", "PERSON"), ("Dutra", "PERSON")],
        },
    )
    names = entity_names(found)
    assert {"Alexei Miller", "José Eduardo Dutra"} <= names
    assert not {"Gazprom Alexei Miller", "Petrobras José Eduardo Dutra"} & names
    assert by_text["Miller"] == by_text["Alexei Miller"]
    assert by_text["Dutra"] == by_text["José Eduardo Dutra"]


def test_a_name_after_of_that_is_no_office_or_owns_the_office_stays_whole(content):
    """No office before "of" ("the government of"), the holder's own office after the name
    ("head of … 's office"), a body's words after the first ("Amnesty International …"):
    nothing is cut."""
    found, _by_text, _resolved = resolve_text(
        content,
        [
            "The government of Recep Tayyip Erdogan fell. Erdogan resigned.",
            "The head of Maria Elena Gomez's office spoke. Gomez did not.",
        ],
        {
            0: [("Recep Tayyip Erdogan", "PERSON"), ("Erdogan", "PERSON")],
            1: [("Maria Elena Gomez", "PERSON"), ("Gomez", "PERSON")],
        },
    )
    names = entity_names(found)
    assert {"Recep Tayyip Erdogan", "Maria Elena Gomez"} <= names
    assert not {"Tayyip Erdogan", "Elena Gomez", "Recep", "Maria"} & names
