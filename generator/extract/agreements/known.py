"""Known agreements' names and short names (acronyms, "the deal" apposed to a name), read both
when matching and when proposing."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...model import AgreementFrame
from ..parse import preposition_objects
from ..vocabulary import KNOWN_AGREEMENTS
from .clauses import _governing_verb

if TYPE_CHECKING:
    from spacy.tokens import Token

KNOWN = tuple(
    (re.compile(pattern), name, type_, ids) for pattern, name, type_, ids in KNOWN_AGREEMENTS
)


def _known_text(text: str) -> bool:
    """Whether a phrase names a known agreement ("the New START treaty")."""
    return any(pattern.search(text.casefold()) for pattern, *_ in KNOWN)


def _heads(noun: Token) -> list[Token]:
    """The noun and, for "memoranda of understanding", "understanding": the parse may hang
    the parties on either ("memoranda of understanding between Turkey and Libya")."""
    of = [o for o in preposition_objects(noun, "of") if o.lower_ == "understanding"]
    return [noun, *of]


def _apposed(noun: Token, first: Token) -> tuple[Token, Token] | None:
    """The name a phrase stands in apposition to, first and last word: a short name
    ("NAFTA, a 1994 agreement", by the parse or, where it reads the phrase as the verb's
    object, by the comma before it) or a capitalised one the parse sets it beside ("the Joint
    Comprehensive Plan of Action, the 2015 nuclear deal"); not a person's or a place's."""
    doc = noun.doc
    head = noun.head if noun.dep_ == "appos" else None
    short = head
    if short is None and first.i >= 2 and doc[first.i - 1].text == ",":
        short = doc[first.i - 2]
    if short is not None and short.pos_ == "PROPN" and _acronym_text(short.text):
        new = short.i > 0 and doc[short.i - 1].text == "New"  # "New START, the … treaty"
        return (doc[short.i - 1] if new else short), short
    if (
        head is None
        or head.pos_ != "PROPN"
        or head.ent_type_ in ("PERSON", "GPE", "NORP", "LOC", "FAC", "EVENT")
        or noun.lower_ == "convention"  # "Anime North, a fan-run convention": a gathering
        or _governing_verb(head) is None  # "withdrew from the …, the 2015 nuclear deal"
    ):
        return None
    words = [t for t in head.subtree if t.i < noun.left_edge.i and t.dep_ not in ("det", "punct")]
    if len(words) > 1 and all(
        t.text[:1].isupper() or t.lower_ in ("of", "on", "and") for t in words
    ):
        return words[0], words[-1]
    return None


def _short(frame: AgreementFrame) -> bool:
    """A frame found by a short name alone ("the JCPOA"), no agreement noun."""
    return (
        bool(frame.name)
        and frame.noun.text.split()[-1] == frame.name
        and (_acronym_text(frame.name or ""))
    )


def _acronym_text(text: str) -> bool:
    return len(text) >= 3 and text.isalpha() and text.isupper()
