"""Whether a phrase is a firm ("Boeing", "a Chinese company"), its name, its buyer, and firms
named together as merging: shared by deals, statuses and what is proposed."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ...gazetteer import state_name
from ..parse import children, preposition_objects, subject
from .clauses import _governing_verb, _proper_span

if TYPE_CHECKING:
    from spacy.tokens import Token

NAMED_BODIES = frozenset(
    "government council party movement front alliance union committee commission ministry "
    "authority office".split()
)
"""Capitalised heads of a body's name that an agreement's word may end ("the Government of
National Accord", "the Movement for the Peace Accord")."""


NO_FIRMS = frozenset(
    "PERSON GPE LOC FAC PRODUCT EVENT LAW LANGUAGE DATE TIME MONEY PERCENT QUANTITY "
    "CARDINAL ORDINAL WORK_OF_ART".split()
)
"""Recognised names no company's: a person, a place, goods, a law or a number ("bought
Crimea", "bought an F-35"). A person a club buys is a player's transfer, the clubs' deal
(``_verbal``), not a takeover ("Juventus bought Cristiano Ronaldo"); a firm the recogniser
takes for a person is still bought when a price is given (``_bought_whole``: "agreed to buy
Activision Blizzard for $68.7 billion"). It takes firms for peoples ("Fitbit") or names none
("CentOS"): those are kept."""


def _firm(token: Token | None) -> bool:
    """A buyer the recogniser names an organisation ("Microsoft", "Red Hat")."""
    return token is not None and token.ent_type_ == "ORG" and token.pos_ == "PROPN"


def _firm_name(thing: Token) -> bool:
    """One proper name (a singular name, no "a" before it) that may be a company's when a
    company buys it ("CentOS", "Fitbit"): not a person, a place, goods, a law or a title."""
    return (
        thing.pos_ == "PROPN"
        and thing.tag_ == "NNP"
        and thing.ent_type_ not in NO_FIRMS
        and thing.left_edge.lower_ not in ("a", "an")
        and thing.text[:1].isupper()
    )


def _buyer(noun: Token) -> Token | None:
    """Who an acquisition noun's acquisition is: its owner ("Google's acquisition"), its
    "by" ("the takeover of Fitbit by Google"), or the subject of its verb for "its"
    ("Microsoft completed its purchase of …")."""
    owner = next(children(noun, "poss"), None) or next(preposition_objects(noun, "by"), None)
    if owner is not None and owner.tag_ != "PRP$":
        return owner  # "Google's acquisition", "the takeover of CentOS by Red Hat"
    verb = _governing_verb(noun)
    return subject(verb, depth=2) if owner is not None and verb is not None else None


def _clubs(tokens: Sequence[Token]) -> list[Token]:
    """Those of the tokens that name a party: a club, a company, a state (the recogniser
    takes clubs for any of them, "the Houston Rockets" for a place, or for none: "the
    Lakers"); not a person, nor a title before one ("with President Trump"). Only those
    resolve names as actors become parties."""
    return [
        t
        for t in tokens
        if t.ent_type_ in ("ORG", "GPE", "NORP")
        or (
            not t.ent_type_
            and t.text[:1].isupper()
            and t.pos_ in ("PROPN", "NOUN")
            and not (t.i + 1 < len(t.doc) and t.doc[t.i + 1].ent_type_ == "PERSON")
        )
    ]


PUBLIC_BODIES = NAMED_BODIES | frozenset(
    "department agency service parliament assembly police army navy force forces court "
    "executive cabinet treasury".split()
)
"""Heads of the names of public bodies, whose merging is a reorganisation, no acquisition
("a merger between the Home Office and the Ministry of Justice")."""


def _firms_merging(tokens: Sequence[Token]) -> list[Token]:
    """Those of a merger's sides that may be firms: ``_clubs`` less public bodies and states
    ("a merger between Syria and Egypt" is a union)."""
    return [
        t
        for t in _clubs(tokens)
        if t.lower_ not in PUBLIC_BODIES and state_name(_proper_span(t).text) is None
    ]
