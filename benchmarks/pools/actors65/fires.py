"""Where the list would fire, with no NER: every listed form in the pools' texts, by article.

Usage: ``.venv/bin/python benchmarks/pools/actors65/fires.py CSV...``. Prints, per form, how
many articles write it, and for acronyms how many of those also spell out the long form (the
only ones where ``with_known_organisations`` reads it). An upper bound: a form the NER already
covers adds nothing.
"""

from __future__ import annotations

import csv
import sys
from collections import Counter

from generator.organisations import _owners, is_listed_acronym, known_matches, spelt_out


def main() -> None:
    csv.field_size_limit(sys.maxsize)
    seen: Counter[str] = Counter()
    read: Counter[str] = Counter()
    articles = 0
    for path in sys.argv[1:]:
        with open(path, encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                articles += 1
                text = row["text"]
                spelt = spelt_out(text)
                for form in {m.group() for m in known_matches(text)}:
                    seen[form] += 1
                    if not is_listed_acronym(form) or _owners()[form].name in spelt:
                        read[form] += 1
    print(f"{articles} articles")
    for form, n in seen.most_common():
        kind = "acronym" if is_listed_acronym(form) else "name"
        print(f"{n:4d} {read[form]:4d}  {kind:7s}  {form}  ({_owners()[form].name})")


if __name__ == "__main__":
    main()
