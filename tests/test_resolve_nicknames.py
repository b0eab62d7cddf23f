"""A quoted nickname inside a person's name ('Jeremy "Spike" Cohen'): name cleaning keeps the
name without it, and the nickname with the surname ("Spike Cohen", later in the article) is
the same person, not a second page (the lead, session 42: actors94's cleaning had split them)."""

from __future__ import annotations

from test_resolve_fix77 import resolve_articles


def _article(first: str) -> list:
    return [
        (
            [
                first,
                "Spike Cohen said the campaign would visit every state.",
                "Jo Jorgensen thanked Spike Cohen for his work.",
            ],
            {
                0: [(first.split(" was ")[0], "PERSON")],
                1: [("Spike Cohen", "PERSON")],
                2: [("Jo Jorgensen", "PERSON"), ("Spike Cohen", "PERSON")],
            },
        )
    ]


def test_the_nickname_and_surname_join_the_name_written_with_the_nickname_inside(content):
    _found, by_text, _resolved, ids = resolve_articles(
        content, _article('Jeremy "Spike" Cohen was nominated for vice president.')
    )
    full = by_text[ids[0], 'Jeremy "Spike" Cohen']
    assert full is not None
    assert by_text[ids[0], "Spike Cohen"] == full


def test_curly_quotes_too(content):
    _found, by_text, _resolved, ids = resolve_articles(
        content, _article("Jeremy “Spike” Cohen was nominated for vice president.")
    )
    assert by_text[ids[0], "Spike Cohen"] == by_text[ids[0], "Jeremy “Spike” Cohen"]


def test_without_the_nickname_inside_two_names_stay_two_people(content):
    """Guard: "Jeremy Cohen" and "Spike Cohen" with nothing saying they are one person."""
    _found, by_text, _resolved, ids = resolve_articles(
        content, _article("Jeremy Cohen was nominated for vice president.")
    )
    assert by_text[ids[0], "Spike Cohen"] != by_text[ids[0], "Jeremy Cohen"]
