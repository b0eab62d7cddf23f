"""After resolve: the names a proposal gives its parts, as a law's name, an owned patient, the
state an adjective or its soldiers name, the year a sentence tells."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ...dates import MONTHS, shifted_day, told_days
from ...model import DateMention, EventFrame, Role
from ...numerals import SPELT_NUMBERS
from ..merge import SPOKEN
from ..parse import quote_spans
from ..tie import Context
from ..vocabulary import EVENT_NOUNS, LEGISLATION, is_pronoun
from .cues import CANDIDACY_NOUNS
from .general import GENERAL
from .tokens import ARMED, GOVERNMENTS

YEAR_BEFORE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[A-Z]\w*'s)\s+(1[89]\d\d|20\d\d)\s+"
    r"(?:(?!(?:on|of|in|for|to|with|by|at|from|over|about|against)\s)[a-z][\w-]*\s+"
    r"|[A-Z][\w.-]*\s+){0,3}$"
)
"""A year after a determiner and at most three words, none a preposition, before an event
noun ("his 2016 arrest", "the 2016 presidential election", "the 2020 United States
presidential election"): the event's year; not "a 1994 agreement on arrests" (the
agreement's year)."""
NUMBER_WORDS = frozenset(SPELT_NUMBERS) | frozenset(
    "thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million "
    "millions dozen dozens scores".split()
)
"""Numbers spelt out, as a count of people gives them ("thirteen", "hundreds", "scores")."""


def _law(frame: EventFrame) -> str | None:
    """The words naming the law a body passed or a leader signed, to name the event by
    ("the Affordable Care Act", "Conyers's bill"); None when no phrase is a law's."""
    for phrase in (*frame.patients, *frame.agents):  # "This bill passed the Senate"
        words = phrase.text.split()
        if 0 < len(words) <= 10 and any(
            w.lower() in LEGISLATION or (w in ("Act", "Bill") and i > 0)
            for i, w in enumerate(w.strip(",.;:\"'“”") for w in words)
        ):
            return phrase.text.strip(" ,;:")
    return None


def _subject(context: Context, frame: EventFrame, patients: Sequence[str]) -> str | None:
    """What the event is named by besides its actors: a law passed or signed, a thing seized
    or struck."""
    if frame.type in ("passage", "signing"):
        return _law(frame)
    if frame.type in SPOKEN or frame.type == GENERAL:
        return frame.topic.text if frame.topic else None  # what it was about, or what done
    if frame.type in TAKEN_OR_STRUCK:
        return _owned(context, frame, patients)
    return None


TAKEN_OR_STRUCK = frozenset({"seizure", "strike", "assault"})
"""Types whose patient may be a thing of an actor's ("captured the U.S. embassy", "attacked
a U.S. vessel"): the event is named by the thing, the actor staying a participant."""
DETERMINER_WORDS = frozenset("the a an".split())


def _owned(context: Context, frame: EventFrame, patients: Sequence[str]) -> str | None:
    """The phrase of the one thing of its actors a seizure or strike was on, when that is
    all that was acted on ("the U.S. embassy": seized was the embassy, not the United
    States); None when an actor itself was."""
    if not patients:
        return None
    text = context.article.paragraphs[frame.paragraph]
    for role_ in frame.patients:
        owners = context.actors_in(frame.paragraph, (role_,))
        if not owners:
            continue
        if set(patients) != set(owners):
            return None  # another actor was acted on itself ("Iran and a U.S. vessel")
        named = [
            m
            for m in context.mentions
            if m.paragraph == frame.paragraph
            and m.entity.startswith("actors/")
            and role_.start <= m.start
            and m.end <= role_.end
        ]
        if len(named) != 1:
            return None
        before = text[role_.start : named[0].start].split()
        after = text[named[0].end : role_.end].split()
        if (
            len(before) <= 1
            and all(w.casefold() in DETERMINER_WORDS for w in before)
            and 0 < len(after) <= 3
            and all(w.replace("-", "").isalpha() and w.islower() for w in after)
        ):
            return role_.text
        return None
    return None


def _pluperfect(context: Context, frame: EventFrame) -> bool:
    """The event's verb is in the past perfect ("a Japanese bomber had attacked"): told as
    before the time of the narrative, which may be another year's than the article's."""
    start = frame.trigger.start
    before = context.article.paragraphs[frame.paragraph][max(0, start - 16) : start].split()
    if start > 16:
        before = before[1:]  # (the window's first word may be cut: "Chad", not "had")
    return before[-1:] == ["had"] or before[-2:] == ["had", "been"]


def _year_told(context: Context, when: DateMention) -> DateMention | None:
    """The year the article gives the month of a past perfect's bare month or day elsewhere
    ("had attacked a U.S. vessel in late February" in a 2019 article that says "in late
    February 1944"): that year, when the article gives that month one year only, an earlier
    one, and tells of that time (a day of it, or the month twice); None otherwise ("had
    attacked a woman in March" of this year, also when a background clause says "jailed in
    March 2016")."""
    parts = when.value.split("-")
    if len(parts) < 2 or re.search(r"\d{4}", when.text):
        return None
    month = MONTHS[int(parts[1]) - 1]
    written = re.compile(rf"\b{month}(\s+\d{{1,2}})?,?\s+(\d{{4}})\b")
    told = [found for p in context.article.paragraphs for found in written.findall(p)]
    years = {year for _, year in told}
    if len(years) != 1 or int(min(years)) >= context.reference.year:
        return None
    if len(told) < 2 and not any(day for day, _ in told):
        return None  # one passing "in March 2016": background, not the narrative's time
    value = "-".join([years.pop(), *parts[1:]])
    if len(parts) == 3 and parts[1:] == ["02", "29"] and int(value[:4]) % 4:
        return None  # no 29 February that year
    return replace(when, value=value)


def _day_told(
    context: Context, paragraph: int, sentence: int, offset: int, skip: Sequence[Role] = ()
) -> DateMention | None:
    """The day a sentence tells by the day before it ("On the same day, Kurt Volker
    resigned", "He died that night", "Just the previous day, Kipchoge ran"): the last day the
    article names before the phrase (its own sentence first, then back sentence by sentence),
    shifted as the phrase says, with the phrase's words; None when no day comes before it
    (only a year or a month) or the phrase is quoted or an aside's."""
    told = context.sentences[sentence]
    text = context.article.paragraphs[paragraph][told.start : told.end]
    found = told_days(text)
    if not found:
        return None
    quotes = quote_spans(context.article.paragraphs[paragraph])
    found = [
        (start, end, shift)
        for start, end, shift in found
        if not any(a <= told.start + start < b for a, b, _ in quotes)
        and not any(r.start <= told.start + start < r.end for r in skip)
    ]
    if not found:
        return None
    start, end, shift = min(found, key=lambda f: abs(told.start + f[0] - offset))
    before = context.date_near(paragraph, sentence, told.start + start)
    if before is None or before.start >= start or len(before.value) != 10:
        before = None
        for index in range(sentence - 1, -1, -1):
            earlier = context.sentences[index]
            last = context.date_near(earlier.paragraph, index, earlier.end)
            if last is not None and len(last.value) == 10:
                before = last
                break
    if before is None:
        return None
    return DateMention(text[start:end], start, end, shifted_day(before.value, shift))


def _year_named(context: Context, frame: EventFrame) -> DateMention | None:
    """A year that names the event, just before its word ("his 2016 arrest", "the 2016
    presidential election", "the 1968 assassination of Robert F. Kennedy")."""
    if frame.trigger.text.lower() not in EVENT_NOUNS.keys() | CANDIDACY_NOUNS:
        return None  # "Trump's 2000 supporters marched": a count before a verb
    before = context.article.paragraphs[frame.paragraph][: frame.trigger.start]
    found = YEAR_BEFORE.search(before)
    if found is None:
        return None
    return DateMention(found.group(1), found.start(1), found.end(1), found.group(1))


def _adjectival(context: Context, roles: Sequence[Role]) -> tuple[str, ...]:
    """States a phrase names by their adjective alone ("The British relinquished control",
    "Iraqi protests"), when it names no actor otherwise."""
    bare = [
        Role(r.start + 4, r.end, r.text[4:]) if r.text.casefold().startswith("the ") else r
        for r in roles
    ]
    bare = [_people_of_state(_ruling_adjective(r)) for r in bare]
    return tuple(a for a in context.adjective_actors(bare) if f"actors/{a}" in context.states)


def _people_of_state(role: Role) -> Role:
    """ "The Egyptians had also recalled their ambassador", "the Israelis said": a state's
    people standing for it, read as its adjective ("Egyptian"); one word, capitalised,
    plural of an adjective's shape (not "Americas", "Phillips")."""
    word = role.text
    if " " not in word and word[:1].isupper() and word.endswith(("ans", "is")) and len(word) > 5:
        return Role(role.start, role.end - 1, word[:-1])
    return role


OFFICIALS = frozenset({"officials", "official"})
"""Who speaks or acts for a state unnamed ("Vorlandian officials denied"): its adjective makes
the act the state's, as a government's does."""
SOLDIERS = frozenset("soldier soldiers servicemen marines peacekeepers".split())
"""A state's soldiers, as its ``ARMED`` bodies: "thirteen Vorlandian soldiers were killed"."""
RULERS = GOVERNMENTS | ARMED | OFFICIALS | SOLDIERS
COUNT_WORDS = NUMBER_WORDS | frozenset(("several", "many", "some"))
"""Counts before a state's adjective and its soldiers ("thirteen Vorlandian soldiers")."""


def _soldiers_of(context: Context, frame: EventFrame) -> tuple[str, ...]:
    """States whose soldiers or forces an attack or a killing struck ("thirteen Vorlandian
    soldiers were killed", "two Lumo soldiers were killed", "attacks on Vorlandian
    soldiers"): the state lost them, a participant (not a title: "U.S. Senator Kennedy")."""
    armed = [
        r
        for r in frame.patients
        if r.text.split()[-1:] and r.text.split()[-1].casefold() in ARMED | SOLDIERS
    ]
    return context.actors_in(frame.paragraph, armed) + _adjectival(context, armed)


NATIONALS = frozenset(
    "citizen citizens national nationals businessman businessmen tourist tourists journalist "
    "journalists diplomat diplomats worker workers sailor sailors fishermen engineers "
    "travellers travelers".split()
)
"""People named by the state they come from ("Four Italian citizens", "two Swiss
businessmen"): that state is who lost them when they are detained or seized."""


def _nationals_of(context: Context, frame: EventFrame) -> tuple[str, ...]:
    """States whose nationals an arrest or a seizure took ("Four Italian citizens have been
    detained", "Libya detained two Swiss businessmen"): a participant, as the state of
    soldiers killed is; not a title's ("Iranian President Khatami was arrested" ends in a
    name), nor "the brother of Iranian president Khatami" (his, not his state's)."""
    adjectives = []
    for r in frame.patients:
        words = r.text.split()
        if len(words) > 1 and words[0].casefold() in ("the", "a", "an"):
            words = words[1:]
        if words and (words[0].isdigit() or words[0].casefold() in COUNT_WORDS):
            words = words[1:]
        if len(words) == 2 and words[1].casefold() in NATIONALS and words[0][:1].isupper():
            start = r.start + r.text.index(words[0] + " " + words[1])
            adjectives.append(Role(start, start + len(words[0]), words[0]))
    return tuple(a for a in context.adjective_actors(adjectives) if f"actors/{a}" in context.states)


def _ruling_adjective(role: Role) -> Role:
    """The adjective of "Samoan government", "Iraqi authorities", "Iranian forces",
    "Vorlandian officials" or "thirteen Vorlandian soldiers", as a phrase of its own."""
    words = role.text.removesuffix("'s").removesuffix("’s").split()
    start = role.start
    if len(words) == 3 and (words[0].isdigit() or words[0].casefold() in COUNT_WORDS):
        start += len(words[0]) + 1  # "thirteen Vorlandian soldiers"
        words = words[1:]
    if len(words) == 2 and words[1].casefold() in RULERS and words[0][:1].isupper():
        return Role(start, start + len(words[0]), words[0])
    if (  # "the Sudanese military and armed militias": the state's body and others with it
        len(words) > 3
        and words[2].casefold() == "and"
        and words[1].casefold() in RULERS
        and words[0][:1].isupper()
    ):
        return Role(start, start + len(words[0]), words[0])
    return role


def _described(frame: EventFrame) -> bool:
    """A report naming its participant by a description ("A former advisor for U.S.
    President Donald Trump was sentenced"), not by a pronoun no one could be read into."""
    roles = (*frame.agents, *frame.patients)
    return any(r.text.split()[0].casefold() in ("a", "an", "the") for r in roles) and not any(
        is_pronoun(r.text) for r in roles
    )
