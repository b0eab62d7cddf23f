"""Names of states, so that the NER's place guesses (GPE) can become state actors.

A GPE span is a city as often as a country; only names found here (ISO 3166 countries as
``make places`` wrote them from pycountry, plus the short forms newsrooms use) become actors
automatically. Everything else named as a place stays text unless a contributor curates it.
City and region names (``place_kind``) mark the NER's organisation guesses that are places
("plant at Abqaiq").
"""

from __future__ import annotations

import re
from functools import cache

from anyascii import anyascii

from .data.places import CAPITALS, CITIES, COUNTRIES, REGIONS

DISPLAY = {
    "RU": "Russia",
    "US": "United States",
    "GB": "United Kingdom",
    "CZ": "Czech Republic",
    "TR": "Turkey",
    "PS": "Palestine",
    "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
    "VA": "Vatican City",
    "FM": "Micronesia",
    "CI": "Ivory Coast",
}
"""The name a reader expects where ISO's is formal ('Russian Federation')."""
NOT_STATES = frozenset({"AQ", "BV", "HM", "UM"})
"""ISO 3166 entries no one governs as a state: Antarctica and uninhabited islands."""
EXTRA_NAMES = {
    "US": ("U.S.", "US", "USA", "U.S.A.", "United States of America"),
    "GB": ("UK", "U.K.", "Britain", "Great Britain"),
    "RU": ("Russian Federation",),
    "CZ": ("Czechia",),
    "TR": ("Türkiye", "Turkiye"),
    "CI": ("Côte d'Ivoire", "Cote d'Ivoire"),
    "CD": ("DR Congo", "DRC", "Democratic Republic of Congo", "Congo-Kinshasa"),
    "CG": ("Republic of Congo", "Congo-Brazzaville", "Congo Republic"),
    "KP": ("DPRK", "D.P.R.K."),
    "MM": ("Burma",),
    "TL": ("East Timor",),
    "CV": ("Cape Verde",),
    "MK": ("Macedonia",),
    "AE": ("UAE", "U.A.E."),
    "MO": ("Macau",),
    "NZ": ("NZ", "N.Z."),  # as "UK": "NZ First", "NZ's new Government" (actors97)
    "TW": ("Republic of China",),  # its formal name, which ``_FORMAL_STATE`` would read as China
}

SHARED_SHORT_NAMES = {"Congo": ("Democratic Republic of the Congo", "Republic of the Congo")}
"""A short name that news gives either of two states ("eastern |Congo|" in an article on the
Democratic Republic of the Congo), though it is ISO's for one: the one a briefing names in
full, when it names only one (``resolve._short_state``)."""

FORMER_STATES = {
    "Rhodesia": ("Southern Rhodesia",),
    "Soviet Union": ("USSR", "U.S.S.R."),
    "Yugoslavia": (),
    "Czechoslovakia": (),
    "East Germany": (),
    "West Germany": (),
}
"""States that no longer exist, which news still names as actors of their time ("Rhodesia
declared independence"): ISO 3166-1 lists only today's."""
DEPENDENT_TERRITORIES = frozenset(
    "AI AS AW AX BL BM BQ CC CK CW CX EH FK FO GF GG GI GL GP GS GU IM IO JE KY MF MO MP MQ MS "
    "NC NF NU PF PM PN PR RE SH SJ SX TC TF TK VG VI WF YT".split()
)
"""ISO 3166-1 entries that are another state's territory, a crown dependency, an overseas
department or an associated state, or in dispute (Western Sahara), not a sovereign state:
news names them mostly as the place where something happens ("the detention centre on
Christmas Island"), so each is a state only in an article where it acts, like a US state
(``resolve.decide.region_that_acts``). Not Hong Kong: the gold's dev conventions type it a
state in every article that names it, as newsrooms treat its government, police and
legislature as a polity's; not Taiwan nor Palestine, states that act in their own right."""
PARTLY_RECOGNISED = {"Kosovo": ("Republic of Kosovo",)}
"""States most others recognise that ISO 3166-1 does not list ("the Serbia–Kosovo deal")."""


@cache
def _countries() -> tuple[tuple[str, str, str, str], ...]:
    """ISO 3166-1's countries (alpha-2 code, name, common name, official name; "" for none) as
    ``make places`` wrote them from pycountry, in its order: importing pycountry cost every
    build 0.04–0.07 s."""
    rows: list[tuple[str, str, str, str]] = []
    for line in COUNTRIES.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            code, name, common, official = line.split("\t")
            rows.append((code, name, common, official))
    return tuple(rows)


@cache
def states() -> dict[str, str]:
    """Every accepted spelling of a state's name, mapped to its display name."""
    names: dict[str, str] = {}
    for code, country, common, official in _countries():
        if code in NOT_STATES:
            continue
        display = DISPLAY.get(code) or common or (country if "," not in country else official)
        display = display or country
        for name in (country, common, official, display, *EXTRA_NAMES.get(code, ())):
            if name and "," not in name:
                names.setdefault(name, display)
    for display, others in (*FORMER_STATES.items(), *PARTLY_RECOGNISED.items()):
        for name in (display, *others):
            names.setdefault(name, display)
    return names


@cache
def territory_names() -> frozenset[str]:
    """Every accepted spelling of a dependent territory's name (``DEPENDENT_TERRITORIES``)."""
    displays = set()
    for code, country, common, official in _countries():
        if code in DEPENDENT_TERRITORIES:
            display = DISPLAY.get(code) or common or (country if "," not in country else official)
            displays.add(display or country)
    return frozenset(name for name, display in states().items() if display in displays)


def state_name(text: str) -> str | None:
    """The display name of the state ``text`` names, or None if it is not a state's name.
    Initials written with a space after each full stop ("U. S.", "U. K.") are the state's, and
    "&" for "and" ("Trinidad & Tobago")."""
    found = states().get(text)
    if found is None and " & " in text:
        return state_name(text.replace(" & ", " and "))  # "Trinidad & Tobago"
    if found is None and ". " in text and _SPACED_INITIALS.fullmatch(text):
        return states().get(text.replace(" ", ""))
    if found is None and " of " in text and (formal := _FORMAL_STATE.fullmatch(text)):
        # "the Republic of China" is Taiwan's own name, not a formal name of China's
        found = states().get(text.removeprefix("the ")) or states().get(formal.group(1))
        return found if found and text not in STATE_NAMED_ENTITIES else None
    return found


_FORMAL_STATE = re.compile(
    r"(?:the )?(?:Union|Republic|Kingdom|Federation|State|Commonwealth|Sultanate|Principality)"
    r" of (?:the )?(.+)"
)
"""'the Union of India', 'Kingdom of Saudi Arabia', 'State of Kuwait': a state's formal name,
its polity's word and "of" before the name readers know (actors96, issue 8: a held-out block
had "Union of India" on a page beside India's). ISO lists one official name per state ("Republic
of India"); courts, treaties and speeches use others."""

STATE_NAMED_ENTITIES = frozenset({"Federation of Bosnia and Herzegovina"})
"""A part of a state named as the state's formal name would be: Bosnia and Herzegovina's
entity, not the state."""


_SPACED_INITIALS = re.compile(r"(?:[A-Z]\. )+[A-Z]\.")
"""'U. S.': a state's initials spaced, as some wires write them ("U. S. President Donald
Trump"); the NER reads them as a person's initials, a page of their own beside the state's."""


DEMONYMS = {
    "American": "United States",
    "US": "United States",
    "U.S.": "United States",
    "British": "United Kingdom",
    "UK": "United Kingdom",
    "French": "France",
    "Dutch": "Netherlands",
    "Swiss": "Switzerland",
    "Greek": "Greece",
    "Welsh": "United Kingdom",
    "Scottish": "United Kingdom",
    "Filipino": "Philippines",
    "Turkish": "Turkey",
}
"""Adjectives that do not begin like their state's name; the rest are found by their
beginning ('Hungarian' -> 'Hungary')."""


DEMONYM_NOUNS = {
    "United Kingdom": "Briton Englishman Englishwoman Scot Scotsman Scotswoman Welshman Welshwoman",
    "France": "Frenchman Frenchwoman",
    "Netherlands": "Dutchman Dutchwoman",
    "Ireland": "Irishman Irishwoman",
    "Poland": "Pole",
    "Denmark": "Dane",
    "Sweden": "Swede",
    "Finland": "Finn",
    "Turkey": "Turk",
    "Spain": "Spaniard",
    "New Zealand": "Kiwi Zealander",
    "Iceland": "Icelander",
    "Luxembourg": "Luxembourger",
    "Philippines": "Filipino Filipina",
    "Serbia": "Serb",
    "Croatia": "Croat",
    "Slovenia": "Slovene",
    "Uzbekistan": "Uzbek",
    "Kazakhstan": "Kazakh",
    "Tajikistan": "Tajik",
}
"""The nouns for a person of a nation that differ from its adjective ("a Briton", "the
Frenchman", "two Poles"), from the demonym column of Wikipedia's "List of adjectival and
demonymic forms for countries and nations". Several are also names ("Finn Russell", "Dane
Cook", "Scot Pollard", "Turk Wendell"), so a reader asks `demonym_noun` only where a full
name follows."""


@cache
def demonym_noun(word: str) -> str | None:
    """'Briton', 'Frenchmen', 'Poles' -> their state: a noun for one or more of a nation's
    people ('-man'/'-men', '-woman'/'-women', '-s' plurals); None for any other word."""
    singular = re.sub(r"(m)en$", r"\1an", word) if word.endswith(("men", "Men")) else word
    for form in (singular, singular.removesuffix("s")):
        for state, nouns in DEMONYM_NOUNS.items():
            if form in nouns.split():
                return state
    return None


@cache
def demonym_state(word: str) -> str | None:
    """'Hungarian' -> 'Hungary', 'Iraqi' -> 'Iraq', 'Saudi' -> 'Saudi Arabia': the one state
    whose name shares the longest beginning (four letters at least) with the adjective; None
    when two tie ('Turkish': Turkey or Turkmenistan)."""
    word = word.strip()
    if word in DEMONYMS:
        return DEMONYMS[word]
    if not word[:1].isupper() or " " in word or not word.endswith(("an", "ese", "i", "ish")):
        return None
    best: dict[str, int] = {}
    for first, display in _first_words().get(word[:4].lower(), ()):
        shared = 0
        for a, b in zip(word.lower(), first.lower(), strict=False):
            if a != b:
                break
            shared += 1
        # Most of the adjective is the name ("Hungarian"/"Hungary", "Afghan"/"Afghanistan");
        # an adjective in "-i" is the whole name and that "-i" ("Iraqi", "Somali"), so a
        # surname that only begins like a state ("Maliki") names none.
        whole = shared >= len(word) - 1 or not word.endswith("i")
        if shared >= 4 and whole and (shared >= len(word) - 3 or shared >= len(first) - 2):
            best[display] = max(best.get(display, 0), shared)
    if not best:
        return None
    top = max(best.values())
    winners = [d for d, n in best.items() if n == top]
    return winners[0] if len(winners) == 1 else None


@cache
def _first_words() -> dict[str, tuple[tuple[str, str], ...]]:
    """The first word of every state's spellings (alphabetic ones), with the state, by its
    first four letters lower-cased: an adjective shares four at least with its state."""
    out: dict[str, list[tuple[str, str]]] = {}
    for spelling, display in states().items():
        first = spelling.split()[0]
        if first.isalpha():
            out.setdefault(first[:4].lower(), []).append((first, display))
    return {prefix: tuple(pairs) for prefix, pairs in out.items()}


def _fold(text: str) -> str:
    """Accents and case away, so 'Kābul' matches 'Kabul'."""
    return anyascii(text).casefold()


@cache
def _places() -> dict[str, str]:
    """Folded city and region names, mapped to what they are: 'a city' or 'a region'."""
    places: dict[str, str] = {}
    for _code, _type, name in _regions():
        if "[" in name:
            name = re.sub(r"\s*\[.*?\]", "", name)  # "Wales [Cymru GB-CYM]"
        if "," not in name:
            places.setdefault(_fold(name), "a region")
    for line in CITIES.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            places[_fold(line)] = "a city"
    for name in REGION_NAMES:
        places.setdefault(_fold(name), "a region")
    for state in states():
        places.pop(_fold(state), None)
    return places


REGION_NAMES = ("Kashmir", "Azad Kashmir")
"""Regions news names that ISO 3166-2 does not list as such: the disputed Kashmir region
India and Pakistan each administer part of, and Pakistan's part as news shortens "Azad Jammu
and Kashmir" (actors96, issue 8: a held-out block had "Azad Kashmir" on a page)."""


FEDERAL_UNITS = frozenset(
    {
        ("AU", "State"),
        ("AU", "Territory"),
        ("CA", "Province"),
        ("CA", "Territory"),
        ("IN", "State"),
    }
)
"""ISO 3166-2 subdivision types (country, type) that are the units of an English-writing
federation, each with its own elected government and legislature, as the fifty US states
are ("Goa's government announced", "the Parliament of New South Wales voted"); a unitary
state's provinces and districts are run from its capital, so they never act. Not yet the
federations whose units' names are as often a city's, a people's or a surname ("Lagos",
"Somali", "Mendoza"): those need a guard of their own first."""


@cache
def federal_units() -> frozenset[str]:
    """The names of ``FEDERAL_UNITS``' subdivisions, but a state's or a capital's ("Delhi" is
    India's seat, "Delhi said" India) and the ISO names written inverted; with
    each name's spelling in plain letters ("Tamil Nadu")."""
    names = set()
    for code, kind, name in _regions():
        if (
            (code[:2], kind) in FEDERAL_UNITS
            and "," not in name
            and "[" not in name
            and not state_name(name)
            and not capital_state(name)
        ):
            names.update({name, anyascii(name)})  # "Tamil Nādu", as news writes it
    return frozenset(names)


@cache
def _regions() -> tuple[tuple[str, str, str], ...]:
    """ISO 3166-2's subdivisions (code, type, name) as ``make places`` wrote them from
    pycountry: read from its 5,000 records' database, they cost every build 0.04–0.07 s."""
    rows: list[tuple[str, str, str]] = []
    for line in REGIONS.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            code, kind, name = line.split("\t")
            rows.append((code, kind, name))
    return tuple(rows)


@cache
def place_kind(text: str) -> str | None:
    """'a city' or 'a region' when ``text`` names one (never a state), else None; "&" read as
    "and" ("Jammu & Kashmir", as Indian papers write it)."""
    return _places().get(_fold(text.replace(" & ", " and ")))


@cache
def _capitals() -> dict[str, str]:
    """Folded capital names, mapped to their state's display name."""
    capitals: dict[str, str] = {}
    countries = {code: (common, name) for code, name, common, _ in _countries()}
    for line in CAPITALS.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        city, code = line.split("\t")
        if code not in countries or code in NOT_STATES:
            continue
        for name in countries[code]:
            if name and (state := state_name(name)):
                capitals.setdefault(_fold(city), state)
                break
    return capitals


def capital_state(text: str) -> str | None:
    """The state whose capital ``text`` names ('Moscow' -> 'Russia'), else None."""
    return _capitals().get(_fold(text))


@cache
def us_state_names() -> frozenset[str]:
    """The fifty US states' names (and DC's), from ISO 3166-2:US."""
    return frozenset(name for code, _, name in _regions() if code.startswith("US-"))


@cache
def states_named_like_us_states() -> frozenset[str]:
    """State names that are also a US state's ('Georgia'): "Doug Collins of Georgia" is no
    country, so these need the context of their mentions."""
    fifty = {name for code, kind, name in _regions() if code.startswith("US-") and kind == "State"}
    return frozenset(fifty & set(states()))


def read_tables() -> None:
    """Read the gazetteer's data now: each table is read once a process, when first asked,
    and resolve asks for them all on every build. A rebuild after an edit reads them while
    the spaCy process parses the edited article (``build``), not after it (0.02-0.03 s of
    CPU, most of it the cities' and regions' names folded)."""
    _places()
    _capitals()
    federal_units()
    states_named_like_us_states()
    territory_names()
    _first_words()
