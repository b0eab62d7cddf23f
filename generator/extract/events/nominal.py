"""``_nominal``: the frame of an event noun ("the arrest of", "talks with", "the election"),
who held, underwent or is accused of it, and the scene a bare noun sets."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...model import EventFrame
from ..parse import children, conjuncts, preposition_objects, subject, token_role
from ..vocabulary import (
    EVENT_NOUNS,
    EVENT_VERBS,
    FIGHT_NOUNS,
    LIFT,
    RESTRICTIONS,
    STRIKE_NOUNS,
    forms,
)
from .acts import _beyond_border, _fought_by, _on_strike
from .antecedents import _body_owner, _owner
from .clauses import _future, _negated_or_hypothetical
from .cues import WORK_STOPPED
from .force import ATTACKS
from .phrases import PERSONAL, VIOLENT, _frame
from .settings import SETTINGS
from .tokens import GOVERNMENTS
from .verbal import PATIENT_PREPOSITIONS, _unrealised

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

LIGHT_VERBS = frozenset(
    "hold held holds holding launch launched launches launching carry carried conduct "
    "conducted stage staged have had has make made impose imposed imposes "
    "order ordered call called attend attended sign signed signs signing issue issued "
    "file filed files filing bring brought authorize authorized authorizes authorise "
    "authorised authorises release released releases releasing post posted posts posting "
    "deliver delivered delivers delivering publish published publishes publishing "
    "issues issuing win wins won winning lose loses lost losing contest contested open opened "
    "opens opening unseal unsealed unseals press pressed presses lay laid lays "
    "begin began begun begins start started starts lead led leads leading join joined joins "
    "joining grant granted grants granting pay paid pays paying".split()
)
"""Verbs whose object names the event and whose subject acts it ("held talks with", "paid a
courtesy visit to the delegation")."""
ATTRIBUTED = frozenset("ascribed attributed blamed claimed".split())
"""Participles that name who did an event ("another attack ascribed to the Taliban")."""
PASSED_ON = frozenset("read relayed conveyed".split())
"""Participles of words passed on by another ("in a statement read by his lawyer"): who reads
them out is no speaker; the words are the clause's subject's, or the statement's owner's."""
OPENING = ("launch", "open", "start", "began", "begin", "announc")
"""Verbs whose object investigation was opened then ("the FBI opened an investigation")."""
NOT_YET = frozenset("planned proposed upcoming possible potential future expected".split())
"""Words before an event noun that say it has not happened ("a planned trip")."""


WARRANTS = frozenset({"warrant", "warrants"})
COUPS = frozenset({"coup", "coups", "putsch"})
GAIN = forms("gain", "win", "achieve", "attain", "obtain") | {"won"}
"""Verbs of a state getting its independence ("won independence from Portugal in 1974"); not
"regained its independence" (a restoration, no founding)."""


def _arrest_warrant(noun: Token) -> bool:
    """Whether a warrant is one for an arrest ("an arrest warrant for al-Bashir", "a warrant
    for the arrest of"), not a search warrant or "warrants" in finance."""
    return any(
        c.lower_ == "arrest" for c in noun.children if c.dep_ in ("compound", "nmod")
    ) or any(o.lower_ == "arrest" for o in preposition_objects(noun, "for"))


def _independence(noun: Token) -> bool:
    """Whether "independence" is a state's, got on a day: from another state ("since
    independence from Britain in 1965") or gained ("gained independence in 1980"); not
    independence as a quality ("judicial independence"), a name's word ("the Union for the
    Total Independence of Angola") or what an event verb already tells ("declared independence",
    "recognized Kosovo's independence": the declaration's, the recognition's)."""
    if noun.ent_type_ or noun.dep_ == "compound":
        return False
    if noun.dep_ == "dobj" and noun.head.lower_ in GAIN:
        return not _negated_or_hypothetical(noun.head)
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.lower_ in EVENT_VERBS:
        return False
    return any(preposition_objects(noun, "from"))


def _won_by(verb: Token) -> Token | None:
    """The state a clause is about, for independence won in a phrase of it with no subject
    of its own ("Guinea-Bissau is poor and has a history of coups since winning independence
    from Portugal in 1974": Guinea-Bissau's, not Portugal's, whose name the page would
    otherwise take): the subject one verb further up, when it is a name and no person's (the
    parser calls "Guinea-Bissau" an organisation)."""
    who = subject(verb, depth=4)
    if who is None or who.ent_type_ in ("PERSON", "DATE", "TIME"):
        return None
    return who if who.ent_type_ == "GPE" or who.pos_ == "PROPN" else None


REVIEWED = forms("uphold", "overturn", "quash", "appeal", "challenge", "reverse", "vacate")
"""Verbs of a higher court, or the convicted, reviewing a conviction or a sentence."""


def _nominal(
    doc: Doc, paragraph: int, noun: Token, type_: str, quotes: list[tuple[int, int, bool]]
) -> EventFrame | None:
    if noun.dep_ == "compound":
        return None  # "meeting room", "strike force"
    if noun.lower_ in WARRANTS and not _arrest_warrant(noun):
        return None  # "a search warrant"
    if noun.lower_ == "independence" and not _independence(noun):
        return None  # "judicial independence"
    if noun.lower_ in COUPS and (
        noun.dep_ == "npadvmod"
        or noun.head.pos_ == "ADJ"
        or (noun.dep_ == "pobj" and noun.head.lower_ == "in")
        or any(c.lower_ in EVENT_VERBS for c in children(noun, "relcl"))
    ):
        return None  # "the coup-prone nation": no coup told; "ousted in a coup", "seized
        # power in a coup", "the coup that toppled al-Bashir": the verb tells the act
    topic = noun.head if noun.dep_ == "appos" else noun
    if (
        topic.dep_ == "pobj"
        and topic.head.lower_ in ("on", "over", "about", "against")
        and (topic.head.head.lower_ in EVENT_NOUNS or topic.head.head.lower_ in EVENT_VERBS)
        and not (type_ in VIOLENT and topic.head.head.lower_ in ACCUSING)
    ):
        return None  # "a ruling on the prorogation": another day's event, named as a topic
    if any(c.lower_ in NOT_YET for c in noun.children if c.dep_ in ("amod", "compound")):
        return None  # "a planned trip", "the upcoming election"
    if _unrealised(noun):
        return None  # "plans for a U.S. attack on Iran", "the threat of an attack"
    if (
        type_ == "funeral"
        and noun.dep_ in ("nsubj", "nsubjpass", "dobj")
        and (
            _future(noun.head)
            or any(_negated_or_hypothetical(x) for x in children(noun.head, "xcomp"))
        )
    ):
        return None  # "his funeral will be held on Tuesday", "The funeral is to be held on
        # Monday": to come
    if type_ == "meeting" and any(_a_peak(o) for o in preposition_objects(noun, "of")):
        return None  # "the summit of the mountain", "the summit of Mount Everest": a top
    if noun.lower_ in CAPTURES and _captured_stuff(noun):
        return None  # "motion capture of Andy Serkis", "the capture of carbon dioxide": no
        # seizure (review19)
    if type_ == "illness" and not _undergone(noun):
        return None  # "the GP surgery", "held a surgery for constituents": no operation
    lifted = noun.dep_ in ("dobj", "nsubjpass") and noun.head.lower_ in LIFT
    if lifted and (type_ == "sanctions" or noun.lower_ in RESTRICTIONS):
        return None  # "eased sanctions on Sudan": the easing's, imposed another day; not
        # "ended the talks", which happened
    if (
        type_ == "sentencing"
        and noun.dep_ in ("dobj", "nsubjpass")
        and noun.head.lower_ in REVIEWED
    ):
        return None  # "the Supreme Court upheld the conviction of Lula", "he appealed his
        # sentence": a conviction of another day, reviewed now (the court's step is a ruling)
    owners = [
        c
        for c in noun.children
        if (c.dep_ in ("poss", "compound") and c.ent_type_)
        or (c.dep_ == "amod" and c.ent_type_ == "NORP")  # "Iraqi protests": Iraq's
        or (c.dep_ == "nmod" and c.ent_type_ in ("GPE", "NORP"))  # "the 2000 US election"
    ]
    owners.extend(_owner(c) for c in children(noun, "poss") if c.lower_ in ("his", "her"))
    owners.extend(
        c
        for c in children(noun, "poss")
        if c.lower_ in GOVERNMENTS
        and any(
            a.dep_ in ("amod", "compound") and a.ent_type_ in ("NORP", "GPE") for a in c.children
        )
    )  # "at the Iraqi government's request": Iraq's
    owners.extend(
        body for c in children(noun, "poss") if (body := _body_owner(c)) is not None
    )  # "Ford started its investigation": Ford's
    if type_ == "investigation" and not (
        (owners and any(preposition_objects(noun, "of", "into")))
        or (noun.dep_ == "dobj" and noun.head.lower_.startswith(OPENING))
    ):
        return None  # "the investigation into Burisma" is a topic; "the NCA's investigation
        # of Matthew Falder", "the FBI opened an investigation" are investigations
    patients = list(preposition_objects(noun, *PATIENT_PREPOSITIONS))
    if noun.lower_ in WARRANTS:  # "an arrest warrant for al-Bashir": his
        patients.extend(preposition_objects(noun, "for", "against"))
        if noun.dep_ == "dobj":  # "issued two arrest warrants in 2009 for al-Bashir"
            patients.extend(preposition_objects(noun.head, "for", "against"))
        if noun.dep_ == "dobj" and noun.head.lower_ in forms("face"):
            patients.extend(w for w in [subject(noun.head, depth=1)] if w is not None)
            # "Bashir faces an ICC arrest warrant": issued for him (not "faces impeachment")
    if type_ == "funeral":  # "the funeral procession for Soleimani": his
        patients.extend(preposition_objects(noun, "for"))
    if type_ in PERSONAL and not any(preposition_objects(noun, "of")):
        agents, patients = [], [*owners, *patients]  # "Widodo's inauguration" is his own
    else:
        agents = owners  # "Trump's dismissal of Bolton", "Germany's ban on Mahan Air"
    if noun.lower_ in DONE_BY_OF or (type_ == "protest" and noun.lower_ in STRIKE_NOUNS):
        # "the rampage of the gunman": his (review19); "a strike of dock workers" (review20)
        doing = list(preposition_objects(noun, "of"))
        agents.extend(doing)
        patients = [p for p in patients if p not in doing]
    if type_ == "request":  # "at the request of Prime Minister Boris Johnson": his
        asking = list(preposition_objects(noun, "of"))
        agents.extend(asking)
        patients = [p for p in patients if p not in asking]
    agents.extend(preposition_objects(noun, "by"))
    for made in children(noun, "acl"):  # "a phone call made by Trump to Zelensky"
        if made.lower_ in ATTRIBUTED:  # "another attack ascribed to the Taliban"
            agents.extend(preposition_objects(made, "by", "to", "on"))
            continue
        if type_ == "statement" and made.lower_ in PASSED_ON:
            continue  # "denied the charges in a statement read by his lawyer": not his
        agents.extend(preposition_objects(made, "by"))
        patients.extend(preposition_objects(made, "to", "with"))
    if type_ in VIOLENT and not agents:
        agents.extend(_accused(noun))  # "Tarrant was charged over the March 15 attack"
    head = noun.head
    if (
        type_ in UNDERGONE_NOUNS
        and noun.dep_ == "dobj"
        and head.lower_ in UNDERGO
        and not _negated_or_hypothetical(head)
    ):  # "Carrie Lam's government has faced protests that began in June": hers
        patients.extend(children(head, "nsubj"))
    if (
        type_ in UNDERGONE_NOUNS
        and noun.dep_ == "pobj"
        and head.lower_ == "by"
        and head.head.lower_ in SHAKEN
        and not _negated_or_hypothetical(head.head)
    ):  # "Hong Kong has been rocked by protests since June": Hong Kong's
        patients.extend(children(head.head, "nsubjpass"))
    if (
        noun.dep_ in ("dobj", "nsubjpass")
        and (
            head.lower_ in LIGHT_VERBS
            or (type_ == "sanctions" and head.lower_.startswith("announc"))
        )  # "the US announced new sanctions on Iran": the US's
        and (
            type_ in ("election", "meeting")
            or (type_ == "protest" and noun.lower_ in STRIKE_NOUNS)
            or not head.lower_.startswith("call")
        )  # "the union called a strike": its strike
    ):  # "called an election"; "called the stabbing an act of barbarity" judges it
        if _negated_or_hypothetical(head) or any(
            c.dep_ == "prt" and c.lower_ == "off" for c in head.children
        ):  # "the union called off the strike": it did not happen (review20)
            return None
        who = subject(head, depth=3 if head.dep_ == "pcomp" else 2)
        # ("After winning the 2016 election, Trump …": through the preposition)
        if who is not None and noun.dep_ == "dobj":
            agents.append(who)
        elif noun.dep_ == "nsubjpass" and head.lower_ in HOSTED:
            # "the summit was attended by heads of state from Bolivia, Brazil …": theirs
            agents.extend(_hosts(head))
        patients.extend(preposition_objects(head, *PATIENT_PREPOSITIONS))
    elif not agents and not patients and type_ != "statement":
        agents, patients = _scene(noun)  # (what a statement's clause does is its topic)
    if type_ == "strike" and noun.lower_ in FIGHT_NOUNS:
        beyond = _beyond_border(noun)  # "near the border with Somalia": no side
        patients = [p for p in patients if p.idx not in beyond]
        if not any(t.ent_type_ not in ("DATE", "TIME") for t in (*agents, *patients)):
            # "killed 626 troops after heavy fighting", "during a 12-hour gun battle": theirs
            fought, suffered = _fought_by(noun)
            agents.extend(fought)
            patients.extend(suffered)
    if not agents and (staged := _measured(noun)) is not None:
        agents.append(staged)  # "the BNP have staged weeks of protests": the BNP's
    if type_ == "meeting" and not agents:
        joining, invited = _joined(noun)  # "the HNC decided to participate in the talks"
        agents.extend(joining)
        patients.extend(invited)
    if type_ == "protest" and not agents and _on_strike(noun):
        agents.extend(w for w in [subject(noun.head.head, depth=2)] if w is not None)
        # "Thousands of nurses went on strike": theirs
    elif type_ == "protest" and not agents and noun.lower_ in WORK_STOPPED and noun.dep_ == "dobj":
        if _negated_or_hypothetical(noun.head):
            return None
        agents.extend(w for w in [subject(noun.head, depth=2)] if w is not None)
        # "Unite members took strike action on Monday": theirs
    if noun.lower_ == "independence" and noun.dep_ == "dobj" and noun.head.lower_ in GAIN:
        agents.extend(w for w in [subject(noun.head, depth=3) or _won_by(noun.head)] if w)
        # "Zimbabwe gained independence in 1980": Zimbabwe's
    if (
        noun.lower_ in COUPS
        and not agents
        and noun.dep_ == "pobj"
        and noun.head.head.lower_ == "part"
        and (who := subject(noun.head.head.head, depth=2)) is not None
    ):
        agents.append(who)  # "Bio was part of two coups", "took part in the 1992 coup": his
    if type_ == "visit" and not agents and (visitor := _visitor(noun)) is not None:
        agents.append(visitor)  # "on a visit to Chile, Haddad urged": his visit
    frame = _frame(doc, paragraph, noun, type_, agents, patients, quotes, extra=head)
    if frame is None and type_ == "election" and _held(noun) and not _voted_in(noun):
        # "after recent presidential elections in the country", "last week's election": an
        # election already held that names no one; its state is found later
        return EventFrame(paragraph, type_, token_role(doc, noun), (), (), ())
    if frame is None and type_ in ATTACKS and _dated_attack(noun):
        # "the deadliest since an assault in Ghazni in August 2018": an attack that names no
        # one, told with its date; its attacker may be the article's (``propose_events``)
        return EventFrame(paragraph, type_, token_role(doc, noun), (), (), ())
    return frame


def _dated_attack(noun: Token) -> bool:
    """Whether an attack noun carries its own date ("an assault in Ghazni in August 2018",
    "Monday's attack", "the March 15 attacks"), not one its clause gives: an occurrence told,
    not attacks in general ("the frequency of attacks")."""
    return any(
        t.ent_type_ == "DATE" and t.i != noun.i and not _negated_or_hypothetical(noun.head)
        for c in noun.children
        if c.dep_ in ("prep", "poss", "compound", "nmod", "npadvmod", "amod")
        for t in c.subtree
    )


CAPTURES = frozenset({"capture", "captures"})
CAPTURED_STUFF = frozenset(
    "carbon dioxide co2 emissions methane gas gases heat light energy data image images "
    "video sound moisture water rainfall".split()
)
"""What a "capture" takes that is no one's seizure ("the capture of carbon dioxide by forests",
"the capture of data"; review19)."""
DONE_BY_OF = frozenset("rampage rampages capitulation disengagement".split())
"""Nouns of an intransitive verb, whose "of" is who did it ("the rampage of the gunman", "the
capitulation of the garrison"), not whom it was done to (review19)."""


def _captured_stuff(noun: Token) -> bool:
    """Whether a "capture" is of a substance, data or an image: a compound before it that
    names no one ("motion capture", "carbon capture", "screen capture") or such a thing after
    its "of" (``CAPTURED_STUFF``)."""
    if any(c.dep_ == "compound" and not c.ent_type_ for c in noun.children):
        return True
    return any(o.lower_ in CAPTURED_STUFF for o in preposition_objects(noun, "of"))


HOSTED = frozenset(
    "attend attended attends hold held holds stage staged stages conduct conducted conducts "
    "carry carried carries launch launched launches".split()
)
"""Light verbs of an occasion whose passive names who held or attended it ("the summit was
attended by ..."); not of a document ("the subpoena was issued by ..."), whose issuer the
act's own proposal already names."""
MEANS = frozenset(
    "link links telephone phone telephones videoconference teleconference video satellite "
    "ballot ballots order decree proxy acclamation show mail post internet radio tweet".split()
)
"""The head noun of how an occasion was held, not who held it ("held by video link", "by
secret ballot", "by order of the court", "by a show of hands"; review19)."""


def _hosts(head: Token) -> list[Token]:
    """Who held or attended an occasion, from its light verb's passive "by": not the means
    ("held by video link", "by secret ballot") nor a broadcaster ("the summit was carried live
    by CNN": only "carried out by" holds it)."""
    if head.lower_.startswith("carr") and not any(
        c.dep_ == "prt" and c.lower_ == "out" for c in head.children
    ):
        return []
    return [o for o in preposition_objects(head, "by") if o.lower_ not in MEANS]


PEAKS = frozenset("mountain mountains mount hill hills peak volcano ridge range".split())


def _a_peak(thing: Token) -> bool:
    """A mountain or a landmark, whose summit is its top, not a gathering."""
    return (
        thing.lower_ in PEAKS
        or thing.ent_type_ in ("LOC", "FAC")
        or any(c.lower_ in PEAKS for c in thing.children if c.dep_ == "compound")
    )


HELD = frozenset("recent last past previous contested disputed rigged fraudulent flawed".split())
"""Words before an election that say it was held ("the disputed December elections")."""


VOTE_VERBS = frozenset(
    "win wins won winning lose loses lost losing defeat defeats defeated defeating beat beats "
    "beaten beating elect elects elected re-elected vote votes voted voting contest contested "
    "contesting run runs ran running stand stands stood standing".split()
)
"""Verbs whose own frame is the election a noun under them names ("won a landslide
victory in the 2014 election", "was defeated in the 2010 election")."""


def _voted_in(noun: Token) -> bool:
    """The election is told by a verb above it, which is the event already."""
    return any(
        a.lower_ in VOTE_VERBS or EVENT_VERBS.get(a.lower_) == "election" for a in noun.ancestors
    )


def _held(noun: Token) -> bool:
    """An election told of as held: a word of ``HELD`` before it, in its own phrase or in a
    possessive ("last week's election"), or a year ("the 2016 presidential election"; one to
    come is dropped by its year); not "the election", "fresh elections", "Sunday's election"
    (any of which may be to come)."""
    for c in noun.children:
        if c.i > noun.i:
            continue
        if c.dep_ in ("amod", "compound", "nmod") and c.lower_ in HELD:
            return True
        if c.dep_ == "poss" and any(t.lower_ in HELD for t in c.subtree):
            return True
        if c.dep_ in ("nummod", "compound", "nmod", "amod") and re.fullmatch(
            r"(?:19|20)\d\d", c.text
        ):
            return True
    return False


UNDERGOING = ("had", "has", "have", "having", "undergo", "underwent", "need", "require")
"""Beginnings of verbs whose object an operation is someone's ("had surgery in 2016")."""
TIMED_BY = frozenset("after following before from since during".split())


def _undergone(noun: Token) -> bool:
    """ "Had surgery in 2016", "had undergone surgery", "prior to his surgery", "recovering
    from surgery": an operation someone undergoes; not a British "GP surgery" (a doctor's
    practice) nor an MP's "surgery for constituents" (hours to meet them)."""
    if any(c.dep_ == "poss" for c in noun.children):
        return True
    if noun.dep_ in ("dobj", "nsubjpass"):
        return noun.head.lower_.startswith(UNDERGOING)
    prep = noun.head
    return noun.dep_ == "pobj" and (
        prep.lower_ in TIMED_BY or (prep.lower_ == "to" and prep.head.lower_ == "prior")
    )


def _visitor(noun: Token) -> Token | None:
    """The subject of the clause a visit opens as its setting ("Last month, on a
    visit to Chile, Haddad stepped up his campaign", "During a visit to Paris, she met
    Hollande"); None when the visit follows its subject ("The rules apply to people on a
    visit to Hong Kong": whoever visits, not the rules)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("on", "during") or prep.head.pos_ != "VERB":
        return None
    who = subject(prep.head, depth=1)
    return who if who is not None and who.i > noun.i else None


UNDERGO = forms("face", "witness", "see")
"""Verbs whose subject an event they take for object happens to ("Iraq has seen protests
since October 1", "Lam faced protests")."""
SHAKEN = forms("rock", "grip", "shake", "roil", "engulf", "paralyse", "paralyze", "sweep")
"""Verbs whose passive subject protests or attacks happen to ("rocked by protests")."""
UNDERGONE_NOUNS = frozenset({"protest", "strike", "assault"})
"""Types of event a place, a state or a person faces or sees and that have happened when
faced (not "Iran faces sanctions", "Trump faces impeachment": threatened)."""
ACCUSING = forms("accuse", "charge", "suspect", "convict", "indict", "arrest", "prosecute")
"""Verbs whose one acted on is laid an attack or a killing "of", "over" or "for" at."""
COUNTS = frozenset("count counts charge charges".split())
"""What one is charged with "of" a crime."""
CULPRITS = frozenset(
    "suspect suspects perpetrator perpetrators gunman gunmen attacker attackers assailant "
    "assailants bomber bombers killer killers mastermind shooter".split()
)
"""Nouns for who did an attack "in" or "behind" it ("the suspect in the attack")."""


def _accused(noun: Token) -> list[Token]:
    """Who an attack or a killing is laid at: the one charged over it or accused of it
    ("Brenton Tarrant was charged over the March 15 attack", "police arrested Tarrant in
    connection with the attack") or its named suspect
    ("Tarrant, the suspect in the attack"); not who charged or accused."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return []
    if prep.lower_ == "with" and prep.head.lower_ == "connection" and prep.head.dep_ == "pobj":
        prep = prep.head.head  # "in connection with the attack"
    elif prep.lower_ == "of" and prep.head.lower_ in COUNTS and prep.head.dep_ == "pobj":
        prep = prep.head.head  # "charged with one count of murder"
    word = prep.head
    if (
        word.lower_ in ACCUSING
        and word.pos_ not in ("NOUN", "PROPN")  # (not "the suspect in")
        and prep.lower_ in ("of", "over", "for", "with", "in")
    ):
        if _negated_or_hypothetical(word):
            return []
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in word.children):
            who = subject(word, depth=1)  # (a relative "who" is its noun)
            return [who] if who is not None else []
        if (
            word.tag_ == "VBN"
            and word.dep_ in ("advcl", "acl")
            and not any(c.dep_ in ("aux", "nsubj") for c in word.children)
        ):  # "Tarrant appeared in court yesterday, charged with one count of murder"
            who = subject(word, depth=2)
            return [who] if who is not None else []
        return list(children(word, "dobj"))  # the accuser acts on them
    if word.lower_ in CULPRITS and prep.lower_ in ("in", "of", "behind"):
        if word.dep_ == "appos":
            return [word.head]
        if word.dep_ == "attr":
            return list(children(word.head, "nsubj"))
    return []  # (who "claimed responsibility for the attacks" made a claim, a statement:
    # the attack, reported before, has its own participants)


def _scene(noun: Token) -> tuple[list[Token], list[Token]]:
    """Who took part in an event word with no phrase of its own, from the clause it sets:
    its object when the event is the subject ("The election in 2013 saw a substantial victory
    for Mugabe"), its subject when the event is where the clause happens ("At the next
    elections in 2008, the MDC won a majority")."""
    verb = noun.head if noun.dep_ == "nsubj" else noun.head.head
    if verb.pos_ not in ("VERB", "AUX") or _negated_or_hypothetical(verb):
        return [], []
    if noun.dep_ == "nsubj":
        return [], [o for c in children(verb, "dobj") for o in (c, *conjuncts(c))]
    if noun.dep_ == "pobj" and noun.head.lower_ in SETTINGS and noun.head.dep_ == "prep":
        who = next(children(verb, "nsubj"), None)
        return ([who] if who is not None and who.i > noun.i else []), []
    return [], []


PARTICIPATE = forms("participate")
INVITE = forms("invite")
TAKE = forms("take")
ROUNDS = frozenset("round rounds session sessions".split())
"""What a meeting noun is a part of ("a new round of peace talks")."""
REFUSING = ("refus", "declin", "boycott", "reject")


def _joined(noun: Token) -> tuple[list[Token], list[Token]]:
    """Who takes part in talks named with no phrase of their own, from the verb that joins
    someone to them: who participates or takes part in them ("the HNC decided to participate
    in the talks", "Gbagbo agreed to take part in the mediation"), who invites whom to them
    ("the United Nations invited the Syrian regime to a new round of peace talks", "was
    invited to the summit by Putin"); not who did not ("declined to take part in the talks",
    "did not participate")."""
    top = noun
    if top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.lower_ in ROUNDS:
        top = top.head.head  # "a new round of peace talks"
    if top.dep_ != "pobj" or top.head.dep_ != "prep":
        return [], []
    prep, verb = top.head, top.head.head
    if verb.lower_ == "part" and verb.dep_ == "dobj":
        verb = verb.head  # "take part in": the preposition hung on "part"
    taking_part = prep.lower_ == "in" and (
        verb.lower_ in PARTICIPATE
        or (verb.lower_ in TAKE and any(c.lower_ == "part" for c in children(verb, "dobj")))
    )
    invited = prep.lower_ == "to" and verb.lower_ in INVITE
    if not (taking_part or invited) or any(
        c.dep_ == "neg" for w in (verb, verb.head) for c in w.children
    ):
        return [], []
    if verb.dep_ == "xcomp" and verb.head.lower_.startswith(REFUSING):
        return [], []
    if invited:
        hosts = [*children(verb, "nsubj"), *preposition_objects(verb, "by")]
        guests = [o for c in children(verb, "dobj", "nsubjpass") for o in (c, *conjuncts(c))]
        return hosts, guests
    who = subject(verb, depth=2)
    return ([who] if who is not None else []), []


MEASURES = frozenset(
    "weeks days months years hours series wave waves spate string campaign round rounds".split()
)
"""Nouns that measure out events ("weeks of protests", "a wave of strikes", "a series of
attacks"): the events are the object of the measure's verb."""


def _measured(noun: Token) -> Token | None:
    """Who acts events a light verb takes through a measure of them ("The BNP and its allies
    have staged weeks of deadly protests", "rebels launched a series of attacks"): the light
    verb's subject, as for its plain object; not "called off weeks of strikes", nor "saw
    weeks of protests" (no light verb)."""
    measure = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if measure is None or measure.lower_ not in MEASURES or measure.dep_ != "dobj":
        return None
    verb = measure.head
    if (
        verb.lower_ not in LIGHT_VERBS
        or verb.lower_.startswith("call")
        or _negated_or_hypothetical(verb)
        or any(c.dep_ == "prt" for c in verb.children)
    ):
        return None
    return subject(verb, depth=2)
