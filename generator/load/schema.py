"""What content may contain: the fields of each file kind, the id and date shapes, and the
limits that keep hostile input away from the NLP."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from ..model import (
    ACTOR_TYPES,
    AGREEMENT_TYPES,
    EVENT_TYPES,
    KINDS,
)

ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DATE_RE = re.compile(r"^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$")
FULL_DATE_RE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")
QID_RE = re.compile(r"^Q[1-9]\d*$")
HTML_RE = re.compile(r"<(?:/?[a-zA-Z][a-zA-Z0-9-]*(?=[\s/>])|!--|![a-zA-Z]|\?[a-zA-Z])")
"""The start of a tag as a browser reads one ('<img ', '</b>', '<!--'). Prose such as
'a<b', '< script' or '3 > 2' passes: escaping makes every character literal anyway."""
MIN_YEAR, MAX_YEAR = 1000, 2200
"""Dates outside these years are typos ('0000', '20244'), and break date arithmetic."""
MAX_FILE_BYTES = 1_000_000
MAX_ARTICLE_CHARS = 100_000
MAX_PARAGRAPH_CHARS = 20_000
"""Ten times the longest real article and paragraph seen; bigger input would take the NLP
gigabytes of memory (spaCy's limit is a million characters), so it is refused first."""
CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
"""Control characters (NUL, BEL, ESC...): stripped from article bodies, never published."""
SNIPPET_RE = re.compile(r"-{1,3}8<-{1,3}|;(?:-{1,3})8<")
NAME_FORBIDDEN_RE = re.compile(r"[<>\[\]{}|\\`*_#\n]")
GENERIC_WORDS = frozenset(
    "the a an he she it they him her his its their them this that these those we us our".split()
)
"""An alias made only of these would link every 'the' or 'he' in every article."""
TYPES = {"actors": ACTOR_TYPES, "agreements": AGREEMENT_TYPES, "events": EVENT_TYPES}
_COMMON = {"name", "type", "aliases", "description", "wikidata"}
_DATED = {"date", "end_date", "place"}
ENTITY_FIELDS = {
    "actors": _COMMON | {"adjectives"},
    "agreements": _COMMON | _DATED | {"parties"},
    "events": _COMMON | _DATED | {"participants", "about", "agreement"},
}
REQUIRED = {
    "actors": {"name", "type"},
    "agreements": {"name", "type"},
    "events": {"name", "type", "date"},
}
PARTY_FIELD = {"agreements": "parties", "events": "participants"}
ARTICLE_FIELDS = {"title", "date", "source", "url", "language", "annotations", "ignore", "dateline"}
ARTICLE_REQUIRED = {"title", "date", "source", "language"}
BRIEFING_FIELDS = {"title", "summary", "key_actors", "ignore", "reject", "repo_url", "edit_branch"}
PROPOSAL_RE = re.compile(r"^(?:events|agreements|statements)/[a-z0-9]+(?:-[a-z0-9]+)*$")
"""A proposal's key in ``reject``: the page path without ``.md`` (``events/<id>``)."""
TOP_LEVEL = frozenset({*KINDS, "articles", "briefing.yml", "README.md"})
"""Everything a content folder may hold; anything else is a mistake, not silently skipped."""


BRANCH_RE = re.compile(r"^(?!.*\.\.)(?!/)(?!.*//)[A-Za-z0-9._/-]{1,100}(?<![/.])$")
"""A git branch name without the forms git refuses or a URL would misread (``..``, ``//``)."""


def repo_url_problem(value: str) -> str | None:
    """Why ``value`` is not an https address of a repository, or None when it is one."""
    parts = urlsplit(value)
    if parts.scheme != "https" or not parts.hostname:
        return f"'{value}' is not an https address"
    if parts.query or parts.fragment or parts.username or parts.password:
        return f"'{value}' has a query, fragment or credentials"
    if not re.fullmatch(r"(/[A-Za-z0-9._~-]+)+/?", parts.path or ""):
        return f"'{value}' does not name a repository (https://github.com/<owner>/<name>)"
    return None
