"""Word sets and one-word tests that tell a person's name from a body's, shared by the package.

``person_like`` and ``_name_word`` (a person's name, a word of one), ``body_word`` and the heads
and ends of bodies' names (``ORG_HEADS``, ``BODY_ENDS``, ``HEADS_BEFORE_OF``, ``BODY_HEADS``,
``GROUP_HEADS``, ``STATE_BODY_HEADS``), ``title_word`` and ``rank_name_word`` (an office's
words, which ``resolve.merge`` reads too), honorifics and sentence openers. Here, below every
reader and mender, because each of them reads these sets.

Two pairs of sets once shared a name (``resolve/__init__``'s ``_BODY_HEADS`` took ``BODY_HEADS``
when it moved here, and the capitalised openers took ``_OPENERS``), so the second of each hid
the first: ``HEADS_BEFORE_OF`` and ``_CAPITAL_OPENERS`` are those first sets, read again by the
readers written for them (review39)."""

from __future__ import annotations

import re
from functools import cache

from ...gazetteer import place_kind, state_name, us_state_names
from ...titles import TITLE_WORDS
from ..decide import demonym_state
from ..names import BODIES_OF, is_acronym
from ..vocab import COMPANY_SUFFIXES, CONNECTORS, NOT_ACTOR_HEADS, PLACE_NOUNS, SHORT_HONORIFICS

SPEAKER_NOT_PERSON = frozenset(
    """
    ministry court council party house office committee department agency government parliament
    union commission league street square palace assembly army forces police bank group
    company corporation institute foundation university association federation organisation
    organization news times post press network agency bureau service guard guards
    """.split()
)
"""Last words of a speaker's name that make it no person's name ("Interior Ministry said")."""

ROLE_NOUNS = frozenset(
    """
    official spokesman spokeswoman spokesperson colleague counterpart coordinator co-ordinator
    operative officer director commissioner solicitor lawyer attorney adviser advisor aide envoy
    ambassador minister chairman chairwoman chairperson singer actor actress rapper star client
    guerrilla executive professor researcher analyst journalist reporter correspondent activist
    prosecutor judge candidate leader chief commander secretary governor mayor senator lawmaker
    legislator politician businessman businesswoman economist scientist negotiator footballer
    coach founder boss editor campaigner dissident
    """.split()
)
"""Nouns of a person's role, written in lower case right before or after a name ("ex-CIA
|official| Paul Pillar", "Borg Palm, Kazemi's |solicitor|,"): only a person holds one, so the
name is a person's whatever the NER read (``people._persons_by_role``). Not "company", "group"
or "agency", which a body's name follows as well ("the French company, Areva")."""
ONE_NAME_ROLES = frozenset(
    "singer actor actress rapper colleague counterpart spokesman spokeswoman spokesperson "
    "lawyer solicitor client".split()
)
"""Role nouns after which one capitalised word is a person's name ("Israeli |singer| Netta");
not "official", "chief" or "leader", which also modify a body's name ("the official Xinhua")."""

ORG_WORDS = frozenset(
    """
    survey authority board trust fund centre center society command corps administration
    navy army police court senate congress cabinet airlines airways railways party front
    movement alliance coalition council media radio television tv
    """.split()
)
"""More words no person's name contains ("United States Geological Survey")."""


_CAPITAL_OPENERS = frozenset("The A An In At As But And For By From With Of To On".split())
"""Capitalised words that open a sentence before a name without being part of it, compared as
written (``_after_a_name``); ``_OPENERS`` is the lower-case set of words that are no given name."""


NOT_OFFICES = frozenset(
    """state national security foreign defence defense general supreme chief acting interim
    former ex late self-declared crown field vice deputy agency ministry government council
    parliament st saint major representatives""".split()
)
"""Title words that also begin organisations' names: no office alone ("State Fire Brigade")."""


def rank_name_word(word: str) -> bool:
    """A word of a person's name after a title: capitalised, no title's, body's, place's,
    thing's or adjective's word ("General Electric", "General Assembly", "Prince Street")."""
    low = word.lower()
    return (
        word[:1].isupper()
        and not is_acronym(word)
        and low not in TITLE_WORDS | PLACE_NOUNS | COMPANY_SUFFIXES_LOW
        and not any(low in heads for heads in NOT_ACTOR_HEADS.values())
        and not (len(word) >= 7 and low.endswith(("al", "ic", "ive", "ary", "ory")))
        and _name_word(word)
    )


_ORG_HEAD_TITLES = frozenset("agency ministry government council parliament office".split())
"""Title words that are a body's head noun: "Council Bluffs" names no councillor."""
COMPANY_SUFFIXES_LOW = frozenset(s.lower().rstrip(".") for s in COMPANY_SUFFIXES)


def title_word(token: str) -> bool:
    """A capitalised title word that stands before a person's name ("General", "Sheikh",
    "Gen."); not one that only qualifies an office or opens a body's name ("National",
    "Acting", "Ministry": ``NOT_OFFICES`` but "General"), nor an honorific (``_honoured``
    reads "Mr Stone")."""
    low = token.lower().rstrip(".")
    return (
        token[:1].isupper()
        and low in TITLE_WORDS
        and (low not in NOT_OFFICES or low == "general")
        and low not in _ORG_HEAD_TITLES
    )


RANK_QUALIFIERS = frozenset("field major brigadier vice rear lieutenant".split())
"""Words that open a compound rank before a title word ("Field Marshal", "Major General",
"Rear Admiral"), some of them no title alone (``NOT_OFFICES``: "Major League")."""
SURNAME_RANKS = frozenset(
    """colonel col lieutenant lt brigadier admiral commander marshal sheikh ayatollah imam emir
    sultan rabbi senator sen governor mayor speaker ambassador""".split()
)
"""Ranks, offices and honorifics that news writes before a surname alone ("Colonel Hirale",
"Sheikh Sharif", "Governor Cuomo") and that open no firm's, brand's or work's name, as
"General" ("General Mills"), "Captain" ("Captain Morgan"), "Cardinal" ("Cardinal Health")
and "Sergeant" ("Sergeant Pepper") do: alone before a name, evidence enough of a person."""


def person_like(tokens: list[str], adjectives: bool = True) -> bool:
    """Two or three capitalised words, none an office's, an organisation's or a place's: a
    person's name. ``adjectives=False`` lets a word end like an adjective ('Abascal') where
    the caller knows more (a given name before it)."""
    return 2 <= len(tokens) <= 3 and all(
        t[:1].isupper()
        and t.lower() not in TITLE_WORDS | SPEAKER_NOT_PERSON | ORG_WORDS | CONNECTORS
        and t.lower() not in PLACE_NOUNS
        and not any(t.lower() in heads for heads in NOT_ACTOR_HEADS.values())
        and not (
            adjectives and len(t) >= 7 and t.lower().endswith(("al", "ic", "ive", "ary", "ory"))
        )
        for t in tokens
    )


ORG_HEADS = frozenset(
    """league committee council union movement front centre center institute association
    organisation organization office commission alliance coalition fund agency foundation
    society federation network""".split()
)
"""Nouns whose name goes on with 'for' ("Tunisian League for the Defence of Human Rights")."""

BODY_ENDS = ORG_WORDS | ORG_HEADS | SPEAKER_NOT_PERSON | {"international", "watch"}
"""Last words of an organisation's name ("Amnesty International", "Human Rights Watch")."""
UNIT_WORDS = frozenset(
    "force forces corps brigade brigades division command wing unit regiment battalion".split()
)
"""Last words of an armed body's unit ("Quds Force"), which its parent's name may open."""
_MORE_BODIES = frozenset(
    "club team clinic laboratory network studio group company caucus panel tribunal bloc guild "
    "band orchestra choir firm".split()
)
HEADS_BEFORE_OF = BODIES_OF | frozenset(
    """church house chamber senate assembly academy university college school society
    foundation trust bureau service mission order""".split()
)
"""First words of a body's name before 'of' ("Church of England", "Bank of England"), which a
surname shared with them ("Charlotte Church") does not make a person's."""


def body_word(word: str) -> bool:
    """A word that makes a name a body's ("Council", "Party", "Watch"), before "of" ("Church",
    "College": ``HEADS_BEFORE_OF``, which it was written to read) or at its end ("Presidency",
    "Tribe": ``BODY_HEADS``, which it read alone while the two sets shared that name). Here,
    beside the sets it reads, so that this module's bracket pass and the briefing-wide stage
    share it."""
    low = word.lower()
    return any(
        w in BODY_ENDS
        or w in HEADS_BEFORE_OF
        or w in BODY_HEADS
        or w in UNIT_WORDS
        or w in _MORE_BODIES
        for w in (low, low.removesuffix("s"))
    )


def _a_place(word: str, cities: bool = True) -> bool:
    return bool(state_name(word) or place_kind(word) in ("a region", "a city" if cities else ""))


STATE_BODY_HEADS = frozenset(
    """representatives senate congress parliament assembly court army navy force forces guard
    guards corps police cabinet survey""".split()
)
"""Last words of a state's institution whose name opens with the state's ("United States
House of Representatives", "United States Army"); not an agency's or a department's, whose
acronym leaves the state out ("CIA", not "USCIA") and which ``bodies`` already reads."""


@cache
def _court_seat() -> re.Pattern[str]:
    """'|United States District Court| for the Southern District of New York', '... Court of
    Appeals for the Ninth Circuit': the district or circuit a federal court sits for is part
    of its name (the court alone is one of ninety-four). Only a US state's name follows "of"
    ("... of Florida| Monday", "... of Texas| Judge Reed O'Connor")."""
    states = sorted((s for s in us_state_names() if "," not in s), key=lambda s: (-len(s), s))
    alternatives = "|".join(map(re.escape, [*states, "Columbia"]))
    return re.compile(
        r"^(?: of Appeals)? for the (?:[A-Z][a-z]+ )?(?:District|Circuit)"
        rf"(?: of (?:{alternatives})(?![\w'’-]))?"
    )


_SENTENCE_OPENERS = frozenset("in at as after before when while but meanwhile however".split())
_OPENERS = frozenset(
    """meanwhile however then also both neither either when while after before since although
    though if as but and so thus later earlier now still yet instead former late republican
    democratic democrat conservative labour liberal independent prosecutor legislator rapper
    doctor officer coach player striker artist candidate councilman elder born""".split()
)
"""Capitalised words at a sentence's start (or after a comma) that are no given name: openers,
parties, and occupations the NER leaves out of a name ("Prosecutor Krzysztof Sierak")."""

HONORIFICS = frozenset(h.lower() for h in SHORT_HONORIFICS) | frozenset(
    """prince princess king queen crown sheikh sheikha emir sultan lord lady sir dame ayatollah
    imam""".split()
)
"""Titles a given name follows at once ("Princess Ubolratana", "Sheikh Tamim"), unlike
offices, which may be followed by more of the office ("Chief Executive Carrie Lam").
Lower-case and compared without the dot, so no "mr." forms; no "miss", as before, unlike
``SURNAME_HONORIFICS``: it also opens a pageant's title ("Miss Universe")."""


def _low_title(word: str) -> bool:
    """A capitalised title word ("Princess", "President", "Gen.")."""
    return word[:1].isupper() and word.lower().rstrip(".") in TITLE_WORDS


def _name_word(word: str) -> bool:
    low = word.lower()
    return not (
        low in SPEAKER_NOT_PERSON | ORG_WORDS | CONNECTORS
        or state_name(word)
        or demonym_state(word)
        or place_kind(word)
    )


GROUP_HEADS = frozenset("presidency authority directorate tribe tribes nation nations".split())
"""Last words of a body's name that no person's name ends with: "Disaster and Emergency
Management Presidency", "Crow Tribe", "Blackfeet Nation"."""
BODY_HEADS = (
    ORG_HEADS
    | GROUP_HEADS
    | frozenset("ministry department service board bureau administration council".split())
)
"""Last words of a body's name whose first half may be cut off at its 'and'."""
