"""The texts each briefing-wide scan of resolve can find anything in, narrowed article by
article and kept per article by ``steps`` (issue 10, the rebuild after one edit).

Seven rules read every paragraph of the briefing with a test that reads the paragraph alone
before it reads any briefing-wide table: an acronym or a name in brackets
(``acronym_definitions``, ``translations``), a maker's vehicle noun (``_products``), a seat of
government's name (``_seat_acronyms``), a head of government's office (``_states_headed``), a
party's apposition (``_glossed_parties``) and a well-known actor's name
(``_well_known_written``). A paragraph that fails its rule's test gives that rule nothing,
whatever the tables hold, so each rule is given only the paragraphs that pass it, in their
order, and the tests' answers are each article's, kept under its id and paragraphs
(``PerArticle``): after one edit only its article's paragraphs are tested again, and each rule
reads the few hundred paragraphs that can matter, not every one of some 30,000. The rules
themselves are unchanged; each test is the rule's own first test (its pattern, imported),
so a change to that pattern carries over here.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from functools import partial

from ..model import Article
from ..steps import PerArticle, Steps
from .folds import _OFFICE_STEMS
from .jargon import _MADE_NOUN
from .merge import ACRONYM_IN_BRACKETS, NAME_IN_BRACKETS
from .parties import _PARTY_GLOSS
from .sweeps import _forms_pattern
from .vocab import SEATS_OF_GOVERNMENT, WELL_KNOWN

_SEATS = tuple(seat for seat in SEATS_OF_GOVERNMENT if " " in seat)
"""The seats ``_seat_acronyms`` looks for in the texts (a one-word seat never counts)."""

_WELL_KNOWN = _forms_pattern(
    tuple(sorted({form for group in WELL_KNOWN for form in group}, key=lambda f: (-len(f), f)))
)
"""Every well-known actor's form: ``_well_known_written`` looks for some of them, each match
of which this pattern finds too (the same boundaries, a longer form tried first)."""

_TESTS: tuple[Callable[[str], object], ...] = (
    ACRONYM_IN_BRACKETS.search,
    NAME_IN_BRACKETS.search,
    _MADE_NOUN.search,
    lambda text: any(seat in text for seat in _SEATS),
    lambda text: any(office in text for office in _OFFICE_STEMS),
    _PARTY_GLOSS.search,
    _WELL_KNOWN.search,
)
"""Each scan's test of one paragraph, in ``Scanned``'s order."""


@dataclass(frozen=True)
class Scanned:
    """The paragraphs each scan can find anything in, in the briefing's order: what each rule
    is given instead of every text (``well_known``: the articles holding one, whose
    paragraphs ``_well_known_written`` is given whole, as it reads them by their index)."""

    defined: tuple[str, ...]
    """``acronym_definitions``'."""
    translated: tuple[str, ...]
    """``translations``'."""
    made: tuple[str, ...]
    """``_products``'."""
    seats: tuple[str, ...]
    """``_seat_acronyms``'."""
    offices: tuple[str, ...]
    """``_states_headed``'."""
    party_glosses: tuple[str, ...]
    """``_glossed_parties``'."""
    well_known: frozenset[str]
    """The articles ``_well_known_written`` reads."""


def scanned(articles: Sequence[Article], annotated: Collection[str], steps: Steps) -> Scanned:
    """Each scan's paragraphs of the ``annotated`` articles (the briefing's texts, as
    ``read_articles`` joins them), and the articles, annotated or not, holding a well-known
    actor's form: each article's tests kept by ``steps`` under its id and paragraphs."""
    kept = PerArticle(steps, "text-scans")
    found: list[list[str]] = [[] for _ in _TESTS[:-1]]
    well_known = set()
    for article in articles:
        texts = article.paragraphs
        passed = kept.get((article.id, texts), partial(_passing, texts), _indexes)
        if article.id in annotated:
            for out, indexes in zip(found, passed, strict=False):
                out.extend(texts[i] for i in indexes)
        if passed[-1]:
            well_known.add(article.id)
    kept.save()
    defined, translated, made, seats, offices, party_glosses = map(tuple, found)
    return Scanned(defined, translated, made, seats, offices, party_glosses, frozenset(well_known))


def _passing(texts: Sequence[str]) -> tuple[list[int], ...]:
    """For each scan, the indexes of the paragraphs that pass its test."""
    return tuple([i for i, text in enumerate(texts) if test(text)] for test in _TESTS)


def _indexes(value: object) -> bool:
    """A kept value of ``_passing``'s form."""
    return (
        type(value) is tuple
        and len(value) == len(_TESTS)
        and all(type(v) is list and all(type(i) is int for i in v) for v in value)
    )
