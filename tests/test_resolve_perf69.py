"""perf69 (issue 10): a rebuild's memo hits cost less, with the same values: the per-article
reads of ``not_actors`` and ``things`` are typed as they are decoded (no ``decode`` then a
second pass over every column), and a set of atoms (the briefing's lower-case words) is made
canonical as it is, not item by item."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from generator import steps as memo
from generator.model import Article
from generator.resolve import _read_articles
from generator.resolve.article import Candidate
from generator.resolve.sweeps import _both_decoded, _both_read
from generator.steps import Steps, encode

TEXTS = (
    "A collision on Wellhouse Lane closed the road.",
    "Firms are deploying EV-DO technology, and the anterior cingulate cortex (ACC) grew.",
    "He drank Havana Club rum at the bar.",
)


def _at(paragraph: int, text: str, label: str) -> Candidate:
    start = TEXTS[paragraph].index(text)
    return Candidate("a", paragraph, 0, start, start + len(text), text, text, label, label)


def _candidates() -> list[Candidate]:
    return [
        _at(0, "Wellhouse Lane", "PERSON"),
        _at(1, "EV", "ORG"),
        _at(1, "ACC", "ORG"),
        _at(2, "Havana Club", "ORG"),
    ]


def test_a_kept_read_is_given_back_without_decode(tmp_path: Path, monkeypatch) -> None:
    """The second build's article reads are hits, equal to the first's, and ``decode`` (then
    ``read_back`` over every column) is not called for them: ``_both_decoded`` types each
    column as it builds it."""
    articles = [Article("a", "a", "2024-01-01", "s", None, "en", TEXTS)]
    first = _read_articles(_candidates(), articles, Steps(tmp_path))
    decoded: list[object] = []
    real = memo.decode
    monkeypatch.setattr(memo, "decode", lambda data: decoded.append(data) or real(data))
    steps = Steps(tmp_path)
    assert _read_articles(_candidates(), articles, steps) == first
    assert steps.counts == Counter({"article hits": 1})
    assert decoded == []


@pytest.mark.parametrize(
    "spoil",
    [
        lambda d: d[:2],  # one read of the two
        lambda d: ["list", *d[1:]],
        lambda d: [d[0], [*d[1][:3], ["list", 1.5], *d[1][4:]], d[2]],  # a float
        lambda d: [d[0], d[1], [d[2][0], ["list", 3], *d[2][2:]]],  # an int in things
        lambda d: [d[0], d[1], [d[2][0], [*d[2][1], None], *d[2][2:]]],  # lengths differ
        lambda d: [d[0], d[1], [d[2][0], ["tuple"], *d[2][2:]]],
        lambda d: [d[0], d[1], [*d[2], ["list"]]],  # ten columns
    ],
)
def test_a_kept_read_of_another_form_is_refused(spoil) -> None:
    """A value that is not the two reads' form (a column of another kind or length, a column
    too many, a float) raises ``ValueError``, so the article is read again; the right form
    gives back the computed value."""
    value = _both_read(TEXTS, _candidates())
    data = encode(value)
    assert _both_decoded(data) == value
    with pytest.raises(ValueError):
        _both_decoded(spoil(data))


def test_a_set_of_atoms_is_canonical_as_it_is(monkeypatch) -> None:
    """A frozenset of words is made canonical in one call (its items are their own form),
    giving the sorted words as before; a set of mixed atoms sorts as before too."""
    calls: list[object] = []
    real = Steps.canonical

    def counted(self: Steps, value: object) -> object:
        calls.append(value)
        return real(self, value)

    monkeypatch.setattr(Steps, "canonical", counted)
    words = frozenset({"senate", "bookmaker", "appeal"})
    assert Steps(None).canonical(words) == ("frozenset", ["appeal", "bookmaker", "senate"])
    assert calls == [words]
    mixed = Steps(None).canonical(frozenset({"b", 1, None}))
    assert mixed == ("frozenset", sorted(["b", 1, None], key=repr))
