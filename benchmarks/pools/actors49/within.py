# ruff: noqa: E501
"""Extra candidates: pages co-occurring in one article sharing any content word (any types), not in cands."""

import itertools
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

d = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
seen = {
    tuple(sorted(line.split("\t")[1:4:2]))
    for line in Path(sys.argv[2]).read_text(encoding="utf-8").splitlines()
}
STOP = {
    "the",
    "of",
    "and",
    "for",
    "in",
    "on",
    "a",
    "an",
    "&",
    "de",
    "la",
    "mr",
    "mrs",
    "ms",
    "dr",
    "new",
    "national",
    "party",
    "group",
    "united",
    "states",
    "council",
    "international",
}


def words(n):
    return {w for w in re.findall(r"[\w'’.-]+", n.lower()) if w not in STOP and len(w) > 2}


per = defaultdict(lambda: defaultdict(set))
for e in d["entities"]:
    for m in e["mentions"]:
        per[m[0]][e["name"]].add(m[2])
for row, pages in sorted(per.items()):
    for a, b in itertools.combinations(sorted(pages), 2):
        if tuple(sorted((a, b))) in seen:
            continue
        wa = set().union(*(words(x) for x in pages[a] | {a}))
        wb = set().union(*(words(x) for x in pages[b] | {b}))
        common = wa & wb
        if common:
            print(
                f"{row}\t{a}\t{b}\t{sorted(common)}\t{sorted(pages[a])[:4]}\t{sorted(pages[b])[:4]}"
            )
