"""What resolution, extraction and linking produce: mentions, statements, decisions and the
indexes pages are built from."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TypeVar

from .content import Article, Entity
from .nlp import Sentence


@dataclass(frozen=True)
class Statement:
    """A quotation attributed to an actor: the extract stage's proposal."""

    id: str
    speaker: str
    """Actor key."""
    quote: str
    """The quoted words, exactly as written."""
    article: str
    paragraph: int
    sentence: int
    """Index into the article's sentences (where the quotation starts)."""
    date: str
    date_text: str | None
    """The words that date it, or None when it is the article's own day."""
    start: int = 0
    """Character offset of the quoted words within the paragraph."""


@dataclass(frozen=True, slots=True)
class Mention:
    """One resolved mention: this text in this sentence means this entity."""

    entity: str
    """Entity key, ``actors/putin``."""
    article: str
    paragraph: int
    sentence: int
    """Index into the article's sentences."""
    start: int
    end: int
    """Character offsets within the paragraph."""
    text: str
    how: str
    """``curated`` (name or alias), ``annotation`` (explicit), ``ner``, ``surname`` or
    ``text`` (a found actor's name or surname in words no span held); the
    extract stage adds ``extract`` (a proposal's words), ``speaker`` (a person quoted who was
    no actor) and ``headline`` (a shared surname read as the headline's person)."""


def in_text_order(mentions: Iterable[Mention]) -> tuple[Mention, ...]:
    """Mentions without repeats, by article, place and entity, the longer first where two of
    one entity start together ("Dmitry Peskov", then its "Dmitry"). Every field is in the
    key: a set's order changes with each process's string hashes, and a tie left to it
    would make two builds of the same content differ."""
    return tuple(
        sorted(
            set(mentions),
            key=lambda m: (
                m.article,
                m.paragraph,
                m.start,
                m.entity,
                -m.end,
                m.how,
                m.text,
                m.sentence,
            ),
        )
    )


@dataclass(frozen=True)
class Resolved:
    """Output of the resolve stage: the final entity list and every mention."""

    entities: tuple[Entity, ...]
    mentions: tuple[Mention, ...]
    sentences: dict[str, tuple[Sentence, ...]]
    """Article id to its sentences, the evidence each mention points at."""
    decisions: tuple[Decision, ...] = ()
    """What resolution decided about names no editor curated: for the review."""
    statements: tuple[Statement, ...] = ()
    """Quotations attributed to actors (the extract stage adds them)."""
    unrejected: tuple[str, ...] = ()
    """Keys under ``reject`` in briefing.yml that name nothing the machine proposed (the
    extract stage finds them): a proposal whose id changed with its article, or a typo."""


@dataclass(frozen=True)
class Decision:
    """A machine decision about a found name that an editor may want to correct."""

    name: str
    action: str
    """``rejected`` (not an actor), ``merged`` (joined another actor's page) or ``ambiguous``
    (a lone surname shared by several people, left unlinked)."""
    reason: str
    key: str | None = None
    """The entity it joined, for ``merged``."""
    mentions: int = 0
    where: tuple[tuple[str, int], ...] = ()
    """(article id, sentence index) of up to two example sentences."""


@dataclass(frozen=True)
class Linked:
    """Output of the link stage: everything pages need, indexed by entity key or article id."""

    articles: dict[str, Article]
    entities: dict[str, Entity]
    mentions: dict[str, tuple[Mention, ...]]
    """Entity key to its mentions, in article date order, then text order."""
    article_mentions: dict[str, tuple[Mention, ...]]
    """Article id to the mentions in it, in text order."""
    article_entities: dict[str, tuple[str, ...]]
    """Article id to the entity keys it mentions, by first mention."""
    entity_articles: dict[str, tuple[str, ...]]
    """Entity key to the ids of articles mentioning it, newest first."""
    related: dict[str, tuple[tuple[str, int], ...]]
    """Actor key to (other actor key, shared sentences), most shared first."""
    involvement: dict[str, tuple[str, ...]]
    """Actor key to agreement and event keys it is a party to or takes part in, by date."""
    events_of_agreement: dict[str, tuple[str, ...]]
    """Agreement key to the events about it (e.g. its signing)."""
    sentences: dict[str, tuple[Sentence, ...]]
    """Article id to its sentences (evidence)."""
    reference_days: dict[str, str]
    """Article id to the ISO day its relative dates count from (dateline, else publication)."""
    sentence_dates: dict[str, tuple[tuple[DateMention, ...], ...]]
    """Article id to the dates each of its sentences names, resolved against the article's
    dateline or publication day; indexed like ``sentences``."""
    published: dict[str, tuple[str, ...]]
    """Actor key to the articles whose ``source`` is that actor (an outlet), newest first."""
    source_actor: dict[str, str]
    """Article id to the actor key of its source, where the source is a known actor."""
    sentence_mentions: dict[tuple[str, int], tuple[Mention, ...]]
    """(Article id, sentence index) to the mentions in that sentence, in text order: what a
    quoted sentence marks, found without going through the whole article's mentions."""
    statements: dict[str, tuple[Statement, ...]] = field(default_factory=dict)
    """Actor key to the statements it made, newest first; event key to those about it."""


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression in a sentence and the (possibly partial) ISO date it stands for."""

    text: str
    """The words as written: "in January", "on Monday"."""
    start: int
    end: int
    value: str
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``: never more precise than the words."""


T = TypeVar("T")


def newest_first(items: Iterable[T], date: Callable[[T], str], key: Callable[[T], str]) -> list[T]:
    """Newest first; items of the same date keep the order of their ids, as in the oldest-first
    timelines, so two same-day events never swap places between pages."""
    return sorted(sorted(items, key=key), key=date, reverse=True)
