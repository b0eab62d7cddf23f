# ruff: noqa
"""Build chosen pool articles as one briefing with ROOT's code; print actor pages naming WORDS, and decisions."""

import csv, json, sys
from pathlib import Path

ROOT = Path(sys.argv[1])
ids = sys.argv[2].split(",")
words = sys.argv[3].split(",")
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))
import quality_extract as qe

rows = {r[2]: r for r in json.load(open("/tmp/actors53/pool.json"))}
csvp = Path(f"/tmp/actors53/mini-{ROOT.name}.csv")
with csvp.open("w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["url", "date", "title", "text"])
    for i in ids:
        r = rows[i]
        w.writerow([f"https://example.org/{i}", "2005-02-01", r[3], r[4]])
chosen = [
    {"corpus": csvp.name, "row": k, "title": rows[i][3], "date": "2005-02-01"}
    for k, i in enumerate(ids)
]
resolved, aids = qe.run_pipeline(chosen, csvp.parent / "dummy.yml")
row_of = {a: ids[k] for k, a in enumerate(aids)}
from collections import Counter

cnt = Counter()
for m in resolved.mentions:
    cnt[(m.entity, row_of.get(m.article))] += 1
for e in resolved.entities:
    if e.kind == "actors":
        print(
            "PAGE",
            e.name,
            e.type,
            e.aliases,
            sorted((a, n) for (k, a), n in cnt.items() if k == e.key),
        )
for d in resolved.decisions:
    if any(w in d.name for w in words):
        print("DEC", d.name, d.action, d.reason)
