"""What the load stage reads: articles, curated entities and the briefing's settings."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from ..errors import ContentError
from .kinds import entity_key


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


@dataclass(frozen=True, slots=True)
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


@dataclass(frozen=True, slots=True)
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
    former: tuple[str, ...] = ()
    """Events and agreements: ids a proposal it holds had before an editor's correction
    (an actor's merge, a curated record absorbing it) moved it here; their addresses redirect
    to its page (``extract.settle.former``)."""
    source: Source | None = field(default=None, compare=False)
    refs: tuple[tuple[str, str, int], ...] = field(default=(), compare=False)
    """(``actor`` or ``agreement``, referenced id, file line) for parties, participants, about
    and agreement: error locations."""
    name_lines: tuple[tuple[str, int], ...] = field(default=(), compare=False)
    """(name, file line) of its name, each alias and each adjective: error locations."""

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
    reject: tuple[str, ...] = ()
    """Keys of the machine's proposals an editor rejected: ``events/<id>``,
    ``agreements/<id>`` or ``statements/<id>``; they are never published."""
    source: Source | None = field(default=None, compare=False)
    refs: tuple[tuple[str, int], ...] = field(default=(), compare=False)
    """(actor id, file line) of each key actor, for error locations."""
    ignore_refs: tuple[tuple[str, int], ...] = field(default=(), compare=False)
    """(ignored text, file line) of each ``ignore`` entry, for error locations."""
    reject_refs: tuple[tuple[str, int], ...] = field(default=(), compare=False)
    """(proposal key, file line) of each ``reject`` entry, for warning locations."""


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


def date_precision(value: str | None) -> str | None:
    """``year``, ``month`` or ``day`` for a partial ISO date; None when undated."""
    if not value:
        return None
    return ("year", "month", "day")[value.count("-")]
