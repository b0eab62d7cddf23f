"""Attacks told by their munitions, and one attack one event (issue 7, branch events67): a
verb that brings a bomb to a target ("dropped two bombs on a stronghold", "a car bomb was
rammed into the gate") and armed men storming a place are strikes; the dead told as an
attack's toll ("was killed in the attack") are that attack's, not a killing beside it, when
the article proposes the attack, of no other day. Sentences of the shapes of the attacks pool
(benchmarks/pools/events66, events67), names kept or invented."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import paragraph_context

from generator.extract import match
from generator.extract.events import propose_events

pytestmark = pytest.mark.slow

NAMES = ("Taliban", "Ahmed Khan", "Vorland")


def _strikes(nlp, text: str) -> list[tuple[str, list[str], list[str]]]:
    """Each attack frame of ``text``: its trigger, agents and patients."""
    return [
        (f.trigger.text, [r.text for r in f.agents], [r.text for r in f.patients])
        for f in match(nlp(text), 0).events
        if f.type in ("strike", "assault")
    ]


def _proposed(nlp, text: str) -> list[tuple[str, tuple[str, ...], str | None]]:
    """The type, actors and date of each event proposed in a one-paragraph article of
    Thursday 24 January 2019, each name of ``NAMES`` a mention of that actor."""
    doc, context = paragraph_context(
        nlp, text, date(2019, 1, 24), NAMES, {"actors/ahmed-khan"}, {"actors/vorland"}
    )
    return [(p.type, p.actors, p.date) for p in propose_events(context, match(doc, 0).events)]


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        (
            "Two Nigerian Air Force warplanes dropped two bombs on a militant stronghold.",
            "dropped",
            "a militant stronghold",
        ),
        ("A car bomb was rammed into the gate of the base.", "rammed", "the gate of the base"),
        ("Gunmen stormed the hotel in Kabul on Tuesday.", "stormed", "the hotel"),
        ("An unknown number of gunmen stormed the Radisson Blu.", "stormed", "the Radisson Blu"),
    ],
)
def test_a_bomb_brought_to_a_target_or_a_place_stormed_is_a_strike(nlp, text, trigger, target):
    found = [s for s in _strikes(nlp, text) if s[0] == trigger]
    assert found and target in found[0][2]
    assert not any("bomb" in p for p in found[0][2])  # the bomb is no target


def test_a_target_is_after_the_verb(nlp):
    found = _strikes(nlp, "Late at night, Vorland dropped bombs on six cities.")
    assert found == [("dropped", ["Vorland"], ["six cities"])]


@pytest.mark.parametrize(
    "text",
    [
        "The prosecutors dropped the charges against him.",
        "Volunteers planted trees on the hillside.",
        "The jets dropped two bombs, officials said.",  # no target named
        "Millions of people were to storm Area 51.",  # a crowd, unarmed
    ],
)
def test_no_strike_without_a_bomb_a_target_or_arms(nlp, text):
    assert not _strikes(nlp, text)


def test_the_dead_of_an_attack_are_that_attack(nlp):
    found = _proposed(
        nlp,
        "Taliban fighters attacked an army base in Vorland on Monday. Ahmed Khan was killed "
        "in the attack.",
    )
    assert [t for t, _, _ in found] == ["strike"]
    assert "ahmed-khan" in found[0][1] and found[0][2] == "2019-01-21"


def test_the_dead_of_an_attack_no_one_proposed_stay_a_killing(nlp):
    found = _proposed(nlp, "Ahmed Khan was killed in the bombing.")
    assert [t for t, _, _ in found] == ["killing"]


def test_the_dead_of_another_day_s_attack_are_not_this_attack(nlp):
    found = _proposed(
        nlp,
        "Taliban fighters attacked an army base in Vorland on Monday. Ahmed Khan was killed "
        "in an attack on January 2.",
    )
    assert not any("ahmed-khan" in actors and when == "2019-01-21" for _, actors, when in found)
    assert any("ahmed-khan" in actors and when == "2019-01-02" for _, actors, when in found)


def test_the_dead_an_attack_killed_are_that_attack(nlp):
    found = _proposed(
        nlp, "The bombing at the Taliban base on Monday killed Ahmed Khan and three guards."
    )
    assert [t for t, _, _ in found] == ["strike"]
    assert "ahmed-khan" in found[0][1]


def test_a_bare_weekday_after_a_one_word_place_dates_the_act():
    from generator.dates import bare_weekdays

    text = (
        "Warplanes dropped two bombs on a stronghold in Basra Saturday, as the offensive went on."
    )
    assert [d.value for d in bare_weekdays(text, date(2008, 3, 29))] == ["2008-03-29"]
    # a weekday after any name dates the act too since events73 ("visited the White House
    # Monday to"): "in New Hampshire Tuesday." was left undated here before
    assert [
        d.value for d in bare_weekdays("He won in New Hampshire Tuesday.", date(2008, 3, 29))
    ] == ["2008-03-25"]
