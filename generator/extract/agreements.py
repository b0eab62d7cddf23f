"""Agreements: treaties, deals, contracts, memoranda, letters of intent, ceasefires.

``match_agreements`` (annotate stage, cached) finds each agreement noun outside quotations
and what its clause says: the governing verb and the status it gives ("signed" -> signed,
"withdrew from" -> withdrawn), the parties (the verb's subject, "with" and "between" phrases,
names inside the noun phrase: "Russia-Iran pact"), the value (money in the phrase or the
clause), the subject ("to build four nuclear power plants") and a proper name if it has one.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..model import AgreementFrame
from .merge import Proposal
from .parse import (
    children,
    conjuncts,
    preposition_objects,
    quote_spans,
    role,
    subject,
    subtree_role,
    within,
)
from .tie import Context
from .vocabulary import AGREEMENT_NOUNS, AGREEMENT_VERBS, SIGNING_STATUSES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

MODIFIERS = ("det", "amod", "compound", "nummod", "poss", "nmod", "quantmod", "npadvmod")
STATUS_WORDS = {"proposed": "proposed", "draft": "proposed", "signed": "signed"}


def match_agreements(doc: Doc, paragraph: int) -> tuple[AgreementFrame, ...]:
    quotes = quote_spans(doc.text)
    frames = []
    for noun in doc:
        type_ = AGREEMENT_NOUNS.get(noun.lower_)
        if type_ is None or noun.pos_ not in ("NOUN", "PROPN") or within(noun, quotes):
            continue
        if type_ == "letter-of-intent" and not (
            noun.head.lower_ == "of" and noun.head.head.lower_ == "letter"
        ):
            continue
        if noun.dep_ == "compound" or (noun.dep_ == "pobj" and noun.head.lower_ == "in"):
            continue  # "treaty obligations", "in agreement with"
        if _denied(noun):
            continue  # "could not reach an agreement", "even if no deal is reached"
        frames.append(_frame(doc, paragraph, noun, type_, quotes))
    return tuple(frames)


def _frame(
    doc: Doc, paragraph: int, noun: Token, type_: str, quotes: list[tuple[int, int, bool]]
) -> AgreementFrame:
    anchor = noun.head.head if type_ == "letter-of-intent" else noun
    modifiers = [t for c in children(anchor, *MODIFIERS) for t in c.subtree]
    first = min([anchor, *modifiers], key=lambda t: t.i)
    last = noun
    verb = _governing_verb(anchor)
    status = AGREEMENT_VERBS.get(verb.lower_) if verb is not None else None
    for m in modifiers:
        status = status or STATUS_WORDS.get(m.lower_)
    parties = [m for m in modifiers if m.ent_type_ in ("GPE", "ORG", "NORP", "PERSON")]
    parties.extend(preposition_objects(anchor, "with", "between", "among", "by"))
    if verb is not None:
        who = subject(verb, depth=2)
        if who is not None:
            parties.append(who)
            parties.extend(conjuncts(who))
        parties.extend(preposition_objects(verb, "with", "between", "by"))
        if status == "withdrawn":
            parties.extend(children(verb, "dobj"))
    clause = [t for t in (verb or anchor).subtree]
    value = next(
        (e.text for e in doc.ents if e.label_ == "MONEY" and e.start <= max(t.i for t in clause)
         and e.end > min(t.i for t in clause)),
        None,
    )  # fmt: skip
    subject_text = None
    for c in anchor.children:
        if (c.dep_ in ("acl", "relcl") and any(x.lower_ == "to" for x in c.children)) or (
            c.dep_ == "prep" and c.lower_ in ("on", "for", "over", "to")
        ):
            subject_text = subtree_role(doc, c, quotes).text
            break
    name = None
    if noun.text[0].isupper() and first.i < noun.i:
        proper = [t for t in doc[first.i : noun.i + 1] if t.text[:1].isupper() or t.is_punct]
        if len(proper) == noun.i - proper[0].i + 1 and len(proper) > 1:
            name = role(doc, proper[0], noun).text
    return AgreementFrame(
        paragraph=paragraph,
        type=type_,
        noun=role(doc, first, last),
        verb=verb.text if verb is not None else "",
        status=status,
        parties=tuple(subtree_role(doc, p, quotes) for p in parties if not within(p, quotes)),
        value=value,
        subject=subject_text,
        name=name,
    )


def _denied(noun: Token) -> bool:
    """An agreement the sentence says does not exist: "no deal", or the object of a negated
    verb ("failed to", "did not sign")."""
    if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return True
    verb = _governing_verb(noun)
    return verb is not None and any(c.dep_ == "neg" for c in verb.children)


def _governing_verb(noun: Token) -> Token | None:
    """The verb the agreement is the object of: "signed a deal", "withdrew from the treaty",
    "the pact was ratified"."""
    head = noun.head
    if noun.dep_ == "pobj":
        head = head.head
    if noun.dep_ in ("dobj", "nsubjpass", "pobj", "attr") and head.pos_ in ("VERB", "AUX"):
        return head
    return None


ANAPHORA = ("the ", "this ", "that ", "its ", "their ")


def propose_agreements(context: Context, frames: Sequence[AgreementFrame]) -> list[Proposal]:
    """One proposal per agreement phrase that names a party, has a name, or refers back
    ("the deal") to an agreement proposed earlier in the article, whose parties it takes."""
    out: list[Proposal] = []
    for frame in frames:
        parties = context.actors_in(frame.paragraph, frame.parties)
        parties += tuple(
            a for a in context.actors_in(frame.paragraph, [frame.noun]) if a not in parties
        )
        mention = context.mention(frame.paragraph, frame.noun)
        if mention is None:
            continue
        earlier = next((p for p in reversed(out) if p.type == frame.type), None)
        if not parties and earlier and frame.noun.text.lower().startswith(ANAPHORA):
            parties = earlier.agents
        named = context.named(frame.paragraph, mention.sentence, "agreements/")
        if not parties and not frame.name and not named:
            continue
        when = context.date_near(frame.paragraph, mention.sentence, frame.noun.start)
        out.append(
            Proposal(
                kind="agreements",
                type=frame.type,
                agents=parties,
                patients=(),
                date=when.value if when else None,
                date_text=when.text if when else None,
                place=None,
                mention=mention,
                article_date=context.article.date,
                value=frame.value,
                subject=frame.subject,
                status=frame.status,
                name=frame.name,
            )
        )
    return out


def signings(agreements: Sequence[Proposal], offset: int) -> list[Proposal]:
    """The signing (or withdrawal) each agreement's verb reports, linked to the agreement."""
    return [
        Proposal(
            kind="events",
            type=SIGNING_STATUSES[p.status],
            agents=p.agents,
            patients=(),
            date=p.date,
            date_text=p.date_text,
            place=None,
            mention=p.mention,
            article_date=p.article_date,
            agreement=offset + index,
        )
        for index, p in enumerate(agreements)
        if p.status in SIGNING_STATUSES and p.agents
    ]
