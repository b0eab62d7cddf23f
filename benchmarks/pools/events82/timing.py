"""Cost of events82's date rules over the 1,000 benchmark articles' text (every sentence, an
upper bound: extract asks ``continues_day`` only of the sentence of an undated act).

Usage: ``.venv/bin/python benchmarks/pools/events82/timing.py``
"""

import re
import sys
from datetime import date
from pathlib import Path
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from timing_kit import bench_articles, timed

import generator.dates as dates

SENTENCE = re.compile(r"(?<=[.!?])\s+")


def main() -> None:
    articles = bench_articles()
    sentences = [s for a in articles for p in a.paragraphs for s in SENTENCE.split(p)]
    day = date(2019, 9, 27)
    print(f"{len(articles)} articles, {len(sentences)} sentences")
    timed(
        "find_dates, every sentence", lambda: sum(len(dates.find_dates(s, day)) for s in sentences)
    )
    without = [p for p in dates.PATTERNS if "occasion" not in p.groupindex]
    main_filter = re.compile(dates._MAYBE_DATE.pattern.replace("|nce|the) [12]", "|nce) [12]"))
    with (
        mock.patch.object(dates, "PATTERNS", without),
        mock.patch.object(dates, "_MAYBE_DATE", main_filter),
    ):
        timed(
            "  the same without the occasion-year pattern and its wider pre-filter",
            lambda: sum(len(dates.find_dates(s, day)) for s in sentences),
        )
    timed("continues_day, every sentence", lambda: sum(dates.continues_day(s) for s in sentences))


if __name__ == "__main__":
    main()
