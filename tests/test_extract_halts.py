"""Events of issue 7's long round-ups (branch events43): something stopped by the one who
stops it — aid halted, a practice ceased, embassies closed. Sentences are rewritten with other
names; each case that must not change is a shape the words also take."""

from __future__ import annotations

import pytest

from generator.extract import match

pytestmark = pytest.mark.slow


def _suspensions(nlp, text: str) -> list:
    return [e for e in match(nlp(text), 0).events if e.type == "suspension"]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The United States halted its food aid after the failed launch.", "United States"),
        ("Behind the scenes, Vorland has ceased the repatriation of Ostrian nationals.",
         "Vorland"),
        ("Canada and Norway closed their embassies in Vorland on Sunday.", "Canada"),
        ("Food aid was halted by the United States in April.", "United States"),
        ("Russia closed its border with Georgia on Monday.", "Russia"),
        ("The company closed the deal on Friday.", None),  # an agreement completed
        ("The polls closed at 8 p.m.", None),
        ("The talks halted after two days.", None),  # no one stopped them
        ("The Soviet Union ceased to exist in 1991.", None),
        ("Microsoft closed the session with a keynote.", None),  # no facility
        ("The government plans to halt exports next year.", None),  # not done yet
        # fix75: a movement stopped is no one's act ("halted its slide", "ceased its climb")
        ("The pound halted its decline against the dollar.", None),
        ("Vorneft shares halted their slide on Monday.", None),
        ("The dollar ceased its climb in late trading.", None),
        ("Opec halted the rise in oil prices.", None),
    ],
)  # fmt: skip
def test_something_halted_is_a_suspension_by_who_halted_it(nlp, text, who):
    frames = [
        f for f in _suspensions(nlp, text) if f.trigger.text.startswith(("halt", "ceas", "clos"))
    ]
    if who is None:
        assert not frames
        return
    (frame,) = frames
    assert who in " ".join(r.text for r in frame.agents)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Vorland officials yesterday ordered the satellite channel to stop broadcasting.",
         "Vorland officials"),
        ("The regulator ordered Radio Ostrava to cease its broadcasts on Monday.", "regulator"),
        ("The general ordered the troops to stop.", None),  # nothing named to stop
    ],
)  # fmt: skip
def test_an_order_to_stop_is_a_suspension(nlp, text, who):
    frames = [f for f in _suspensions(nlp, text) if f.trigger.text == "ordered"]
    if who is None:
        assert not frames
        return
    (frame,) = frames
    assert who in " ".join(r.text for r in frame.agents)
