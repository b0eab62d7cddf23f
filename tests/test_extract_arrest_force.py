"""Arrests by "police" or "they" (issue 7, branch events61): the arrest of someone unnamed is
the police force's the article named before, as GOLD.md counts it; none when no force or two
forces were named. The sentences are the shapes of the events pools' articles
(benchmarks/pools/events61), names kept or invented."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import paragraph_context

from generator.extract import match
from generator.extract.events import propose_events

pytestmark = pytest.mark.slow

NAMES = ("Thames Valley Police", "Gwent Police", "Vorland", "John Smith")


def _arrests(nlp, text: str) -> list[tuple[str, ...]]:
    """The parties of each arrest proposed in a one-paragraph article, each force or state it
    names a mention of that actor."""
    doc, context = paragraph_context(
        nlp, text, date(2019, 9, 18), NAMES, {"actors/john-smith"}, {"actors/vorland"}
    )
    found = propose_events(context, match(doc, 0).events)
    return [(*p.agents, *p.patients) for p in found if p.type == "arrest"]


@pytest.mark.parametrize(
    "text",
    [
        "Thames Valley Police said a gold toilet was stolen from Blenheim Palace. On Saturday "
        "they arrested a 66-year-old man on suspicion of burglary.",
        "Thames Valley Police said a gold toilet was stolen from Blenheim Palace. Police "
        "arrested a 36-year-old Cheltenham man on suspicion of conspiracy to burgle.",
        "Thames Valley Police said a gold toilet was stolen. Two suspects were detained by "
        "police on Monday.",
    ],
)
def test_an_arrest_by_police_named_before_is_the_force_s(nlp, text):
    assert ("thames-valley-police",) in _arrests(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # no force named before: whose police is not said
        "A gold toilet was stolen from Blenheim Palace. Police arrested a 36-year-old man.",
        # two forces named: which one is a guess
        "Thames Valley Police and Gwent Police searched the palace. On Saturday they arrested "
        "a 66-year-old man.",
        # the force named only after the arrest
        "Police arrested a 36-year-old man. Thames Valley Police said the toilet was stolen.",
        # not the police: the protesters' "they"
        "Thames Valley Police said a toilet was stolen. The protesters said they arrested a thief.",
    ],
)
def test_no_force_or_two_forces_leave_the_arrest_unnamed(nlp, text):
    assert _arrests(nlp, text) == []


def test_an_arrest_with_a_named_party_keeps_it(nlp):
    """ "Police arrested John Smith": the one arrested is named, no force is added."""
    text = (
        "Thames Valley Police said a toilet was stolen. Police arrested John Smith, a "
        "66-year-old man, on Saturday."
    )
    assert _arrests(nlp, text) == [("john-smith",)]
