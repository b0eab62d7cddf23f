"""The lead's reader-driven extraction fixes of session 45 (a briefing of blind41 and blind42
built and read as a reader would)."""

from __future__ import annotations

import pytest

from generator.extract import match


@pytest.mark.parametrize(
    "text",
    [
        "This incident triggered the articles in Daily Mail and Daily Mirror which attacked Zuma.",
        "The newspaper attacked the president in an editorial on Monday.",
    ],
)
def test_a_text_that_attacks_someone_makes_a_statement_not_a_strike(nlp, text):
    types = [e.type for e in match(nlp(text), 0).events if e.trigger.text == "attacked"]
    assert types == ["statement"]


@pytest.mark.parametrize(
    "text",
    ["Russian jets attacked the town on Monday.", "Rebels attacked a convoy carrying newspapers."],
)
def test_armed_attackers_still_strike(nlp, text):
    types = [e.type for e in match(nlp(text), 0).events if e.trigger.text == "attacked"]
    assert types == ["strike"]
