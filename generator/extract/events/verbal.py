"""``_verbal``: the frame of an event verb, its actor, the ones acted on and its place, with
every exception a verb's shape makes; and the frames built through it (bombings, refusals)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ...model import EventFrame
from ..parse import (
    REFLEXIVE,
    children,
    conjuncts,
    joined_to_passive,
    preposition_objects,
    subject,
    within,
)
from ..vocabulary import (
    ANNOUNCING,
    CHARGES,
    CONTROL,
    DANGERS,
    EVENT_NOUNS,
    FIGHTING,
    NAMED_PRIZES,
    ORDER,
    OUTLETS,
    PRIZES,
    RUN,
    SAY_THAT,
    SEEK,
    STRIKE_VERBS,
    STRUCK,
    SUCCEED,
    forms,
)
from .acts import TOPICS, _fight, _protested, _remains_of
from .clauses import UNREALISED, _negated_or_hypothetical
from .courts import (
    _conjoined_it,
    _dismissed_as,
    _dismissed_words,
    _handed_to,
    _leaves_race,
    _toppled,
)
from .cues import EXITS
from .force import (
    MUNITIONS,
    _absolute_participle,
    _body_of_place,
    _captured_by_police,
    _crash,
    _delivered,
    _hazard,
    _made_to,
    _passive_as_complement,
    _seized,
    _subject_misread,
)
from .offices import _endangers, _injured, _projected
from .phrases import VIOLENT, _frame, _roles
from .speech import _by_someone
from .tokens import _named, _outlet_named, _person_word

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

DONE_TO = frozenset(
    "election appointment arrest killing resignation dismissal impeachment sanctions "
    "founding passage".split()
)
"""Types whose participle describes the noun it modifies as the one it was done to
("Conyers, first elected in 1964"; not "the show, hosted by X")."""
DONE_UPON = frozenset("arrest killing sanctions dismissal impeachment".split())
"""Types whose verbs are only ever done to someone (arrest, jail, kill, sanction, sack,
impeach): with no object, such a verb joined to a passive one is passive too."""
PATIENT_PREPOSITIONS = ("with", "on", "against", "between", "to", "from", "into", "of", "over")
WORDED = frozenset({"accusation", "threat"})
"""Types whose prepositions other than "against" name what is said, not whom ("accused him of
obstruction of Congress", "threatened Iran with sanctions", "people accused of crimes from Hong
Kong")."""
PREPOSITIONS_OF = {
    "accusation": ("against",),
    "threat": ("against",),
    "emergency": ("on", "against", "over"),
}
"""Types whose patients only some prepositions name: ``WORDED``, and emergency rule, which
is imposed "on" a place or people, not "with" another who followed suit ("DeSantis declared
a state of emergency, with Governor Henry McMaster following suit")."""
INSTITUTIONS = frozenset(
    "company firm party group organisation organization commission committee "
    "agency foundation council movement union alliance court ministry "
    "department office institute bank network coalition".split()
)
"""What is founded when it is "established" (a body, not contact, ties or a record)."""
WRITINGS = frozenset(
    """article articles editorial editorials column columns newspaper newspapers paper papers
    tabloid tabloids story stories headline headlines broadcast broadcasts programme programmes
    documentary commentary commentaries blog tweet tweets post posts op-ed letter""".split()
)
"""Texts that "attack" someone in words: the subject of a strike verb that makes it a
statement (a reader's briefing had "Strike by Daily Mail and Daily Mirror on Jacob Zuma")."""

FIGURATIVE = frozenset(
    "sanction sanctions tariff tariffs fine fines penalty penalties criticism scandal scandals "
    "crisis recession downturn inflation cuts shortages losses lawsuit lawsuits allegations "
    "claims charges".split()
)
"""What hits or strikes someone without being an attack ("was hit by sanctions")."""
CAMPAIGN_TARGETS = frozenset(
    "seat seats voter voters constituency constituencies marginal marginals audience audiences "
    "customer customers market markets".split()
)
"""What a campaign or a business targets, attacking no one ("visits to target seats")."""
QUASHED = frozenset(
    "sentence sentences conviction convictions verdict verdicts ruling rulings decision "
    "decisions order orders charge charges indictment indictments warrant warrants".split()
)
"""What a court quashes: a ruling ("quashed the sentences of the Guildford Four"), not
"quashed rumours" or "quashed the rebellion"."""
PLAYED_IN = frozenset(
    "tournament competition championship championships game games match olympics open "
    "marathon cup final finals semi-final tour squad team league fixture trials prix "
    "series".split()
)
"""What a player withdraws from, no withdrawal of forces nor from an agreement ("Henman
withdrew from the Dubai Open"; review20)."""


TOPPLE = forms("topple", "overthrow", "depose")
"""Verbs of dismissal that also fell things: a dismissal only when a ruler or regime falls."""
AIMED_AT = ("on", "upon", "onto", "at", "into")
"""Of ``DELIVERED_AT``, those naming the target itself ("dropped bombs on the camp")."""


def _bombing(
    doc: Doc, paragraph: int, verb: Token, quotes: list[tuple[int, int, bool]]
) -> EventFrame | None:
    """A strike told by its bomb's delivery: the verb's frame without the bombs as patients,
    and with the target after on, upon, at or into as one ("dropped two bombs on a militant
    stronghold"; "near the embassy" places it, the resolver reads a place as such)."""
    bombs = _delivered(verb)
    frame = _verbal(doc, paragraph, verb, "strike", quotes)
    if frame is None:
        return None
    spans = [(b.left_edge.idx, b.right_edge.idx + len(b.right_edge.text)) for b in bombs]
    patients = tuple(r for r in frame.patients if not any(s <= r.start < e for s, e in spans))
    targets = [
        o
        for t in (verb, *bombs)
        for o in preposition_objects(t, *AIMED_AT)
        if o.ent_type_ not in ("DATE", "TIME")
        and o.head.i > verb.i  # a target after the verb, not "Late at night, India dropped"
        and not any(r.start <= o.idx < r.end for r in patients)
    ]
    return replace(frame, patients=patients + _roles(doc, targets, quotes))


def _refusal(
    doc: Doc, paragraph: int, verb: Token, act: Token, quotes: list[tuple[int, int, bool]]
) -> EventFrame | None:
    """ "Russia refused to lift its sanctions on Georgia": Russia refused, Georgia (what the
    refused act names) is refused; the refused act's object is its patient."""
    frame = _verbal(doc, paragraph, verb, "refusal", quotes)
    if frame is None:
        return None
    objects = [o for o in children(act, "dobj") if not within(o, quotes)]
    return replace(frame, patients=(*frame.patients, *_roles(doc, objects, quotes)))


_ARRESTING = frozenset(
    "police army military forces guard guards ministry authorities prosecutors prosecution "
    "interior security intelligence gendarmerie".split()
)
"""Words of a body that arrests: a person telling of an arrest by no one named made it only
as their spokesperson ("a spokesperson for the Indonesian National Police")."""


def _verbal(
    doc: Doc, paragraph: int, verb: Token, type_: str, quotes: list[tuple[int, int, bool]]
) -> EventFrame | None:
    if type_ == "handover" and verb.dep_ == "amod" and verb.head.lower_ in CONTROL:
        return _ceded(doc, paragraph, verb, quotes)
    declines = type_ == "resignation" and verb.lower_ in SEEK | RUN  # "did not seek reelection"
    if (_negated_or_hypothetical(verb) and not declines and not _projected(verb)) or (
        verb.dep_ in ("amod", "compound")
        and not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)
    ):  # (a verb with its own subject read as a modifier: "McArthur murdered gay men")
        return None
    if type_ == "illness" and _injured(verb):
        return None  # "was hospitalised after being shot": the attack's wounded
    if type_ in WORDED and any(
        _hazard(c) or c.lower_ in DANGERS or c.lower_ in CHARGES or c.ent_type_ == "ORDINAL"
        for c in children(verb, "nsubj")
    ):
        return None  # "rising sea levels threaten Tuvalu": a danger, no one's words; "the
        # second [article of impeachment] accused him of obstruction": the impeachment's
    if type_ == "withdrawal" and any(
        o.lower_ in PLAYED_IN for o in preposition_objects(verb, "from")
    ):
        return None  # "Henman withdrew from the Dubai Open": a player, not forces (review20)
    if type_ == "threat" and _endangers(verb):
        return None  # "Trump was threatening democracy": a danger to it, not a threat made
    if (
        type_ == "statement"
        and verb.lower_.startswith("call")
        and not any(c.lower_ == "for" for c in verb.children)
    ):
        return None  # "called it a violation" is speech; "called for" is a demand
    if (
        type_ == "statement"
        and verb.lower_.startswith("announc")
        and any(
            EVENT_NOUNS.get(c.lower_) in ("resignation", "sanctions")
            or (c.lower_ in EXITS and _leaves_race(c))
            for c in children(verb, "dobj")
        )
    ):
        return None  # "Mfume announced his resignation in 1995", "the US announced sanctions":
        # the resignation, the sanctions (an arrest announced is news of its own: "police,
        # when announcing the arrest in May")
    if verb.lower_.startswith("rul") and any(
        c.dep_ == "dobj" and c.ent_type_ in ("GPE", "LOC") for c in verb.children
    ):
        return None  # "Mugabe ruled Zimbabwe, serving as its prime minister": a country governed
    if verb.lower_.startswith("rul") and not any(
        c.dep_ in ("ccomp", "xcomp", "oprd", "acomp", "advcl")
        or (c.dep_ == "prep" and c.lower_ in ("on", "against"))
        for c in verb.children
    ):
        return None  # "ruled Zimbabwe for 37 years" governs; "ruled it unlawful" judges
    if verb.lower_.startswith("host") and not any(
        c.dep_ == "dobj"
        and (c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or c.lower_ in EVENT_NOUNS)
        for c in verb.children
    ):
        return None  # "hosted a panel", "hosts a show": not "hosted Erdogan", "hosted talks"
    if verb.lower_ in FIGHTING and not _fight(verb):
        return None  # "clashed with the chairman", "battled cancer for years"
    if _crash(verb, type_):
        return None  # "struck a guard rail", "hit a group of motorcycles"
    if verb.lower_.startswith("overturn") and not any(
        c.dep_ in ("dobj", "nsubjpass") for c in verb.children
    ):
        return None  # "A bus carrying children overturned in Babyninsky, Russia": no ruling
    if verb.lower_.startswith("quash") and not any(
        c.dep_ in ("dobj", "nsubjpass") and c.lower_ in QUASHED for c in verb.children
    ):
        return None  # "quashed rumours", "quashed the rebellion": no court ruled
    if type_ == "strike" and any(
        c.dep_ in ("dobj", "nsubjpass")
        and (c.lower_ in CAMPAIGN_TARGETS or (verb.lower_ in STRIKE_VERBS and c.lower_ in STRUCK))
        for c in verb.children
    ):  # (review20: "struck a blow against the government", "struck a chord": a figure)
        return None  # "solo visits to target seats": a campaign aims, nobody is attacked
    if type_ == "strike" and any(
        t.lower_ in FIGURATIVE
        for t in (*children(verb, "nsubj"), *preposition_objects(verb, "by", "with"))
    ):
        return None  # "Iran was hit by sanctions", "tariffs hit Chinese exporters"
    if type_ == "seizure" and _captured_by_police(verb):
        type_ = "arrest"  # "Police captured the suspect in Paris"
    elif type_ == "seizure" and not _seized(verb):
        return None  # "seized the opportunity", "captured on camera"
    if type_ == "dismissal" and verb.lower_.startswith("fir"):
        fired = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        fired += [verb.head] if verb.dep_ == "acl" else []  # "Bolton, fired last week"
        if any(c.lower_ in MUNITIONS for c in fired):
            type_ = "strike"  # "North Korea fired two missiles", "police fired tear gas at"
        elif not any(_person_word(c) for c in fired):
            return None  # "fired the engines": nobody dismissed
    if type_ == "dismissal" and verb.lower_ in TOPPLE and not _toppled(verb):
        return None  # "toppled a statue of Edward Colston", "the storm toppled trees"
    if verb.lower_.startswith("establish") and not any(
        c.dep_ in ("dobj", "nsubjpass")
        and (c.ent_type_ in ("ORG", "GPE", "NORP") or c.lower_ in INSTITUTIONS)
        for c in verb.children
    ):
        return None  # "established a commission", "the government was established"; not
        # "established contact with", "established that"
    if type_ == "strike" and any(
        (c.dep_ == "prep" and c.lower_ == "as") or (c.dep_ == "dobj" and c.lower_ in TOPICS)
        for c in verb.children
    ):  # "attacked the investigation as a witch hunt", "attacked the impeachment inquiry"
        type_ = "statement"  # criticises it
    if type_ == "dismissal" and (_dismissed_as(verb) or _dismissed_words(verb)):
        type_ = "statement"  # "The Tories dismissed the plan as desperate": they criticise it;
        # "Burns dismissed Larijani's remarks": Larijani is not fired
    agents: list = []
    patients: list = []
    who = (
        _subject_misread(verb)
        or _made_to(verb)
        or subject(verb, depth=3 if verb.dep_ == "pcomp" else 2)
    )
    if who is not None:
        who = _body_of_place(who) or _conjoined_it(verb, who) or who
    if type_ == "strike" and who is not None and who.lower_ in WRITINGS:
        type_ = "statement"  # "the articles in the Daily Mail which attacked Zuma", "the
        # newspaper attacked the president": words, no blow
    if who is not None and type_ == "death" and (dead := _remains_of(who)) is not None:
        who = dead  # "his body was found": he died
    # "Waseem confessed to killing his sister": through the preposition to its verb
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or (
        verb.tag_ == "VBN"
        and verb.dep_ in ("advcl", "acl")
        and not any(c.dep_ in ("aux", "nsubj") for c in verb.children)
    )  # "Tarrant appeared in court, charged with murder": charged, not charging
    passive = (
        passive
        or _absolute_participle(verb)
        or joined_to_passive(verb, transitive=type_ in DONE_UPON)
    )
    if who is None and _passive_as_complement(verb):
        who = next(children(verb.head, "nsubj"))
        passive = True  # "He was nominated to the Supreme Court in 1975 by Gerald Ford"
    if type_ in VIOLENT and any(
        _hazard(t)
        for t in (*([who] if who is not None and not passive else []),
                  *children(verb, "nsubj"), *preposition_objects(verb, "by"))
    ):  # fmt: skip
        if type_ == "killing":  # "A fire killed five girls": nobody killed them, they died
            return _frame(doc, paragraph, verb, "death", _hazard_dead(verb, passive), [], quotes)
        return None  # "an earthquake struck the Philippines": nobody attacked anyone
    if who is None and type_ == "protest" and verb.dep_ == "acl" and not _by_someone(verb):
        who, passive = verb.head, False  # "Members of the House of Commons protested by
        # shouting", misread as a participle on "Members"
    if who is not None:
        (patients if passive else agents).append(who)
        (patients if passive else agents).extend(
            c
            for c in verb.children
            if c.dep_ in ("nsubj", "nsubjpass")
            and c.i != who.i
            and c.lower_ not in REFLEXIVE
            and _body_of_place(c) is None
            and not (type_ == "death" and _remains_of(c) is not None)
        )  # a list of titles read as two subjects: "United States radio personality,
        # television host, and philanthropist Don Imus … died" (Imus is the second's)
        agents.extend(preposition_objects(verb, "by"))
    elif passive and verb.dep_ == "acl":  # "the law, signed by Obama in 2010"
        agents.extend(preposition_objects(verb, "by"))
    if type_ in ("meeting", "statement") and passive and not agents:
        return None  # "was met with applause", "was announced to have died": by nobody named
    if type_ == "arrest" and passive and not agents and verb.dep_ == "ccomp":
        # "Police confirmed that two suspects were arrested": who tells of an arrest by no
        # one named made it (not "Trump said he was killed": arrests only); a body, not a
        # person ("He was charged …, said MDC spokesman Nelson Chamisa": his party's man)
        teller = verb.head
        if teller.lower_ in ANNOUNCING and not _negated_or_hypothetical(teller):
            agents.extend(
                who
                for who in children(teller, "nsubj")
                if (
                    (who.ent_type_ != "PERSON" and who.lower_ not in ("he", "she"))
                    or any(w.lower_ in _ARRESTING for w in who.subtree)
                )
                and not _outlet_named(who)
            )  # (but "Dedi Prasetyo, a spokesperson for the … National Police" speaks for them;
            # "…, news agency Yonhap reported": who reports the news made no arrest)
    if type_ in ("ruling", "sentencing") and passive and not agents:
        # "Both were acquitted in the Senate", "was convicted in the High Court": the body
        agents.extend(o for o in preposition_objects(verb, "in", "by") if o.ent_type_ == "ORG")
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and who is None and type_ in DONE_TO:
        patients.append(verb.head)  # "Conyers, first elected to Congress in 1964, …"
    if not (type_ == "appointment" and verb.lower_ in SUCCEED):  # not the predecessor
        patients.extend(o for c in children(verb, "dobj", "dative") for o in (c, *conjuncts(c)))
    if type_ == "protest":  # "marched to challenge Mbeki's government": against him
        patients.extend(_protested(verb))
    if type_ in ("suspension", "sanctions"):  # "suspended Mahan's permit": Mahan's
        patients.extend(
            o
            for c in children(verb, "dobj", "nsubjpass")
            if c.lower_ in PERMITS
            for o in children(c, "poss")
            if o.tag_ != "PRP$"
        )
    guilty = [c for c in verb.children if c.lower_ == "guilty"] if type_ == "sentencing" else []
    for c in guilty:  # "found Smithers guilty": him; "found not guilty": an acquittal
        patients.extend(children(c, "nsubj"))
        if any(n.dep_ == "neg" for n in (*c.children, *verb.children)):
            type_ = "ruling"
    if type_ == "easing":  # "eased sanctions on Sudan": Sudan's
        patients.extend(
            o for c in children(verb, "dobj", "nsubjpass")
            for o in preposition_objects(c, "on", "against")
        )  # fmt: skip
    if type_ == "handover":  # "relinquished control of Hong Kong to China": Hong Kong's
        patients.extend(o for t in children(verb, "prt", "advmod") for o in _handed_to(t))
        patients.extend(
            o for c in children(verb, "dobj", "nsubjpass") if c.lower_ in CONTROL
            for o in preposition_objects(c, "of", "over")
        )  # fmt: skip
    patients.extend(
        o
        for o in preposition_objects(verb, *PREPOSITIONS_OF.get(type_, PATIENT_PREPOSITIONS))
        if not (type_ == "appointment" and o.head.lower_ == "into")
    )  # "stepped into Cummings's role as chair": the role was his, the office hers
    if type_ == "election":
        patients.extend(preposition_objects(verb, "for"))  # "voted for Pelosi"
    if type_ == "statement" and verb.lower_ in SAY_THAT:
        # "told CNN Philippines", "told Wikinews": the outlet hears it (not "attacked the press")
        patients = [  # (not "told Fox News host Sean Hannity": Hannity hears it)
            p
            for p in patients
            if not _outlet_named(p) or (p.ent_type_ == "PERSON" and p.lower_ not in OUTLETS)
        ]
    if type_ == "suspension" and verb.lower_ in ORDER:  # "ordered ABS-CBN shut": ABS-CBN
        # (a name, not "ordered the border with Mexico closed": Mexico is not shut)
        patients.extend(
            s
            for c in children(verb, "ccomp", "xcomp")
            for s in children(c, "nsubj", "dobj")
            if s.pos_ == "PROPN"
        )
        patients.extend(
            o
            for c in children(verb, "dobj")
            for o in preposition_objects(c, "of")
            if o.pos_ == "PROPN"
        )
    if type_ == "protest":  # "rallied outside the National Congress": at the Congress
        # (a body, not a building: "outside the White House" is no protest by the state the
        # resolver reads it as)
        patients.extend(
            o for o in preposition_objects(verb, "outside", "at") if o.ent_type_ == "ORG"
        )
        patients.extend(
            o
            for f in preposition_objects(verb, "in")
            if f.lower_ == "front"
            for o in preposition_objects(f, "of")
            if o.ent_type_ == "ORG"
        )
    fired = [c for c in children(verb, "dobj") if c.lower_ in MUNITIONS]
    if type_ == "strike" and fired:  # "fired missiles at Saudi Arabia" (on either word)
        patients.extend(o for t in (verb, *fired) for o in preposition_objects(t, "at"))
    if type_ == "award":  # "was awarded the Order of St. Andrew": the honour, no one honoured
        patients = [p for p in patients if not (p.lower_ in PRIZES or p.text in NAMED_PRIZES)]
    return _frame(doc, paragraph, verb, type_, agents, patients, quotes)


def _hazard_dead(verb: Token, passive: bool) -> list[Token]:
    """Who a natural hazard killed, the ones who died: the object ("A fire killed five girls")
    or the passive's subject ("Seven people were killed by the earthquake"), with their
    conjuncts; not what it destroyed ("the storm killed crops" names no one, and a frame of
    no one is no event)."""
    killed = children(verb, "nsubjpass") if passive else children(verb, "dobj")
    return [o for c in killed for o in (c, *conjuncts(c)) if c.lower_ not in REFLEXIVE]


def _ceded(
    doc: Doc, paragraph: int, verb: Token, quotes: list[tuple[int, int, bool]]
) -> EventFrame | None:
    """ "The British relinquished control of Hong Kong to China", misread as one noun phrase
    ("relinquished" describing "control"): who is named before the verb gave it up, the
    place "of" and whoever it went "to" received it."""
    control = verb.head
    agents = [c for c in control.children if c.i < verb.i and _named(c)]
    patients = list(preposition_objects(control, "of", "over", "to"))
    return _frame(doc, paragraph, verb, "handover", agents, patients, quotes, extra=control)


REWARDS = frozenset("reward rewards bounty".split())
"""A verb's object that makes its "for" an event asked for ("paid a reward for the capture of
Roberto Granda": the capture is told where it happened)."""


def _unrealised(noun: Token) -> bool:
    """The event noun is what is planned, feared or threatened, not what happened; or what a
    reward asks for ("a reward for information leading to his capture")."""
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.lower_ == "for" and any(
        c.dep_ == "dobj" and c.lower_ in REWARDS for c in prep.head.children
    ):
        return True  # "paid a reward for the capture of Roberto Granda" ("for" on the verb)
    return (prep.lower_ in ("for", "of") and prep.head.lower_ in UNREALISED) or (
        prep.lower_ == "to"
        and prep.head.lower_ in ("lead", "leads", "leading")
        and prep.head.head.lower_ in ("information", "tip", "tips", "evidence")
    )


PERMITS = frozenset(
    "permit permits licence licences license licenses accreditation registration".split()
)
"""What a body suspends or revokes of someone's ("suspended Mahan's permit"): the owner is
the one acted on."""
