"""The gazetteer's region list (``generator/data/regions.txt``, written by ``make places``)
must be what the locked pycountry holds: a build reads the file, not pycountry's database."""

from __future__ import annotations

import re

import pycountry

from generator import gazetteer
from generator.data.places import REGIONS, regions_text


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
    for state in gazetteer.states():
        places.pop(gazetteer._fold(state), None)
    assert gazetteer._places() == places
    assert gazetteer.place_kind("Wales") == "a region"  # "Wales [Cymru GB-CYM]" in ISO
    us = pycountry.subdivisions.get(country_code="US") or ()
    assert gazetteer.us_state_names() == frozenset(s.name for s in us)
    fifty = {s.name for s in us if s.type == "State"}
    assert gazetteer.states_named_like_us_states() == frozenset(fifty & set(gazetteer.states()))
    assert "Georgia" in gazetteer.states_named_like_us_states()
