"""Names of states, so that the NER's place guesses (GPE) can become state actors.

A GPE span is a city as often as a country; only names found here (ISO 3166 countries via
pycountry, plus the short forms newsrooms use) become actors automatically. Everything else
named as a place stays text unless a contributor curates it.
"""

from __future__ import annotations

from functools import cache

import pycountry

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
    "US": ("U.S.", "USA", "U.S.A.", "United States of America"),
    "GB": ("UK", "U.K.", "Britain", "Great Britain"),
    "RU": ("Russian Federation",),
    "CZ": ("Czechia",),
    "TR": ("Türkiye", "Turkiye"),
    "CI": ("Côte d'Ivoire", "Cote d'Ivoire"),
    "CD": ("DR Congo", "DRC"),
    "MM": ("Burma",),
    "TL": ("East Timor",),
    "CV": ("Cape Verde",),
    "MK": ("Macedonia",),
}


@cache
def states() -> dict[str, str]:
    """Every accepted spelling of a state's name, mapped to its display name."""
    names: dict[str, str] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        if code in NOT_STATES:
            continue
        common = getattr(country, "common_name", None)
        official = getattr(country, "official_name", None)
        display = (
            DISPLAY.get(code) or common or (country.name if "," not in country.name else official)
        )
        display = display or country.name
        for name in (country.name, common, official, display, *EXTRA_NAMES.get(code, ())):
            if name and "," not in name:
                names.setdefault(name, display)
    return names


def state_name(text: str) -> str | None:
    """The display name of the state ``text`` names, or None if it is not a state's name."""
    return states().get(text)
