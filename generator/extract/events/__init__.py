"""Events: who did what to whom, where and when, from verbs and nouns of the vocabulary.

``match_events`` (annotate stage, cached) finds each event word outside quotations and the
phrases filling its roles: the subject acts ("Germany banned Mahan Air"), the object and
"with", "on", "against" phrases are acted on or met, "in"/"at" a place puts it somewhere. A
negated or hypothetical verb ("did not meet", "could strike") is no event.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date as date_type

from ...model import DateMention, EventFrame, Mention, Role, Statement
from ..merge import SPOKEN, Proposal
from ..tie import Context
from ..vocabulary import ANNOUNCING, alternatives, forms, past, present
from .force import ATTACKS, BLASTS, BLOW, DETONATE
from .matching import match_events
from .naming import (
    NUMBER_WORDS,
    YEAR_BEFORE,
    _adjectival,
    _described,
    _law,
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


GONE_OFF = frozenset({"bomb", "bombs", *DETONATE, *BLOW, *forms("go", "rip", "tear")})
"""A toll's word that tells a bomb went off ("the first bomb killed 46", "detonated …, killing
30", "blew himself up, killing 25"): with no attack proposed, the toll is the bombing."""


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
        if frame.type == "visit" and not agents:
            continue  # "people living in or visiting Hong Kong": a visit is someone's
        if frame.type in PERSONAL:
            # "former United States Senator Kay Hagan died": the state is her title's, not
            # the one who died (nor is one killed, arrested, born or sworn in).
            lost = _soldiers_of(context, frame) if frame.type in VIOLENT else ()
            patients = tuple(
                a for a in patients if f"actors/{a}" not in context.states or a in lost
            )
            if frame.type in ("death", "birth"):
                agents = tuple(a for a in agents if f"actors/{a}" not in context.states)
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
        when = named_year or context.date_near(
            frame.paragraph, mention.sentence, frame.trigger.start, skip=frame.asides
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
    return _told_once(context, out, tallies)


def _fold_tolls(
    context: Context,
    out: list[Proposal],
    tolls: dict[int, Mention],
    tallies: set[int],
    told: Sequence[tuple[Mention, str | None, str | None]],
) -> tuple[list[Proposal], set[int]]:
    """Deaths told as an attack's toll ("seven CIA officers were killed in the bombing") are
    that attack (GOLD.md: one event per occurrence): their actors join the attack proposed for
    the noun itself, else the nearest attack the article proposed before them (after them if
    none before), of no other explicit day, and keep the attack's date. With no attack
    proposed, they stay a killing; a bomb's toll then is the bombing ("a car bomb detonated
    near a hotel, killing 30"). A toll whose sentence points to another attack than the
    nearest stays apart (twin bombings in two places: ``_points_elsewhere``)."""
    if not tolls:
        return out, tallies
    out = list(out)
    gone: set[int] = set()
    proposed = {_at(p.mention) for p in out}
    places = {_at(m): place for m, _, place in told}
    for i, noun in tolls.items():
        toll = out[i]
        attacks = [
            j
            for j, p in enumerate(out)
            if p.type in ATTACKS and (not toll.date or not p.date or p.date == toll.date)
        ]
        other = _another(context, noun)
        blast = _last_word(noun.text) in BLASTS
        if not attacks:
            word = _last_word(noun.text)
            if word in BLASTS and "bomb" in _words_before(context, noun, 2):
                word = "bomb"  # "A suicide bomb explosion killed at least 18"
            if not other and word in GONE_OFF:
                out[i] = replace(toll, type="strike")  # "The first bomb killed 46 people"
            continue
        at = next((j for j in attacks if _at(out[j].mention) == _at(noun)), None)
        if at is None:
            if other or (blast and not _definite(context, noun)):
                continue  # "In a separate attack in Yobe, militants killed five soldiers",
                # "the second bomb killed 15", "killed in an explosion": another occurrence
            before = [j for j in attacks if out[j].mention.sentence <= toll.mention.sentence]
            at = before[-1] if before else attacks[0]
            where = _place_words(toll.place) | _place_words(places.get(_at(noun)))
            if where and (there := _place_words(out[at].place)) and not where & there:
                # "Islamic State bombed a police station in Kirkuk and a mosque in Tikrit …
                # Nine were killed in the bombing in Tikrit": Tikrit's; a place no other
                # attack is told in renames the attack's ("the attack in the Afghan capital")
                elsewhere = next((j for j in attacks if where & _place_words(out[j].place)), None)
                if elsewhere is not None:
                    at = elsewhere
                elif any(
                    where & _place_words(place)
                    for m, _, place in told
                    if _at(m) not in (_at(noun), _at(toll.mention))
                ):
                    continue  # told there, proposed for no one: its own toll
            nearest = _nearest_told(told, toll.mention, noun)
            if (
                nearest is not None
                and _at(nearest[0]) not in proposed
                and nearest[1]
                and out[at].date
                and nearest[1] != out[at].date
            ):
                continue  # "In 2017, militants bombed a mosque. X was killed in the bombing":
                # the toll of the attack of another day told just before, proposed for no one
        attack = out[at]
        known = {*attack.agents, *attack.patients}
        agents = attack.agents + tuple(a for a in toll.agents if a not in known)
        patients = attack.patients + tuple(
            a for a in toll.patients if a not in known and a not in agents
        )
        out[at] = replace(attack, agents=agents, patients=patients)  # its date the attack's:
        # a toll's is often the report's ("officials said on Monday seven were killed")
        gone.add(i)
    kept = [i for i in range(len(out)) if i not in gone]
    index = {old: new for new, old in enumerate(kept)}
    return [out[i] for i in kept], {index[i] for i in tallies if i in index}


ANOTHER = frozenset("second third fourth fifth another separate other later latter".split())
"""Words before an attack or bomb that make it one more than the attack told before ("the
second bomb killed 15", "in a separate attack in Yobe"): its toll is its own."""
DEFINITE = frozenset("the that this these those".split())


def _last_word(text: str) -> str:
    return text.split()[-1].lower() if text.split() else ""


def _words_before(context: Context, m: Mention, n: int) -> list[str]:
    """The ``n`` words before a mention in its paragraph, lower-cased, punctuation off."""
    words = context.article.paragraphs[m.paragraph][: m.start].split()[-n:]
    return [w.strip(",.;:()\"'").lower() for w in words]


def _another(context: Context, noun: Mention) -> bool:
    """ "the second car bomb", "a separate attack", "another blast": not the attack before."""
    return any(w in ANOTHER for w in _words_before(context, noun, 3))


def _definite(context: Context, noun: Mention) -> bool:
    """ "killed in the blast" tells a blast told before; "killed in an explosion" a new one
    (an accident's, maybe)."""
    return any(w in DEFINITE for w in _words_before(context, noun, 3))


def _place_words(place: str | None) -> frozenset[str]:
    """The capitalised words of a place ("a mosque in Tikrit" → Tikrit), to tell two places
    apart."""
    if not place:
        return frozenset()
    return frozenset(w.strip(",.;:'’s").casefold() for w in place.split() if w[:1].isupper())


def _at(m: Mention) -> tuple[int, int]:
    """Where a mention starts: its paragraph and offset."""
    return (m.paragraph, m.start)


def _nearest_told(
    told: Sequence[tuple[Mention, str | None, str | None]], toll: Mention, noun: Mention
) -> tuple[Mention, str | None, str | None] | None:
    """The attack the article tells last up to a toll's sentence (its own noun aside: "the
    bombing killed seven" is the noun's toll, found by the noun), proposed or not."""
    before = [
        (m, when, place)
        for m, when, place in told
        if m.sentence <= toll.sentence and _at(m) not in (_at(noun), _at(toll))
    ]
    return max(before, key=lambda t: (t[0].sentence, t[0].start), default=None)


def _unnamed_attacker(context: Context, frame: EventFrame) -> bool:
    """Whether the attack's sentence names no one as its actor: no agent phrase, or only
    phrases of weapons and unnamed people ("Airstrikes", "A car bomb", "Gunmen", "a suicide
    bomber"), no word of them capitalised but a sentence's first (a name the resolver did
    not know is still a name: "Khan's men attacked")."""
    for agent in frame.agents:
        sentence = context.sentence_at(frame.paragraph, agent.start)
        opens = sentence >= 0 and context.sentences[sentence].start == agent.start
        words = agent.text.split()
        if any(w[:1].isupper() for w in words[1 if opens else 0 :]):
            return False
    return True


def _attacker_before(
    context: Context, frame: EventFrame, before: Sequence[Proposal], inferred: set[int]
) -> tuple[str, ...]:
    """The one party the article has named as attacking before this attack ("The Taliban have
    claimed responsibility … the deadliest since an assault in Ghazni in August 2018": the
    Taliban's), from the actors of the attacks proposed before it whose own sentence named
    them and of the claims of responsibility; none when the article named no attacker or two
    ("US airstrikes … Taliban attacks": whose would be a guess)."""
    here = (frame.paragraph, frame.trigger.start)
    named = {
        a
        for i, p in enumerate(before)
        if i not in inferred
        and (p.type in ATTACKS or _claims_attack(context, p))
        and (p.mention.paragraph, p.mention.start) < here
        for a in p.agents
    }
    if len(named) != 1:
        return ()
    sentence = context.sentence_at(frame.paragraph, frame.trigger.start)
    paragraph = context.article.paragraphs[frame.paragraph]
    if any(
        m.sentence == sentence
        and m.entity == f"actors/{a}"
        and "against" in paragraph[max(0, m.start - 14) : m.start].casefold().split()
        for m in context.mentions
        for a in named
    ):
        return ()  # "airstrikes against the Houthi rebellion": the sentence's target
    return tuple(named)


def _retold(context: Context, date: str, before: Sequence[Proposal]) -> bool:
    """Whether an attack dated in the days just before its article ("Monday's attack" in an
    article of Thursday) comes after an attack already proposed: the article's own attack."""
    if len(date) != 10 or not any(p.type in ATTACKS for p in before):
        return False
    return 0 <= (context.reference - date_type.fromisoformat(date)).days <= 7


def _claims_attack(context: Context, proposal: Proposal) -> bool:
    """Whether a proposal is a claim of responsibility ("The Taliban have claimed
    responsibility"): its claimant names itself the attacker."""
    return (
        proposal.type == "statement"
        and proposal.mention.text.casefold().startswith("claim")
        and "responsib" in context.sentences[proposal.mention.sentence].text.casefold()
    )


ARRESTERS = frozenset({"police", "the police", "they", "officers", "police officers", "detectives"})
"""Who arrests without being named: the police force the article named before."""
FORCE_WORDS = ("police", "constabulary", "sheriff", "gendarmerie")
"""Words of a police force's name ("Thames Valley Police", "Gwent Constabulary")."""


def _force_before(context: Context, frame: EventFrame) -> tuple[str, ...]:
    """The police force an arrest by "police" or "they" is by: the one force the article
    named before it ("Thames Valley Police said they had arrested a second man … Police
    arrested a 36-year-old Cheltenham man … On Saturday they arrested a 66-year-old man"),
    so that an arrest of someone unnamed is still the force's; none when no force or two
    were named (whose "police" would be a guess), nor for a "they" someone else tells of
    ("The protesters said they arrested a thief")."""
    if len(frame.agents) != 1 or frame.agents[0].text.casefold() not in ARRESTERS:
        return ()
    if frame.agents[0].text.casefold() == "they":
        sentence = context.sentence_at(frame.paragraph, frame.agents[0].start)
        if sentence < 0:
            return ()
        paragraph = context.article.paragraphs[frame.paragraph]
        before = paragraph[context.sentences[sentence].start : frame.agents[0].start].casefold()
        words = {w.strip(",.;:\"'") for w in before.split()}
        if words & ANNOUNCING and not any(word in before for word in FORCE_WORDS):
            return ()
    forces = {
        m.entity.split("/", 1)[1]
        for m in context.mentions
        if m.entity.startswith("actors/")
        and m.entity not in context.persons
        and any(word in m.entity for word in FORCE_WORDS)
        and (m.paragraph, m.start) < (frame.paragraph, frame.trigger.start)
    }
    return tuple(forces) if len(forces) == 1 else ()


COUNTED_TYPES = frozenset({"killing", "death", "arrest"})
"""Types that befall many unnamed people at once ("Up to a thousand people were arrested",
"at least sixty people were killed"), whose state is where they happened (an attack or a
protest already takes the state its place names)."""
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


def statement_events(context: Context, statements: Sequence[Statement]) -> list[Proposal]:
    """A speaker's quotations in an article are a statement event too (they merge into one
    unless dated apart); dated only where the sentence says when."""
    out = []
    for s in statements:
        quote = Role(s.start, s.start + len(s.quote), s.quote)
        mention = context.mention(s.paragraph, quote)
        if mention is None:
            continue
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


__all__ = [
    "TELLING",
    "YEAR_BEFORE",
    "_adjectival",
    "_law",
    "fold_interviews",
    "match_events",
    "propose_events",
    "statement_events",
]
