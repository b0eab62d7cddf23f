"""review13: the keys this session's caches remember by object identity (``Steps._items``'
frozen rows, ``Steps._texts``) and the first-mention ranks the merges now read (fix76) give a
rebuild after one edit what a build from nothing gives; an ``id`` freed and reused is never
taken for the content it named before."""

from __future__ import annotations

from dataclasses import dataclass, replace

import pytest
from test_resolve import annotation_for

from generator.memo import Memo
from generator.resolve import resolve
from generator.steps import Steps


@dataclass(frozen=True)
class _Row:
    name: str
    rank: int


def test_a_key_remembered_by_identity_is_never_another_contents_after_its_objects_died() -> None:
    """Each list of new frozen rows (and each tuple of long texts), made and dropped in turn
    so that CPython may hand a later one a dead one's ``id``, gets its own content's form."""
    steps = Steps(None)
    rows, texts = set(), set()
    for i in range(300):
        rows.add(repr(steps.canonical([_Row(f"name {i}", i), _Row("other", i)])))
        texts.add(repr(steps.canonical(("x" * 1024, f"paragraph {i}"))))
    assert len(rows) == len(texts) == 300
    fresh = Steps(None)
    assert fresh.canonical([_Row("name 7", 7), _Row("other", 7)]) == steps.canonical(
        [_Row("name 7", 7), _Row("other", 7)]
    ), "equal copies, the same form"


_KEPT = (
    [
        "US meat processor Tyson Foods raised its forecast. Tyson said sales were strong.",
        "Tyson expects beef prices to stay high. Analysts praised the firm's Big Data tools.",
    ],
    {0: [("Tyson Foods", "ORG"), ("Tyson", "ORG")], 1: [("Tyson", "ORG"), ("Big Data", "ORG")]},
)
"""The article left alone between the two builds: its per-article steps are read back."""

_EDITS = {
    "a parent moved before its unit": (
        (
            [
                "Its retail arm, Apple Stores, will open 30 shops, Apple said; its profit rose.",
                "Apple Stores employs 50,000 people, Apple said.",
            ],
            {0: [("Apple Stores", "ORG"), ("Apple", "ORG")], 1: [("Apple Stores", "ORG")]},
        ),
        (
            [
                "Apple said its profit rose. Its retail arm, Apple Stores, will open 30 shops.",
                "Apple Stores employs 50,000 people, Apple said.",
            ],
            {0: [("Apple", "ORG"), ("Apple Stores", "ORG")], 1: [("Apple Stores", "ORG")]},
        ),
    ),
    "jargon that starts to act": (
        (
            ["The firm sells Big Data tools to banks. Acme Corp said it would hire."],
            {0: [("Big Data", "ORG"), ("Acme Corp", "ORG")]},
        ),
        (
            ["Big Data said on Monday it would hire. Acme Corp said it would hire."],
            {0: [("Big Data", "ORG"), ("Acme Corp", "ORG")]},
        ),
    ),
}


def _resolve(content, edited, memo):
    articles, annotations = [], []
    for base, (paragraphs, spans) in zip(content.articles, (_KEPT, edited), strict=True):
        article = replace(base, paragraphs=tuple(paragraphs), annotations=())
        named = {p: [(t, label, None) for t, label in found] for p, found in spans.items()}
        articles.append(article)
        annotations.append(annotation_for(article, named))
    return resolve(replace(content, articles=tuple(articles)), annotations, memo)


@pytest.mark.parametrize("edit", list(_EDITS))
def test_a_resolve_after_an_edit_in_one_article_equals_one_from_nothing(
    edit, content, tmp_path, monkeypatch
):
    """The other article's per-article steps (the jargon reads among them) are read back and
    checked against their computation (``verify``); the merges read the edited ranks."""
    made: list[Steps] = []
    init = Steps.__init__

    def verifying(self, *args, **kwargs):
        init(self, *args, **{**kwargs, "verify": True})
        made.append(self)

    monkeypatch.setattr(Steps, "__init__", verifying)
    before, after = _EDITS[edit]
    first = _resolve(content, before, Memo(tmp_path / "warm", "collect"))
    made.clear()
    rebuilt = _resolve(content, after, Memo(tmp_path / "warm", "collect"))
    assert made[0].counts["article hits"] > 0, "the article left alone is read back"
    assert rebuilt == _resolve(content, after, None) != first
