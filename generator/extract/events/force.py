"""Shapes of force and accident: seizures and captures, armed subjects, crashes and wrecks,
hazards, bombs delivered, defused or gone off, their tolls, refusals, and aid given."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ...gazetteer import state_name
from ...model import EventFrame
from ...organs import STATE_ORGANS
from ..parse import children, infinitive, preposition_objects, role, subtree_role
from ..vocabulary import (
    AID_NOUNS,
    CATCH,
    CLIENTELE,
    DONATE,
    EVENT_NOUNS,
    EVENT_VERBS,
    FIGHT_NOUNS,
    FIGURATIVE_CRASHERS,
    NOT_AID,
    NOT_AIDED,
    NOT_DONATED,
    RELIEF_KINDS,
    STRUCTURES,
    WRECKED_VEHICLES,
    forms,
)
from .acts import HAZARDS, _armed_fight, _stoppage
from .clauses import MODALS, _negated_or_hypothetical
from .offices import WANTED
from .tokens import PEOPLE_ENDINGS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

TERRAIN = frozenset(
    "rail guardrail barrier tree pole wall curb iceberg ocean sea ground water mountain "
    "mountainside runway".split()
)
"""What a vehicle strikes only in a crash, whoever drives or flies it: no one attacks the
ground ("An Indonesian military helicopter hit the ground after take-off"; review25)."""
COLLISIONS = TERRAIN | frozenset(
    "car cars vehicle vehicles truck trucks motorcycle motorcycles motorcyclists bus buses "
    "pedestrian pedestrians cyclist cyclists ship boat train".split()
)
"""What a driver strikes or hits in a crash (no attack)."""
MUNITIONS = frozenset(
    "missile missiles rocket rockets shot shots shell shells bullet bullets round rounds gas "
    "weapon weapons mortar mortars grenade grenades projectile projectiles salvo salvos cannon "
    "cannons gun guns volley volleys".split()
)
"""What is fired at someone: an attack, not a dismissal."""


def _taking(frame: EventFrame | None) -> EventFrame | None:
    """Who becomes or serves as something is the one appointed, not one who appoints."""
    if frame is None:
        return None
    return replace(frame, agents=(), patients=(*frame.agents, *frame.patients))


def _seized(verb: Token) -> bool:
    """A thing, place or people taken by force or by law ("seized the British-flagged tanker
    Stena Impero", "Russia annexed Crimea", "Islamic State captured Mosul", "police
    confiscated 2 tonnes of cocaine"); not "seized the opportunity", "captured the
    imagination", "captured on camera", "captured 52% of the vote", "hijacked the debate"."""
    taken = list(children(verb, "dobj", "nsubjpass"))
    if taken and all(t.lower_ in ("it", "them") for t in taken) and _armed_seizer(verb):
        return True  # "It was seized by the insurgents of the Islamic State": the dam told
        # before, taken by arms (not "seize it", a chance)
    if not taken or any(t.lower_ in INTANGIBLE for t in taken):
        return False
    if any(
        o.lower_ in MEDIA_WORDS
        for o in (
            *preposition_objects(verb, "on", "in", "by"),
            *(m for t in taken for m in preposition_objects(t, "on", "in")),
        )
    ):
        return False  # "captured on camera", "captured in a photograph", "captured the
        # bridge on camera" (the parser hangs "on camera" on the bridge)
    if verb.lower_.startswith("hijack"):  # a vehicle: not "hijacked the debate"
        return any(t.lower_ in VEHICLES for o in taken for t in (o, *children(o, "compound")))
    if verb.lower_.startswith("captur"):  # a thing named, or a place, ship or people,
        # by the head and its name words alone ("the U.S. embassy"): not "captured the
        # suspect in Paris"
        return any(
            t.ent_type_ in ("GPE", "LOC", "FAC", "ORG", "PERSON", "NORP")
            or t.lower_ in CAPTIVE
            or t.lower_ in GROUND  # "captured a dam", "captured more than 40 villages"
            for o in taken
            for t in (o, *children(o, "compound", "nmod", "poss"))
        ) and not any(t.ent_type_ == "PERCENT" for o in taken for t in o.subtree)
    return True


def _captured_by_police(verb: Token) -> bool:
    """A person captured by the police or the authorities, or by no one named, is arrested
    ("Police captured the suspect in Paris on Tuesday"); soldiers or hostages captured in a
    war are seized."""
    if not verb.lower_.startswith("captur"):
        return False
    taken = list(children(verb, "dobj", "nsubjpass"))
    captors = [*children(verb, "nsubj"), *preposition_objects(verb, "by")]
    return any(
        o.ent_type_ == "PERSON"
        or o.lower_ in WANTED
        or (o.pos_ == "NOUN" and o.lower_ not in CAPTIVE and o.lower_.endswith(PEOPLE_ENDINGS))
        for o in taken
    ) and all(c.lower_ in POLICE for c in captors)


POLICE = frozenset(
    "police officers officer agents authorities troopers marshals detectives fbi".split()
)
"""Captors whose capture of a person is an arrest."""


INTANGIBLE = frozenset(
    "opportunity opportunities moment initiative chance imagination attention heart hearts "
    "title titles lead momentum spotlight headlines mood spirit essence day it them".split()
)
"""What is seized or captured in a figure of speech ("seized the moment")."""
MEDIA_WORDS = frozenset("camera cameras video videos film footage photo photograph tape".split())
CAPTIVE = frozenset(
    "city town village base airport port ship tanker vessel vessels boat territory soldiers "
    "troops fighters hostages prisoners".split()
)
"""What is captured by force when it has no name ("captured the city", "captured two
soldiers")."""
VEHICLES = frozenset(
    "plane planes aircraft airliner airliners jet jets flight flights helicopter bus buses "
    "coach train trains ship ships vessel vessels tanker tankers boat boats ferry truck "
    "trucks lorry lorries car cars van".split()
)
"""What is hijacked ("gunmen hijacked a bus"; not "protesters hijacked the debate")."""


ARMS_BEARERS = (
    (
        frozenset(o for o in STATE_ORGANS if " " not in o)
        - {"officials", "authorities", "government", "diplomats", "police"}
    )
    | MUNITIONS
    | frozenset(
        "warplane drone drones bomber bombers gunship gunships airstrike airstrikes artillery "
        "tank tanks militants gunmen insurgents rebels".split()
    )
)
"""Subjects that strike with arms ("Saudi jets", "a missile", "troops", "rebels"): what they
strike is a target, never a collision."""
AIRCRAFT = frozenset("aircraft plane planes helicopter helicopters jet".split())
"""Vehicles that strike with arms when a state's or the military's ("Russian aircraft", "a
military helicopter"), and crash otherwise ("a plane struck a mountain")."""
MILITARY_MODIFIERS = frozenset("military fighter war army navy".split())


def _armed_seizer(verb: Token) -> bool:
    """Whether who takes is armed: the subject (``_armed``) or the one after a passive's "by"
    ("was seized by the insurgents of the Islamic State")."""
    return _armed(verb) or any(o.lower_ in ARMS_BEARERS for o in preposition_objects(verb, "by"))


def _armed(verb: Token) -> bool:
    """The verb's subject bears arms: a state's organ, a munition, an armed group, or an
    aircraft a state's adjective or a military word makes a warplane ("Russian aircraft")."""
    for who in children(verb, "nsubj"):
        if who.lower_ in ARMS_BEARERS:
            return True
        if who.lower_ in AIRCRAFT and any(
            c.ent_type_ in ("NORP", "GPE") or c.lower_ in MILITARY_MODIFIERS
            for c in who.children
            if c.dep_ in ("amod", "compound", "poss")
        ):
            return True
    return False


def _crash(verb: Token, type_: str) -> bool:
    """A driver who struck or hit a vehicle, a rail or a tree crashed, attacking no one; a
    subject that bears arms attacked the vehicle it struck ("Saudi jets struck a school bus"),
    but not the ground, the sea or a mountain it hit (``TERRAIN``, the object itself): a crash
    still."""
    if type_ != "strike" or not verb.lower_.startswith(("str", "hit")):
        return False
    if any(c.lower_ in TERRAIN for c in children(verb, "dobj")):
        return True  # the thing hit itself, not "a convoy near the sea"
    hit = {t.lower_ for c in children(verb, "dobj") for t in c.subtree}
    return bool(hit & COLLISIONS) and not _armed(verb)


def _hazard(token: Token) -> bool:
    """A natural hazard, or what describes one ("an earthquake with reported magnitude 6.3
    that struck": the relative clause hangs from "magnitude")."""
    if any(t.lower_ in HAZARDS for t in token.subtree if t.dep_ in ("compound", "pobj")):
        return True  # "a magnitude 6.3 earthquake" (read as two subjects), "the eye of a storm"
    while True:
        if token.lower_ in HAZARDS:
            return True
        if token.dep_ not in ("pobj", "prep") or token.head.i == token.i:
            return False
        token = token.head


def _passive_as_complement(verb: Token) -> bool:
    """A passive the parser read as "was" with a complement ("He was nominated to the
    Supreme Court in 1975 by President Gerald Ford": "nominated" an ``acomp`` of "was"):
    the subject of "was" is acted on."""
    return (
        verb.dep_ == "acomp"
        and verb.tag_ == "VBN"
        and verb.head.lower_ in BE
        and any(c.dep_ == "nsubj" for c in verb.head.children)
    )


BE = frozenset("was were is are been be being".split())


def _absolute_participle(verb: Token) -> bool:
    """A past participle heading a clause opened by "with" and no auxiliary ("…, with Hamas
    bases struck near Rafah", "with rebel positions shelled"): the parser reads it as a past
    tense (or a "with" clause's verb) with a subject, but what that names is acted on, as in
    "the bases were struck"."""
    return (
        verb.tag_ in ("VBN", "VBD")
        and (
            any(c.dep_ == "mark" and c.lower_ == "with" for c in verb.children)
            or (verb.dep_ == "pcomp" and verb.head.lower_ == "with")
        )
        and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children)
    )


def _subject_misread(verb: Token) -> Token | None:
    """The subject the parser hung on the clause's conjunction ("after Theresa May stepped
    down": "May" read as the object of "after"), or on the "co" the tokenizer split from
    "co-founded" ("Mugabe co-founded ZANU …, but was arrested in 1963": "Mugabe" read as a
    compound of "co")."""
    for mark in children(verb, "mark"):
        for o in children(mark, "pobj"):
            if o.pos_ == "PROPN" and o.ent_type_:
                return o
    aux = next((c for c in children(verb, "aux", "auxpass") if c.i < verb.i), None)
    if aux is not None and not any(children(verb, "nsubj", "nsubjpass")):
        hung = next(children(aux, "nsubj", "nsubjpass"), None)
        if hung is not None:
            return hung  # "Mukherjee was re-elected": the name hung on "was" by the split "re-"
        # "… governor of Puerto Rico and Pedro Pierluisi was sworn in", "On Friday in
        # Pakistan, Mohammed Waseem, brother of …, was sentenced": a name before the verb's
        # own "was", read as a conjunct of the place
        stranded = [
            t
            for t in verb.doc[verb.sent.start : aux.i]
            if t.dep_ == "conj"
            and t.pos_ == "PROPN"
            and t.ent_type_ in ("PERSON", "")
            and t.head.ent_type_ in ("GPE", "LOC")
        ]
        if stranded:
            return stranded[-1]
    token = verb
    for _ in range(4):
        if token.lower_ == "co" and token.i + 1 < len(token.doc) and token.nbor().text == "-":
            return next((c for c in children(token, "compound", "nsubj") if c.pos_ == "PROPN"),
                        None)  # fmt: skip
        if token.dep_ not in ("conj", "advcl", "ccomp") or token.head is token:
            break
        token = token.head
    return None


def _body_of_place(who: Token) -> Token | None:
    """The body a state's name after a comma says where it is, read by the parser as the
    subject ("the Parliament of New South Wales (NSW), Australia voted": the parliament
    voted); None when no body's name comes just before."""
    doc = who.doc
    if who.ent_type_ != "GPE" or who.ent_iob_ != "B" or who.i < 2 or doc[who.i - 1].text != ",":
        return None
    last = who.i - 2
    if doc[last].text == ")":  # its acronym in brackets between: "(NSW)"
        opening = next((t.i for t in reversed(doc[max(0, last - 4) : last]) if t.text == "("), None)
        if opening is None:
            return None
        last = opening - 1
    body = next((e for e in doc.ents if e.end == last + 1 and e.label_ == "ORG"), None)
    if body is None or body.root.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj"):
        return None
    return body.root


MAKING = forms("force", "compel", "allow", "help", "prompt", "cause", "oblige", "enable")
"""Verbs whose object does what their infinitive says ("protests forced Bouteflika to resign
in April": he resigned)."""


def _made_to(verb: Token) -> Token | None:
    """The one made or let to do the infinitive: the object of ``MAKING`` ("Protests erupted
    in Algeria in February, forcing Abdelaziz Bouteflika to resign in April")."""
    if verb.dep_ != "xcomp" or verb.head.lower_ not in MAKING:
        return None
    if _negated_or_hypothetical(verb.head):
        return None
    return next(children(verb.head, "dobj"), None)


EXPLOSIVES = MUNITIONS | frozenset(
    "bomb bombs explosive explosives device devices ied ieds barrel barrels".split()
)
"""Munitions a delivery verb brings to a target (besides what is fired): a bomb, an explosive
device ("an improvised explosive device was planted on the road")."""
DELIVERED_AT = ("on", "upon", "onto", "at", "into", "near", "under", "outside", "in")
"""Prepositions naming where a delivered bomb struck: the target, or the place of one."""


def _delivered(verb: Token) -> list[Token]:
    """The bombs a verb of ``DELIVER`` brings, when it brings them somewhere: "warplanes dropped
    two bombs on a stronghold", "a car bomb was rammed into a military base", "a bomb was
    planted near the embassy"; not "dropped the charges", "planted trees", "dropped bombs" with
    no target named (a figure or a count: "the plan dropped a bombshell")."""
    bombs = [
        c
        for c in children(verb, "dobj", "nsubjpass")
        if c.lower_ in EXPLOSIVES
        and (
            c.lower_ not in ("device", "devices", "barrel", "barrels")
            or any(
                m.lower_ in ("explosive", "bomb")
                for m in c.children
                if m.dep_ in ("amod", "compound")
            )
        )
    ]
    if not bombs:
        return []
    targets = [
        o
        for t in (verb, *bombs)
        for o in preposition_objects(t, *DELIVERED_AT)
        if o.ent_type_ not in ("DATE", "TIME")
    ]
    return bombs if targets else []


DEFUSE = forms("defuse", "disarm", "deactivate", "dismantle")
"""Verbs of making a bomb safe: a bomb "planted near the market, but police defused it" struck
nothing."""
GO_OFF = forms("explode", "detonate")
FAIL = forms("fail")
"""A bomb that "failed to explode" or "did not explode" struck nothing either."""


def _defused(verb: Token) -> bool:
    """A delivered bomb its own sentence tells made safe ("militants planted a bomb near the
    market, but police defused it") or that did not go off ("failed to explode", "did not
    explode"): a plot, no strike."""
    for t in verb.sent:
        if t.pos_ == "VERB" and t.lower_ in DEFUSE:
            return True
        if t.lower_ in GO_OFF and (
            any(c.dep_ == "neg" for c in t.children)
            or (t.head.lower_ in FAIL and t.dep_ == "xcomp")
        ):
            return True
    return False


UNSAID = frozenset(
    "comment comments details detail information name names specifics questions question "
    "interview interviews reason reasons figures".split()
)
"""What one declines to say, no act refused ("declined to give details")."""
SPEAKING = forms(
    "comment", "say", "elaborate", "discuss", "answer", "speak", "specify", "confirm", "respond",
    "talk", "identify", "disclose", "reveal", "testify", "explain",
)  # fmt: skip
"""Verbs of saying: "declined to comment", "refused to confirm" refuse words, not an act."""


def _refused_act(verb: Token) -> Token | None:
    """The act a verb of refusing refuses: its "to" verb, when that acts on something named
    (an object, or a particle: "refused to hand over the documents") and is no saying
    ("declined to comment", "declined to give details"); not "did not refuse", nor a refusal
    told as the backdrop or reason of another act ("Refusing to give up power, Mugabe agreed
    to power-sharing", "held in contempt for refusing to turn over documents"), nor a standing
    refusal in the present ("Iran refuses to recognise Israel's right to exist": a stance)."""
    if verb.tag_ in ("VBG", "VBZ", "VBP"):
        return None
    act = next((c for c in children(verb, "xcomp") if c.pos_ == "VERB" and infinitive(c)), None)
    if act is None or act.lower_ in SPEAKING:
        return None
    objects = list(children(act, "dobj"))
    if any(o.lower_ in UNSAID for o in objects):
        return None
    return act if objects else None


BLASTS = frozenset("blast blasts explosion explosions bombs bomb".split())
"""What goes off and kills: a bomb, or a blast or explosion (which may be an accident's: such a
toll joins an attack told, never makes one, see ``_fold_tolls``)."""
DETONATE = forms("detonate", "explode")
"""Verbs of a bomb going off ("a car bomb detonated near the hotel, killing 30")."""


def _toll_of(verb: Token) -> Token | None:
    """The attack noun whose dead a verb of dying counts: "nine people were killed in the
    bombing", "died during the assault", "the bombing killed seven CIA employees"; not "killed
    in a crash" nor "in the strike" of workers (a stoppage), nor a noun ("deaths in the
    attack": the verb tells the occurrence). A munition's toll too: the bomb or blast that
    killed ("the blast killed 25", "were killed in the explosion") and a bomb's going off told
    before a participle ("a car bomb detonated near a hotel, killing 30": the verb)."""
    if verb.pos_ != "VERB":
        return None
    told = (*preposition_objects(verb, "in", "during"), *children(verb, "nsubj"))
    attack = next(
        (
            o
            for o in told
            if (EVENT_NOUNS.get(o.lower_) in ATTACKS and not _stoppage(o))
            or (o.lower_ in FIGHT_NOUNS and o.pos_ == "NOUN" and _armed_fight(o))
        ),
        None,
    )  # (a fight's dead too: "were killed by Indian forces during a gun battle")
    if attack is not None:
        return attack
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(children(verb, "nsubj")):
        head = verb.head  # "Three car bombs were detonated in Baghdad, killing 30 people"
        root = verb.sent.root
        if (
            root.i < verb.i
            and root.pos_ == "VERB"
            and EVENT_VERBS.get(root.lower_) in ATTACKS
            and head.i > root.i
        ):
            head = root  # "A suicide bomber attacked worshipers inside a mosque as the main
            # prayer ended …, killing more than 40": the parser hangs it on the last verb
        if (
            (
                head.lower_ in DETONATE and (head.lower_ not in EXPLODE or _bomb_went_off(head))
            )  # (not "a gas cylinder exploded …, killing four")
            or (
                head.lower_ in GO_OFF_VERBS
                and any(c.lower_ in EXPLOSIVES for c in children(head, "nsubj", "nsubjpass"))
            )
            or (
                head.pos_ == "VERB"
                and EVENT_VERBS.get(head.lower_) in ATTACKS
                and not any(_hazard(c) for c in children(head, "nsubj"))
            )  # (not "Typhoon Hagibis hit Japan, killing 10")
            or (
                head.lower_ in BLOW
                and any(c.dep_ == "prt" and c.lower_ == "up" for c in head.children)
                and _bomb_went_off(head)
            )
        ):  # "a suicide bomber blew himself up in a mosque, killing 25"
            return head  # "fighters attacked a village, killing eight farmers": its toll
    return next((o for o in told if o.lower_ in BLASTS and o.pos_ == "NOUN"), None)


BLOW = forms("blow")
EXPLODE = forms("explode")
BOMB_WORDS = frozenset(
    "bomb bombs bomber bombers explosive explosives device devices ied ieds".split()
)
"""Words telling that what exploded or blew up was a bomb ("a car bomb", "a suicide bomber",
"a vehicle packed with explosives", "a bomb-laden truck")."""


def _bomb_went_off(verb: Token) -> bool:
    """An intransitive "exploded" or "blew up" is a bombing only when what went off is told
    as a bomb ("a car bomb exploded near the station, killing eight", "a truck packed with
    explosives blew up"), not an accident's ("a gas cylinder exploded at a restaurant,
    killing four", "a fuel tanker exploded", "a fuel truck blew up"). Someone exploding or
    blowing up something ("blew himself up", "militants blew up the bridge") is an act."""
    if any(children(verb, "dobj")):
        return True
    subjects = list(children(verb, "nsubj", "nsubjpass"))
    while not subjects and verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head  # "a gas tanker overturned and exploded": the first verb's subject
        subjects = list(children(verb, "nsubj", "nsubjpass"))
    return not subjects or any(w.lower_ in BOMB_WORDS for s in subjects for w in s.subtree)


GO_OFF_VERBS = forms("detonate", "explode", "go", "hit", "strike", "rip", "tear")
"""Verbs of a bomb's going off or landing ("a bomb went off in the market, killing five",
"a bomb tore through the bus, killing 12")."""


def _storms(verb: Token) -> bool:
    """ "Gunmen stormed the hotel", "the hotel was stormed by militants": an armed party took a
    place by force (``_armed``, or an armed party after "by"); what it stormed is named."""
    if not any(children(verb, "dobj", "nsubjpass")):
        return False
    return _armed(verb) or any(
        o.lower_ in ARMS_BEARERS
        for o in (
            *preposition_objects(verb, "by"),
            *(o for w in children(verb, "nsubj") for o in preposition_objects(w, "of")),
        )
    )  # "an unknown number of gunmen stormed the Radisson Blu"


GROUND = frozenset(
    "village villages town towns city cities territory territories area areas region regions "
    "district districts province provinces highway highways road roads bridge bridges airport "
    "airports airbase base bases dam dams port ports hill hills outpost outposts checkpoint "
    "checkpoints oilfield oilfields".split()
)
"""Ground an armed party takes ("occupied 13 Georgian villages", "took the east-west
highway"): with a place the NER names, what makes taking or occupying an act of war."""


def _occupies(verb: Token) -> bool:
    """ "Russian troops occupied 13 Georgian villages", "Kurdish forces retook Batmaiya": an
    armed party (``_armed``: troops, forces, rebels, not a state named alone) took ground, a
    place the NER names or a word of ``GROUND``, or control of one; not "occupied a post",
    "took part", "took up positions", nor a state's standing occupation ("the territory
    occupied by Israel", CAMEO's occupy left out for it)."""
    if (
        not (_armed(verb) or _taken_from(verb))
        or any(c.dep_ == "prt" for c in verb.children)
        or _standing(verb)
    ):
        return False
    for taken in children(verb, "dobj"):
        if taken.lower_ in ROUTES and _leads(verb, taken):
            continue  # "took the road to Kabul airport": a way travelled (review42)
        # "took control of the town", "imposed control over another town": the place is
        # control's
        places = (
            [*preposition_objects(taken, "of", "over"), *preposition_objects(verb, "over", "of")]
            if taken.lower_ == "control"
            else [taken]
        )  # ("took control of a strategic town": "of" hung on the verb by the parser)
        if any(p.ent_type_ in ("GPE", "LOC", "FAC") or p.lower_ in GROUND for p in places):
            return True
    return False


def _taken_from(verb: Token) -> bool:
    """Ground taken from someone named ("Hamas took the Gaza Strip from Abbas in 2007",
    "seized the town from the rebels"): whoever takes a place from its holder seizes it, armed
    words or not; the place is still ``_occupies``'s test ("took the book from the shelf" takes
    no ground)."""
    return any(
        o.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or o.lower_ in ARMS_BEARERS
        for o in preposition_objects(verb, "from")
    )


ROUTES = frozenset("road roads highway highways".split())
"""Ground that is also a way to travel: "took the road to Mosul" goes somewhere."""
WHITHER = frozenset("to toward towards back home".split())
DURATIONS = frozenset("years decades months weeks".split())


def _leads(verb: Token, road: Token) -> bool:
    """'US troops took the road to Kabul airport', 'took the road back to their base': a road
    taken with where it leads (on the road or the verb: "to", "towards", "back", "home") is a
    way travelled, not ground seized; "took the east-west highway" stays an attack."""
    return any(
        c.lower_ in WHITHER and c.dep_ in ("prep", "advmod")
        for t in (verb, road)
        for c in t.children
    )


def _standing(verb: Token) -> bool:
    """'Israeli forces have occupied the West Bank since 1967', 'occupied the Sinai for 15
    years', 'Russian troops occupy Crimea': an occupation that lasts (a "since" or a span of
    years on the verb, or "occupy" in the present), no act of war on a day (review42)."""
    if verb.lower_ in ("occupy", "occupies") and verb.tag_ in ("VBP", "VBZ"):
        return True
    return any(p.lower_ == "since" for p in children(verb, "prep")) or any(
        o.lower_ in DURATIONS for o in preposition_objects(verb, "for")
    )


def _advances_on(verb: Token) -> bool:
    """ "Government troops and militia advanced on Syria's largest dam", "troops pushed into
    the town": an armed party (``_armed``) moving on ground (``GROUND``, or a place the NER
    names) attacks it; not "advanced to the final", "pushed into the heart of the debate", nor
    a crowd marching on parliament (no arms)."""
    if not _armed(verb):
        return False
    return any(
        p.ent_type_ in ("GPE", "LOC", "FAC")
        or p.lower_ in GROUND
        or any(c.lower_ in GROUND for c in children(p, "compound"))
        for p in preposition_objects(verb, "on", "into", "towards", "toward")
    )


def _munitions(verb: Token) -> bool:
    """ "North Korea launched two missiles on Thursday"; not "launched a campaign"."""
    return any(c.lower_ in MUNITIONS for c in children(verb, "dobj", "nsubjpass"))


ATTACKS = frozenset({"strike", "assault"})
"""Types of an armed act whose actor a report often leaves out ("airstrikes hit the village",
"an assault in Ghazni in August 2018", "the convoy was ambushed"): an attack, not a killing
(who killed "two Americans" with "a roadside bomb" is seldom the force the article named)."""


def _wrecked(word: Token) -> bool:
    """Whether a word names a vehicle or a building in an accident: its head noun or a
    compound of it ("a Boeing 707 cargo plane", "a five-storey block of flats"), with no
    figure's word beside it ("the stock market"). A compound counts under a name only ("the
    Hotel Arpit Palace"): under a common noun it is what that noun deals in ("the bus company
    collapsed into administration", review20)."""
    words = [word, *children(word, "compound")]
    if any(w.lower_ in FIGURATIVE_CRASHERS for w in words):
        return False
    if word.pos_ != "PROPN":
        words = [word]
    return any(w.lower_ in WRECKED_VEHICLES or w.lower_ in STRUCTURES for w in words)


def _accident(verb: Token) -> bool:
    """ "An Iranian cargo plane crashed into houses", "the bus overturned", "a block of flats
    collapsed", "the ferry sank", "the hotel caught fire": an accident (events59); not "the
    market crashed", "talks collapsed", "sank a putt", nor what is to happen ("could
    collapse")."""
    if infinitive(verb) or any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children):
        return False
    subjects = [*children(verb, "nsubj", "nsubjpass")]
    if verb.lower_ in CATCH:
        caught = any(c.dep_ == "dobj" and c.lower_ == "fire" for c in verb.children)
        return caught and any(_wrecked(s) for s in subjects)
    if verb.lower_.startswith("collaps"):
        return any(_wrecked(s) and s.lower_ not in WRECKED_VEHICLES for s in subjects)
        # a building collapses, a vehicle crashes: "the coach collapsed on the touchline" is
        # a man taken ill (review20)
    return any(_wrecked(s) for s in subjects)


def _wrecked_where(doc: Doc, verb: Token, frame: EventFrame) -> EventFrame:
    """Who an accident involves: its operator ("A bus operated by Viazul crashed") and the
    states the clause names ("a propeller plane in Nevada, United States crashed", "An Iranian
    cargo plane crashed"). A vehicle or building is no actor, so without these the accident
    has no participant and would be dropped (events59)."""
    clause = [t for t in verb.subtree if t.i == verb.i or not _clause_of_its_own(t, verb)]
    inside = {t.i for t in clause}
    found = [
        subtree_role(doc, t, [])
        for t in clause
        if t.dep_ == "pobj" and t.head.lower_ == "by" and t.head.head.dep_ == "acl"
    ]  # "operated by Viazul", "run by the Cuban military"
    found += [
        role(doc, doc[e.start], doc[e.end - 1])
        for e in doc.ents
        if e.label_ in ("GPE", "NORP")
        and all(i in inside for i in range(e.start, e.end))
        and (e.label_ == "NORP" or state_name(e.text) is not None)
    ]
    return replace(frame, agents=(), patients=tuple(found)) if found else frame


def _clause_of_its_own(token: Token, verb: Token) -> bool:
    """Whether a token lies in a clause of its own under ``verb`` ("killing 15 people",
    "which is run by ..." stay; "when the rescuers arrived" goes)."""
    while token.i != verb.i:
        if token.dep_ in ("advcl", "ccomp", "conj", "parataxis"):
            return True
        token = token.head
    return False


def _wreck(noun: Token) -> bool:
    """ "the plane crash", "a bus crash", "the crash of the bus": an accident by its noun with
    a vehicle named; "a crash in share prices", "the crash of 1929" none (events59)."""
    if any(_wrecked(c) for c in children(noun, "compound", "amod")):
        return True
    return any(_wrecked(o) for o in preposition_objects(noun, "of"))


GIVERS_OF_MONEY = forms("give", "donate", "pledge", "contribute")
"""Verbs with which money given to someone is aid ("gave $67 million last year to Yemen");
"offered $5 billion for the company" is a bid, "granted" money a ruling's. Only to a state:
"gave $5 million to Liverpool for the striker" is a transfer fee."""


def _gift(thing: Token) -> bool:
    """Whether an object is aid: "aid", "assistance", "donations" ("$350 million in aid",
    "military assistance"), relief of a disaster ("tsunami relief"); not "first aid", "a
    hearing aid", "offered little relief" (events60)."""
    before = {c.lower_ for c in children(thing, "compound", "amod")}
    if thing.lower_ in AID_NOUNS:
        return not before & NOT_AID
    return thing.lower_ == "relief" and bool(before & RELIEF_KINDS)


def _relief(things: list[Token], aided: list[Token]) -> bool:
    """Help to people a firm serves that is relief all the same: the gift is humanitarian,
    emergency or disaster aid ("Japan sent humanitarian assistance to passengers of the
    quarantined ship"), or its receivers were hit by a hazard ("aid to passengers stranded
    by the floods"); not "assistance to advertisers hit by the bug" (review25)."""
    if not aided or any(a.lower_ in NOT_AIDED and a.lower_ not in CLIENTELE for a in aided):
        return False  # "assistance in the investigation", "to the airline": never aid
    kinds = {c.lower_ for t in things for c in children(t, "compound", "amod")}
    return bool(kinds & RELIEF_KINDS) or any(t.lower_ in HAZARDS for a in aided for t in a.subtree)


def _aids(verb: Token) -> bool:
    """ "The Bush administration has pledged $350 million in aid", "All three nations offered
    military assistance", "12,000 donors have donated over $1.2 million to the Red Cross",
    "The United States gave $67 million last year to Yemen": aid, CAMEO 07 (events60). Not
    help in a task ("offered assistance in the investigation", "to the police"), nor what
    may be given ("could send aid", "to provide assistance")."""
    if infinitive(verb) or any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children):
        return False
    things = [*children(verb, "dobj", "nsubjpass")]
    aided = [*preposition_objects(verb, "to", "in", "with", "for")]
    for thing in things:
        aided += preposition_objects(thing, "to", "in", "with", "for")
    if any(a.lower_ in NOT_AIDED for a in aided) and not _relief(things, aided):
        return False
    if verb.lower_ in DONATE:
        if any(t.lower_ in NOT_DONATED for t in things):  # "donated a kidney", "blood"
            return False
        return bool(things) or any(preposition_objects(verb, "to"))
    for thing in things:
        if _gift(thing) or any(_gift(o) for o in preposition_objects(thing, "in", "of")):
            return True
        if (
            thing.ent_type_ == "MONEY"
            and verb.lower_ in GIVERS_OF_MONEY
            and not any(preposition_objects(verb, "for"))  # "gave $5 million for the striker"
            and any(o.ent_type_ == "GPE" for o in preposition_objects(verb, "to"))
        ):
            return True
    return False
