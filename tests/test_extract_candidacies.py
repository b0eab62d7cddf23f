"""Campaign acts of issue 7's round-ups (branch events45): a candidate running for a body or a
party's nomination, or having sought one, and two joined verbs each dated by its own date.
Sentences are rewritten with other names; each case that must not change is a shape the words
also take."""

from __future__ import annotations

import pytest

from generator.extract import match

pytestmark = pytest.mark.slow


def _elections(nlp, text: str) -> list:
    return [e for e in match(nlp(text), 0).events if e.type == "election"]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Mark Tarrow previously ran for the Green Party presidential nomination in 1988.",
         "Mark Tarrow"),
        ("Anne Hollis ran for US Congress as a Republican in 2010.", "Anne Hollis"),
        ("Conyers ran for Congress in 1964, winning by a margin of 108 votes.", "Conyers"),
        ("Karl Brandt ran for the Senate in 2012.", "Karl Brandt"),
        ("Laura Mills ran for the House in 2006.", "Laura Mills"),
        ("Mark Tarrow unsuccessfully sought the backing of the Green Party in 2000.",
         "Mark Tarrow"),
        ("John Okafor had sought the Democratic nomination in 2008.", "John Okafor"),
        ("Eva Lund sought the presidency in 1996.", "Eva Lund"),
        ("He ran for the house to fetch his coat.", None),  # a building, written small
        ("The council ran for three hours.", None),
        ("John Atta Mills is running for the National Democratic Congress.", None),  # a party
        ("Tarrow announced he is seeking the Green Party's 2016 nomination.", None),  # the
        # announcement is the news; the seeking is what it says
        ("Bush, who is also seeking the Republican nomination, spoke in Iowa.", None),
        ("Reyes was killed in June 1968, while seeking the Democratic nomination.", None),
        ("Brown sought asylum in Canada.", None),
        ("The party sought the support of the United Nations.", None),
    ],
)  # fmt: skip
def test_running_or_having_sought_a_nomination_is_a_candidacy(nlp, text, who):
    frames = [f for f in _elections(nlp, text) if f.trigger.text in ("ran", "sought")]
    if who is None:
        assert not frames
    else:
        (frame,) = frames
        assert [r.text for r in frame.agents] == [who]


def test_a_retirement_is_still_not_seeking_reelection(nlp):
    (frame,) = match(nlp("Alexander did not seek reelection."), 0).events
    assert frame.type == "resignation"


def test_joined_verbs_each_keep_their_own_date(nlp):
    """ "ran … in 1988, and … sought … in 2000": the seeking is not of 1988, the date nearest
    its verb; a verb with no date of its own shares the other's ("In 2009 she resigned and
    joined the cabinet")."""
    text = (
        "Tarrow previously ran for the Green Party presidential nomination in 1988, and "
        "unsuccessfully sought the backing of the Blue Party in 2000 and 2012."
    )
    frames = {f.trigger.text: f for f in _elections(nlp, text)}
    assert any("1988" in r.text for r in frames["sought"].asides)
    assert not any("2000" in r.text for r in frames["sought"].asides)
    assert any("2000" in r.text for r in frames["ran"].asides)
    text = "In 2009 Okafor resigned and joined the cabinet."
    for frame in match(nlp(text), 0).events:
        assert not any("2009" in r.text for r in frame.asides)
    text = (
        "On Friday, Ricardo Morales resigned as the governor and Pedro Alvar was sworn in at "
        "5 p.m. local time as the new governor."
    )
    for frame in match(nlp(text), 0).events:
        assert not any("Friday" in r.text for r in frame.asides)
    text = (
        "The march has taken place every year since 1973, the year abortion was ruled legal "
        "in the U.S."
    )  # "the year" is no date of the ruling's own: it keeps 1973
    for frame in match(nlp(text), 0).events:
        assert not any("1973" in r.text for r in frame.asides)
