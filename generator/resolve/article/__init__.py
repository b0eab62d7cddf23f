"""One article's mentions: explicit annotations, curated names, and the NER's candidates.

Annotations and curated names become mentions here. The NER's other guesses become ``Candidate``
records, decided later for the whole briefing at once: whether a name is an actor depends on
every sentence that names it, not only this one.

The package holds one concern per module, lowest first (each imports only from those before):
``records`` (the candidates and mentions one article yields), ``words`` (word sets telling a
person's name from a body's), ``context`` (places, destinations, aliases, states around a name),
``media`` (outlets, publishers, programmes, channels), ``firms`` (firms, products, brands, what
a name does in its clause), ``people`` (persons, their titles, names cut or glued), ``acronyms``
(a name and its acronym), ``splits`` (spans to split or join), ``extend`` (bodies the NER cut
short), then ``collecting`` (``collect``, the article's pass, which calls them all). The package
re-exports what other modules, tests and benchmark scripts import from it."""

from __future__ import annotations

from .collecting import _CUT_BEFORE, _OF_BEFORE, _VESSEL_BEFORE, collect
from .context import _a_body, _aliases, _of_home_state, _sited_names, _travelled, given_alias
from .extend import _counted_groups_read, _extend_to_body_head
from .firms import _BUILDING_AFTER, _SET_OFF_NOUN, _STAFF_AFTER, _TECH_THING_AFTER, _designated
from .media import (
    _UPLOADED_TO,
    _cited_outlets,
    _own_publisher,
    _programme,
    _uttered,
    device_read,
    publisher_name,
    publisher_named,
)
from .people import _TOWN_OF
from .records import (
    ArticleMentions,
    Candidate,
    Dropped,
    _at_end,
    after_spaces,
    aligned,
    by_article,
    every,
    every_read,
    runs,
)
from .splits import _GLUED_PAIR, _comma_listed
from .words import (
    BODY_ENDS,
    BODY_HEADS,
    HEADS_BEFORE_OF,
    UNIT_WORDS,
    body_word,
    person_like,
    rank_name_word,
    title_word,
)

__all__ = [
    "BODY_ENDS",
    "BODY_HEADS",
    "HEADS_BEFORE_OF",
    "UNIT_WORDS",
    "_BUILDING_AFTER",
    "_CUT_BEFORE",
    "_GLUED_PAIR",
    "_OF_BEFORE",
    "_SET_OFF_NOUN",
    "_STAFF_AFTER",
    "_TECH_THING_AFTER",
    "_TOWN_OF",
    "_UPLOADED_TO",
    "_VESSEL_BEFORE",
    "ArticleMentions",
    "Candidate",
    "Dropped",
    "_a_body",
    "_aliases",
    "_at_end",
    "_cited_outlets",
    "_comma_listed",
    "_counted_groups_read",
    "_designated",
    "_extend_to_body_head",
    "_of_home_state",
    "_own_publisher",
    "_programme",
    "_sited_names",
    "_travelled",
    "_uttered",
    "after_spaces",
    "aligned",
    "body_word",
    "by_article",
    "collect",
    "device_read",
    "every",
    "every_read",
    "given_alias",
    "person_like",
    "publisher_name",
    "publisher_named",
    "rank_name_word",
    "runs",
    "title_word",
]
