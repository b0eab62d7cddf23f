"""Write the events78 pool CSV (``/tmp/events78/pool.csv`` or the path given) by a rule fixed
before any row was read: the 2019 Wikinews rows in no split of ``tests/gold/wikinews-gold.yml``
whose number no earlier pool's ``SOURCE.md`` names in a "row N" / "rows N, M and K" list (pools
other than actors*, perf* and robust*, whose gold holds no events or none at all; a number named
for another corpus is left out too, which only makes the pool smaller), in corpus order, the
first 25, each cut to its first two paragraphs after the date line (non-blank lines 1 and 2),
whatever they contain. No text is committed; ``gold.yml`` indexes the CSV's rows in this order.

Usage: ``.venv/bin/python benchmarks/pools/events78/build.py [OUT.csv]``
"""

import csv
import importlib.util
import io
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
POOLS = ROOT / "benchmarks" / "pools"
DEFAULT_OUT = Path("/tmp/events78/pool.csv")
SIZE = 25
UNFILTERED = re.compile(r"(actors|perf|robust)")
ROW_LIST = re.compile(r"\brows?\s+((?:\d+(?:,\s*|\s+and\s+|\s*[-–]\s*))*\d+)")

_spec = importlib.util.spec_from_file_location("events77_build", POOLS / "events77" / "build.py")
assert _spec and _spec.loader
events77 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(events77)


def named_rows() -> set[int]:
    """Row numbers any earlier gold pool's SOURCE.md names (over-inclusive on purpose)."""
    named: set[int] = set()
    for source in sorted(POOLS.glob("*/SOURCE.md")):
        pool = source.parent.name
        if UNFILTERED.match(pool) or pool == "events78":
            continue
        for match in ROW_LIST.finditer(source.read_text(encoding="utf-8")):
            named.update(int(number) for number in re.findall(r"\d+", match.group(1)))
    return named


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT
    text = events77.CORPUS.read_text(encoding="utf-8")
    corpus = list(csv.DictReader(io.StringIO(text, newline="")))
    named = named_rows()
    chosen = [row for row in events77.free_rows(len(corpus)) if row not in named][:SIZE]
    events77.write_pool(out, corpus, chosen, "events78")


if __name__ == "__main__":
    main()
