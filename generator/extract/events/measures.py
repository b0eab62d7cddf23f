"""Shapes of a state's measures against another, sanctions in all but the word (CAMEO 16
"reduce relations", PLOVER SANCTION): an envoy recalled, visas or entry refused or revoked,
supplies or exports cut off. Each is a test on the verb, and ``_envoy_post`` adds the state
an envoy was recalled from."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ...model import EventFrame
from ..parse import children, infinitive, preposition_objects
from ..vocabulary import forms
from .phrases import _place

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

RECALL = forms("recall")
"""Verbs that are a sanction with an envoy for object ("Minsk recalled its ambassador");
"recalled that …" and "recalled the vote" are memory, no event."""
ENVOYS = frozenset("ambassador ambassadors envoy envoys".split())

REFUSE_VISA = forms("revoke", "refuse", "deny", "cancel") | {"cancelled", "cancelling"}
"""Verbs that are a sanction with a visa or entry for object ("The United States revoked the
visa of Venezuela's ambassador", "officials have been denied Schengen visas", "travellers
were refused entry"); "denied the allegations", "refused to comment" are words."""
VISAS = frozenset("visa visas entry accreditation".split())
WITHHOLD = forms("suspend")
"""Verbs a visa measure may be told with first ("suspended and revoked visas": a suspension)."""

CUT = frozenset({"cut", "cuts", "cutting"})
"""With "off" or a supply for object: a sanction ("Gazprom cut off supplies to Ukraine",
"cut its oil exports to Switzerland"); "cut taxes", "cut its forecast" are no one's loss."""
SUPPLIES = frozenset(
    "supply supplies export exports deliveries shipments gas oil electricity power "
    "water aid imports trade".split()
)


def _envoy(token: Token) -> bool:
    """An envoy, or a name the apposition calls one ("Yasser Said, the Egyptian ambassador
    in Israel")."""
    return token.lower_ in ENVOYS or any(
        a.dep_ == "appos" and a.lower_ in ENVOYS for a in token.children
    )


def _recalls_envoy(verb: Token) -> bool:
    """ "Minsk recalled its ambassador", "the ambassador was recalled by the Egyptian
    government": an envoy called home; not "he recalled that", "recalled the meeting"."""
    return not infinitive(verb) and any(_envoy(c) for c in children(verb, "dobj", "nsubjpass"))


def _envoy_post(doc: Doc, verb: Token, frame: EventFrame) -> EventFrame:
    """The envoy and the state it was posted in or to ("its ambassador to Russia", "the
    Egyptian ambassador in Israel"), the one the recall is against: a participant, not a
    place; nothing else the verb governs ("on previous occasions, such as Israel's 1982
    invasion of Lebanon" names an occasion, not who was acted on)."""
    envoys = [c for c in children(verb, "dobj", "nsubjpass") if _envoy(c)]
    spans = [(e.left_edge.idx, e.right_edge.idx + len(e.right_edge.text)) for e in envoys]
    kept = tuple(p for p in frame.patients if any(a <= p.start < b for a, b in spans))
    posts = [
        o
        for c in envoys
        for e in (c, *(a for a in c.children if a.dep_ == "appos"))
        if e.lower_ in ENVOYS
        for o in preposition_objects(e, "in", "to")
        if o.ent_type_ == "GPE"
    ]
    return replace(frame, patients=(*kept, *(_place(doc, p) for p in posts)))


def _refuses_visa(verb: Token) -> bool:
    """ "revoked the visa of Venezuela's ambassador", "Mahmudi and other officials have been
    denied Schengen visas", "refused visa accreditation to the families of 27 diplomats",
    "were refused entry": a visa or entry withheld; not "denied the claims". One act told
    with two verbs ("has suspended and/or revoked visas") is the first verb's."""
    if verb.dep_ == "conj" and (
        verb.head.lower_ in WITHHOLD
        or (verb.head.lower_ in REFUSE_VISA and _withholds_visa(verb.head))
    ):
        return False
    return not infinitive(verb) and _withholds_visa(verb)


def _withholds_visa(verb: Token) -> bool:
    return any(
        c.lower_ in VISAS and (c.lower_ != "accreditation" or _visa_compound(c))
        for c in children(verb, "dobj", "nsubjpass")
    )


def _visa_compound(noun: Token) -> bool:
    return any(c.dep_ == "compound" and c.lower_ in VISAS for c in noun.children)


def _cuts_supplies(verb: Token) -> bool:
    """ "Gazprom cut off supplies to Ukraine", "Libya cut its oil exports to Switzerland":
    supplies stopped to someone named after "to" (on the verb or the supply); not "cut
    taxes", "cut off the speaker", "cut the budget" or a cut with no one it is against."""
    if infinitive(verb):
        return False
    supplies = [
        c
        for c in children(verb, "dobj", "nsubjpass")
        if c.lower_ in SUPPLIES or any(m.lower_ in SUPPLIES for m in children(c, "compound"))
    ]
    return any(
        o.ent_type_ in ("GPE", "ORG", "NORP") or o.pos_ == "PROPN"
        for t in (verb, *supplies)
        for o in preposition_objects(t, "to")
    ) and bool(supplies)
