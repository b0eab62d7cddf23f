"""Run one actors59 half through quality_extract.run_pipeline; dump actor entities as JSON."""

import csv
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(sys.argv[3] if len(sys.argv) > 3 else "/work/wt/actors59")
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))
import quality_extract as qe  # noqa: E402

part, out = sys.argv[1], sys.argv[2]
csvp = Path(f"/tmp/actors59/actors59-{part}.csv")
rows = list(csv.DictReader(csvp.open(encoding="utf-8", newline="")))
chosen = [
    {"corpus": csvp.name, "row": i, "title": r["title"], "date": r["date"]}
    for i, r in enumerate(rows)
]
resolved, ids = qe.run_pipeline(chosen, csvp.parent / "dummy.yml")
row_of = {aid: i for i, aid in enumerate(ids)}
ents = {e.key: e for e in resolved.entities if e.kind == "actors"}
ment = defaultdict(list)
for m in resolved.mentions:
    if m.entity in ents:
        ment[m.entity].append((row_of.get(m.article, -1), m.sentence, m.text, m.how))
sent = {row_of[a]: [s.text for s in ss] for a, ss in resolved.sentences.items() if a in row_of}
data = {
    "entities": [
        {
            "key": k,
            "name": e.name,
            "type": e.type,
            "aliases": list(e.aliases),
            "mentions": sorted(ment[k]),
        }
        for k, e in ents.items()
    ],
    "decisions": [
        {
            "name": d.name,
            "action": d.action,
            "reason": d.reason,
            "key": d.key,
            "where": [(row_of.get(a, -1), s) for a, s in d.where],
        }
        for d in resolved.decisions
    ],
    "sentences": sent,
}
Path(out).write_text(json.dumps(data, ensure_ascii=False, indent=0))
print(len(ents), "actors")
