"""Where the date words of each undated or differently dated gold event stand, against the
proposal's sentences (``probe.py`` JSON lines): in its own sentence, in the sentence before,
in its paragraph's lead, or none of these (events73, issue 7).

Usage: ``python3 benchmarks/pools/events73/where.py ERRORS.txt PROBE.jsonl [-v]``
"""

import json
import re
import sys
from collections import Counter

LINE = re.compile(r"^  (.{1,50}): (undated|different date) (\S+) \((.*?)\) ~ (.*) \((\S+), (.*)\)$")


def main() -> None:
    errors, probe = sys.argv[1], sys.argv[2]
    verbose = "-v" in sys.argv
    told: dict[tuple[str, str], list[dict]] = {}
    with open(probe, encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("{"):
                row = json.loads(line)
                told.setdefault((row["title"][:50], row["key"]), []).append(row)
    counts: Counter[str] = Counter()
    with open(errors, encoding="utf-8") as handle:
        for line in handle:
            found = LINE.match(line.rstrip())
            if not found:
                continue
            title, kind, key = found.group(1), found.group(2), found.group(3)
            words = found.group(7).strip("'\"")
            rows = told.get((title, key), [])
            low = words.casefold()
            if words in ("None", ""):
                place = "gold has no words"
            elif any(low in r["sentence"].casefold() for r in rows):
                place = "own sentence"
            elif any(low in r["before"].casefold() for r in rows):
                place = "sentence before"
            elif any(low in r["lead"].casefold() for r in rows):
                place = "paragraph lead"
            else:
                place = "elsewhere"
            counts[f"{kind}: {place}"] += 1
            if verbose:
                first = rows[0]["sentence"][:140] if rows else "?"
                print(f"{kind} | {place} | {words} | {key} | {first}")
    for name, n in counts.most_common():
        print(f"{n:4}  {name}")


if __name__ == "__main__":
    main()
