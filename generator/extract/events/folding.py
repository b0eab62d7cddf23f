"""After resolve: folding an event told again into the first telling (tolls, "another attack",
the attacker or police force named before)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date as date_type

from ...model import EventFrame, Mention
from ..merge import Proposal
from ..tie import Context
from ..vocabulary import ANNOUNCING, forms
from .counts import DEFINITE
from .force import ATTACKS, BLASTS, BLOW, DETONATE

GONE_OFF = frozenset({"bomb", "bombs", *DETONATE, *BLOW, *forms("go", "rip", "tear")})
"""A toll's word that tells a bomb went off ("the first bomb killed 46", "detonated …, killing
30", "blew himself up, killing 25"): with no attack proposed, the toll is the bombing."""


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
