# ruff: noqa
"""Build one half of the pooled pools (actors53's pool.json) as one briefing with ROOT's code; dump actor pages."""

import csv, json, sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(sys.argv[1])
half = sys.argv[2]
out = Path(sys.argv[3])
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))
import quality_extract as qe

rows = [r for r in json.load(open("/tmp/actors53/pool.json")) if r[1] == half]
ids = [r[2] for r in rows]
csvp = Path(f"/tmp/actors57/{half}-{ROOT.name}.csv")
with csvp.open("w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["url", "date", "title", "text"])
    for r in rows:
        w.writerow([f"https://example.org/{r[2]}", "2005-02-01", r[3], r[4]])
chosen = [
    {"corpus": csvp.name, "row": k, "title": r[3], "date": "2005-02-01"} for k, r in enumerate(rows)
]
resolved, aids = qe.run_pipeline(chosen, csvp.parent / "dummy.yml")
row_of = {a: ids[k] for k, a in enumerate(aids)}
texts = defaultdict(Counter)
for m in resolved.mentions:
    texts[m.entity][(row_of.get(m.article), m.text)] += 1
pages = []
for e in resolved.entities:
    if e.kind == "actors":
        pages.append(
            {
                "key": e.key,
                "name": e.name,
                "type": e.type,
                "aliases": list(e.aliases),
                "mentions": sorted([a, t, n] for (a, t), n in texts[e.key].items()),
            }
        )
json.dump(pages, open(out, "w"), indent=0)
print(len(pages))
