"""Deaths the generator did not propose (issue 7, branch events77): the dead of a natural hazard
("A fire killed five girls") died, though nobody attacked them; and a state's soldiers who died
("626 Ethiopian troops have died") are the state's loss, as when they are killed. Near-misses:
a hazard that kills no one counted or named, the nationals of a state (never the state), an
attack by someone, which stays a killing. Sentences of the shapes of the events77 pool (2019
Wikinews) and of a read block's miss, names invented."""

from __future__ import annotations

import pytest
from test_extract_counted import _parties

from generator.extract import match

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("A fire yesterday afternoon killed five girls at an escape room in Vorland.",
         [("vorland",)]),
        ("At least 30 people were killed by the earthquake in Vorland on Monday.",
         [("vorland",)]),
        ("The storm killed crops across Vorland.", []),  # no one died
    ],
)  # fmt: skip
def test_the_dead_of_a_natural_hazard_died(nlp, text, parties):
    """A hazard is no attacker (no killing, no strike), but those it killed died: a death,
    the state's where unnamed people are counted, as "Nearly 100 people died in Vorland"."""
    assert _parties(nlp, text, "death") == parties
    assert not _parties(nlp, text, "killing")
    assert not _parties(nlp, text, "strike")


def test_an_attack_by_someone_stays_a_killing(nlp):
    text = "Gunmen killed five villagers in Vorland on Monday."
    assert [f.type for f in match(nlp(text), 0).events] == ["killing"]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("The rebels say 626 Vorlandian troops have died in the fighting.", [("vorland",)]),
        ("Thirteen Vorlandian soldiers died on Sunday.", [("vorland",)]),
        # nationals are not the state (shared/GOLD.md): no one it lost
        ("Eight Vorlandian tourists died in the crash.", []),
    ],
)  # fmt: skip
def test_a_state_whose_soldiers_died_takes_part(nlp, text, parties):
    """A state is never the one who died, but its soldiers who died are its loss, as
    ``_soldiers_of`` makes them when they are killed."""
    assert _parties(nlp, text, "death") == parties
