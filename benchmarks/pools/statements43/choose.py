"""statements43 pool: the chosen rows of earlier pools' CSVs, checked against every statements
gold and test CSV by url and title, then printed for annotation (``--text``)."""

from __future__ import annotations

import csv
import glob
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
POOLS = ROOT / "benchmarks" / "pools"
csv.field_size_limit(10**9)

# (CSV beside this folder, row): rows of those pools with the most quotation marks (12 or
# more). Read and left out as off topic before any annotation: actors42 rows 9, 17, 27 and
# 28 (a journalist's retirement, a march, a hacker protest, a campaign launch) and actors62
# row 21 (a procurement email story).
CHOSEN = [
    ("../actors42/actors42.csv", 3),
    ("../actors42/actors42.csv", 4),
    ("../actors42/actors42.csv", 7),
    ("../actors42/actors42.csv", 8),
    ("../actors42/actors42.csv", 11),
    ("../actors42/actors42.csv", 13),
    ("../actors42/actors42.csv", 20),
    ("../actors42/actors42.csv", 21),
    ("../actors42/actors42.csv", 23),
    ("../actors42/actors42.csv", 26),
    ("../agreements32/agreements32-articles.csv", 2),
    ("../agreements32/agreements32-articles.csv", 3),
    ("../agreements32/agreements32-articles.csv", 4),
    ("../agreements32/agreements32-articles.csv", 5),
    ("../events46/events46.csv", 2),
]


def norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def rows() -> list[dict]:
    out = []
    for name, index in CHOSEN:
        with (Path(__file__).parent / name).open(encoding="utf-8", newline="") as handle:
            out.append(list(csv.DictReader(handle))[index])
    return out


def used_elsewhere(row: dict) -> list[str]:
    """Files naming the row's title or url page: test CSVs (blind blocks' own build checks
    them against the pools) and every file holding statement gold."""
    keys = {norm(row["title"]), norm(row["url"].rsplit("/", 1)[-1].replace("_", " "))}
    hits = []
    files = [f for f in glob.glob(str(ROOT / "tests" / "gold" / "*")) if "blind" not in f]
    files += [f for f in glob.glob(str(POOLS / "*" / "*")) if "statements43" not in f]
    for name in files:
        if Path(name).is_dir():
            continue
        text = Path(name).read_text(encoding="utf-8", errors="replace")
        if (name.endswith((".csv", ".yml")) and "tests/gold" in name) or "quote_start" in text:
            flat = norm(text)
            if any(key and key in flat for key in keys):
                hits.append(name)
    return hits


if __name__ == "__main__":
    for number, row in enumerate(rows()):
        print(f"## {number} {row['date']} {row['title']} {used_elsewhere(row)}")
        if "--text" in sys.argv:
            print(row["text"], "\n")
