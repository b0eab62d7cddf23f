"""Every agreement the pipeline proposes for the rows of a ``url,date,title,text`` CSV.

Usage: .venv/bin/python benchmarks/pools/agreements46/dump.py FILE.csv > proposals.txt

One line per proposal (the article's title, the agreement's name and its parties' names),
sorted, so that the output of two versions of the code can be diffed and each change judged
by hand (agreements36 and agreements44 ran ``main`` as a copy of its ``generator`` put first
on PYTHONPATH).
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

import quality_extract  # noqa: E402


def main(path: Path) -> None:
    rows = list(csv.DictReader(path.open(encoding="utf-8", newline="")))
    chosen = [
        {"corpus": path.name, "row": i, "split": "dev", "title": r["title"], "date": r["date"]}
        for i, r in enumerate(rows)
    ]
    resolved, ids = quality_extract.run_pipeline(chosen, path.parent / "gold.yml")
    entities = {e.key: e for e in resolved.entities}
    titles = dict(zip(ids, (r["title"] for r in rows), strict=True))
    lines = set()
    for m in resolved.mentions:
        if m.how == "extract" and m.entity.startswith("agreements/") and m.article in titles:
            e = entities[m.entity]
            parties = sorted(entities[f"actors/{p}"].name for p in e.parties)
            lines.add(f"{titles[m.article][:50]}\t{e.name}\t{parties}")
    print("\n".join(sorted(lines)))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
