"""After ``propose``: the day a narrative carries to an act its sentence leaves undated. News
tells an occasion with its day once and goes on about it undated ("Mato announced her
resignation in a statement on Wednesday. Mato denied any complicity …"), and quotes a speaker
whose announcement it has dated ("Lam announced on Wednesday … "…," Lam said"): the second
sentence's act is the same actor's on the same day, though the sentence says no day.

Two rules, each for an actor's act only, and only where its sentence tells of no other time
(``dates.continues_day``, read outside quotation marks: a wrong date is worse than none):
the sentence right after one with a dated act of that actor, opening with the actor or a
pronoun for it, takes that act's day; an undated statement takes the day of its speaker's
announcement or statement when the article dates all of them on one day."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ...dates import continues_day
from ..merge import Proposal
from ..parse import quote_spans
from ..tie import Context

PRONOUN_OPENING = re.compile(r"^(?:He|She|They)\b")
"""A sentence that goes on with the subject of the one before by a pronoun ("He also said")."""
NAME_LEAD = re.compile(r"^(?:(?:[Tt]he|[A-Z][\w'’.-]*),? )*$")
"""What may stand before the actor's name at a sentence's start: a title or "the" ("General
Moeldoko", "The president"); not a clause of its own ("After the vote, Smith …")."""
SAYINGS = frozenset({"statement", "announcement", "pledge", "proposal"})
"""Types of a speaker's words on an occasion (not a report or a publication, a document of
its own time)."""


def carry_days(
    context: Context, told: Sequence[Proposal], events: Sequence[Proposal]
) -> tuple[list[Proposal], list[Proposal]]:
    """``told`` and ``events`` with each undated proposal given the day of its actor's dated
    act in the sentence just before, where its sentence goes on with that actor, or, for a
    statement, the one day its speaker's words are dated elsewhere in the article."""
    dated = [p for p in (*told, *events) if p.date]
    if not dated:
        return list(told), list(events)
    return _carried(context, told, dated), _carried(context, events, dated)


def _carried(
    context: Context, proposals: Sequence[Proposal], dated: Sequence[Proposal]
) -> list[Proposal]:
    out = []
    for p in proposals:
        q = None if p.date else _carrier(context, p, dated)
        out.append(p if q is None else replace(p, date=q.date, date_text=q.date_text))
    return out


def _carrier(context: Context, p: Proposal, dated: Sequence[Proposal]) -> Proposal | None:
    """The dated proposal whose day ``p`` goes on with, if one is (see the module); the
    sentence's words are read last, for the few proposals an actor's dated act may carry."""
    index = p.mention.sentence
    before = [q for q in dated if q.mention.sentence == index - 1 and set(q.actors) & set(p.agents)]
    carrier = None
    if len({q.date for q in before}) == 1 and _opens_with(context, p, index):
        carrier = before[0]
    elif p.type == "statement":
        said = [q for q in dated if q.type in SAYINGS and set(q.agents) & set(p.agents)]
        days = {q.date for q in said}
        if len(days) == 1 and all(len(day or "") == 10 for day in days):
            carrier = said[0]
    if carrier is None or not continues_day(_unquoted(context, index)):
        return None
    return carrier


def _unquoted(context: Context, index: int) -> str:
    """The sentence's words with its quotations blanked: a speaker's words tell of their own
    times ("… the day we will win"), not of when they were said."""
    sentence = context.sentences[index]
    paragraph = context.article.paragraphs[sentence.paragraph]
    text = list(paragraph[sentence.start : sentence.end])
    for start, end, _ in quote_spans(paragraph):
        for at in range(max(start, sentence.start), min(end, sentence.end)):
            text[at - sentence.start] = " "
    return "".join(text)


def _opens_with(context: Context, p: Proposal, index: int) -> bool:
    """The sentence opens with the proposal's actor (a title or "the" before its name at
    most) in the paragraph of the sentence before, or with a pronoun, there or at the start
    of the next paragraph."""
    sentence, previous = context.sentences[index], context.sentences[index - 1]
    text = context.article.paragraphs[sentence.paragraph][sentence.start : sentence.end]
    if PRONOUN_OPENING.match(text):
        return sentence.paragraph - previous.paragraph <= 1
    if sentence.paragraph != previous.paragraph:
        return False
    keys = {f"actors/{a}" for a in p.agents}
    return any(
        m.entity in keys
        and m.sentence == index
        and sentence.start <= m.start
        and NAME_LEAD.match(text[: m.start - sentence.start])
        for m in context.mentions
        if m.paragraph == sentence.paragraph
    )
