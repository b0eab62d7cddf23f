"""An agreement's own name: known parties and partners, named alliances and pacts, its date
and place, short names, appositions and antecedents ("the accord")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ...model import AgreementFrame, Mention, Role
from ...organisations import intergovernmental
from ..merge import RATINGS, Proposal
from ..parse import children, conjuncts, preposition_objects, subject
from ..tie import Context
from ..vocabulary import (
    AGREEMENT_NOUNS,
    AGREEMENT_VERBS,
    COMBINING_FORMS,
    MAKE,
    PACT_HEADS,
    SIDES,
    SIGN,
    forms,
)
from .clauses import (
    HYPOTHETICAL,
    _denied,
    _denied_verb,
    _governing_verb,
    _hypothetical,
    _made_passive,
    _refused,
    _wished,
)
from .frame import OPINION, YEAR
from .known import KNOWN, _acronym_text, _heads
from .nouns import PARTNERING
from .parties import PLURALS

if TYPE_CHECKING:
    from spacy.tokens import Token

ANAPHORA = ("the ", "this ", "that ", "its ", "their ")
GENERIC = frozenset({"deal", "agreement"})
"""Agreement types a more precise one (an acquisition, a licence) may be spoken of as."""


def _known(frame: AgreementFrame) -> tuple[str, str, tuple[str, ...]] | None:
    """The known agreement a phrase names (its name, type and parties' ids); none for a verb's
    frame ("agreed to start talks")."""
    if frame.verb and frame.noun.text.startswith(frame.verb):
        return None
    text = f"{frame.name or ''} {frame.noun.text}".casefold()
    for pattern, name, type_, ids in KNOWN:
        found = pattern.search(text)
        if found is None:
            continue
        if OTHER_THAN.search(text, 0, found.start()) or LIKENED.match(text, found.end()):
            return None  # "a new Iran nuclear deal", "a NAFTA-style deal": another one
        return name, type_, ids
    return None


OTHER_THAN = re.compile(r"\b(?:new|another|successor|replacement)\b")
"""Words before a known agreement's name that make the phrase another agreement ("a new
INF treaty")."""
LIKENED = re.compile(r"\s?-\s?(?:style|like|type)\b")
"""What after a known agreement's name makes the phrase one like it ("a NAFTA-style deal")."""


def _other_partners(
    context: Context, frame: AgreementFrame, frames: Sequence[AgreementFrame]
) -> set[str]:
    """The partners of the other agreements one plural phrase names (``_each_partner``):
    no parties of this one, though its words name them ("signed trade agreements with the
    EU and Canada": Japan and the EU, Japan and Canada)."""
    siblings = [
        f.parties[-1]
        for f in frames
        if f.paragraph == frame.paragraph and f.noun == frame.noun and f is not frame
    ]
    if not siblings:
        return set()
    mine = set(context.actors_in(frame.paragraph, frame.parties[-1:]))
    return set(context.actors_in(frame.paragraph, siblings)) - mine


def _known_parties(named: set[str], frame: AgreementFrame) -> list[str]:
    """The parties of a known agreement the phrase names ("the INF Treaty": the United
    States and Russia), or of the sides a paired adjective names ("the Anglo-Irish
    agreement", "the US–Taliban deal"), that the article names somewhere; none for leaving
    or suspending it, whose doer alone the withdrawal is."""
    leaving = ("withdrawn", "suspended")
    if frame.status in leaving or AGREEMENT_VERBS.get(frame.verb.lower()) in leaving:
        return []  # who leaves it is who the sentence names, not every party it had
    known = _known(frame)
    acted = bool(frame.verb) and frame.verb.lower() not in OPINION
    wanted = list(known[2]) if known is not None and acted else []
    # a known agreement no verb acts on, or one only judged, is named as a topic ("argued
    # over NAFTA", "criticised the Paris accord"): no party stated, so none taken
    wanted += [
        i
        for r in frame.parties
        if not NO_SIDE.match(frame.noun.text, max(0, r.end - frame.noun.start))
        for i in COMBINING_FORMS.get(r.text.casefold(), ())
    ]
    return [i for i in dict.fromkeys(wanted) if i in named]


NO_SIDE = re.compile(r"\s?[-–—]\s?(?:pacific|atlantic|saxon|roman|european|aryan)\b", re.I)
"""What after a combining form makes a region or a culture, not two sides ("an Indo-Pacific
pact", "Anglo-Saxon law")."""


def _itself(actors: Sequence[Mention], frame: AgreementFrame) -> set[str]:
    """Actors that are the agreement's own name, which the recogniser took for a body's
    ("the Oslo Accords" as an organisation), or the place a two-word name is named after
    ("the Minsk agreements", "the Lisbon Treaty": not Belarus or Portugal); not the states a
    longer name joins ("the US-Mexico-Canada Agreement")."""
    name = frame.name or ""
    words = name.split()
    place = (
        words[0]
        if len(words) == 2 and words[-1].casefold() in (*AGREEMENT_NOUNS, *PLURALS)
        else None
    )
    founded = name.split(" Statute of ", 1)[1] if " Statute of " in name else ""
    return {
        m.entity.split("/", 1)[1]
        for m in actors
        if m.paragraph == frame.paragraph
        and frame.noun.start <= m.start
        and m.end <= frame.noun.end
        and (
            m.text.split()[-1].casefold() in (*AGREEMENT_NOUNS, *PLURALS)
            # the body a statute founds: "the Rome Statute of the International Criminal
            # Court" binds states, not the court
            or (bool(founded) and m.text.removeprefix("the ") in founded)
            or m.text == place
            # most of the name: "the Joint Comprehensive Plan of Action" as a body, with
            # the article the recogniser may take in ("The Convention on the Rights of the
            # Child"); not "United States" of the "United States-Mexico-Canada Agreement"
            or (
                name.startswith(bare := m.text.removeprefix("the ").removeprefix("The "))
                and 2 * len(bare) > len(name)
            )
        )
    }


BROKER_AFTER = re.compile(r"\s?[-–—]\s?(?:brokered|mediated)\b", re.IGNORECASE)


def _brokers_within(context: Context, frame: AgreementFrame) -> set[str]:
    """Actors named in the phrase joined to "brokered" or "mediated" ("the Annan-brokered
    power-sharing deal"): the broker, no party (GOLD), as ``_brokering`` has it for the
    phrase's own words. The phrase may be a party's role that holds the noun: in "under the
    EU-brokered Russia–Georgia ceasefire" the parse heads the phrase with "Russia", so the
    whole of it, broker included, is a party's words."""
    text = context.article.paragraphs[frame.paragraph]
    spans = [frame.noun] + [
        p for p in frame.parties if p.start <= frame.noun.start and frame.noun.end <= p.end
    ]
    return {
        m.entity.split("/", 1)[1]
        for m in context.mentions
        if m.paragraph == frame.paragraph
        and any(s.start <= m.start and m.end <= s.end for s in spans)
        and BROKER_AFTER.match(text, m.end)
    }


SPONSORED = frozenset("convention conventions charter covenant declaration".split())
"""Instruments an intergovernmental body draws up for states to join ("a UN convention")."""


def _sponsors_within(context: Context, frame: AgreementFrame) -> set[str]:
    """Intergovernmental bodies named in a convention's own phrase ("the UN's 1951 Refugee
    Convention", "a UN convention"): the body that drew it up, no party; the states that
    signed or ratified it are. Not other instruments ("the EU's deal with Turkey")."""
    words = [w.lower().strip(",.;:") for w in _head(frame.noun.text)]
    if not words or words[-1] not in SPONSORED:
        return set()
    text = context.article.paragraphs[frame.paragraph]
    bodies = intergovernmental()
    return {
        m.entity.split("/", 1)[1]
        for m in context.mentions
        if m.paragraph == frame.paragraph
        and frame.noun.start <= m.start
        and m.end <= frame.noun.end
        and text[m.start : m.end].removeprefix("the ").removeprefix("The ") in bodies
    }


MAKING = frozenset({"signed"})
"""Statuses whose verb makes the agreement, so that the sentence's date is its date ("signed
on Monday"); withdrawing, ratifying or violating it on Monday does not date it."""


def _own_date(
    context: Context, frame: AgreementFrame, sentence: int
) -> tuple[str | None, str | None]:
    """The agreement's own date: a year or a date in its phrase ("a 1994 agreement", "the
    November 27 deal"), else the sentence's date when its verb made it ("signed on Monday",
    "made an arrangement last March")."""
    year = YEAR.search(frame.noun.text)
    if year is not None:
        return year.group(), year.group()
    s = context.sentences[sentence]
    outside = (Role(s.start, frame.noun.start, ""), Role(frame.noun.end, s.end + 1, ""))
    named = context.date_near(frame.paragraph, sentence, frame.noun.start, skip=outside)
    if named is not None:  # "the November 27 deal", "the March 2018 agreement"
        return named.value, named.text
    if frame.status not in MAKING and frame.verb.lower() not in MAKE:
        return None, None  # "withdrew from the accord on Monday", "violated it in 2014"
    spans = _since_clauses(context, frame.paragraph, sentence, frame.noun.start)
    when = context.date_near(frame.paragraph, sentence, frame.noun.start, skip=spans)
    return (when.value, when.text) if when else (None, None)


def _since_clauses(context: Context, paragraph: int, sentence: int, noun: int) -> list[Role]:
    """The clauses of "since" of a sentence (``SINCE``) but the one that holds the agreement's
    noun at ``noun``. Each ends with its first date ("since 1979", "since relations fell
    apart in 1979") when one comes before its comma: "signed their first agreement since 1979
    on Sunday" is signed on Sunday, and "For the first time since 1979 Egypt and Iran signed
    an agreement" holds the agreement in no clause of "since", so 1979 does not date it."""
    s = context.sentences[sentence]
    spans = []
    for m in SINCE.finditer(s.text):
        start = s.start + m.start()
        end = s.start + m.end() if m.group(1) else s.end + 1
        before = (Role(s.start, start, ""),)  # the first date at or after "since"
        first = context.date_near(paragraph, sentence, start, skip=before)
        if first is not None and s.start + first.start < end:
            end = s.start + first.end
        spans.append(Role(start, end, ""))
    return [r for r in spans if not r.start <= noun < r.end]


SINCE = re.compile(r"\bsince\b[^,;]*?(,|;)|\bsince\b", re.IGNORECASE)
"""A clause or phrase of "since", to its comma or the sentence's end (or its first date,
``_since_clauses``): the start of a span that lasts to the telling ("signed an agreement to
resume flights for the first time since relations fell apart in 1979", "Since 2016, the two
sides have signed …"), never the agreement's making, whose date a sentence naming no other is
left without. A clause that holds the agreement itself ("since IBM acquired Red Hat last
year") is its own and kept."""


NEW = frozenset("new another other second separate fresh different future".split())
"""Words that make a definite phrase a further agreement ("the new agreement")."""
FAMILY = frozenset({"treaty", "agreement", "deal", "memorandum"})
"""Types a definite phrase may refer back across ("the 1987 agreement" after a treaty)."""


def _head(text: str) -> list[str]:
    """The words of an agreement phrase up to its noun ("the deal" of "the deal with Iran")."""
    words = text.split()
    for index, word in enumerate(words):
        if word.lower().strip(",.;:") in AGREEMENT_NOUNS:
            return words[: index + 1]
    return words


def _place_name(text: str) -> str | None:
    """A name from a place or body the phrase is named after when no party is ("the Paris
    climate accord", "the Minsk agreement"): the phrase without its determiner."""
    words = _head(text)
    if not words or words[0].lower() != "the":
        return None  # "a Brexit deal" is one of a kind, not a name
    words = words[1:]
    if len(words) > 1 and words[0][:1].isupper() and words[-1][:1].islower():
        return " ".join(words)
    return None


SHORT_NAME_VERBS = forms(
    "ratify",
    "renegotiate",
    "abrogate",
    "violate",
    "breach",
    "withdraw",
    "quit",
    "exit",
    "pull",
    "suspend",
    "leave",
)
"""Verbs whose object, a short name, may be an agreement ("withdrew from the JCPOA")."""


KEEP = forms(
    "solidify", "strengthen", "deepen", "expand", "extend", "renew", "implement", "honour",
    "honor", "respect", "uphold", "have",
)  # fmt: skip
"""Verbs of keeping up or having agreements that exist ("Iran is solidifying long-term
agreements with China and Russia", "has defence pacts with Japan and South Korea"): with
parties named, plural agreement nouns are agreements."""
PARTY_NAMES = frozenset("GPE ORG NORP PERSON".split())


def _signed_between(noun: Token) -> bool:
    """Documents signed between two or more named sides are an agreement between them
    ("several documents were signed between Pakistan and China", "Pakistan and China signed
    seven documents", "the two sides signed 15 documents"); not one side signing papers
    ("Trump signed documents"), nor papers not signed ("did not sign the documents")."""
    verb = _governing_verb(noun)
    if verb is None or verb.lower_ not in SIGN or noun.dep_ not in ("dobj", "nsubjpass"):
        return False
    if _denied_verb(verb) or _refused(verb) or _wished(verb):
        return False
    between = (o for h in (verb, noun) for o in preposition_objects(h, "between", "with", "by"))
    sides = [t for o in between for t in (o, *conjuncts(o))]
    who = subject(verb, depth=1) if noun.dep_ == "dobj" else None
    if who is not None and " ".join(t.lower_ for t in who.subtree) in SIDES:
        return True  # "the two sides signed 15 documents": the pair named before
    if who is not None:
        sides.extend((who, *conjuncts(who)))
    return sum(t.pos_ == "PROPN" and t.ent_type_ in PARTY_NAMES for t in sides) >= 2


def _kept(noun: Token) -> bool:
    """Plural agreements a verb keeps up, with a party named after "with" or "between" ("is
    solidifying long-term agreements with key partners like China and Russia"); not
    agreements in general ("opposes free trade agreements")."""
    verb = _governing_verb(noun)
    if noun.dep_ != "dobj" or verb is None or verb.lower_ not in KEEP or _denied_verb(verb):
        return False
    named = [t for o in preposition_objects(noun, "with", "between") for t in o.subtree]
    return any(t.ent_type_ in ("GPE", "ORG", "NORP") for t in named)


def _signed_by_clause(noun: Token) -> bool:
    """Plural agreements a clause of their own says were signed with a partner named ("the
    contracts they signed with the Commission"): those, not agreements in general."""
    return any(
        AGREEMENT_VERBS.get(c.lower_) == "signed"
        and not _denied_verb(c)
        and any(
            t.ent_type_ in ("GPE", "ORG", "NORP")
            for o in preposition_objects(c, "with")
            for t in o.subtree
        )
        for c in children(noun, "relcl")
    )


def _named_makers(noun: Token) -> bool:
    """Plural agreements a passive clause of their own says were made with or by a party
    named ("the testing agreements that have been made with the United States"); not
    agreements in general."""
    return any(
        t.ent_type_ in ("GPE", "ORG", "NORP", "PERSON")
        for clause in _made_passive(noun)
        for o in preposition_objects(clause, "by", "between", "with")
        for t in o.subtree
    )


def _owned_with(noun: Token) -> bool:
    """Plural deals someone has with a partner named ("his son's business deals with China"):
    those deals, not deals in general ("opposes free trade agreements with China")."""
    owner = next(children(noun, "poss"), None)
    partners = [
        t for o in [*preposition_objects(noun, "with"), *_with_after(noun)] for t in o.subtree
    ]
    return (
        owner is not None
        and not _denied(noun)
        and any(t.ent_type_ in ("GPE", "ORG", "NORP") for t in partners)
    )


ALLIANCES = frozenset("alliance partnership".split())
"""Nouns of a partnership between firms or states that is an agreement when its own phrase
names both sides ("its alliance with General Motors"); "tie-up" is one too (split "tie - up")."""
DASHES_IN_NAME = frozenset("- – — /".split())


def _alliance_word(noun: Token) -> bool:
    """ "alliance", "partnership" or the "up" of "tie-up" (the tokenizer splits it), lowercase:
    "the Alliance Party" is a party's name."""
    if noun.pos_ != "NOUN" or not noun.text.islower():
        return False
    if noun.lower_ in ALLIANCES:
        return True
    doc = noun.doc
    return (
        noun.lower_ == "up"
        and noun.i >= 2
        and doc[noun.i - 1].text in DASHES_IN_NAME
        and doc[noun.i - 2].lower_ == "tie"
    )


def _named_alliance(noun: Token) -> bool:
    """An alliance, partnership or tie-up whose own phrase names both sides and whose clause
    proposes, makes, ends or dates it (``_alliance_cue``): a named owner and a named "with"
    partner ("MG Rover's proposed tie-up with SAIC"), "its" and a partner of a clause that
    ends it, a subject pair that makes or ends it, two names joined by a dash ("the Fiat-GM
    alliance came about in 2000") or a "between" pair. One only described ("their close
    partnership", "Turkey's alliance with Russia") or wished for ("a tie-up would create")
    is none (GOLD)."""
    if not _alliance_word(noun) or _denied(noun) or not _alliance_cue(noun):
        return False
    verb = _governing_verb(noun)
    if verb is not None and (_hypothetical(verb) or _denied_verb(verb)):
        return False
    if any(c.lower_ in HYPOTHETICAL for c in noun.head.children if noun.dep_ == "nsubj"):
        return False
    modifiers = [c for c in noun.children if c.i < noun.i and c.dep_ in ("poss", "compound")]
    owners = [c for c in modifiers if c.dep_ == "poss" and _named_side(c)]
    named = [t for c in modifiers for t in c.subtree if _named_side(t)]
    partners = [t for o in preposition_objects(noun, "with") for t in o.subtree if _named_side(t)]
    between = [t for o in preposition_objects(noun, "between") for t in o.subtree]
    dashed = any(t.text in DASHES_IN_NAME for c in modifiers for t in c.subtree)
    if partners and owners:
        return True  # "MG Rover's tie-up with China's SAIC"; not "their partnership with"
    if partners and _made_or_ended(noun) and any(c.pos_ == "PRON" for c in modifiers):
        return True  # "negotiated an end to its alliance with General Motors"
    if _made_or_ended(noun) and verb is not None:
        who = subject(verb, depth=2)
        sides = [who, *conjuncts(who)] if who is not None else []
        if len({t.i for t in sides if t.pos_ == "PROPN" and t.ent_type_ != "PERSON"}) >= 2:
            return True  # "Fiat and GM ended their five-year alliance"
    names = [t for c in modifiers for t in c.subtree if t.pos_ == "PROPN"]
    if dashed and named and len(names) >= 2:
        return True  # "the Fiat-GM alliance" ("GM" need not be recognised as a firm)
    return sum(1 for t in between if _named_side(t)) >= 2  # "a partnership between A and B"


ENDING = forms("end", "quit", "exit", "terminate", "dissolve", "unwind", "scrap")
ENDINGS = frozenset("end exit termination".split())


def _made_or_ended(noun: Token) -> bool:
    """An alliance its clause makes or ends ("formed an alliance", "ended their alliance",
    "an end to its alliance"): one that existed as an agreement, not one only described."""
    verb = _governing_verb(noun)
    if verb is not None and verb.lower_ in PARTNERING | ENDING:
        return True
    head = noun.head
    return head.lower_ in ("to", "of", "from") and head.head.lower_ in ENDINGS


PLANNED = frozenset("proposed planned agreed new".split())
BEGINNING = forms("start", "date") | frozenset("begin begins began begun beginning".split())
"""Verbs whose year dates an alliance's start ("began in 1999", and "came about"); with those
that make or end one, the only verbs whose year dates the alliance: a year on any other dates
something else ("has worried NATO since 2019", "grew stronger in 2012", "came under strain")."""
DATING = BEGINNING | ENDING | PARTNERING
"""The verbs on which a year dates an alliance: those that start, make or end one."""
COMING = forms("come")


def _alliance_cue(noun: Token) -> bool:
    """What tells an alliance made as an agreement from one only described ("Turkey's
    alliance with Russia worried NATO"): its clause makes or ends it, it is proposed or new
    ("MG Rover's proposed tie-up"), or its clause dates its start ("came about in 2000")."""
    if _made_or_ended(noun) or any(c.lower_ in PLANNED for c in noun.children):
        return True
    verb = _governing_verb(noun) or (noun.head if noun.dep_ == "nsubj" else None)
    came_about = (
        verb is not None
        and verb.lower_ in COMING
        and any(c.lower_ == "about" for c in verb.children)
    )
    if verb is None or not (came_about or verb.lower_ in DATING):
        return False
    dated = [t for c in verb.children if c.dep_ == "prep" for t in c.subtree]
    return any(t.ent_type_ == "DATE" and YEAR.search(t.text) for t in dated)


def _named_side(token: Token) -> bool:
    """A proper name of an alliance's side: a firm, body, state or people; not a person
    ("Owen's new partnership with Rooney" is two strikers playing together)."""
    return token.pos_ == "PROPN" and token.ent_type_ in ("ORG", "GPE", "NORP")


def _with_after(noun: Token) -> list[Token]:
    """The partners a "with" right after an object names though the parse hangs it on the
    verb ("attacked Hunter Biden's business deals, particularly with China")."""
    if noun.dep_ != "dobj":
        return []
    doc = noun.doc
    found: list[Token] = []
    for prep in children(noun.head, "prep"):
        gap = doc[noun.i + 1 : prep.i]
        if (
            prep.lower_ == "with"
            and prep.i > noun.i
            and all(t.is_punct or (t.dep_ == "advmod" and t.head.i == prep.i) for t in gap)
        ):
            found.extend(preposition_objects(noun.head, "with"))
    return found


def _between(noun: Token) -> bool:
    """Plural agreements between parties named ("the memoranda of understanding between
    Turkey and Libya"): those agreements, not agreements in general."""
    named = [t for h in _heads(noun) for o in preposition_objects(h, "between") for t in o.subtree]
    return not _denied(noun) and any(t.ent_type_ in ("GPE", "ORG", "NORP") for t in named)


PACT_VERBS = (SHORT_NAME_VERBS | frozenset(AGREEMENT_VERBS)) - forms(
    "join", "accede", "leave", "quit", "exit"
)
"""Of the verbs of agreements, those not said of organisations too ("joined the Global
Partnership for Education" is a membership)."""


def _named_pact(token: Token) -> bool:
    """A capitalised name ending in a word of ``PACT_HEADS`` that a verb of agreements
    governs ("signed", "withdrew from", "quit"), that something is done under, that was
    signed, or that says it is joint; a plan only "of Action" ("the Marshall Plan" is aid)."""
    if token.lower_ not in PACT_HEADS or token.pos_ != "PROPN" or not token.text[:1].isupper():
        return False
    before = [c for c in token.children if c.i < token.i and c.dep_ in ("compound", "amod")]
    after = [o for o in preposition_objects(token, "of", "for", "on") if o.text[:1].isupper()]
    if not any(c.text[:1].isupper() for c in before) and not after:
        return False  # one word alone: "a plan", "the Declaration"
    if token.lower_ == "plan" and not any(o.lower_ == "action" for o in after):
        return False
    if any(c.lower_ == "joint" for c in before):
        return True
    verb = _governing_verb(token)
    return (
        (verb is not None and verb.lower_ in PACT_VERBS)
        or (token.dep_ == "pobj" and token.head.lower_ == "under")
        or any(a.lower_ in AGREEMENT_VERBS for a in children(token, "acl"))
    )


def _short_name_object(token: Token) -> bool:
    if token.pos_ != "PROPN" or not _acronym_text(token.text) or _denied(token):
        return False
    if token.dep_ == "pobj" and token.head.lower_ not in ("from", "of"):
        return False
    verb = _governing_verb(token)
    return token.dep_ in ("dobj", "pobj") and verb is not None and verb.lower_ in SHORT_NAME_VERBS


def _initials(name: str) -> str:
    """The capitals of a name's words ("United States-Mexico-Canada Agreement" -> USMCA)."""
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w[:1].isupper())


def _abbreviates(short: str, name: str) -> bool:
    """Whether a short name is a name's initials: "USMCA", "NAFTA"; "JCPOA" for the "Joint
    Comprehensive Plan of Action"; "INF" for the "Intermediate-Range Nuclear Forces Treaty"
    (its capitals in order, from the first)."""
    capitals = _initials(name)
    every = "".join(w[0] for w in name.split() if w[:1].isalpha()).upper()
    if short in (capitals, every):
        return True
    rest = iter(capitals[1:])
    return len(short) >= 3 and short[0] == capitals[:1] and all(c in rest for c in short[1:])


def _kinds(words: Sequence[str]) -> set[str]:
    """What a phrase says its agreement is about ("nuclear", "trade", "withdrawal"); not a
    word that only rates it ("the landmark accord" after "the 2015 nuclear deal" is that
    deal: ``RATINGS``, which the merge reads the same way)."""
    return {
        w.lower()
        for w in _modifiers(words)
        if w[:1].islower() and w.lower() not in NEW and w.lower() not in RATINGS
    }


def _modifiers(words: Sequence[str]) -> list[str]:
    """A phrase's words but its determiners, years and agreement nouns."""
    return [
        w
        for w in words
        if w.lower() + " " not in ANAPHORA
        and w.lower() not in ("a", "an")
        and not YEAR.fullmatch(w)
        and w.lower().strip(",.;:") not in AGREEMENT_NOUNS
    ]


def _other_kind(words: Sequence[str], earlier: Sequence[str]) -> bool:
    """ "the trade deal" after "the nuclear deal", "the withdrawal agreement" after "the EU
    treaty" or "a new Brexit deal": what the phrase says its agreement is about is not what
    the earlier one was."""
    kinds = _kinds(words)
    return bool(kinds) and bool(_modifiers(earlier)) and not kinds & _kinds(earlier)


def _apposition(
    context: Context, frame: AgreementFrame, seen: Sequence[tuple[Proposal, list[str]]]
) -> tuple[Proposal, list[str]] | None:
    """The agreement phrase another stands in apposition to, right after it and its comma
    ("a pact with Japan, the General Security of Military Information Agreement"; "the
    United States-Mexico-Canada Agreement, the trade deal meant to replace NAFTA"). Two
    names so set are a list ("the INF Treaty, the Open Skies Treaty and …")."""
    if not seen:
        return None
    earlier, said = seen[-1]
    if frame.name and earlier.name and frame.name != earlier.name:
        return None  # a list of names; one name twice ("New START, the … treaty") is one
    if earlier.mention.paragraph != frame.paragraph or earlier.mention.end > frame.noun.start:
        return None
    between = context.article.paragraphs[frame.paragraph][earlier.mention.end : frame.noun.start]
    return (earlier, said) if APPOSED.fullmatch(between) else None


APPOSED = re.compile(r"\s*,\s*(?:the\s+)?", re.IGNORECASE)


def _defined_term(words: Sequence[str]) -> bool:
    """A bare agreement noun written with a capital, as a document's own words call it
    ("Joseph Yun signed the Memorandum for the United States", "under the Agreement"): the
    agreement told before, not a name of its own ("the Treaty on European Union")."""
    return len(words) == 1 and words[0].lower().strip(",.;:") in AGREEMENT_NOUNS


def _antecedent(
    frame: AgreementFrame,
    seen: Sequence[tuple[Proposal, list[str]]],
    own: Sequence[str],
    year: str | None,
) -> tuple[Proposal, list[str]] | None:
    """The agreement named earlier that a definite phrase without a name of its own refers
    to: "the deal", "the pact", "the 1987 agreement" (its year agreeing), "the Paris deal"
    (a word of its name). Not "the new agreement", "the trade deal" after a nuclear one, nor
    one naming other parties ("the contract with SpaceX" after NASA's with Boeing)."""
    text = frame.noun.text
    if frame.name and _acronym_text(frame.name):
        return next(
            (e for e in reversed(seen) if e[0].name and _abbreviates(frame.name, e[0].name)),
            None,
        )  # "NAFTA" after "the North American Free Trade Agreement"
    if (frame.name and not _place_name(text)) or not text.lower().startswith(ANAPHORA):
        return None
    words = _head(text)[1:]
    if words and words[-1][:1].isupper() and not _defined_term(words):
        return None  # "the Treaty on European Union": a name
    if any(w.lower() in NEW for w in words):
        return None
    proper = {w for w in words[:-1] if w[:1].isupper()}
    for earlier, said in reversed(seen):
        if proper:
            if not proper <= set(f"{earlier.name or ''} {' '.join(said)}".split()):
                continue
        elif not (
            earlier.type == frame.type
            or {earlier.type, frame.type} <= FAMILY
            or frame.type in GENERIC  # "Turkey and Russia agreed a ceasefire … the deal"
        ):
            continue
        if _other_kind(words, said):
            continue
        if own and not set(own) & set(earlier.agents):
            continue
        if (
            year
            and earlier.date
            and not earlier.date.startswith(year)
            and not _reached_before(frame, year, earlier)
        ):
            continue
        if _unknown_year(text, earlier):
            continue
        return earlier, said
    return None


HOLDINGS = frozenset("stake stakes shares holding".split())
"""What a purchase buys that "the" points back to ("buy the stake from …"); not "the company",
which a stake's buyer may buy whole later, another acquisition."""


def _bought_again(
    frame: AgreementFrame, seen: Sequence[tuple[Proposal, list[str]]], parties: Sequence[str]
) -> tuple[Proposal, list[str]] | None:
    """The acquisition an earlier phrase told that a purchase of "the stake" tells again
    ("Hayleys is to buy a 61.73 percent stake in Singer Sri Lanka … Hayleys said it has agreed
    to buy the stake from Retail Holdings"): the same buyer's, so one page with both sellers'
    names, not a second acquisition."""
    if frame.type != "acquisition" or not parties:
        return None
    words = frame.noun.text.lower().split()
    if words and words[0] == frame.verb.lower():
        words = words[1:]  # "buy the stake from …": the verb's object
    if len(words) < 2 or words[0] != "the" or words[1] not in HOLDINGS:
        return None
    return next(
        (
            (earlier, said)
            for earlier, said in reversed(seen)
            if earlier.type == "acquisition" and set(parties) & set(earlier.agents)
        ),
        None,
    )


REACHED = forms("reach", "strike", "clinch", "hammer")
"""Verbs of coming to an agreement before it is signed ("reached the deal last Thursday")."""


def _reached_before(frame: AgreementFrame, day: str, earlier: Proposal) -> bool:
    """The deal an earlier phrase signed, told again as reached days before ("signed a
    power-sharing deal on Monday … reached the power-sharing deal last Thursday"): one deal,
    reached and then signed, not a second one; dated by its signing."""
    return (
        frame.verb.lower() in REACHED
        and earlier.status == "signed"
        and earlier.date is not None
        and len(day) == len(earlier.date) == 10
        and day < earlier.date
    )


def _unknown_year(text: str, earlier: Proposal) -> bool:
    """A definite phrase's year that an earlier agreement, unnamed, undated and not made in
    its sentence, never gave ("the 2015 nuclear deal" after "threatened to quit a global
    nuclear treaty"): another agreement. One made undated ("reached a nuclear deal in
    Vienna. The 2015 deal …") may be dated by it."""
    return (
        YEAR.search(text) is not None
        and not earlier.date
        and not earlier.name
        and earlier.status not in MAKING
    )
