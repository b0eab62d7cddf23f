"""Dump the events proposed per article of a gold-like file (after /tmp/events50/dump.py), so
that two builds of the same articles can be diffed. Run from a worktree's root:
``python dump.py GOLD.yml [SPLIT]``."""

import sys
from pathlib import Path

import yaml

sys.path.insert(0, "benchmarks")
from quality_extract import run_pipeline

gold_path = Path(sys.argv[1])
split = sys.argv[2] if len(sys.argv) > 2 else None
gold = yaml.safe_load(gold_path.read_text())
chosen = [a for a in gold["articles"] if split is None or a.get("split") == split]
resolved, ids = run_pipeline(chosen, gold_path)
ents = {e.key: e for e in resolved.entities}
by: dict = {}
for m in resolved.mentions:
    if m.how == "extract" and m.entity.startswith("events/"):
        by.setdefault(m.article, {}).setdefault(m.entity, m)
for a, aid in zip(chosen, ids, strict=True):
    print("=====", a.get("url", a["row"]), a["title"][:60])
    for key, m in sorted(by.get(aid, {}).items()):
        e = ents[key]
        s = resolved.sentences[aid][m.sentence].text
        print(f"  [{e.type}] {e.name} | {e.parties} :: {s[:220]}")
