"""After resolve: ``propose_events`` turns the matched frames into proposals tied to actors,
``statement_events`` the statements that are events, and ``fold_interviews`` merges
interviews told both ways."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ...model import DateMention, EventFrame, Mention, Role, Statement
from ..merge import SPOKEN, Proposal, compatible_dates
from ..tie import Context
from ..vocabulary import EVENT_NOUNS
from .counts import _counted_state, _sentence_state, _told_before, _told_once
from .folding import _attacker_before, _fold_tolls, _force_before, _retold, _unnamed_attacker
from .force import ATTACKS
from .general import GENERAL
from .naming import (
    _adjectival,
    _day_told,
    _described,
    _nationals_of,
    _pluperfect,
    _soldiers_of,
    _subject,
    _year_named,
    _year_told,
)
from .phrases import PERSONAL, UNPLACED, VIOLENT

SEPARATE = frozenset("separate another previous".split())
"""Words by which a sentence says its event is not the one reported ("sentenced last week in
a separate case", "another federal judge sentenced Manafort")."""
LATER = frozenset("eventually subsequently".split())
"""Words just before an event's word that make it a later one than the sentence before
reports ("joining the Maryland General Assembly in 1983. He remained there for fourteen
years, eventually serving as the speaker pro tem")."""
LEAD_GAP = 2
"""Sentences after a dated report with nobody named in which one of its type is that report."""


def _bare_declaration(frame: EventFrame) -> bool:
    """A statement named only as someone's "declaration", with nothing said or declared
    ("Trump's declaration"): an earlier act named again."""
    return (
        frame.type == "statement"
        and frame.trigger.text.lower() in ("declaration", "declarations")
        and not frame.patients
    )


def propose_events(context: Context, frames: Sequence[EventFrame]) -> list[Proposal]:
    """One proposal per event word whose phrases name at least one actor; an undated one
    just after a dated report of its type that named nobody ("A former advisor for Donald
    Trump was sentenced on Wednesday") is that report, named."""
    out: list[Proposal] = []
    tallies: set[int] = set()  # proposals of a state for the unnamed people it counts
    attackers_inferred: set[int] = set()  # proposals whose attacker the article told before
    tolls: dict[int, Mention] = {}  # deaths told as an attack's toll: the attack's mention
    attacks_told = [  # every attack the article tells, proposed or not, its date if told
        (m, when.value if when else None, f.places[0].text if f.places else None)
        for f in frames
        if f.type in ATTACKS and (m := context.mention(f.paragraph, f.trigger)) is not None
        for when in (
            _year_named(context, f)
            or context.date_near(f.paragraph, m.sentence, f.trigger.start, skip=f.asides),
        )
    ]
    leads: dict[str, tuple[int, DateMention]] = {}
    declared = any(f.type == "emergency" for f in frames)
    for frame in frames:
        if declared and _bare_declaration(frame):
            # "the motion claims Trump's declaration is unconstitutional", in an article of
            # the state of emergency he declared: that declaration again, not a statement
            frame = replace(frame, type="emergency")
        agents = context.actors_in(frame.paragraph, frame.agents) or _adjectival(
            context, frame.agents
        )
        patients = tuple(
            a
            for a in context.actors_in(frame.paragraph, frame.patients)
            or _adjectival(context, frame.patients)
            if a not in agents
        )
        # "United States District Judge Gray Miller ruled": the judge rules, the state is his
        # title's (a state or body in a title with no one named stays: "a U.S. judge ruled")
        both = (*agents, *patients)
        titled = (
            context.affiliations(frame.paragraph, (*frame.agents, *frame.patients))
            if len(both) > 1 and any(f"actors/{a}" in context.persons for a in both)
            else frozenset()
        )  # (only a person's title names a body besides: most frames ask for nothing)
        affiliations = tuple(a for a in both if a in titled)
        agents = tuple(a for a in agents if a not in titled)
        patients = tuple(a for a in patients if a not in titled)
        if not agents and not patients and frame.type not in UNPLACED:
            # "protests in Hong Kong", "an assault in Ghazni": a state is where it happened,
            # and the event is the state's when nobody named took part.
            patients = tuple(
                a
                for a in context.actors_in(frame.paragraph, frame.places)
                if f"actors/{a}" in context.states
            )
        if frame.type == "request" and any(f"actors/{a}" in context.persons for a in agents):
            # "United Kingdom Prime Minister Boris Johnson asked the Queen": his request; the
            # state of his title asked no one
            agents = tuple(a for a in agents if f"actors/{a}" not in context.states)
        if frame.type == GENERAL and not agents:
            continue  # an act no word list names is its subject's, a resolved actor
        if frame.type == "visit" and not agents:
            continue  # "people living in or visiting Hong Kong": a visit is someone's
        if frame.type in PERSONAL:
            # "former United States Senator Kay Hagan died": the state is her title's, not
            # the one who died (nor is one killed, arrested, born or sworn in).
            lost = _soldiers_of(context, frame) if frame.type in VIOLENT else ()
            if frame.type == "arrest" and not lost:  # "Four Italian citizens were detained"
                lost = _nationals_of(context, frame)
                patients += tuple(a for a in lost if a not in agents and a not in patients)
            patients = tuple(
                a for a in patients if f"actors/{a}" not in context.states or a in lost
            )
            if frame.type in ("death", "birth"):
                agents = tuple(a for a in agents if f"actors/{a}" not in context.states)
            if frame.type == "death":  # "626 Ethiopian troops have died": the state lost
                # them, as when they are killed (its soldiers are who died, told as agents)
                fallen = _soldiers_of(context, replace(frame, patients=frame.agents))
                patients += tuple(a for a in dict.fromkeys(fallen) if a not in patients)
        if not (agents or patients or affiliations) and frame.type == "arrest":
            agents = _force_before(context, frame)  # "Police arrested a 36-year-old man"
        inferred = False  # an attacker told by the article, not by its sentence
        if not agents and frame.type in ATTACKS and _unnamed_attacker(context, frame):
            agents = _attacker_before(context, frame, out, attackers_inferred)
            agents = tuple(a for a in agents if a not in patients)
            inferred = bool(agents)
        tally = False  # unnamed people counted, given a state: see _told_once
        if not (agents or patients or affiliations) and frame.type in COUNTED_TYPES:
            patients = _counted_state(context, frame)
            tally = bool(patients)
        if frame.type == "election" and not (frame.agents or frame.patients or frame.places):
            patients = _sentence_state(context, frame)  # an election held, named by no one
        mention = context.mention(frame.paragraph, frame.trigger)
        if mention is None:
            continue
        named_year = _year_named(context, frame)
        if named_year is not None and int(named_year.value) > context.reference.year:
            continue  # "a candidate in the 2020 United States presidential election": to come
        when = (
            named_year
            or context.date_near(
                frame.paragraph, mention.sentence, frame.trigger.start, skip=frame.asides
            )
            or (
                None  # "ruled on the same day, finding that the prorogation …": the ruling's
                if frame.trigger.text.casefold() in EVENT_NOUNS  # day, not what it names
                else _day_told(
                    context, frame.paragraph, mention.sentence, frame.trigger.start, frame.asides
                )
            )
        )
        if when is not None and _pluperfect(context, frame):
            when = _year_told(context, when) or when
        if inferred and (when is None or _retold(context, when.value, out)):
            # "said the attack had killed twelve", "Reuters reported Monday's attack the
            # deadliest": the article's attack told again, proposed already with those its
            # own sentence named (undated, it would join every attack of its attacker)
            agents, inferred = (), False
        if not (agents or patients):
            if when is not None and _described(frame):
                leads[frame.type] = (mention.sentence, when)
            continue
        lead = leads.pop(frame.type, None)
        if when is None and lead is not None and mention.sentence - lead[0] <= LEAD_GAP:
            when = lead[1]  # "A former advisor … was sentenced on Wednesday. Paul Manafort
            # was sentenced by Judge Amy Berman Jackson to 73 months": Wednesday's
        told = context.sentences[mention.sentence]
        sentence = told.text
        before = context.article.paragraphs[frame.paragraph][: frame.trigger.start].split()
        separate = frame.type not in SPOKEN and (
            any(w.strip(",.;:").casefold() in SEPARATE for w in sentence.split())
            or (bool(before) and before[-1].casefold() in LATER)
            or _told_before(sentence, frame.trigger.start - told.start)
        )  # (a speaker's words in an article are one statement, whatever else they say)
        out.append(
            Proposal(
                kind="events",
                type=frame.type,
                agents=agents,
                patients=patients,
                date=when.value if when else None,
                date_text=when.text if when else None,
                place=frame.places[0].text if frame.places else None,
                mention=mention,
                article_date=context.article.date,
                separate=separate,
                reference=context.reference.isoformat(),
                subject=_subject(context, frame, patients),
                affiliations=affiliations,
            )
        )
        if tally:
            tallies.add(len(out) - 1)
        if inferred:
            attackers_inferred.add(len(out) - 1)
        if frame.within is not None and (attack := context.mention(frame.paragraph, frame.within)):
            tolls[len(out) - 1] = attack
            if any(r.start <= frame.within.start < r.end for r in frame.agents):
                out[-1] = replace(out[-1], agents=())  # "the bombing killed seven": the
                # killer named is the attack itself, whose own actors it has
    out, tallies = _fold_tolls(context, out, tolls, tallies, attacks_told)
    return _one_occasion(_told_once(context, out, tallies))  # then ``unnamed_acts``


def unnamed_acts(
    told: Sequence[Proposal], events: Sequence[Proposal], agreements: Sequence[Proposal] = ()
) -> list[Proposal]:
    """An article's events with its acts no word list names (``GENERAL``) kept only where
    nothing else was proposed of theirs: not in a sentence another event, an agreement or a
    statement was proposed from ("Putin and Pezeshkian signed a strategic partnership
    agreement in January": the agreement's signing), and not sharing an actor and a date with
    another event or an agreement ("Biden carried the state" beside "Biden won the primary"
    is that act told again in other words, and a second proposal of it would take its
    match) or, both dated, with a statement: an undated statement, which any of its
    speaker's events would match, leaves their undated act its own (measured on the read
    blocks, events78)."""
    named = [*told, *agreements, *(p for p in events if p.type != GENERAL)]
    sentences = {(p.mention.paragraph, p.mention.sentence) for p in named if p.type not in SPOKEN}
    spoken = [p for p in named if p.type in SPOKEN]
    return [
        p
        for p in events
        if p.type != GENERAL
        or not (
            (p.mention.paragraph, p.mention.sentence) in sentences
            or any(
                (q.mention.paragraph, q.mention.sentence)
                == (p.mention.paragraph, p.mention.sentence)
                and set(p.actors) & set(q.actors)
                for q in spoken
            )  # a speaker's words beside another's act reported are not that act ("Zarif
            # claimed the United States had adopted a posture review", events81)
            or any(
                set(p.actors) & set(q.actors)
                and compatible_dates(p.date, q.date)
                and (q.type != "statement" or (p.date is not None and q.date is not None))
                for q in named
            )
        )
    ]


SPEECH_ACTS = SPOKEN | {"accusation"}
"""Types of a speaker's words: two of one sentence by one speaker are one occasion."""


def _one_occasion(proposals: list[Proposal]) -> list[Proposal]:
    """One speech event per speaker per sentence: "John Major has accused Johnson of misleading
    the Queen, and argued that …" is one occasion of Major's (the accusation kept, the more
    telling type); "Pompeo posted a message condemning Iran for the attacks, saying there was
    …": a saying whose subject the sentence leaves out ("condemning Iran") is the speaker's,
    what it is about joining theirs."""

    def where(p: Proposal) -> tuple[str, int, int]:
        return (p.mention.article, p.mention.paragraph, p.mention.sentence)

    def joins(p: Proposal, i: int, host: Proposal, j: int) -> bool:
        if not host.agents or where(host) != where(p):
            return False
        if p.date and host.date and p.date != host.date:
            return False  # dated apart, two occasions, as ``merge`` keeps them
        if not p.agents:  # a saying, not an act done to someone ("Qawi was accused of
            return p.type == "statement"  # inciting the murder, which he denied": another's)
        if set(p.agents) != set(host.agents):
            return False
        return j < i if p.type == host.type else p.type == "statement"

    spoken = [i for i, p in enumerate(proposals) if p.type in SPEECH_ACTS]
    into = {
        i: j
        for i in spoken
        for j in [
            next((j for j in spoken if j != i and joins(proposals[i], i, proposals[j], j)), -1)
        ]
        if j >= 0
    }
    for i in into:  # (a host that joined another: the other; indices only fall or end at a
        while into[i] in into:  # type other than a statement, so no cycle)
            into[i] = into[into[i]]
    out = list(proposals)
    for i, j in sorted(into.items()):
        extra = tuple(a for a in out[i].patients if a not in (*out[j].patients, *out[j].agents))
        out[j] = replace(out[j], patients=out[j].patients + extra)
    return [p for i, p in enumerate(out) if i not in into]


COUNTED_TYPES = frozenset({"killing", "death", "arrest"})
"""Types that befall many unnamed people at once ("Up to a thousand people were arrested",
"at least sixty people were killed"), whose state is where they happened (an attack or a
protest already takes the state its place names)."""


def statement_events(context: Context, statements: Sequence[Statement]) -> list[Proposal]:
    """A speaker's quotations in an article are a statement event too (they merge into one
    unless dated apart); dated only where the sentence says when."""
    out = []
    for s in statements:
        quote = Role(s.start, s.start + len(s.quote), s.quote)
        mention = context.mention(s.paragraph, quote)
        if mention is None:
            continue
        told = None if s.date_text else _day_told(context, s.paragraph, mention.sentence, s.start)
        if told is not None:  # "In a meeting that day he was told by Zinichev of "…""
            s = replace(s, date=told.value, date_text=told.text)
        out.append(
            Proposal(
                kind="events",
                type="statement",
                agents=(s.speaker.split("/", 1)[1],),
                patients=(),
                date=s.date if s.date_text else None,
                date_text=s.date_text,
                place=None,
                mention=mention,
                article_date=context.article.date,
                reference=context.reference.isoformat(),
            )
        )
    return out


def fold_interviews(told: Sequence[Proposal], events: list[Proposal]) -> list[Proposal]:
    """An article's events without the interviews of a speaker it has a statement event of
    (their quotations, or words it reports): the words given in an interview and the interview
    are one occasion, which the speaker's statement event already is ("Pompeo told CNN, "…""
    is Pompeo's statement). An interview stays where no statement stands for it: a
    commentator's (a scientist telling Wikinews), or one with no words reported."""
    speakers = {a for p in (*told, *events) if p.type in SPOKEN for a in p.agents}
    return [
        p for p in events if not (p.type == "interview" and p.agents and set(p.agents) <= speakers)
    ]
