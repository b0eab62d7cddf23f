"""Shapes of a toll told in the text: who counts the dead, ill or injured, and whether a noun or
a verb is a count of them."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ...model import EventFrame
from ..parse import children, conjuncts, preposition_objects, subtree_role
from ..statements.words import BODIES, SOURCES
from ..vocabulary import COUNTED, REPORTS, forms
from .settings import _beyond
from .speech import QUOTE_MARKS, SCHOLARS
from .tokens import _named, _outlet_named, _own_name

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def _counted_by(verb: Token) -> bool:
    """ "According to Johns Hopkins University, 50,000 people have died", "confirmed cases
    passed one million, according to the WHO": a body's count of the ill or the dead, its
    report (not "according to Reuters", how the news is sourced, nor "according to a
    witness")."""
    counters = _counters(verb)
    health = any(_health_body(o) for o in counters)
    if counters and any(_toll(t, health) for t in verb.sent):
        return True
    return bool(_speakers(verb))


def _speakers(verb: Token) -> list[Token]:
    """ "…, according to Commissioner James Rovella", "according to a 1989 report from the
    National Transportation Safety Board": a person, or a body's report, named after
    "according to" says the sentence's clause, reported speech as "Rovella said" is. Not
    an outlet ("according to Reuters", how the news is sourced), nor a source commenting on
    the news ("according to eyewitness Vinnie DeVita", "a professor"), nor where the sentence
    quotes (the quotation is the statement event already)."""
    if any(t.text in QUOTE_MARKS for t in verb.sent):
        return []
    found = []
    for c in children(verb, "prep"):
        if c.lower_ != "to":
            continue
        for o in children(c, "pobj"):
            named = o if o.ent_type_ == "PERSON" else None
            # "the Russian head of state's aide, Yuri Ushakov": the name in apposition speaks
            named = next(
                (a for a in o.subtree if a.dep_ == "appos" and a.ent_type_ == "PERSON"), named
            )
            if named is None and o.lower_ in REPORTS:  # "a 1989 report from the NTSB"
                named = next(
                    (b for b in preposition_objects(o, "from", "by", "of")
                     if b.ent_type_ == "ORG" and not _outlet_named(b)),
                    None,
                )  # fmt: skip
            if named is None and verb.i > verb.head.i and _speaking_body(o):  # "…,
                named = o  # according to the Montgomery County Police Department"
            if named is None or _outlet_named(o):
                continue
            words = {t.lower_.strip(".") for t in o.subtree}
            if not words & SOURCES and not any(w.endswith(SCHOLARS) for w in words):
                found.append(named)
    return found


def _speaking_body(token: Token) -> bool:
    """ "…, according to the Montgomery County Police Department", "…, according to the
    Election Commission of Pakistan", "…, according to Turkey": a body or a state named after
    the news it told, whose word the clause is (an outlet or a source is left out by
    ``_speakers``; ``_speakers`` asks for the phrase after its clause: "According to the
    House of Commons Library, most prorogations have been …" cites a reference for the
    background); not where the sentence tells a toll ("30 people died in the attack,
    according to the Syrian Observatory": how the attack is sourced, the count a health
    body's only, ``_counted_by``)."""
    if token.ent_type_ not in ("ORG", "GPE") or token.pos_ != "PROPN":
        return False
    if token.ent_type_ == "ORG" and not any(
        t.lower_ in BODY_WORDS for t in token.subtree if t.ent_type_ == "ORG"
    ):
        return False  # "according to USA Today", "according to Time": a name with no word of
        # a body is as often an outlet's, which sources the news
    sentence = token.sent
    return not (
        any(t.lower_ in HARM_WORDS for t in sentence)
        and any(t.like_num or t.ent_type_ == "CARDINAL" for t in sentence)
    )


def _toll(token: Token, health: bool) -> bool:
    """A number of the ill or the dead: "120 new cases", "50,000 people have died", "the
    number of confirmed cases passed one million"; not "died aged 79", nor "cases of fraud".
    The dead are a count of an illness only as a health body's (``health``: "according to
    the WHO") or dead of one ("died of the virus"): "30 people died in the attack, according
    to the Syrian Observatory" is how the attack is sourced, no statement besides."""
    if token.lower_ in DYING_WORDS:
        return (health or _of_illness(token) or token.lower_.startswith("infect")) and any(
            s.like_num or any(n.dep_ == "nummod" for n in s.children)
            for s in children(token, "nsubj", "nsubjpass")
        )  # (not "Gutierrez, 79, died": an age)
    if not _counted(token, health):
        return False
    if any(n.dep_ == "nummod" or n.like_num for n in token.children):
        return True
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.dep_ != "ROOT":
        verb = verb.head
    return any(
        n.like_num or n.ent_type_ == "CARDINAL"
        for c in children(verb, "dobj", "attr")
        for n in c.subtree
    )


def _counted(noun: Token, health: bool) -> bool:
    """Whether ``noun`` counts the ill ("cases of COVID-19", "infections") or, as a health
    body's count or of an illness, the dead ("500 deaths from Ebola"); not "cases of fraud",
    nor "20 deaths in the bombing" as the police's."""
    if noun.lower_ not in COUNTED:
        return False
    if noun.lower_ in DEATH_COUNTS:
        return health or _of_illness(noun)
    return not any(
        o.pos_ == "NOUN" and o.lower_ not in ILLNESSES for o in preposition_objects(noun, "of")
    )


def _of_illness(token: Token) -> bool:
    """ "died of the virus", "deaths from COVID-19": of or from an illness."""
    return any(
        o.lower_ in ILLNESSES or (o.pos_ == "PROPN" and o.ent_type_ not in ("GPE", "PERSON"))
        for o in preposition_objects(token, "of", "from")
    )


def _health_body(token: Token) -> bool:
    """A body of health named ("the Ministry of Health", "the World Health Organization",
    "the WHO", "Johns Hopkins University"), whose count of the dead is an illness's."""
    return any(t.pos_ in ("PROPN", "NOUN") and t.lower_ in HEALTH_WORDS for t in token.subtree)


HEALTH_WORDS = frozenset(
    "health medical disease diseases hospital hospitals who cdc hopkins".split()
)
DEATH_COUNTS = frozenset("deaths fatalities casualties dead".split())
ILLNESSES = frozenset(
    "virus coronavirus disease illness infection flu influenza measles cholera malaria "
    "pneumonia tuberculosis fever pandemic epidemic outbreak".split()
)
"""What the ill have or the dead died of, in a count ("cases of the virus")."""


def _counters(verb: Token) -> list[Token]:
    """The bodies named after "according to"."""
    return [
        o
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "to"
        for o in children(c, "pobj")
        if _named(o) and o.ent_type_ not in ("PERSON", "GPE") and not _outlet_named(o)
    ]


DYING_WORDS = forms("die") | forms("infect")
"""Verbs counted in a toll ("50,000 people have died", "one million had been infected")."""

BODY_WORDS = BODIES | frozenset(
    "center centre institute bureau authority authorities board service organization "
    "organisation administration commissioner".split()
)
"""Words that make a name a body's ("the Montgomery County Police Department", "the National
Hurricane Center", "the Election Commission of Pakistan")."""

HARM_WORDS = DYING_WORDS | COUNTED | forms("kill", "injure", "wound") | {"injured", "wounded"}
"""Words of a toll: with a number in the sentence, a body "according to" which it is told
sources the count (``_speaking_body``)."""


def _by_counter(doc: Doc, verb: Token, frame: EventFrame) -> EventFrame:
    """The statement is the counting body's or the named speaker's, about nobody. What a
    speaker says dates the saying no more than after "said" ("according to a 1989 report …,
    the aircraft was involved in an incident on August 23, 1987": 1989's, not 1987's): only
    the "according to" phrase dates it."""
    counters = _counters(verb)
    speakers = [s for s in _speakers(verb) if s not in counters]  # (a body once)
    if speakers and not counters:
        frame = replace(frame, asides=(*frame.asides, *_beyond(doc, verb)))
    bodies = tuple(subtree_role(doc, o, []) for o in counters)
    return replace(frame, agents=(*bodies, *map(_own_name, speakers)), patients=())


def _counts(verb: Token) -> bool:
    """ "The Ministry of Health confirmed 120 new cases and three deaths", "the World Health
    Organization reported more than one million infections": a body's count, its report
    (not "Reuters reported 20 deaths", how the news is sourced, nor "he confirmed the
    death")."""
    counted = [o for c in children(verb, "dobj") for o in (c, *conjuncts(c))]
    bodies = [
        c
        for c in children(verb, "nsubj")
        if _named(c) and c.ent_type_ != "PERSON" and not _outlet_named(c)
    ]
    health = any(_health_body(c) for c in bodies)
    return bool(bodies) and any(
        _counted(o, health) and any(n.dep_ == "nummod" or n.like_num for n in o.children)
        for o in counted
    )
