"""Dump proposed events per article of a gold-like file (after /tmp/events50/dump.py)."""
import sys
from pathlib import Path
sys.path.insert(0, "benchmarks")
import yaml
from quality_extract import run_pipeline

gold_path = Path(sys.argv[1])
split = sys.argv[2] if len(sys.argv) > 2 else None
gold = yaml.safe_load(gold_path.read_text())
chosen = [a for a in gold["articles"] if split is None or a.get("split") == split]
resolved, ids = run_pipeline(chosen, gold_path)
ents = {e.key: e for e in resolved.entities}
sents = resolved.sentences
by = {}
for m in resolved.mentions:
    if m.how == "extract" and m.entity.startswith("events/"):
        by.setdefault(m.article, {}).setdefault(m.entity, m)
for a, aid in zip(chosen, ids):
    print("=====", a.get("url", a["row"]), a["title"][:60])
    for key, m in sorted(by.get(aid, {}).items()):
        e = ents[key]
        s = sents[aid][m.sentence].text
        print(f"  [{e.type}] {e.name} | {e.parties} :: {s[:220]}")
