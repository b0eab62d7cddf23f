"""Cost of events82's date rules over the 1,000 benchmark articles' text (every sentence, an
upper bound: extract reads ``continues_day`` only for an undated act that an actor's dated
act may carry). Sentences split as events73's ``timing.py`` splits them.

Usage: ``.venv/bin/python benchmarks/pools/events82/timing.py``
"""

import re
import sys
from datetime import date
from pathlib import Path
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from events73.timing import SENTENCE
from timing_kit import bench_articles, timed

import generator.dates as dates


def main() -> None:
    texts = [s for a in bench_articles() for p in a.paragraphs for s in SENTENCE.split(p)]
    friday = date(2019, 9, 27)
    print(f"{len(texts)} sentences of 1,000 articles")
    timed(
        "find_dates, every sentence", lambda: sum(len(dates.find_dates(s, friday)) for s in texts)
    )
    older = re.compile(dates._MAYBE_DATE.pattern.replace("|nce|the) [12]", "|nce) [12]"))
    patterns = [p for p in dates.PATTERNS if "occasion" not in p.groupindex]
    with (
        mock.patch.object(dates, "PATTERNS", patterns),
        mock.patch.object(dates, "_MAYBE_DATE", older),
    ):
        timed(
            "  without the occasion-year pattern and its wider pre-filter",
            lambda: sum(len(dates.find_dates(s, friday)) for s in texts),
        )
    timed("continues_day, every sentence", lambda: sum(dates.continues_day(s) for s in texts))


if __name__ == "__main__":
    main()
