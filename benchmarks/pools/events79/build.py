"""Write the events79 pool CSV (``/tmp/events79/pool.csv`` or the path given) by a rule fixed
before any row was read (``RULE``): the 2019 Wikinews rows in no split of
``tests/gold/wikinews-gold.yml`` and not in events77's pool, in corpus order, each cut to its
first three paragraphs after the date line (non-blank lines 1 to 3), kept when that excerpt has
a mark of two occurrences told apart; the first ``COUNT`` kept. No text is committed;
``gold.yml`` indexes the CSV's rows in this order.

Usage: ``.venv/bin/python benchmarks/pools/events79/build.py [OUT.csv]``
"""

import csv
import io
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "benchmarks" / "pools" / "events77"))

from build import CORPUS, FIELDS, free_rows  # noqa: E402

DEFAULT_OUT = Path("/tmp/events79/pool.csv")
COUNT = 22
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MARKS = re.compile(r"\b(?:two|separate|separately|another|second|both|twice)\b", re.IGNORECASE)
RULE = "two weekday names, or one of the words two, separate(ly), another, second, both, twice"
"""The issue's shape (one proposal standing for two occurrences) needs text that tells two
occurrences apart: by day, or by a word that counts or separates them. Fixed before reading."""


def excerpt(text: str) -> str:
    """Non-blank lines 1 to 3 (the paragraphs after the date line)."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    return "\n\n".join(lines[1:4])


def marked(text: str) -> bool:
    """``RULE``: the excerpt names two weekdays or has a counting or separating word."""
    folded = text.casefold()
    days = {day for day in WEEKDAYS if re.search(rf"\b{day}\b", folded)}
    return len(days) >= 2 or bool(MARKS.search(text))


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT
    corpus = list(csv.DictReader(io.StringIO(CORPUS.read_text(encoding="utf-8"), newline="")))
    free = free_rows(len(corpus))
    events77 = set(free[1::4])
    chosen = [row for row in free if row not in events77 and marked(excerpt(corpus[row]["text"]))][
        :COUNT
    ]
    rows = [
        {
            "url": f"{corpus[row]['url']}#events79-{number}",
            "date": corpus[row]["date"],
            "title": f"{corpus[row]['title']} (row {row})",
            "text": excerpt(corpus[row]["text"]),
        }
        for number, row in enumerate(chosen)
    ]
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as handle:
        table = csv.DictWriter(handle, fieldnames=FIELDS)
        table.writeheader()
        table.writerows(rows)
    print(out, len(chosen), "rows:", chosen)


if __name__ == "__main__":
    main()
