"""The lead's reader check, session 47 (issue 7): one governor's words printed by two outlets
on one day made two statement events, "Statement by John Bel Edwards" twice, because an
undated statement joins only its own article's. The same quotation of the same speaker is one
occasion wherever it is printed; a short phrase two reports may share is not enough."""

from __future__ import annotations

import pytest

from generator.extract.merge import Proposal, cluster
from generator.model import Mention

WORDS = "No one should take this storm lightly."


def _said(article: str, speaker: str, words: str, date: str | None = None) -> Proposal:
    mention = Mention("events/x", article, 0, 0, 10, 10 + len(words), words, "extract")
    return Proposal("events", "statement", (speaker,), (), date, None, None, mention, article[:10])


@pytest.mark.parametrize(
    ("second", "groups"),
    [
        (_said("2019-07-12-b", "edwards", WORDS), 1),
        # as another outlet prints them: straight apostrophes, no full stop, other case
        (_said("2019-07-13-c", "edwards", "no one should take this storm lightly"), 1),
        (_said("2019-07-12-b", "edwards", WORDS, "2019-07-12"), 1),
        (_said("2019-07-12-b", "landry", WORDS), 2),  # another speaker's
        (_said("2019-07-12-b", "edwards", "Stay inside tonight."), 2),  # other words
    ],
)
def test_one_quotation_in_two_articles_is_one_statement_event(second, groups):
    first = _said("2019-07-12-a", "edwards", WORDS)
    assert len(cluster([first, second])) == groups


def test_the_same_words_dated_apart_are_two_occasions():
    first = _said("2019-07-12-a", "edwards", WORDS, "2019-07-12")
    assert len(cluster([first, _said("2019-07-12-b", "edwards", WORDS, "2018-01-02")])) == 2


def test_a_short_phrase_in_two_articles_stays_two_statements():
    short = "God is great."
    assert len(cluster([_said("2019-07-12-a", "x", short), _said("2019-07-12-b", "x", short)])) == 2
