"""Ground taken by an armed party is an attack (CAMEO 192, "occupy territory"): troops,
forces or rebels occupying, taking or retaking a place the NER names or a word of ground
("13 Georgian villages", "the east-west highway"), or control of one. CAMEO's "occupy" stays
out of the plain verbs (events56: "the territory occupied by Israel", a standing
occupation); holding a post, taking part or taking up positions is no attack."""

from __future__ import annotations

import pytest

from generator.extract import match

pytestmark = pytest.mark.slow


def _strikes(nlp, text: str) -> list[tuple[str, list[str], list[str]]]:
    return [
        (f.trigger.text, [r.text for r in f.agents], [r.text for r in f.patients])
        for f in match(nlp(text), 0).events
        if f.type == "strike"
    ]


@pytest.mark.parametrize(
    ("text", "trigger", "taken"),
    [
        ("The Russian troops were occupying 13 Georgian villages.", "occupying", "villages"),
        ("Russian soldiers took the east-west highway on Saturday.", "took", "highway"),
        ("Kurdish forces retook Batmaiya and Telasqaf.", "retook", "Batmaiya"),
        ("Rebels took control of the town of Kidal.", "took", "Kidal"),
    ],
)
def test_an_armed_party_taking_ground_is_an_attack(nlp, text, trigger, taken):
    found = _strikes(nlp, text)
    assert found and found[0][0] == trigger
    assert any(taken in p for p in found[0][2])


@pytest.mark.parametrize(
    "text",
    [
        "The territory, which belonged to Syria, was occupied by Israel.",
        "She took part in the talks.",
        "Troops took up positions near the border.",
        "The minister occupied the post until 2010.",
        "Protesters occupied the square for a week.",
    ],
)
def test_no_attack_without_an_armed_party_taking_ground(nlp, text):
    assert _strikes(nlp, text) == []
