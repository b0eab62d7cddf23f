# ruff: noqa
"""Build chosen pooled articles (ids) as one briefing with ROOT's code; print the pages whose
name or mentions hold WORD, their mentions' ``how``, and the decisions naming WORD."""

import csv, json, sys
from collections import Counter
from pathlib import Path

ROOT = Path(sys.argv[1])
ids = sys.argv[2].split(",")
words = sys.argv[3].split(",")
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))
import quality_extract as qe

rows = {r[2]: r for r in json.load(open("/tmp/actors53/pool.json"))}
csvp = Path(f"/tmp/fix82/probe-{ROOT.name}.csv")
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
cnt = Counter()
for m in resolved.mentions:
    cnt[(m.entity, row_of.get(m.article), m.text, m.how)] += 1
for e in resolved.entities:
    if e.kind == "actors":
        ms = sorted((a, t, h, n) for (k, a, t, h), n in cnt.items() if k == e.key)
        if any(w in e.name or any(w in m[1] for m in ms) for w in words):
            print("PAGE", e.name, e.type, e.aliases, ms)
for d in resolved.decisions:
    if any(w in d.name for w in words):
        print("DEC", d.name, d.action, d.reason)
