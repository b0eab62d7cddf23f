"""A subject that bears arms attacks what it strikes, a vehicle too (events62): the crash guard
("The driver struck a group of motorcycles") read "Saudi jets struck a school bus" as a
collision and gave nothing. Sentences are invented in the shapes of news reports."""

from __future__ import annotations

import pytest

from generator.extract import match


def _strikes(nlp, text):
    return [
        ([a.text for a in f.agents], [p.text for p in f.patients])
        for f in match(nlp(text), 0).events
        if f.type == "strike"
    ]


@pytest.mark.parametrize(
    ("text", "who", "what"),
    [
        ("Saudi jets struck a school bus in Yemen on Thursday.", "Saudi jets", "a school bus"),
        ("A missile struck a bus carrying pilgrims.", "A missile", "a bus carrying pilgrims"),
        ("Russian aircraft struck a convoy of trucks near Aleppo.", "Russian aircraft",
         "a convoy of trucks"),
        ("Israeli tanks hit a car in Gaza on Monday.", "Israeli tanks", "a car"),
    ],
)  # fmt: skip
def test_what_an_armed_subject_strikes_is_attacked(nlp, text, who, what):
    assert _strikes(nlp, text) == [([who], [what])]


@pytest.mark.parametrize(
    "text",
    [
        "A train struck a car at a level crossing.",
        "A plane struck a mountain in fog.",  # an aircraft no state's nor the military's
        "A police car struck a pedestrian in Leeds on Monday.",
        "Police hit a car with a stinger.",  # police stop cars; no arms borne
    ],
)
def test_a_vehicle_or_police_striking_a_vehicle_still_crashed(nlp, text):
    assert _strikes(nlp, text) == []
