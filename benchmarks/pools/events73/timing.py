"""Cost of events73's date rules over the 1,000 benchmark articles' text (every sentence, an
upper bound: extract reads a sentence's bare weekdays and told days only where an event word
stands, and a told day only where no date was found).

Usage: ``.venv/bin/python benchmarks/pools/events73/timing.py``
"""

import re
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from timing_kit import bench_articles, timed

from generator.dates import NAMED_WEEKDAY, PATTERNS, bare_weekdays, find_dates, told_days

SENTENCE = re.compile(r"(?<=[.!?])\s+")


def main() -> None:
    articles = bench_articles()
    sentences = [s for a in articles for p in a.paragraphs for s in SENTENCE.split(p)]
    day = date(2019, 9, 27)
    relative = next(p for p in PATTERNS if "relative" in p.groupindex)
    print(f"{len(articles)} articles, {len(sentences)} sentences")
    timed("find_dates, every sentence", lambda: sum(len(find_dates(s, day)) for s in sentences))
    timed(
        "  its relative-words pattern alone (with 'this week')",
        lambda: sum(1 for s in sentences for _ in relative.finditer(s)),
    )
    timed(
        "bare_weekdays, every sentence",
        lambda: sum(len(bare_weekdays(s, day)) for s in sentences),
    )
    timed(
        "  NAMED_WEEKDAY alone, sentences with 'day'",
        lambda: sum(1 for s in sentences if "day" in s for _ in NAMED_WEEKDAY.finditer(s)),
    )
    timed("told_days, every sentence", lambda: sum(len(told_days(s)) for s in sentences))


if __name__ == "__main__":
    main()
