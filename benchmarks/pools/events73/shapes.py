"""Count the undated and differently dated events of ``quality_extract.py --errors`` outputs by
the shape of the gold's date words (events73, issue 7).

Usage: ``python3 benchmarks/pools/events73/shapes.py OUTPUT.txt...``
"""

import re
import sys
from collections import Counter

SHAPES = [
    ("same day / that day / that night", r"same day|that day|that night|that morning"),
    ("next / following / previous day", r"next|following|previous|day before|day after"),
    ("later / earlier (relative)", r"later|earlier(?! this)|shortly|before the|after the"),
    ("weekday or day on a noun ('s)", r"\w+['’]s\b"),
    (
        "last week / this week / earlier this month / this year",
        r"last week|this week|this month|this year|this past",
    ),
    ("yesterday / today / tonight", r"yesterday|today|tonight"),
    (
        "weekday (on Monday, Monday night)",
        r"monday|tuesday|wednesday|thursday|friday|saturday|sunday",
    ),
    (
        "month or day of month",
        r"january|february|march|april|may|june|july|august|september|october|november|december",
    ),
    ("year or decade", r"\b1\d\d\d|\b20\d\d"),
    ("last month / last year / ago", r"last|ago"),
]
LINE = re.compile(r": (undated|different date) (\S+) \((.*?)\) ~ (.*) \((\S+), (.*)\)$")


def shape(words: str) -> str:
    for name, pattern in SHAPES:
        if re.search(pattern, words, re.IGNORECASE):
            return name
    return "other / none"


def main() -> None:
    counts: Counter[tuple[str, str]] = Counter()
    for path in sys.argv[1:]:
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                found = LINE.search(line.rstrip())
                if found:
                    kind, words = found.group(1), found.group(6).strip("'\"")
                    counts[kind, shape(words)] += 1
    for (kind, name), n in sorted(counts.items(), key=lambda kv: (kv[0][0], -kv[1])):
        print(f"{kind:15} {n:3}  {name}")


if __name__ == "__main__":
    main()
