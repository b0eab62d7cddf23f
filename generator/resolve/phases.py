"""The phases of ``resolve``, each a function of plain values in and out, in the order the
orchestration calls them. First ``read_articles``: every article's spans read (``collect``),
the per-article half of the work, kept per article in the ``collect`` memo."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import partial

from ..memo import Memo
from ..model import Article, ArticleAnnotation, Content, Entity, Mention, Sentence, actor_names
from .article import ArticleMentions, Candidate, Dropped, collect
from .memo import Steps
from .sweeps import Words, words_of_texts

__all__ = ["Read", "collect_inputs", "collect_memo", "read_articles"]


def collect_memo(content: Content, memo: Memo | None) -> Memo:
    """The ``collect`` memo salted with what every article's collect reads."""
    names = actor_names(content.entities)
    curated = sorted({e.key for e in content.entities})
    return (memo or Memo(None, "collect")).salted(curated, sorted(names))


def collect_inputs(article: Article, key: str, ignore: set[str]) -> tuple[object, ...]:
    """What an article's collect reads of its own, as its memo entry's inputs."""
    return (key, article.id, article.paragraphs, article.annotations, sorted(ignore))


@dataclass(frozen=True)
class Read:
    """What ``read_articles`` found: the curated names and the spans of every article."""

    curated: dict[str, Entity]
    names: dict[str, str]
    folded: dict[str, str]
    lowercase: frozenset[str]
    small_in: dict[str, list[str]]
    sentences: dict[str, tuple[Sentence, ...]]
    mentions: tuple[Mention, ...]
    candidates: tuple[Candidate, ...]
    dropped: tuple[Dropped, ...]
    hinted: dict[str, Counter[str]]
    texts: tuple[str, ...]
    glossed: frozenset[str]


def read_articles(
    content: Content,
    annotations: Sequence[ArticleAnnotation],
    memo: Memo | None,
    collected: Mapping[str, tuple[str, ArticleMentions]],
    steps: Steps,
    words: Words | None,
) -> Read:
    """A phase because it is the per-article half: each article's spans read (``collect``)
    alone, taken from ``collected`` or ``memo`` when its annotation is unchanged, so a rebuild
    reads again only the edited articles; all that follows reads the briefing as a whole."""
    curated = {e.key: e for e in content.entities}
    names = actor_names(content.entities)
    memo = collect_memo(content, memo)
    folded: dict[str, str] = {}
    for name, owner in names.items():
        folded.setdefault(name.casefold(), owner)
    by_article = {a.article: a for a in annotations}
    lowercase, glossed_in, small_in = words or words_of_texts(content.articles, steps)
    sentences: dict[str, tuple[Sentence, ...]] = {}
    mentions: list[Mention] = []
    candidates: list[Candidate] = []
    dropped: list[Dropped] = []
    hinted: dict[str, Counter[str]] = defaultdict(Counter)
    texts: list[str] = []
    glossed: set[str] = set()
    with memo:  # saved for the next build
        for article in content.articles:
            annotation = by_article.get(article.id)
            if annotation is None:
                continue
            sentences[article.id] = annotation.sentences
            ignore = set(content.briefing.ignore) | set(article.ignore)
            early = collected.get(article.id)
            if early is not None and annotation.key and early[0] == annotation.key:
                found = early[1]
            else:
                found = memo.get(
                    collect_inputs(article, annotation.key, ignore),
                    partial(collect, article, annotation, set(curated), ignore, set(names)),
                    ArticleMentions.encoded,
                    ArticleMentions.decoded,
                    keep=bool(annotation.key),  # else what the annotation holds is not known
                )
            mentions.extend(found.mentions)
            candidates.extend(found.candidates)
            dropped.extend(found.dropped)
            hinted[article.id].update(found.states)
            texts.extend(article.paragraphs)
            glossed.update(glossed_in[article.id])
    return Read(
        curated,
        names,
        folded,
        lowercase,
        small_in,
        sentences,
        tuple(mentions),
        tuple(candidates),
        tuple(dropped),
        hinted,
        tuple(texts),
        frozenset(glossed),
    )
