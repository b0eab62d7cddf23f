"""The right kind (issue 7, branch events80): a vote cast and a telephone call were proposed as
the catch-all act ("other") of a verb no list named, so a proposal of the right family never
stood for them. Names are invented; the shapes are the events80 pool's and the read blocks'
(benchmarks/README.md, events80)."""

from __future__ import annotations

import pytest

from generator.extract import match
from generator.extract.vocabulary import EVENT_VERBS, read_cameo_left_out


def _types(nlp, text: str) -> list[str]:
    return [f.type for f in match(nlp(text), 0).events]


def test_phoning_is_cameos_telephone_discussion_and_call_stays_speech():
    assert EVENT_VERBS["phoned"] == EVENT_VERBS["telephoned"] == "meeting"
    assert EVENT_VERBS["called"] == "statement"  # the hand list's, and its cue
    assert "call" in read_cameo_left_out()


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Marta Ruiz cast her ballot at a school in Leeds on Tuesday.",
        "Both candidates cast their votes in Denver on Tuesday morning.",
    ],
)
def test_a_ballot_cast_is_a_vote(nlp, text):
    assert "election" in _types(nlp, text)
    assert "other" not in _types(nlp, text)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The report cast doubt on the minister's account.",
        "Marta Ruiz cast a long shadow over the party.",
    ],
)
def test_casting_anything_else_is_no_vote(nlp, text):
    assert "election" not in _types(nlp, text)


@pytest.mark.slow
def test_a_telephone_call_is_a_meeting_of_both(nlp):
    (frame,) = [
        f
        for f in match(nlp("Karl Ostrov phoned Dana Pell on Sunday."), 0).events
        if f.type == "meeting"
    ]
    assert [r.text for r in frame.agents] == ["Karl Ostrov"]
    assert [r.text for r in frame.patients] == ["Dana Pell"]
