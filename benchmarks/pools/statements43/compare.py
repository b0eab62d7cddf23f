"""Every statement the tree at ROOT proposes on the rows of ../shared/corpora/wikinews_2019.csv
outside the test split of tests/gold/wikinews-gold.yml (the dev split and rows in no split),
one line each, to diff two trees: ``python compare.py ROOT > out.txt`` (with ``COMPARE_DATES=1``
each line ends with the statement's date and its words: statements46)."""

from __future__ import annotations

import csv
import os
import sys
import tempfile
from pathlib import Path

import yaml

TREE = Path(sys.argv[1]).resolve()
sys.path.insert(0, str(TREE))

from generator.annotate import annotate  # noqa: E402
from generator.extract import extract  # noqa: E402
from generator.importer import read_sources, write_articles  # noqa: E402
from generator.load import load_content  # noqa: E402
from generator.resolve import resolve  # noqa: E402

HERE = Path(__file__).resolve().parents[3]
CORPUS = HERE.parent / "shared" / "corpora" / "wikinews_2019.csv"

if __name__ == "__main__":
    gold = yaml.safe_load((HERE / "tests/gold/wikinews-gold.yml").read_text(encoding="utf-8"))
    test = {a["row"] for a in gold["articles"] if a.get("split") == "test" and "row" in a}
    with CORPUS.open(encoding="utf-8", newline="") as handle:
        rows = [r for i, r in enumerate(csv.DictReader(handle)) if i not in test]
    with tempfile.TemporaryDirectory() as tmp:
        subset = Path(tmp) / "rows.csv"
        with subset.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=["url", "date", "title", "text"])
            writer.writeheader()
            writer.writerows({k: r[k] for k in ("url", "date", "title", "text")} for r in rows)
        write_articles(read_sources([subset]), Path(tmp) / "c")
        (Path(tmp) / "c" / "briefing.yml").write_text("title: Q\n", encoding="utf-8")
        loaded = load_content(Path(tmp) / "c")
        notes = annotate(loaded.articles, loaded.entities, cache_dir=TREE / "build" / "cache")
        resolved = extract(resolve(loaded, notes), notes, loaded.articles)
    print(len(rows), "rows", file=sys.stderr)
    for s in sorted(resolved.statements, key=lambda s: (s.article, s.paragraph, s.quote)):
        dated = f"\t{s.date}\t{s.date_text}" if os.environ.get("COMPARE_DATES") else ""
        print(f"{s.article}\t{s.speaker}\t{s.quote[:50]!r}{dated}")
