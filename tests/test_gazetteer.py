"""The gazetteer's region and country lists (``generator/data/regions.txt`` and
``countries.txt``, written by ``make places``) must be what the locked pycountry holds: a build
reads the files, never pycountry."""

from __future__ import annotations

import re
import subprocess
import sys

import pycountry

from generator import gazetteer
from generator.data.places import COUNTRIES, REGIONS, countries_text, regions_text


def test_the_regions_file_is_what_pycountry_gives() -> None:
    """Run ``make places`` after upgrading pycountry when this fails."""
    assert REGIONS.read_text(encoding="utf-8") == regions_text()


def test_places_and_us_states_read_from_the_file_are_pycountrys() -> None:
    """What ``_places``, ``us_state_names`` and ``states_named_like_us_states`` made from
    pycountry's subdivisions before the file, they make from it (regions, cities, no state)."""
    regions: dict[str, str] = {}
    for subdivision in pycountry.subdivisions:
        name = re.sub(r"\s*\[.*?\]", "", subdivision.name)
        if "," not in name:
            regions.setdefault(gazetteer._fold(name), "a region")
    cities = {
        gazetteer._fold(line): "a city"
        for line in gazetteer.CITIES.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    }
    places = {**regions, **cities}
    for extra in gazetteer.REGION_NAMES:  # regions ISO lacks, added by hand (actors96)
        places.setdefault(gazetteer._fold(extra), "a region")
    for state in gazetteer.states():
        places.pop(gazetteer._fold(state), None)
    assert gazetteer._places() == places
    assert gazetteer.place_kind("Wales") == "a region"  # "Wales [Cymru GB-CYM]" in ISO
    us = pycountry.subdivisions.get(country_code="US") or ()
    assert gazetteer.us_state_names() == frozenset(s.name for s in us)
    fifty = {s.name for s in us if s.type == "State"}
    assert gazetteer.states_named_like_us_states() == frozenset(fifty & set(gazetteer.states()))
    assert "Georgia" in gazetteer.states_named_like_us_states()


def test_the_countries_file_is_what_pycountry_gives() -> None:
    """Run ``make places`` after upgrading pycountry when this fails."""
    assert COUNTRIES.read_text(encoding="utf-8") == countries_text()


def test_states_and_capitals_read_from_the_file_are_pycountrys() -> None:
    """What ``states`` and ``_capitals`` made from pycountry's countries before the file, they
    make from it (the same spellings, display names and order)."""
    names: dict[str, str] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        if code in gazetteer.NOT_STATES:
            continue
        common = getattr(country, "common_name", None)
        official = getattr(country, "official_name", None)
        display = (
            gazetteer.DISPLAY.get(code)
            or common
            or (country.name if "," not in country.name else official)
        )
        display = display or country.name
        for name in (country.name, common, official, display, *gazetteer.EXTRA_NAMES.get(code, ())):
            if name and "," not in name:
                names.setdefault(name, display)
    for display, others in (*gazetteer.FORMER_STATES.items(), *gazetteer.PARTLY_RECOGNISED.items()):
        for name in (display, *others):
            names.setdefault(name, display)
    assert list(gazetteer.states().items()) == list(names.items())
    capitals: dict[str, str] = {}
    for line in gazetteer.CAPITALS.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        city, code = line.split("\t")
        found = pycountry.countries.get(alpha_2=code)
        if found is None or code in gazetteer.NOT_STATES:
            continue
        for name in (getattr(found, "common_name", None), found.name):
            if name and (state := gazetteer.state_name(name)):
                capitals.setdefault(gazetteer._fold(city), state)
                break
    assert gazetteer._capitals() == capitals
    assert gazetteer.capital_state("Moscow") == "Russia"


def test_the_gazetteer_never_imports_pycountry() -> None:
    """A build reads ``countries.txt`` and ``regions.txt``: importing pycountry cost 0.04–0.07 s."""
    code = (
        "import sys\n"
        "import generator.build, generator.cli\n"
        "from generator import gazetteer\n"
        "gazetteer.states(); gazetteer.place_kind('Wales'); gazetteer.capital_state('Moscow')\n"
        "gazetteer.us_state_names(); gazetteer.states_named_like_us_states()\n"
        "sys.exit('pycountry' in sys.modules)\n"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_an_ampersand_for_and_names_the_same_place_or_state() -> None:
    """ "Jammu & Kashmir", as Indian papers and the Indian foreign ministry write it, had a page
    of its own as an organisation (the lead, session 45, a reader's briefing)."""
    assert gazetteer.place_kind("Jammu & Kashmir") == gazetteer.place_kind("Jammu and Kashmir")
    assert gazetteer.place_kind("Jammu & Kashmir") == "a region"
    assert gazetteer.state_name("Trinidad & Tobago") == gazetteer.state_name("Trinidad and Tobago")
    assert gazetteer.state_name("Trinidad & Tobago") is not None
    assert gazetteer.state_name("Procter & Gamble") is None
