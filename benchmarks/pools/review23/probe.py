"""Invented probe articles (one per line of a text file, ``|`` between paragraphs) for
review23: prints each actor page's name per article and every rejection decision.

.venv/bin/python benchmarks/pools/review23/probe.py FILE
"""

from __future__ import annotations

import csv
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "benchmarks"))
import quality_extract as q  # noqa: E402


def main(path: Path) -> None:
    lines = [x for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    with tempfile.TemporaryDirectory(prefix="review23-probe-") as tmp:
        folder = Path(tmp)
        csv_path = folder / "probe.csv"
        with csv_path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=["url", "date", "title", "text"])
            writer.writeheader()
            for n, text in enumerate(lines):
                writer.writerow(
                    {
                        "url": f"https://example.org/r23/{n}",
                        "date": "2026-01-10",
                        "title": f"Probe {n}",
                        "text": text.replace("|", "\n\n"),
                    }
                )
        raw = q.read_sources([csv_path])
        content = folder / "content"
        q.write_articles(raw, content)
        (content / "briefing.yml").write_text("title: Probe\n", encoding="utf-8")
        loaded = q.load_content(content)
        annotations = q.annotate(loaded.articles, loaded.entities, cache_dir=folder / "cache")
        resolved = q.resolve(loaded, annotations)
    entities = {e.key: e for e in resolved.entities}
    pages: dict[str, set[str]] = defaultdict(set)
    for m in resolved.mentions:
        if m.entity.startswith("actors/") and m.entity in entities:
            pages[m.article].add(entities[m.entity].name)
    for article in sorted(pages, key=lambda a: (len(a), a)):
        print(article[-12:], sorted(pages[article]))
    for d in resolved.decisions:
        if d.action != "merged":
            print("D", d.action, repr(d.name), d.reason[:80])


if __name__ == "__main__":
    main(Path(sys.argv[1]))
