"""The records one article's pass yields, and the helpers that walk them.

``Candidate`` (an NER guess decided later for the whole briefing), ``Dropped`` (a guess left
out, and why) and ``ArticleMentions`` (what one article yields); ``by_article``, ``runs``,
``every`` and ``aligned`` read them back in text order. ``after_spaces``, ``_at_end`` and
``_within`` test a span's surroundings. Lowest of the package: every other module builds these."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from operator import attrgetter
from typing import Any, TypeVar

from ...model import Mention, Span


@dataclass(frozen=True)
class Candidate:
    """An NER span no editor curated: its place, its text, and the name it proposes."""

    article: str
    paragraph: int
    sentence: int
    start: int
    end: int
    text: str
    name: str
    """Cleaned: no leading 'the', possessive, titles (for people) or glued prefix."""
    label: str
    """spaCy's label, or ``LOC`` where the words around it make it a place ("in Ghazni",
    "Maidan Wardak province"), whatever the NER said."""
    ner_label: str = ""
    """spaCy's own label, for the review."""
    of_state: str = ""
    """The state named right before it ("Iran's |Foreign Ministry|", "Russian |Defence
    Ministry|"), whose body a stateless body's name then is."""
    vessel: str = ""
    """The kind of ship named right before it ("the tanker |Stena Impero|", "The boat,
    |Conception|"): the name is a ship's, in every sentence of the briefing."""
    said_what: bool = False
    """The words around it say what it is: a place ("the Sandy Point area", "east of
    Carrascal", "Windsor Locks, Connecticut", "residents of Khan Sheikhoun"), more than a
    preposition does ("in Ghazni"), a product ("Boeing 737 |MAX|") or a person's role ("ex-CIA
    official |Paul Pillar|", ``people._persons_by_role``): its vote counts twice."""
    given: bool = False
    """Its first word is one the NER left out, taken as a given name ("|Sławoj| Leszek
    Głódź"); a word the briefing also writes in lower case is none ("Born Robert Burns")."""
    glossed: str = ""
    """What the words around it say it is, when no actor: "a building" ("|Hagia Sophia|,
    formerly a Greek Orthodox church and now a museum"), "an event" ("the tenth |Furnal
    Equinox|, an annual event"), "a product" ("One antibody cocktail, |ZMapp|,"); the name
    is that, in every sentence of the briefing."""
    traded: bool = False
    """Its article writes a company's noun right before the name once ("oil firm |Yukos|",
    "car maker |Mercedes|"): a company's, though also a town's or named once."""


@dataclass(frozen=True)
class Dropped:
    """A name the NER proposed that ``collect`` leaves out by a rule of its own, with the
    rule's reason: kept so that the review can show a name no page then holds (the editor
    sees why, and the YAML that accepts it) instead of losing it silently."""

    article: str
    paragraph: int
    sentence: int
    name: str
    why: str
    """The reason as the review shows it (``reasons.NotActor.why``)."""
    ner_label: str = ""


def every(candidates: Sequence[Candidate], test: Callable[[Candidate], bool | None]) -> list[str]:
    """The names, sorted, whose every mention passes ``test`` (None skips a mention): the
    rules that read a name as a thing only where no sentence writes it otherwise."""
    return every_read(candidates, [test(c) for c in candidates])


def every_read(candidates: Sequence[Candidate], passed: Sequence[bool | None]) -> list[str]:
    """``every`` of the tests' results already found, one for each candidate, in order."""
    ok: dict[str, bool] = {}
    for c, this in zip(candidates, passed, strict=True):
        if this is not None:
            ok[c.name] = ok.get(c.name, True) and this
    return sorted(name for name, yes in ok.items() if yes)


T = TypeVar("T")


def by_article(candidates: Sequence[Candidate]) -> dict[str, list[Candidate]]:
    """The candidates of each article, in order."""
    here: dict[str, list[Candidate]] = defaultdict(list)
    for c in candidates:
        here[c.article].append(c)
    return here


def runs(candidates: Sequence[Candidate]) -> list[tuple[str, int, int]]:
    """The candidates as runs of one article's: the article, how many of its candidates come
    before the run, and the run's length (for ``aligned``)."""
    found: list[tuple[str, int, int]] = []
    taken: dict[str, int] = defaultdict(int)
    i, n = 0, len(candidates)
    while i < n:
        article = candidates[i].article
        j = i + 1
        while j < n and candidates[j].article == article:
            j += 1
        found.append((article, taken[article], j - i))
        taken[article] += j - i
        i = j
    return found


def aligned(order: list[tuple[str, int, int]], values: Mapping[str, Sequence[T]]) -> list[T]:
    """Each article's ``values``, one for each of its candidates in order, as one list in the
    order of the candidates whose ``runs`` are ``order``."""
    return [v for article, start, n in order for v in values[article][start : start + n]]


@dataclass
class ArticleMentions:
    """What one article contributes before the briefing-wide decisions."""

    mentions: list[Mention] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)
    states: list[str] = field(default_factory=list)
    """States named only inside a body's name or as a modifier ("the 2020 United States
    presidential election"): no mention, but a sign of which state the article is about
    (whose "Senate" a bare "Senate" is)."""
    dropped: list[Dropped] = field(default_factory=list)
    """Spans the NER read as names that a rule here reads as part of something else (an
    office, a longer name, a title): the review lists those no page holds."""

    def encoded(self) -> dict[str, list[list[object]]]:
        """As JSON values (for ``memo.Memo``): each mention and candidate a row of its fields."""
        return {
            "mentions": _rows(self.mentions),
            "candidates": _rows(self.candidates),
            "states": [[state] for state in self.states],
            "dropped": _rows(self.dropped),
        }

    @classmethod
    def decoded(cls, data: dict[str, list[list[Any]]]) -> ArticleMentions:
        """Back from ``encoded``."""
        return cls(
            [Mention(*row) for row in data["mentions"]],
            [Candidate(*row) for row in data["candidates"]],
            [row[0] for row in data.get("states", [])],
            [Dropped(*row) for row in data.get("dropped", [])],
        )


def _rows(items: list[Mention] | list[Candidate] | list[Dropped]) -> list[list[object]]:
    """Each flat dataclass as the list of its field values (``astuple`` copies deeply, ten
    times slower)."""
    if not items:
        return []
    get = attrgetter(*(f.name for f in fields(items[0])))
    return [list(get(item)) for item in items]


def after_spaces(text: str, spaces: int, end: int) -> int:
    """Where a match that ends at ``end`` and holds at most ``spaces`` spaces (" ") may start
    at the earliest: at the space before them (none starts there, it would hold one more), or
    0. A pattern anchored at a name's start is searched from there, not over the whole
    paragraph before the name (``rfind`` in C: walking back in Python cost as much)."""
    at = end
    for _ in range(spaces + 1):
        at = text.rfind(" ", 0, at)
        if at < 0:
            return 0
    return at


def _at_end(pattern: re.Pattern[str], text: str, words: int) -> re.Match[str] | None:
    """``pattern.search(text)`` for a pattern ending in ``\\s+$`` whose match holds at most
    ``words`` runs of non-space characters: the search starts where the last ``words`` runs of
    ``text`` begin (no match can start before), not at each character of the paragraph
    before a span, which made these searches grow with the square of a paragraph's length.
    ``\\b`` still sees the character before that start. ``text`` starts a paragraph, whose
    words load joins with single spaces: the runs start after the space ``after_spaces`` finds,
    counting the one that ends ``text`` before a span (a paragraph never starts with one)."""
    at = after_spaces(text, words if text.endswith(" ") else words - 1, len(text))
    return pattern.search(text, at + 1 if at else 0)


def _within(span: Span | Candidate, start: int, end: int) -> bool:
    """The span (or candidate) lies inside [start, end), its "The" apart ("|The Manhattan DA's|
    office")."""
    lead = 4 if span.text.startswith(("The ", "the ")) else 0
    return start <= span.start + lead and span.end <= end


def _without_inner(
    spans: list[tuple[int, Span]], grown: list[tuple[int, int, int]]
) -> list[tuple[int, Span]]:
    """``spans`` less those inside a (paragraph, start, end) a step grew a span to: the NER's
    pieces of the whole name ("First" of "New Zealand First"), not the grown span itself."""
    return [
        (p, span)
        for p, span in spans
        if not any(
            q == p and s <= span.start and span.end <= e and (s, e) != (span.start, span.end)
            for q, s, e in grown
        )
    ]
