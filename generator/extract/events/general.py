"""``_general_act``: a named actor's act that no word list names (events78, issue 7). The
vocabulary's verbs (hand-listed and CAMEO's) cover what politics reports; the acts missed
most are told in other words ("Zapata crossed the English Channel", "the NHC upgraded
Humberto", "Leonov performed the first spacewalk"). A main clause whose subject is a name and
whose verb tells something done (simple past or perfect, active) is proposed as an act of
type ``GENERAL``, named by its verb and object; propose keeps it only when its subject is a
resolved actor, and the negation and modality tests of ``_verbal`` apply as to any verb."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...model import Role
from ..parse import children, conjuncts, role, subject, within
from ..vocabulary import GENERAL as GENERAL  # the act no word list names, as merge
from ..vocabulary import SPEECH, forms
from .tokens import _named, _outlet_named

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

PERFECT = frozenset("has have had".split())
STATIVE = forms(
    "be", "have", "do", "seem", "appear", "become", "remain", "stay", "keep", "live", "know",
    "think", "feel", "want", "wish", "hope", "expect", "need", "like", "love", "hate",
    "prefer", "include", "involve", "contain", "consist", "belong", "own", "possess", "mean",
    "depend", "exist", "lack", "deserve", "resemble", "look", "sound", "get", "let", "try",
    "tend", "see", "hear", "find", "learn", "understand", "realise", "realize", "consider",
    "estimate", "show", "indicate", "cost", "weigh", "measure", "last", "spend", "face",
    "represent", "use", "go", "come", "seek", "plan", "intend", "fail", "manage", "decide",
    "choose", "begin", "start", "stop", "work", "play", "study", "focus", "base", "take",
    "make",
) | {"took", "taken", "made", "used", "went", "gone", "came", "thought", "felt", "knew",
     "known", "saw", "seen", "heard", "found", "understood", "meant", "spent", "kept", "got",
     "gotten", "sought", "chose", "chosen", "began", "begun"}  # fmt: skip
"""Verbs of being, having, perceiving, wanting, trying or going on: a state or a step
towards something, not an act to report on its own; and the light verbs take and make, whose
act is their object's ("took part in the arrest", "took place", "made a landing"); speech is
the statements' (``SPEECH``)."""


def _general_act(verb: Token) -> bool:
    """Whether a verb of no event word list tells a named subject's act: a main clause (the
    sentence's root, or a verb joined to it), active, in the simple past or a perfect tense,
    its subject a name (a person, body, state or people)."""
    if verb.pos_ != "VERB" or verb.lower_ in STATIVE or verb.lower_ in SPEECH:
        return False
    if verb.dep_ != "ROOT" and not (verb.dep_ == "conj" and verb.head.dep_ == "ROOT"):
        return False
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return False
    if verb.tag_ != "VBD" and not (
        verb.tag_ == "VBN" and any(c.lower_ in PERFECT for c in children(verb, "aux"))
    ):
        return False
    who = subject(verb, depth=2)
    return who is not None and who.dep_ == "nsubj" and _named(who) and not _outlet_named(who)
    # (an outlet reporting or attending is the news's source, no act: "Wikinews attended")


def _done(doc: Doc, verb: Token, quotes: list[tuple[int, int, bool]]) -> Role:
    """What the act is named by: the verb and its object ("crossed the English Channel"),
    else the verb and its particle ("stepped down"); an object's relative clause or comma
    phrase is not its name, nor is a quotation."""
    last = max((verb, *children(verb, "prt")), key=lambda t: t.i)
    for obj in children(verb, "dobj"):
        end = obj.right_edge.i
        for c in obj.children:
            if c.i > obj.i and c.dep_ in ("relcl", "acl", "appos", "punct", "prep"):
                end = min(end, c.left_edge.i - 1)
        last = max(last, doc[end], key=lambda t: t.i)
        break
    while last.i > verb.i and within(last, quotes):
        last = doc[last.i - 1]
    return role(doc, verb, last)


def _names_acting(doc: Doc, verb: Token) -> tuple[Role, ...]:
    """The names that did the act: each subject's phrase up to its head, with an apposition
    right after it ("the National Hurricane Center (NHC)"), not what follows the head: a name
    inside that did nothing ("The second Olympiad for the prize of the Governor of Tyumen
    Oblast, Russia took place": not Russia's act)."""
    who = subject(verb, depth=2)
    if who is None:
        return ()
    out = []
    for head in (who, *conjuncts(who)):
        last = head
        for c in head.rights:
            if c.dep_ not in ("appos", "punct") or c.left_edge.i != last.i + 1:
                break
            last = c.right_edge
        first = min((c.left_edge for c in head.lefts if c.dep_ != "cc"), key=lambda t: t.i,
                    default=head)  # fmt: skip
        out.append(role(doc, first, last))
    return tuple(out)
