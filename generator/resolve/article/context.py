"""Reads of the words around a name that say where it stands: a place, a destination, a state.

A body, not a place, that someone walks into (``_a_body``), a place travelled to
(``_travelled``), names written only as places' (``_sited_names``), an alias a person goes by
("under the name", ``given_alias``, ``_aliases``), a state's name that only modifies another
word (``_state_modifies``), the home state of a US politician (``_of_home_state``), the US state
rather than the country (``_us_context``), and the UN's organs named in short. One concern: what
a name's context, not the name itself, makes of it."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from ...gazetteer import capital_state, place_kind, state_name, us_state_names
from ...model import Span
from ...organisations import listed
from ...titles import TITLE_WORDS
from ..bodies import body_key
from ..decide import demonym_state
from ..names import BODIES_OF, UN_ASSEMBLY, clean_name, is_acronym, state_or_us_state
from ..vocab import COMPANY_SUFFIXES, OF_A_STATE, PLACE_NOUNS, WELL_KNOWN_GROUPS
from .records import Candidate, _at_end
from .words import GROUP_HEADS, ORG_HEADS, STATE_BODY_HEADS, _name_word

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


_NICKNAMED = re.compile(
    r"(?<![\w'’.-])([A-Z][a-zà-ÿ'’-]+) [\"“]([A-Z][\w'’.-]+)[\"”] "
    r"((?:[A-Z][a-z]{0,2} )?[A-Z][a-zà-ÿ'’-]+?)(?:['’]s)?(?![\w'’-])"
)
"""'Joko "Jokowi" Widodo', 'Joseph “Erap” Estrada': a nickname in quotation marks between a
person's given name and surname; a surname a particle opens is whole ('Pasquale "Pat" Di
Cicco')."""


def _nicknames(paragraphs: Sequence[str]) -> dict[str, str]:
    """Each nickname the article writes inside a person's name (``_NICKNAMED``) and the name
    without it: the nickname alone elsewhere ("Jokowi met Prabowo's running mate") is that
    person (actors98: 'Joko "Jokowi" Widodo' and "Jokowi" were two pages). Not a title word
    ('John "General" Smith' is none) nor one of the name's own words."""
    found: dict[str, str] = {}
    for text in paragraphs:
        if '"' not in text and "“" not in text:
            continue
        for match in _NICKNAMED.finditer(text):
            given, nick, surname = match.groups()
            if nick not in (given, surname) and nick.lower() not in TITLE_WORDS:
                found.setdefault(nick, f"{given} {surname}")
    return found


_CAPITALS_OPENING = re.compile(r"[A-Z][A-Z'’.-]+(?:,? [A-Z][A-Z'’.-]+){1,3}(?![\w'’-])")
"""A paragraph's opening run of two to four words in capitals: a dateline's place ("KUALA
LUMPUR:", "PHNOM PENH (Reuters) -", "WASHINGTON, UNITED STATES -")."""


def _dateline_place(paragraph: str, start: int, end: int) -> str:
    """'|KUALA| LUMPUR: Former deputy …': where the NER's span lies inside a paragraph's opening
    run of words in capitals that is a city's, a region's or a state's name, the span is a
    piece of that place, no actor; the place's name, else ''. A dateline's place is written so
    (actors98 found "KUALA" made an organisation twice)."""
    run = _CAPITALS_OPENING.match(paragraph)
    if run is None or end > run.end():
        return ""
    if "," in run.group():
        # "WASHINGTON, UNITED STATES - …": a city and its state, each a place, every piece
        # of either (the state's name too) the dateline's, no mention of an actor
        parts = [part.strip().title() for part in run.group().split(",")]
        placed = all(state_name(part) or place_kind(part) in _DATELINE_KINDS for part in parts)
        return run.group().title() if placed else ""
    if paragraph[start:end] == run.group():
        return ""
    place = run.group().title()
    return place if state_name(place) or place_kind(place) in _DATELINE_KINDS else ""


_DATELINE_KINDS = ("a city", "a region")


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


_STATE_BEFORE = re.compile(r"(?:^|\s)((?:[A-Z][\w.]*\s){0,2}[A-Z][\w.]*?)(?:['’]s)?\s$")


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


_LIST_JOINT = re.compile(r",? (?:and|or) |, ")
"""What stands between two items of a list: a comma, "and" or "or", or both."""


def _listed_places(
    spans: list[tuple[int, Span]], paragraphs: tuple[str, ...]
) -> list[tuple[int, Span]]:
    """A name listed among places is one: "only Phuket, |Koh Samui| and Pattaya exempted",
    "towns such as …, Voi, |Mtito Andei| and Mombasa", "in Tehran, Shiraz, |Mashad and Rasht|"
    (blind43, blind44), read as a person's or a body's. At least two of the list's items, and
    no fewer than the others, are names the NER reads as places, none a state's, and every
    other item may be a place's: none is a body's or a group's name, an acronym, a state's or a
    well-known organisation's (a list with one is of actors: "the European Union, Russia and
    Gazprom"). Those names become places' (GPE), which the type vote then weighs with their
    other mentions."""
    by_paragraph: dict[int, list[Span]] = defaultdict(list)
    for p, span in spans:
        by_paragraph[p].append(span)
    placed: set[tuple[int, int, int]] = set()
    for p, here in by_paragraph.items():
        text = paragraphs[p]
        ordered = sorted(here, key=lambda s: (s.start, s.end))
        # runs of spans joined by list joints, in text order
        runs: list[list[Span]] = [[ordered[0]]] if ordered else []
        for span in ordered[1:]:
            last = runs[-1][-1]
            if last.end <= span.start and _LIST_JOINT.fullmatch(text, last.end, span.start):
                runs[-1].append(span)
            else:
                runs.append([span])
        for run in runs:
            if len(run) < 2 or not any(s.label in ("PERSON", "ORG") for s in run):
                continue  # no list, or nothing in it to read again (most runs: cheaply)
            places = [s for s in run if _a_place(s)]
            rest = [s for s in run if not _a_place(s)]
            if not places or not all(
                s.label in ("PERSON", "ORG") and s.entity is None and _place_listed(s.text)
                for s in rest
            ):
                continue
            # towns the NER left unread at the list's ends ("Phuket, |Koh Samui| and Pattaya")
            needed = max(2, len(rest))
            unread = 0 if len(places) >= needed else _unread_places(text, run[0].start, run[-1].end)
            if len(places) + unread >= needed:
                placed.update((p, s.start, s.end) for s in rest)
    return [
        (p, Span(span.text, "GPE", span.start, span.end, None))
        if (p, span.start, span.end) in placed
        else (p, span)
        for p, span in spans
    ]


_LISTED_AFTER = re.compile(r"(?:,? (?:and|or) |, )([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?)\b")
_LISTED_BEFORE = re.compile(r"\b([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?)(?:,? (?:and|or) |, )$")


def _unread_places(text: str, start: int, end: int) -> int:
    """How many towns or regions of the gazetteer the list spanning ``text[start:end]`` has
    before and after it that the NER read as no name."""
    count = 0
    while (after := _LISTED_AFTER.match(text, end)) and place_kind(after.group(1)):
        count, end = count + 1, after.end()
    while (before := _LISTED_BEFORE.search(text, max(0, start - 60), start)) and place_kind(
        before.group(1)
    ):
        count, start = count + 1, before.start()
    return count


def _a_place(span: Span) -> bool:
    """The NER reads ``span`` as a place, and no state's name (a city, a town, a region)."""
    name = clean_name(span.text)
    return span.label in ("GPE", "LOC") and not state_or_us_state(name) and not demonym_state(name)


def _place_listed(text: str) -> bool:
    """A name that may be a place's: no state's, acronym, body's or group's head, nor a
    well-known organisation's."""
    name = clean_name(text)
    words = name.split()
    return (
        bool(words)
        and not state_name(name)
        and not any(is_acronym(w) for w in words)
        and not {w.lower() for w in words} & (ORG_HEADS | GROUP_HEADS | STATE_BODY_HEADS)
        and name not in WELL_KNOWN_GROUPS
        and not listed().every.fullmatch(name)
    )
