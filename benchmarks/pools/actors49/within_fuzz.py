import itertools
import json
import sys
from collections import defaultdict
from pathlib import Path

from rapidfuzz import fuzz

d = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
per = defaultdict(lambda: defaultdict(set))
for e in d["entities"]:
    for m in e["mentions"]:
        per[m[0]][e["name"]].add(m[2])
for row, pages in sorted(per.items()):
    for a, b in itertools.combinations(sorted(pages), 2):
        best = (
            max(
                fuzz.partial_ratio(x.lower(), y.lower())
                for x in pages[a] | {a}
                for y in pages[b] | {b}
                if min(len(x), len(y)) >= 4
            )
            if any(len(x) >= 4 for x in pages[a] | {a}) and any(len(y) >= 4 for y in pages[b] | {b})
            else 0
        )
        if best >= 85:
            print(f"{row}\t{a}\t{b}\t{best:.0f}")
