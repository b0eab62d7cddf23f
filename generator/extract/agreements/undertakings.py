"""Undertakings not to attack: a commitment, pledge, promise or assurance one side gives
another "not to attack" it ("give a commitment not to attack Iran", "its promise not to
attack the DPRK", "promised not to threaten the DPRK with nukes"). News's security
assurances and non-aggression pledges are agreements of the giver and the side spared,
though no agreement noun names them."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ...model import AgreementFrame
from ..parse import children, conjuncts, preposition_objects, role, subject, subtree_role, within
from ..vocabulary import forms
from .clauses import HYPOTHETICAL

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


UNDERTAKINGS = frozenset(
    "commitment commitments pledge pledges promise promises assurance assurances "
    "guarantee guarantees undertaking vow".split()
)
"""Nouns of a side's word given to another ("a commitment not to attack Iran")."""

UNDERTAKE = forms("promise", "pledge", "vow", "guarantee", "undertake", "commit")
"""Verbs of giving one's word ("promised not to threaten the DPRK")."""

ATTACK = forms("attack", "invade", "strike", "threaten", "bomb")
"""What an undertaking says a side will not do to another: its non-aggression."""

GIVE = forms("give", "offer", "provide", "extend", "make", "grant")
"""Verbs of giving an undertaking ("has given to North Korea"), whose "as" clause names a
second side given the same one."""

URGE = forms("recommend", "urge", "propose", "suggest", "ask", "call", "want")
"""Verbs whose "that X give a commitment" is an undertaking proposed, not given."""


def _spared(verb: Token) -> list[Token]:
    """The side a negated "to attack" spares: "not to attack Iran" -> Iran; none without
    "not" ("a pledge to attack Iran" is a threat)."""
    if verb.lower_ not in ATTACK or not any(c.dep_ == "neg" for c in verb.children):
        return []
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return []
    return [o for d in children(verb, "dobj") for o in (d, *conjuncts(d))]


def _named(sides: list[Token]) -> str:
    """The words of the sides given an undertaking ("North Korea")."""
    return " and ".join(role(s.doc, s.left_edge, s.right_edge).text for s in sides)


def _negated(verb: Token) -> bool:
    """ "did not give", "refused to give", "if it gives": no undertaking given ("may give"
    is one proposed, ``_proposed``)."""
    if verb.dep_ == "xcomp" and any(c.dep_ == "neg" for c in verb.head.children):
        return True
    return any(
        c.dep_ == "neg" or (c.dep_ == "mark" and c.lower_ in ("if", "unless"))
        for c in verb.children
    )


def _proposed(verb: Token) -> bool:
    """An undertaking only proposed: its verb hypothetical ("may put its promise … on
    record") or what another urges ("recommended that the United States give")."""
    if any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL for c in verb.children):
        return True
    return verb.dep_ in ("ccomp", "xcomp") and verb.head.lower_ in URGE


def _frame(
    doc: Doc,
    paragraph: int,
    phrase: tuple[Token, Token],
    sides: list[Token],
    attack: Token | None,
    proposed: bool,
    quotes: list[tuple[int, int, bool]],
) -> AgreementFrame:
    spared = (
        "not to attack"
        if attack is None
        else "not to " + role(doc, attack, phrase[1]).text  # "not to attack Iran"
    )
    return AgreementFrame(
        paragraph=paragraph,
        type="agreement",
        noun=role(doc, *phrase),
        verb=phrase[0].text if phrase[0].pos_ == "VERB" else "",
        status="proposed" if proposed else None,
        parties=tuple(subtree_role(doc, s, quotes) for s in sides if not within(s, quotes)),
        value=None,
        subject=spared,
        name=None,
    )


def undertaken_noun(
    doc: Doc, paragraph: int, noun: Token, quotes: list[tuple[int, int, bool]]
) -> list[AgreementFrame]:
    """The undertakings an undertaking noun with "not to attack X" makes: the giver's (the
    subject of the verb that gives or states it, or the noun's owner) with X, and, where an
    "as" clause gives the same to another ("just as it apparently has given to North
    Korea"), the giver's with that side too."""
    if noun.lower_ not in UNDERTAKINGS or within(noun, quotes):
        return []
    attack = next((c for c in children(noun, "acl") if _spared(c)), None)
    if attack is None:
        return []
    verb = noun.head if noun.dep_ in ("dobj", "nsubjpass") else None
    if verb is not None and _negated(verb):
        return []  # "refused to give any commitment not to attack"
    owner = next((c for c in children(noun, "poss") if c.pos_ == "PROPN"), None)
    giver = owner or (subject(verb, depth=2) if verb is not None else None)
    if giver is None or giver.tag_ in ("WP", "WDT") or giver.lower_ in ("it", "they"):
        return []
    proposed = verb is not None and _proposed(verb)
    last = max((t.right_edge for t in _spared(attack)), key=lambda t: t.i)  # "… Iran"
    frames = [
        _frame(doc, paragraph, (noun.left_edge, last), [giver, *_spared(attack)], attack,
               proposed, quotes)
    ]  # fmt: skip
    for again in _given_again(verb):
        others = list(preposition_objects(again, "to"))  # "as it has given to North Korea"
        if others and not _negated(again):
            given = _frame(doc, paragraph, (noun.left_edge, last), [giver, *others], None,
                               False, quotes)  # fmt: skip
            frames.append(replace(given, subject=f"not to attack {_named(others)}"))
            # one phrase, two undertakings: each its own page, as for "agreements
            # with China and Russia"
    return frames


def _given_again(verb: Token | None) -> list[Token]:
    """A verb of giving's "as" clause of giving again ("give a commitment …, just as it
    apparently has given to North Korea")."""
    if verb is None:
        return []
    return [
        c
        for c in children(verb, "advcl")
        if c.lower_ in GIVE and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children)
    ]


def undertaken_verb(
    doc: Doc, paragraph: int, verb: Token, quotes: list[tuple[int, int, bool]]
) -> AgreementFrame | None:
    """The undertaking a verb of promising "not to attack X" makes ("The U.S. promised not
    to threaten the DPRK with nukes"): the subject's with X."""
    if verb.lower_ not in UNDERTAKE or within(verb, quotes) or _negated(verb):
        return None
    attack = next((c for c in children(verb, "xcomp") if _spared(c)), None)
    who = subject(verb, depth=2)
    if attack is None or who is None or who.tag_ in ("PRP", "WP", "WDT"):
        return None
    last = max((t.right_edge for t in _spared(attack)), key=lambda t: t.i)  # "… Iran"
    return _frame(doc, paragraph, (verb, last), [who, *_spared(attack)], attack,
                  _proposed(verb), quotes)  # fmt: skip
