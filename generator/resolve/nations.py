"""States, regions and places as actors: the UK's nations and the regions with their own
government where they act in their sentence (``_nations_acting``, ``_regions_written``), a
short name two states share (``_short_state``), a place's name written with its place noun
("Khurais Oil Field"), and a seat of government's acronym ("WH").
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import replace
from functools import cache

from ..gazetteer import (
    SHARED_SHORT_NAMES,
    federal_units,
    state_name,
    territory_names,
    us_state_names,
)
from ..model import Sentence
from .article import Candidate
from .decide import Verdict, region_that_acts
from .merge import acronym_definitions
from .names import SHIP, initials, is_acronym
from .vocab import (
    BREAKAWAY_STATES,
    BUILDING_NOUNS,
    CONSTITUENT_COUNTRIES,
    PLACE_NOUNS,
    SEATS_OF_GOVERNMENT,
    SMALL_US_TERRITORIES,
)


def _short_state(verdicts: Mapping[str, Verdict], names: Iterable[str]) -> dict[str, Verdict]:
    """'the Democratic Republic of Congo … eastern |Congo|': a short name two states share
    (``SHARED_SHORT_NAMES``) is the one of them the briefing names in full, when it names
    only one; else it stays the state ISO gives it ("Congo": the Republic of the Congo). A
    curated verdict stays."""
    out = {}
    for short, shared in SHARED_SHORT_NAMES.items():
        verdict = verdicts.get(short)
        if verdict is None or verdict.curated_key or verdict.type != "state":
            continue
        full = {state for n in names if n != short and (state := state_name(n)) in shared}
        if len(full) == 1 and (state := full.pop()) != verdict.name:
            why = f"the one state called '{short}' the briefing names in full ('{state}')"
            out[short] = Verdict(state, "state", why)
    return out


def _seat_acronyms(verdicts: dict[str, Verdict], texts: list[str]) -> dict[str, str]:
    """Acronyms that spell the initials of one seat of government the articles name ('WH'
    where they name the White House) -> that seat's name."""
    named = [seat for seat in SEATS_OF_GOVERNMENT if " " in seat and any(seat in t for t in texts)]
    out = {}
    for name, verdict in verdicts.items():
        if verdict.curated_key or not is_acronym(name):
            continue
        seats = [seat for seat in named if initials(seat) == name.replace(".", "")]
        if len(seats) == 1:
            out[name] = seats[0]
    return out


def _place_names(labels: dict[str, Counter[str]]) -> dict[str, str]:
    """'Hagia Sophia' -> 'Hagia Sophia Museum': names the articles also write with a place
    noun after them ("the Khurais Oil Field", "Maidan Wardak Province", "Payam International
    Airport"), or a building's ("the Villa Rose Hotel"), or a ship's prefix before them ("MV
    Namse Bangdzod")."""
    places: dict[str, str] = {}
    for name in sorted(labels):
        head, _, last = name.rpartition(" ")
        head = head.removesuffix(" International")  # "Payam International Airport"
        if head in labels and last.lower() in PLACE_NOUNS | BUILDING_NOUNS:
            places.setdefault(head, name)
        if (ship := SHIP.match(name)) and name[ship.end() :] in labels:
            places.setdefault(name[ship.end() :], name)  # "MV Namse Bangdzod": a ship
    return places


_NATION_VERBS = (
    r"announce|decide|introduce|impose|require|ban|lift|ease|reopen|close|move|follow|join|"
    r"enter|vote|refuse|agree|report|record|confirm|issue|order|plan|publish|approve|reject|"
    r"extend|allow|declare|outlaw|legali[sz]e|decriminali[sz]e|abolish|repeal|ask"
)


_NATION_ACTS = re.compile(
    r"^(?:['’]s? (?:(?:own|new|devolved|chief|first|health|education|public) )?"
    r"(?:government|executive|parliament|assembly|rules?|laws?|lockdown|restrictions|measures|"
    r"guidance|policy|ministers?|officials?|authorities|chief|first|health|department|legislature|"
    r"decision|plan|team|squad|side|leader|leadership|president|premier|governor|constitution)\b"
    r"|['’]s? (?:(?:[Ff]oreign|[Pp]rime|[Ff]irst|[Cc]hief|[Dd]eputy|[Ff]inance|[Ii]nterior|[Hh]ome|"
    r"[Dd]efen[cs]e|[Jj]ustice|[Hh]ealth) [Mm]inist(?:er|ry)|Premier|Governor|Government)\b"
    r"| (?:government|legislature|parliament|executive|authorities)\b"
    r"| (?:[Gg]overnor|Gov\.|[Pp]remier|[Cc]hief [Mm]inister|[Ff]irst [Mm]inister)"
    r"(?: [A-Z][\w'’.-]*){0,4}(?: (?:has|have|had|will|would|also|then))?"
    r" (?:said|says|signed|signs|announced|announces|declared|declares|ordered|orders|issued|"
    r"issues|vetoed|vetoes|resigned|resigns|approved|imposed|extended|lifted|asked|urged|"
    r"called|warned|decided|rejected|sued)\b"
    r"| (?:held|holds|will hold|is to hold|plans to hold) (?:a|an|its|the) (?:\w+ )?referendum\b"
    r"| (?:announced|said|says|decided|declared|seeks|wants|introduced|imposed|requires?|"
    r"required|made(?! (?:headlines|news|history)\b)|plans?|"
    r"planned|banned|lifted|eased|reopened|closed|moved|followed|joined|entered|won|beat|lost|"
    r"voted|refused|agreed|reported|confirmed|began|became|set|issued|ordered|opted|asked|"
    r"postponed?s?|delayed|cancell?ed|rescheduled|sued|enacted|outlawed|legali[sz]ed|"
    r"decriminali[sz]ed|abolished|repealed)\b"
    r"| (?:is|was|are|were) (?:now |also |still )?(?:planning|discussing|seeking|"
    r"preparing|looking to|refusing|demanding)\b"
    r"| (?:has|have|had|will|would|may|might|could|can|must|should|is to|was to|is set to|"
    r"was set to)"
    r"(?: not| also| now| already| yet| then| soon)?"
    rf" (?:(?:{_NATION_VERBS})(?:d|ed)?|banned|planned|made|make|set|won|win|beaten|beat|lost|"
    r"lose|held|hold|begun|begin|become)\b"
    r")"
)
"""Words after a constituent country's name that make it act: its government, leader or rules
("England's rule", "South Ossetia's leader", "the Macau government", "Greenland's Foreign
Minister", "Kerala's Chief Minister", its head as a title before a name: "Puerto Rico Governor
Ricardo Rosselló announced", "Puerto Rico Gov. Jenniffer González has signed": the head acting
as such; not the title describing a person: "Ohio Governor John Kasich's aides", "former Ohio
Governor John Kasich said" (``_NATION_PLACE_BEFORE``)), or a verb it
is the subject of ("Wales will decide", "Scotland has introduced", "South Ossetia declared",
"Abkhazia will not hold");
not a verb that a place is the subject of as well ("Scotland was the worst affected", "Wales
has seen heavy rain", "Northern Ireland is expected to escape", "Christmas Island made
headlines": the news made there, a topic's verb), nor a contest held there
("Nevada held its caucuses" hosts them: only a referendum held is the polity's own act)."""


_NATION_PLACE_BEFORE = re.compile(
    r"(?:\b(?:[Ii]n|of|from|to|across|throughout|near|between|on|at|off)"
    r"(?: [A-Z][\w'’-]*)*(?:,| and| or)?"
    r"|\b[A-Z][\w'’.-]*(?<!England)(?<!Scotland)(?<!Wales)(?<!Ireland),"
    r"|\b(?:[Ff]ormer|[Ll]ate)) $|\b[Ee]x-$"
)
"""'in England', 'in South Australia and |Northern Ireland|', 'Bradford, |England|', 'the
detention centre on |Christmas Island| would reopen' (an island's preposition): a place
(not 'England, |Scotland| and Wales have ...', a list of them); a place's comma comes after
a town's name, not after a clause ('when, for a time, |California| outlawed'); 'former |Ohio|
Governor X said': a title that was, the person acts, not the state."""


_NATION_LIST = re.compile(r"^(?:,? (?:and |or )?[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?=[, ]))+")
"""'|England|, Scotland and Wales', '|South Carolina|, Kansas, and Arizona made': the others
listed after a region, which the list's verb is of as much as the last one's (each checked
to be a region by ``_NATION_LISTED``)."""


_NATION_LISTED = re.compile(r",? (?:and|or) |, ")


_NATION_GOVERNED = re.compile(
    r"(?:\b(?:[Gg]overnment|[Ll]egislature|[Pp]arliament|[Aa]dministration)"
    r"|(?<!\b[Aa]s )\b[Tt]he governor) of (?:the )?$"
)
"""'the government of |American Samoa| appealed', 'the governor of |Puerto Rico| declared': the
region's own government or its head, so it acts; not a person's office ('served as governor of
|Colorado|', 'resigned as the governor of')."""


_NATION_CLAUSE = re.compile(
    r"^, (?:which|who|where|along with|together with|formerly|once|an?|the|"
    r"[A-Z][\w'’-]*['’]s)\b[^,;:.()\"“”]*,(?= [a-z])"
)
"""', which was also scheduled to hold a primary election,', ', formerly part of Georgia,',
', Georgia's breakaway republic,': a clause or an apposition on the region between it and
its verb."""


_NATION_SUED = re.compile(
    r"\b(?:[Ss]ue[sd]?|[Ss]uing|against|by) (?:the )?(?:US |U\.S\. |United States )?state of $"
)
"""'sue US state of |Montana|', 'a lawsuit against the state of |Montana|': the state as a
party to a suit, though 'of' comes before it."""


_REGION_NAME_BEFORE = re.compile(r"\b(?!The )[A-Z][\w'’.-]* $")
"""A capitalised word right before a region's name, not "the": the name is the end of a
longer one ("Lake |Victoria|'s level"), no mention of the region."""


def _region_spelt(acronym: str, texts: tuple[str, ...]) -> str | None:
    """The one region of two words or more whose initials ``acronym`` spells and which the
    same article writes out ("NSW" beside "New South Wales"): the region's short name, as an
    acronym the text defines is. Three letters or more: two ("SA", "AP") spell too much else."""
    if not (3 <= len(acronym) <= 5 and acronym.isalpha() and acronym.isupper()):
        return None
    written = [
        name
        for name in _regions_by_initials().get(acronym, ())
        if any(re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text) for text in texts)
    ]
    return written[0] if len(written) == 1 else None


@cache
def _regions_by_initials() -> dict[str, tuple[str, ...]]:
    """The regions with their own government (``region_that_acts``) of two words or more, by
    their initials ("NSW": New South Wales), built once."""
    names = (
        CONSTITUENT_COUNTRIES
        | BREAKAWAY_STATES
        | SMALL_US_TERRITORIES
        | territory_names()
        | federal_units()
        | us_state_names()
    )
    table: dict[str, list[str]] = defaultdict(list)
    for name in sorted(names):
        if " " in name and region_that_acts(name):
            table[initials(name)].append(name)
    return {key: tuple(value) for key, value in table.items()}


def _regions_written(
    candidates: list[Candidate],
    paragraphs: Mapping[str, tuple[str, ...]],
    sentences: Mapping[str, tuple[Sentence, ...]],
) -> list[Candidate]:
    """A region with its own government (``region_that_acts``) as its article writes it, for
    ``_nations_acting`` to judge: the acronym the article defines for it ("the Parliament of
    New South Wales (NSW) ... The |NSW| legislature abolished") is the region, not an
    organisation of its own, and so is one whose letters spell a region the article writes
    out (``_region_spelt``); and the region's name or acronym written again where the NER
    read no span and its words make it act ("|Goa|'s government announced", "The |NSW|
    legislature abolished") is one more mention. Only regions the article's spans already
    name or define: no search of every region's name in every text."""
    by_article: dict[str, list[Candidate]] = defaultdict(list)
    for c in candidates:
        by_article[c.article].append(c)
    renamed: dict[int, Candidate] = {}
    added: list[Candidate] = []
    for article, here in by_article.items():
        texts = paragraphs.get(article, ())
        short = {
            acronym: long
            for acronym, long in acronym_definitions(texts, [c.name for c in here]).items()
            if acronym.isupper() and region_that_acts(long)
        }
        for c in here:
            if c.name not in short and (long := _region_spelt(c.name, texts)):
                short[c.name] = long  # "NSW has announced ... in New South Wales", undefined
        for c in here:
            if c.name in short:
                # "NSW": the region, whatever the NER's label (a body's votes would outweigh
                # the region's own, as ``decide``'s federal-unit guard counts them)
                renamed[id(c)] = replace(c, name=short[c.name], label="GPE")
        regions = {c.name for c in here if region_that_acts(c.name)} | set(short.values())
        forms = sorted({**{name: name for name in regions}, **short}.items())
        held: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for c in here:
            held[c.paragraph].append((c.start, c.end))
        for form, name in forms:
            # Only the paragraphs that hold the form's letters at all: a plain substring test
            # is much cheaper than the pattern's scan, and most paragraphs name no region.
            holding = [(p, text) for p, text in enumerate(texts) if form in text]
            if not holding:
                continue
            pattern = re.compile(rf"(?<![\w'’.-]){re.escape(form)}(?![\w-])")
            for p, text in holding:
                for found in pattern.finditer(text):
                    start, end = found.span()
                    if (
                        any(s < end and start < e for s, e in held[p])
                        or not _NATION_ACTS.match(text[end:])
                        or _REGION_NAME_BEFORE.search(text[max(0, start - 40) : start])
                    ):
                        continue
                    index = next(
                        (
                            i
                            for i, s in enumerate(sentences.get(article, ()))
                            if s.paragraph == p and s.start <= start < s.end
                        ),
                        -1,
                    )
                    if index >= 0:
                        added.append(Candidate(article, p, index, start, end, form, name, "GPE"))
                        held[p].append((start, end))
    return [renamed.get(id(c), c) for c in candidates] + added


def _nations_acting(
    candidates: list[Candidate], paragraphs: Mapping[str, tuple[str, ...]]
) -> list[Candidate]:
    """The mentions of England, Scotland, Wales and Northern Ireland in the articles where
    one of them acts (``_NATION_ACTS``, alone or in a list of them, not after 'in' or a
    place's comma); elsewhere each is
    a place named, no actor, and its mentions are left out (as a region's always were)."""
    acting = {
        (c.article, c.name)
        for c in candidates
        if region_that_acts(c.name)
        and (
            (
                (
                    acts := _NATION_ACTS.match(
                        _after_list(paragraphs[c.article][c.paragraph][_name_end(c, paragraphs) :])
                    )
                )
                and not (
                    _SPORT_ACTS.search(acts.group(0))
                    and (
                        _us_region(c.name)
                        or _SPORT_RESULT.match(
                            paragraphs[c.article][c.paragraph][_name_end(c, paragraphs) :]
                        )
                    )
                )
                and not _NATION_PLACE_BEFORE.search(
                    _before_list(paragraphs[c.article][c.paragraph][: c.start])
                )
            )
            or _NATION_SUED.search(paragraphs[c.article][c.paragraph][: c.start])
            or _NATION_GOVERNED.search(paragraphs[c.article][c.paragraph][: c.start])
        )
    }
    return [c for c in candidates if not region_that_acts(c.name) or (c.article, c.name) in acting]


def _name_end(c: Candidate, paragraphs: Mapping[str, tuple[str, ...]]) -> int:
    """Where the region's name ends in its paragraph: before the possessive the NER's span
    may take in ("as |Puerto Rico's| new governor"), which ``_NATION_ACTS`` reads."""
    end = c.start + len(c.name)
    return end if paragraphs[c.article][c.paragraph][c.start : end] == c.name else c.end


_SPORT_ACTS = re.compile(r"\b(?:team|squad|side|won|win|beat|beaten|lost|lose)\b")
"""What a US state's name does as a college's team ("Texas beat Oklahoma", "Michigan won"),
not as a state (England's national team is England's)."""


_SPORT_RESULT = re.compile(
    r"[^.!?]*?(?:\b\d{1,3}[-–]\d{1,3}\b|\b(?:the|a) final\b|\b(?i:match|cup|goals?|"
    r"tournament|championship|fixture|friendly|qualifier|innings|wickets?|medal)\b)"
)
"""A score or a game's word in the rest of the sentence ("England beat Wales 2-0", "won the
World Cup"): a country's team won or lost, no act of its government; where no such word
follows, a constituent country's team is England's (``_SPORT_ACTS``)."""


def _after_list(after: str) -> str:
    """What follows a region and the other regions listed after it ('|South Carolina|,
    Kansas, and Arizona made' -> ' made'), or after a clause on it or on the list ('|Ohio|,
    which was to hold a primary, delayed' -> ' delayed'); ``after`` as it is when another word
    follows."""
    after = _NATION_CLAUSE.sub("", after, count=1)
    listed = _NATION_LIST.match(after)
    if not listed:
        return after
    names = [n for n in _NATION_LISTED.split(listed.group(0)) if n]
    if not all(region_that_acts(n) for n in names):
        return after
    # '|Abkhazia| and South Ossetia, formerly part of Georgia, declared': the list's clause
    return _NATION_CLAUSE.sub("", after[listed.end() :], count=1)


def _before_list(before: str) -> str:
    """What comes before a region and the regions listed before it ('England, |Scotland|':
    the text before 'England'), so that a list's comma is no place's ('Bradford, England')."""
    while (
        before.endswith((", ", " and ", " or ", ", and ", ", or "))
        and (head := re.search(r"(?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+(?:,? (?:and |or )?)$", before))
        and region_that_acts(re.sub(r",? (?:and |or )?$", "", head.group(0)))
    ):
        before = before[: head.start()]
    return before


def _us_region(name: str) -> bool:
    """A US state or small US territory, a state only where its article has it act: part of
    a state, not one a leader's government governs."""
    return (
        region_that_acts(name)
        and name not in CONSTITUENT_COUNTRIES
        and name not in BREAKAWAY_STATES
    )
