"""Statements of events62: a state's armed force speaking as a body ("the army said", with no
adjective; tie gives it to the one state whose organs the article named before; police stay
out, a town's as often), and a plea of not guilty, the accused's denial before the court."""

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


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Volodoymyr Zhukovskyy pleaded not guilty on Tuesday to seven counts of negligent "
         "homicide.", "Volodoymyr Zhukovskyy"),
        ("Avenatti had pleaded not guilty.", "Avenatti"),
    ],
)  # fmt: skip
def test_a_plea_of_not_guilty_is_a_denial(nlp, text, who):
    """events62: the accused denies the charge before the court (CAMEO 016), a statement."""
    assert _statements(nlp, text) == [[who]]


def test_a_guilty_plea_stays_a_conviction(nlp):
    text = "The Turpins pleaded guilty in February to fourteen felony charges."
    assert [f.type for f in match(nlp(text), 0).events] == ["sentencing"]
