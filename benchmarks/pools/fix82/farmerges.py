# ruff: noqa
"""Every cross-article surname gift ("the one person of that surname in the briefing, named in
full in another article") on one half of the pooled pools, with ROOT's code: name, the person
given to, the sentences; to judge each by hand."""

import csv, json, sys
from pathlib import Path

ROOT = Path(sys.argv[1])
half = sys.argv[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))
import quality_extract as qe

rows = [r for r in json.load(open("/tmp/actors53/pool.json")) if r[1] == half]
csvp = Path(f"/tmp/fix82/{half}-{ROOT.name}.csv")
with csvp.open("w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["url", "date", "title", "text"])
    for r in rows:
        w.writerow([f"https://example.org/{r[2]}", "2005-02-01", r[3], r[4]])
chosen = [
    {"corpus": csvp.name, "row": k, "title": r[3], "date": "2005-02-01"} for k, r in enumerate(rows)
]
resolved, aids = qe.run_pipeline(chosen, csvp.parent / "dummy.yml")
row_of = {a: rows[k][2] for k, a in enumerate(aids)}
names = {e.key: e.name for e in resolved.entities}
for d in resolved.decisions:
    if d.action == "merged" and d.reason.startswith("the one person of that surname"):
        print(
            d.name, "->", names.get(d.key, d.key), [row_of.get(a, a) for a, _ in d.where], sep="\t"
        )
