"""Dump every actor page of one pool CSV (one briefing) built by the tree at ROOT: ``row<TAB>name
<TAB>type<TAB>mention texts``, to diff two trees' pages and judge each new one by hand.

Usage: ``python pages.py ROOT CSV OUT``."""

import csv
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(sys.argv[1])
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))
import quality_extract as qe  # noqa: E402

csvp, out = Path(sys.argv[2]), Path(sys.argv[3])
rows = list(csv.DictReader(csvp.open(encoding="utf-8", newline="")))
chosen = [
    {"corpus": str(csvp), "row": i, "title": r["title"], "date": r["date"]}
    for i, r in enumerate(rows)
]
resolved, ids = qe.run_pipeline(chosen, csvp.parent / "dummy.yml")
row_of = {aid: i for i, aid in enumerate(ids)}
ents = {e.key: e for e in resolved.entities if e.kind == "actors"}
texts = defaultdict(set)
for m in resolved.mentions:
    if m.entity in ents:
        texts[(row_of.get(m.article, -1), m.entity)].add(m.text)
lines = sorted(f"{r}\t{ents[k].name}\t{ents[k].type}\t{sorted(t)}" for (r, k), t in texts.items())
out.write_text("\n".join(lines) + "\n", encoding="utf-8")
print(csvp.name, len(lines))
