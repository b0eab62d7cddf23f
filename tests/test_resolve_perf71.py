"""perf71 (issue 10): a per-article memo entry's key is one digest of its parts' digests, each
made once a build (the article's paragraphs by the tuple, its candidates by their items), not
its inputs made canonical and pickled again for every step that keys the article."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from generator import steps as memo
from generator.model import Article
from generator.resolve import _read_articles
from generator.resolve.article import Candidate
from generator.steps import PerArticle, Steps

TEXTS = (
    "A collision on Wellhouse Lane closed the road.",
    "Firms are deploying EV-DO technology, and the anterior cingulate cortex (ACC) grew.",
)


def _candidates() -> list[Candidate]:
    out = []
    for paragraph, text, label in ((0, "Wellhouse Lane", "PERSON"), (1, "ACC", "ORG")):
        start = TEXTS[paragraph].index(text)
        out.append(Candidate("a", paragraph, 0, start, start + len(text), text, text, label))
    return out


def test_an_articles_key_digests_no_canonical_form(tmp_path: Path, monkeypatch) -> None:
    """The usual inputs (the article's id, its paragraphs, its candidates) are keyed by their
    parts' digests: neither ``canonical`` nor its pickling is asked for them."""
    steps = Steps(tmp_path)
    kept = PerArticle(steps, "step", frozenset({"word"}))

    def refused(*_: object) -> object:
        raise AssertionError("made canonical")

    monkeypatch.setattr(Steps, "canonical", refused)
    key = kept._key(("a", TEXTS, _candidates()))
    assert len(key) == 64


def test_keys_are_the_same_for_equal_inputs_and_differ_otherwise(tmp_path: Path) -> None:
    """Equal inputs (other objects, another build) give the same key; a changed part, parts
    in another order, a string for a tuple of one, or a part of another kind, another."""

    def key(inputs: tuple[object, ...]) -> str:
        return PerArticle(Steps(tmp_path), "step", frozenset({"word"}))._key(inputs)

    base = key(("a", TEXTS, _candidates()))
    assert key(("a", tuple(list(TEXTS)), _candidates())) == base
    moved = _candidates()
    moved[1] = Candidate(*[*vars(moved[1]).values()][:7], "PERSON")
    others = [
        ("b", TEXTS, _candidates()),
        ("a", TEXTS[:1], _candidates()),
        ("a", TEXTS, _candidates()[:1]),
        ("a", TEXTS, moved),
        (TEXTS, "a", _candidates()),
        (("a",), TEXTS, _candidates()),
        ("a", TEXTS, _candidates(), []),
        ("a", TEXTS, _candidates(), None),
        ("a", list(TEXTS), _candidates()),
    ]
    keys = {key(inputs) for inputs in others}
    assert len(keys) == len(others) and base not in keys


def test_paragraphs_and_rows_are_digested_once_a_build(tmp_path: Path, monkeypatch) -> None:
    """Two steps keying the same article's paragraphs and candidates pickle them once."""
    pickled: list[object] = []
    real = memo._pickled
    monkeypatch.setattr(memo, "_pickled", lambda value: pickled.append(value) or real(value))
    steps = Steps(tmp_path)
    candidates = _candidates()
    first = PerArticle(steps, "one")
    second = PerArticle(steps, "two")
    pickled.clear()  # the shared tables' digests
    first._key(("a", TEXTS, candidates))
    assert len(pickled) == 2  # the paragraphs, the rows
    second._key(("a", TEXTS, list(candidates)))
    assert len(pickled) == 2


def test_a_part_the_digest_cannot_read_is_computed_every_time(tmp_path: Path) -> None:
    """A part of a kind ``canonical`` refuses still makes the entry unkept (never a key
    that misses what it holds)."""
    steps = Steps(tmp_path)
    kept = PerArticle(steps, "step")
    with pytest.raises(memo.Unknown):
        kept._key(("a", object()))
    assert kept.get(("a", object()), lambda: 1) == 1
    assert steps.counts == Counter({"unkept": 1})


def test_a_second_build_hits_with_the_new_keys(tmp_path: Path) -> None:
    """The per-article reads, kept under the new keys, are hits the next build."""
    articles = [Article("a", "a", "2024-01-01", "s", None, "en", TEXTS)]
    first = _read_articles(_candidates(), articles, Steps(tmp_path))
    steps = Steps(tmp_path)
    assert _read_articles(_candidates(), articles, steps) == first
    assert steps.counts == Counter({"article hits": 1})


def test_seeded_rows_are_known_by_their_token(tmp_path: Path, monkeypatch) -> None:
    """Rows known by a memo entry's key (``seed``: an article's candidates as collected) are
    keyed by it, never pickled; the same rows in another order are digested as rows; the
    same token in the next build gives the same key, another token another."""
    pickled: list[object] = []
    real = memo._pickled
    monkeypatch.setattr(memo, "_pickled", lambda value: pickled.append(value) or real(value))

    def key(token: str, rows: list[Candidate] | None = None) -> str:
        steps = Steps(tmp_path)
        candidates = _candidates()
        steps.seed(candidates, token)
        kept = PerArticle(steps, "step")
        pickled.clear()
        return kept._key(("a", TEXTS, list(candidates) if rows is None else rows))

    seeded = key("collect\0k1")
    assert len(pickled) == 1  # the paragraphs only
    assert key("collect\0k1") == seeded
    assert key("collect\0k2") != seeded
    rows = key("collect\0k1", _candidates()[::-1])
    assert len(pickled) == 2 and rows != seeded  # other objects: digested as rows
    assert key("collect\0k1", _candidates()) not in (seeded, rows)  # equal rows, not seeded


def test_resolve_seeds_each_articles_candidates_with_its_collect_key(
    tmp_path: Path, mini_content: Path, blank_model: None, monkeypatch
) -> None:
    """``resolve`` seeds each kept article's candidates with its ``collect`` entry's key,
    read ahead (``collected_ahead``) or not, and resolves as without any memo."""
    from generator.annotate import annotate
    from generator.load import load_content
    from generator.memo import Memo
    from generator.resolve import collected_ahead, resolve

    seeded: list[tuple[int, str]] = []
    real = Steps.seed
    monkeypatch.setattr(
        Steps,
        "seed",
        lambda self, rows, token: seeded.append((len(rows), token)) or real(self, rows, token),
    )
    content = load_content(mini_content)
    annotations = annotate(content.articles, content.entities, model="b", cache_dir=tmp_path)
    plain = resolve(content, annotations)
    assert seeded == []
    assert resolve(content, annotations, Memo(tmp_path, "collect")) == plain
    first = list(seeded)
    assert len(first) == len(annotations) and len({token for _, token in first}) == len(first)
    assert all(token.startswith("collect\0") for _, token in first)
    seeded.clear()
    memo_ = Memo(tmp_path, "collect")
    early = collected_ahead(content, {a.article: a.key for a in annotations}, memo_)
    assert all(len(found) == 3 for found in early.values())
    assert resolve(content, annotations, memo_, early) == plain
    assert seeded == first
