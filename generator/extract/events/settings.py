"""When an event happened and amid what: dated nouns, "after"/"before" clauses told at another
time, backdrops ("amid protests"), asides and gapped conjuncts that carry their own event."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ...dates import MONTHS, WEEKDAYS
from ...model import EventFrame, Role
from ..parse import children, infinitive, role, token_role, within
from ..vocabulary import ANNOUNCING, EVENT_NOUNS, REPORT, forms
from .phrases import _roles

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

SETTINGS = frozenset("in at during".split())
"""Prepositions of an event that sets the scene for its clause's subject ("At the next
elections in 2008, the MDC won a majority": the MDC took part)."""
DISTANCE = frozenset("days weeks months years decades long".split())
"""Words before "after" or "before" that put its clause a stretch of time away ("months
after Carrie Lam suspended it"); not "shortly", "hours": the same day as likely as not ("He
resigned on Monday, shortly after his aide was arrested")."""
ELSEWHEN = frozenset("after before since until once because".split())
"""Conjunctions of a clause that happened at another time than the sentence's main verb
("Johnson became prime minister after Theresa May stepped down on July 24"): its date is its
own event's."""
APART = frozenset("until before since".split())
"""Conjunctions of a clause whose event is never on the day of the sentence around it ("ruled
Zimbabwe from 1980 until he was ousted in a coup", "fled on Monday before he was arrested");
an "after" clause may be the same day ("resigned on Monday after the vote")."""


def _placed_votes(frames: list[EventFrame], sentence_of: dict[int, int]) -> tuple[EventFrame, ...]:
    """ "Sanders came in second in Iowa, securing 12 of the state's delegates; Buttigieg came
    in first with 14": the results of a sentence naming one place for its votes are all of
    that place, not only the one the place hangs from. ``sentence_of``: a token's first
    character to its sentence's first token."""
    placed: dict[int, set[tuple[int, int, str]]] = {}
    for f in frames:
        if f.type == "election" and f.trigger.start in sentence_of:
            where = placed.setdefault(sentence_of[f.trigger.start], set())
            where.update((r.start, r.end, r.text) for r in f.places)
    out = []
    for f in frames:
        where = placed.get(sentence_of.get(f.trigger.start, -1), set())
        if f.type == "election" and not f.places and len(where) == 1:
            f = replace(f, places=tuple(Role(*w) for w in where))
        out.append(f)
    return tuple(out)


def _beyond(doc: Doc, noun: Token) -> tuple[Role, ...]:
    """The noun's (or a phrase's head's) sentence outside its own phrase, as asides."""
    sentence = noun.sent
    first, last = noun.left_edge, noun.right_edge
    out = []
    if first.i > sentence.start:
        out.append(role(doc, doc[sentence.start], doc[first.i - 1]))
    if last.i < sentence.end - 1:
        out.append(role(doc, doc[last.i + 1], doc[sentence.end - 1]))
    return tuple(out)


def _set_off(prep: Token) -> bool:
    """ "in power" or "in office" between commas ("Putin, in power since 2000, met Trump",
    "Merkel, in office since 2005, said"): how long someone has held office, whose date is
    not the clause's (but "Trump, in Paris on Monday, met Merkel": Monday's)."""
    doc = prep.doc
    return (
        prep.dep_ == "prep"
        and prep.lower_ == "in"
        and any(o.lower_ in ("power", "office") for o in children(prep, "pobj"))
        and prep.i > 0
        and doc[prep.i - 1].text == ","
        and prep.right_edge.i + 1 < len(doc)
        and doc[prep.right_edge.i + 1].text == ","
    )


def _split_prefix(noun: Token) -> Token | None:
    """The "re" the tokenizer split from "re-election", when the parse hangs the noun from
    it ("Nicolás Maduro's re-election in May 2018 was widely condemned": "Maduro's" is the
    "re"'s); that token stands for the word."""
    i = noun.i
    if i < 2 or noun.doc[i - 1].text not in ("-", "‐") or noun.doc[i - 2].lower_ != "re":
        return None
    return noun.doc[i - 2] if noun.head.i in (i - 2, i - 1) else None


def _dated_nouns(doc: Doc) -> list[tuple[Token, Role]]:
    """Event nouns with a date in their own phrase ("the March 15 attack", "last year's
    election", "his arrest in November"), with that date: the noun's, never the date of
    another type of event in the sentence ("Tarrant was charged over the March 15 attack"
    was not charged on March 15; "Nissan fired Ghosn after his arrest in November"; but "was
    elected in the 2016 election")."""
    out = []
    for noun in doc:
        if noun.pos_ not in ("NOUN", "PROPN") or noun.lower_ not in EVENT_NOUNS:
            continue
        if noun.dep_ == "pobj" and noun.head.lower_ in SETTINGS:
            continue  # "At the next elections in 2008, … Tsvangirai claimed victory": the
            # scene of the clause, whose date is the clause's too
        when = [t for left in noun.lefts for t in left.subtree if t.ent_type_ == "DATE"]
        if when:
            out.append((noun, role(doc, when[0], when[-1])))
        if noun.dep_ != "pobj" or noun.head.lower_ not in OTHER_TIME:
            continue  # (a phrase after the noun may be the clause's: "announcing the arrest
            # in May, 2018" was in May)
        for prep in children(noun, "prep"):  # "after his arrest in November"
            dated = [o for o in children(prep, "pobj") if o.ent_type_ == "DATE"]
            if prep.lower_ in ("in", "on") and dated:
                out.append((noun, role(doc, prep, dated[0].right_edge)))
    return out


OTHER_TIME = frozenset("after before since until following over".split())
"""Prepositions of an event noun that happened at another time than its clause ("fired
Ghosn after his arrest in November")."""


def _prompted(noun: Token) -> bool:
    """A request named as what prompted the clause's act ("Per request of Prime Minister Boris
    Johnson, the Queen suspended parliament yesterday", "at the request of"): made before that
    act, on a day the sentence does not give."""
    if noun.lower_ not in ("request", "requests"):
        return False
    if noun.dep_ == "pobj":
        return noun.head.lower_ in ("at", "per", "upon", "on")
    opening = noun.left_edge.i - 1  # "at the Iraqi government's request returned", misparsed
    return opening >= 0 and noun.doc[opening].lower_ in ("at", "per", "upon")


def _told_when(verb: Token) -> Role | None:
    """The words before what a report tells ("It was reported on Saturday Sirhan Sirhan was
    stabbed"): the report's day is not the stabbing's. None unless the event is the clause a
    report or an impersonal "it was announced" tells."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.i > verb.i or verb.pos_ != "VERB":
        return None
    impersonal = any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in head.children)
    if not (head.lower_ in REPORT or (impersonal and head.lower_ in ANNOUNCING)):
        return None
    start = verb.left_edge.i
    while start < verb.i and verb.doc[start].ent_type_ in ("DATE", "TIME"):
        start += 1  # ("on Saturday Sirhan Sirhan": the day misread as part of the name)
    if start <= head.sent.start:
        return None
    return role(verb.doc, verb.doc[head.sent.start], verb.doc[start - 1])


def _dated_of_phrases(verb: Token) -> list[Role]:
    """Dates hung on a noun that is what another noun of the verb's object is about ("the
    House subpoenaed a full transcript of a call between Trump and Zelensky in late July":
    the call's July, not the subpoena's): an "in"/"on" date phrase of a noun in an "of"
    phrase of a noun the verb governs, as asides. Not a date of the object itself ("announced
    the arrest in May": the announcement's, as likely as not)."""
    if verb.pos_ != "VERB":
        return []
    out = []
    for obj in verb.children:
        if obj.dep_ not in ("dobj", "nsubjpass") or obj.pos_ not in ("NOUN", "PROPN"):
            continue
        for of in children(obj, "prep"):
            if of.lower_ != "of":
                continue
            for inner in children(of, "pobj"):
                for prep in children(inner, "prep"):
                    dated = [o for o in children(prep, "pobj") if o.ent_type_ == "DATE"]
                    if prep.lower_ in ("in", "on") and dated:
                        out.append(role(verb.doc, prep, dated[0].right_edge))
    return out


BACKDROP = frozenset("despite amid amidst".split())
"""Prepositions of a noun that was going on around the clause's act ("despite criticism by
UNESCO"), not done on its day."""
SOUGHT = forms("ask", "call", "press", "push", "appeal", "lobby")
"""Verbs whose 'for' names what was sought ("asked for Bolton's resignation Monday night"),
which happened, if at all, later than the asking."""


def _backdrop(noun: Token) -> Token | None:
    """The preposition of a noun event the clause's date is not the date of: a backdrop
    ("announced it on Friday, despite criticism by UNESCO") or what was sought ("asked for
    Bolton's resignation Monday night, and Bolton tendered it the next morning")."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "pobj":
        return None
    head = noun.head
    if head.lower_ in BACKDROP or (head.lower_ == "for" and head.head.lower_ in SOUGHT):
        return head
    return None


def _outside(doc: Doc, phrase: Token) -> tuple[Role, ...]:
    """The sentence around a backdrop, as asides, so that a date of its own still counts
    ("despite criticism by UNESCO on Wednesday"); all of it for what was sought, whose date
    there is the asking's ("asked for Bolton's resignation Monday night")."""
    if phrase.lower_ == "for":
        sentence = phrase.sent
        return (role(doc, doc[sentence.start], doc[sentence.end - 1]),)
    return _beyond(doc, phrase)


def _gapped(
    doc: Doc, verb: Token, frame: EventFrame, quotes: list[tuple[int, int, bool]]
) -> list[EventFrame]:
    """Occurrences whose verb is left out ("Clinton was impeached in 1998, and Johnson in
    1868"): a name joined to the verb itself, with a phrase after it, plays the subject's
    role in an event of its own, dated by the words next to it."""
    who = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if who is None:
        return []
    out = []
    for c in verb.children:
        if (
            c.dep_ == "conj"
            and c.pos_ == "PROPN"
            and c.i > verb.i
            and not within(c, quotes)
            and any(p.dep_ == "prep" and p.i > c.i for p in verb.children)
        ):
            roles = _roles(doc, [c], quotes)
            passive = who.dep_ == "nsubjpass"
            out.append(
                replace(
                    frame,
                    trigger=token_role(doc, c),
                    agents=() if passive else roles,
                    patients=roles if passive else (),
                    places=(),
                )
            )
    return out


DAY_WORDS = frozenset({*(m.casefold() for m in MONTHS), *(d.casefold() for d in WEEKDAYS)}) | {
    "yesterday",
    "today",
}
"""Words that make a phrase the NER calls a date one: not "the year abortion was ruled legal"."""


def _names_date(token: Token) -> bool:
    return token.ent_type_ == "DATE" and (token.like_num or token.lower_ in DAY_WORDS)


def _other_conjuncts(doc: Doc, verb: Token) -> tuple[Role, ...]:
    """The verbs joined to a verb with a date of its own, as asides: "ran for the Democratic
    Party presidential nomination in 1988, and unsuccessfully sought the backing of the
    Republican Party in 2000 and 2012" (the seeking is not of 1988, the date nearest it, nor
    the running of 2000). A verb with no date of its own keeps the one it shares ("In 2009
    she resigned and joined the cabinet")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return ()
    joined = [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    head = verb.head if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") else None
    if not joined and head is None:
        return ()
    apart = {t.i for c in joined for t in c.subtree}
    if not any(_names_date(t) and t.i not in apart for t in verb.subtree):
        return ()
    out = [role(doc, c.left_edge, c.right_edge) for c in joined]
    if head is not None and head.i < verb.left_edge.i:
        # from the verb joined to on: what precedes it is both verbs' ("On Friday, Rosselló
        # resigned … and Pierluisi was sworn in at 5 p.m.": sworn in on Friday too)
        out.append(role(doc, head, doc[verb.left_edge.i - 1]))
    return tuple(out)


def _asides(doc: Doc, trigger: Token, relative: list[Token]) -> tuple[Role, ...]:
    """Relative and participial clauses of the trigger's sentence that do not hold it
    ("Conyers, first elected to Congress in 1964, was born in 1929")."""
    sentence = trigger.sent
    out = [
        role(doc, t.left_edge, t.right_edge)
        for t in relative
        if sentence.start <= t.i < sentence.end
        and not (t.left_edge.i <= trigger.i <= t.right_edge.i)
        and not _describes(t, trigger)
        and not _happened(t, trigger)
    ]
    # An event inside a clause a stretch of time away takes no date from the sentence around
    # it ("withdrew the bill on Wednesday, months after Carrie Lam suspended it"; "in 2009,
    # she was appointed … after Clinton resigned" keeps 2009)
    around = next(
        (
            t
            for t in relative
            if t.dep_ == "advcl"
            and _elsewhen(t)
            and t.left_edge.i <= trigger.i <= t.right_edge.i
            and sentence.start <= t.i < sentence.end
            and any(
                (c.dep_ in ("npadvmod", "advmod") and c.lower_ in DISTANCE and c.i < t.i)
                or (c.dep_ == "mark" and c.lower_ in APART)
                for c in t.children
            )
        ),
        None,
    )
    if around is not None:
        first, last = around.left_edge.i, around.right_edge.i
        if first > sentence.start:
            out.append(role(doc, doc[sentence.start], doc[first - 1]))
        if last < sentence.end - 1:
            out.append(role(doc, doc[last + 1], doc[sentence.end - 1]))
    return tuple(out)


def _describes(clause: Token, trigger: Token) -> bool:
    """An infinitive clause on the trigger's own complement says what the event was ("Pelosi
    became the first woman to serve as Speaker in 2007"): its date is the event's."""
    return (
        clause.head.head.i == trigger.i
        and clause.head.dep_ in ("attr", "oprd", "dobj")
        and infinitive(clause)
    )


HAPPENED = frozenset(
    "began begun begins started starts erupted erupts occurred happened unfolded held staged "
    "conducted launched took taken broke broken carried".split()
)
"""Verbs of a clause on an event noun that say when it happened ("protests that began in
June", "the election, held in May 2018", "an attack carried out on March 15")."""


def _happened(clause: Token, trigger: Token) -> bool:
    """A relative or participial clause on the event noun itself saying when it began or was
    held: its date is the event's, not another event's to skip."""
    return (
        clause.head.i == trigger.i
        and trigger.pos_ in ("NOUN", "PROPN")
        and clause.dep_ in ("relcl", "acl")
        and clause.lower_ in HAPPENED
        and (
            clause.lower_ not in ("took", "taken", "broke", "broken", "carried")
            or any(c.lower_ in ("place", "out") for c in clause.children)
        )  # "took place", "broke out", "carried out"; not "took power"
    )


def _elsewhen(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in ELSEWHEN for c in clause.children)
