"""Events of issue 7's misses on BBC politics news (branch events25): a party or a minister
promising something is a statement of policy, as pledging and vowing are. Sentences are
rewritten with other names; each case that must not change is kept beside them."""

from __future__ import annotations

import pytest

from generator.extract import match

pytestmark = pytest.mark.slow


def _statements(nlp, text: str) -> list:
    return [e for e in match(nlp(text), 0).events if e.type == "statement"]


@pytest.mark.parametrize(
    ("text", "who", "trigger"),
    [
        ("The Greens have promised pounds 2bn in rail spending.", "The Greens", "promised"),
        ("The Whigs promise to keep the heating allowance.", "The Whigs", "promise"),
        ("The Radicals are promising to raise the tax threshold.", "The Radicals", "promising"),
        ("Ms Ross promised voters a referendum on the treaty.", "Ms Ross", "promised"),
        ("The Greens have pledged pounds 2bn in rail spending.", "The Greens", "pledged"),
        ("Ms Ross has not promised anything.", None, None),  # negated: nothing promised
        ("Ms Ross would promise anything to win.", None, None),  # hypothetical
        ("Her promises were soon forgotten.", None, None),  # the noun alone tells no act
    ],
)  # fmt: skip
def test_a_promise_is_its_makers_statement(nlp, text, who, trigger):
    frames = [e for e in match(nlp(text), 0).events if e.type == "pledge"]  # (events69)
    if who is None:
        assert frames == []
        return
    (frame,) = frames
    assert frame.trigger.text == trigger
    assert who in " ".join(r.text for r in frame.agents)


def test_what_is_promised_has_not_happened(nlp):
    """The promise is the event; the referendum it promises is not held yet."""
    found = match(nlp("The Greens promised to hold a referendum on the treaty."), 0).events
    assert [e.type for e in found] == ["pledge"]
