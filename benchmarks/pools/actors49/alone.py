"""Each row of one half built alone: its actor pages' names and each name's forms, as JSON lines."""

import csv
import json
import sys
from pathlib import Path

ROOT = Path(sys.argv[3] if len(sys.argv) > 3 else "/work/wt/actors49")
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))
import quality_extract as qe  # noqa: E402

part, out = sys.argv[1], sys.argv[2]
csvp = Path(f"/tmp/actors49/actors49-{part}.csv")
rows = list(csv.DictReader(csvp.open(encoding="utf-8", newline="")))
with open(out, "w", encoding="utf-8") as f:
    for i, r in enumerate(rows):
        chosen = [{"corpus": csvp.name, "row": i, "title": r["title"], "date": r["date"]}]
        resolved, ids = qe.run_pipeline(chosen, csvp.parent / "dummy.yml")
        forms = {}
        for m in resolved.mentions:
            forms.setdefault(m.entity, set()).add(m.text)
        pages = {
            e.name: sorted(forms[e.key])
            for e in resolved.entities
            if e.kind == "actors" and e.key in forms
        }
        f.write(json.dumps({"row": i, "pages": pages}, ensure_ascii=False) + "\n")
        f.flush()
