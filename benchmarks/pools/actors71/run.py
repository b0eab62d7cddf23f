# ruff: noqa
"""Build a CSV of articles (url,date,title,text) as one briefing with ROOT's code; print each
actor page with its mentions per article. Usage: run.py ROOT CSV"""

import json, sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(sys.argv[1]).resolve()
csvp = Path(sys.argv[2]).resolve()
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))
import csv
import quality_extract as qe

rows = list(csv.DictReader(csvp.open(encoding="utf-8")))
chosen = [
    {"corpus": str(csvp), "row": k, "title": r["title"], "date": r["date"]}
    for k, r in enumerate(rows)
]
resolved, aids = qe.run_pipeline(chosen, csvp.parent / "dummy.yml")
row_of = {a: k for k, a in enumerate(aids)}
texts = defaultdict(Counter)
for m in resolved.mentions:
    texts[m.entity][(row_of.get(m.article, -1), m.text)] += 1
out = []
for e in resolved.entities:
    if e.kind == "actors":
        ms = sorted(texts[e.key].items())
        out.append((min((a for (a, _t), _n in ms), default=-1), e.name, e.type, ms))
for first, name, typ, ms in sorted(out, key=lambda x: (x[0] if x[0] is not None else -1, x[1])):
    print(f"{name} [{typ}]: " + "; ".join(f"{a}:{t}x{n}" for (a, t), n in ms))
