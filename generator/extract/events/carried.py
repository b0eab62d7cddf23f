"""After ``propose``: the day a narrative carries from one sentence to the next. News tells an
occasion with its day once and goes on about it undated ("The head of counter terror police,
Neil Basu, on Sunday said the police found nothing … He also said there is no suggestion …"):
the second sentence's act is the same actor's on the same day, though the sentence says no
day. Only the sentence right after the dated one carries it, only for an actor who acted in
it on that day, only when its sentence opens with that actor or a pronoun (the narrative
goes on with the same subject) and tells of no other time (``dates.continues_day``): a wrong
date is worse than none."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ...dates import continues_day
from ..merge import Proposal
from ..tie import Context

PRONOUN_OPENING = re.compile(r"^(?:He|She|They)\b")
"""A sentence that goes on with the subject of the one before by a pronoun ("He also said")."""
NAME_LEAD = re.compile(r"^(?:(?:[Tt]he|[A-Z][\w'’.-]*),? )*$")
"""What may stand before the actor's name at a sentence's start: a title or "the" ("General
Moeldoko", "The president"); not a clause of its own ("After the vote, Smith …")."""


def carry_days(
    context: Context, told: Sequence[Proposal], events: Sequence[Proposal]
) -> tuple[list[Proposal], list[Proposal]]:
    """``told`` and ``events`` with each undated proposal given the day of its actor's dated
    act in the sentence just before, where its sentence goes on with that actor."""
    dated: dict[int, list[Proposal]] = {}
    for p in (*told, *events):
        if p.date:
            dated.setdefault(p.mention.sentence, []).append(p)
    if not dated:
        return list(told), list(events)
    return _carried(context, told, dated), _carried(context, events, dated)


def _carried(
    context: Context, proposals: Sequence[Proposal], dated: dict[int, list[Proposal]]
) -> list[Proposal]:
    out = []
    for p in proposals:
        index = p.mention.sentence
        before = [q for q in dated.get(index - 1, ()) if set(q.actors) & set(p.agents)]
        days = {q.date for q in before}
        if p.date or len(days) != 1 or not _goes_on(context, p, index):
            out.append(p)
            continue
        q = before[0]
        out.append(replace(p, date=q.date, date_text=q.date_text))
    return out


def _goes_on(context: Context, p: Proposal, index: int) -> bool:
    """The sentence opens with the proposal's actor (a title or "the" before its name at
    most) or, within the paragraph of the sentence before or the next one's, a pronoun, and
    tells of no other time."""
    sentence, previous = context.sentences[index], context.sentences[index - 1]
    text = context.article.paragraphs[sentence.paragraph][sentence.start : sentence.end]
    if not continues_day(text):
        return False
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
