"""Review of events68 (issue 7, branch review33): a toll told after "exploded" or "blew up"
is a bombing only when what went off is told as a bomb; an accident's explosion (a gas
cylinder, a fuel tanker, a boiler) kills, but no one attacked. Sentences of the shapes of
real reports (benchmarks/pools/review33), names invented."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import paragraph_context

from generator.extract import match
from generator.extract.events import propose_events

pytestmark = pytest.mark.slow


def _types(nlp, text: str) -> list[str]:
    """The types of the events proposed in a one-paragraph article of 24 January 2019 where
    Vorland is a state (statements left out)."""
    doc, context = paragraph_context(
        nlp, text, date(2019, 1, 24), ("Vorland",), (), {"actors/vorland"}
    )
    return [p.type for p in propose_events(context, match(doc, 0).events) if p.type != "statement"]


@pytest.mark.parametrize(
    "text",
    [
        "A gas cylinder exploded at a restaurant in Vorland, killing four people.",
        "A boiler exploded at a factory in Vorland, killing six workers.",
        "A fuel tanker exploded on a highway in Vorland, killing 50 people.",
        "A fuel truck blew up in Vorland on Thursday, killing 13 people.",
        "A gas tanker overturned and exploded on a highway in Vorland, killing five people.",
    ],
)
def test_an_accidents_explosion_is_no_bombing(nlp, text):
    assert _types(nlp, text) == ["killing"]


@pytest.mark.parametrize(
    "text",
    [
        "A car bomb exploded near a police station in Vorland, killing eight people.",
        "A vehicle packed with explosives exploded outside a hotel in Vorland, killing 11.",
        "A bomb-laden truck blew up near the army base in Vorland, killing 14 people.",
        "A suicide bomber blew himself up at a checkpoint in Vorland, killing nine soldiers.",
        "Militants detonated a bomb at a bus station in Vorland, killing seven people.",
    ],
)
def test_a_bomb_going_off_is_still_a_bombing(nlp, text):
    assert _types(nlp, text) == ["strike"]
