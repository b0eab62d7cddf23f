# ruff: noqa
"""Dump every proposed event (key, date, parties, trigger words) of a gold file's articles.
Usage: cd POOLDIR && PY WT/benchmarks/... no: PY /tmp/events69/dump.py WT GOLD [TITLE-PREFIX]"""

import sys
from pathlib import Path
import yaml

sys.path.insert(0, sys.argv[1])
sys.path.insert(0, sys.argv[1] + "/benchmarks")
import quality_extract as q

q.CORPUS = Path("/work/shared/corpora/wikinews_2019.csv")
q.SEEDS = Path("/work/shared/seeds")
gold = Path(sys.argv[2]).resolve()
g = yaml.safe_load(gold.read_text())
chosen = [a for a in g["articles"] if len(sys.argv) < 4 or a["title"].startswith(sys.argv[3])]
res, ids = q.run_pipeline(chosen, gold)
ents = {e.key: e for e in res.entities}
for a, aid in zip(chosen, ids):
    print("##", a["title"][:60])
    seen = {}
    for m in res.mentions:
        if m.article == aid and m.how == "extract" and m.entity.startswith("events/"):
            seen.setdefault(m.entity, []).append(m.text)
    for k, texts in seen.items():
        e = ents[k]
        print("  ", k, e.date, e.parties, texts[:3])
