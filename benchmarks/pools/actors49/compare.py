# ruff: noqa: E501, SIM115
"""Per article: actor pages when built alone vs the pages its mentions sit on in the half's briefing."""

import json
import sys
from pathlib import Path

part = sys.argv[1]
d = json.loads(Path(f"{part}-before.json").read_text(encoding="utf-8"))
br = {}
for e in d["entities"]:
    for m in e["mentions"]:
        br.setdefault(m[0], {}).setdefault(e["name"], set()).add(m[2])
for line in open(f"{part}-alone.jsonl", encoding="utf-8"):
    a = json.loads(line)
    row = a["row"]
    alone = a["pages"]
    here = br.get(row, {})
    lost = {
        n: f
        for n, f in alone.items()
        if n not in here and not any(set(f) & fs for fs in here.values())
    }
    gained = {
        n: sorted(f)
        for n, f in here.items()
        if n not in alone and not any(set(f) & set(g) for g in alone.values())
    }
    moved = {
        n: [h for h, fs in here.items() if set(f) & fs]
        for n, f in alone.items()
        if n not in here and n not in lost
    }
    moved = {n: h for n, h in moved.items() if h != [n]}
    if lost or gained or moved:
        print(part, row, "LOST", lost, "GAINED", gained, "RENAMED/JOINED", moved)
