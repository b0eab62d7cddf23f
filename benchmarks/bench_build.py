"""Benchmark: build a briefing from the shared Wikinews corpus, cold and warm.

Usage: .venv/bin/python benchmarks/bench_build.py [--copies N] [--corpus CSV] [--keep]

Imports the corpus into a temporary content folder (N copies with distinct dates, for
scale), then times: a cold build (empty annotation cache), a warm rebuild (everything
cached), and prints page counts and per-stage timings. Numbers go in benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.build import Paths, build  # noqa: E402
from generator.importer import read_sources, write_articles  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "wikinews_2019.csv"


def make_content(corpus: Path, copies: int, folder: Path) -> int:
    rows = list(csv.DictReader(corpus.open(encoding="utf-8", newline="")))
    scaled = folder / "scaled.csv"
    with scaled.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["url", "date", "title", "text"])
        writer.writeheader()
        for copy in range(copies):
            for row in rows:
                suffix = f" (copy {copy + 1})" if copy else ""
                writer.writerow({**row, "title": row["title"] + suffix})
    content = folder / "content"
    written = write_articles(read_sources([scaled]), content).written
    (content / "briefing.yml").write_text("title: Wikinews 2019 benchmark\n", encoding="utf-8")
    return len(written)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, default=1)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="briefing-bench-") as tmp:
        tmp = Path(tmp)
        n = make_content(args.corpus, args.copies, tmp)
        paths = Paths(tmp / "content", tmp / "site", tmp / "docs", tmp / "cache")
        for label in ("cold", "warm"):
            start = time.perf_counter()
            report = build(paths)
            wall = time.perf_counter() - start
            print(f"{label}: {n} articles -> {report.summary()}; wall {wall:.1f}s")


if __name__ == "__main__":
    main()
