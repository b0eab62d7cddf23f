"""Plain data passed between pipeline stages.

Every stage takes and returns these frozen dataclasses (or tuples of them), so each stage can
be tested on its own and nothing hides in shared mutable state. Entities are addressed by a
*key* ``"<kind>/<id>"`` (``actors/putin``), which is also their page path without ``.md``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import TypeVar

from .errors import ContentError

ACTOR_TYPES = ("person", "organisation", "state", "media")
AGREEMENT_TYPES = (
    "treaty",
    "agreement",
    "deal",
    "contract",
    "memorandum",
    "letter-of-intent",
    "ceasefire",
)
EVENT_TYPES = (
    "meeting",
    "visit",
    "strike",
    "killing",
    "arrest",
    "sanctions",
    "protest",
    "election",
    "statement",
    "resignation",
    "death",
    "withdrawal",
    "signing",
    "other",
)
AGREEMENT_STATUSES = ("proposed", "signed", "ratified", "in force", "suspended", "withdrawn")


@dataclass(frozen=True)
class Kind:
    """One kind of entity: its folder and URL prefix, how pages name it, its types."""

    folder: str
    """``actors``: the folder under ``content/``, the URL prefix, the first part of a key."""
    singular: str
    """``actor``: in messages, template names and CSS classes."""
    title: str
    """``Actors``: the heading of its index page."""
    types: tuple[str, ...]
    party_field: str | None = None
    """The field listing the actors involved: ``parties`` of an agreement, ``participants``
    of an event; None for actors."""


KIND_TABLE = (
    Kind("actors", "actor", "Actors", ACTOR_TYPES),
    Kind("agreements", "agreement", "Agreements", AGREEMENT_TYPES, "parties"),
    Kind("events", "event", "Events", EVENT_TYPES, "participants"),
)
KIND = {kind.folder: kind for kind in KIND_TABLE}
"""Folder name to its Kind: the one table every stage reads instead of its own copy."""
KINDS = tuple(KIND)
"""Curated entity kinds, as folder names under ``content/`` and URL prefixes."""


def entity_key(kind: str, id_: str) -> str:
    """The key of an entity: ``actors/vladimir-putin``; also its page path without ``.md``."""
    return f"{kind}/{id_}"


def actor_key(id_: str) -> str:
    return entity_key("actors", id_)


def agreement_key(id_: str) -> str:
    return entity_key("agreements", id_)


def article_key(id_: str) -> str:
    """Articles are addressed like entities: ``articles/<id>`` is their page."""
    return entity_key("articles", id_)


def kind_of(key: str) -> str:
    """``actors/x`` -> ``actors``."""
    return key.split("/", 1)[0]


def is_actor(key: str) -> bool:
    return kind_of(key) == "actors"


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
    """Actor ids: the parties of an agreement, or the participants of an event (see
    ``participants``); the field is shared so that links and checks treat both alike."""
    about: tuple[str, ...] = ()
    """For an event: actor ids it concerns without their taking part (the subject of a
    statement, the sender of a message)."""
    agreement: str | None = None
    """For an event: the agreement it concerns (e.g. its signing)."""
    wikidata: str | None = None
    curated: bool = True
    date_text: str | None = None
    """Proposals: the words that date it ("on Thursday"), as written."""
    value: str | None = None
    """Agreements: the money it is worth, as written ("$25 billion")."""
    subject: str | None = None
    """Agreements: what it is for ("to build four nuclear power plants")."""
    status: str | None = None
    """Agreements: one of ``AGREEMENT_STATUSES`` where the text says."""
    source: Source | None = field(default=None, compare=False)
    refs: tuple[tuple[str, str, int], ...] = field(default=(), compare=False)
    """(``actor`` or ``agreement``, referenced id, file line) for parties, participants, about
    and agreement: error locations."""

    @property
    def key(self) -> str:
        return entity_key(self.kind, self.id)

    @property
    def participants(self) -> tuple[str, ...]:
        """An event's participants (the shared ``parties`` field, named as what it is)."""
        return self.parties


@dataclass(frozen=True)
class Briefing:
    """Site-wide settings from ``content/briefing.yml``."""

    title: str
    summary: str
    key_actors: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    """Names that are never entities anywhere (places, slogans)."""
    repo_url: str | None = None
    """The code host's address of the repository holding the content: pages link to the
    file behind them there ("Edit this page"). None: no edit links."""
    edit_branch: str = "main"
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
class Role:
    """A phrase a frame points at: character offsets within its paragraph, and its words."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class QuoteFrame:
    """Quoted words in one paragraph and, where the parse shows it, who is said to say them.

    ``speaker`` is the subject of the cue ("X said", "according to X"); ``form`` says what
    kind of phrase it is: ``name``, ``pronoun`` or ``title`` ("the spokesman"), or ``none``
    when no cue was found (a continuation, or a quotation introduced by the paragraph before).
    """

    paragraph: int
    quote: Role
    """The words inside the quotation marks."""
    speaker: Role | None
    head: Role | None
    """The speaker phrase's head word ("Pompeo" of "US Secretary of State Mike Pompeo")."""
    cue: str
    form: str
    intro: bool = False
    """True for a lead-in without quoted words ("Peskov said:" ending a paragraph)."""


@dataclass(frozen=True)
class EventFrame:
    """A word of an event's type in one paragraph and the phrases that fill its roles."""

    paragraph: int
    type: str
    trigger: Role
    agents: tuple[Role, ...]
    """Who acted (the subject, a "by" phrase)."""
    patients: tuple[Role, ...]
    """Who was acted on or met ("with X", the object)."""
    places: tuple[Role, ...]


@dataclass(frozen=True)
class AgreementFrame:
    """A word for an agreement in one paragraph, with what its clause says about it."""

    paragraph: int
    type: str
    noun: Role
    """The agreement's noun phrase ("a $25-billion deal")."""
    verb: str
    """The governing verb as written ("signed"), or ""."""
    status: str | None
    parties: tuple[Role, ...]
    value: str | None
    subject: str | None
    name: str | None
    """A proper name where the text gives one ("Paris Climate Accord")."""


@dataclass(frozen=True)
class Frames:
    """What extraction matched in one article's parse, cached with its annotation."""

    quotes: tuple[QuoteFrame, ...] = ()
    events: tuple[EventFrame, ...] = ()
    agreements: tuple[AgreementFrame, ...] = ()


@dataclass(frozen=True)
class ArticleAnnotation:
    """Output of the annotate stage for one article."""

    article: str
    sentences: tuple[Sentence, ...]
    frames: Frames = field(default_factory=Frames)


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
    decisions: tuple[Decision, ...] = ()
    """What resolution decided about names no editor curated: for the review."""
    statements: tuple[Statement, ...] = ()
    """Quotations attributed to actors (the extract stage adds them)."""


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
    statements: dict[str, tuple[Statement, ...]] = field(default_factory=dict)
    """Actor key to the statements it made, newest first; event key to those about it."""


@dataclass(frozen=True)
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


def date_precision(value: str | None) -> str | None:
    """``year``, ``month`` or ``day`` for a partial ISO date; None when undated."""
    if not value:
        return None
    return ("year", "month", "day")[value.count("-")]
