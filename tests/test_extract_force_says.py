"""A state's armed force speaking as a body is a statement (events62): "the army said" with
no adjective, which tie gives to the one state whose organs the article named before. Police
stay out: a town's police as often, whose word is how a crime is reported."""

from __future__ import annotations

import pytest

from generator.extract import match


def _statements(nlp, text):
    return [[a.text for a in f.agents] for f in match(nlp(text), 0).events if f.type == "statement"]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The entire crew were Iranians, the army said.", "the army"),
        ("The military said the operation had ended on Sunday.", "The military"),
    ],
)
def test_a_bare_armed_force_speaks(nlp, text, who):
    assert _statements(nlp, text) == [[who]]


@pytest.mark.parametrize(
    "text",
    [
        "Police said a group of thieves was involved.",
        "The army newspaper said the war was over.",
        "A military spokesman said the operation had ended.",
    ],
)
def test_police_an_outlet_or_a_spokesman_is_no_bare_force(nlp, text):
    assert _statements(nlp, text) == []
