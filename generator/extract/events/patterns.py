"""CAMEO patterns: multiword verbs of the vocabulary ("pulled out of", "opened fire on") found
in the parse, with the object words and prepositions each pattern allows."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ...model import EventFrame
from ..parse import children, preposition_objects
from ..vocabulary import CAMEO_PATTERN_VERBS, MISSILES, RECOGNISED_THINGS, CameoPattern
from .phrases import PERSONAL, _roles
from .tokens import _state_named
from .verbal import _verbal

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

PATTERN_OBJECTS = ("dobj", "nsubjpass", "oprd", "acomp", "advmod", "attr")
"""Where a CAMEO pattern's object word may stand: the object, the passive subject ("fire was
opened"), a complement ("set ablaze")."""
TARGET_PREPOSITIONS = ("on", "upon", "at", "to", "against")
"""Prepositions naming whom a patterned act fell on ("opened fire on the convoy", "set fire to
the mosque"), after the verb or its object word."""
WITHDRAWN_FROM = frozenset(
    "race contest election elections primary primaries tournament competition championship "
    "game games match olympics deal bid talks market markets "
    # review20 (BBC sport and business shapes): "pulled out of the Dubai Open", "of the London
    # Marathon", "of the squad", "of the takeover"
    "open marathon cup final finals semi-final tour squad team league event fixture trials "
    "championships prix series show festival concert film project venture merger takeover "
    "auction sale contract sponsorship".split()
)
"""What one pulls out of that is no withdrawal of forces ("pulled out of the race")."""
PRICES = frozenset("market markets stocks shares index prices price dollar euro yen oil".split())
"""Subjects of "pulled back" that are prices, not forces ("the market pulled back")."""
PATTERN_FIGURES = frozenset(
    "speech speeches interview interviews statement tweet tweets letter article column "
    "performance goal goals words remarks".split()
)
"""Words beside a patterned act that make it a figure: "opened fire on his critics in a
speech", "returned fire with two goals", "set fire to the stage with their performance"."""


def _cameo_pattern(verb: Token) -> tuple[CameoPattern, list[Token]] | None:
    """The first CAMEO pattern (``CAMEO_PATTERN_VERBS``) the verb's children fill, with the
    words the pattern names (never participants). Hand-listed verbs never reach here: their
    branch comes first in ``match_events``."""
    patterns = CAMEO_PATTERN_VERBS.get(verb.lower_)
    if not patterns:
        return None
    for pattern in patterns:
        used: list[Token] = []
        if pattern.particle:
            particles = [
                c
                for c in verb.children
                if c.dep_ in ("prt", "advmod", "prep") and c.lower_ == pattern.particle
            ]
            if not particles:
                continue
            used.extend(particles)
        if pattern.objects:
            objects = [
                c
                for c in verb.children
                if c.dep_
                in (("dobj", "nsubjpass") if pattern.objects == ("*",) else PATTERN_OBJECTS)
                and c.lower_ not in (pattern.particle,)
                and (
                    pattern.objects == ("*",)
                    or c.lemma_.lower() in pattern.objects
                    or c.lower_ in pattern.objects
                )
            ]
            if not objects:
                continue
            if pattern.objects != ("*",):
                used.extend(objects)
        if pattern.preposition:
            heads = [verb, *used, *children(verb, "dobj")]
            targets = [
                o
                for h in heads
                for o in preposition_objects(h, pattern.preposition)
                if pattern.targets == ("*",) or o.lower_ in pattern.targets
            ]
            if not targets:
                continue
            if pattern.targets != ("*",):
                used.extend(targets)
        if any(o.lower_ in PATTERN_FIGURES for t in (verb, *used) for o in _objects_of(t)):
            continue  # "opened fire on his critics in a speech", "returned fire with two goals"
        if pattern.type == "protest" and any(
            c.dep_ in ("xcomp", "advcl") and c.lower_.startswith("celebrat") for c in verb.children
        ):
            continue  # "fans took to the streets to celebrate the title"
        if any(o.lower_ == "search" and any(preposition_objects(o, "for")) for o in used):
            continue  # "carried out a search for a new striker": looking, no investigation
        if pattern.type == "withdrawal" and any(
            c.lower_ in PRICES for c in children(verb, "nsubj")
        ):
            continue  # "the market pulled back sharply": prices fell, no forces withdrawn
        if pattern.type == "withdrawal" and any(
            o.lower_ in WITHDRAWN_FROM
            for t in (verb, *used)
            for o in preposition_objects(t, "of", "from")
        ):
            continue  # "pulled out of the race", "pulled out of the deal": no forces withdrawn
        return pattern, used
    return None


def _objects_of(token: Token) -> list[Token]:
    """The token's prepositions' objects and its own objects and complements."""
    return [
        *(c for c in token.children if c.dep_ in PATTERN_OBJECTS),
        *(o for c in children(token, "prep") for o in children(c, "pobj")),
    ]


def _patterned(
    doc: Doc,
    paragraph: int,
    verb: Token,
    matched: tuple[CameoPattern, list[Token]],
    quotes: list[tuple[int, int, bool]],
) -> EventFrame | None:
    """A frame for a CAMEO pattern, built as the verb's own (``_verbal``: its subject, its
    negation and guards), without the pattern's words as participants ("fire", "custody"),
    and with whom the act fell on after the pattern's object ("opened fire on the convoy")."""
    pattern, used = matched
    frame = _verbal(doc, paragraph, verb, pattern.type, quotes)
    if frame is None:
        return None
    spans = [(t.idx, t.idx + len(t.text)) for t in used]
    patients = tuple(r for r in frame.patients if not any(r.start <= s < r.end for s, _ in spans))
    extra = [
        o
        for t in (verb, *used)
        if t is verb or t.dep_ in PATTERN_OBJECTS
        for o in preposition_objects(t, *TARGET_PREPOSITIONS)
        if o.i not in {u.i for u in used}
        and o.ent_type_ not in ("DATE", "TIME")  # "opened fire on the convoy on Monday"
        and not any(r.start <= o.idx < r.end for r in patients)
    ]
    if extra:
        patients += _roles(doc, extra, quotes, pattern.type in PERSONAL)
    if not frame.agents and not patients:
        return None
    return replace(frame, patients=patients)


def _recognised_state(token: Token) -> bool:
    """Whether "recognise" names a state's recognition (CAMEO's ACCLAIM): of a status,
    government or state (``RECOGNISED_THINGS``), of a named state, people or body, or "as"
    something ("recognised him as president"). Elsewhere it is accounting, an award or a
    thought ("recognized revenue", "was recognised with an award", "I recognise it would be
    an emotive issue"; review18's sport, business and technology pools)."""
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in token.children):
        return True
    return any(
        o.lower_ in RECOGNISED_THINGS
        or o.ent_type_ in ("GPE", "NORP", "ORG")
        or (o.ent_type_ == "LOC" and _state_named(o))
        for o in children(token, "dobj", "nsubjpass")
    )  # ("Sudan recognised South Sudan": a state the NER takes for a region)


def _thrown_figure(token: Token) -> bool:
    """Whether "bombard" or "pelt" throws something that is no weapon ("bombarded Federer
    with heavy topspin", "pelted Microsoft with complaints"): a figure, no strike. Without a
    "with" ("jets bombarded Gaza City") the verb keeps its sense (review18)."""
    heads = [token, *children(token, "dobj", "nsubjpass")]
    thrown = [
        o
        for h in heads
        for w in h.children
        if w.dep_ == "prep" and w.lower_ == "with"
        for o in children(w, "pobj")
    ]
    return bool(thrown) and not any(o.lower_ in MISSILES for o in thrown)
