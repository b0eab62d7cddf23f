"""Tests on the agreement noun itself: settlements, signed plans, partnerships, ceasefires,
free-trade areas, named plurals, recognitions, joint and undated acts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...gazetteer import place_kind, state_name
from ..parse import children, conjuncts, infinitive, preposition_objects, subject
from ..vocabulary import AGREEMENT_NOUNS, ENTER, KNOWN_SHORT_NAMES, LAWSUITS, SIDES, forms
from .clauses import (
    SIGNED,
    _denied,
    _denied_verb,
    _governing_verb,
    _hypothetical,
    _made,
    _signed_in_clause,
)
from .statuses import _gathering

if TYPE_CHECKING:
    from spacy.tokens import Token

PARTY_LABELS = ("GPE", "ORG", "NORP", "PERSON")


def _understood(noun: Token) -> bool:
    """An understanding made by a verb of agreeing ("reached a joint understanding", "signed
    an understanding on borders"): an agreement; not the understanding a people have ("to
    promote mutual understanding", "a better understanding of the virus")."""
    return any(
        (c.dep_ == "det" and c.lower_ in ("a", "an")) or (c.dep_ == "amod" and c.lower_ == "joint")
        for c in noun.children
    ) and (_made(noun) or _held_between(noun))


def _violated(noun: Token) -> Token | None:
    """The violations a ceasefire names it by ("over 800 ceasefire violations along the Line of
    Control between India and Pakistan"): a ceasefire reported broken is one in force. Their
    noun, or None for any other compound ("ceasefire talks", "truce proposals")."""
    if noun.dep_ == "compound" and noun.head.lower_ in VIOLATIONS:
        return noun.head
    return None


VIOLATIONS = frozenset("violation violations breach breaches".split())
"""Nouns of a ceasefire broken, which tell it is in force ("ceasefire violations")."""


GRASP = frozenset("good clear deep full basic broad common mutual shared real".split())
"""Words of an understanding that is a grasp of something, not an accord."""


def _held_between(noun: Token) -> bool:
    """An understanding two named sides have ("The United States and Japan have an
    understanding that Okinawa will host the base", "India has an understanding with
    Pakistan"): theirs; not one side's ("Japan has a good understanding of the issue")."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_ != "have":
        return False
    if any(
        (c.dep_ == "prep" and c.lower_ == "of")
        or (c.dep_ == "amod" and (c.tag_ in ("JJR", "JJS") or c.lower_ in GRASP))
        for c in noun.children
    ):
        return False  # "have a better understanding of the threat": a grasp of it
    who = subject(verb, depth=1)
    if who is None or who.ent_type_ not in PARTY_LABELS:
        return False
    others = [
        *conjuncts(who),
        *preposition_objects(noun, "with"),
        *preposition_objects(verb, "with"),
    ]
    return any(o.ent_type_ in PARTY_LABELS for o in others)


def _said_of_another(noun: Token) -> bool:
    """An agreement noun that is what a copula says of another agreement phrase ("IBM's
    acquisition of Red Hat was the largest software deal of the year"; "the agreement ... and
    represents the biggest contract in the history of Gazprom", its subject that of the verb
    it is joined to), or a phrase of manner on the clause that signed another ("India has
    signed a formal agreement with France to buy 36 jets, in a major defence deal"): that
    phrase's agreement, told again, not a second one."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "in" and verb.dep_ == "prep":
        clause = verb.head  # "signed an agreement ..., in a major defence deal"
        return (
            clause.pos_ == "VERB"
            and any(c.dep_ == "det" for c in noun.children)
            and any(
                c.dep_ in ("dobj", "nsubjpass") and AGREEMENT_NOUNS.get(c.lower_) is not None
                for c in clause.children
            )
        )
    if not (
        (noun.dep_ == "attr" and verb.lemma_ == "be")
        or (noun.dep_ == "dobj" and verb.lower_ in RESTATING)
    ):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and verb.dep_ == "conj":  # "The agreement is expected … and represents"
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(AGREEMENT_NOUNS.get(c.lower_) is not None for c in subjects)


RESTATING = forms("represent", "constitute", "become")
"""Verbs that say what their subject is, as a copula does ("the deal represents the biggest
contract in Gazprom's history"); read by their forms, as the pipeline has no lemmatizer."""


SETTLING = forms("reach", "agree", "sign", "negotiate", "pay", "accept", "announce", "strike")
"""Verbs whose object "settlement" is an agreement ("reached a settlement", "agreed to a
settlement", "will pay the settlement")."""


def _settles(noun: Token) -> bool:
    """A settlement that ends a dispute: one made ("reached a settlement"), with a party
    ("a settlement with the FTC"), of a lawsuit, or worth money ("a $5 billion settlement");
    not a village ("the nearest settlement to Area 51") nor the settling of land."""
    verb = _governing_verb(noun)
    if verb is not None and verb.lower_ in SETTLING and not _denied_verb(verb):
        return True
    if any(t.ent_type_ == "MONEY" for c in noun.lefts for t in c.subtree):
        return True
    with_ = [t for o in preposition_objects(noun, "with", "between") for t in o.subtree]
    of = [o for o in preposition_objects(noun, "of") if o.lower_ in LAWSUITS]
    return bool(of) or any(t.ent_type_ in PARTY_LABELS for t in with_)


def _signed_plan(noun: Token) -> bool:
    """A plan someone signed ("signed the six-point peace plan", "the peace plan it signed"),
    not one proposed or drawn up, nor one someone did not sign."""
    verb = _governing_verb(noun)
    if verb is not None and verb.lower_ in SIGNED:
        return not _denied_verb(verb) and not _hypothetical(verb)
    return _signed_in_clause(noun)


PARTNERING = forms(
    "announce", "form", "sign", "enter", "forge", "launch", "establish", "seal", "strike",
    "agree", "create", "conclude",
)  # fmt: skip
"""Verbs that make a partnership an agreement ("announced a partnership", "entered into a
partnership with"); one only described ("their close partnership") is none (GOLD)."""


def _partnered(noun: Token) -> bool:
    """A partnership its verb makes with two sides named: the subject and its conjuncts
    ("Toyota and Panasonic announced a partnership"), or a subject and a "with" or "between"
    partner ("Microsoft formed a partnership with OpenAI"); not one in general ("a
    partnership would help") nor one described ("the countries' strategic partnership")."""
    verb = _governing_verb(noun)
    if verb is None or verb.lower_ not in PARTNERING or _denied_verb(verb) or _denied(noun):
        return False
    if verb.lower_ in ENTER and not (noun.dep_ == "pobj" and noun.head.lower_ == "into"):
        return False  # "entered a partnership" reads so too, but "entered into" is the phrase
    who = subject(verb, depth=2)
    sides = [who, *conjuncts(who)] if who is not None else []
    sides += [*preposition_objects(noun, "with", "between"), *preposition_objects(verb, "with")]
    named = [t for t in sides if t.ent_type_ in PARTY_LABELS]
    return len({t.i for t in named}) >= 2


CLAUSES = frozenset("article articles clause clauses chapter section".split())
"""Parts of a treaty named by number ("Article 5 of NATO's charter")."""


def _no_trade_area(noun: Token) -> bool:
    """An area or zone that is no free trade area ("a demilitarised zone"): no agreement
    noun, so the verb of agreeing on it makes the agreement ("Russia and Turkey agreed on a
    demilitarised zone in Idlib")."""
    return noun.lower_ in ("area", "zone") and not any(c.lower_ == "trade" for c in noun.children)


def _clause_of(noun: Token) -> bool:
    """A document a numbered clause is of ("Article 5 of NATO's charter"); a charter is
    a treaty only so, not a company's or a city's charter, nor a charter flight."""
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and noun.head.head.lower_ in CLAUSES
        and any(c.dep_ in ("poss", "compound") and c.ent_type_ == "ORG" for c in noun.children)
    )


NAMED_PLURALS = frozenset("agreements treaties conventions pacts memoranda".split())
"""Plurals a place names as one set of agreements ("the Minsk agreements"); deals and
contracts so named are a company's or a partner's ("the Boeing contracts", "the China
deals")."""


def _named_plural(noun: Token) -> bool:
    """Plural agreements named after a place ("the Minsk agreements", "the Geneva
    Conventions"): those agreements, not agreements in general ("trade agreements"), nor
    a state's or a body's ("the Iran deals", "the OPEC agreements"), whose partner it is."""
    before = noun.doc[noun.i - 1] if noun.i > 0 else noun
    if noun.lower_ not in NAMED_PLURALS:
        return False
    if noun.lower_ == "conventions" and (noun.text[0].islower() or _gathering(noun)):
        return False  # "the Geneva Conventions"; not "the Ohio conventions" of a party
    if state_name(before.text) is not None or (
        before.ent_type_ == "ORG" and place_kind(before.text) is None
    ):
        return False  # "the Iran agreements", "the OPEC agreements"; "Oslo" may be an ORG
    return (
        any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
        and before.dep_ == "compound"
        and before.head.i == noun.i
        and before.ent_type_ in ("GPE", "LOC", "ORG", "LAW")
        and before.text[:1].isupper()
        and not _denied(noun)
    )


def _known_short(token: Token) -> bool:
    """A known agreement's short name ("the JCPOA", "New START"), not the first word of a
    name with its noun ("the INF Treaty" is that noun's) nor one denied ("no NAFTA")."""
    new_start = token.text == "START" and token.i > 0 and token.doc[token.i - 1].text == "New"
    if not (token.text in KNOWN_SHORT_NAMES or new_start) or token.pos_ not in ("PROPN", "NOUN"):
        return False
    if token.dep_ == "compound" and token.head.lower_ not in DUTIES:
        return False  # "the INF Treaty" is that noun's; "the INF report" none; "JCPOA
        # commitments" the agreement's
    return not _denied(token)


RECOGNISE = forms("recognize", "recognise")


def _recognised(verb: Token) -> list[Token]:
    """The state one agrees to recognise or to have relations with: "Sudan agreed to
    normalise ties with Israel", "Kosovo agreed to recognise Israel" (an agreement of both)."""
    found: list[Token] = []
    for act in children(verb, "xcomp"):
        for obj in children(act, "dobj"):
            if obj.lower_ in RELATIONS:
                found.extend(preposition_objects(obj, "with"))
            elif act.lower_ in RECOGNISE and obj.ent_type_ == "GPE":
                found.extend([obj, *conjuncts(obj)])
        if any(o.lower_ in RELATIONS for o in children(act, "dobj")):
            found.extend(preposition_objects(act, "with"))  # the parse may hang it on the verb
    return [t for t in found if t.ent_type_ in PARTY_LABELS]


def _undated(act: Token) -> list[Token]:
    """The words of what parties agreed to do without the time of it ("to resume talks",
    not "… in October"): the time is the frame's date, not the agreement's name."""
    parts = _hyphened(act)
    time = {
        t.i
        for part in parts
        for c in part.children
        if (c.dep_ == "prep" and any(o.ent_type_ in ("DATE", "TIME") for o in c.children))
        or (c.dep_ in ("npadvmod", "tmod") and c.ent_type_ in ("DATE", "TIME"))
        for t in c.subtree
    }
    words = sorted({t for part in parts for t in part.subtree}, key=lambda t: t.i)
    return [t for t in words if t.i not in time and (t.dep_ != "punct" or t.text == "-")] or [act]


def _hyphened(act: Token) -> list[Token]:
    """A verb the tokenizer split at its hyphens, whose pieces the parser hung side by side
    ("agreed to co-operate in nuclear projects": "co", "-", "operate"): all its pieces, so
    that what was agreed reads "to co-operate in nuclear projects", not "to co"."""
    parts = [act]
    doc = act.doc
    while (
        parts[-1].i + 2 < len(doc)
        and not parts[-1].whitespace_
        and doc[parts[-1].i + 1].text == "-"
        and not doc[parts[-1].i + 1].whitespace_
    ):
        parts += [doc[parts[-1].i + 1], doc[parts[-1].i + 2]]
    return parts


MEET_AGAIN = forms(
    "meet", "talk", "speak", "discuss", "continue", "consider", "study", "resume", "hold",
    "disagree", "return",
)  # fmt: skip
"""What parties agree to do that is no agreement but more talk or none ("agreed to meet
again", "agreed to resume talks", "agreed to hold a televised debate", "agreed to
disagree")."""


RESUME = forms("resume", "restore")
"""Verbs of taking up again, which are an agreement when what is taken up is no talk."""
TALK_NOUNS = frozenset(
    "talks negotiations dialogue discussions contacts meeting meetings consultations summit "
    "session sessions visits".split()
)
"""What parties resume that is more talk ("agreed to resume talks")."""


def _resumed_deeds(act: Token) -> bool:
    """What parties agree to resume that is no more talk ("agreed in principle to resume
    food aid", "to resume flights"): a deal of theirs; "to resume talks" is talk."""
    objects = list(children(act, "dobj"))
    return (
        act.lower_ in RESUME and bool(objects) and not any(o.lower_ in TALK_NOUNS for o in objects)
    )


def _jointly(verb: Token) -> Token | None:
    """What two parties named together agreed to do ("Cuba and the United States agreed to
    restore diplomatic relations", "the two sides agreed to extend the truce"): their
    agreement; not one party's consent ("Johnson agreed to meet the Queen")."""
    act = next(children(verb, "xcomp"), None) or next(
        (c for c in children(verb, "advcl") if infinitive(c)),
        None,
    )  # "agreed in August to normalise relations": the parse may make it an adverbial
    who = next(children(verb, "nsubj"), None)
    if act is None or who is None or (act.lower_ in MEET_AGAIN and not _resumed_deeds(act)):
        return None
    if act.lower_.startswith("step") and any(
        c.dep_ in ("prt", "advmod") and c.lower_ in ("back", "down", "aside") for c in act.children
    ):
        return None  # "Prince Harry and Meghan agreed to step back from royal duties"
    named = [
        w
        for w in (who, *conjuncts(who))
        if w.ent_type_ in ("GPE", "ORG", "PERSON", "NORP")
        or any(c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP" for c in w.children)
    ]  # "the Houthis and the Yemeni government agreed to withdraw their forces"
    words = " ".join(t.lower_ for t in who.subtree)
    if words in SIDES:
        return act
    bodies = [w for w in named if w.ent_type_ != "PERSON"]  # not "Johnson and Corbyn agreed"
    return act if len(named) >= 2 and (bodies or _together(act)) else None


COOPERATE = forms("cooperate", "co-operate", "collaborate")
"""Acts two named persons agree to do that are an agreement of theirs ("Modi and Abe agreed
to cooperate on infrastructure"), unlike a debate or stepping back."""
JOINTLY = frozenset("joint jointly together bilateral cooperation co-operation".split())
"""Words that make what persons agree to do something they do together ("agreed to set up a
joint monitoring centre", "to work together")."""


def _together(act: Token) -> bool:
    """What two named persons agree to do together: cooperate, or something joint."""
    return act.lower_ in COOPERATE or any(t.lower_ in JOINTLY for t in act.subtree)


RELATIONS = frozenset("relations ties".split())
"""What an agreement establishes or normalises between its parties ("a deal establishing
diplomatic relations between Bahrain and Israel")."""


DUTIES = frozenset(
    "commitment commitments obligation obligations duties duty pledges rights".split()
)
"""What a party has under an agreement ("its commitments under the 2015 nuclear deal")."""
