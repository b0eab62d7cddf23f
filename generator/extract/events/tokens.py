"""Tests on one token that every kind of event asks: is it a name, an outlet, a party, a person's
word, a body one sits in. Kept apart so that the modules of each kind share them without
importing one another."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ...gazetteer import state_name
from ...model import Role
from ...organs import GOVERNMENT_NOUNS
from ..parse import children, role, subtree_role
from ..vocabulary import OUTLETS

if TYPE_CHECKING:
    from spacy.tokens import Token

BODIES = frozenset("parliament congress senate assembly legislature cabinet council".split())
"""Bodies one joins by taking a seat, when the NER names none ("He first joined parliament
in 1987")."""
CHAMBERS = frozenset("sabha house chamber committee commission".split())
"""Last words of bodies one is a member of by election or appointment ("the Rajya Sabha", "the
House of Representatives"), besides ``BODIES``."""
PEOPLE_ENDINGS = (
    "er", "or", "ist", "ant", "ent", "ary", "ian", "chief", "head", "staff", "aide", "aides",
    "man", "woman", "men", "women", "ers", "ors", "ists",
)  # fmt: skip
"""Endings of nouns for people ("advisor", "director", "secretary", "spokesman"): who is
fired from a post."""


def _party(token: Token) -> bool:
    """A "with" object that names someone one could talk with."""
    return token.pos_ == "PROPN" or token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")


def _outlet_named(token: Token) -> bool:
    """The phrase names a news outlet ("NBC News", "Reuters", "UOL.com.br")."""
    return any(t.lower_ in OUTLETS or t.lower_.endswith(".com") for t in token.subtree)


def _named(token: Token) -> bool:
    return token.pos_ == "PROPN" or token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")


def _person_word(token: Token) -> bool:
    """A name, a pronoun or a noun for people ("Bolton", "him", "his national security
    advisor", "300 workers"): one who can be fired from a post."""
    return (
        token.pos_ in ("PROPN", "PRON")
        or token.ent_type_ == "PERSON"
        or (token.pos_ == "NOUN" and token.lower_.endswith(PEOPLE_ENDINGS))
    )


def _own_name(token: Token) -> Role:
    """A speaker's own name, not the phrase around it: "the Russian head of state's aide, Yuri
    Ushakov" is Ushakov speaking, not Putin too."""
    doc = token.doc
    ent = next((e for e in doc.ents if e.start <= token.i < e.end), None)
    if ent is None:
        return subtree_role(doc, token, [])
    return role(doc, ent[0], ent[-1])


BODIES_OR_CHAMBERS = BODIES | CHAMBERS


def _named_among(tokens: Iterable[Token], words: frozenset[str] = BODIES_OR_CHAMBERS) -> bool:
    """One of ``tokens``, or a compound of one, is one of ``words``: "the |Senate|", "the
    |House| of Representatives", "the ruling |party| caucus"."""
    return any(t.lower_ in words for o in tokens for t in (o, *children(o, "compound")))


GOVERNMENTS = GOVERNMENT_NOUNS
"""Nouns (``organs``') an adjective of a state makes that state's ("the Samoan government
declared a state of emergency", "Iraqi authorities arrested"): a government folds into its
state."""


ARMED = frozenset("forces troops military army navy police".split())
"""A state's armed bodies, which its adjective makes the state's when no actor is named
("Iranian forces seized a tanker on Friday"), as a government is."""


def _entity_text(token: Token) -> str:
    """The words of the entity a token is in ("South Sudan" for "Sudan"), else its own."""
    return next((e.text for e in token.doc.ents if e.start <= token.i < e.end), token.text)


def _state_named(token: Token) -> bool:
    """Whether a token names a state, whatever label the NER gave it ("South Sudan", a LOC)."""
    return bool(token.ent_type_) and state_name(_entity_text(token)) is not None
