"""A role's phrase in the parse (the whole name, not its head word), the place an event is in,
the topic of a statement, and ``_frame``, which builds an ``EventFrame`` from them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...model import EventFrame, Role
from ..parse import children, conjuncts, preposition_objects, role, subtree_role, token_role, within
from ..vocabulary import KIN
from .antecedents import _clause_subject, _it_a_thing, _previous_subject, _teller

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
UNDERGONE = frozenset({"death", "birth", "resignation", "illness", "hearing"})
"""Types whose subject is the one it happens to ("Waseem, brother of Baloch, died"); the
subject of a sentencing or a dismissal acts, and "a judge of the High Court" is the court's."""
VIOLENT = frozenset({"strike", "assault", "killing"})
"""Types whose actor "in" a place is there, not the place's ("US special forces in Pakistan")."""
PERSONAL = frozenset(
    "death birth assault killing arrest sentencing resignation appointment dismissal "
    "impeachment campaign-end illness award pardon funeral disappearance hearing".split()
)
"""Types that happen to a person (or a body), never to a state: a state named in their
phrases is a title's or a place's ("U.S. Senator Robert F. Kennedy was killed")."""
UNPLACED = frozenset({"statement", "visit", "request"}) | PERSONAL
"""Types that are someone's: where one happens names none of its participants ("a visit to
Jakarta" is a visitor's, "a death in Baltimore" a person's)."""


def _frame(
    doc: Doc,
    paragraph: int,
    trigger: Token,
    type_: str,
    agents: list[Token],
    patients: list[Token],
    quotes: list[tuple[int, int, bool]],
    extra: Token | None = None,
) -> EventFrame | None:
    places = [
        o
        for t in (trigger, extra, *agents, *patients)
        if t is not None
        for o in preposition_objects(t, "in", "at")
        if o.ent_type_ in PLACE_LABELS
    ]
    if type_ == "visit":
        places.extend(p for p in patients if p.ent_type_ in PLACE_LABELS)
    if (
        trigger.dep_ == "relcl"
        and trigger.head.ent_type_ in PLACE_LABELS
        and any(c.dep_ == "advmod" and c.lower_ == "where" for c in trigger.children)
    ):  # "his victories in Iowa, where he secured 39 of the state's 40 delegates"
        places.append(trigger.head)
    if type_ == "subpoena":
        patients = [
            p
            for p in (
                *patients,
                *(
                    o
                    for d in preposition_objects(trigger, "for")
                    for o in preposition_objects(d, "from")
                ),
            )
            if p.ent_type_ in ("PERSON", "ORG") or p.pos_ == "PROPN"
        ]  # one named is subpoenaed ("a subpoena for documents from Pompeo"), not those a
        # document is about ("subpoenaed a transcript of a call between Trump and Zelensky")
    # A day is when, never who ("protested against Carrie Lam on Sunday").
    agents = [t for t in agents if t.ent_type_ not in ("DATE", "TIME")]
    patients = [t for t in patients if t.ent_type_ not in ("DATE", "TIME")]
    if not agents and not patients and (type_ in UNPLACED or not places):
        return None  # a place alone may say whose event it was (``propose_events``)
    return EventFrame(
        paragraph=paragraph,
        type=type_,
        trigger=token_role(doc, trigger),
        agents=_roles(doc, agents, quotes, type_ in UNDERGONE, type_ in VIOLENT),
        patients=_roles(doc, patients, quotes, type_ in PERSONAL, named=type_ == "election"),
        places=tuple(_place(doc, p) for p in places),
        topic=_topic(doc, trigger, quotes) if type_ == "statement" else None,
    )


TOPIC_WORDS = 6
"""A longer first noun phrase is no name for a statement: it is left unnamed by topic."""
NOT_TOPICS = frozenset("DATE TIME CARDINAL ORDINAL MONEY PERCENT QUANTITY".split())
COUNTING_WORDS = frozenset("other another much many more most some no only all enough".split())
"""First words of a phrase that counts or sets apart ("on other traffic", "on no ransom"):
a part of what was said, no name for it."""


def _topic(doc: Doc, trigger: Token, quotes: list[tuple[int, int, bool]]) -> Role | None:
    """The first noun phrase of the clause a statement reports, with its "of" phrase ("said
    he can declare a national state of emergency"): what tells one statement of a speaker
    from the next on a timeline. None for quoted words (the speaker's own, listed as
    statements) or a clause of pronouns only ("said he would do it"). The clause follows its
    cue: one before it ("minutes before the Committee voted, Trump claimed") the parse may
    hang on the cue is another's act."""
    clause = next(
        (c for c in trigger.children if c.dep_ in ("ccomp", "xcomp") and c.i > trigger.i), None
    )
    if clause is None:
        return None
    inside = {t.i for t in clause.subtree if t.i > trigger.i}
    chunks = {c.root.i: c for c in doc.noun_chunks if c.root.i in inside}
    for root_i in sorted(chunks):
        chunk = chunks[root_i]
        root = chunk.root
        if root.pos_ == "PRON":
            continue  # ("said he would …"): the first phrase that names something
        if (
            root.pos_ not in ("NOUN", "PROPN")
            or any(t.ent_type_ in NOT_TOPICS or t.like_num or t.text in "'‘’\"“”" for t in chunk)
            or any(within(t, quotes) for t in chunk)
            or chunk[0].lower_ in COUNTING_WORDS
            or (len(chunk) == 1 and root.pos_ != "PROPN")
        ):
            return None  # a count, a quotation, a bare word ("on place"): no name
        last = chunk[-1]
        of = doc[last.i + 1] if last.i + 1 < len(doc) else None
        if of is not None and of.lower_ == "of" and of.head.i == root.i:
            pobj = next((c for c in of.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.i in chunks and not within(pobj, quotes):
                last = chunks[pobj.i][-1]
        if last.i - chunk[0].i + 1 > TOPIC_WORDS:
            return None
        return role(doc, chunk[0], last)
    return None


def _roles(
    doc: Doc,
    tokens: list[Token],
    quotes: list[tuple[int, int, bool]],
    personal: bool = False,
    placed: bool = True,
    named: bool = False,
) -> tuple[Role, ...]:
    return tuple(
        _phrase(
            doc,
            _teller(t) or _clause_subject(t) or _previous_subject(t) or t,
            quotes,
            personal,
            placed,
            named,
        )
        for t in tokens
        if not within(t, quotes) and not _it_a_thing(t)
    )


def _phrase(
    doc: Doc,
    token: Token,
    quotes: list[tuple[int, int, bool]],
    personal: bool = False,
    placed: bool = True,
    named: bool = False,
) -> Role:
    """The phrase a participant's word heads, up to an "in" or "at" a place after it
    (``placed``): "the Jolo Cathedral in Mindanao, Philippines" was struck, not the
    Philippines; "killed by US special forces in Pakistan" names where, not who (but
    "authorities in the United Kingdom announced" are the state's). For what happens to a
    person (``personal``), up to what describes them too: "Mohammed Waseem, brother of
    Qandeel Baloch, was sentenced", "a former advisor for Donald Trump was sentenced": not
    Baloch, not Trump; for one elected (``named``), up to the apposition after the name
    ("Spearman, a former Army colonel, was elected"). A relative is the participant, not the
    one whose relative they are (``_relative``)."""
    if (relative := _relative(doc, token, quotes)) is not None:
        return relative
    whole = subtree_role(doc, token, quotes)
    first = next((t for t in token.subtree if t.idx >= whole.start), token)
    for held in token.subtree:
        # What a place is, is no participant: "The governor of Louisiana, a U.S. state on the
        # Gulf of Mexico, declared ..." (not the United States).
        aside = [a for a in held.children if a.dep_ == "appos" and a.pos_ == "NOUN"]
        if held.dep_ == "pobj" and held.ent_type_ in PLACE_LABELS and aside:
            last = doc[aside[0].left_edge.i - 1]
            while last.i > held.i and last.is_punct:
                last = doc[last.i - 1]
            after = [t for t in token.subtree if t.i > aside[0].right_edge.i and t.idx < whole.end]
            if (
                aside[0].i > held.i
                and last.idx + len(last.text) < whole.end
                and all(t.is_punct for t in after)
            ):  # (not when more follows: "…, a U.S. state, and the mayor of New Orleans")
                whole = role(doc, first, last)
            break
    for prep in token.children:
        place = (
            placed
            and prep.dep_ == "prep"
            and prep.lower_ in ("in", "at")
            and any(o.ent_type_ in PLACE_LABELS for o in children(prep, "pobj"))
        )
        timed = prep.dep_ == "prep" and any(
            o.ent_type_ in ("DATE", "TIME") for o in children(prep, "pobj")
        )  # "the Swiss for two days detained": when, which the parser hung on the doer
        described = (
            prep.dep_ == "appos"
            and token.pos_ == "PROPN"
            and token.ent_type_ != "NORP"
            and prep.pos_ == "NOUN"
        )  # a name, then what it is ("Waseem, brother of …"); not "a president, Nixon" nor
        # "An Australian, Brenton Tarrant", where the apposition names
        description = (
            (named and described)
            or (described and prep.lower_ in KIN)  # "Susan Bro, Heather Heyer's mother, told"
            or (personal and (described or (prep.dep_ == "prep" and token.pos_ == "NOUN")))
        )
        if prep.i > token.i and (place or timed or description) and not _named_after(prep):
            last = doc[prep.left_edge.i - 1]
            while last.i > token.i and last.is_punct:
                last = doc[last.i - 1]
            if last.idx + len(last.text) < whole.end and first.i <= last.i:
                return role(doc, first, last)
    return whole


def _relative(doc: Doc, token: Token, quotes: list[tuple[int, int, bool]]) -> Role | None:
    """ "detained Libyan leader Muammar al-Gaddafi's son, Hannibal", "killed the brother of
    Hamas's leader": the relative was detained or killed, not the leader. The relative's name
    when the text gives it ("Hannibal", "Leo Mugabe" in "Mugabe's nephew Leo Mugabe"), else
    the kin noun alone, which names no actor."""
    if token.pos_ != "NOUN" or token.lower_ not in KIN:
        return None
    if not any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in token.children):
        return None  # "the son" of no one named: nothing to leave out
    for name in children(token, "appos"):
        if name.pos_ == "PROPN" and not within(name, quotes):
            return subtree_role(doc, name, quotes)
    return token_role(doc, token)


def _named_after(prep: Token) -> bool:
    """ "the former prime minister of Egypt, Ahmed Nazif, was taken into custody": the name
    after the title's "of" phrase is the title's apposition, which the parser hangs on the
    phrase's object (Egypt); the phrase is kept whole so that the person is in it."""
    return prep.dep_ == "prep" and any(
        a.dep_ == "appos"
        and a.pos_ == "PROPN"
        and a.ent_type_ == "PERSON"
        and a.left_edge.i > 0
        and a.doc[a.left_edge.i - 1].text == ","
        for o in children(prep, "pobj")
        for a in o.children
    )


def _place(doc: Doc, token: Token) -> Role:
    """The place's name (the entity the token is part of), not the phrase around it, with
    the larger places a comma adds after it ("in Mindanao, Philippines": the Philippines is
    where too, and the state of an event nobody named took part in); a name the NER cut at
    its "of" ("the Democratic Republic of the" + "Congo") whole."""
    for ent in doc.ents:
        if ent.start <= token.i < ent.end:
            end = ent
            if ent[-1].lower_ in ("of", "the") and ent.end < len(doc):
                rest = next((e for e in doc.ents if e.start == ent.end), None)
                end = rest if rest is not None and rest.label_ in PLACE_LABELS else ent
            while (wider := _wider_place(doc, end)) is not None:
                end = wider
            return Role(ent.start_char, end.end_char, doc[ent.start : end.end].text)
    return token_role(doc, token)


def _wider_place(doc: Doc, ent: Span) -> Span | None:
    """The place named right after ``ent`` and a comma ("Jolo, Sulu", "Mindanao,
    Philippines"), or None."""
    if ent.end + 1 >= len(doc) or doc[ent.end].text != ",":
        return None
    after = doc[ent.end + 1]
    if after.ent_iob_ != "B" or after.ent_type_ != "GPE":
        return None
    wider = next((e for e in doc.ents if e.start == after.i), None)
    if (
        wider is not None
        and wider.root.dep_ == "conj"
        and wider.root.head.i < wider.start
        and sum(t.ent_type_ == "GPE" for t in conjuncts(wider.root.head)) >= 2
    ):
        return None  # a list ("in Iowa, New Hampshire, and Nevada"), not a place within one
        # ("born in Chicago, Illinois and studied law": two, read as a list by the parser)
    return wider
