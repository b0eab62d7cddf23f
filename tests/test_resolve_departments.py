"""A UK department's coordinated full name, which the NER cuts at its "and" or comma, is one
body (actors37): "|Department for Education| and |Skills|" makes neither piece a page."""

from __future__ import annotations

from conftest import entity_names
from test_resolve_briefing import resolve_text


def test_a_department_cut_at_its_and_is_one_body(content):
    """The NER's 'Department for Education' and 'Skills' are the one department; an invented
    minister and the pieces of 'Culture, Media and Sport' likewise."""
    found, by_text, _ = resolve_text(
        content,
        [
            "A Department for Education and Skills spokeswoman said Ann Pryce was wrong.",
            "The Department for Culture, Media and Sport said Tom Vaile would decide.",
            "Ms Pryce met Oakfield Trust and Skills Norway in Ludbury.",
        ],
        {
            0: [("Department for Education", "ORG"), ("Skills", "ORG"), ("Ann Pryce", "PERSON")],
            1: [("Media", "ORG"), ("Sport", "ORG"), ("Tom Vaile", "PERSON")],
            2: [
                ("Ms Pryce", "PERSON"),
                ("Oakfield Trust", "ORG"),
                ("Skills Norway", "ORG"),
                ("Ludbury", "GPE"),
            ],
        },
    )
    names = entity_names(found)
    assert "Department for Education and Skills" in names
    assert "Department for Culture, Media and Sport" in names
    assert not {"Department for Education", "Skills", "Media", "Sport"} & names
    assert by_text["Department for Education and Skills"] != by_text["Skills Norway"]
    assert {"Oakfield Trust", "Skills Norway", "Ann Pryce"} <= names


def test_a_span_running_out_of_a_departments_name_is_left_as_read(content):
    """'|Department of Trade| and |Industry Council|': the second piece runs past the
    department's name, so the pass leaves both as the NER read them (no overlapping spans)."""
    _found, by_text, _ = resolve_text(
        content,
        ["Critics of the Department of Trade and Industry Council met, Ann Pryce said."],
        {
            0: [
                ("Department of Trade", "ORG"),
                ("Industry Council", "ORG"),
                ("Ann Pryce", "PERSON"),
            ]
        },
    )
    assert "Department of Trade and Industry" not in by_text
    assert "Industry Council" in by_text


def test_a_departments_possessive_name_is_joined(content):
    """'the |Department for Culture|, |Media| and |Sport|'s budget' (fix64): the possessive
    "'s" ends the name as a space would."""
    found, _by_text, _ = resolve_text(
        content,
        ["Tom Vaile said the Department for Culture, Media and Sport's budget was fair."],
        {
            0: [
                ("Tom Vaile", "PERSON"),
                ("Department for Culture", "ORG"),
                ("Media", "ORG"),
                ("Sport", "ORG"),
            ]
        },
    )
    names = entity_names(found)
    assert "Department for Culture, Media and Sport" in names
    assert not {"Department for Culture", "Media", "Sport"} & names


def test_a_departments_name_with_and_is_not_split_as_a_glued_pair(content):
    """'Foreign and Commonwealth Office' reads as two names glued by "and" ("Foreign" +
    "Commonwealth Office"); with "Foreign" written alone elsewhere it stays one body."""
    found, _, _ = resolve_text(
        content,
        [
            "The Foreign and Commonwealth Office said Ann Pryce would travel to Ludbury.",
            "Foreign ministers met Ms Pryce in Ludbury.",
        ],
        {
            0: [
                ("Foreign and Commonwealth Office", "ORG"),
                ("Ann Pryce", "PERSON"),
                ("Ludbury", "GPE"),
            ],
            1: [("Foreign", "NORP"), ("Ms Pryce", "PERSON"), ("Ludbury", "GPE")],
        },
    )
    names = entity_names(found)
    assert "Foreign and Commonwealth Office" in names
    assert "Commonwealth Office" not in names
