"""Who a pronoun or a common noun ("it", "he", "the company") stands for: the subject or body
named just before. Role phrases use it to name the actor a sentence only refers to."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...gazetteer import state_name
from ..parse import children
from ..vocabulary import ANNOUNCING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def _owner(pronoun: Token) -> Token:
    """Whom "his" or "her" on an event word means: the named person the clause is about
    ("Mugabe negotiated immunity in exchange for his resignation on November 21"); else the
    pronoun itself, which names no actor."""
    token = pronoun.head
    while token.dep_ not in ("ROOT",) and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in token.children
    ):
        token = token.head
    who = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if who is not None and who.tag_ == "WP" and token.dep_ == "relcl":
        who = token.head  # "Pohiva, who had been prime minister since his election in 2014"
        return who if who.ent_type_ == "PERSON" or who.pos_ == "PROPN" else pronoun
    if who is None or who.ent_type_ != "PERSON":
        return pronoun
    if who.i < pronoun.i or _fronted(pronoun, token, who):
        return who
    return pronoun


def _body_owner(pronoun: Token) -> Token | None:
    """The body "its" or "their" on an event word means: the organisation or state named as
    the subject of its clause before it ("Ford started its investigation", "The Aam Aadmi
    Party, in its statement, said", "the Philippine Army began their offensive"); none for a
    person or a common noun ("the company released its report": the tie step has no name)."""
    if pronoun.lower_ not in ("its", "their"):
        return None
    token = pronoun.head
    while token.dep_ != "ROOT" and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in token.children
    ):
        token = token.head
    who = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return _named_before(who, pronoun)


def _fronted(pronoun: Token, verb: Token, who: Token) -> bool:
    """A phrase before the subject that sets its clause ("After his conviction last summer,
    Manafort agreed to help"): its "his" is the subject's."""
    for ancestor in pronoun.ancestors:
        if ancestor.head.i == verb.i:
            return ancestor.dep_ in ("prep", "advcl", "npadvmod") and ancestor.i < who.i
    return False


def _it_a_thing(pronoun: Token) -> bool:
    """ "It" opening a passive sentence after one with a noun object, with no verb of what an
    organisation is: the thing done, no actor ("The Senate passed the bill. It was signed
    into law": the bill, not the Senate the tie step would take as the body before). An
    active "It" still acts ("the House subpoenaed a transcript. It also called for records")."""
    sentence = pronoun.sent
    if (
        pronoun.lower_ != "it"
        or pronoun.dep_ != "nsubjpass"
        or pronoun.i != sentence.start
        or sentence.start == 0
        or pronoun.head.lower_ in BODY_VERBS
    ):
        return False
    before = pronoun.doc[sentence.start - 1].sent
    return any(t.dep_ == "dobj" and t.pos_ in ("NOUN", "PROPN") for t in before)


def _named_before(who: Token | None, pronoun: Token) -> Token | None:
    """``who`` if it is a named organisation or state before the pronoun meaning it."""
    if who is None or who.i > pronoun.i or who.ent_type_ not in ("ORG", "GPE", "NORP"):
        return None
    return who


def _teller(pronoun: Token) -> Token | None:
    """The body "they" or "it" means in what that body says of itself ("Thames Valley Police
    said they had arrested a second man", "Russia said it had struck the base"): the named
    organisation or state that says it; not a person's "it" ("Sarea said it had carried out
    the attack": the group he speaks for, unnamed there)."""
    if pronoun.lower_ not in ("they", "it") or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = pronoun.head
    if clause.dep_ != "ccomp" or clause.head.lower_ not in ANNOUNCING:
        return None
    who = next(children(clause.head, "nsubj"), None)
    return _named_before(who, pronoun)


def _previous_subject(pronoun: Token) -> Token | None:
    """The person "he" or "she" opening a sentence continues: the subject of the sentence
    before, or of the one before that when it is "he" or "she" again ("When Kweisi Mfume
    announced his resignation in 1995, Cummings joined the race. He was among the
    Representatives who voted against the Iraq War": Cummings, though two are named)."""
    if pronoun.lower_ == "it" and pronoun.dep_ in ("nsubj", "nsubjpass"):
        return _previous_body(pronoun)
    if pronoun.lower_ not in ("he", "she") or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    sentence = pronoun.sent
    if any(t.pos_ == "PROPN" for t in pronoun.doc[sentence.start : pronoun.i]):
        return None  # someone named before it in its own sentence is the tie step's to weigh
    for _, who in _earlier_subjects(sentence):
        if who is None:
            return None
        if who.ent_type_ == "PERSON" or (who.pos_ == "PROPN" and who.ent_type_ in ("", "GPE")):
            return who  # (a surname the NER reads as a place: "Cummings")
        if who.lower_ != pronoun.lower_:
            return None
    return None


def _clause_subject(pronoun: Token) -> Token | None:
    """The person "he" or "she" means as the subject of a clause joined to one whose subject
    is a named person: "Nouri al-Maliki did not mention al-Sadr's movement, and he said",
    "before she ended her campaign, Klobuchar was leading" (events81). The tie step gives up
    on two people in one sentence; the parse tells which one the clause goes on with. None
    when the other clause acts on a person named too ("Maliki met Rice and she said")."""
    if pronoun.lower_ not in ("he", "she") or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = pronoun.head
    if clause.dep_ not in ("conj", "advcl"):
        return None
    main = clause.head
    who = next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if who is None or who.pos_ != "PROPN":
        return None
    if who.ent_type_ != "PERSON" and not (
        who.ent_type_ in ("", "GPE") and state_name(who.text) is None
    ):  # (a surname the NER reads as a place, "Klobuchar"; not a state: "Russia … and he")
        return None
    if clause.dep_ == "conj" and who.i > pronoun.i:
        return None
    acted_on = [
        o
        for c in main.children
        if c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ == "with")
        for o in (c, *children(c, "pobj"))
    ]
    if any(o.ent_type_ == "PERSON" and o.pos_ == "PROPN" for o in acted_on):
        return None
    return who


def _earlier_subjects(sentence: Span, limit: int = 3) -> Iterator[tuple[Span, Token | None]]:
    """Each of up to ``limit`` sentences before ``sentence``, nearest first, with its main
    clause's subject (None where it has none): where a pronoun's antecedent is sought."""
    for _ in range(limit):
        if sentence.start == 0:
            return
        sentence = sentence.doc[sentence.start - 1].sent
        yield (
            sentence,
            next((c for c in sentence.root.children if c.dep_ in ("nsubj", "nsubjpass")), None),
        )


BODY_VERBS = frozenset(
    "founded based headquartered established formed created registered owned".split()
)
"""Verbs that say what an organisation is, of which "It" is the body the sentence before
is about however many things that sentence names."""


def _previous_body(pronoun: Token) -> Token | None:
    """The body "It" opening a sentence continues: the organisation or state the sentence
    before is about ("Mahan has been the subject of United States sanctions since
    2011. It was founded in 1992."); not a thing ("The bill was suspended. It …"), nor,
    but for verbs of what an organisation is, when the sentence before has an object "It"
    may mean ("The Senate passed the bill. It was signed into law": the bill)."""
    sentence = pronoun.sent
    if pronoun.i != sentence.start or sentence.start == 0:
        return None
    before = pronoun.doc[sentence.start - 1].sent
    if pronoun.head.lower_ not in BODY_VERBS and any(
        t.dep_ == "dobj" and t.pos_ in ("NOUN", "PROPN") for t in before
    ):
        return None
    for earlier, who in _earlier_subjects(sentence):  # through sentences opening with "It"
        if who is None:
            return None
        if who.pos_ == "PROPN" and who.ent_type_ in ("ORG", "GPE"):
            return who  # (a company's short name the NER reads as a place: "Mahan")
        if who.lower_ in BODY_NOUNS and any(c.lower_ == "the" for c in who.children):
            return _named_subject(earlier)  # "The airline was Iran's first in private hands"
        if who.lower_ != "it":
            return None
    return None


BODY_NOUNS = frozenset(
    "airline carrier company firm corporation manufacturer bank group organisation "
    "organization agency broadcaster militia".split()
)
"""Common nouns an organisation named before is taken up by ("The airline was …")."""


def _named_subject(sentence: Span) -> Token | None:
    """The organisation "the airline" takes up: the last one named as a subject in the
    sentence before ("The United States government claims Mahan flies fighters to Syria.
    The airline was Iran's first in private hands. … It was founded in 1992": Mahan)."""
    if sentence.start == 0:
        return None
    before = sentence.doc[sentence.start - 1].sent
    named = [
        t
        for t in before
        if t.dep_ in ("nsubj", "nsubjpass")
        and t.pos_ == "PROPN"
        and (t.ent_type_ == "ORG" or (t.ent_type_ == "GPE" and state_name(t.text) is None))
    ]  # (not a state: "Russia said the talks failed. The company …")
    # The main clause's subject first, an organisation before a name read as a place
    # ("Exxon Mobil said Chicago had no case": Exxon Mobil).
    named.sort(key=lambda t: (t.head != before.root, t.ent_type_ != "ORG"))
    return named[0] if named else None
