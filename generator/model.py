"""Plain data passed between pipeline stages.

Every stage takes and returns these frozen dataclasses (or tuples of them), so each stage can
be tested on its own and nothing hides in shared mutable state. Entities are addressed by a
*key* ``"<kind>/<id>"`` (``actors/putin``), which is also their page path without ``.md``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from .errors import ContentError

ACTOR_TYPES = ("person", "organisation", "state", "media")
AGREEMENT_TYPES = ("treaty", "agreement", "deal", "contract", "memorandum")
EVENT_TYPES = (
    "meeting",
    "visit",
    "strike",
    "signing",
    "statement",
    "election",
    "other",
)
KINDS = ("actors", "agreements", "events")
"""Curated entity kinds, as folder names under ``content/`` and URL prefixes."""


def is_calendar_day(value: str) -> bool:
    """True for a real ``YYYY-MM-DD`` day: 2024-02-30 has the shape but is no day."""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def actor_names(entities: Iterable[Entity]) -> dict[str, str]:
    """Every actor name and alias to its entity key; the first entity wins a shared name."""
    names: dict[str, str] = {}
    for entity in entities:
        if entity.kind == "actors":
            for name in (entity.name, *entity.aliases):
                names.setdefault(name, entity.key)
    return names


@dataclass(frozen=True)
class Source:
    """Where a value came from in content, for error messages."""

    path: str
    line: int


@dataclass(frozen=True)
class Annotation:
    """A contributor's explicit mark-up in an article: this text means that entity."""

    text: str
    entity: str
    """Entity key such as ``actors/putin``."""
    line: int


@dataclass(frozen=True)
class Article:
    id: str
    title: str
    date: str
    """ISO date, ``YYYY-MM-DD``."""
    source: str
    url: str | None
    language: str
    paragraphs: tuple[str, ...]
    annotations: tuple[Annotation, ...] = ()
    ignore: tuple[str, ...] = ()
    """Text the NLP stage must not treat as a new entity in this article."""
    dateline: str | None = None
    path: str = ""
    paragraph_lines: tuple[int, ...] = ()


@dataclass(frozen=True)
class Entity:
    """A curated or automatically found actor, agreement or event."""

    kind: str
    """``actors``, ``agreements`` or ``events``."""
    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()
    """For an actor: the adjectives that refer to it ("Iranian" for Iran). They are not
    mentions; they let a page see that "his Iranian counterpart" names Iran."""
    description: str = ""
    date: str | None = None
    end_date: str | None = None
    place: str | None = None
    parties: tuple[str, ...] = ()
    """Actor ids: parties of an agreement or participants of an event."""
    about: tuple[str, ...] = ()
    """For an event: actor ids it concerns without their taking part (the subject of a
    statement, the sender of a message)."""
    agreement: str | None = None
    """For an event: the agreement it concerns (e.g. its signing)."""
    wikidata: str | None = None
    curated: bool = True
    source: Source | None = field(default=None, compare=False)
    refs: tuple[tuple[str, str, int], ...] = field(default=(), compare=False)
    """(``actor`` or ``agreement``, referenced id, file line) for parties, participants, about
    and agreement: error locations."""

    @property
    def key(self) -> str:
        return f"{self.kind}/{self.id}"


@dataclass(frozen=True)
class Briefing:
    """Site-wide settings from ``content/briefing.yml``."""

    title: str
    summary: str
    key_actors: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    """Names that are never entities anywhere (places, slogans)."""
    source: Source | None = field(default=None, compare=False)
    refs: tuple[tuple[str, int], ...] = field(default=(), compare=False)
    """(actor id, file line) of each key actor, for error locations."""


@dataclass(frozen=True)
class Content:
    """Everything read from a content folder, validated."""

    briefing: Briefing
    articles: tuple[Article, ...]
    entities: tuple[Entity, ...]
    warnings: tuple[ContentError, ...] = ()
    """Problems that do not stop a build (``W`` codes), unless it is ``--strict``."""

    def entity_keys(self) -> frozenset[str]:
        return frozenset(e.key for e in self.entities)


@dataclass(frozen=True)
class Span:
    """An entity span found in one sentence by the annotate stage (before resolution)."""

    text: str
    label: str
    """spaCy label (PERSON, ORG, GPE, ...)."""
    start: int
    """Character offsets within the paragraph."""
    end: int
    entity: str | None
    """Entity key when a curated pattern matched; None for statistical NER guesses."""


@dataclass(frozen=True)
class Sentence:
    paragraph: int
    start: int
    end: int
    text: str
    spans: tuple[Span, ...]


@dataclass(frozen=True)
class ArticleAnnotation:
    """Output of the annotate stage for one article."""

    article: str
    sentences: tuple[Sentence, ...]


@dataclass(frozen=True)
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
    """``curated`` (name or alias), ``annotation`` (explicit), ``ner`` or ``surname``."""


@dataclass(frozen=True)
class Resolved:
    """Output of the resolve stage: the final entity list and every mention."""

    entities: tuple[Entity, ...]
    mentions: tuple[Mention, ...]
    sentences: dict[str, tuple[Sentence, ...]]
    """Article id to its sentences, the evidence each mention points at."""
