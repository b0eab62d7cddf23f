"""Shapes of speaking to someone: interviews, talks, consultations, reports and statements,
asking for help; who the interviewer or the outlet is."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ...model import EventFrame, Role
from ..parse import (
    children,
    conjuncts,
    infinitive,
    preposition_objects,
    role,
    subject,
    subtree_role,
)
from ..statements.words import SOURCES
from ..vocabulary import OUTLETS, REPORTS, forms
from .antecedents import _previous_subject
from .clauses import _negated_or_hypothetical
from .tokens import ARMED, BODIES, CHAMBERS, GOVERNMENTS, _named, _outlet_named, _party

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def _with_someone(verb: Token) -> bool:
    """ "spoke with Erdogan": talking with someone named is consulting them; not "spoke with
    CNN", "spoke with Agence France-Presse about the incident": talking with a news outlet is
    an interview, its words a statement."""
    return any(_party(o) and not _outlet_named(o) for o in preposition_objects(verb, "with"))


INTERVIEWING = frozenset(
    "interview interviews interviewed interviewer host presenter reporter journalist "
    "correspondent anchor podcast programme".split()
)
"""Words that make talking to someone an interview ("spoke to Andrew Marr in an interview",
"talked to presenter Ann Lee"): what was said is for the public, no meeting."""
INTERVIEW_NOUNS = frozenset({"interview", "interviews"})
NOT_OUTLETS = BODIES | CHAMBERS | frozenset("nations un police court tribunal".split())
"""Last words of bodies one testifies or speaks to, never a news outlet ("told Congress",
"told the Senate committee", "told the United Nations", "told the court")."""


def _heard_outlet(heard: Token) -> bool:
    """The one spoken to is a news outlet: a medium's word in its name ("told the BBC", "spoke
    with Wikinews", "told the Washington Post"), or a name that is no body's, no state's and
    no person's, told words the sentence quotes or calls an interview ("told Scientific
    American, "…""; "told National Geographic in an interview")."""
    if heard.lower_ in NOT_OUTLETS or heard.ent_type_ in ("GPE", "NORP", "PERSON", "LOC"):
        return False
    if _outlet_named(heard):
        return True
    if heard.pos_ != "PROPN" or heard.ent_type_ not in ("ORG", "WORK_OF_ART", "PRODUCT"):
        return False
    sentence = heard.sent
    return any(t.text in QUOTE_MARKS or t.lower_ in INTERVIEW_NOUNS for t in sentence)


def _interviewer_of_telling(verb: Token) -> list[Token]:
    """The outlet told or spoken to ("told Wikinews", "spoke with CNN", "talked to the BBC")."""
    heard = [*children(verb, "dobj", "dative"), *preposition_objects(verb, "to", "with")]
    return [h for h in heard if _heard_outlet(h)]


def _interviewed(doc: Doc, who: Token | None) -> Token | None:
    """The one interviewed, named: a name, or "he"/"she" continuing the subject before."""
    if who is None:
        return None
    if who.lower_ in ("he", "she"):
        return _previous_subject(who)
    named = [c for c in children(who, "appos") if c.ent_type_ == "PERSON"]
    if named:  # "a Republican, Mark Amodei, … telling the Nevada Independent": Amodei
        return named[0]
    return who if who.pos_ == "PROPN" else None


def _tells_outlet(verb: Token) -> bool:
    """ "Stamenković told Wikinews", "Taylor told the Washington Post, "…"", "Kokesh spoke with
    Wikinews to discuss his campaign": someone named speaking to a news outlet gives it an
    interview (CAMEO 010, a public statement), the outlet and the speaker its participants."""
    if _negated_or_hypothetical(verb) or not _interviewer_of_telling(verb):
        return False
    if _says_that(verb):  # "Prasetyo told the BBC the two suspects had been radicalised":
        return False  # words reported, the speaker's statement (the interview is that)
    who = subject(verb, depth=2)
    return who is not None and who.dep_ != "nsubjpass" and _interviewed(verb.doc, who) is not None


def _with_interviewer(doc: Doc, verb: Token, frame: EventFrame) -> EventFrame:
    """The speaker and the outlet told, and no one else of the sentence."""
    who = _interviewed(doc, subject(verb, depth=2))
    if who is None:
        return frame
    outlets = _names_only(doc, _interviewer_of_telling(verb))
    return replace(frame, agents=(_name_of(doc, who),), patients=outlets)


def _interviews(verb: Token) -> bool:
    """ "Wikinews interviews planetary scientist Vlada Stamenković", "Smith was interviewed by
    CNN": a news outlet interviewing someone named; not "police interviewed witnesses", an
    investigation's questioning."""
    if _negated_or_hypothetical(verb):
        return False
    by = list(preposition_objects(verb, "by"))
    interviewer = by or list(children(verb, "nsubj"))
    interviewee = (
        list(children(verb, "nsubjpass")) if by else list(children(verb, "dobj", "npadvmod"))
    )  # ("Wikinews interviews … candidate Adam Kokesh": the name read as an adverb)
    return any(_outlet_named(o) for o in interviewer) and any(
        o.pos_ == "PROPN" and not _outlet_named(o) for o in interviewee
    )


def _of_interview(doc: Doc, verb: Token, frame: EventFrame) -> EventFrame:
    by = list(preposition_objects(verb, "by"))
    interviewer = by or list(children(verb, "nsubj"))
    interviewee = (
        list(children(verb, "nsubjpass")) if by else list(children(verb, "dobj", "npadvmod"))
    )
    return replace(
        frame,
        agents=_names_only(doc, [o for o in interviewee if o.pos_ == "PROPN"]),
        patients=_names_only(doc, [o for o in interviewer if _outlet_named(o)]),
    )


def _headline_interview(word: Token) -> tuple[Token, Span] | None:
    """A headline's "Wikinews interviews biologist Natasha Gownaris", which the parser reads
    as a noun phrase: an outlet's name just before "interviews" and the first person named
    after it in the sentence, the one interviewed."""
    if word.i == 0 or not _outlet_named(word.nbor(-1)) or word.nbor(-1).pos_ != "PROPN":
        return None
    person = next(
        (e for e in word.doc.ents if e.label_ == "PERSON" and word.i < e.start < word.sent.end),
        None,
    )
    return None if person is None else (word.nbor(-1), person)


def _interview_parties(noun: Token) -> tuple[Token | None, list[Token]]:
    """Who gave the interview and the outlet that took it: "In an interview with Fox News,
    Trump said", "told reporters in an interview with the BBC", "Trump's interview with CNN",
    "gave an interview to Reuters", "a CNN interview"; (None, []) without an outlet named."""
    outlets = [
        o
        for o in (
            *preposition_objects(noun, "with", "to", "on"),
            *children(noun, "compound", "poss"),
        )
        if _outlet_named(o) or (o.pos_ == "PROPN" and _heard_outlet(o))
    ]
    if noun.dep_ in ("dobj", "pobj") and noun.head.lower_ in forms("give", "grant"):
        outlets.extend(o for o in preposition_objects(noun.head, "to") if _outlet_named(o))
    if not outlets:
        return None, []
    owners = [c for c in children(noun, "poss") if not _outlet_named(c)]
    if owners:
        return owners[0], outlets
    head = noun.head
    while head.dep_ == "prep" or (head.pos_ == "NOUN" and head.dep_ == "pobj"):
        head = head.head
    if head.pos_ not in ("VERB", "AUX"):
        return None, []
    return subject(head, depth=2), outlets


def _interview_noun(noun: Token) -> bool:
    """An interview a named speaker gave an outlet named (``_interview_parties``)."""
    who, _ = _interview_parties(noun)
    return who is not None and who.lower_ not in OUTLETS and _interviewed(noun.doc, who) is not None


def _of_interview_noun(doc: Doc, noun: Token, frame: EventFrame) -> EventFrame:
    who, outlets = _interview_parties(noun)
    who = _interviewed(doc, who)
    if who is None:
        return frame
    return replace(frame, agents=(_name_of(doc, who),), patients=_names_only(doc, outlets))


def _talks_to(verb: Token) -> bool:
    """ "talked to Chavez and Uribe": talking to a person named is consulting them; not "talked
    to reporters" nor "spoke to the BBC", where the words are a statement; nor "Speaking to
    Martin Smith of PBS, he said …", an interview introducing what was said."""
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "acl", "xcomp"):
        return False
    if any(t.lower_ in INTERVIEWING for t in verb.sent):
        return False  # "In an interview, Johnson spoke to Andrew Marr": words for the public
    return bool(_talked_to(verb))


def _talked_to(verb: Token) -> list[Token]:
    """The people named after "to" ("talked to Chavez and Uribe")."""
    return [
        o
        for o in preposition_objects(verb, "to")
        if o.ent_type_ == "PERSON" and not _outlet_named(o)
    ]


def _names_only(doc: Doc, people: list[Token]) -> tuple[Role, ...]:
    """Each one named up to its own head: "talked to Merkel about Brexit" is Merkel, the topic
    the parser hangs on the name no party."""
    return tuple(role(doc, p.left_edge, p) for p in people)


def _with_talked_to(doc: Doc, verb: Token, frame: EventFrame) -> EventFrame:
    """Who was talked to is the one met, not what was talked about."""
    people = _names_only(doc, _talked_to(verb))
    return replace(frame, patients=people) if people else frame


def _consults(verb: Token) -> bool:
    """ "communicated with Uribe", "discussed the deployment with President Bashir" (the
    parser often hangs "with" on the object): consulting someone named; a person only when
    "with" hangs inside the object ("discussed the deal with Iran's parliament" stays none)."""
    return _with_someone(verb) or bool(_consulted(verb))


def _consulted(verb: Token) -> list[Token]:
    """The people named by a "with" hanging inside the verb's object."""
    return [
        o
        for obj in children(verb, "dobj")
        for t in obj.subtree
        if t.lower_ == "with" and t.dep_ == "prep"
        for o in children(t, "pobj")
        if o.ent_type_ == "PERSON"
    ]


def _with_consulted(doc: Doc, verb: Token, frame: EventFrame) -> EventFrame:
    """Who was consulted is the one met, not the topic discussed ("discussed the issues with
    President Bashir": Bashir; "discussed the deal with Pompeo", "with" on the verb: Pompeo)."""
    people = tuple(subtree_role(doc, o, []) for o in _consulted(verb))
    if not people:
        people = _names_only(doc, [o for o in preposition_objects(verb, "with") if _party(o)])
    return replace(frame, patients=people) if people else frame


def _by_someone(verb: Token) -> bool:
    return any(o.pos_ in ("PROPN", "NOUN", "PRON") for o in preposition_objects(verb, "by"))


def _reports(verb: Token) -> bool:
    """ "Brazil's National Institute for Space Research has reported there have been …": a
    body named reports what follows; not "he was reported to be", "reported missing", nor
    "Reuters reported", how the news is sourced."""
    return any(
        c.dep_ == "nsubj" and _named(c) and c.ent_type_ != "PERSON" and not _outlet_named(c)
        for c in verb.children
    ) and any(c.dep_ == "ccomp" for c in verb.children)


EXPRESS = forms("express", "voice", "indicate", "signal", "reiterate", "convey")
"""Verbs that make a stance public when their object is one (``STANCES``)."""
STANCES = frozenset(
    "regret regrets concern concerns condolence condolences sympathy sympathies solidarity "
    "support opposition outrage anger dismay disappointment satisfaction gratitude thanks "
    "willingness readiness desire hope hopes commitment determination intention "
    "displeasure indignation alarm".split()
)
"""Stances a speaker expresses ("expressed its deep regret", "indicated his willingness to
ensure a dignified exit", "voiced concern"): a public statement, CAMEO 01/02's."""


def _expresses(verb: Token) -> bool:
    """ "The MoD expressed its 'deep regret' at the incident", "Ouattara indicated his
    willingness to ensure a dignified exit for Gbagbo": a subject named states a stance; not
    "the results indicated a trend", "signalled a turn", nor a stance that is not there
    ("did not express regret", "expressed no regret")."""
    if any(c.dep_ == "neg" for c in verb.children) or infinitive(verb):
        return False
    return any(
        c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
        or c.pos_ == "PRON"
        or c.lower_ in GOVERNMENTS
        or c.lower_ in SPEAKING_BODIES
        for c in children(verb, "nsubj")
    ) and any(
        o.lower_ in STANCES and not any(d.lower_ == "no" for d in children(o, "det"))
        for o in children(verb, "dobj")
    )  # "expressed no regret": none expressed


SPEAKING_BODIES = frozenset(
    "ministry minister spokesman spokeswoman spokesperson president leader office embassy "
    "ambassador envoy".split()
)
"""Unnamed speakers a stance is a statement of ("the ministry expressed concern"), beside a
name, a pronoun or a government; not "the results indicated support"."""


QUOTE_MARKS = frozenset('"“”')
SENT = frozenset(
    "statement statements condemnation condemnations condolence condolences tribute tributes "
    "criticism messages".split()
)
"""Nouns of what speakers send ("condolences have poured in from …")."""


def _name_of(doc: Doc, token: Token) -> Role:
    """The name a token ends with the words compounded before it ("Pope Francis"), not the
    phrase it heads (a list of the others after it)."""
    first = min((c.i for c in token.children if c.dep_ == "compound"), default=token.i)
    return role(doc, doc[first], token)


def _sent_from(verb: Token) -> list[Token]:
    """Each speaker statements came from ("Statements of condemnation have come from A, B,
    and a spokesperson for C"): the named ones, a spokesperson standing for whom they speak
    for; none unless the subject is a noun of statements."""
    said = [c for c in children(verb, "nsubj") if c.lower_ in SENT]
    said += [o for c in children(verb, "nsubj") for o in preposition_objects(c, "of")
             if o.lower_ in SENT]  # fmt: skip
    if not said or _negated_or_hypothetical(verb):
        return []
    out = []
    for source in preposition_objects(verb, "from"):
        named = [source, *conjuncts(source)]
        for appos in children(source, "appos"):  # "OIC head Yousef Al-Othaimeen, Pope …"
            named += [appos, *conjuncts(appos)]
        for who in named:
            if who.pos_ == "NOUN":  # "a spokesperson for President Rodrigo Duterte"
                who = next(
                    (o for o in (*children(who, "appos"), *preposition_objects(who, "for"))
                     if _named(o)),
                    who,
                )  # fmt: skip
            if _named(who) and not _outlet_named(who) and who not in out:
                out.append(who)
    return out


def _says_that(verb: Token) -> bool:
    """ "Arnel dela Vega of the army's Western Mindanao Command said the Abu Sayyaf Group are
    the suspected perpetrators", "Hataman agreed, saying only this organisation …": a named
    speaker's reported words. Not where the verb's clause quotes (the quotation is the
    statement event already), unless the quotation is part of the clause said ("The army said
    the plane was bringing meat "to help the country's economy."": the speaker's own words
    within what is reported), nor an outlet's or a commentator's ("Professor Greg Barton said"), nor
    what is said to be so ("is said to have"). A body's report speaks for the body ("a report
    from the Mexican government said"); told to do something is told words too ("TfL told
    passengers to take a longer way")."""
    said = [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
    if not said and not _tells_to(verb):
        return False
    if any(t.text in QUOTE_MARKS for t in verb.subtree) and not _quoted_within(verb, said):
        return False  # (a quotation in another clause is another's: "he was told by Zinichev
    return _named_speaker(verb)  # of "…", while Klimov indicated 68 people were missing")


def _named_speaker(verb: Token) -> bool:
    """The verb's subject is a named speaker whose words are an act: a name, "he" or "she", a
    state's organ or force, a named body or its report; not an outlet nor a commentator."""
    who = subject(verb, depth=2)
    if who is None or who.dep_ == "nsubjpass":
        return False
    if not (
        _named(who)
        or who.lower_ in ("he", "she")
        or _state_body(who)
        or _bare_force(who)
        or _body_of_name(who)
        or _report_of(who)
    ):
        return False
    if _outlet_speaking(who):
        return False
    if who.lower_ in ("he", "she"):  # "Ecologist Jane Goodwin … said … She also said": hers
        who = _previous_subject(who) or who
    words = {t.lower_.strip(".") for t in who.subtree}
    return not words & SOURCES and not any(w.endswith(SCHOLARS) for w in words)


TELL = forms("tell")
DESCRIBE = forms("describe", "characterise", "characterize", "label", "brand", "dub")


def _describes_as(verb: Token) -> bool:
    """ "The Ethiopian government described the claims as propaganda", "Venediktov described
    the protesters as ordinary Muscovites": a named speaker's judgement, a statement; not "was
    described as a war zone", nor "described the scene" (no "as"), nor where the sentence
    quotes (the quotation is the statement event already)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects or any(t.text in QUOTE_MARKS for t in verb.sent):
        return False
    if not any(c.dep_ == "prep" and c.lower_ == "as" for h in (verb, *objects) for c in h.children):
        return False
    return _named_speaker(verb)


def _tells_to(verb: Token) -> bool:
    """ "Transport for London told passengers to take a longer way around": telling someone
    to do something, a directive said; not "was told to leave" (the subject is told)."""
    return (
        verb.lower_ in TELL
        and any(c.dep_ == "dobj" for c in verb.children)
        and any(c.dep_ == "xcomp" and infinitive(c) for c in verb.children)
    )


def _quoted_within(verb: Token, said: list[Token]) -> bool:
    """Every quotation mark of the verb's clause is inside a clause the verb says: a partial
    quotation of the speaker's reported words, not a quotation beside them."""
    inside = {t.i for c in said for t in c.subtree}
    marks = [t.i for t in verb.subtree if t.text in QUOTE_MARKS]
    if not inside or len(marks) % 2:
        return False
    doc = verb.doc
    quoted = {t.i for a, b in zip(marks[::2], marks[1::2], strict=True) for t in doc[a + 1 : b]}
    own = {i for i in inside if i not in quoted and not doc[i].is_punct and doc[i].dep_ != "mark"}
    # (a closing mark may hang from the sentence's end: "… "to help the country's economy."";
    # a clause all quoted is the quotation itself: ""We will not leave," Johnson said")
    return bool(own) and all(i in inside for i in quoted if not doc[i].is_punct)


PRESS_ROLES = frozenset(
    "secretary secretaries officer officers spokesman spokeswoman spokesperson attache "
    "attaché aide aides adviser advisor office service department chief".split()
)
"""Roles of a body's own spokespeople that "press" or "media" names ("Kremlin press secretary
Dmitry Peskov", "police press officer Monika Kosiec"): the body's voice, no news outlet."""


def _outlet_speaking(who: Token) -> bool:
    """The speaker is a news outlet or its journalist ("Znak.com claims", "the army newspaper
    said"); not a body's press officer or press secretary (``PRESS_ROLES``)."""
    return any(
        t.lower_.endswith(".com")
        or (
            t.lower_ in OUTLETS
            and not (t.lower_ in ("press", "media") and t.head.lower_ in PRESS_ROLES)
        )
        for t in who.subtree
    )


def _body_of_name(who: Token) -> bool:
    """ "The French Civil Security service said": a body whose common noun follows its name
    (the compounds a named organisation); not "the security service said", named by nobody."""
    return who.pos_ == "NOUN" and any(
        c.dep_ == "compound" and c.ent_type_ == "ORG" and c.pos_ == "PROPN" for c in who.children
    )


def _report_of(who: Token) -> bool:
    """ "Another report from the Mexican government said eight Mexicans died", "a report by
    the United Nations said": a named body's report says what its body says (not "a report
    said", nor an outlet's, "a CNN report said")."""
    if who.lower_ not in REPORTS and who.lower_ not in ("reports", "polls", "surveys"):
        return False
    if any(_outlet_named(c) for c in who.children if c.dep_ in ("compound", "poss")):
        return False
    return any(
        (_named(o) or _state_body(o)) and not _outlet_named(o)
        for o in preposition_objects(who, "from", "by", "of")
    )


def _recommends_that(verb: Token) -> bool:
    """ "Olsen recommended that Vorland give …": a named speaker's advice, a statement; not
    "Watts recommended Baker to be his replacement", a person put forward, the clause an
    infinitive."""
    return _says_that(verb) and any(c.dep_ == "ccomp" and not infinitive(c) for c in verb.children)


STATE_BODIES = frozenset("ministry military embassy".split())


def _state_body(who: Token) -> bool:
    """ "The Chinese government said", "Russian authorities said", "Iran's foreign ministry
    said", "the government of Samoa said", "the Myanma embassy confirmed": a state's government,
    armed forces or embassy speaking,
    which its adjective or name makes the state's (``_adjectival``); not "the government said"
    with no state named."""
    if who.lower_ not in GOVERNMENTS | ARMED | STATE_BODIES:
        return False
    return any(
        c.ent_type_ in ("NORP", "GPE") and c.dep_ in ("amod", "compound", "poss")
        for c in who.children
    ) or any(o.ent_type_ == "GPE" for o in preposition_objects(who, "of"))


SPEAKING_FORCES = frozenset("military army".split())
"""A state's armed force that speaks as a body ("The military said", "the army said"): tie
gives it to the one state whose organs the article named before, or to none. Not "police
said": a town's or a county's police as often, whose word is how a crime is reported."""


def _bare_force(who: Token) -> bool:
    """ "The military said at the time a jet mistook refugees for rebels", "The army said the
    plane was carrying meat": a force named by no name nor adjective (``_state_body`` reads
    "the Nigerian military"), speaking as a body; not "a military spokesman said", nor an
    outlet's ("the army newspaper said")."""
    return who.lower_ in SPEAKING_FORCES and all(
        c.dep_ == "det" and c.lower_ == "the" for c in who.children
    )


SCHOLARS = ("ologist", "ologists", "icist", "icists")
"""Endings of a scholar's field ("Ecologist Ryan Norris", "an evolutionary biomechanicist"):
a commentator on the news, as a professor is."""


def _published(noun: Token) -> bool:
    """ "a UN report concluded", "a survey published by the European Commission": a report of
    a body named; not "the first report of a protester being shot", nor an outlet's poll."""
    if any(_outlet_named(c) for c in noun.children if c.dep_ in ("compound", "poss")) or any(
        _outlet_named(o) for c in children(noun, "acl") for o in preposition_objects(c, "by")
    ):
        return False  # "a poll published by NBC News", "a CNN poll": how the news is sourced
    return any(
        c.dep_ in ("compound", "poss") and c.ent_type_ in ("ORG", "GPE", "NORP")
        for c in noun.children
    ) or any(_by_someone(c) for c in children(noun, "acl"))


def _brought(noun: Token) -> bool:
    """ "the Department of Justice unsealed further charges against him", "filed charges":
    charges brought; not "Manafort's charges involved …" nor "charges against protesters"
    named as a topic."""
    return noun.dep_ == "dobj" and noun.head.lower_.startswith(
        ("unseal", "file", "filing", "bring", "brought", "press", "lay", "laid", "announc")
    )


def _asks(verb: Token) -> bool:
    """ "Johnson asked Queen Elizabeth II for this prorogation", "the government asked Judge
    Miller to delay his ruling", "Iraq requested the deployment": not "the press asked Trump
    about it" nor "was asked"."""
    if verb.lower_.startswith("request"):
        return any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in verb.children)
    return any(c.dep_ == "dobj" and _named(c) for c in verb.children) and any(
        (c.dep_ == "prep" and c.lower_ == "for") or (c.dep_ == "xcomp" and infinitive(c))
        for c in verb.children
    )  # "asked Stamenković how their research is linked" is a question


HELP = frozenset("help assistance support mediation aid intervention".split())
"""What one asks another for by the other's name ("asked for Castro's help")."""


def _helpers(verb: Token) -> list[Token]:
    """Who was asked for their help: "Uribe asked for Castro's help" -> Castro."""
    return [
        p
        for o in preposition_objects(verb, "for")
        if o.lower_ in HELP
        for p in o.children
        if p.dep_ == "poss" and _named(p)
    ]


def _asks_help(verb: Token) -> bool:
    """ "Uribe asked for Castro's help on January 21": a request of the one named; not "asked
    for help" nor "asked for his help", whose helper is not named here."""
    return verb.lower_.startswith("ask") and bool(_helpers(verb))


def _of_helper(doc: Doc, verb: Token, frame: EventFrame) -> EventFrame:
    """The one whose help was asked for takes part."""
    helpers = tuple(role(doc, p.left_edge, p) for p in _helpers(verb))  # without its "'s"
    return replace(frame, patients=(*frame.patients, *helpers))
