# ruff: noqa: SIM115
"""Print every actor page of a dumped half: name, type, and its mentions by article (row, text)."""

import json
import sys
from collections import defaultdict

d = json.load(open(sys.argv[1], encoding="utf-8"))
files = [ln.split("\t")[1] for ln in open(sys.argv[2], encoding="utf-8")]
for e in sorted(d["entities"], key=lambda e: e["name"]):
    by = defaultdict(list)
    for row, _s, text, _how in e["mentions"]:
        by[row].append(text)
    arts = "; ".join(
        f"{files[r]}:{'|'.join(sorted(set(t)))}x{len(t)}" for r, t in sorted(by.items())
    )
    print(f"{e['name']}\t{e['type']}\t{arts}")
