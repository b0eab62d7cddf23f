"""Print what the generator proposes for invented probe texts (one per line of a text file).

Usage: .venv/bin/python benchmarks/pools/agreements46/probe.py FILE

Each line is one article (``|`` separates paragraphs); each becomes a row of a CSV in a
temporary folder, run as one briefing with no curated data (``quality_extract.run_pipeline``).
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
    lines = [x for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    with tempfile.TemporaryDirectory(prefix="a46-probe-") as tmp:
        folder = Path(tmp)
        with (folder / "probes.csv").open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=["url", "date", "title", "text"])
            writer.writeheader()
            for i, line in enumerate(lines):
                writer.writerow(
                    {
                        "url": f"https://example.org/a46/p{i}",
                        "date": "2026-01-10",
                        "title": f"Probe {i}",
                        "text": line.replace("|", "\n\n"),
                    }
                )
        chosen = [{"corpus": "probes.csv", "row": i} for i in range(len(lines))]
        resolved, ids = run_pipeline(chosen, folder / "probes.yml")
    entities = {e.key: e for e in resolved.entities}
    found: dict[str, set[str]] = defaultdict(set)
    for m in resolved.mentions:
        if m.how == "extract" and m.entity.startswith("agreements/"):
            found[m.article].add(m.entity)
    actors: dict[str, set[str]] = defaultdict(set)
    for m in resolved.mentions:
        if m.entity.startswith("actors/") and m.entity in entities:
            actors[m.article].add(entities[m.entity].name)
    for line, aid in zip(lines, ids, strict=True):
        print(f"\n--- {line[:150]}")
        if "--actors" in sys.argv:
            print(f"  actors: {sorted(actors[aid])}")
        for key in sorted(found[aid]):
            e = entities[key]
            parties = [entities[f"actors/{p}"].name for p in e.parties]
            print(f"  PROP {e.name} {parties} {e.date} status={getattr(e, 'status', None)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
