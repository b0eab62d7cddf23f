"""Attacks whose attacker goes unnamed in their sentence (issue 7, branch events66): an attack
told with its own date and no one's name ("an assault in Ghazni in August 2018") is the one
attacker's the article named before (by an attack or a claim of responsibility), as GOLD.md
counts it; none when the article named no attacker or two, when the sentence names that party
as the target, or when the attack is the article's own told again. Sentences of the shapes of
the attacks pool (benchmarks/pools/events66) and the dev article of Maidan Wardak, names kept
or invented."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import paragraph_context

from generator.extract import match
from generator.extract.events import propose_events

pytestmark = pytest.mark.slow

NAMES = ("Taliban", "Islamic State", "Houthi", "Vorland")


def _attacks(nlp, text: str) -> list[tuple[tuple[str, ...], str | None]]:
    """The agents and date of each attack proposed in a one-paragraph article of Thursday 24
    January 2019, each name of ``NAMES`` a mention of that actor."""
    doc, context = paragraph_context(nlp, text, date(2019, 1, 24), NAMES, (), {"actors/vorland"})
    found = propose_events(context, match(doc, 0).events)
    return [(p.agents, p.date) for p in found if p.type in ("strike", "assault")]


@pytest.mark.parametrize(
    "text",
    [
        # the attacker named by its claim
        "A car bomb was rammed into a military base on Monday. The Taliban have claimed "
        "responsibility. Reuters said it was the deadliest since an assault in Ghazni in August "
        "2018.",
        # the attacker named by an attack before
        "Taliban fighters attacked an army base in Vorland on Monday. Reuters said it was the "
        "deadliest since an assault in Ghazni in August 2018.",
    ],
)
def test_a_dated_attack_naming_no_one_is_the_attacker_s_named_before(nlp, text):
    assert (("taliban",), "2018-08") in _attacks(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # no attacker named: whose assault is not said
        "A car bomb exploded at a military base on Monday. Reuters said it was the deadliest "
        "since an assault in Ghazni in August 2018.",
        # two attackers named: which one is a guess
        "Taliban fighters attacked an army base on Monday. Islamic State gunmen attacked a "
        "checkpoint on Tuesday. Reuters said it was the deadliest since an assault in Ghazni in "
        "August 2018.",
        # the attacker named only after
        "Reuters said it was the deadliest since an assault in Ghazni in August 2018. The "
        "Taliban have claimed responsibility.",
    ],
)
def test_no_attacker_when_none_or_two_were_named_before(nlp, text):
    assert all(date_ != "2018-08" or not agents for agents, date_ in _attacks(nlp, text))


def test_the_party_a_sentence_names_as_target_is_not_its_attacker(nlp):
    text = (
        "The Houthi movement has claimed responsibility for the attack. Vorland has conducted "
        "airstrikes against the Houthi rebellion since 2015."
    )
    assert all(agents != ("houthi",) for agents, date_ in _attacks(nlp, text) if date_ == "2015")


def test_the_article_s_attack_told_again_gets_no_second_attacker(nlp):
    text = (
        "Taliban fighters attacked an army base in Vorland on Monday. Reuters called Monday's "
        "attack the deadliest in months."
    )
    assert [a for a in _attacks(nlp, text) if a[0] == ("taliban",)] == [
        (("taliban",), "2019-01-21")
    ]


def test_a_general_mention_of_attacks_is_no_attack(nlp):
    text = (
        "Taliban fighters attacked an army base on Monday. The frequency of attacks in Vorland "
        "has fallen."
    )
    assert [a for a in _attacks(nlp, text) if a[0] == ("taliban",)] == [
        (("taliban",), "2019-01-21")
    ]
