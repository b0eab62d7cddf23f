"""Run the pool texts (TSV: id, half, date, source, text with ``|`` between paragraphs) as one
briefing with no curated data and print every agreement proposed per text, with its parties.

Usage: .venv/bin/python benchmarks/pools/agreements47/run.py TEXTS.tsv [--actors]
"""

from __future__ import annotations

import csv
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from quality_extract import run_pipeline  # noqa: E402


def main(path: Path) -> None:
    rows = [x.split("\t") for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    with tempfile.TemporaryDirectory(prefix="a47-pool-") as tmp:
        folder = Path(tmp)
        with (folder / "pool.csv").open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=["url", "date", "title", "text"])
            writer.writeheader()
            for tid, _half, date, source, text in rows:
                writer.writerow(
                    {
                        "url": f"https://example.org/a47/{tid}",
                        "date": date,
                        "title": source,
                        "text": text.replace("|", "\n\n"),
                    }
                )
        chosen = [{"corpus": "pool.csv", "row": i} for i in range(len(rows))]
        resolved, ids = run_pipeline(chosen, folder / "pool.yml")
    entities = {e.key: e for e in resolved.entities}
    found: dict[str, set[str]] = defaultdict(set)
    actors: dict[str, set[str]] = defaultdict(set)
    for m in resolved.mentions:
        if m.how == "extract" and m.entity.startswith("agreements/"):
            found[m.article].add(m.entity)
        if m.entity.startswith("actors/") and m.entity in entities:
            actors[m.article].add(entities[m.entity].name)
    for (tid, half, *_), aid in zip(rows, ids, strict=True):
        print(f"{tid} {half}")
        if "--actors" in sys.argv:
            print(f"  actors: {sorted(actors[aid])}")
        for key in sorted(found[aid]):
            e = entities[key]
            parties = sorted(entities[f"actors/{p}"].name for p in e.parties)
            print(f"  PROP {e.name} | {parties} | {e.date} | status={getattr(e, 'status', None)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
