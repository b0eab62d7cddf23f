"""Write ``excerpts.csv`` (url,date,title,text) for the statements45 pool: paragraphs copied
verbatim from rows of the 2019 corpus in no gold split and of earlier pools' CSVs (each named
below by file, row and paragraph numbers, counting non-empty lines from 0), all English
Wikinews (CC BY 2.5)."""

from __future__ import annotations

import csv
from pathlib import Path

HERE = Path(__file__).resolve().parent
POOLS = HERE.parent
CORPUS = POOLS.parents[1].parent / "shared" / "corpora" / "wikinews_2019.csv"
csv.field_size_limit(10**9)

PICKS = [  # (file, row, paragraphs)
    (CORPUS, 25, [3]),
    (POOLS / "actors42" / "actors42.csv", 4, [1]),
    (POOLS / "actors42" / "actors42.csv", 7, [0, 1]),
    (POOLS / "actors42" / "actors42.csv", 29, [3]),
    (POOLS / "actors91" / "articles.csv", 0, [0]),
    (POOLS / "actors91" / "articles.csv", 4, [0]),
    (POOLS / "agreements32" / "agreements32-articles.csv", 8, [5]),
    (POOLS / "agreements36" / "wikinews.csv", 3, [1]),
    (POOLS / "events52" / "events52.csv", 4, [2]),
    (POOLS / "statements26" / "wikinews2020.csv", 3, [2]),
    (POOLS / "agreements32" / "agreements32-articles.csv", 4, [2, 3]),
    (CORPUS, 37, [3]),
    (CORPUS, 12, [2]),
    (POOLS / "actors42" / "actors42.csv", 8, [3, 4, 6]),
    (POOLS / "events66" / "attacks-tune.csv", 0, [2]),
    (CORPUS, 83, [7]),
    (CORPUS, 2, [4]),
]

FOUND_IDS = ("24301247120", "60364964751", "60277876191", "8577351500")
"""The tool library's file ids of four short news excerpts (others' copyright: not committed;
SOURCE.md says which sentences), scored with ``gold-found.yml`` from a ``found.csv`` rebuilt
by hand beside a copy of it."""


def main(picks: list[tuple[Path, int, list[int]]] = PICKS, target: Path = HERE) -> None:
    """Write ``target/excerpts.csv`` from ``picks`` (another pool's through its own wrapper:
    statements46)."""
    out = []
    for path, row, paragraphs in picks:
        with open(path, encoding="utf-8", newline="") as handle:
            record = list(csv.DictReader(handle))[row]
        lines = [p for p in record["text"].split("\n") if p.strip()]
        text = "\n".join(lines[i].strip() for i in paragraphs)
        out.append({"url": record["url"], "date": record["date"][:10], "title": record["title"],
                    "text": text})  # fmt: skip
    with open(target / "excerpts.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["url", "date", "title", "text"])
        writer.writeheader()
        writer.writerows(out)


if __name__ == "__main__":
    main()
