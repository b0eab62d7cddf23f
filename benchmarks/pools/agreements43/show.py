"""Every proposed agreement, with its evidence, of article files (first line the title).

Usage: A43_BENCH=ROOT/benchmarks .venv/bin/python show.py FILE.txt... (one briefing, no
curated data, dated 2005-02-01 as the BBC pools are).
"""

from __future__ import annotations

import csv
import os
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, os.environ.get("A43_BENCH", "/work/wt/agreements43/benchmarks"))

from quality_extract import run_pipeline


def main(files: list[Path]) -> None:
    """Print each file's proposals and the sentences that are their evidence."""
    with tempfile.TemporaryDirectory(prefix="a43-show-") as tmp:
        folder = Path(tmp)
        with (folder / "a.csv").open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=["url", "date", "title", "text"])
            writer.writeheader()
            for f in files:
                title, _, text = f.read_text(encoding="utf-8").partition("\n")
                url = f"https://example.org/{f.stem}"
                writer.writerow(
                    {"url": url, "date": "2005-02-01", "title": title.strip(), "text": text.strip()}
                )
        chosen = [{"corpus": "a.csv", "row": i} for i in range(len(files))]
        resolved, ids = run_pipeline(chosen, folder / "x.yml")
    entities = {e.key: e for e in resolved.entities}
    evidence: dict[tuple[str, str], list[int]] = defaultdict(list)
    for m in resolved.mentions:
        if m.how == "extract" and m.entity.startswith("agreements/"):
            evidence[(m.article, m.entity)].append(m.sentence)
    for f, aid in zip(files, ids, strict=True):
        print(f"\n=== {f.name}")
        sentences = resolved.sentences.get(aid, ())
        for (article, key), where in sorted(evidence.items()):
            if article != aid:
                continue
            e = entities[key]
            parties = [entities[f"actors/{p}"].name for p in e.parties]
            status = getattr(e, "status", None)
            print(f"  PROP {key} | {e.name} {parties} {e.date} status={status}")
            for i in sorted(set(where)):
                print(f"     | {sentences[i].text[:200]}")


if __name__ == "__main__":
    main([Path(p) for p in sys.argv[1:]])
