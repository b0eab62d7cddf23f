"""After resolve: tolls and counts told in a sentence, the states of the counted, and the
reporters whose telling makes an event reported."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...model import EventFrame, Mention, Role
from ..merge import Proposal
from ..tie import Context
from ..vocabulary import alternatives, past, present
from .naming import NUMBER_WORDS, _adjectival
from .phrases import VIOLENT

DEFINITE = frozenset("the that this these those".split())
NUMBERED = re.compile(
    rf"\b(?:\d[\d,.]*|{'|'.join(sorted(NUMBER_WORDS))})\b",
    re.IGNORECASE,
)
"""A number of people: what makes a phrase a count of the unnamed, not one person."""


def _counted_state(context: Context, frame: EventFrame) -> tuple[str, ...]:
    """The state where a number of unnamed people were killed, arrested or died, when nobody
    named took part ("36 people have been executed in Saudi
    Arabia", "More than 50 people have been killed after a plane crashed in the Democratic
    Republic of the Congo"): the state its place names, else the one state its sentence
    names outside the counted phrase; none when the sentence names two ("died in the war
    between Sudan and South Sudan") or the phrases count no people ("a man was arrested in
    Germany": his)."""
    people = frame.agents if frame.type == "death" else frame.patients  # (not the accused:
    # "eleven individuals have been charged with the murder" is no killing of eleven)
    counted = [r for r in people if NUMBERED.search(r.text) and not _known_count(r)]
    if not counted:
        return ()
    placed = tuple(
        a
        for a in context.actors_in(frame.paragraph, frame.places)
        if f"actors/{a}" in context.states
    )
    if placed:
        return placed
    sentence = context.sentence_at(frame.paragraph, frame.trigger.start)
    if sentence < 0:
        return ()
    states = _state_mentions(context, frame.paragraph, sentence)
    named = {m.entity.split("/", 1)[1] for m in states}
    told = context.sentences[sentence]
    adjectives = _adjectives(context, told.text)
    named.update(a for _, _, found in adjectives for a in found)
    # whose the people are is no place ("four Italian citizens were detained", "thirteen
    # Vorlandian citizens were killed", "eight Mexicans died": the state is never the one
    # killed)
    named -= set(context.actors_in(frame.paragraph, counted))
    named -= _origins(context, frame.paragraph, states)  # "two pilgrims from Myanmar died"
    named -= set(_adjectival(context, [_singular(w) for r in counted for w in r.text.split()]))
    # who told of it is no place either ("the Russian foreign ministry said 12 sailors died",
    # "Tehran accuses the group of a 2008 bombing in which 14 people were killed")
    named -= _reporters(context, frame, sentence, counted[0].start, states, adjectives)
    return tuple(named) if len(named) == 1 else ()


def _sentence_state(context: Context, frame: EventFrame) -> tuple[str, ...]:
    """Where an election told of as held and named by no one was held: the one state its
    sentence names ("Amnesty International has requested that Iran free journalists
    imprisoned … after recent presidential elections in the country", "no coverage of
    protests in Russia from last week's election"), else, when the sentence names none, the
    one state the article has named before it ("They focused on the disputed December
    elections" in an article of Kenya); none when two are named (a state's adjective is no
    mention: "the Ghanaian president … the December elections" may be a visitor's)."""
    sentence = context.sentence_at(frame.paragraph, frame.trigger.start)
    if sentence < 0:
        return ()
    named = {
        key.split("/", 1)[1]
        for key in context.named(frame.paragraph, sentence, "actors/")
        if key in context.states
    }
    if not named:
        named = {
            m.entity.split("/", 1)[1]
            for m in context.mentions
            if m.entity in context.states
            and (m.paragraph, m.start) < (frame.paragraph, frame.trigger.start)
        }
    return tuple(named) if len(named) == 1 else ()


BACK = re.compile(
    r"\bthe (?:attacks?|bombings?|shootings?|blasts?|explosions?|assault|raids?|massacre|"
    r"ambush|strikes?|stabbings?)\b",
    re.IGNORECASE,
)
"""An attack named again ("were killed in the attack"): the one the article told of."""
IN_ATTACK = re.compile(r"\s+(?:in|during|by)\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,2}")
"""Words between "killed" and the attack that killed them ("killed in a suicide attack",
"killed in air strikes")."""


def _told_once(context: Context, out: list[Proposal], tallies: set[int]) -> list[Proposal]:
    """Without the state's proposals for counted people that report an attack already
    proposed: the one they were killed in ("15 workers were killed in an attack in
    Pakistan": the attack; not "the deadliest attack since 2015, when 148 people were
    killed"), or one named again ("Gunmen from al-Shabaab attacked a hotel … At least 20
    people were killed in the attack"), proposed earlier with someone named who did it."""
    if not tallies:
        return out

    def place(p: Proposal) -> tuple[int, int]:
        return (p.mention.paragraph, p.mention.sentence)

    def killed_in(p: Proposal, a: Proposal) -> bool:
        between = context.article.paragraphs[p.mention.paragraph][p.mention.end : a.mention.start]
        return place(a) == place(p) and IN_ATTACK.fullmatch(between) is not None

    def named(p: Proposal) -> bool:
        return any(f"actors/{a}" not in context.states for a in (*p.agents, *p.patients))

    attacks = [p for i, p in enumerate(out) if i not in tallies and p.type in VIOLENT]
    kept = []
    for i, p in enumerate(out):
        if i in tallies and (
            any(killed_in(p, a) for a in attacks)
            or (
                BACK.search(context.sentences[p.mention.sentence].text) is not None
                and any(place(a) < place(p) and named(a) for a in attacks)
            )
        ):
            continue
        kept.append(p)
    return kept


def _state_mentions(context: Context, paragraph: int, sentence: int) -> list[Mention]:
    """The sentence's mentions of states: read once for a counted frame, whose place, its
    people's origins and its reporters are all among them."""
    return [
        m
        for m in context.mentions
        if m.paragraph == paragraph and m.sentence == sentence and m.entity in context.states
    ]


def _adjectives(context: Context, text: str) -> list[tuple[int, int, tuple[str, ...]]]:
    """The states a sentence's capitalised words name by their adjective ("Afghan"), with
    each word's span, read once for a counted frame and its reporters."""
    words = list(re.finditer(r"[A-Z][a-z]+", text))
    found = {w: _adjectival(context, [Role(0, len(w), w)]) for w in {w.group() for w in words}}
    return [(w.start(), w.end(), found[w.group()]) for w in words]


def _origins(context: Context, paragraph: int, states: Sequence[Mention]) -> set[str]:
    """States a sentence names as where people come "from" ("two Buddhist pilgrims from
    Myanmar also died"): their origin, not where it befell them."""
    text = context.article.paragraphs[paragraph]
    return {
        m.entity.split("/", 1)[1]
        for m in states
        if text[: m.start].rstrip().casefold().endswith(" from")
    }


DEFINITE = frozenset("the these those his her their its".split())
"""Determiners of people already told of ("The two parents were arrested", "his two sons"):
who they are is known, a count of them is no count of the unnamed."""


def _known_count(role: Role) -> bool:
    """ "The two parents", "their three children": the number follows a definite or
    possessive determiner, so the people are ones the article has already named."""
    words = role.text.split()
    return (
        len(words) > 1
        and words[0].casefold() in DEFINITE
        and NUMBERED.fullmatch(words[1].strip(",")) is not None
    )


def _singular(word: str) -> Role:
    """ "Mexicans": the adjective of a plural demonym ("Mexican"), to name its state."""
    bare = word[:-1] if word.endswith("ns") or word.endswith("is") else word
    return Role(0, len(bare), bare)


_TOLD = (
    "say", "tell", "report", "announce", "confirm", "claim", "accuse", "blame", "allege",
    "estimate", "deny",
)  # fmt: skip
TELLING = re.compile(
    rf"\b(?:{alternatives(past(*_TOLD, 'state') | present(*_TOLD) | {'say', 'according to'})})\b"
)
"""Words of telling: whoever a sentence names before one (or after one, at its end) told
of the event, and is not where it happened."""


def _reporters(
    context: Context,
    frame: EventFrame,
    sentence: int,
    first: int,
    states: Sequence[Mention],
    adjectives: Sequence[tuple[int, int, tuple[str, ...]]],
) -> set[str]:
    """States named as who reported or charged what befell the counted people ("Syria's
    health ministry reported that 40 people died", "…, Afghan officials said", "according
    to Iraqi police"): the phrase before a word of telling that comes before the count, or
    the clause of one after the event's word; a state the sentence opens "in" is still a
    place ("In Syria, the ministry said"). ``states`` and ``adjectives``: the sentence's, from
    ``_state_mentions`` and ``_adjectives``."""
    told = context.sentences[sentence]
    text = told.text
    count_at = first - told.start
    event_at = frame.trigger.end - told.start
    spans = []
    for m in TELLING.finditer(text):
        if m.start() < count_at:
            spans.append((0, m.start()))
        elif m.start() >= event_at:
            if m.group() == "according to":
                end = text.find(",", m.end())
                spans.append((m.start(), end if end >= 0 else len(text)))
            else:  # ", Afghan officials said": the clause after the last comma
                comma = text.rfind(",", event_at, m.start())
                spans.append((comma + 1 if comma >= 0 else m.start(), m.start()))
    if not spans:
        return set()

    def reporting(start: int, end: int) -> bool:
        opening = text[:start].casefold() == "in "  # "In Syria, the ministry said"
        return any(a <= start and end <= b for a, b in spans) and not opening

    found = {
        m.entity.split("/", 1)[1]
        for m in states
        if reporting(m.start - told.start, m.end - told.start)
    }
    found.update(a for start, end, named in adjectives if reporting(start, end) for a in named)
    return found


EARLIER = ("Before ", "Prior to ")
"""Openings of a sentence whose event is an earlier one than its opening clause names."""


def _told_before(sentence: str, at: int) -> bool:
    """ "Before joining the Senate, Gillibrand served in the House": what the sentence tells
    after its opening "Before …" clause came earlier than the joining, another occurrence than
    the one a sentence next to it reports. ``at``: the event word's offset in the sentence."""
    comma = sentence.find(",")
    return sentence.startswith(EARLIER) and 0 < comma < at
