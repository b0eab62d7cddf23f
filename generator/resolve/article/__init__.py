"""One article's mentions: explicit annotations, curated names, and the NER's candidates.

Annotations and curated names become mentions here. The NER's other guesses become
``Candidate`` records, decided later for the whole briefing at once: whether a name is an actor
depends on every sentence that names it, not only this one.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from functools import cache
from operator import attrgetter
from typing import Any, TypeVar

from ...gazetteer import (
    capital_state,
    demonym_noun,
    place_kind,
    state_name,
    states_named_like_us_states,
    us_state_names,
)
from ...model import Article, ArticleAnnotation, Mention, QuoteFrame, Span, is_actor
from ...organs import NOT_IN_A_WORD, STATE_ORGANS, organ_tail
from ...titles import TITLE_WORDS
from ..bodies import body_key
from ..decide import demonym_state, is_demonym, newspaper
from ..names import (
    ABBREVIATED_TITLES,
    BODIES_OF,
    BODY_NOUNS,
    GIVEN_NAME_PLACES,
    INITIALISM,
    JOINED_COUNT,
    OFFICE_NOUNS,
    UN_ASSEMBLY,
    clean_name,
    given_name,
    initials,
    is_acronym,
    not_an_actor,
    office_object_before,
    spells_initialism,
    state_or_us_state,
    strip_glued_prefix,
    strip_party,
    strip_titles,
    title_only,
    without_the,
)
from ..reasons import NotActor
from ..vocab import (
    CALENDAR_WORDS,
    COMPANY_SUFFIXES,
    CONNECTORS,
    COORDINATED_DEPARTMENTS,
    DESIGNATED_BY_NOUN,
    EVENT_FIRST_WORDS,
    GOVERNMENT_WORDS,
    HYPHEN_PARTICIPLES,
    LOCATIVES,
    MADE_GOODS_NOUNS,
    MAKER_GOODS,
    MEDIUM,
    MEDIUM_NOUNS,
    MENTION_WORK_NOUNS,
    NOT_ACTOR_HEADS,
    OF_A_STATE,
    PEOPLE_FIELDS,
    PEOPLES_TRADE_NOUNS,
    PERSON_LABELS,
    PERSON_OPERATORS,
    PLACE_NOUNS,
    PLATFORMS,
    POST_NOMINALS,
    PROGRAMME,
    PRONOUN_WORDS,
    SEATS_NAMED_IN_CONTEXT,
    SHIP_PREFIX,
    SHORT_HONORIFICS,
    STRUCTURE_NOUNS,
    SURNAME_HONORIFICS,
    TRADE_NOUNS,
    UTTERANCE,
    VEHICLE_NOUNS,
    WELL_KNOWN_GROUPS,
)

_WORD = re.compile(r"\S+")
_EDGE = "\"“”‘’'.,;:()[]—–-"
SPEAKER_NOT_PERSON = frozenset(
    """
    ministry court council party house office committee department agency government parliament
    union commission league street square palace assembly army forces police bank group
    company corporation institute foundation university association federation organisation
    organization news times post press network agency bureau service guard guards
    """.split()
)
"""Last words of a speaker's name that make it no person's name ("Interior Ministry said")."""

ORG_WORDS = frozenset(
    """
    survey authority board trust fund centre center society command corps administration
    navy army police court senate congress cabinet airlines airways railways party front
    movement alliance coalition council media radio television tv
    """.split()
)
"""More words no person's name contains ("United States Geological Survey")."""

_CUT_BEFORE = re.compile(r"\b([A-Z][\w.]*)\s+(?:of|on|for)\s+(?:the\s+)?$")
"""'House of |Representatives|', 'Order of the |Sun|': the NER cut a longer name; the part is
no actor."""


_LED_BODY = re.compile(r"^\s+(administration|government|regime)\b", re.IGNORECASE)
"""'|Trump| administration': what follows a leader's name when the state is meant."""

_PLACE_BEFORE = re.compile(
    r"(?:(?i:\b(?:town|village|city|municipality|district|province|suburb|hamlet|commune|county)"
    r" of|\b(?:along|down|up|near) the|\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?"
    r" of)|\b(?:in|at|near|outside) (?:[A-Z][\w'’.-]* ?)+(?:, (?:[A-Z][\w'’.-]* ?)+)*,? (?:and|or)"
    r"|\bat \d{1,4}[a-z]?"
    r"|\b(?:area|park|square|site|place|spot|lawn|field|plaza|neighbou?rhood|district|village|"
    r"town|city|island|region) (?:called|named|known as)(?: the)?)\s+$"
)
"""'the town of |Koszalin|', 'an area called the |Ellipse|', 'down the |ERV|', 'nine kilometres
east of |Carrascal|', 'in Saqqara and |Tuna el-Gebel|' (the last of a list of places), '36
|Quai des Orfèvres|' (an address): the name of a place."""
_MOTION_BEFORE = re.compile(
    r"(?:\b(?i:entry|trip|journey|flights?|travel(?:l?ed|l?ing)|flew|flying|headed|heading|"
    r"drove|driving|walked|marched|sailed|fled|evacuated) (?:in)?to"
    r"|\b(?i:descended|converged) (?:up)?on"
    r"|(?<!finished )(?<!came )(?<!placed )(?<!ran )(?<!just )\b(?i:in front) of"
    r"|\bfrom ([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?) to)(?: the)?\s+$"
)
"""'the entry into |Cheongwadae|', 'travelling from Louisiana to |Walt Disney World|', 'fans
descended on the |Toronto Congress Centre|', 'the plaza in front of |Seoul City Hall|': where
someone goes or stands, a place (not a race's "finished in front of"). Not "went to", "moved
to" nor "returned to", which a person does to a company or a court as well ("moved to
Google")."""
_OF_BEFORE = re.compile(r"(\S+) (?:of|from) (?:the )?$")
"""'First Minister of |Scotland Nicola Sturgeon|', 'Senator from |Vermont Bernie Sanders|': the
name follows 'of' or 'from' (and the word before it may be a title's)."""
_PLACE_AFTER = re.compile(
    r",? (?:a|the) (?:[\w-]+ ){0,2}"
    r"(?:town|village|city|municipality|district|suburb|hamlet|commune)(?: in| of| near| on|[,.;])"
    r"|, (?:(?:north|south)(?:-?(?:east|west))?ern|eastern|western|central) "
    r"(?![A-Z][\w-]*(?: [A-Z][\w-]*)*['’])[A-Z]"
)
"""'|Kutama|, a village in', '|Kobani|, a Kurdish-majority town,', '|Suluk|, northern Syria':
the name of a place; not '|Mazloum Abdi|, northeastern Syria's top commander', whose region's
possessive describes him."""
_TITLE_JOINED_BEFORE = re.compile(r"[\w,;:]\s+The [A-Z][\w'’-]* (?:and|&) $")
"""'The account for The Bernie and |Sid Show|': a capitalised 'The' inside a sentence opens a
title, and the words after its 'and' end it."""
_TITLE_NOUNS = frozenset(
    "show hour podcast programme program series hours tonight live special".split()
)
"""The last words of a show's title ("The Bernie and Sid Show"), which no actor's name ends in."""
_BUILDING_AFTER = re.compile(
    r"^,? (?:formerly |now |once |originally )?(?:a|an|the) (?:[\w-]+ ){0,3}"
    r"(?:(?:church|mosque|temple|synagogue) and (?:now |later )?(?:a |an )?)?"
    r"(?:(?:cathedral|museum|basilica|monastery|palace)"
    r"(?=[,.;]| and\b| in\b| that\b| which\b| built\b)"
    r"|(?:hotel|prison|jail|compound|mansion|resort|detention (?:centre|center|camp))"
    r"(?=[,.;:]| and\b| in\b| that\b| which\b| built\b| popular\b| near\b| on\b| at\b|"
    r" where\b| known\b| located\b| used\b| run\b| for\b| outside\b| holding\b))"
)
"""'|Hagia Sophia|, formerly a Greek Orthodox church and now a museum': a building's name
(not "Bob Smith, the museum's curator", nor "a museum guide"). A church, mosque or temple
alone may be its congregation ("The Avoyelles House of Mercy, a Pentecostal church, had
been travelling"): only what it became says it is a building. A hotel, a prison, a
compound ("the |Villa Rose|, a hotel popular with politicians") is one where the noun ends
its phrase or a place's words follow it: not "a hotel chain", "a prison guard", "a
detention centre's staff" (actors75)."""
_GOVERNMENT_ACTS = re.compile(
    r"^,? (?:has |had |have |would |will |also |then )?(?:said|says|denied|denies|warned|"
    r"warns|accused|accuses|responded|responds|rejected|rejects|announced|announces|"
    r"condemned|condemns|claimed|claims|insisted|insists|demanded|demands|threatened|"
    r"threatens|retaliated|imposed|imposes|summoned|summons|expelled|expels|denounced|"
    r"refused|refuses|agreed|agrees|called|calls|urged|urges)\b"
)
"""A speech or a state's act right after a capital's name ("Tehran denied", "Washington
accused Iran"): the government that sits there, which GOLD.md folds into its state."""
_SUBJECT_BEFORE = re.compile(r"(?:^|[.;:!?\"“]|\b(?:and|but|that|while|as|[Tt]he|[Tt]hen))\s*$")
"""Where a clause's subject begins: "Tehran said", "... and Washington accused" (not "the
mayor of the city of |San Juan|, said")."""
_VESSEL_BEFORE = re.compile(
    r"\b((?i:ship|boat|tanker|vessel|freighter|frigate|destroyer|submarine|yacht|ferry|"
    r"trawler|cruiser|warship|liner|corvette|icebreaker))(?:,? (?:the )?|"
    r" (?:the )?(Admiral|General|Marshal|Captain|President|Queen|King|Prince|Princess|Saint) )$"
)
"""'the tanker |Stena Impero|', 'The boat, |Conception|,': a ship's name; 'the frigate Admiral
|Gorshkov|' (actors86): a ship named after a person by rank, the rank left out of the NER's
span (group 2), is the ship too (a person is not written after a ship's noun; no comma
between: "boarded the vessel, Captain John Smith said" names the captain)."""
_SHIP_NUMBER_AFTER = re.compile(r" (\d{1,3}|[IVX]{1,4})\b(?![.,]\d|-)")
"""'the ship |Sea-Watch| 3': a number the NER left out of the ship's name."""
_SHIP_PREFIX_BEFORE = re.compile(
    rf"(?<![\w.])(?:{SHIP_PREFIX}|RV)\.? (?:(?:Professor|Prof\.|Sir|"
    r"Dr\.?|Admiral|General|Captain|President|Queen|King|Prince|Princess|Saint|St\.?) )?$"
)
"""'MV |Professor Albrecht Penck|', 'the RV |Sir David Attenborough|': a ship named after a
person, whose prefix (and the title the name carries) the NER left out of the span."""
_INHABITED = re.compile(
    r"\b(?i:residents|inhabitants|villagers|townspeople|outskirts|streets) of (?:the )?$"
)
"""'residents of |Khan Sheikhoun|', 'the outskirts of |Tripoli|': a town's name, never a
longer name cut after 'of'."""
_THE = re.compile(r"the\b", re.IGNORECASE)
_MODEL_NUMBER = re.compile(r"(?<![\w.,])(?!(?:19|20)\d\d\b)\d{2,4}\s$")
"""'737 |MAX|': a model's number (not a year: "In 2019 |Gazprom|") right before a name."""
_IN_A_US_STATE = re.compile(r"^, ([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=[,.;:)]|\s*$)")
"""'|Windsor Locks|, Connecticut.': a place, when a US state's name follows as an address
does (not "Ricardo Rosselló Nevares, Puerto Rico's governor")."""


@dataclass(frozen=True)
class Candidate:
    """An NER span no editor curated: its place, its text, and the name it proposes."""

    article: str
    paragraph: int
    sentence: int
    start: int
    end: int
    text: str
    name: str
    """Cleaned: no leading 'the', possessive, titles (for people) or glued prefix."""
    label: str
    """spaCy's label, or ``LOC`` where the words around it make it a place ("in Ghazni",
    "Maidan Wardak province"), whatever the NER said."""
    ner_label: str = ""
    """spaCy's own label, for the review."""
    of_state: str = ""
    """The state named right before it ("Iran's |Foreign Ministry|", "Russian |Defence
    Ministry|"), whose body a stateless body's name then is."""
    vessel: str = ""
    """The kind of ship named right before it ("the tanker |Stena Impero|", "The boat,
    |Conception|"): the name is a ship's, in every sentence of the briefing."""
    said_what: bool = False
    """The words around it say what it is: a place ("the Sandy Point area", "east of
    Carrascal", "Windsor Locks, Connecticut", "residents of Khan Sheikhoun"), more than a
    preposition does ("in Ghazni"), or a product ("Boeing 737 |MAX|"): its vote counts twice."""
    given: bool = False
    """Its first word is one the NER left out, taken as a given name ("|Sławoj| Leszek
    Głódź"); a word the briefing also writes in lower case is none ("Born Robert Burns")."""
    glossed: str = ""
    """What the words around it say it is, when no actor: "a building" ("|Hagia Sophia|,
    formerly a Greek Orthodox church and now a museum"), "an event" ("the tenth |Furnal
    Equinox|, an annual event"), "a product" ("One antibody cocktail, |ZMapp|,"); the name
    is that, in every sentence of the briefing."""
    traded: bool = False
    """Its article writes a company's noun right before the name once ("oil firm |Yukos|",
    "car maker |Mercedes|"): a company's, though also a town's or named once."""


@dataclass(frozen=True)
class Dropped:
    """A name the NER proposed that ``collect`` leaves out by a rule of its own, with the
    rule's reason: kept so that the review can show a name no page then holds (the editor
    sees why, and the YAML that accepts it) instead of losing it silently."""

    article: str
    paragraph: int
    sentence: int
    name: str
    why: str
    """The reason as the review shows it (``reasons.NotActor.why``)."""
    ner_label: str = ""


def every(candidates: Sequence[Candidate], test: Callable[[Candidate], bool | None]) -> list[str]:
    """The names, sorted, whose every mention passes ``test`` (None skips a mention): the
    rules that read a name as a thing only where no sentence writes it otherwise."""
    return every_read(candidates, [test(c) for c in candidates])


def every_read(candidates: Sequence[Candidate], passed: Sequence[bool | None]) -> list[str]:
    """``every`` of the tests' results already found, one for each candidate, in order."""
    ok: dict[str, bool] = {}
    for c, this in zip(candidates, passed, strict=True):
        if this is not None:
            ok[c.name] = ok.get(c.name, True) and this
    return sorted(name for name, yes in ok.items() if yes)


T = TypeVar("T")


def by_article(candidates: Sequence[Candidate]) -> dict[str, list[Candidate]]:
    """The candidates of each article, in order."""
    here: dict[str, list[Candidate]] = defaultdict(list)
    for c in candidates:
        here[c.article].append(c)
    return here


def runs(candidates: Sequence[Candidate]) -> list[tuple[str, int, int]]:
    """The candidates as runs of one article's: the article, how many of its candidates come
    before the run, and the run's length (for ``aligned``)."""
    found: list[tuple[str, int, int]] = []
    taken: dict[str, int] = defaultdict(int)
    i, n = 0, len(candidates)
    while i < n:
        article = candidates[i].article
        j = i + 1
        while j < n and candidates[j].article == article:
            j += 1
        found.append((article, taken[article], j - i))
        taken[article] += j - i
        i = j
    return found


def aligned(order: list[tuple[str, int, int]], values: Mapping[str, Sequence[T]]) -> list[T]:
    """Each article's ``values``, one for each of its candidates in order, as one list in the
    order of the candidates whose ``runs`` are ``order``."""
    return [v for article, start, n in order for v in values[article][start : start + n]]


@dataclass
class ArticleMentions:
    """What one article contributes before the briefing-wide decisions."""

    mentions: list[Mention] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)
    states: list[str] = field(default_factory=list)
    """States named only inside a body's name or as a modifier ("the 2020 United States
    presidential election"): no mention, but a sign of which state the article is about
    (whose "Senate" a bare "Senate" is)."""
    dropped: list[Dropped] = field(default_factory=list)
    """Spans the NER read as names that a rule here reads as part of something else (an
    office, a longer name, a title): the review lists those no page holds."""

    def encoded(self) -> dict[str, list[list[object]]]:
        """As JSON values (for ``memo.Memo``): each mention and candidate a row of its fields."""
        return {
            "mentions": _rows(self.mentions),
            "candidates": _rows(self.candidates),
            "states": [[state] for state in self.states],
            "dropped": _rows(self.dropped),
        }

    @classmethod
    def decoded(cls, data: dict[str, list[list[Any]]]) -> ArticleMentions:
        """Back from ``encoded``."""
        return cls(
            [Mention(*row) for row in data["mentions"]],
            [Candidate(*row) for row in data["candidates"]],
            [row[0] for row in data.get("states", [])],
            [Dropped(*row) for row in data.get("dropped", [])],
        )


def _rows(items: list[Mention] | list[Candidate] | list[Dropped]) -> list[list[object]]:
    """Each flat dataclass as the list of its field values (``astuple`` copies deeply, ten
    times slower)."""
    if not items:
        return []
    get = attrgetter(*(f.name for f in fields(items[0])))
    return [list(get(item)) for item in items]


def after_spaces(text: str, spaces: int, end: int) -> int:
    """Where a match that ends at ``end`` and holds at most ``spaces`` spaces (" ") may start
    at the earliest: at the space before them (none starts there, it would hold one more), or
    0. A pattern anchored at a name's start is searched from there, not over the whole
    paragraph before the name (``rfind`` in C: walking back in Python cost as much)."""
    at = end
    for _ in range(spaces + 1):
        at = text.rfind(" ", 0, at)
        if at < 0:
            return 0
    return at


def _a_body(name: str, known_names: set[str]) -> bool:
    """``name`` is a body's, whatever cue of motion stands before it: a curated or well-known
    name, an acronym ("the entry into the WTO"), a state's body (``body_key``), a company's
    legal form, or a body's head word as its last word or before its "of" ("House of Lords",
    "Bank of England")."""
    if name in known_names or name in WELL_KNOWN_GROUPS or is_acronym(name) or body_key(name):
        return True
    words = [w.lower() for w in name.split()]
    lead = name.split(" of ", 1)[0].split()[-1:] if " of " in name else []
    return bool(words) and (
        words[-1] in _ENTERED_BODIES | COMPANY_SUFFIXES
        or any(w.lower() in _ENTERED_BODIES for w in lead)
    )


def _moved_to(before: str) -> bool:
    """A name written where someone goes or stands (``_MOTION_BEFORE``); "from X to" only
    from a place the gazetteer knows ("from Louisiana to"), not "from Congress to"."""
    motion = _at_end(_MOTION_BEFORE, before, 6)
    if motion is None:
        return False
    origin = motion.group(1)
    return not origin or bool(state_or_us_state(origin) or place_kind(origin))


_DEPARTED_FROM = re.compile(
    r"\b(?i:flew|flown|flying|flights?|sailed|departed|launched|fled|escaped|evacuated|"
    r"deported|airlifted|returned|returning) from\s+$"
)
"""'bombers flew from |Diego Garcia|', 'escaped from |Abu Ghraib|': where someone leaves, a
place; no "the" ("fled from the Taliban" flees a body)."""


def _travelled(before: str) -> bool:
    """A name the NER reads as a person's, written where someone goes ("flew to |Diego
    Garcia|", ``_moved_to``) or leaves (``_DEPARTED_FROM``): a place named like a person, as
    one never flies to or from a person. Not "in front of", where a person stands as well."""
    if _at_end(_DEPARTED_FROM, before, 2):
        return True
    motion = _at_end(_MOTION_BEFORE, before, 6)
    return motion is not None and "front" not in motion.group(0).lower() and _moved_to(before)


_ALIAS_BEFORE = re.compile(
    r"\b(?:under|in|using|with|bearing|as) (?:the |a )?(?:false |fake |assumed |)"
    r"(?:name|alias|pseudonym)(?: of)? [\"“‘']?$|\b(?:alias|a\.k\.a\.?) [\"“‘']?$"
)
"""'a passport under the name |Kim Chol|', 'a passport with the name of “|Kim Chol|”',
'travelling under the alias X': a name someone went by, not another person."""


def given_alias(c: Candidate, paragraphs: Sequence[str]) -> str:
    """The name a person candidate was written as where ``_aliases`` gave it the full name
    of the person it is an alias of ("under the name |Kim Chol|" of Kim Jong Nam), or the
    short form a UN body was written as ("the |Security Council|"): for the page's list of
    names; else ''. (The label before cleaning: resolve asks it of every candidate placed
    under its own name, most of them no person's, and cleaning the text costs more.)"""
    if c.name in (UN_COUNCIL, UN_ASSEMBLY):
        written = clean_name(c.text)
        return written if written != c.name else ""
    if c.label != "PERSON":
        return ""
    written = clean_name(c.text)
    if written == c.name or " " not in written:
        return ""
    return written if any(_given_as(text, written) for text in paragraphs) else ""


def _given_as(text: str, name: str) -> bool:
    """Whether ``text`` writes ``name`` as an alias (``_ALIAS_BEFORE`` right before it)."""
    at = text.find(name)
    while at >= 0:
        if _ALIAS_BEFORE.search(text, max(0, at - 40), at):
            return True
        at = text.find(name, at + 1)
    return False


def _aliases(
    paragraphs: Sequence[str],
    spans: Sequence[tuple[int, Span]],
    people: Mapping[int, list[tuple[int, int, str]]],
) -> dict[str, str]:
    """Each name of a person the article writes as an alias ("travelling under the name
    |Kim Chol|", ``_ALIAS_BEFORE``) and the person it is the alias of (``_alias_of``): every
    mention of it in the article is that person's ("identified as Kim Chol")."""
    found = {}
    for p, span in spans:
        if span.label != "PERSON" or " " not in (name := clean_name(span.text)):
            continue
        if _ALIAS_BEFORE.search(paragraphs[p], max(0, span.start - 40), span.start) and (
            owner := _alias_of(name, people)
        ):
            found[name] = owner
    return found


def _alias_of(name: str, people: Mapping[int, list[tuple[int, int, str]]]) -> str | None:
    """The person an alias names: of the people the article names in full who share its
    first or last word (a family name first, as Korean ones are: "Kim Chol" of "Kim Jong
    Nam"; or last), the one named most often, twice at least and more than any other: the
    person the article is about ("Kim Jong Nam" five times beside his brother "Kim Jong Un"
    three times), in the form it writes most ("Kim Jong-nam" and "Kim Jong Nam" are one).
    None where no one stands out."""
    words = name.split()
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for named in people.values():
        for _, _, full in named:
            parts = full.split()
            if full != name and (parts[0] == words[0] or parts[-1] == words[-1]):
                counts[full.casefold().replace("-", " ")][full] += 1
    ranked = sorted((sum(forms.values()), key) for key, forms in counts.items())
    if not ranked or ranked[-1][0] < 2 or (len(ranked) > 1 and ranked[-1][0] == ranked[-2][0]):
        return None
    return counts[ranked[-1][1]].most_common(1)[0][0]


_SITED_BEFORE = re.compile(
    r"(?<![\w'’-])(?:(in|at|near|off|onto|outside)|on|to|from|for|(?:island|atoll)s? of)"
    r"(?: the)? $"
)
"""The preposition before a place: "in", "at", "near", "off", "onto", "outside" (a place's
only: ``LOCATIVES``), or "on", "to", "from", "for", "the island of", which a place takes as
well as a person ("pressure on X", "a letter to X", "a lease for X")."""


def _sited_names(
    paragraphs: Sequence[str], spans: Sequence[tuple[int, Span]], known_names: set[str]
) -> frozenset[str]:
    """Names of two words or more the NER reads as a person's that the article writes only
    as a place's: each time right after a place's preposition (``_SITED_BEFORE``), twice with
    one no person takes ("debris found on |Diego Garcia| ... officials at Diego Garcia": an
    island named like a man) or three times ("the dock on |Diego Garcia| ... grow up on Diego
    Garcia ... a voyage from Diego Garcia"), never acting (no possessive), and no word of it
    read alone as a person's but after such a preposition ("confidence in |Donald Trump| ...
    pressure on Donald Trump ... Trump said" is the man; "no doctor on |Diego|" is the
    island). A curated name is left alone."""
    seen: dict[str, list[bool]] = defaultdict(list)
    failed: set[str] = set()
    alone: set[str] = set()
    for p, span in spans:
        if span.label != "PERSON":
            continue
        name = clean_name(span.text)
        words = name.split()
        text = paragraphs[p]
        sited = _SITED_BEFORE.search(text, max(0, span.start - 24), span.start)
        if len(words) == 1:
            if sited is None:
                alone.add(name)
            continue
        if (
            sited is None
            or span.text.endswith(("'s", "’s"))
            or text[span.end :].startswith(("'s", "’s"))
        ):
            failed.add(name)
        else:
            seen[name].append(bool(sited.group(1)) or "island" in sited.group(0).lower())
    return frozenset(
        name
        for name, places in seen.items()
        if (len(places) >= 3 or (len(places) >= 2 and any(places)))
        and name not in failed
        and name not in known_names
        and not set(name.split()) & alone
    )


def _at_end(pattern: re.Pattern[str], text: str, words: int) -> re.Match[str] | None:
    """``pattern.search(text)`` for a pattern ending in ``\\s+$`` whose match holds at most
    ``words`` runs of non-space characters: the search starts where the last ``words`` runs of
    ``text`` begin (no match can start before), not at each character of the paragraph
    before a span, which made these searches grow with the square of a paragraph's length.
    ``\\b`` still sees the character before that start. ``text`` starts a paragraph, whose
    words load joins with single spaces: the runs start after the space ``after_spaces`` finds,
    counting the one that ends ``text`` before a span (a paragraph never starts with one)."""
    at = after_spaces(text, words if text.endswith(" ") else words - 1, len(text))
    return pattern.search(text, at + 1 if at else 0)


def _titled(paragraphs: Sequence[str]) -> set[str]:
    """The words an article writes right after an honorific ("Mr |Joyce|", "Ms Cole"):
    people's surnames, which no company's noun beside them makes a company's."""
    return {m.group(1) for text in paragraphs for m in _TITLED.finditer(text)}


_TITLED = re.compile(
    rf"\b(?:{'|'.join(map(re.escape, sorted(SURNAME_HONORIFICS)))})\s+([A-Z][\w'’-]*)"
)


def collect(
    article: Article,
    annotation: ArticleAnnotation,
    curated: set[str],
    ignore: set[str],
    known_names: set[str],
) -> ArticleMentions:
    """Mentions from annotations and curated spans, and candidates from the other spans.

    Actors form one layer and agreements/events another: an event phrase such as "Larijani
    met with the Kremlin leader" must not hide the actors named inside it.
    """
    out = ArticleMentions()
    taken: dict[tuple[bool, int], list[tuple[int, int]]] = defaultdict(list)
    sentences = annotation.sentences

    # Per paragraph, its sentences' ends (plus one) and indices, in text order: a span's
    # sentence is found by bisection, not by a walk through the whole article per span.
    ends: dict[int, list[int]] = defaultdict(list)
    order: dict[int, list[int]] = defaultdict(list)
    for index, sentence in enumerate(sentences):
        ends[sentence.paragraph].append(sentence.end + 1)
        order[sentence.paragraph].append(index)

    def sentence_at(paragraph: int, start: int) -> int:
        """The first sentence of the paragraph holding ``start`` (its end counted in)."""
        here = ends.get(paragraph, [])
        at = bisect.bisect_right(here, start)
        if at < len(here) and sentences[order[paragraph][at]].start <= start:
            return order[paragraph][at]
        return -1

    def free(paragraph: int, start: int, end: int, actor: bool = True) -> bool:
        return all(end <= s or start >= e for s, e in taken[actor, paragraph])

    def add(entity: str, paragraph: int, start: int, end: int, how: str) -> None:
        index = sentence_at(paragraph, start)
        if index < 0:
            return
        text = article.paragraphs[paragraph][start:end]
        out.mentions.append(Mention(entity, article.id, paragraph, index, start, end, text, how))
        taken[is_actor(entity), paragraph].append((start, end))

    # 1. Explicit annotations: every occurrence of the text, longest first.
    for note in sorted(article.annotations, key=lambda n: -len(n.text)):
        for p, paragraph in enumerate(article.paragraphs):
            for match in re.finditer(rf"(?<!\w){re.escape(note.text)}(?!\w)", paragraph):
                if free(p, match.start(), match.end(), is_actor(note.entity)):
                    add(note.entity, p, match.start(), match.end(), "annotation")

    given: set[tuple[int, int]] = set()
    spans = _split_possessives(
        _split_participles([(s.paragraph, span) for s in sentences for span in s.spans])
    )
    # The passes that read the paragraphs, in order; the last two share ``given``.
    for step in (
        _group_heads,
        _nationality_adjectives,
        _join_coordinated_departments,
        _split_glued_pairs,
        _extend_national_bodies,
        _news_channels,
        _broadcast_prefixed,
        _cited_outlets,
        _extend_state_bodies,
        _complete_well_known,
        _join_listed_bodies,
        _join_cut_names,
        _extend_to_body_head,
        _extend_cut_bodies,
        _extend_joined_bodies,
        _counted_groups_read,
    ):
        spans = step(spans, article.paragraphs)
    spans = _own_publisher(spans, article.paragraphs, article.source)
    for given_step in (_extend_cut_people, _extend_to_defined_acronym):
        spans = given_step(spans, article.paragraphs, given)
    # 2. Curated names and aliases found by the EntityRuler.
    for p, span in spans:
        actor = is_actor(span.entity or "")
        if (
            span.entity in curated
            and span.text not in ignore
            and free(p, span.start, span.end, actor)
        ):
            add(span.entity or "", p, span.start, span.end, "curated")

    # 3. Everything else the NER saw is a candidate, longest first.
    guesses = sorted(
        ((p, span) for p, span in spans if not span.entity), key=lambda ps: -len(ps[1].text)
    )
    starts: dict[int, set[int]] = defaultdict(set)
    people_end: dict[int, set[int]] = defaultdict(set)
    orgs: dict[str, int] = defaultdict(int)
    surnames: set[str] = set()  # "Frank Stone": "Mr Stone" read as an ORG is a person
    traded: set[str] = set()  # "oil firm |Yukos|" once: every "Yukos" of the article
    untraded: set[str] = set()  # the other one-word names the NER read
    people_named: dict[int, list[tuple[int, int, str]]] = defaultdict(list)  # people's full names
    firms: set[str] = set()  # "the law firm |Tods Murray|" read as a person's: every one
    for p, span in spans:
        starts[p].add(span.start)
        if (
            span.label == "PERSON"
            and 2 <= len(clean_name(span.text).split()) <= 4
            and _at_end(_FIRM_BEFORE, article.paragraphs[p][: span.start], 2)
        ):
            firms.add(clean_name(span.text))
        if (
            span.label in _TRADE_RELABELLED | {"ORG"}
            and len(words := clean_name(span.text).split()) == 1
            and not state_name(words[0])
            # "a |Chinese| company": whose the company is, not its name
            and not is_demonym(words[0])
            # "car maker |Mercedes|" read as a body is the company, not the Argentine city
            # a place's reading would be
            and not (span.label in ("GPE", "LOC", "FAC") and place_kind(words[0]))
        ):
            if _traded_at(article.paragraphs[p], span.start, span.end, words[0]):
                traded.add(words[0])
            else:
                untraded.add(words[0])
        if span.label == "PERSON":
            people_end[p].add(span.end)
            if len(words := clean_name(span.text).split()) >= 2:
                surnames.add(words[-1])
                people_named[p].append((span.start, span.end, clean_name(span.text)))
        if span.label == "ORG" and not _BRAND_AFTER.match(article.paragraphs[p][span.end :]):
            orgs[clean_name(span.text)] += 1  # "Volvo said", not "a |Volvo| truck": a maker
    # "Gazprom, its unit …" read as a place, "gas firm Gazprom" not read as a name: the
    # company's noun stands by a mention the NER left out, the name is a company's all the same;
    # not a word of a longer name the NER reads only as a person's, whose role the noun is ("its
    # alleged operator |Jong| Woo Son", then "Jong was arrested": the man, no company; "airline
    # |Mahan| Air" read as a person's there and as a body's elsewhere is the airline's)
    bodies = {clean_name(span.text) for _, span in spans if span.label == "ORG"}
    for word in sorted(untraded - traded):
        if any(
            _traded_at(paragraph, m.start(), m.end(), word)
            for p, paragraph in enumerate(article.paragraphs)
            if word in paragraph
            for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", paragraph)
            if not any(
                s <= m.start() and m.end() <= e and name not in bodies
                for s, e, name in people_named[p]
            )
        ):
            traded.add(word)
    # "|Pfizer| is still selling its products", "|BAA| are also owners", "|Arcelor| shed 2.1%":
    # a one-word name read only as a person's that acts as a company in its article, which no
    # person does; not a word of a person's full name there (the same occurrences as above).
    lone_read = {
        n for _, s in spans if s.label == "PERSON" and " " not in (n := clean_name(s.text))
    }
    for word in sorted((untraded - traded) & lone_read - _named_events(article.paragraphs)):
        if any(
            _firm_acts_at(paragraph, m.start(), m.end())
            for p, paragraph in enumerate(article.paragraphs)
            if word in paragraph
            for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", paragraph)
            if not any(s <= m.start() and m.end() <= e for s, e, _ in people_named[p])
        ) and not _person_acts(word, article.paragraphs):
            traded.add(word)
    # "spokesperson for |TransCanada Grady Semmens|": a name the article gives a body alone
    # ("TransCanada") that the NER glued before a person's name is not part of it.
    glued = known_names | bodies
    lone_people = {s.text for _, s in spans if s.label == "PERSON" and " " not in s.text}
    titled = _titled(article.paragraphs)
    # "|Owen Baker| ... Mr Baker said", both read as organisations: the surname the article
    # writes after an honorific is a person's, whatever label the full name has.
    surnames.update(
        words[-1]
        for _, span in spans
        if span.label == "ORG"
        and len(words := clean_name(span.text).split()) >= 2
        and words[0] not in SURNAME_HONORIFICS  # "Dr Pepper" itself names no one
        and words[-1] in titled
    )
    # "Mr |Labbe| said ... Mr Labbe told", the second read as an organisation: the surname
    # alone read as a person's after an honorific is a person's, the full name elsewhere.
    surnames.update(
        name
        for _, span in spans
        if span.label == "PERSON" and " " not in (name := clean_name(span.text)) and name in titled
    )
    # "Mr |Joyce|", "Alan Joyce": a person's name, whatever company's noun stands by it.
    if traded:
        traded -= surnames | titled
    # "|Icstis| said" read as a nationality: a body that speaks, as "regulator Icstis" says
    speakers = _unread_speakers(article.paragraphs, spans) - surnames - titled
    traded |= {name for name in speakers if " " not in name}
    # "Mr |Martin|" elsewhere in the article: a person of that name may be meant after all.
    firms = {f for f in firms if not set(f.split()) & titled}
    # "debris found on |Diego Garcia| ... officials at Diego Garcia": a person's name never
    # written but as a place's is one
    sited = _sited_names(article.paragraphs, spans, known_names)
    aliases = _aliases(article.paragraphs, spans, people_named)

    def drop(p: int, span: Span, name: str, why: str) -> None:
        """Leave the span out, the rule's reason kept for the review (``Dropped``)."""
        index = sentence_at(p, span.start)
        if index >= 0 and name:
            out.dropped.append(Dropped(article.id, p, index, name, why, span.label))

    text_all = "\n".join(article.paragraphs)  # a word in lower case anywhere (``_of_home_state``)
    place_words = {
        span.text.removeprefix("the ").split()[0]
        for _, span in spans
        if span.label in ("GPE", "LOC") and span.text.strip()
    }
    town_names = {
        span.text
        for p, span in spans
        if span.text.istitle()
        and " " not in span.text
        and (
            span.label in ("GPE", "LOC")
            or _TOWN_OF.search(article.paragraphs[p], max(0, span.start - 30), span.start)
        )
    }
    for p, span in guesses:
        if span.text in ignore or not free(p, span.start, span.end):
            continue
        if span.text == "US" and _pronoun_us(article.paragraphs[p], span.start, span.end):
            # '"Please help US," she said': the pronoun in capitals
            drop(p, span, "US", NotActor.PRONOUN_US.why())
            continue
        if device_read(article.paragraphs[p], span):
            # "|CCTV| footage", "caught on |CCTV|": the camera, not the broadcaster
            drop(p, span, span.text, NotActor.DEVICE.why(name=span.text))
            continue
        if span.text in _CHAMBERS and article.paragraphs[p][: span.start].endswith("state "):
            # "North Carolina's state Senate": no state's national chamber
            drop(p, span, span.text, NotActor.STATE_CHAMBER.why(name=span.text))
            continue
        name = clean_name(span.text)
        if (
            span.label == "PERSON"
            and len(words := name.split()) == 3
            and office_object_before(article.paragraphs[p][: span.start])
        ):
            name = " ".join(words[1:])  # "Chancellor of the |Exchequer Gordon Brown|"
        if span.label == "PERSON" and not title_only(name):
            name = strip_glued_prefix(
                strip_titles(strip_party(_without_nationality(name))), known_names
            )
            name = _LIKENESS_SUFFIX.sub("", name)  # "a George Bush-style spree": the person
        glued_to = (
            _glued_person(name, glued, lone_people)
            or _labelled_person(name, titled)
            or _place_people_glued(name, place_words)
            if span.label == "ORG"
            else None
        )
        if span.label == "PERSON":
            name = _place_people_glued(name, place_words) or _town_glued(name, town_names) or name
        name = glued_to or name
        if span.label == "PERSON" and name in aliases:
            name = aliases[name]  # "under the name |Kim Chol|": Kim Jong Nam
        if not name or name in ignore:
            continue
        index = sentence_at(p, span.start)
        if index < 0:
            continue
        text = article.paragraphs[p]
        before, after = text[: span.start], text[span.end :]
        label = "PERSON" if glued_to else span.label
        if label == "ORG" and _GOVERNMENT_ACTS.match(after) and (body := _body_for(name, text_all)):
            name = (
                body  # "Veterans Affairs said", where "the Department of Veterans Affairs" is named
            )
        words = name.split()
        if label == "ORG" and len(words) == 2 and is_acronym(words[1]) and is_demonym(words[0]):
            # "the Kurdish YPG", "the Iranian IRGC": the acronym is the name, the adjective
            # says whose it is.
            name = words[1]
            words = [name]
        if (
            label in ("PRODUCT", "WORK_OF_ART", "FAC", "LOC", "NORP")
            and len(words) >= 2
            and (
                words[-1].lower() in COMPANY_SUFFIXES
                or (label == "PRODUCT" and len(words) == 2 and _national_arm(words))
            )
        ):
            label = "ORG"  # "Mazars USA LLP", "Mazars USA" read as products: a company
        if label in _TRADE_RELABELLED and len(words) == 1 and name in traded:
            # "oil giant |Yukos|", "technology firm |Sydus|": a company, and so is every
            # other "Yukos" of the article, which the NER reads as a person's or a place's
            # ("|Yukos| is still waiting", "gas giant |Gazprom|" read as a place).
            label = "ORG"
        if label == "PERSON" and clean_name(span.text) in firms:
            # "the law firm |Tods Murray|", "car maker |Aston Martin|", "the Florida company
            # |Ridgeback Biotherapeutics|": a company's name of several words, which the NER
            # reads as a person's there and elsewhere in the article (BBC business news).
            label = "ORG"
        if label in ("FAC", "LOC", "GPE") and (
            words[-1].lower() in BODY_NOT_BUILDING or words[0] in PARTY_HEADS
        ):
            # "the Great Orchestra of Christmas Charity" read as a building, "the |Bloc
            # Québécois|" as a place: a body's name.
            label = "ORG"
        # "First Minister of |Scotland Nicola Sturgeon|": the office's place, then its holder.
        if (
            label in ("ORG", "PERSON")
            and (of := _at_end(_OF_BEFORE, before, 3))
            and (person := _after_place(name, of.group(1).lower() in TITLE_WORDS))
        ):
            name, label = person, "PERSON"
        elif label == "ORG" and (person := _holder(name)):
            name, label = person, "PERSON"  # "United States Representative Elijah Cummings"
        elif label == "ORG" and (person := _of_home_state(name, text_all)):
            name, label = person, "PERSON"  # "|Manchin of West Virginia| and Sinema"
        elif label == "ORG" and (person := _honoured(name, surnames)):
            name, label = person, "PERSON"  # "Mr Stone said", read as an organisation
        elif label == "ORG" and (person := _ranked(name, surnames, text_all)):
            name, label = person, "PERSON"  # "General Petraeus said", read as an organisation
        if (assembly := _un_assembly(name, after, text_all)) is not None:
            if not assembly:
                drop(p, span, name, NotActor.SESSION.why())
                continue
            name, label = assembly, "ORG"  # "the General Assembly voted": the UN's body
        elif label == "ORG" and _UN_COUNCIL.fullmatch(name) and _UN_NAMED.search(text_all):
            name = UN_COUNCIL  # "the Security Council" in an article naming the UN
        if (
            label == "PERSON"
            and (led := _LED_BODY.match(after))
            and not span.text.endswith(("'s", "’s"))  # "Ian Smith's government": his
        ):
            # "the Trump administration": the government the person leads, not the person.
            name, label = f"{name} {led.group(1).lower()}", "ORG"
        if (modified := state_name(name)) and _state_modifies(before, after):
            out.states.append(modified)
            # "the 2020 |United States| presidential election", "a |Luxembourg|-based"
            drop(p, span, name, NotActor.STATE_MODIFIER.why(name=name))
            continue
        cut = _at_end(_CUT_BEFORE, before, 3) if span.label in ("ORG", "PERSON") else None
        inhabited = label in ("ORG", "PERSON") and bool(_at_end(_INHABITED, before, 3))
        if (
            cut
            and cut.group(1).lower() not in TITLE_WORDS
            and not (span.label == "ORG" and _opens_with_people(cut, before))
            and not inhabited
            # "Carl |Hensman| of the Gates Foundation": a person's name ends there, no name
            # the NER cut
            and not (
                label == "ORG"
                and cut.end(1) in people_end[p]
                and before[cut.end(1) :].lstrip().startswith("of ")
                # "… of Allergy| and Infectious", "… of the |Harvard|–Smithsonian Center"
                and not re.match(r"(?: (?:and|&) |[–—-])[A-Z]", after)
            )
        ):
            longer = before[cut.start(1) :].strip()
            drop(p, span, name, NotActor.CUT_FROM_LONGER.why(longer=longer, name=name))
            continue
        if _at_end(_TITLE_JOINED_BEFORE, before, 4) and (
            name.split()[-1].lower() in _TITLE_NOUNS or not_an_actor(name)
        ):
            # "The Bernie and |Sid Show|": the end of a title, no name of its own (not "The
            # Beatles and |Bob Dylan|", "The Guardian and |Reuters|": a second name).
            drop(p, span, name, NotActor.TITLE_END.why(name=name))
            continue
        if span.label == "ORG" and _in_office(span, after, starts[p] - {span.start}):
            # "|Police and Crime| Commissioner": part of an office's name; "|United Nations|
            # personnel": its people
            word = after.split()[0].strip(".,;:!?)'’\"") if after.split() else ""
            drop(p, span, name, NotActor.OFFICE_OR_RANK.why(word=word, name=name))
            continue
        words_before = before.split()[-1:]
        words_after = [w.strip(".,;").lower() for w in after.split()[:2]]
        if words_after[:1] in (["oil"], ["gas"], ["international"]):
            words_after = words_after[1:]  # "the Khurais oil field", "Payam International Airport"
        model = label == "ORG" and bool(_MODEL_NUMBER.search(before)) and " " not in name
        # "Ryanair grounded its |Boeing| jets" where "Boeing said": a one-word name the NER
        # reads as an organisation's elsewhere in the article is the maker, not the product.
        counted = span.label == "ORG" and not _BRAND_AFTER.match(after)
        maker = " " not in name and orgs[name] - counted > 0
        if label in ("ORG", "PERSON") and (
            ((_product(before, words_after) or _brand(name, before, words_after)) and not maker)
            or _modifier(name, after)
        ):
            model = True  # "SpaceX's |Falcon Heavy| rocket", "|Magellanic| penguins"
        if model:
            label = "PRODUCT"  # "Boeing 737 |MAX|": a model's name after its number
        work = _at_end(_WORK_BEFORE, before, 2) if label in ("ORG", "PERSON") else None
        if work and work.group(0).rstrip().endswith(","):
            # "his recent film, |Fall of Grace|.": set off, a title ends its clause; "In a
            # press release, |Amnesty International| said", "Asked about the film, |Netflix|
            # said": the sentence's subject speaks.
            work = work if label == "ORG" and _CLAUSE_END.match(after) else None
        if work:
            label, model = "WORK_OF_ART", True  # "the 1959 romantic comedy |Pillow Talk|"
        said_what = model or (
            label in ("ORG", "PERSON", "GPE")
            and bool(
                inhabited
                or (words_after and words_after[0] in PLACE_NOUNS)
                or (
                    (place := _PLACE_BEFORE.search(before, sentences[index].start))
                    and not _THE.match(span.text)
                    and not (place.group(0).rstrip().endswith(("and", "or")) and _named(name))
                )
                or _PLACE_AFTER.match(after)
                or ((state := _IN_A_US_STATE.match(after)) and state.group(1) in us_state_names())
            )
        )
        if label in ("ORG", "PERSON") and _medium(name, words_before, words_after, after):
            label, said_what = MEDIUM, True
        elif label in ("ORG", "PERSON") and _UPLOADED_TO.search(before):
            # once, not twice: files are uploaded to a body too ("uploaded the files to
            # |WikiLeaks|" … "WikiLeaks published"), which its acting elsewhere keeps (review36)
            label = MEDIUM
        elif label in ("ORG", "PERSON") and _programme(name, label, before, after):
            label, said_what = PROGRAMME, True
        elif label in ("ORG", "PERSON", "PRODUCT", "WORK_OF_ART") and _uttered(before, after):
            label, said_what = UTTERANCE, True
        elif label in ("ORG", "PERSON") and (
            kind := _designated(name, label, before, after, known_names)
        ):
            label, said_what = kind, True
        # "the Keystone XL pipeline": a structure's name, read as a place's, though once and
        # not twice as a place said to be one is ("the Kinder Morgan pipeline" names the owner
        # as often, which "Kinder Morgan said" then keeps)
        structure = bool(words_after and words_after[0] in STRUCTURE_NOUNS and " " in name)
        if (
            label in ("ORG", "PERSON")
            and (
                said_what
                or structure
                or (
                    words_before
                    and words_before[0] in LOCATIVES
                    and not (label == "ORG" and name.endswith((" University", " College")))
                    # "an analyst at |Sal Oppenheim Bank|", "shares in |Multiplex Group|": an
                    # employer or a company held, read as a place only for its preposition
                    and not (label == "ORG" and _at_end(_HELD_OR_EMPLOYED, before, 2))
                    # "playing in |Alexis Korner's| Blues Incorporated": the preposition's
                    # object is what the person owns
                    and not (label == "PERSON" and _owner_before_name(span.text, after))
                )
                or _located_title(before.split()[-2:])
                or (label == "ORG" and _moved_to(before) and not _a_body(name, known_names))
                or (label == "PERSON" and _travelled(before) and not after.startswith(("'s", "’s")))
                or (label == "PERSON" and name in sited)
            )
        ):
            # (A school one studies "at", read as one, stays one: "a student at |Ural State
            # Medical University|".)
            label = "LOC"
        if name in states_named_like_us_states() and _us_context(
            before, text, name, article.paragraphs
        ):
            label = "LOC"
        if label in ("GPE", "ORG") and not state_name(name) and capital_state(name):
            if label == "GPE" and (
                _GOVERNMENT_ACTS.match(after)
                and _SUBJECT_BEFORE.search(before[sentences[index].start :])
            ):
                label = "ORG"  # "Tehran denied the claims": the government, which is its state
            elif label == "ORG" and _IN_A_PLACE.search(before[-40:]):
                # "officials from |Abu Dhabi|", "flew to |Abu Dhabi|", "police in central
                # |Bangkok|", "the Thai capital |Bangkok|", read as an organisation: the
                # city. Elsewhere ("talks between London and Brussels", "|Moscow's|
                # decision") a capital read as an organisation stays its government.
                label = "GPE"
        if name in SEATS_NAMED_IN_CONTEXT and not any(
            SEATS_NAMED_IN_CONTEXT[name] in paragraph for paragraph in article.paragraphs
        ):
            # "the Blue House" of an article that names no Korea: a building
            seat_of = SEATS_NAMED_IN_CONTEXT[name]
            drop(p, span, name, NotActor.SEAT_ELSEWHERE.why(state=seat_of))
            continue
        if label == "ORG" and (leading := _leading_state(name) or _body_state(name)):
            out.states.append(leading)  # "United States House of Representatives"
        vessel = _at_end(_VESSEL_BEFORE, before, 4)
        ship = not vessel and _at_end(_SHIP_PREFIX_BEFORE, before, 2)
        if (vessel or ship) and (number := _SHIP_NUMBER_AFTER.match(after)):
            # "the rescue ship |Sea-Watch| 3": the ship is "Sea-Watch 3"; the name before its
            # number is its operator's (the charity Sea-Watch), so this mention is neither.
            drop(p, span, name, NotActor.SHIP_CUT.why(name=name, number=number.group(1)))
            continue
        out.candidates.append(
            Candidate(
                article.id,
                p,
                index,
                span.start,
                span.end,
                span.text,
                name,
                label,
                span.label,
                _state_before(before) if label == "ORG" else "",
                " ".join(filter(None, (vessel.group(1).lower(), vessel.group(2))))
                if vessel
                else "ship"
                if ship
                else "",
                said_what,
                (p, span.start) in given,
                _glossed(label, before, after),
                label == "ORG" and len(words) == 1 and name in traded,
            )
        )

    # 3b. A monarch's or pope's regnal name, which the NER may not read as a name at all
    #     ("the United Kingdom's Queen Elizabeth II announced").
    for p, paragraph in enumerate(article.paragraphs):
        for regnal in _REGNAL.finditer(paragraph):
            start, end = regnal.start(1), regnal.end(1)
            if (
                not free(p, start, end)
                or any(q == p and span.start < end and start < span.end for q, span in spans)
                or regnal.group(1) in ignore
                or (index := sentence_at(p, start)) < 0
            ):
                continue
            name = regnal.group(1)
            out.candidates.append(Candidate(article.id, p, index, start, end, name, name, "PERSON"))

    # 3b'. A state named by its government's adjective ("the Sudanese government denied"),
    #     which GOLD.md folds into the state.
    out.candidates += _state_governments(article, out.candidates, taken, sentence_at)

    # 3c. Two given names that share one surname ("a documentary by Tomasz and Marek
    #     Sekielski"): the first is a person of that surname, whom the NER did not see.
    surnames = {span.text.split()[-1] for _, span in spans if span.label == "PERSON"}
    for p, span in spans:
        words = span.text.split()
        shared = _SHARED_SURNAME.search(article.paragraphs[p][: span.start])
        if not (
            shared
            and span.label == "PERSON"
            and span.entity is None
            and len(words) == 2
            and _name_word(shared.group(1))
            and shared.group(1).lower() not in TITLE_WORDS | CALENDAR_WORDS | PRONOUN_WORDS
            and shared.group(1) not in surnames  # "Biden and Bernie Sanders": two people
        ):
            continue
        start, end = shared.start(1), shared.end(1)
        if (
            not free(p, start, end)
            or any(q == p and other.start < end and start < other.end for q, other in spans)
            or (index := sentence_at(p, start)) < 0
        ):
            continue
        name = f"{shared.group(1)} {words[-1]}"
        if name not in ignore:
            out.candidates.append(
                Candidate(article.id, p, index, start, end, shared.group(1), name, "PERSON")
            )

    # 3c'. A company's name the NER did not read, after a company's noun or an analyst's
    #     employer ("Turkish-Austrian consortium |TAV| was chosen", "gas monopoly |Gazprom|",
    #     "an analyst at |Gartmore|"): its noun says it is a company's.
    for p, text in enumerate(article.paragraphs):
        for unread in _UNREAD_FIRM.finditer(text):
            start, end = unread.start(1), unread.end(1)
            name = unread.group(1)
            first = name.split()[0]
            if (
                not free(p, start, end)
                or any(q == p and o.start < end and start < o.end for q, o in spans)
                or (index := sentence_at(p, start)) < 0
                or name in ignore
                or first.lower() in CALENDAR_WORDS | PRONOUN_WORDS | TITLE_WORDS
                or state_name(name)
                or is_demonym(first)
                or place_kind(name)
                or _at_end(_FAMED_GIANT, text[:start], 2)
            ):
                continue
            out.candidates.append(
                Candidate(article.id, p, index, start, end, name, name, "ORG", traded=True)
            )

    # 3c''. A body's name the NER did not read, or read as a nationality's, that speaks ("In
    #     a statement the |RSPCA| said", "|Haaretz| says"): each of its unread mentions.
    for name in sorted(speakers):
        for p, text in enumerate(article.paragraphs):
            for said in re.finditer(rf"(?<![\w&'’-]){re.escape(name)}(?![\w&'’-])", text):
                start, end = said.start(), said.end()
                if (
                    not free(p, start, end)
                    or any(q == p and o.start < end and start < o.end for q, o in spans)
                    or (index := sentence_at(p, start)) < 0
                ):
                    continue
                out.candidates.append(
                    Candidate(article.id, p, index, start, end, name, name, "ORG", traded=True)
                )

    # 3d. A long name the NER missed before the acronym it read in brackets ("Chirac's Rally
    #     for the Republic (RPR)"): the capitalised words before the bracket, the first of
    #     them the acronym's first letter (a translated name need not spell the rest).
    for p, text in enumerate(article.paragraphs):
        for bracket in _ACRONYM_IN_BRACKETS.finditer(text):
            acronym = bracket.group(1)
            if (run := _defined_before(text[: bracket.start()], acronym)) is None:
                continue
            start, end = run
            if (
                not (acronym.isupper() or _initialism_of_body(acronym, text[start:end]))
                or not free(p, start, end)
                or any(q == p and o.start < end and start < o.end for q, o in spans)
                or (index := sentence_at(p, start)) < 0
                or text[start:end] in ignore
            ):
                continue
            name = text[start:end]
            out.candidates.append(
                Candidate(article.id, p, index, start, end, name, name, "ORG", ner_label="ORG")
            )

    # 4. The speaker of a quotation is an actor the reader wants even where the NER missed
    #    the name ("Regina Ip from the pro-Beijing camp said", "Pelosi called it"): the
    #    capitalised words around the speaker's head word, a person (a lone surname only
    #    links to a person named in full, as any surname does).
    seen = {(c.paragraph, c.start) for c in out.candidates}
    for frame in annotation.frames.quotes:
        found = _speaker_name(article, frame)
        if found is None:
            continue
        p, start, end = found
        if not free(p, start, end):
            continue
        if any(q == p and span.start < end and start < span.end for q, span in spans):
            continue  # the NER saw a name there: step 3 decided it
        index = sentence_at(p, start)
        if index < 0 or (p, start) in seen:
            continue
        seen.add((p, start))
        text = article.paragraphs[p][start:end]
        name = strip_titles(clean_name(text))
        # "Minister of the |Interior Arye Derry| said": the office's domain, then the speaker,
        # cut as step 3 cuts a name the NER found there.
        if (of := _at_end(_OF_BEFORE, article.paragraphs[p][:start], 3)) and (
            person := _after_place(name, of.group(1).lower() in TITLE_WORDS)
        ):
            name = person
        if name and name not in ignore:
            out.candidates.append(Candidate(article.id, p, index, start, end, text, name, "PERSON"))
            if " " not in name and (full := _full_name_written(article, name, spans)):
                q, s, e = full
                if free(q, s, e) and (q, s) not in seen and (at := sentence_at(q, s)) >= 0:
                    seen.add((q, s))
                    written = article.paragraphs[q][s:e]
                    out.candidates.append(
                        Candidate(article.id, q, at, s, e, written, written, "PERSON")
                    )

    # 5. Bodies written in words the NER does not read as a name: "the Prime Minister's
    #    Office", "the Canadian parliament".
    #    A prosecutor's office holds the NER's pieces of it ("|Manhattan| District
    #    Attorney's |Office|", "|The Manhattan DA's| office"), which it replaces.
    held: list[tuple[int, int, int]] = []
    for p, paragraph in enumerate(article.paragraphs):
        for start, end, name, owner in _bodies_in_words(paragraph):
            office = name.endswith(" Attorney's Office")
            if (
                not free(p, start, end)
                or any(
                    q == p
                    and span.start < end
                    and start < span.end
                    and not (span.label in ("NORP", "GPE") and start <= span.start)
                    and not span.text.islower()  # "China's |foreign ministry|": no name
                    and not (office and _within(span, start, end))
                    for q, span in spans
                )
                or name in ignore
                or (index := sentence_at(p, start)) < 0
            ):
                continue
            text = paragraph[start:end]
            if office:
                held.append((p, start, end))
            out.candidates.append(
                Candidate(article.id, p, index, start, end, text, name, "ORG", "", owner)
            )
    if held:
        out.candidates = [
            c
            for c in out.candidates
            if not any(
                c.paragraph == p and _within(c, s, e) and (c.start, c.end) != (s, e)
                for p, s, e in held
            )
        ]
    return out


def _within(span: Span | Candidate, start: int, end: int) -> bool:
    """The span (or candidate) lies inside [start, end), its "The" apart ("|The Manhattan DA's|
    office")."""
    lead = 4 if span.text.startswith(("The ", "the ")) else 0
    return start <= span.start + lead and span.end <= end


_ACRONYM_IN_BRACKETS = re.compile(rf" \(([A-Z][A-Z&]{{1,6}}|{INITIALISM.pattern})\)")
"""An acronym in brackets: capitals ("RPR"), or a British body's initialism with its small
words' letters ("Transport for London (TfL)", ``names.is_initialism``), which the NER misses
before it as often."""
_NOT_BODIES = frozenset(
    """memorandum memorandums memoranda agreement agreements treaty treaties accord accords pact
    pacts protocol deal deals charter declaration convention line lines understanding""".split()
)
"""Words of a long name that a mixed-case initialism in brackets never makes a body's:
"a Memorandum of Understanding (MoU)", "the Line of Control (LoC)" (fix68)."""


def _initialism_of_body(initialism: str, name: str) -> bool:
    """Whether a mixed-case initialism in brackets ("TfL") defines ``name`` as a body: the
    letters spell it word by word, and a word of it makes it a body's ("Council", "Fund") or
    it ends in a place ("Transport for London"); no agreement's or line's noun in it.
    Capitals are acronyms of anything, but "MoU", "LoC", "GoT" are mostly not bodies."""
    words = name.split()
    return (
        spells_initialism(initialism, name)
        and not any(w.lower() in _NOT_BODIES for w in words)
        and (any(body_word(w) for w in words) or _a_place(words[-1]))
    )


_SMALL_IN_NAMES = frozenset("for of the a an and on in de du des la le pour".split())


_TRANSLATED_HEADS = frozenset("party front movement alliance union council league".split())
"""Last words of a body's name that the news translate while keeping its own acronym."""


def _defined_before(before: str, acronym: str) -> tuple[int, int] | None:
    """(start, end) of the capitalised run ending ``before`` that an acronym in brackets
    after it defines: two capitalised words or more (small words between them), the first
    one's initial the acronym's (or the run a party's, a front's … name, translated), after
    a lower-case word, a possessive or nothing."""
    tokens = list(re.finditer(r"\S+", before))
    first = len(tokens)
    while first and (
        re.fullmatch(r"[A-Z][\w'’-]*(?<!['’]s)", tokens[first - 1].group(0))
        or tokens[first - 1].group(0) in _SMALL_IN_NAMES
    ):
        first -= 1
    run = tokens[first:]
    while run and run[0].group(0) in _SMALL_IN_NAMES | {"The"}:
        run = run[1:]
    capitals = [t for t in run if t.group(0)[0].isupper()]
    if (
        len(capitals) < 2
        or len(capitals) > 8
        or run[-1].group(0) in _SMALL_IN_NAMES
        or (
            capitals[0].group(0)[0] != acronym[0]
            # "the Spanish Socialist Workers' Party (PSOE)": a party's or a front's name
            # translated, its acronym its own tongue's.
            and (
                run[-1].group(0).lower() not in _TRANSLATED_HEADS
                or len(capitals) != len(run)  # no small word: "On Sunday the Spanish …"
                or run[0].group(0).lower() in CALENDAR_WORDS
            )
        )
    ):
        return None
    return run[0].start(), run[-1].end()


_REGNAL = re.compile(
    r"\b(?:Queen|King|Pope|Emperor|Empress|Tsar|Sultan|Prince|Princess) "
    r"([A-Z][a-zà-ÿ]+ (?:[IVX]{1,5}))\b(?![\w'’-])"
)
"""'Queen |Elizabeth II|', 'Pope |Benedict XVI|': a title, then a given name and a regnal
numeral; the name without the title is the person's."""


_LIKENESS_SUFFIX = re.compile(r"-(?:style|esque|like|era)$")
"""A suffix glued to a person's name that makes it an adjective ("a George Bush-style tax
cutting spree"): the name without it is the person's."""
_SHARED_SURNAME = re.compile(r"(?<![\w'’-])([A-ZÀ-Ý][a-zà-ÿ]+) and $")
"""'|Tomasz| and Marek Sekielski': a given name, then 'and' right before a person's name."""
PARTY_HEADS = frozenset("Bloc Parti Partido Partito Partij Partia Partiya".split())
"""First words of a party's name in its own language ("Bloc Québécois", "Parti Québécois",
"Partido Popular"), which the NER reads as a place's."""
BODY_NOT_BUILDING = frozenset(
    "charity foundation fund trust association society federation league party movement".split()
)
"""Last words of an organisation's name, never a building's, though the NER may read it as
one ("the Great Orchestra of Christmas Charity")."""


_OFFICE_OF = re.compile(
    r"\b(?:(?:Prime|Chief) Minister|(?:Vice[ -])?President|Governor|Mayor|Chancellor|Premier|"
    r"Attorney[ -]General|Auditor[ -]General|First Minister|Taoiseach|Ombudsman)['’]s Office\b"
)
"""'the Prime Minister's Office': an executive's office, an organisation of its own."""
_PROSECUTOR_OF = re.compile(
    r"\b((?:(?!(?:The|An|Former|Then|Acting|Interim|Ex|Retired|Veteran|Longtime)\b)"
    r"[A-Z][a-z]+ ){0,1}(?!(?:The|An|Former|Then|Acting|Interim|Ex|Retired|Veteran|Longtime)\b)"
    r"[A-Z][a-z]+)(['’]s)? (?:([Dd]istrict|[Cc]ounty|[Ss]tate['’]s|[Cc]ity) [Aa]ttorney|DA)['’]s "
    r"[Oo]ffice\b"
)
"""'the Manhattan District Attorney's Office', 'the Cook County State's Attorney's Office', 'the
Manhattan district attorney's office', 'Manhattan's DA's office': a place's prosecutor,
named with its place (a bare "District Attorney's Office" is any), by the name with capitals
and without the place's possessive ("Manhattan District Attorney's Office"); a word that
tells when or how one served there ('Former Manhattan District Attorney's Office
prosecutor') is no word of its place."""
_PARLIAMENT = re.compile(
    r"\b[Tt]he ((?:[A-Z][a-z]+ )?[A-Z][a-z]+?)(['’]s)? (parliament|legislature)\b"
)
"""'the Canadian parliament', 'Iran's parliament': a state's parliament in lower case."""


_GLOSS_BEFORE = re.compile(r"(?:[\w'’)] [A-Z][\w'’-]*,|\()\s*$")
_GLOSS_AFTER = re.compile(r"^\s*(?:,|\(|\s[-–—])\s*(?:the |known as |called )?[A-Z]")
"""A parliament in lower case next to the name it glosses ("the Knesset, the Israeli
parliament", "the Polish parliament (Sejm)")."""


_MINISTRY = re.compile(
    r"(\b[Tt]he )?\b((?:[A-Z][a-z]+ )?[A-Z][a-z]+?)(['’]s)? (foreign|defen[cs]e|interior|"
    r"finance|health|justice|education|trade|energy|economy|agriculture) ministry\b"
)
"""'China's foreign ministry', 'the Chinese foreign ministry': a state's ministry in lower
case."""


def _bodies_in_words(paragraph: str) -> list[tuple[int, int, str, str]]:
    """(start, end, name, state) of the executives' offices and the states' parliaments the
    paragraph names in words the NER does not read as a name ("the Prime Minister's Office",
    "the Canadian parliament"); a parliament's name is its words with a capital
    ("Canadian Parliament"), which ``merge`` joins with "Parliament of Canada"."""
    if not any(word in paragraph for word in ("ffice", "arliament", "egislature", "inistry")):
        return []  # each pattern's match ends in one of these words: most paragraphs have none
    found = [(m.start(), m.end(), m.group(0), "") for m in _OFFICE_OF.finditer(paragraph)]
    for m in _PROSECUTOR_OF.finditer(paragraph) if "ffice" in paragraph else ():
        kind = (m.group(3) or "district").replace("’", "'").title().replace("'S", "'s")
        found.append((m.start(), m.end(), f"{m.group(1)} {kind} Attorney's Office", ""))
    for m in _PARLIAMENT.finditer(paragraph):
        place = m.group(1)
        state = state_name(place) if m.group(2) else demonym_state(place)
        if _GLOSS_BEFORE.search(paragraph[: m.start()]) or _GLOSS_AFTER.match(paragraph[m.end() :]):
            continue  # "the Knesset, the Israeli parliament,": the name it glosses is the body
        if state and place not in ("Scottish", "Welsh"):  # a nation's own parliament
            name = f"{place}{m.group(2) or ''} {m.group(3).capitalize()}"
            found.append((m.start(1), m.end(), name, state))
    for m in _MINISTRY.finditer(paragraph):
        place = m.group(2)
        state = state_name(place) if m.group(3) else demonym_state(place) if m.group(1) else None
        if state:
            name = f"{place}{m.group(3) or ''} {m.group(4).capitalize()} Ministry"
            found.append((m.start(2), m.end(), name, state))
    return found


_STATE_BEFORE = re.compile(r"(?:^|\s)((?:[A-Z][\w.]*\s){0,2}[A-Z][\w.]*?)(?:['’]s)?\s$")


_APP_AFTER = re.compile(
    r"^,? an? (?:[\w-]+ ){0,2}(?:app|application|platform|website|site|service)\b"
)


_UPLOADED_TO = re.compile(r"\b(?i:upload(?:s|ed|ing)?)\s+(?:\w+\s+){0,3}?(?:to|on|onto)\s+$")
"""'uploaded to |Wikimedia Commons|', 'uploads the files to |GitHub|': one uploads to a website
or a repository, the medium that holds what is shared (GOLD.md), never to a person or a body
(actors85)."""


def _medium(name: str, before: list[str], after: list[str], rest: str) -> bool:
    """'a YouTube video', 'via Telegram', 'Telegram, a messaging app', 'on Twitter': a
    website or app that carries a message, not an actor ("Facebook said" is one). The words
    before or after it make a medium of a known platform only: "a CNN video" is a source's."""
    if " " in name:
        return False
    return bool(
        _APP_AFTER.match(rest)
        or (
            name in PLATFORMS
            and (before in (["on"], ["via"]) or bool(after and after[0] in MEDIUM_NOUNS))
        )
    )


_BROADCASTER = r"(?:[A-Z]{2,6}|Fox|Sky|(?:[A-Z][\w-]*\s)+(?:News|TV|Television|Radio))['’]s?\s+"
"""A broadcaster's possessive before its programme's name ("NBC's", "Fox News'", "CBS's")."""
_ON_AIR = re.compile(
    r"\b(?i:appear(?:s|ed|ing)?|said|says|saying|spoke|speak(?:s|ing)|interview(?:ed)?)"
    rf"\s+on\s+(?:the\s+)?({_BROADCASTER})?$"
)
"""'appearing on |Morning Joe|', 'said on CBS's |Face the Nation|': where a message is given,
on the air; one appears or speaks on a show, never on a person or a body."""
_TOLD = re.compile(rf"\btold\s+({_BROADCASTER})?$")
"""'told |Meet the Press|', 'told NBC's |Meet the Press|'; 'told CNN's |Jake Tapper|' names the
host, a person, which the NER's label tells."""
_SHOW_TITLE = re.compile(r"[A-Z][a-z]+ the [A-Z][a-z]+")
"""'Meet the Press', 'Face the Nation': a verb, "the" and a noun, a show's title; no person's
name holds a lower-case "the", and a body's puts it after "of" or "for"."""
_BROADCAST_WORDS = frozenset("News TV Television Radio Channel Network".split())
_SHOW_WORDS = frozenset("Morning Tonight Sunday Hour Show Live Edition Minutes".split())
"""Words of a show's title ("Morning Joe", "Fox News Sunday", "The Daily Show"), which, after
"told" or "said on", make the name a programme's, though no show's title shape."""


def _programme(name: str, label: str, before: str, after: str) -> bool:
    """A broadcast programme named as the medium of a message (``PROGRAMME``): after
    "appeared on", "said on" or "told", with a broadcaster's possessive before it, a person's
    name where one cannot be ("appearing on |Morning Joe|") or a show's title ("told |Face the
    Nation|"). An outlet's own name ("appeared on |Fox News|", "told |CNN|") stays the outlet,
    and a name that owns what follows ("said on |Trump|'s orders") is no show."""
    if after.startswith(("'s", "’s")) or is_acronym(name) or newspaper(name):
        return False
    if name.split()[-1] in _BROADCAST_WORDS:
        return False
    shape = bool(_SHOW_TITLE.fullmatch(name)) or any(w in _SHOW_WORDS for w in name.split())
    if shape and _HOST_AFTER.match(after):
        return True  # "|Meet the Press| host Chuck Todd", "|Morning Joe| co-host Mika Brzezinski"
    if on_air := _at_end(_ON_AIR, before, 6):
        return shape or label == "PERSON" or bool(on_air.group(1))
    if told := _at_end(_TOLD, before, 4):
        return shape or (bool(told.group(1)) and label != "PERSON" and not _host(name))
    return False


_UTTERED = re.compile(
    r"\b(?i:shout(?:s|ed|ing)?|chant(?:s|ed|ing)?|yell(?:s|ed|ing)?|scream(?:s|ed|ing)?"
    r"|cr(?:y|ies|ied|ying)|chants? of|cries of|shouts of)\s+['‘\"“]?$"
)
"""A verb of shouting right before a name, with no "at" or "to" between: "shouting |Allahu
Akbar|", "chanted |Stop the Steal|", "cries of |Allahu Akbar|": what is shouted, a phrase;
one shouts at or to a person, and chants a person's name, not the person."""


def _uttered(before: str, after: str) -> bool:
    """A phrase shouted or chanted (``UTTERANCE``), by ``_UTTERED``; a name that owns what
    follows ("chanting |Trump|'s name") is the person."""
    return not after.startswith(("'s", "’s")) and bool(_at_end(_UTTERED, before, 3))


_NOUN_AFTER = re.compile(r"(?: \([A-Z][A-Za-z.&-]*\)|\))? ([a-z]+)\b(?!['’-])")
"""The word after a name, past an acronym in brackets (or the bracket the NER's span left,
"|the Tax Reform for Acceleration and Inclusion (TRAIN|) bill"): "|Deferred Action for
Childhood Arrivals| (DACA) program"."""
_NO_LINK = r"(?!(?:that|which|by|of|in|for|on|to|from|with|under|and|or)\b)"
"""No preposition, conjunction or relative word: a noun phrase's words before its head."""
_SET_OFF_NOUN = re.compile(
    rf", (?:an?|the) (?:{_NO_LINK}[a-z-]+ ){{0,3}}{_NO_LINK}([a-z]+)(?=[,.;:]| (?:that|which|"
    r"the|by|of|in|for|on|to|from|with|under|[a-z]+(?:ing|ed|en)|held|led|run|set|made)\b)"
)
"""A noun phrase set off after a name whose head (its last word, before punctuation, a
preposition, a relative word, a participle, or "the" opening a relative clause) says what the
name is: "|National Climate Assessment|, a congressionally mandated interagency report", "|Live
Aid|, the greatest charity rock concert the world has ever seen" (actors86)."""
_ORDINAL_BEFORE = re.compile(
    r"\bthe (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|"
    r"annual)\s+$"
)
"""A lower-case ordinal before a name: "the sixth |National Climate Assessment|", an edition
of something issued again and again; a body has no editions."""
_WON_OR_ATTENDED = re.compile(
    r"\b(?:won|wins?|winning|winners? of|victory in|victories in|attend(?:s|ed|ing)?|"
    r"compet(?:e|es|ed|ing) in)\s+(?:the\s+)?$"
)
"""What one wins, attends or competes in: "finally won the |Dakar Rally|", "victory
in the |Dakar Rally|", "attended |Live Aid|": an event or a prize, which a body's name there
is not ("attended Harvard University", "won the Senate": a body's head word)."""


def _designated(
    name: str, label: str, before: str, after: str, known_names: set[str]
) -> str | None:
    """The non-actor label (``DESIGNATED_BY_NOUN``) of a name of two words or more that the
    words around designate as a law, programme, report or event: a kind's noun after it or
    heading a phrase set off after it, a lower-case ordinal before it, or a verb of winning or
    attending. A body's name (``_a_body``: known, an acronym, a body's head word) is left
    alone: "the World Bank program" names the body that runs it."""
    if (
        " " not in name
        or after.startswith(("'s", "’s"))
        or _a_body(name, known_names)
        or state_or_us_state(name.removesuffix(" State"))  # "a |New York State| law"
        or any(body_word(w) or w.lower() in BODY_HEADS for w in name.split())
    ):
        return None  # "attended Harvard University", "the Stop the Steal group"
    if _glossed(label, before, after):
        return None  # "the tenth |Furnal Equinox|, an annual event": the gloss says it, and why
    noun = _NOUN_AFTER.match(after) if label == "ORG" else None
    if noun and (kind := DESIGNATED_BY_NOUN.get(noun.group(1))):
        return kind
    if (set_off := _SET_OFF_NOUN.match(after)) and (
        kind := DESIGNATED_BY_NOUN.get(set_off.group(1))
    ):
        return kind
    if label == "ORG" and _at_end(_ORDINAL_BEFORE, before, 2):
        return "PRODUCT"
    if _at_end(_WON_OR_ATTENDED, before, 4):
        return "EVENT"
    return None


_HOST_AFTER = re.compile(r" (?:co-)?(?:host|anchor|presenter|moderator)s?\b")
"""A show's staff after its title: "|Meet the Press| host", "|Morning Joe| co-hosts"."""
_HOST_NAME = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?: [A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,2}")


def _host(name: str) -> bool:
    """A person's name shape after a broadcaster's possessive, which the NER labels an
    organisation's there ("told NBC's |Lester Holt|"): two or three capitalised words, the
    first a possible given name (``given_name``); a show's title has a show word or a
    lower-case word ("Morning Joe", "Meet the Press"), caught before this."""
    return bool(_HOST_NAME.fullmatch(name)) and given_name(name.split()[0], frozenset())


_MAKER_BEFORE = re.compile(r"(?:(?<![\w'’-])(?:its|their)|[a-z] [A-Z][\w.&-]*(?:['’]s)?)\s$")
"""A maker before a product's name: its own name after a lower-case word ("the |SpaceX|
Crew Dragon capsule", "|SpaceX's| Falcon Heavy rocket"), or "its"/"their"."""
_PRODUCT_APPOSED = re.compile(
    r"\b(?:plane|aircraft|jet|helicopter|vehicle|rocket|spacecraft|device|drone|car|truck)"
    r"(?:,? (?:an?|the)| [^.;]{0,60}, called) $"
)
"""'the propeller plane, a |Beechcraft Sierra|', 'a device attached to his feet, called
|Flyboard Air|': a product's model named after what it is."""
_ADJECTIVE = re.compile(r"[A-Z][a-z]{4,}(?:ic|ean|ian)")
_PLURAL_NOUN_AFTER = re.compile(r"^ ([a-z]{3,}(?<![su])s|[a-z]+ (?:chicks|eggs|populations?))\b")
_VERB_S = frozenset(
    "says has was does is adds tells thinks wants believes argues claims goes gets makes".split()
)


_WORK_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(MENTION_WORK_NOUNS, key=lambda w: (-len(w), w)))}|"
    r"(?<!press )release)(?:,)? $"
)
"""A work's noun right before its title ("the 1959 romantic comedy |Pillow Talk|", "his recent
film, |Fall of Grace|", "Bob Dylan's 2009 release |Together Through Life|"): a work, no actor
(after a comma, only a name the NER reads as an organisation's that ends its clause: "the book,
Trump said", "In a press release, Amnesty International said")."""
_TRADE_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(TRADE_NOUNS))}|(?:{'|'.join(sorted(MAKER_GOODS))}) maker)\s+$"
)
"""A company's noun right before a one-word name ("oil giant |Yukos|", "technology firm
|Sydus|", "exchange operator |Euronext|", "car maker |Mercedes|"), which the NER reads as a
person's, a product's or a place's as often as a company's: found auditing business and
technology news (BBC)."""
_FIRM_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(TRADE_NOUNS - PEOPLES_TRADE_NOUNS))}|"
    rf"(?:{'|'.join(sorted(MAKER_GOODS))}) maker)\s+$"
)
"""A company's noun right before a name of several words ("the law firm |Tods Murray|", "car
maker |Aston Martin|"): the name is a company's, though the NER reads it as a person's, whose
names have two words as often. Not the nouns said of people too (``PEOPLES_TRADE_NOUNS``)."""
_FAMED_GIANT = re.compile(
    rf"\b(?:(?:{'|'.join(sorted(PEOPLE_FIELDS))}) giant|"
    rf"(?:{'|'.join(sorted(PERSON_OPERATORS))}) operator)\s+$",
    re.IGNORECASE,
)
"""A field of fame before "giant" ("jazz giant |Rollins|", "literary giant |Naipaul|") or a
machine before "operator" ("camera operator |Dunn|"): a person, not the company "oil giant
|Yukos|" and "exchange operator |Euronext|" are."""
_ROLE_LINKS = "for at with of in from to by on the its his her their".split()
"""Words that tie a role to a company in an apposition ("|Joyce|, a spokesman for the airline,",
"a partner at the firm"): the name before is a person's, not the company's."""
_TRADE_AFTER = re.compile(
    rf"(?: (?:corporation|company)\b|, (?:a|an|the) "
    rf"(?:(?!(?:{'|'.join(_ROLE_LINKS)})\b)[\w-]+ ){{0,3}}"
    rf"(?:{'|'.join(sorted(TRADE_NOUNS))})(?=[,.;]| (?:that|which|whose)\b))"
)
"""A company's noun right after a one-word name ("the |Titan| corporation") or ending the
apposition after it ("|Titan|, a California-based company, pleaded guilty"); not a role
("|Dalby|, a company director", "a firm spokesman"): a company's name."""
_HOLDINGS = r"(?:shares|stakes?) in"
"""A holding in a company ("shares in", "a stake in"): one spelling for ``_HELD_OR_EMPLOYED``
and ``_DEAL_BEFORE``, which both read it."""
_HELD_OR_EMPLOYED = re.compile(
    r"\b(?:(?:analyst|economist|strategist|researcher|trader|broker|dealer)s? at|"
    rf"{_HOLDINGS}|holdings? in)\s+$",
    re.IGNORECASE,
)
"""A role before "at" or a holding before "in" ("an analyst at |Finans Investment|", "shares
in |Multiplex Group|"): the name after is the employer or the company held, not a place, as
the preposition alone would say (BBC business news, where the NER reads it as a body)."""


_UNREAD_SPEAKER = re.compile(
    r"(?:^|(?<=[.,;:!?\"“”] )|(?<=[.,;:!?\"“”])|(?<=\b[Tt]he ))"
    r"((?:[A-Z][A-Za-z]*[a-z][A-Za-z]*|[A-Z]{2,6})(?: [A-Z][A-Za-z]+){0,2})"
    r" (?:has |had )?(?:said|says|claims|claimed|noted|notes|warned|warns|stated|states|"
    r"announced|reported|reports|accepts)\b"
)
"""Capitalised words that open a clause and speak ("|Haaretz| says", "fraud, |Icstis| said",
"In a statement the |RSPCA| said"): a body's name, which BBC and Wikinews news often has
the NER leave unread or read as a nationality's (actors58: in four tune articles of the pooled
actors pools, none of them with a page)."""
_READ_AS_NAMED = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})
"""Readings that settle what a name is: a person's, a body's, a place's; a name the NER reads
so anywhere in its article is no unread speaker."""


_PEOPLE_PLURAL = re.compile(
    r"[A-Z][a-z]+(?:ers|ors|ists|ians|ans|ants|ents|ics|ives|ats|ites|ees|ies|ses|els|als|ts)"
)
"""A capitalised plural of people that opens a sentence ("Witnesses said", "Analysts say",
"Rebels claimed", "Democrats warned", "Authorities said"): a group, not a body's name (a
body's name of that shape, "Reuters", is one the NER reads). Not "Icstis" or "Haaretz"."""
_PEOPLE_NOUNS = PERSON_LABELS | frozenset(
    """officials sources experts analysts critics locals rebels militants insurgents medics
    doctors lawyers police authorities observers researchers scientists economists""".split()
)
"""Common nouns for people that a sentence opens with before a reporting verb."""


_NOT_A_SPEAKER = CALENDAR_WORDS | PRONOUN_WORDS | TITLE_WORDS
"""First words that make a speaker no unread body: a day, a pronoun, a title ("Mr Brown")."""


_OPENERS = frozenset("The A An In At As But And For By From With Of To On".split())
"""Capitalised words that open a sentence before a name without being part of it."""


def _after_a_name(text: str, name: str) -> bool:
    """Whether the article writes ``name`` after another capitalised word ("Irvan |Maltoi|,
    the bureau chief", then "Maltoi said"): the last word of a longer name, a person's surname
    most often, not a body's own name."""
    return any(
        m.group(1) not in _OPENERS
        for m in re.finditer(rf"\b([A-Z][\w-]*) {re.escape(name)}(?![\w-])", text)
    )


_SENTENCE_OPENING = re.compile(r"(?:^|\n\s*|[.!?:][”’\"]?\s+|[“‘(]|(?:^|\s)\")$")
"""What stands before a word that opens a sentence, a quotation or a paragraph: a capital
there is the sentence's, not a name's."""


def _only_opens_sentences(text: str, name: str) -> bool:
    """Whether every mention of the one-word ``name`` opens a sentence ("Troops said ...
    Troops said", "Some said", "Women said") and it has no capital past its first letter: an
    ordinary word, capitalised for the sentence, never shown to be a name (review16; a body
    is named inside a sentence too, "the |RSPCA| accepts", "Israel's |Haaretz|"). An
    acronym's plural ("MPs", "MEPs") is of people or things: no body's name either."""
    if re.fullmatch(r"[A-Z]{2,}s", name):
        return True
    if any(ch.isupper() for ch in name[1:]):
        return False
    return all(
        _SENTENCE_OPENING.search(text, 0, m.start())
        for m in re.finditer(rf"(?<![\w&'’-]){re.escape(name)}(?![\w&'’-])", text)
    )


def _unread_speakers(paragraphs: Sequence[str], spans: Sequence[tuple[int, Span]]) -> set[str]:
    """Names that speak (``_UNREAD_SPEAKER``), twice or more in the article and never read as a
    person's, a body's or a place's there: no day, pronoun, title ("Mr Brown said"), state,
    people ("Indian") or place, and no word the article also writes in lower case ("Police
    said", "the police"; "Officials said"), no group of people ("Witnesses said",
    ``_PEOPLE_PLURAL``), nor the last word of a longer name ("Irvan
    Maltoi ... Maltoi said", ``_after_a_name``). Their mentions are a body's (``3c''``)."""
    text = "\n".join(paragraphs)
    read = {clean_name(span.text) for _, span in spans if span.label in _READ_AS_NAMED}
    read_words = {w for name in read for w in name.split()}
    found: set[str] = set()
    for paragraph in paragraphs:
        for m in _UNREAD_SPEAKER.finditer(paragraph):
            name = m.group(1)
            words = name.split()
            if (
                words[0].lower() in _NOT_A_SPEAKER
                or words[0] in ("The", "A", "An", "But", "And", "In", "As")
                or name.lower() in _PEOPLE_NOUNS
                or (len(words) == 1 and _PEOPLE_PLURAL.fullmatch(name) is not None)
                or name in read
                or set(words) & read_words
                or state_name(name)
                or is_demonym(words[0])
                or place_kind(name)
                or re.search(rf"(?<![\w-]){re.escape(name.lower())}(?![\w-])", text)
                or _after_a_name(text, name)
                or (len(words) == 1 and _only_opens_sentences(text, name))
                or len(re.findall(rf"(?<![\w&'’-]){re.escape(name)}(?![\w&'’-])", text)) < 2
            ):
                continue
            found.add(name)
    return found


def _traded_at(text: str, start: int, end: int, word: str) -> bool:
    """Whether a company's noun stands right before the one-word name at ``start:end`` of a
    paragraph ("oil giant |Yukos|") or after it ("|Titan|, a California-based company", "the
    |Yugansk| unit"): the name is a company's, however the NER reads it there or elsewhere."""
    before, after = text[:start], text[end:]
    return bool(
        (
            _at_end(_TRADE_BEFORE, before, 2)
            and not _at_end(_FAMED_GIANT, before, 2)
            and not _SITE_AFTER.match(after)
        )
        or _TRADE_AFTER.match(after)
        or (_PART_AFTER.match(after) and _at_end(_DETERMINED, before, 2) and not place_kind(word))
        or (_at_end(_DEAL_BEFORE, before, 6) and not _KIN_AFTER.match(after))
        or _DEAL_AFTER.match(after)
        or (
            _STAFF_AFTER.match(after)
            and place_kind(word) is not None
            and word.lower() not in BODY_NOUNS  # "|Police| spokesman": no firm, whatever town
        )
    )


def _firm_acts_at(text: str, start: int, end: int) -> bool:
    """Whether the one-word name at ``start:end`` of a paragraph acts there as a company, as no
    person does: opening a clause with "its" a few words on ("|Pfizer| is still selling its
    Celebrex") or with a plural verb ("|BAA| are also owners": British news makes a company
    plural), its shares moving by a figure ("|Arcelor| shed 2.1%") or held ("Shares in
    |Solidere|" opening a sentence, which ``_DEAL_BEFORE`` reads only in lower case). Found
    auditing the one-word firms the NER reads as people's names (actors63: BBC business
    news), which the fragment test (``names.looks_like_name``) rejects as bare given names."""
    before, after = text[:start], text[end:]
    if _SHARES_MOVED.match(after) or (
        # not "Shares in |Murdoch|'s media empire": a holding in what the name owns (review19)
        _SHARES_OPEN.search(before) and not after.startswith(("'s", "’s"))
    ):
        return True
    if not _CLAUSE_START.search(before):
        return False
    return bool(_ITS_AFTER.match(after) or _PLURAL_VERB_AFTER.match(after))


def _person_acts(word: str, paragraphs: Sequence[str]) -> bool:
    """Whether the article writes the one-word name as a person's somewhere ("Ivan lost his
    cow", "Lula, who", "Pele's wife"): then "|Ivan| said its army" or "|Lula| praised its
    workers" is a person speaking of another owner, not a company (review19)."""
    after = re.compile(rf"(?<![\w-]){re.escape(word)}{_PERSON_AFTER.pattern}")
    return any(word in paragraph and after.search(paragraph) for paragraph in paragraphs)


_PERSON_AFTER = re.compile(
    r"(?:,? who\b|['’]s (?:wife|husband|widow|son|sons|daughter|daughters|mother|father|"
    r"brother|sister|family|career|life)\b|(?: [a-z]+){0,3} (?:his|her|himself|herself)\b)"
)
"""A person's word after a name: "who", a relative's or a life's noun after its "'s", or a
person's pronoun a few words on ("Ivan lost his cow")."""


def _named_events(paragraphs: Sequence[str]) -> set[str]:
    """The words an article writes after an event's first word ("Hurricane |Dorian|", "Storm
    Ciara"): a storm's or an operation's name, which "|Dorian| made its landfall" does not
    make a company's."""
    return {m.group(1) for paragraph in paragraphs for m in _EVENT_NAMED.finditer(paragraph)}


_EVENT_NAMED = re.compile(
    rf"\b(?:{'|'.join(sorted(w.title() for w in EVENT_FIRST_WORDS))})(?: Storm)? ([A-Z][\w-]+)"
)
"""An event's first word and the word after it ("Hurricane Dorian", "Tropical Storm Imelda")."""
_CLAUSE_START = re.compile(r"(?:^|[.!?;]['\"’”]?\s+|:\s+)$")
"""A sentence's or a clause's start before the name: the name is the subject of what follows
(not "Merck and |Pfizer| are", whose verb is plural for the two)."""
_ITS_AFTER = re.compile(
    r" (?:(?!(?:he|she|his|her|him|they|them|their|who|whose|and|or|but|with|to|for|"
    r"that|which|of|in|on|at|by|from)\b)[a-z]+ ){1,3}its\b"
)
"""A few verbs or adverbs, then "its" ("|Pfizer| is still selling its", "|Apex| said its"): the
subject owns as a company does; no word of a person ("he", "his") or a link to another noun
("with", "of") between, which could give "its" another owner."""
_PLURAL_VERB_AFTER = re.compile(r" (?:also |now |still |already )?(?:are|were|have)\b(?! you\b)")
"""A plural verb after one singular name ("|BAA| are also owners of the airports"): a body,
which British news makes plural; a person is never "are"."""
_SHARES_MOVED = re.compile(
    r"(?:['’]s)? (?:shares? |stock )?(?:shed|fell|rose|slid|slipped|dropped|climbed|jumped|"
    r"plunged|soared|tumbled)(?: by)? \d[\d.,]*(?:%| ?per ?cent\b| percent\b)"
)
"""The name's shares moving by a figure ("|Arcelor| shed 2.1%", "|Xstrata|'s shares fell 3%"):
a listed company's."""
_SHARES_OPEN = re.compile(r"(?:^|[.!?]['\"’”]?\s+)(?:Shares|Stakes?) in\s+$")
"""'Shares in |Solidere|' opening a sentence: a holding in the company (``_HOLDINGS`` in lower
case reads it mid-sentence)."""


_UNREAD_FIRM = re.compile(
    rf"\b(?:{'|'.join(sorted(TRADE_NOUNS))}|analysts? at) "
    r"((?:[A-Z][a-z]*[A-Z][A-Za-z]*|[A-Z][a-z]+)(?: [A-Z][A-Za-z]+){0,2})(?![\w&'’-])"
)
"""A company's noun or an analyst's employer before capitalised words ("consortium |TAV|",
"an analyst at |Gartmore|"): a company's name, which BBC business news often has the NER
miss."""
_DEAL_BEFORE = re.compile(
    r"\b(?:bought by|sold to|acquired by|taken over by|merged? with|purchase of|takeover of|"
    rf"{_HOLDINGS}|deals? with|deal between)\s+"
    r"(?:(?!(?:of|for|to|in|at|by|with|from|and|or)\b)[a-z]+ ){0,2}"
    r"(?:[A-Z][\w'’-]*(?: and|,) )?$"
)
"""A company's deal before its one-word name: the firm bought, sold to, merged with, held or
dealt with ("bought by market leader |Diageo|", "sold to |Ford|", "sponsorship deals with
Chelsea and |Celtic|", "the purchase of |Yugansk|"): a company's name, however the NER reads
it (BBC business news; a state's or a place's name is kept out before)."""
_KIN_AFTER = re.compile(r" (?:twins|brothers|sisters|family|families|heirs)\b")
"""'bought by the |Barclay| twins': a family's name, not a company's."""
_DEAL_AFTER = re.compile(
    r"['’]s (?:[a-z]+ )?(?:purchase|takeover|acquisition|shareholders|chief executive|"
    r"division|subsidiary)\b"
)
"""After the name, its possessive and its deal or its part ("|Bertelsmann|'s purchase of a
stake", "|Multiplex|'s construction division"): a company's name."""
_STAFF_AFTER = re.compile(
    r"(?:['’]s (?:[a-z]+ )?(?:boss|chairman|captain|finances)|"
    r" (?:spokesperson|spokesman|spokeswoman|boss|chairman|chief executive|captain))\b(?![-'’])"
)
"""A firm's or club's officer or purse after a one-word name that is also a town's ("A |Delta|
spokesperson", "Former |Chelsea| captain Desailly", "|Wembley| chairman Claes Hultman",
"|Liverpool|'s finances"): the firm or the club, not the town (actors53: in four tune
articles of the pooled BBC pools, and on no town of those pools; a town's officials are its
mayor or council). Not a role alone ("|Reading| said" stays the town's), nor a body's noun
that a town's name also spells ("|Police| spokesman Mariusz Ciarka": Police is a Polish town).
"""
_PART_AFTER = re.compile(r"(?: [a-z]+)? (?:unit|subsidiary|arm|chain|consortium)\b(?![-'’])")
"""A company's part or a group of companies named after the name ("the |Yugansk| unit", "the
|Odeon| cinema chain", "the |Phoenix| consortium"): the name is a company's, however the NER
reads it (BBC business news reads it as a place or a person). Not "division", which is a
province's too ("the |Malakand| division")."""
_DETERMINED = re.compile(r"\b(?:the|its|their|his|her|a|an)(?: [a-z]+)?\s+$")
"""A determiner before the name (a word may stand between: "the key |Yugansk| unit"): the name
modifies the noun after it, as a company's name modifies its unit's."""
_SITE_AFTER = re.compile(r" (?:branch|branches|office|offices|plant|factory|store|stores|site)\b")
"""A site's noun right after the name ("the bank |Lincoln| branch"): the name is the town the
site is in, not the company's."""
_TRADE_RELABELLED = frozenset({"PERSON", "PRODUCT", "NORP", "LOC", "FAC", "GPE"})
"""The NER's readings a company's noun before a one-word name overrules (a place's only when
the name is no state's or known place's)."""
_CLAUSE_END = re.compile(r"^(?:[,.;:)!?]|$)")


_EVENT_AFTER = re.compile(
    r"^,? (?:an?|the) (?:(?!(?:of|for|behind|at|to|that|which|who)\b)[\w-]+ ){0,4}"
    r"(?:event|convention|festival|conference|expo|fair|"
    r"exhibition|tournament|championship|competition)(?=[,.;]| dedicated\b| held\b| in\b)"
)
"""'the tenth |Furnal Equinox|, an annual event dedicated to', '|Fan Expo Canada|, a massive
annual pop culture convention': an event's name (GOLD.md: events are no actors); not the event
after 'of' or 'behind' ('|FIFA|, the governing body of the tournament,': its organiser)."""
_PRODUCT_BEFORE = re.compile(
    r"\b(?:drug|medicine|vaccine|treatment|cocktail|antibody|console|smartphone|aircraft|"
    r"spacecraft|rocket|satellite), $"
)
"""'One antibody cocktail, |ZMapp|, initially showed promise': a product named after what it
is, set off by commas."""
_PRODUCT_OBJECT = re.compile(
    r"\b(?:of|behind|for|[a-z]{3,}ed|makes?|made|sells?|sold|builds?|built|owns?|"
    r"produces?|invents?) (?:the|a|an|its|their|this|that) (?:[\w-]+ ){0,2}[a-z]+, $"
)
"""'The company that developed the vaccine, |Moderna|,', 'the maker of the drug, |Pfizer|,':
the product's noun is what the name made, and the name its maker, no product."""


_TECH_THING_AFTER = re.compile(
    r"^, (?:an?|the) (?:(?!(?:of|for|by|from|with|and|or|that|which|who)\b)[\w-]+ ){0,3}"
    r"(?:(?:programming |scripting )?language|single-board computer|computer|repository|"
    r"operating system|distribution|browser|framework|toolkit|compiler|kernel|protocol|"
    r"format|app|application|software|database)(?=[,.;]| used\b| for\b| that\b| which\b)"
)
"""'|Wikimedia Commons|, a media repository,', 'the |Raspberry Pi|, a single-board computer':
a technology the text says is a thing (technology news, actors80); not a maker ("|Apple|, a
computer maker": the noun goes on) nor a site or service, which may speak as a body."""


def _glossed(label: str, before: str, after: str) -> str:
    """What the words around a name say it is when no actor ('a building', 'an event', 'a
    product'), or ''."""
    if label not in ("ORG", "PERSON", "FAC", "LOC"):
        return ""
    if _BUILDING_AFTER.match(after):
        return "a building"
    if _EVENT_AFTER.match(after):
        return "an event"
    if _TECH_THING_AFTER.match(after):
        return "a technology"
    if (
        after.startswith(",")
        and _at_end(_PRODUCT_BEFORE, before, 2)
        and not _at_end(_PRODUCT_OBJECT, before, 6)
        and not _GOVERNMENT_ACTS.match(after)  # "|Moderna|, said": a maker speaks
    ):
        return "a product"
    return ""


def _product(before: str, after: list[str]) -> bool:
    """A product's name ("SpaceX tested its |Falcon Heavy| rocket", "the plane, a
    |Beechcraft Sierra|"), not its maker's: the maker ("Boeing") is named before it or a
    vehicle's noun names what it is; a state or nationality before is no maker ("the
    Iranian |Air Force| plane", "the |U.S.| Navy jet")."""
    if after and after[0] in VEHICLE_NOUNS and (maker := _at_end(_MAKER_BEFORE, before, 2)):
        word = maker.group(0).split()[-1].removesuffix("'s").removesuffix("’s")
        return not (state_name(word) or demonym_state(word) or word in ("The", "A", "An"))
    return bool(_at_end(_PRODUCT_APPOSED, before, 14))


_BRAND_BEFORE = re.compile(
    r"(?<![\w'’-])(?:[Aa]n?|[Tt]he|his|her|its|their|one|two|three|\d[\d,.]*)\s"
    r"(?:(?!said\b|says\b|and\b|or\b)[a-z][a-z-]+\s)?$"
)
"""A determiner or a number before a brand, one lower-case word between at most: "a |Volvo|
truck", "a stolen |Volvo| truck", "640,000 |Volvo| cars"."""
_BRAND_AFTER = re.compile(rf"^\s(?:{'|'.join(sorted(MADE_GOODS_NOUNS))})\b")


def _national_arm(words: list[str]) -> bool:
    """'Mazars USA', 'KPMG Canada': a company's name, then the state of its national arm."""
    return bool(state_name(words[-1])) and not (state_name(words[0]) or demonym_state(words[0]))


def _brand(name: str, before: str, after: list[str]) -> bool:
    """'a |Volvo| truck', 'the |Toyota| car': a maker's one-word name between a determiner
    and a vehicle's noun names the product (GOLD.md: products are no actors); an article
    that also writes "Volvo said" keeps the maker (``maker``). A body's word ("a |Navy| jet")
    is the body's vehicle, its owner, and so is an acronym's ("a |UN| vehicle"); an aircraft's
    name before is as often its operator's ("a |Ryanair| plane"), so only made goods count."""
    return (
        " " not in name
        and not is_acronym(name)
        and bool(after)
        and after[0] in MADE_GOODS_NOUNS
        and bool(_at_end(_BRAND_BEFORE, before, 3))
        and name.lower() not in SPEAKER_NOT_PERSON | ORG_WORDS | STATE_BODY_HEADS
        and not (state_name(name) or demonym_state(name))
    )


def _modifier(name: str, after: str) -> bool:
    """'|Magellanic| penguins', 'female |Magellanic| penguins': one adjective-shaped word before
    a lower-case plural noun is what modifies it (a species, a kind), no actor; "Eric says"
    is a person."""
    plural = _PLURAL_NOUN_AFTER.match(after)
    return bool(_ADJECTIVE.fullmatch(name) and plural and plural.group(1) not in _VERB_S)


def _located_title(words: list[str]) -> bool:
    """'in Sheikh |Jarrah|', 'near Sultan |Hamad|': a place named for someone, after a
    preposition of place; the NER keeps the title out of the name it reads as a person's."""
    return len(words) == 2 and words[0] in LOCATIVES and words[1].lower() in HONORIFICS


def _opens_with_people(cut: re.Match[str], before: str) -> bool:
    """'Fighters of |Hayat Tahrir al-Sham|', 'Members of |Congress|': a plural noun that opens
    the sentence, capitalised only for that, then 'of': the name after it is whole."""
    word = cut.group(1)
    opening = before[: cut.start(1)].rstrip()
    return (not opening or opening[-1] in '.!?"”') and re.fullmatch(
        r"[A-Z][a-z]+[^s]s", word
    ) is not None


def _state_before(before: str) -> str:
    """'Iran's ', 'the Russian ': the state named (or its adjective) right before a name."""
    found = _STATE_BEFORE.search(before)
    if not found:
        return ""
    words = found.group(1).split()
    ends = [
        i
        for i, word in enumerate(words[:-1])
        if word[-1] in ".!?:;," and not re.fullmatch(r"(?:[A-Z]\.)+", word)
    ]
    # "blamed Iran. Iran's": the run crosses a sentence's end, which no name does ("U.S.")
    run = " ".join(words[ends[-1] + 1 :] if ends else words)
    return state_name(run) or demonym_state(run) or ""


def _named(name: str) -> bool:
    """A person's name or an acronym: no place, even at the end of a list of places ("in
    Helsinki and |Kim Jong-un|")."""
    return person_like(name.split()) or name.isupper()


def _in_office(span: Span, after: str, others: set[int]) -> bool:
    """'the |Senate| Minority Leader', 'Thames Valley Police| and Crime Commissioner', 'Police
    and Crime| Commissioner': an organisation's name inside an office's name, or cut out of
    one joined by 'and', which ends in a capitalised title word; not when the words after
    'and' are a name of their own ("Bank of England and |Barclays| Chairman", ``others``:
    where the paragraph's other spans start)."""
    if _LEADS.match(after):
        return True  # "the |Senate| Minority Leader", "|Police| Commissioner"
    if " and " in span.text:
        title = re.match(r"^ ([A-Z][a-z]+)\b", after)
    else:
        title = re.match(r"^ and (?:[A-Z][\w'’-]+ ){1,3}?([A-Z][a-z]+)\b", after)
        if title and span.end + len(" and ") in others:
            return False
    return title is not None and title.group(1).lower() in TITLE_WORDS | OFFICE_NOUNS


_LEADS = re.compile(
    r"^ (?:(?:Majority|Minority|Deputy|Acting) )?(?:Leader|Whip|Chairman|Chairwoman|"
    r"Chairperson|Chair|Spokesman|Spokeswoman|Spokesperson|Commissioners?)\b"
    r"|^ (?i:majority|minority) (?i:leader|whip)\b"
    r"|^ (?:colonel|general|captain|major|sergeant|lieutenant|corporal|personnel|veterans?|"
    r"soldiers?|officers?)\b"
)
"""An office or rank after a body's name, which is then no mention of the body: "the Senate
Minority Leader, Chuck Schumer" names Schumer's office, "a former Army colonel" a rank, "two
Cabinet officers" people."""


def _owner_before_name(text: str, after: str) -> bool:
    """A possessive ends the span or follows it, and a name follows that ("Alexis Korner's
    Blues Incorporated"): the span names the owner of the next name."""
    if text.endswith(("'s", "’s")):
        return bool(re.match(r"\s+[A-Z]", after))
    return bool(re.match(r"['’]s\s+[A-Z]", after))


def _place_people_glued(name: str, place_words: set[str]) -> str | None:
    """'|Chagossian Liseby Elysé|' (actors83's pool): a people's noun ("-ian", "-ians") formed
    on a place the article names ("the Chagos Islands", read as a place) glued before a
    person's name of two words or more: the person, the noun saying whose people she is. Not
    a given name ("Christian", "Julian"), whose stem names no place of the article."""
    tokens = name.split()
    first = tokens[0] if len(tokens) >= 3 else ""
    stem = re.sub(r"(?:s?ians?|eans?)$", "", first)
    if (
        stem == first
        or len(stem) < 4
        or not any(w.startswith(stem) and len(w) <= len(stem) + 1 for w in place_words)
        or not person_like(tokens[1:])
    ):
        return None
    return " ".join(tokens[1:])


_TOWN_OF = re.compile(
    r"\b(?i:town|village|city|municipality|district|province|suburb|hamlet|commune|county|"
    r"region) of $"
)
"""'the town of |Beledweyne|': a place's name, whatever the NER read (``_town_glued``)."""


def _town_glued(name: str, towns: set[str]) -> str | None:
    """'|Beledweyne Ali Hassan|, the district commissioner' (actors86): a town's one-word name,
    which the same article reads alone as a place (a place's label, or "the town of
    |Beledweyne|"), glued by the NER
    before a person's name of two words or more: the person, the town saying where he is. Not
    a place that is also a given name ("Jordan", ``GIVEN_NAME_PLACES``)."""
    tokens = name.split()
    if (
        len(tokens) < 3
        or tokens[0] not in towns
        or tokens[0] in GIVEN_NAME_PLACES
        or not person_like(tokens[1:])
    ):
        return None
    return " ".join(tokens[1:])


def _without_nationality(name: str) -> str:
    """'Iranian Foreign Minister Javad Zarif' -> 'Foreign Minister Javad Zarif', 'Kremlin
    spokesman Dmitry Peskov' -> 'Dmitry Peskov': what comes before an office is the
    office's, not part of the holder's name."""
    tokens = name.split()
    offices = [i for i, t in enumerate(tokens[:-2]) if t.islower() and t in TITLE_WORDS]
    if offices:  # "Kremlin spokesman Dmitry Peskov": the words after the office
        return " ".join(tokens[offices[-1] + 1 :])
    if (
        len(tokens) > 3
        and tokens[1].lower().rstrip(".") in TITLE_WORDS
        and (state_name(tokens[0]) or demonym_state(tokens[0]))
    ):
        return " ".join(tokens[1:])
    return name


def _glued_person(name: str, glued: set[str], lone_people: set[str]) -> str | None:
    """'|TransCanada Grady Semmens|' read as one organisation, where the article also names
    "TransCanada" alone as one and "Semmens" alone as a person: the person after the body's
    name the NER glued to it; None if not so."""
    rest = strip_glued_prefix(name, glued - {name})
    head = name.removesuffix(rest).strip()
    if rest == name or head not in glued:
        return None  # not an acronym alone ("NPR Hamza bin Laden"): a body the article names
    return rest if rest.split()[-1] in lone_people and person_like(rest.split()) else None


def _labelled_person(name: str, titled: set[str]) -> str | None:
    """'|Irishmen JP McManus| and John Magnier', read as one organisation (actors48, b179):
    a nationality's noun before a name whose last word the article writes after an honorific
    ("Mr McManus") labels that person; None if not so."""
    rest = strip_glued_prefix(name)
    if rest == name or not demonym_noun(name.split()[0]) or rest.split()[-1] not in titled:
        return None
    return rest if person_like(rest.split()) else None


_CHAMBERS = frozenset({"Senate", "House", "Assembly", "House of Representatives", "Legislature"})
"""A chamber's bare name, a U.S. state's own after "state" ("ran for the state Senate")."""

_US_OBJECT_OF = re.compile(
    r"\b(?i:help|tell|let|give|save|join|follow|contact|show|protect|leave|ask|send|pay|"
    r"forgive|trust|believe|hear|call|free|kill|feed|spare|rescue|please) $"
)
"""Verbs (and "please") that take "us" as their object: '"Help US!"'."""


def _pronoun_us(text: str, start: int, end: int) -> bool:
    """'"Please help US," she said', 'GOD SAVE US ALL': "US" as the object pronoun written in
    capitals, after such a verb and before a stop or "all", in a quotation or after a verb in
    capitals (not "Pakistan agreed to help US." in a headline, where it is the state)."""
    before = text[:start]
    if not (verb := _US_OBJECT_OF.search(before)) or re.match(
        r"\s*(?!all\b|both\b)[\w$-]", text[end:]
    ):
        return False
    quoted = (before.count('"') + before.count("\u201c") - before.count("\u201d")) % 2 == 1
    return quoted or verb.group().strip().isupper()


DOMAINS = (
    frozenset(
        """house senate commons lords state interior treasury foreign affairs defence defense
        justice finance health education congress energy commerce agriculture labor labour
        transport transportation trade environment housing veterans homeland security
        immigration industry industries forestry fisheries mines mining petroleum tourism
        heritage information communications science technology infrastructure planning
        development economy welfare pensions resources aviation investment college school
        academy""".split()
    )
    | SPEAKER_NOT_PERSON
    | ORG_WORDS
)
"""What an office is of ("Speaker of the House", "Secretary of State", "Deputy Secretary of
|Energy Daniel Poneman|", "Minister of |Tourism Najib Balala|"): no part of a name. Beyond the
US departments' portfolios too: ministries elsewhere are of "Industry", "Fisheries", "Mines".
No word that also begins a body's name after an office ("the boss of |Sports Direct Mike
Ashley|", "the chair of |Sport England|"). "College" and "School" are bodies' words that no
person's name holds, so "the President of |University College London|" keeps its name."""


def _after_place(name: str, office: bool = False) -> str | None:
    """'Scotland Nicola Sturgeon' -> 'Nicola Sturgeon': after an ``office`` and 'of' or 'from',
    the person's name after a state's, region's or city's ("First Minister of |Scotland Nicola
    Sturgeon|", "Mayor of |Koszalin Piotr Jedlinski|") or after one or two words of its domain
    ("Speaker of the |House Nancy Pelosi|", "Secretary of |Veterans Affairs David Shulkin|",
    the portfolio whole), never before a domain's word ("President of |Imperial College
    London|"); None when no such words begin the name. After no office nothing is
    cut: places' names are given names too ("the administration of |George W. Bush|", "the
    resignation of |Ali Mohamed Gedi|", "the death of |Isabel Maria Santos|", a region's; "a
    team from |University College London|"), and no glued name after no office was a place's
    in some 200 real articles (Wikinews 2019, BBC)."""
    if not office:
        return None
    tokens = name.split()
    for cut in range(1, len(tokens) - 1):
        head, tail = " ".join(tokens[:cut]), tokens[cut:]
        if tail[0].lower() in DOMAINS:
            continue  # "Veterans |Affairs David Shulkin|", "Imperial |College London|": no name
        domain = cut <= 2 and all(t.lower() in DOMAINS for t in tokens[:cut])
        if (state_name(head) or place_kind(head) or domain) and person_like(tail):
            return " ".join(tail)
    return None


NOT_OFFICES = frozenset(
    """state national security foreign defence defense general supreme chief acting interim
    former ex late self-declared crown field vice deputy agency ministry government council
    parliament st saint major representatives""".split()
)
"""Title words that also begin organisations' names: no office alone ("State Fire Brigade")."""


def _honoured(name: str, surnames: set[str]) -> str | None:
    """'Mr Stone', 'Dr Fox', 'Prof Reddy': an honorific (or "Prof", a title only ever written
    before a name) and one or two capitalised words, which the NER read as an organisation's
    name: the person's surname, or None. The article must name a person of that surname
    ("Frank Stone", or "Mr |Stone|" read as a person once): "Dr Pepper", "Dr Martens" and
    "Miss Selfridge" are companies."""
    tokens = name.split()
    if (
        2 <= len(tokens) <= 3
        and (tokens[0] in SURNAME_HONORIFICS or tokens[0] in ABBREVIATED_TITLES)
        and all(t[:1].isupper() for t in tokens)
        and tokens[-1] in surnames
    ):
        return " ".join(tokens[1:])
    return None


def _ranked(name: str, surnames: set[str], text: str) -> str | None:
    """'|General Petraeus| said', '|Colonel Hirale|': a rank, office or honorific and a
    surname, which the NER read as an organisation's name: the person's surname (with given
    names, if the span holds them), or None. Some evidence must say it is a person's: the
    article gives a person that surname with a title before the full name ("General David
    Petraeus", "Gen. David Petraeus"; any person of the surname where the title opens no
    organisation's name, ``SURNAME_RANKS``), or writes the surname alone elsewhere
    ("Petraeus said"; not after a given name, "Heather Mills" beside "General Mills"; no
    company is named by its second word: "General Motors", "GM"), or the title word opens no
    organisation's name (``SURNAME_RANKS``: "Colonel", "Sheikh", "Governor"); the name's
    words are no word the article writes in lower case ("Admiral Insurance" beside
    "insurance"), nor an acronym or any body's, place's or office's word."""
    tokens = name.split()
    compound = len(tokens) > 2 and tokens[0].lower() in RANK_QUALIFIERS and title_word(tokens[1])
    if not 2 <= len(tokens) <= 5 or not (compound or title_word(tokens[0])):
        return None
    if not tokens[1][:1].isupper():
        return None
    rest = strip_titles(name).split()
    if not rest or len(rest) >= len(tokens) or not all(rank_name_word(t) for t in rest):
        return None
    title = tokens[len(tokens) - len(rest) - 1]  # "Marshal" of "Field Marshal Haftar"
    ranked = title.lower().rstrip(".") in SURNAME_RANKS
    surname = re.escape(rest[-1])
    if rest[-1] in surnames and (
        ranked
        or any(
            title_word(m.group(1))
            for m in re.finditer(rf"(\S+) (?:[A-Z][\w'’.-]* ){{1,3}}{surname}(?![\w-])", text)
        )
    ):
        return " ".join(rest)
    lowered = "|".join(re.escape(t.lower()) for t in rest)
    if re.search(rf"(?<![\w-])(?:{lowered})(?![\w-])", text):
        return None
    if ranked:
        return " ".join(rest)
    for m in re.finditer(rf"(?<![\w'’.-]){surname}(?![\w-])", text):
        before = text[: m.start()].split()[-1:] or [""]
        if before[0] == title or (before[0][:1].isupper() and not before[0].endswith(_ENDS)):
            continue  # "General Petraeus" itself; "Heather Mills", another's full name
        return " ".join(rest)
    return None


_ENDS = (".", "!", "?", '"', "”", ":", ";")
"""What ends the word before a sentence's first word ("... on Friday. Kayani said")."""


_UN_ASSEMBLY = re.compile(
    r"(?:(?:the )?(?:United Nations|UN|U\.N\.) )?General Assembly"
    r"|General Assembly of (?:the )?(?:United Nations|UN|U\.N\.)"
)
_UN_COUNCIL = re.compile(r"(?:(?:the )?(?:UN|U\.N\.) )?Security Council")
"""The UN's council by its short name, or with the acronym before it."""
UN_COUNCIL = "United Nations Security Council"
_UN_NAMED = re.compile(r"\b(?:United Nations|UN|U\.N\.)(?![\w-])")
_ASSEMBLY_ACTS = re.compile(
    r"^,? (?:has |had |have |would |will |also |then |unanimously |overwhelmingly |on \w+ )?"
    r"(?:votes?|voted|adopt(?:s|ed)?|pass(?:es|ed)?|approv(?:es?|ed)|elect(?:s|ed)?|"
    r"condemn(?:s|ed)?|call(?:s|ed)|urg(?:es?|ed)|demand(?:s|ed)?|reject(?:s|ed)?|"
    r"recogni[sz](?:es?|ed)|declar(?:es?|ed)|debat(?:es?|ed)|endors(?:es?|ed)|resolution)\b"
)
"""An assembly that acts: it votes, adopts, condemns or debates (or names its resolution)."""


def _un_assembly(name: str, after: str, text: str) -> str | None:
    """'the General Assembly voted', 'the UN General Assembly adopted a resolution', "the
    General Assembly of the United Nations has adopted", in an article naming the UN: the
    UN's body, ``UN_ASSEMBLY``; "attend the UN General Assembly", "at the General
    Assembly": its yearly session, an event as GOLD.md counts it (""). None for any other
    name, and for a bare "General Assembly" in an article not naming the UN (a church's, a
    federation's or a US state's)."""
    if not _UN_ASSEMBLY.fullmatch(name):
        return None
    if name == "General Assembly" and not _UN_NAMED.search(text):
        return None
    return UN_ASSEMBLY if _ASSEMBLY_ACTS.match(after) else ""


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


_POLITY_WORDS = frozenset(
    "republic kingdom state commonwealth principality emirate sultanate duchy province "
    "territory people peoples friends sons daughters".split()
)
"""Words before "of" and a state's name that name the state itself or its people ("Republic
of Korea", "Friends of Syria"), not a person's surname."""


def _of_home_state(name: str, text: str) -> str | None:
    """'|Manchin of West Virginia|', '|Sinema of Arizona|': a surname and the US state its
    bearer sits for, as American news names legislators, read as one organisation's name: the
    person. Not an office's, a body's, a place's or a polity's word ("Governor of Texas", "Bank
    of Hawaii", "Port of Virginia", "Commonwealth of Virginia"), nor a word the article also
    writes in lower case ("the university", "a church"), which no surname is; not a state's
    name ("Economy of Turkey"), whose people are rarely named so."""
    head, sep, place = name.partition(" of ")
    if not sep or not _SURNAME_WORD.fullmatch(head) or place not in us_state_names():
        return None
    low = head.lower()
    if low in TITLE_WORDS | _POLITY_WORDS | PLACE_NOUNS | _STATE_THINGS or not _name_word(head):
        return None
    return None if re.search(rf"\b{re.escape(low)}(?:s|es)?\b", text) else head


_STATE_THINGS = frozenset("port ports economy coast museum zoo library".split())
"""Heads before "of" and a US state that are a place or a thing of the state ("Port of
Virginia", "Economy of Texas"), which ``PLACE_NOUNS`` leaves out."""
_SURNAME_WORD = re.compile(r"(?:Mc|Mac|O')?[A-Z][a-z]+(?:-[A-Z][a-z]+)?")


def _holder(name: str) -> str | None:
    """'Assemblywoman Selena Torres', 'United States Representative Elijah Cummings', 'Kama
    Melly QC': an office (after a state or place) and the person holding it, which the NER
    read as one organisation's name; None when no office word leads or follows."""
    tokens = name.split()
    if not any(t.lower().rstrip(".") in TITLE_WORDS for t in tokens[:-1]) and (
        tokens[-1].replace(".", "") not in POST_NOMINALS
    ):
        return None
    start = next(
        (
            cut
            for cut in range(len(tokens) - 2, 0, -1)
            if state_name(" ".join(tokens[:cut])) or place_kind(" ".join(tokens[:cut]))
        ),
        0,
    )
    rest = tokens[start:]
    person = strip_titles(" ".join(rest))
    if person == " ".join(rest):
        return None
    office = rest[: len(rest) - len(person.split())] if rest[0] != person.split()[0] else []
    if office and office[-1].lower().rstrip(".") in NOT_OFFICES:
        return None  # "State Fire Brigade", "National Bison Range": an adjective, no office
    return person if person_like(person.split()) else None


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


_NAME_WORDS = r"[A-Z][\w'’-]*(?: (?:of|and|the|for|on|in|[A-Z][\w'’-]*))*"
_GOES_ON = {
    "for": re.compile(rf"^ for (?:the )?{_NAME_WORDS}"),
    "on": re.compile(rf"^ on (?:the )?{_NAME_WORDS}"),
    "and": re.compile(r"^ and (the )?([A-Z][\w'’-]*)(?=[^\w\s'’-]|$| (?!for\b|of\b|on\b)[a-z])"),
}
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
BODY_HEADS = BODIES_OF | frozenset(
    """church house chamber senate assembly academy university college school society
    foundation trust bureau service mission order""".split()
)
"""First words of a body's name before 'of' ("Church of England", "Bank of England"), which a
surname shared with them ("Charlotte Church") does not make a person's."""


def body_word(word: str) -> bool:
    """A word that makes a name a body's ("Council", "Party", "Watch"). Here, beside the sets
    it reads, so that this module's bracket pass and the briefing-wide stage share it."""
    low = word.lower()
    return any(
        w in BODY_ENDS or w in BODY_HEADS or w in UNIT_WORDS or w in _MORE_BODIES
        for w in (low, low.removesuffix("s"))
    )


def _a_place(word: str, cities: bool = True) -> bool:
    return bool(state_name(word) or place_kind(word) in ("a region", "a city" if cities else ""))


_STATE_BODY_AFTER = re.compile(r"^ [A-Z][\w'’-]*(?:(?: (?:of|and|for|on|the))* [A-Z][\w'’-]*)*")
"""The capitalised words (and the small words inside a name) right after a state's name."""
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


_NAME_VERB = (
    r"(?:said|says|has|have|had|is|was|were|are|will|would|can|could|may|might|must|should"
    r"|did|does|told|[a-z]{3,}(?<!e)ed)\b"
)  # a past tense, not a noun in "-ed" ("red", "shed", "breed")
_ADJECTIVE_USE = re.compile(rf"^ (?!{_NAME_VERB})[a-z]")
"""A lowercase word after a nationality's adjective: the adjective before its noun ("|Welsh|
patients"), not a name acting ("Swiss said", "Swiss cut fares": an airline's short name; a
past tense in "-ed" is a verb, the nouns after a nationality are not)."""
_NAME_USE = re.compile(rf"^ {_NAME_VERB}")
_PREDICATE_BEFORE = re.compile(r"\b(?:is|was|are|were|be|been|being)\s+$")


def _nationality_adjectives(
    spans: list[tuple[int, Span]], paragraphs: tuple[str, ...]
) -> list[tuple[int, Span]]:
    """'|Welsh| patients', 'whose father was |Welsh|': a nationality's adjective alone, which
    the NER read as an organisation or a person, is a nationality where it is used as an
    adjective (before a lowercase noun, or after "was"), so it names no page of its own.
    Found auditing BBC politics news (actors36: four articles with a page "Welsh"); a name
    that goes on ("Welsh Liberal") is another span and kept."""
    # A word the article also uses as a name acting ("Swiss said", "English told") is that
    # name everywhere in it: the airline "Swiss" or a Mr "English" also "cut" or "flew".
    acting = {span.text for p, span in spans if _NAME_USE.match(paragraphs[p][span.end :])}
    out: list[tuple[int, Span]] = []
    for p, span in spans:
        if (
            span.entity is None
            and span.label in ("ORG", "PERSON")
            and " " not in span.text
            and span.text not in acting
            and is_demonym(span.text)
            and (
                _ADJECTIVE_USE.match(paragraphs[p][span.end :])
                or _PREDICATE_BEFORE.search(paragraphs[p][: span.start])
            )
        ):
            span = Span(span.text, "NORP", span.start, span.end, None)
        out.append((p, span))
    return out


_NAME_RUN = r"(?:[Tt]he )?[A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*){0,3}"
_GLUED_PAIR = re.compile(rf"({_NAME_RUN})(, | and )({_NAME_RUN})")
"""Two names glued into one span by "and" or a comma ("Gazprom and Rosneft")."""
_TOWN_BEFORE = re.compile(r"\b(?:in|at|from|near|outside|of)\s+$")
"""A preposition of place before "Town, State": one place written with its state, no pair."""
_LIST_BEFORE = re.compile(r"[A-Z][\w'’.&-]*, $")
_LIST_AFTER = re.compile(r"^(?:, | and | or )[A-Z]")
"""A list's comma or conjunction before or after a span, with a name on its other side
("Sony Pictures, |Walt Disney, Touchstone|, Miramax", "companies |Dell, Samsung| and
Matsushita")."""
_COMMA_SUFFIXES = frozenset(
    "Inc Inc. Ltd Ltd. LLC LLP plc PLC Co Co. Corp Corp. SA S.A. AG NV N.V. Jr Jr. Sr Sr.".split()
)
"""Words a name itself writes after a comma ("Apple, Inc.", "Martin Luther King, Jr."): no
second name."""


def _comma_listed(paragraph: str, start: int, end: int, right: str) -> bool:
    """'Sony Pictures, |Walt Disney, Touchstone|, Miramax', 'like Commodore, |Atari,
    Spectrum|,', 'such as |Eastenders, Casualty|, Top Gear': two names glued by a comma inside
    a list of names (a name and a comma before, or a comma, "and" or "or" and a name after),
    each its own item, whether or not either is written alone. Found auditing BBC technology
    news (actors52: three glued pages in two tune articles, one in a check article). Not a
    town and its state ("born in Carvel, Ostland, in 1951": no name after the comma) nor a
    suffix of one name ("Apple, Inc. and Google")."""
    return right not in _COMMA_SUFFIXES and bool(
        _LIST_BEFORE.search(paragraph, max(0, start - 40), start)
        or _LIST_AFTER.match(paragraph[end : end + 6])
    )


def _is_place(text: str) -> bool:
    """A state or a place the gazetteer knows by this whole name ("Trinidad and Tobago")."""
    return state_name(text) is not None or place_kind(text) is not None


_COORDINATED_DEPARTMENT = re.compile(
    r"(?<![\w'’-])(?:(?:[Tt]he) )?("
    + "|".join(re.escape(n) for n in sorted(COORDINATED_DEPARTMENTS, key=len, reverse=True))
    + r")(?![\w-]|['’](?![sS]\b))"
)  # "the Department for Culture, Media and Sport's budget" is the department's


def _join_coordinated_departments(
    spans: list[tuple[int, Span]], paragraphs: tuple[str, ...]
) -> list[tuple[int, Span]]:
    """'|Department for Education| and |Skills|': a government department whose full name
    (``COORDINATED_DEPARTMENTS``) the NER cut at its "and" or comma is one span over the whole
    name, so neither a page for the first piece nor one for "Skills" is made. Only the NER's
    own guesses inside the name are joined (a curated span, or one running out of the name,
    stays as it is)."""
    found: dict[int, list[re.Match[str]]] = {}
    for p, paragraph in enumerate(paragraphs):
        if any(head in paragraph for head in ("Department", "Ministry", "Office")) and (
            hits := list(_COORDINATED_DEPARTMENT.finditer(paragraph))
        ):
            found[p] = hits
    if not found:
        return spans
    out: list[tuple[int, Span]] = []
    joined: set[tuple[int, int]] = set()
    for p, span in spans:
        hit = next(
            (m for m in found.get(p, ()) if m.start() <= span.start and span.end <= m.end()),
            None,
        )
        if hit is None:
            out.append((p, span))
            continue
        inside = [s for q, s in spans if q == p and hit.start() <= s.start and s.end <= hit.end()]
        touching = [s for q, s in spans if q == p and s.start < hit.end() and hit.start() < s.end]
        if len(touching) != len(inside) or any(s.entity is not None for s in inside):
            out.append((p, span))
        elif (p, hit.start()) not in joined:
            joined.add((p, hit.start()))
            start = min(s.start for s in inside)
            start = start if start < hit.start(1) else hit.start(1)
            text = paragraphs[p][start : hit.end()]
            out.append((p, Span(text, "ORG", start, hit.end(), None)))
    return out


def _split_glued_pairs(
    spans: list[tuple[int, Span]], paragraphs: tuple[str, ...]
) -> list[tuple[int, Span]]:
    """'|Gazprom and Rosneft|', '|Oakfield, Brandt|': two names the NER read as one, where
    the article writes one of them alone as a name elsewhere (of any label, "Gazprom" read as a
    place's; not next to "and", a piece of a longer name cut by the NER): each is its own
    span (the one named alone with that label), so neither the glued page nor a page named
    for both is made. A name that is one body's ("Oslo Fire and Rescue", "Johnson and
    Johnson") has no half written alone as a name, or halves alike. Found auditing BBC news
    (actors36: five articles). One body named for two ("Procter and Gamble" and its short
    "Procter"; fix63) is written whole more than once with only one half alone, two bodies
    once each (actors36's five) or with both halves alone; a state's or place's whole name
    in the gazetteer ("Bosnia and Herzegovina", "Bosnia" alone) is one place, and a
    department's listed name (``COORDINATED_DEPARTMENTS``, joined just before) one body.
    Two names glued by a comma inside a list are split whether or not either is written
    alone (``_comma_listed``, actors52)."""
    alone: dict[str, str] = {}
    whole: dict[str, int] = defaultdict(int)  # a glued span's text: how often it is written
    for p, span in spans:
        if _GLUED_PAIR.fullmatch(span.text):
            whole[span.text] += 1
        if not (
            _GLUED_PAIR.fullmatch(span.text)
            or paragraphs[p][: span.start].endswith((" and ", " & "))
            or paragraphs[p][span.end :].startswith((" and ", " & "))
        ):  # alone, not a piece cut from a longer name ("Fire and |Rescue|"); of any label
            alone.setdefault(without_the(span.text), span.label)
    out: list[tuple[int, Span]] = []
    for p, span in spans:
        pair = (
            _GLUED_PAIR.fullmatch(span.text)
            if span.entity is None and span.label in ("ORG", "PERSON")
            else None
        )
        if pair is None:
            out.append((p, span))
            continue
        left, right = pair.group(1), pair.group(3)
        bare = [without_the(n) for n in (left, right)]
        if (
            bare[0] == bare[1]
            or not (
                bare[0] in alone
                or bare[1] in alone
                or (
                    pair.group(2) == ", "
                    and _comma_listed(paragraphs[p], span.start, span.end, right)
                )
            )
            or (whole[span.text] > 1 and not (bare[0] in alone and bare[1] in alone))
            or _is_place(without_the(span.text))
            or without_the(span.text) in COORDINATED_DEPARTMENTS
            or (pair.group(2) == ", " and _TOWN_BEFORE.search(paragraphs[p][: span.start]))
        ):
            out.append((p, span))
            continue
        for name, bare_name, at in (
            (left, bare[0], span.start),
            (right, bare[1], span.end - len(right)),
        ):
            label = alone.get(bare_name, span.label)
            out.append((p, Span(name, label, at, at + len(name), None)))
    return out


_NATIONAL_BODY_AFTER = re.compile(r"^ (Executive|Parliament|Assembly)\b(?! [A-Z])")
"""A legislature's or an executive's head noun, capitalised, right after a nation's adjective
("the |Scottish| Executive"), and no longer name going on after it."""


def _extend_national_bodies(
    spans: list[tuple[int, Span]], paragraphs: tuple[str, ...]
) -> list[tuple[int, Span]]:
    """'the |Scottish| Executive': a nation's adjective the NER read as a nationality, and the
    capitalised executive or legislature after it left out; the whole is the body's name.
    Found auditing BBC politics news (actors33: three articles, no page for the Scottish
    Executive)."""
    starts = {(p, span.start) for p, span in spans}
    out: list[tuple[int, Span]] = []
    for p, span in spans:
        if (
            span.entity is None
            and span.label == "NORP"
            and " " not in span.text
            and demonym_state(span.text)
            and (head := _NATIONAL_BODY_AFTER.match(paragraphs[p][span.end :]))
            and (p, span.end + 1) not in starts
        ):
            end = span.end + len(head.group(0))
            span = Span(paragraphs[p][span.start : end], "ORG", span.start, end, None)
        out.append((p, span))
    return out


_CHANNEL_24 = re.compile(
    r" 24(?![\w.,:/]?\d)(?!\s?[-–]\s?\d)(?!\s?%)"
    r"(?![,;]?\s*(?:[-–—]\s*)?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?\s+\d)"
)
"""' 24' after a state's name, as a 24-hour news channel is named ("France 24", "Russia 24");
not a score ("France 24 Wales 18", "France 24-17", "Italy 24, Scotland 18", "Ireland 24 -
Wales 10": a name and a number follow), a share ("Japan 24%", a tariff table, review24) or
a count ("France 24 hours")."""
_NO_CHANNEL = re.compile(
    r"(?:hours?|years?|days?|points?|per|percent|pc|times|million|billion|people|dead|killed|"
    r"of|to|and|or|in|out)\b"
)
"""Words after '<state> 24' that make the number a count, not a channel's name."""
_SCORE_BEFORE = re.compile(
    r"\b(?:beat|beats|beating|defeated|against|led|lead|leads|trail\w*|v|vs)\.? $"
)


def _channel_after(text: str, span: Span) -> bool:
    """Whether ' 24' after the state's name ``span`` names its news channel (``_CHANNEL_24``,
    ``_NO_CHANNEL``, ``_SCORE_BEFORE``)."""
    rest = text[span.end :]
    return (
        bool(_CHANNEL_24.match(rest))
        and not _NO_CHANNEL.match(rest[3:].lstrip())
        and not _SCORE_BEFORE.search(text[max(0, span.start - 12) : span.start])
    )


_OUTLET_NAME = (
    r"(?:The [A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,3}"  # "The Verge", "The Jakarta Post"
    r"|[A-Z][\w-]*(?:\.[a-z]{2,4}){1,2}\b"  # a domain: "News.com.au", "Politico.eu"
    r"|[A-Z][a-z]+(?:[A-Z][a-z]+)+\b"  # words run together: "RealClearPolitics"
    r"|[A-Z]{2,5}\d{0,2}\b"  # capitals and a channel's number: "TF1", "WSET"
    r")"
)
_CITED_OUTLET = re.compile(
    r"\b(?:told|[Aa]ccording to|(?:first )?reported by|interviewed by|in an interview with|"
    r"speaking to|quoted by|cited by)\s+"
    rf"({_OUTLET_NAME})(?=[\s,.;:)!?\"”’]|$)(?!\s[A-Z])"
    rf"|\b({_OUTLET_NAME})['’]s? (?:average|poll|polling|report|reporting|analysis|tally|"
    r"count|survey|sources?)\b"
)
"""An outlet cited as the source of a report, an interview or a poll's average, which the NER
left unread or read as a number ("told |The Verge|", "according to |TF1|", "reported by
|News.com.au|", "|RealClearPolitics|' average"): a name of an outlet's shape only (a leading
"The", a domain, words run together, capitals and a channel's number), not any name after
"told" ("told Kremlin aides"), and no name running on ("according to The Wall Street
Journal's" is the NER's)."""
_NOT_NAMED = frozenset({"CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT", "PRODUCT"})
"""Labels of spans that read no name: an outlet's name read so ("TF1" as a number) is freed."""


def _cited_outlets(
    spans: list[tuple[int, Span]], paragraphs: tuple[str, ...]
) -> list[tuple[int, Span]]:
    """'a Verizon spokesperson told |The Verge|', 'according to |TF1|': an outlet's name
    cited as a source (``_CITED_OUTLET``) where the NER read no name, read as an
    organisation, there and wherever else the article writes it unread ("Photo by … / The
    Verge"). A span that reads a name there (a person's, a body's) wins; one that reads a
    number ("TF1" as CARDINAL) gives way."""
    cited = {m.group(1) or m.group(2) for text in paragraphs for m in _CITED_OUTLET.finditer(text)}
    return _read_as_outlet(spans, paragraphs, cited)


def _read_as_outlet(
    spans: list[tuple[int, Span]],
    paragraphs: tuple[str, ...],
    names: set[str],
    *,
    ignore_case: bool = False,
) -> list[tuple[int, Span]]:
    """Every place the article writes one of ``names`` where the NER read no name, read as
    an organisation (a span that reads a number gives way); ``ignore_case`` finds a name in
    any case, written with a capital ("wikinews" as "Wikinews")."""
    if not names:
        return spans
    found: list[tuple[int, int, int]] = []
    for name in sorted(names, key=len, reverse=True):
        pattern = (
            _publisher_pattern(name)
            if ignore_case  # not in an address: "en.wikinews.org", "@wikinews"
            else re.compile(rf"(?<![\w.])({re.escape(name)})(?![\w]|\.[a-z])")
        )
        for p, text in enumerate(paragraphs):
            for m in pattern.finditer(text):
                start, end = m.span(1)
                if ignore_case and not text[start].isupper():
                    continue  # "wikinews" in lower case: a word or an address, no name
                if any(q == p and s < end and start < e for q, s, e in found) or any(
                    q == p
                    and span.start < end
                    and start < span.end
                    and span.label not in _NOT_NAMED
                    for q, span in spans
                ):
                    continue
                found.append((p, start, end))
    if not found:
        return spans
    out = [
        (p, span)
        for p, span in spans
        if not any(q == p and span.start < e and s < span.end for q, s, e in found)
    ]
    out += [(p, Span(paragraphs[p][s:e], "ORG", s, e, None)) for p, s, e in found]
    return sorted(out, key=lambda ps: (ps[0], ps[1].start, -ps[1].end))


_HOST_SUFFIXES = frozenset("com org net gov edu int info news co ac or ne go".split())
"""Labels of a web host after its owner's name: top-level domains and the second level some
countries put under theirs ("bbc.co.uk", "abc.net.au")."""


def publisher_name(source: str) -> str | None:
    """The name an article's publisher goes by, from its ``source``: a web host's owner label
    ("en.wikinews.org" -> "wikinews", "www.bbc.co.uk" -> "bbc"), else the source as written
    ("Reuters"); None for one too short to be told from a word (two letters or fewer)."""
    source = source.strip()
    if " " not in source and "." in source:
        labels = [w for w in source.casefold().split(".") if w]
        while len(labels) > 1 and (labels[-1] in _HOST_SUFFIXES or len(labels[-1]) == 2):
            labels.pop()
        source = labels[-1] if labels else ""
    return source if len(source) > 2 and re.fullmatch(r"[\w&' .-]+", source) else None


def _publisher_pattern(name: str) -> re.Pattern[str]:
    """A publisher's name in any case, whole, and not inside a web or e-mail address."""
    return re.compile(rf"(?<![\w./@-])({re.escape(name)})(?![\w@-]|\.[a-z])", re.IGNORECASE)


def publisher_named(article: Article) -> frozenset[str]:
    """How the article writes its own publisher's name (``publisher_name``) with a capital
    ("Wikinews" in a Wikinews article): the outlet that reported it, news media by that alone."""
    name = _publisher_in(article.source, article.paragraphs)
    if not name:
        return frozenset()
    pattern = _publisher_pattern(name)
    return frozenset(
        m.group(1)
        for text in article.paragraphs
        for m in pattern.finditer(text)
        if m.group(1)[0].isupper()
    )


def _own_publisher(
    spans: list[tuple[int, Span]], paragraphs: tuple[str, ...], source: str
) -> list[tuple[int, Span]]:
    """'|Wikinews| attended the event', 'Smith told |Wikinews|': the article's own publisher
    (``publisher_name`` of its source) named in its text, with a capital, where the NER read
    no name: the outlet that reported, asked or interviewed, read as an organisation. Its name
    is known from the article itself, as a curated one is, so no verb's shape need show it."""
    name = _publisher_in(source, paragraphs)
    return _read_as_outlet(spans, paragraphs, {name}, ignore_case=True) if name else spans


def _publisher_in(source: str, paragraphs: Sequence[str]) -> str | None:
    """``publisher_name`` of ``source``, unless the article also writes it as a word in lower
    case ("dawn" of dawn.com, "time" of time.com): then a capital may be a sentence's start,
    and the publisher is not read."""
    name = publisher_name(source)
    if name is None or not name.islower():
        return name
    pattern = _publisher_pattern(name)
    lower = any(m.group(1).islower() for text in paragraphs for m in pattern.finditer(text))
    return None if lower else name


_DEVICE_INITIALISMS = frozenset({"CCTV"})
"""Initialisms of a device that are also an outlet's name: closed-circuit television and
China Central Television."""
_DEVICE_AFTER = re.compile(
    r"\s(?:cameras?|footage|images?|video(?:s|tape)?|recordings?|stills?|systems?|monitors?|"
    r"surveillance|evidence|operators?|captured|showed|shows|recorded|filmed|"
    r"caught|revealed|appeared to show)\b"
)
_DEVICE_BEFORE = re.compile(
    r"\b(?:caught|captured|seen|filmed|recorded|spotted|visible) on (?:the )?$"
    r"|\b(?:footage|images?|pictures?|stills?|video) (?:from|of) (?:the )?$",
    re.IGNORECASE,
)
"""What makes "CCTV" the device, not the broadcaster: a noun of its recordings or a verb of
recording after it ("CCTV footage", "CCTV cameras", "CCTV captured their arrival"), or a
verb of being caught on it or a recording's noun before it ("caught on CCTV", "images from
CCTV"); "according to CCTV", "told CCTV", "reported by CCTV", "appeared on CCTV" stay the
broadcaster's."""

_OUTLET_BEFORE = re.compile(
    r"\b(?i:broadcaster|television|TV|channel|network|station|China['’]s|Chinese)\s+$"
)
"""Before "CCTV", the words that make it the broadcaster whatever follows ("state
broadcaster CCTV showed the meeting", "China's CCTV footage")."""


def device_read(text: str, span: Span) -> bool:
    """'|CCTV| footage showed the suspect': a device's initialism (``_DEVICE_INITIALISMS``)
    written as the device (``_DEVICE_AFTER``, ``_DEVICE_BEFORE``, no broadcaster's word
    before it) names no actor there; ``collect`` leaves the span out with its reason, so China
    Central Television keeps its page where it is cited."""
    if span.text not in _DEVICE_INITIALISMS:
        return False
    before = text[max(0, span.start - 30) : span.start]
    return not _OUTLET_BEFORE.search(before) and bool(
        _DEVICE_AFTER.match(text, span.end) or _DEVICE_BEFORE.search(before)
    )


def _news_channels(
    spans: list[tuple[int, Span]], paragraphs: tuple[str, ...]
) -> list[tuple[int, Span]]:
    """'|France| 24 reported': a state's name the NER read as the place, and the number
    after it it left out or read as a date: the outlet "France 24" (a 24-hour news channel
    named after its country, as "Russia 24", "Ukraine 24"), read as an organisation. Never a
    score or a count ("beat France 24-17", "France 24 Wales 18", "France 24 hours")."""
    out: list[tuple[int, Span]] = []
    channels: set[tuple[int, int, int]] = set()
    for p, span in spans:
        text = paragraphs[p]
        if span.text.endswith(" 24") and state_name(span.text[:-3]):
            # "|Italy 24|, Scotland 18": the NER's own span, read back to the state where
            # the words around make the number a score, a share or a count.
            state = Span(span.text[:-3], "GPE", span.start, span.end - 3, None)
            if not _channel_after(text, state):
                span = state
            out.append((p, span))
            continue
        if (
            span.label in ("GPE", "LOC", "ORG", "NORP")
            and state_name(span.text)
            and _channel_after(text, span)
        ):
            end = span.end + 3
            span = Span(text[span.start : end], "ORG", span.start, end, None)
            channels.add((p, span.start, end))
        out.append((p, span))
    if not channels:
        return out
    return [
        (p, span)
        for p, span in out
        if (p, span.start, span.end) in channels
        or not any(q == p and s <= span.start < e for q, s, e in channels)
    ]


_BROADCAST_PREFIX = re.compile(r"(?<![\w-])(?:TV|Radio) $")
"""'broadcaster |Chosun|' after 'TV ': a channel's name that opens with its medium ("TV
Chosun", "TV Asahi", "Radio Sawa"), the medium not after another name ("Press TV")."""


def _broadcast_prefixed(
    spans: list[tuple[int, Span]], paragraphs: tuple[str, ...]
) -> list[tuple[int, Span]]:
    """'|Chosun|' of "TV Chosun said": a one-word name the NER read (as a person's, even)
    without the medium's word before it, where the article writes that word before every
    mention of the name: the channel "TV Chosun", an organisation. A name also written alone
    ("TV Tokyo reported ... in Tokyo") keeps the NER's reading."""
    out: list[tuple[int, Span]] = []
    for p, span in spans:
        text = paragraphs[p]
        head = text[max(0, span.start - 7) : span.start]
        if (
            span.entity is None
            and span.label in ("PERSON", "ORG", "GPE", "NORP")
            and " " not in span.text
            and (medium := _BROADCAST_PREFIX.search(head))
            and _after_no_name(text[: span.start - len(medium.group(0))])
            and _always_after(span.text, medium.group(0), paragraphs)
        ):
            start = span.start - len(medium.group(0))
            span = Span(text[start : span.end], "ORG", start, span.end, None)
        out.append((p, span))
    return out


_SUBJECT_AFFAIRS = re.compile(
    r"(?:Foreign|Internal|Home|Public|Veterans['’]?|Consumer|Indian|External) Affairs"
)
"""A portfolio's name, no body's alone (``names.not_an_actor``: "a subject")."""


def _body_for(name: str, text: str) -> str | None:
    """'Veterans Affairs said': a portfolio that speaks or acts is the body the article names
    for it ("the Department of Veterans Affairs"), the one body of that portfolio it names;
    None when it names none, or several ("the Ministry of Home Affairs" and "the Office of
    Home Affairs")."""
    if not _SUBJECT_AFFAIRS.fullmatch(name):
        return None
    bodies = set(
        re.findall(
            rf"\b(?:Department|Ministry|Office|Bureau|Secretariat) of (?:the )?{re.escape(name)}\b",
            text,
        )
    )
    return bodies.pop() if len(bodies) == 1 else None


def _after_no_name(before: str) -> bool:
    """The word before the medium's opens no name ("broadcaster TV …", "The TV …", a
    sentence's start), unlike "Press TV", "Sky TV"."""
    words = before.split()
    return (
        not words or words[-1] == "The" or words[-1][-1] in '.:;!?"“”' or not words[-1][0].isupper()
    )


def _always_after(name: str, medium: str, paragraphs: tuple[str, ...]) -> bool:
    """Every whole-word mention of ``name`` in the article comes right after ``medium``."""
    alone = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
    return all(
        paragraph[max(0, m.start() - len(medium)) : m.start()] == medium
        for paragraph in paragraphs
        for m in alone.finditer(paragraph)
    )


def _extend_state_bodies(
    spans: list[tuple[int, Span]], paragraphs: tuple[str, ...]
) -> list[tuple[int, Span]]:
    """'|the United States| House of Representatives': a body whose full name opens with its
    state's, which the NER cut after the state. The state is only the start of the body's
    name, no mention of its own; the whole is the body. Spans inside the whole are dropped
    (the NER's "House" of "United States House of Representatives")."""
    out: list[tuple[int, Span]] = []
    covered: list[tuple[int, int, int]] = []
    for p, span in sorted(spans, key=lambda ps: (ps[0], ps[1].start, -ps[1].end)):
        if any(q == p and s <= span.start and span.end <= e for q, s, e in covered):
            continue
        if (
            span.entity is None
            and span.label in ("GPE", "ORG")
            and not span.text.endswith(("'s", "’s", "'", "’"))  # "the United States' NSF"
            and state_name(clean_name(span.text))
            and (run := _STATE_BODY_AFTER.match(paragraphs[p][span.end :]))
        ):
            words = run.group(0).split()
            while words and words[-1].lower() not in STATE_BODY_HEADS:
                words.pop()
            rest = run.group(0)[len(" ".join(words)) + 1 :]
            if words and words[-1] == "Court" and (seat := _court_seat().match(rest)):
                words += seat.group(0).split()  # "... District Court| for the Southern ..."
            if words and words[0][:1].isupper():
                end = span.end + 1 + len(" ".join(words))
                if paragraphs[p][span.end + 1 : end] == " ".join(words) and not any(
                    q == p and span.end < s < end and e > end for q, s, e in _ends(spans)
                ):
                    span = Span(paragraphs[p][span.start : end], "ORG", span.start, end, None)
                    covered.append((p, span.start, end))
        out.append((p, span))
    return out


_YEAR_BEFORE = re.compile(r"\b(?:1[89]|20)\d\d\s+$")
_MODIFIED_AFTER = re.compile(
    r"^(?:-(?:based|born|registered|flagged|headquartered)\b"
    r"|(?: [A-Za-z]+)? (?:[Ww]ars?|[Ee]lections?|[Rr]eferendum|[Cc]ensus|[Cc]hampionships?|"
    r"[Oo]lympics|[Pp]rimar(?:y|ies))\b|\$| (?:dollars?|cents)\b)"
)
"""What a state's name modifies: an event's name ("the Iraq War", "the United States
presidential election"), a place of registry ("a Luxembourg-based court") or a currency
("U.S. dollars", "US$")."""


def _state_modifies(before: str, after: str) -> bool:
    """A state's name that only modifies another word, after a year ("the 2020 United States
    presidential election", "the 2019 Hong Kong protests") or before what ``_MODIFIED_AFTER``
    lists: no mention of the state (a state also named on its own still has its page)."""
    return bool(_YEAR_BEFORE.search(before[-12:]) or _MODIFIED_AFTER.match(after))


def _leading_state(name: str) -> str | None:
    """The state whose name opens a longer name ("United States House of Representatives")."""
    tokens = name.split()
    for cut in (3, 2, 1):
        if len(tokens) > cut and (state := state_name(" ".join(tokens[:cut]))):
            return state
    return None


def _body_state(name: str) -> str | None:
    """The state a body's name ends with ("House of Representatives of the Philippines")."""
    key = body_key(name) if " of " in name else None
    return key[0] if key else None


def _ends(spans: list[tuple[int, Span]]) -> list[tuple[int, int, int]]:
    return [(p, span.start, span.end) for p, span in spans]


_HEAD_BEFORE = re.compile(r"(?:^|(?<=\s))((?:[A-Z][\w'’-]* ){1,4})(?:for|of) $")
"""'|Democratic Alliance| for the Betterment': capitalised words, then 'for' or 'of' right
before a span that opens with 'the'."""


_SENTENCE_OPENERS = frozenset("in at as after before when while but meanwhile however".split())


def _head_before(text: str, span: Span) -> re.Match[str] | None:
    """The capitalised head a body's name has before the span, after a word in lower case or
    'The' (not inside a longer capitalised run), or None."""
    if not span.text.startswith("the "):
        return None
    head = _at_end(_HEAD_BEFORE, text[: span.start], 6)
    if (
        head is None
        or head.group(1).split()[-1].lower() not in ORG_HEADS | ORG_WORDS | SPEAKER_NOT_PERSON
    ):
        return None  # "Members of the House of Commons": no body's head
    previous = text[: head.start(1)].split()[-1:]
    return (
        head
        if not previous or previous[0] in ("The", "the") or not previous[0][0].isupper()
        else None
    )


_PLACE_NEXT = re.compile(r"^ (?:the )?([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})(?=[\s,.;:)(]|$)")


def _extend_cut_bodies(
    spans: list[tuple[int, Span]], paragraphs: tuple[str, ...]
) -> list[tuple[int, Span]]:
    """An organisation's name the NER cut short: 'Tunisian League' + 'for the Defence of
    Human Rights' after a noun like 'League' ('on Benghazi' after a committee), or 'High
    Court of England' + 'and Wales' after an 'of' name ("Islamic State of Iraq and the
    Levant"); spans inside the whole are dropped."""
    out: list[tuple[int, Span]] = []
    covered: list[tuple[int, int, int]] = []
    ends_at = [(p, span.end) for p, span in spans]
    for p, span in sorted(spans, key=lambda ps: (ps[0], ps[1].start)):
        if any(q == p and s <= span.start and span.end <= e for q, s, e in covered):
            continue
        if (
            span.label == "ORG"
            and span.entity is None
            and (head := _head_before(paragraphs[p], span))
            and not any(q == p and head.start(1) < e <= span.start for q, e in ends_at)
            and not any(
                w.lower() in TITLE_WORDS | CALENDAR_WORDS | CONNECTORS | _SENTENCE_OPENERS
                or state_name(w)
                for w in head.group(1).split()
            )
        ):
            # "the pro-Beijing |Democratic Alliance for| the Betterment and Progress of Hong
            # Kong": the NER began the name after its head's "for"; the head is the name's.
            start = head.start(1)
            span = Span(paragraphs[p][start : span.end], "ORG", start, span.end, None)
        if span.label == "ORG" and span.entity is None:
            rest = paragraphs[p][span.end :]
            words = span.text.split()
            goes = None
            if words[-1:] in (["Court"], ["Appeals"]) and (seat := _court_seat().match(rest)):
                goes = seat  # "the United States Court of Appeals| for the Ninth Circuit|"
            elif words and words[-1].lower() in ORG_HEADS:
                goes = _GOES_ON["for"].match(rest)
                chapter = _CHAPTER_OF.match(rest)
                if not goes and chapter and chapter.group(1) in us_state_names():
                    goes = chapter  # "American Civil Liberties Union| of Montana|": a chapter
                if not goes and words[-1].lower() in ("committee", "commission", "council"):
                    goes = _GOES_ON["on"].match(rest)  # "Select Committee on Benghazi"
                    if goes and goes.group(0).split()[1].lower() in CALENDAR_WORDS:
                        goes = None  # "sued the House Oversight Committee| on Tuesday|": a date
            elif (
                words[-1:] == ["of"]
                and len(words) >= 2
                and words[-2].lower() in _CUT_AT_OF
                and (place := _PLACE_NEXT.match(rest))
                and _a_place(place.group(1), cities=False)
            ):  # (a body's head before "of": "Patrice Talon of| Benin" is a president of his)
                goes = place  # "|The Communist Party of| Cuba (PCC)": the NER stopped at "of"
            elif len(words) >= 3 and words[-2] == "of" and _a_place(words[-1], cities=False):
                goes = _GOES_ON["and"].match(rest)
                if goes and not (goes.group(1) or _a_place(goes.group(2))):
                    goes = None  # "Bank of England and Barclays": two names
            if goes:
                tail = re.sub(r"(?: (?:of|and|the|for|on|in))+$", "", goes.group(0))
                end = span.end + len(tail)
                span = Span(paragraphs[p][span.start : end], "ORG", span.start, end, None)
                covered.append((p, span.start, end))
        out.append((p, span))
    return out


_NAME_HEADS = ORG_HEADS | frozenset("party campaign congress".split())
"""Last words that close a long body's name ("... Awami Party", "... Solidarity Campaign")."""
_HYPHEN_PARTS = re.compile(r"^(?:-[a-z]{1,3}-[A-Z][\w'’]*)+(?:-[A-Z][\w'’]*)?(?![\w-])")
_HYPHEN_REST = re.compile(r"^-[A-Z][\w'’]*(?:-[a-z]{1,3}-[A-Z][\w'’]*)*(?:-[A-Z][\w'’]*)?(?![\w-])")
"""'Jamiat Ulema|-e-Islam-Fazl|', 'Jamiat Ulema-e|-Islam|': a name's hyphenated parts after
a cut (a faction's name after them: '-Fazl'); not '|Hamas|-Israel', two names."""
_IZAFAT = re.compile(r"[a-z]-[ei]-[A-Z]")
"""The Persian and Urdu izafat joining the words of a party's or a group's name
('Jamaat-e-Islami', 'Tehreek-e-Insaf', 'Majlis-i-Amal'); a person's Arabic name joins with
'-ul-', '-ud-' ('Zia-ul-Haq'), not with it."""
_CAPITALS_AFTER = re.compile(r"^((?: [A-Z][\w'’-]*){1,3})(?![\w'’-])")
_IN_PLACE_TAIL = re.compile(r"^ in ([A-Z][\w'’-]*)(?![\w'’-])(?! [A-Z])")
_STATE_AFTER_THE = re.compile(r"(?:^|[.!?] |\b[Tt]he )([A-Z][\w'’-]*) $")


_POSSESSED = re.compile(r"['’]s?$")


def _whole_words(name: str) -> bool:
    """A name that may go on: capitalised words and the small words of a name ('for', 'of'),
    not ended by its head ('… Party') nor by a small word ('Ace Tyre and'), owning nothing
    ('Imperial College London's'), and no state's name alone, which a body's name after it
    leaves apart ('|United States| Central Intelligence Agency')."""
    words = name.split()
    return bool(
        words
        and words[-1][:1].isupper()
        and words[-1].lower() not in _NAME_HEADS
        and all(w[:1].isupper() or w in ("for", "of", "the", "and") for w in words)
        and not any(_POSSESSED.search(w) for w in words)
        and not state_name(name)
    )


def _extend_to_body_head(
    spans: list[tuple[int, Span]], paragraphs: tuple[str, ...]
) -> list[tuple[int, Span]]:
    """An organisation's name the NER cut inside: the capitalised words after it up to the
    head word that closes a body's name ('Pashtunkhwa Milli| Awami Party|'), the hyphenated
    parts of a word it cut ('Jamiat Ulema|-e-Islam|'), the 'in' and a place of a name for a
    cause ('National Students for Justice| in Palestine|'), and, once cut at its end, a
    state's name between 'the' and it ('the |Ireland| Palestine Solidarity Campaign')."""
    out: list[tuple[int, Span]] = []
    covered: list[tuple[int, int, int]] = []
    for p, span in sorted(spans, key=lambda ps: (ps[0], ps[1].start)):
        if any(q == p and s <= span.start and span.end <= e for q, s, e in covered):
            continue
        if span.label not in ("ORG", "PERSON") or span.entity is not None or not span.text:
            out.append((p, span))
            continue
        text = paragraphs[p]
        start, end = span.start, span.end
        cut = False
        label = span.label
        if re.search(r"\w-[a-z]{1,3}-$", span.text):
            end -= 1  # "|Jamiat Ulema-e-|Islam": the NER kept the hyphen of the part it cut
        if hyphen := _HYPHEN_PARTS.match(text[end:]) or (
            re.search(r"\w-[a-z]{1,3}$", text[start:end]) and _HYPHEN_REST.match(text[end:])
        ):
            end, cut = end + hyphen.end(), True
        elif _whole_words(span.text) and (after := _CAPITALS_AFTER.match(text[end:])):
            words = after.group(1).split()
            closing = [i for i, w in enumerate(words) if w.lower() in _NAME_HEADS]
            if closing and not any(
                state_name(w) or w.lower() in CONNECTORS | CALENDAR_WORDS or _POSSESSED.search(w)
                for w in words[: closing[-1] + 1]
            ):
                end += len(" " + " ".join(words[: closing[-1] + 1]))
                cut, label = True, "ORG"  # a name closed by "Party" is a body's
        if (
            " for " in text[start:end]
            and _whole_words(text[start:end])
            and (tail := _IN_PLACE_TAIL.match(text[end:]))
            and _a_place(tail.group(1), cities=False)
        ):
            end += tail.end()
        if cut and (place := _STATE_AFTER_THE.search(text[:start])) and state_name(place.group(1)):
            start = place.start(1)
        if label == "PERSON" and _IZAFAT.search(text[start:end]):
            label = "ORG"  # "|Majlis Wahdat-e-Muslimeen|" read as a person's name
        if label == "PERSON" and not cut:
            out.append((p, span))
            continue
        if (start, end, label) != (span.start, span.end, span.label):
            span = Span(text[start:end], label, start, end, None)
            covered.append((p, start, end))
        out.append((p, span))
    return [
        (p, span)
        for p, span in out
        if not any(
            q == p and s <= span.start and span.end <= e and (s, e) != (span.start, span.end)
            for q, s, e in covered
        )
    ]


_PARTICLE_AFTER = re.compile(
    r"^ (?:[dl]['’][A-ZÀ-Ý][\w'’-]*|(?:de|da|di|du|del|della|van|von|van der|van den|von der|"
    r"bin|ibn|al|el)[ -][A-ZÀ-Ý][\w'’-]*)"
)
"""'Valéry Giscard| d'Estaing|', 'Hamza| bin Laden|': a surname's particle and the rest."""


_GENERATION_AFTER = re.compile(r"^(?:,? (?:Jr|Sr)\.?|,? (?:II|III|IV))(?![\w'’-])")
"""'Cyrus R. Vance|, Jr.|', 'Martin Luther King| Jr.|', 'John Smith| III|': a generational
suffix the NER left out of the name; GOLD.md's fullest name keeps it."""
_HYPHEN_AFTER = re.compile(r"^-[a-z]{2,4}\b(?!-)")
"""'Moon Jae|-in|', 'Kim Jong|-un|': the lower-case end of a hyphenated given name."""
_PARTICLES = frozenset("von der van den de da di du bin ibn".split())
_SURNAME_AFTER = re.compile(r"^ ([A-Z][a-z'’-]+)(?= [a-z]|[,.;:]|$)")
"""'Amy Berman| Jackson| to': one more capitalised word, then a lower-case one or the end."""


_ACRONYM_TAIL = re.compile(
    r" (?:in|of|for|on) (?:the )?[A-Z][\w'’-]*(?: (?:of |and )?[A-Z][\w'’-]*){0,3}"
    r"(?= \(([A-Z]{3,6})\))"
)
"""The rest of a body's name up to the acronym the text defines for it: '|Al-Qaeda|
in the Arabian Peninsula (AQAP)'."""


_ACRONYM_NEXT = re.compile(r" \(([A-Z]{3,6})\)")


def _spelt_body(p: int, span: Span, text: str, given: set[tuple[int, int]] | None) -> Span:
    """``span`` (of paragraph ``p``) as an organisation's when it is a person's that the
    acronym after it spells, its first word one the NER left out and the resolver took as
    a given name ("|Reporters| Without Borders (RWB)"). A whole person's name the NER read
    is a person's, whatever initials follow ("Alexandria Ocasio-Cortez (AOC)")."""
    after = _ACRONYM_NEXT.match(text, span.end)
    if (
        span.label != "PERSON"
        or span.entity is not None
        or given is None
        or (p, span.start) not in given
        or not after
        or " " not in span.text
        or initials(span.text, _SMALL_IN_NAMES) != after.group(1)
    ):
        return span
    given.discard((p, span.start))
    return Span(span.text, "ORG", span.start, span.end, None)


def _extend_to_defined_acronym(
    spans: list[tuple[int, Span]],
    paragraphs: tuple[str, ...],
    given: set[tuple[int, int]] | None = None,
) -> list[tuple[int, Span]]:
    """An organisation's name the NER cut before its place: '|Al-Qaeda| in the Arabian
    Peninsula (AQAP)' read as al-Qaeda and a region. Where the bracketed acronym is the
    initials of the span with the words after it, the whole is the name, there and wherever
    the article writes it again; otherwise the affiliate's mentions go to its parent. Spans
    inside the whole (the region) are dropped. A person's name that its acronym spells
    ("Reporters Without Borders (RWB)", its first word taken from before the NER's span) is
    an organisation's, and that first word its own (no longer in ``given``)."""
    spans = [(p, _spelt_body(p, span, paragraphs[p], given)) for p, span in spans]
    longs: set[str] = set()
    for p, span in spans:
        if span.label != "ORG" or span.entity is not None:
            continue
        tail = _ACRONYM_TAIL.match(paragraphs[p], span.end)
        if tail and initials(span.text + tail.group(0), _SMALL_IN_NAMES) == tail.group(1):
            longs.add(span.text + tail.group(0))
    if not longs:
        return spans
    out: list[tuple[int, Span]] = []
    grown: list[tuple[int, int, int]] = []
    for p, span in sorted(spans, key=lambda ps: (ps[0], ps[1].start)):
        if any(q == p and s <= span.start and span.end <= e for q, s, e in grown):
            continue
        if span.label == "ORG" and span.entity is None:
            text = paragraphs[p]
            for long in sorted(longs, key=len, reverse=True):
                end = span.start + len(long)
                written = text[span.start : end]
                if (
                    len(long) > len(span.text)
                    and written[1:] == long[1:]
                    and written[:1].lower() == long[:1].lower()
                    and not text[end : end + 1].isalnum()
                ):
                    span = Span(written, "ORG", span.start, end, None)
                    grown.append((p, span.start, end))
                    break
        out.append((p, span))
    return [
        (p, span)
        for p, span in out
        if not any(
            q == p and s <= span.start and span.end <= e and (s, e) != (span.start, span.end)
            for q, s, e in grown
        )
    ]


_STATE_GOVERNMENT_WORDS = sorted(GOVERNMENT_WORDS - {"state"})
"""A government's nouns but "state", which an adjective before it does not make the state
("the Chinese state media")."""
_DEMONYM_GOVERNMENT = re.compile(
    rf"\b(?:[Tt]he )([A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:{'|'.join(_STATE_GOVERNMENT_WORDS)})\b"
    r"(?![-'’])"
)
"""'the Sudanese government', 'the Pakistani authorities': a state's adjective before its
government's noun, in lower case (a capitalised 'Government' is a body's name the NER reads)."""
_DEMONYM_ORGAN = re.compile(
    rf"\b{NOT_IN_A_WORD}([A-Z][a-z]+(?: [A-Z][a-z]+)?) {organ_tail(STATE_ORGANS)}"
)
"""A state's adjective before one of its organs (``organs.STATE_ORGANS``, one list with
``extract.tie``'s: what makes the phrase no organ is said there): "Nigerian authorities",
"South Korean riot police"; not "Argentine police officer", "Chinese government bonds",
"Saudi-led", "the Cuban military's tourist section"."""


def _state_governments(
    article: Article,
    candidates: Sequence[Candidate],
    taken: Mapping[tuple[bool, int], list[tuple[int, int]]],
    sentence_at: Callable[[int, int], int],
) -> list[Candidate]:
    """The state a government named by its adjective stands for ("the Sudanese government
    said"), where no actor's mention and no other candidate than the adjective holds the
    words: GOLD.md folds a government into its state."""
    out: list[Candidate] = []
    for p, paragraph in enumerate(article.paragraphs):
        for start, end, state in _demonym_governments(paragraph):
            if (
                any(s < end and start < e for s, e in taken.get((True, p), ()))
                or any(
                    c.paragraph == p and c.start < end and start < c.end and c.label != "NORP"
                    for c in candidates
                )
                or (index := sentence_at(p, start)) < 0
            ):
                continue
            out.append(
                Candidate(
                    article.id, p, index, start, end, paragraph[start:end], state, "GPE", "NORP"
                )
            )
    return out


_REGION_WORDS = frozenset("Latin North South East West Central Middle Northern Southern".split())
"""Words that make a region of the adjective after them ("Latin American officials")."""
_PART_DEMONYMS = frozenset(("Scottish", "Welsh", "English", "Northern Irish"))
"""Adjectives of a part of a state the gazetteer maps to the whole ("the Scottish
government" is a devolved one, not the United Kingdom)."""


def _adjective_state(adjective: str) -> str | None:
    """The state an adjective names: a demonym ("Iranian"), or a state of two words with
    "n" added ("South Korean", "Sri Lankan"), which the gazetteer's demonyms lack; not a
    part's adjective (``_PART_DEMONYMS``)."""
    if adjective in _PART_DEMONYMS:
        return None
    if " " in adjective and adjective.endswith("an"):
        return demonym_state(adjective) or state_name(adjective[:-1])
    return demonym_state(adjective)


def _demonym_governments(paragraph: str) -> list[tuple[int, int, str]]:
    """The paragraph's states named by their adjective before their government's noun
    (``_DEMONYM_GOVERNMENT``) or one of their organs (``_DEMONYM_ORGAN``): each phrase's
    start, end and state, once. Of two capitalised words before an organ the adjective may be
    the second alone ("On Monday Nigerian authorities")."""
    found: dict[int, tuple[int, int, str]] = {}
    patterns = [_DEMONYM_GOVERNMENT] * any(w in paragraph for w in _STATE_GOVERNMENT_WORDS)
    patterns += [_DEMONYM_ORGAN] * any(w in paragraph for w in STATE_ORGANS)
    for pattern in patterns:  # most paragraphs name neither: the patterns need not run
        for match in pattern.finditer(paragraph):
            start, adjective = match.start(1), match.group(1)
            state = _adjective_state(adjective)
            first = adjective.split(" ", 1)[0]
            if not state and " " in adjective and first not in _REGION_WORDS:
                start, adjective = start + adjective.index(" ") + 1, adjective.split(" ", 1)[1]
                state = _adjective_state(adjective)
            if state and start not in found:
                found[start] = (start, match.end(), state)
    return [found[start] for start in sorted(found)]


def _extend_cut_people(
    spans: list[tuple[int, Span]],
    paragraphs: tuple[str, ...],
    given: set[tuple[int, int]] | None = None,
) -> list[tuple[int, Span]]:
    """A person's name the NER cut short: before a surname's particle ("Valéry Giscard" +
    "d'Estaing"), before a last surname no span holds ("Judge Amy Berman| Jackson| to"), or
    after an honorific ("Princess |Ubolratana| Rajakanya Sirivadhana Mahidol"), where the
    capitalised words between the honorific and the span belong to the name; the honorific
    itself stays out."""
    out: list[tuple[int, Span]] = []
    grown: list[tuple[int, int, int]] = []
    starts = {(p, span.start) for p, span in spans}
    lowered = " ".join(paragraphs)
    for p, span in spans:
        starts_or_ends = {s for q, other in spans if q == p for s in (other.start, other.end)}
        if span.label != "PERSON" or span.entity is not None:
            out.append((p, span))
            continue
        text = paragraphs[p]
        start, end = span.start, span.end
        if generation := _GENERATION_AFTER.match(text[end:]):
            end += len(generation.group(0))  # "Cyrus R. Vance|, Jr.|", "John Smith| III|"
        elif after := _PARTICLE_AFTER.match(text[end:]):
            end += len(after.group(0))
        elif (rest := _HYPHEN_AFTER.match(text[end:])) or (
            span.text.split()[-1] in _PARTICLES
            and len(span.text.split()[0]) >= 3
            and (rest := _SURNAME_AFTER.match(text[end:]))
        ):
            end += len(rest.group(0))  # "Moon Jae|-in|", "Ursula von der| Leyen|"
        elif (
            (last := _SURNAME_AFTER.match(text[end:]))
            and len(span.text.split()) >= 2
            and all(w[:1].isupper() for w in span.text.split())
            and not span.text.endswith(("'s", "’s"))  # "Ben Ali's Presidency"
            and not title_only(clean_name(span.text))  # "Field Marshal" + "Haftar"
            and last.group(1) not in ("Jr", "Sr")
            and (p, end + 1) not in starts
            and not (state_name(last.group(1)) or demonym_state(last.group(1)))
            and last.group(1).lower()
            not in TITLE_WORDS | CALENDAR_WORDS | SPEAKER_NOT_PERSON | ORG_WORDS | PLACE_NOUNS
        ):
            end += len(last.group(0))
        if (before := _GIVEN_BEFORE.search(text[:start])) and _given_name(
            before.group(1), span.text, text, starts_or_ends, lowered
        ):
            # "the Archbishop of Gdańsk, |Sławoj| Leszek Głódź", "|Carmen| Yulín Cruz said": a
            # given name the NER left out, after a comma or at the sentence's start.
            start = before.start(1)
            if given is not None:
                given.add((p, start))
        words = list(re.finditer(r"\S+", text[:start]))
        taken = 0
        while taken < len(words) and taken < 3:
            word = words[-1 - taken].group(0)
            if _low_title(word):
                break
            if not (
                (re.fullmatch(r"[A-ZÀ-Ý][a-zà-ÿ'’-]+", word) and _name_word(word))
                or word in _KIN_PARTICLES  # "Princess Haya bint |Hussein|"
            ):
                taken = 0
                break
            taken += 1
        if (
            0 < taken < 3
            and taken < len(words)
            and words[-1 - taken].group(0).lower().rstrip(".") in HONORIFICS
            and words[-taken].group(0) not in _KIN_PARTICLES
        ):
            start = words[-taken].start()
        if (start, end) != (span.start, span.end):
            span = Span(text[start:end], "PERSON", start, end, None)
            grown.append((p, start, end))
        out.append((p, span))
    # "Cyrus R. Vance|, Jr.|" where the NER also read "Jr." as a name: a part of the grown
    # name is no name of its own.
    return [
        (p, span)
        for p, span in out
        if span.entity is not None
        or not any(
            q == p and s <= span.start and span.end <= e and (s, e) != (span.start, span.end)
            for q, s, e in grown
        )
    ]


_GIVEN_BEFORE = re.compile(r"(?:^|[.!?]\s+|[^\s\w]\s?[\"“]|, )([^\W\d_]{3,}) $")
"""One capitalised word right before a person's name, after a comma or at a sentence's start."""
_OPENERS = frozenset(
    """meanwhile however then also both neither either when while after before since although
    though if as but and so thus later earlier now still yet instead former late republican
    democratic democrat conservative labour liberal independent prosecutor legislator rapper
    doctor officer coach player striker artist candidate councilman elder born""".split()
)
"""Capitalised words at a sentence's start (or after a comma) that are no given name: openers,
parties, and occupations the NER leaves out of a name ("Prosecutor Krzysztof Sierak")."""
_OCCUPATION_ENDS = ("ator", "utor", "itor", "ist", "yer", "ician")
"""Endings of occupations ("Legislator", "Activist", "Lawyer", "Politician"), of no given
name."""


def _given_name(word: str, name: str, text: str, edges: set[int], article: str) -> bool:
    """``word`` is a given name of the one- or two-word ``name`` after it ("|Junius| Ho, a
    lawmaker"): no title, place, party or sentence opener, written nowhere in its ``article``
    in lower case (nor its plural: "the prosecutors", "a legislator"), and no other span's."""
    low = word.lower()
    return (
        word[0].isupper()
        and word[1:].islower()
        and len(name.split()) <= 2
        and all(w[:1].isupper() for w in name.split())
        and not name.endswith(("'s", "’s"))
        and _name_word(word)
        and low not in TITLE_WORDS | CALENDAR_WORDS | CONNECTORS | _OPENERS | PLACE_NOUNS
        and low not in PERSON_LABELS  # "Voter |Kitty Mak|": a caption's label
        and not low.endswith(_OCCUPATION_ENDS)
        and not re.search(rf"\b{re.escape(low)}(?:s|es)?\b", article)
        and not any(text.find(word) <= e <= text.find(word) + len(word) for e in edges)
    )


_KIN_PARTICLES = frozenset("bin bint ibn binti al".split())
"""Lower-case words inside an Arabic or Malay name ("son of", "daughter of"): "Princess Haya
bint Hussein" is one name, though the NER may see only its last word."""

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


_LONE_BEFORE = re.compile(
    r"\b[Tt]he ((?:Co|Pro|Anti|Non|Pan|Inter)-[a-z]+|[A-Z][a-z]+(?:-[A-Z][a-z]+)?) $"
)
"""'the |Jamaah| Ansharut Daulah', 'the |Co-operative| Commonwealth Federation'; a lower-case
part after a hyphen only after a prefix: 'the Western-backed |Government of National Accord|'
names whom it is backed by, no word of the name."""
_GROUP_AFTER = re.compile(r"^ (?:network|group|movement|militia|faction|organi[sz]ation)\b")
"""'the Jamaah |Ansharut Daulah| network': a group's name, whatever the NER's label."""
_JOINED_BEFORE = re.compile(r"((?:[A-Z][\w'’-]+ ){1,3})(?:and|&) $")
"""'House Oversight and |Reform Committee|': the first half of a body's name joined by 'and'."""
GROUP_HEADS = frozenset("presidency authority directorate tribe tribes nation nations".split())
"""Last words of a body's name that no person's name ends with: "Disaster and Emergency
Management Presidency", "Crow Tribe", "Blackfeet Nation"."""
BODY_HEADS = (
    ORG_HEADS
    | GROUP_HEADS
    | frozenset("ministry department service board bureau administration council".split())
)
"""Last words of a body's name whose first half may be cut off at its 'and'."""


_ENTERED_BODIES = (
    (ORG_HEADS - {"centre", "center"})
    | GROUP_HEADS
    | STATE_BODY_HEADS
    | BODIES_OF
    | frozenset(
        """house houses chamber legislature tribunal ministry department embassy consulate
        mission bank company corporation firm bureau administration cabinet""".split()
    )
)
"""Heads of a body's name that stay the body's when someone walks into or stands before it
("walked into the House of Lords", "protested in front of the Supreme Court", "in front of
the United Nations"): a legislature, a court, a ministry or a company acts there as itself.
Not centre or hall, which name a venue ("descended on the Toronto Congress Centre", "in front
of Seoul City Hall")."""


_CUT_AT_OF = (
    BODY_HEADS
    | STATE_BODY_HEADS
    | frozenset("party republic government kingdom church bank people's".split())
)
"""Heads of bodies whose name goes on with "of" and a state ("Communist Party of Cuba")."""


_CHAPTER_OF = re.compile(r"^ of ([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?![\w'’-]| [A-Z])")
"""'| of Montana|' after a body: the state chapter named in full ("the American Civil
Liberties Union of Montana"), not the national body."""
_GROUP_HEAD_AFTER = re.compile(
    r"^ (?:" + "|".join(h.capitalize() for h in sorted(GROUP_HEADS)) + r")(?![\w'’-])"
)
"""'Disaster and Emergency Management| Presidency|': a body's last word the NER left out."""
_TRIBE_OF = re.compile(r"^ of (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}(?=[,.;:)]| [a-z]|$)")
"""'Assiniboine and Sioux Tribes| of Fort Peck|': the tribes' reservation, part of the name."""


def _group_heads(
    spans: list[tuple[int, Span]], paragraphs: tuple[str, ...]
) -> list[tuple[int, Span]]:
    """A body's name that ends in a word no person's name ends with ("Presidency", "Tribes",
    ``GROUP_HEADS``) is an organisation's, whatever the NER read it as ("|Crow Tribe|" as a
    person); the NER's name goes on through such a word written right after it, and a
    tribe's through its reservation's "of" ("Sioux Tribes of Fort Peck"), when no other span
    holds those words."""
    starts = {(p, span.start) for p, span in spans}
    out: list[tuple[int, Span]] = []
    for p, span in spans:
        if span.entity is None and span.label in ("ORG", "PERSON", "GPE"):
            rest = paragraphs[p][span.end :]
            head = _GROUP_HEAD_AFTER.match(rest)
            possessive = re.search(r"['’]s\b", span.text)
            if head and span.label == "ORG" and not possessive and (p, span.end + 1) not in starts:
                end = span.end + head.end()
                span = Span(paragraphs[p][span.start : end], "ORG", span.start, end, None)
                rest = paragraphs[p][end:]
            words = span.text.split()
            if (
                len(words) >= 2
                and words[-1].lower() in GROUP_HEADS
                and span.label != "GPE"
                and not possessive  # "Zine El Abidine Ben Ali's Presidency": his term
            ):
                span = Span(span.text, "ORG", span.start, span.end, None)
                joined = _JOINED_BEFORE.search(paragraphs[p][: span.start])
                if (
                    words[-1].lower() in ("tribes", "nations")
                    and joined
                    and not any(
                        w.lower() in TITLE_WORDS | _SENTENCE_OPENERS or state_name(w)
                        for w in joined.group(1).split()
                    )
                ):
                    # "|Confederated Salish and Kootenai Tribes|": tribes are named together.
                    start = joined.start() + (4 if joined.group(1).startswith("The ") else 0)
                    span = Span(paragraphs[p][start : span.end], "ORG", start, span.end, None)
                if words[-1].lower() in ("tribe", "tribes") and (of := _TRIBE_OF.match(rest)):
                    end = span.end + of.end()
                    span = Span(paragraphs[p][span.start : end], "ORG", span.start, end, None)
        out.append((p, span))
    grown = [(p, span) for p, span in out if span not in (s for q, s in spans if q == p)]
    return [
        (p, span)
        for p, span in out
        if not any(
            q == p and g is not span and g.start <= span.start and span.end <= g.end
            for q, g in grown
        )
    ]


_COUNTED_GROUP = re.compile(r"(?<![\w.+-])(?:G\d{1,2}|[A-Z]\d\+\d)(?![\w+-])")
"""A group of states named by "G" and its count ("G7", "G8", "G20"), or by a letter, a count
and the count added to it ("P5+1": the Security Council's five permanent members plus
Germany; "E3+3"), which the NER cuts at the "+" and reads as a number."""
_GROUP_AT_WORK = re.compile(
    r"(?<![\w.-])G\d{1,2} (?:(?:finance|foreign|trade|energy|health) )?(?:ministers|summit|"
    r"meeting|talks|leaders|nations|countries|members|communiqu[eé]|presidency|chairmanship)\b|"
    r"\b(?:presidency|chairmanship|members?|leaders?|meeting|summit|ministers) of the "
    r"G\d{1,2}(?![\w-])"
)
"""A counted group's ministers, summit, members or presidency ("G7 finance ministers", "the
G8 summit", "the presidency of the G8"): the group meets and acts, a body of states, not the
camera or the phone a "G7" may be too."""


def _counted_groups_read(
    spans: list[tuple[int, Span]], paragraphs: tuple[str, ...]
) -> list[tuple[int, Span]]:
    """'meeting of |G7| finance ministers', 'a |G8| aid package', 'the presidency of the G8':
    in an article whose counted group meets or acts (``_GROUP_AT_WORK``), every "G7" is the
    group's name, an organisation's, however the NER reads it (a place's, a product's, a
    work's: "|the G8 of| top industrialised nations") or whether it reads it at all. BBC
    business and politics news (actors51): the G7 and G8 had no page in four tune articles,
    read as places and products, as ``decide`` turns only a person's reading into a body's.
    "P5+1" (``JOINED_COUNT``) is the group's in every article: the NER read "P5" as a number
    and left "+1" out (actors72)."""
    at_work = any(_GROUP_AT_WORK.search(text) for text in paragraphs)
    if not at_work and not any(JOINED_COUNT.search(text) for text in paragraphs):
        return spans
    found = [
        (p, m.start(), m.end())
        for p, text in enumerate(paragraphs)
        for m in (_COUNTED_GROUP if at_work else JOINED_COUNT).finditer(text)
    ]
    out: list[tuple[int, Span]] = []
    for p, span in spans:
        inside = [(s, e) for q, s, e in found if q == p and span.start <= s and e <= span.end]
        if (
            span.entity is None
            and span.label != "ORG"
            and len(inside) == 1
            and (
                span.text.removeprefix("the ").split()[0]
                == paragraphs[p][inside[0][0] : inside[0][1]]
            )
        ):
            # "the G8 of" read as a work, "G7" read as a place: the group's name alone.
            start, end = inside[0]
            span = Span(paragraphs[p][start:end], "ORG", start, end, None)
        out.append((p, span))
    # "|P5|+1": a span of the NER inside a group's name is the name cut, no name of its own
    out = [
        (p, span)
        for p, span in out
        if span.entity is not None
        or not any(
            q == p and s <= span.start and span.end <= e and span.end - span.start < e - s
            for q, s, e in found
        )
    ]
    for p, start, end in found:
        if not any(q == p and span.start < end and start < span.end for q, span in out):
            out.append((p, Span(paragraphs[p][start:end], "ORG", start, end, None)))
    return sorted(out, key=lambda ps: (ps[0], ps[1].start, -ps[1].end))


def _extend_joined_bodies(
    spans: list[tuple[int, Span]], paragraphs: tuple[str, ...]
) -> list[tuple[int, Span]]:
    """A body's name the NER cut at its 'and' ("the House Oversight and |Reform Committee|")
    or after its first word ("the Jamaah |Ansharut Daulah| network"): the capitalised words
    before belong to it when no other span holds them and none is a title ("Prime Minister
    and |Cabinet Office|" stays as it is)."""
    ends = {(p, span.end) for p, span in spans}
    by_end = {(p, span.end): span for p, span in spans}
    dropped: set[tuple[int, int, int]] = set()
    covered = [(p, span.start, span.end) for p, span in spans]
    out: list[tuple[int, Span]] = []
    for p, span in spans:
        words = span.text.split()
        group = _GROUP_AFTER.match(paragraphs[p][span.end :])
        if (
            (span.label == "ORG" or (span.label == "PERSON" and group))
            and span.entity is None
            and (lone := _LONE_BEFORE.search(paragraphs[p][: span.start]))
            and not any(q == p and s <= lone.start(1) < e for q, s, e in covered)
            and _name_word(lone.group(1))
            and lone.group(1).lower() not in TITLE_WORDS
        ):
            # "the |Jamaah| Ansharut Daulah network": a capitalised word after "the" that no
            # span holds begins the name.
            start = lone.start(1)
            span = Span(paragraphs[p][start : span.end], "ORG", start, span.end, None)
        elif span.label == "ORG" and span.entity is None and words[-1].lower() in BODY_HEADS:
            text = paragraphs[p]
            joined = _JOINED_BEFORE.search(text[: span.start])
            first = (
                by_end.get((p, joined.start() + len(joined.group(1).rstrip()))) if joined else None
            )
            if (
                joined
                and first is not None
                and first.entity is None
                and first.start >= joined.start()
                and _cut_at_and(first, span)
            ):
                span = Span(text[first.start : span.end], "ORG", first.start, span.end, None)
                dropped.add((p, first.start, first.end))
            elif joined:
                head = joined.group(1).split()
                start = joined.start()
                if head[0] in ("The", "the"):
                    head, start = head[1:], start + 4
                if (
                    head
                    and not any((p, end) in ends for end in range(start, span.start))
                    and not any(w.lower() in TITLE_WORDS or state_name(w) for w in head)
                ):
                    span = Span(text[start : span.end], "ORG", start, span.end, None)
        out.append((p, span))
    return [(p, span) for p, span in out if (p, span.start, span.end) not in dropped]


_LISTED_HEAD = re.compile(
    r"\b(?:Union|Federation|Confederation|Association|Society|Council|Ministry|Department|"
    r"Institute|Commission|Committee|League|Alliance|Board|Agency|Authority|Congress|"
    r"Organi[sz]ation) (?:of|for) (?:the )?[A-Z][\w'’-]*$"
)
"""A body's head and the first subject of its list ("National Union of |Rail|, Maritime and
Transport Workers", "Ministry of |Agriculture|, Forestry and Fisheries")."""
_LISTED_AFTER = re.compile(
    r"^((?:, [A-Z][\w'’-]*)+),? (?:and|&) ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})(?![\w'’-])"
)


def _join_listed_bodies(
    spans: list[tuple[int, Span]], paragraphs: tuple[str, ...]
) -> list[tuple[int, Span]]:
    """A body whose name lists its subjects with commas, which the NER cuts at the first
    comma: "|National Union of Rail|, Maritime and |Transport Workers|" is one union. The
    words listed must be one each, no state's or place's, and held by no span but the NER's
    last piece (not "Council of Europe, NATO and ...")."""
    out: list[tuple[int, Span]] = []
    dropped: set[tuple[int, int]] = set()
    for p, span in spans:
        text = paragraphs[p]
        listed = _LISTED_AFTER.match(text[span.end :])
        if not (
            span.label == "ORG"
            and span.entity is None
            and listed
            and _LISTED_HEAD.search(span.text)
        ):
            out.append((p, span))
            continue
        words = [w.strip(", ") for w in listed.group(1).split(",") if w.strip()]
        words += listed.group(2).split()
        end = span.end + listed.end()
        tail_at = span.end + listed.start(2)
        inside = [s for q, s in spans if q == p and s is not span and span.end <= s.start < end]
        if (
            all(s.start == tail_at and s.label == "ORG" and " " in s.text for s in inside)
            and not any(state_name(w) or demonym_state(w) or place_kind(w) for w in words)
            and not any(is_acronym(w) for w in words)
        ):
            # (One word of the NER's at the end, or an acronym listed, is a body of its own:
            # "the Council of Europe, Amnesty and |Oxfam|", "..., NATO and ...".)
            end = max([end, *(s.end for s in inside)])
            dropped.update((p, s.start) for s in inside)
            span = Span(text[span.start : end], "ORG", span.start, end, None)
        out.append((p, span))
    return [(p, span) for p, span in out if (p, span.start) not in dropped]


def _cut_at_and(first: Span, body: Span) -> bool:
    """The span before "and" is the first part of the body's one name: "|AU Peace| and
    |Security Council|" (the NER cut the name at its "and"; the first part has no body's head
    of its own), or "the |Bill| and |Melinda Gates Foundation|" (a couple's foundation, the
    NER reading the first given name alone as a person's)."""
    last = first.text.split()[-1]
    if first.label == "ORG":
        return last.lower() not in BODY_HEADS | ORG_WORDS | SPEAKER_NOT_PERSON and not state_name(
            last
        )
    return first.label == "PERSON" and " " not in first.text and " " in body.text


_POSSESSIVE_INSIDE = re.compile(r"['’]s (?=[A-Z])")


_PARTICIPLE_INSIDE = re.compile(rf"(?<=[\w.])-({'|'.join(HYPHEN_PARTICIPLES)})\b\s*")
"""'|European Union-brokered| ceasefire', '|Yemen-based Houthi| movement': a name the NER
glued to the hyphenated participle after it (and to the name after that)."""


def _split_participles(spans: list[tuple[int, Span]]) -> list[tuple[int, Span]]:
    """A name glued to a participle ("|The European Union-brokered| ceasefire", "|The
    African Union-mediated| talks") is the name alone, as the NER reads "NATO-led" ("NATO"):
    so a page is the Union's, not "European Union-brokered", and agreements see the dash after
    it (a broker, no party). Before "-based" it is where a body sits, no mention ("the
    |Yemen-based Houthi| movement": the Houthis alone). A name after the participle is its
    own."""
    out: list[tuple[int, Span]] = []
    for p, span in spans:
        glued = _PARTICIPLE_INSIDE.search(span.text) if span.entity is None else None
        if glued is None or not re.split(r"[\s-]", span.text[: glued.start()])[-1][:1].isupper():
            # "Hit-and-run": no name right before the dash
            out.append((p, span))
            continue
        head = span.text[: glued.start()]
        start = span.start
        if head[:4] in ("The ", "the "):  # the NER's own names start after "the"
            head, start = head[4:], start + 4
        if head[:1].isupper() and glued.group(1) != "based":
            word = head.split()[-1] if len(head.split()) == 1 else ""
            label = "NORP" if is_demonym(word) else span.label
            out.append((p, Span(head, label, start, start + len(head), None)))
        rest = span.text[glued.end() :]
        if rest[:1].isupper():
            at = span.start + glued.end()
            out.append((p, Span(rest, span.label, at, span.end, None)))
    return out


def _split_possessives(spans: list[tuple[int, Span]]) -> list[tuple[int, Span]]:
    """'|Yulia Tymoshenko's Batkivshchyna| party': a person's name, their possessive, then
    another name the NER read as one person's: the person, and the name after (an
    organisation's). Names with a possessive of their own ("People's Liberation Army",
    "Kurdistan Workers' Party") begin with no person's name."""
    out: list[tuple[int, Span]] = []
    people: frozenset[str] | None = None  # read once, at the first possessive in an ORG span
    for p, span in spans:
        cut = _POSSESSIVE_INSIDE.search(span.text) if span.label == "PERSON" else None
        head = strip_titles(clean_name(span.text[: cut.start()])) if cut else ""
        if cut and span.entity is None and person_like(head.split()):
            end = span.start + cut.end() - 1
            out.append((p, Span(span.text[: cut.end() - 1], "PERSON", span.start, end, None)))
            rest = span.text[cut.end() :]
            out.append((p, Span(rest, "ORG", span.start + cut.end(), span.end, None)))
            continue
        owned = _POSSESSIVE_INSIDE.search(span.text) if span.label == "ORG" else None
        owner = None
        if owned and span.entity is None:
            if is_acronym(span.text.split()[0]) and len(span.text[owned.end() :].split()) >= 2:
                # "|CU Boulder's Cooperative Institute for Research| …", "|NATO's Allied
                # Command|": an owner named by its acronym, then its body's own name.
                owner = "ORG"
            else:
                people = _people_words(spans) if people is None else people
                if _owned_by_person(span.text, owned, people):
                    # "|Zungu's Movement for Civic Change|": a leader's possessive glued to the
                    # party's name, the leader named as a person elsewhere in the article.
                    owner = "PERSON"
        if owned and owner:
            end = span.start + owned.start()
            out.append((p, Span(span.text[: owned.start()], owner, span.start, end, None)))
            at = span.start + owned.end()
            out.append((p, Span(span.text[owned.end() :], "ORG", at, span.end, None)))
            continue
        second = _THE_INSIDE.search(span.text) if span.label in ("ORG", "PERSON") else None
        if second and span.entity is None:
            # "leaving |Blues Incorporated for The Rolling Stones|": two names.
            left = span.text[: second.start()]
            out.append((p, Span(left, span.label, span.start, span.start + len(left), None)))
            at = span.start + second.end() - 4
            out.append((p, Span(span.text[second.end() - 4 :], "ORG", at, span.end, None)))
            continue
        out.append((p, span))
    return out


def _people_words(spans: list[tuple[int, Span]]) -> frozenset[str]:
    """The words of the article's spans read as people's names, but for their possessives."""
    return frozenset(
        word
        for _, span in spans
        if span.label == "PERSON"
        for word in _POSSESSIVE_END.sub("", span.text).split()
    )


_POSSESSIVE_END = re.compile(r"['’]s?$")
_BODY_WORDS = ORG_HEADS | ORG_WORDS
"""A body's nouns and words, joined once, not for every word after a possessive."""


def _owned_by_person(text: str, owned: re.Match[str], people: frozenset[str]) -> bool:
    """'Zungu's Movement for Civic Change': one or two capitalised words the article also
    writes as a person's name, their possessive, then a body's name of two words or more with
    a body's noun; not a name with a possessive of its own ("People's Liberation Army")."""
    owner = text[: owned.start()].split()
    rest = text[owned.end() :].split()
    return (
        1 <= len(owner) <= 2
        and all(w[:1].isupper() and w in people for w in owner)
        and len(rest) >= 2
        and any(w.lower() in _BODY_WORDS for w in rest)
    )


_THE_INSIDE = re.compile(r" (?:for|to|from|with|against|over|than) The (?=[A-Z])")
"""A capitalised 'The' after a preposition inside a span: a second name begins there ("left
Blues Incorporated for The Rolling Stones"); names write their own inner 'the' in lower case
("Islamic State of Iraq and the Levant")."""


_GROUPS_LONGEST_FIRST = tuple(sorted(WELL_KNOWN_GROUPS, key=len, reverse=True))
"""Sorted once, not for every span of every article."""


def _complete_well_known(
    spans: list[tuple[int, Span]], paragraphs: tuple[str, ...]
) -> list[tuple[int, Span]]:
    """'Hayat |Tahrir al-Sham|': the end of a well-known group's name, whose first words the
    NER left out, is the whole name (an organisation's, whatever label the NER gave)."""
    out: list[tuple[int, Span]] = []
    for p, span in spans:
        if span.entity is None:
            for name in _GROUPS_LONGEST_FIRST:
                if not name.endswith(" " + span.text):
                    continue  # most spans end no group's name: no slicing of the paragraph
                head = name[: len(name) - len(span.text)]
                before = paragraphs[p][: span.start]
                if (
                    len(head) > 1
                    and before.endswith(head)
                    and not before[: len(before) - len(head)][-1:].isalnum()
                ):
                    start = span.start - len(head)
                    span = Span(paragraphs[p][start : span.end], "ORG", start, span.end, None)
                    break
        out.append((p, span))
    return out


_HYPHENED_GIVEN = re.compile(r"(?<![\w'’.-])[A-ZÀ-Ý][a-zà-ÿ]+-$")
"""'|Yves-|François Blanchet', '|Jean-|Claude Juncker': the first half of a given name."""


def _join_cut_names(
    spans: list[tuple[int, Span]], paragraphs: tuple[str, ...]
) -> list[tuple[int, Span]]:
    """'Zine El Abidine' + 'Ben Ali': two person spans one space apart are one name the NER
    cut in two (a list of people is separated by commas or 'and'); so are a body and the
    state after its 'of' ("Supreme Court of the United Kingdom")."""
    out: list[tuple[int, Span]] = []
    for p, span in sorted(spans, key=lambda ps: (ps[0], ps[1].start, -ps[1].end)):
        if (
            span.label == "PERSON"
            and span.entity is None
            and (cut := _HYPHENED_GIVEN.search(paragraphs[p], max(0, span.start - 20), span.start))
            and not any(q == p and o.start <= cut.start() < o.end for q, o in out)
        ):
            # "Yves-" + "François Blanchet": the NER cut a hyphened given name at its hyphen.
            text = paragraphs[p][cut.start() : span.end]
            span = Span(text, "PERSON", cut.start(), span.end, None)
        if out:
            q, last = out[-1]
            whole = paragraphs[p][last.start : span.end]
            if (
                q == p
                and last.label == "ORG"
                and span.label == "GPE"
                and last.entity is None
                and span.entity is None
                and paragraphs[p][last.end : span.start] == " of "
                and (key := body_key(clean_name(whole)))
                and key[0]
            ):
                # "the Supreme Court" + "of" + "the United Kingdom": one body's name.
                out[-1] = (p, Span(whole, "ORG", last.start, span.end, None))
                continue
            if (
                q == p
                and last.label == "ORG"
                and span.label in ("ORG", "PERSON")
                and last.entity is None
                and span.entity is None
                and paragraphs[p][last.end : span.start] == " and "
                and (of := re.search(r" of ([A-Z][\w'’-]*)$", last.text))
                and not _a_place(of.group(1))
                and re.fullmatch(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*", span.text)
                and not person_like(span.text.split())
                and not any(
                    w.lower() in ORG_WORDS | ORG_HEADS | BODY_HEADS or _a_place(w)
                    for w in span.text.split()
                )
            ):
                # "the Rosenstiel School of Marine" + "and" + "Atmospheric Science": the tail
                # of one body's name, not a name of its own ("University of Miami and Chris
                # Fallows", "Bank of England and Barclays Bank" are two).
                out[-1] = (
                    p,
                    Span(paragraphs[p][last.start : span.end], "ORG", last.start, span.end, None),
                )
                continue
            if (
                q == p
                and last.label == "ORG"
                and last.entity is None
                and span.entity is None
                and span.start == last.end + 1
                and paragraphs[p][last.end] == " "
                and span.text.split()[-1].lower() in COMPANY_SUFFIXES
            ):
                # "HDT" + "Védelmi Ipari Kft": a company's name with its legal form, which the
                # NER cut in two (and may read the second half as a person's).
                text = paragraphs[p][last.start : span.end]
                out[-1] = (p, Span(text, "ORG", last.start, span.end, None))
                continue
            if (
                q == p
                and last.label == span.label == "PERSON"
                and last.entity is None
                and span.entity is None
                and span.start == last.end + 1
                and paragraphs[p][last.end] == " "
                and len(last.text.split()) + len(span.text.split()) <= 6
                and not title_only(clean_name(last.text))  # "Field Marshal" + "Haftar"
                and not last.text.endswith(("'s", "’s"))  # "Yulia Tymoshenko's" + "Batkivshchyna"
            ):
                text = paragraphs[p][last.start : span.end]
                out[-1] = (p, Span(text, "PERSON", last.start, span.end, None))
                continue
            if (
                q == p
                and last.label == "PERSON"
                and span.label in ("ORG", "GPE", "NORP")
                and last.entity is None
                and span.entity is None
                and span.start == last.end + 1
                and paragraphs[p][last.end] == " "
                and 2 <= len(last.text.split()) <= 3
                and re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?", span.text)
                and _name_word(span.text)
                and span.text.lower() not in TITLE_WORDS | PLACE_NOUNS | ORG_WORDS
                and not title_only(clean_name(last.text))
                and not last.text.endswith(("'s", "’s"))  # "Boris Johnson's" + "Conservatives"
            ):
                # "Foreign Minister Shah Mahmood" + "Qureshi": the surname, which the NER read
                # as a place's or an organisation's name, ends the person's.
                text = paragraphs[p][last.start : span.end]
                out[-1] = (p, Span(text, "PERSON", last.start, span.end, None))
                continue
        out.append((p, span))
    return out


_NOT_GIVEN = _OPENERS | _SENTENCE_OPENERS
"""Words that open a clause before a quoted speaker's surname ("However Matsoi"), which
``given_name`` takes for no given name beside its own lists."""


def _full_name_written(
    article: Article, surname: str, spans: Sequence[tuple[int, Span]]
) -> tuple[int, int, int] | None:
    """(paragraph, start, end) of the first 'Given Surname' the article writes for a quoted
    speaker named by his surname alone, where the NER read no name ("Irshad Matsoi, the
    bureau chief, said ... 'Matsoi said'"): one capitalised word before the surname that
    ``given_name`` takes (no title, opener, state or nationality), and none after it
    ("Helmut Schmidt Street"); None when there is none, or when the article writes two given
    names for the surname ("Ed Miliband ... David Miliband ... 'Miliband said'": which one
    spoke is not in the words)."""
    pattern = re.compile(rf"\b([A-Z][a-z]+) {re.escape(surname)}\b(?![-'’]\w| [A-Z])")
    found: list[tuple[int, int, int]] = []
    names: set[str] = set()
    for p, paragraph in enumerate(article.paragraphs):
        for match in pattern.finditer(paragraph):
            given = match.group(1)
            if not given_name(given, _NOT_GIVEN, places=False) or any(
                q == p and span.start < match.end() and match.start() < span.end
                for q, span in spans
            ):
                continue
            found.append((p, match.start(), match.end()))
            names.add(given)
    return found[0] if len(names) == 1 else None


def _speaker_name(article: Article, frame: QuoteFrame) -> tuple[int, int, int] | None:
    """(paragraph, start, end) of the capitalised words around a named speaker's head word,
    when they read as a person's name; None otherwise."""
    if frame.form != "name" or frame.head is None or frame.speaker is None:
        return None
    text = article.paragraphs[frame.paragraph]
    words = [
        (m.start(), m.end()) for m in _WORD.finditer(text, frame.speaker.start, frame.speaker.end)
    ]
    at = next((i for i, (s, e) in enumerate(words) if s <= frame.head.start < e), None)
    if at is None:
        return None

    def capital(i: int) -> bool:
        word = text[words[i][0] : words[i][1]].strip(_EDGE)
        return bool(word) and word[0].isupper()

    if not capital(at):
        return None
    first = last = at
    while first > 0 and capital(first - 1) and text[words[first - 1][1] - 1] not in ",;:":
        first -= 1
    while last + 1 < len(words) and capital(last + 1) and text[words[last][1] - 1] not in ",;:":
        last += 1
    start, end = words[first][0], words[last][1]
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    while start < end and text[start] in _EDGE:
        start += 1
    tokens = [w.lower() for w in text[start:end].split()]
    if not tokens or len(tokens) > 4 or tokens[-1] in SPEAKER_NOT_PERSON | TITLE_WORDS:
        return None
    if any(t in heads for t in tokens for heads in NOT_ACTOR_HEADS.values()):
        return None
    if all(t in TITLE_WORDS for t in tokens):
        return None
    return frame.paragraph, start, end


_TO_A_PLACE = re.compile(r"\b(?:in|from|to|across|throughout|around)\s+$")
_IN_A_PLACE = re.compile(
    r"\b(?:(?:in|from|to|across|throughout|around|near|outside|into|through)\s+"
    r"(?:(?:central|downtown|northern|southern|eastern|western|greater|suburban)\s+)?"
    r"|(?:[Cc]entral|[Dd]owntown|capital|city)(?:\s+of)?,?\s+)$"
)
"""A place's words before a capital's name: a preposition of place, a part of the city
("in central |Bangkok|"), or the word "capital" or "city" ("the Thai capital |Bangkok|")."""
_THE_US = re.compile(r"\b(?:United States|U\.S\.|US|USA|American)\b")


def _us_context(before: str, paragraph: str, name: str, paragraphs: tuple[str, ...] = ()) -> bool:
    """'Doug Collins of Georgia', 'Florida, Georgia, Kansas', 'a debate scheduled for
    November 20 in Georgia' (an article about the United States that names no other state,
    nor the country's capital or people: no 'Tbilisi', no 'Georgian'): the US state, not the
    country."""
    after_name = re.search(r"([A-Z][\w.'’-]+) of $", before)
    if after_name and after_name.group(1).lower() not in TITLE_WORDS | OF_A_STATE:
        return True
    others = us_state_names() - {name}
    if any(re.search(rf"\b{re.escape(state)}\b", paragraph) for state in others):
        return True
    if not (_TO_A_PLACE.search(before[-30:]) and any(_THE_US.search(p) for p in paragraphs)):
        return False
    words = {w for p in paragraphs for w in re.findall(r"[A-Z][\w'’-]+", p)} - {name}
    # Any other state the article names ("Russian troops remain in Georgia"), by its name,
    # people or capital ("Tbilisi", "Georgian" for the country itself), keeps the country.
    named = {state_name(w) or demonym_state(w) or capital_state(w) for w in words}
    return named - {None} <= {"United States"}
