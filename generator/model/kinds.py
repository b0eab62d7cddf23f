"""The kinds of entity, their types, and the keys every stage addresses them by."""

from __future__ import annotations

from dataclasses import dataclass

ACTOR_TYPES = ("person", "organisation", "state", "media")


AGREEMENT_TYPES = (
    "treaty",
    "agreement",
    "deal",
    "contract",
    "memorandum",
    "letter-of-intent",
    "ceasefire",
    "acquisition",
    "loan",
    "licence",
    "joint-venture",
)


EVENT_TYPES = (
    "meeting",
    "visit",
    "strike",
    "assault",
    "killing",
    "arrest",
    "sentencing",
    "sanctions",
    "protest",
    "election",
    "statement",
    "resignation",
    "dismissal",
    "impeachment",
    "death",
    "birth",
    "withdrawal",
    "signing",
    "ruling",
    "appointment",
    "suspension",
    "lawsuit",
    "founding",
    "request",
    "release",
    "handover",
    "easing",
    "investigation",
    "other",
    "campaign-end",
    "seizure",
    "passage",
    "subpoena",
    "accusation",
    "threat",
    "apology",
    "pardon",
    "award",
    "illness",
    "emergency",
    "postponement",
    "funeral",
    "disappearance",
    "approval",
    "launch",
    "accident",
    "aid",
    "interview",
    "announcement",
    "pledge",
    "proposal",
    "report",
    "publication",
    "nomination",
    "refusal",
    "hearing",
)


TYPE_NAMES = {
    "easing": "Easing of sanctions",
    "campaign-end": "End of the campaign",
    "emergency": "Emergency rule",
    "hearing": "Court appearance",
}
"""Readable names of the types whose own word would mislead on a page ("Emergency" for
emergency rule); any other type reads as itself."""


def type_name(type_: str) -> str:
    """'meeting' -> 'Meeting', 'letter-of-intent' -> 'Letter of intent', 'easing' -> 'Easing of
    sanctions': one name per type for event names, the timeline and page titles alike."""
    return TYPE_NAMES.get(type_) or type_.replace("-", " ").capitalize()


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


def statement_key(id_: str) -> str:
    """Statements are named like entities (``statements/<id>``), so a correction can."""
    return entity_key("statements", id_)


def content_file(kind: str, id_: str) -> str:
    """The file an editor writes for an entity, relative to the content folder."""
    return f"{kind}/{id_}.yml"


def kind_of(key: str) -> str:
    """``actors/x`` -> ``actors``."""
    return key.split("/", 1)[0]


def is_actor(key: str) -> bool:
    return kind_of(key) == "actors"
