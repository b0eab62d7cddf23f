"""The reader's four excerpts of session 47 (issue 8) as one CSV: the rows of
``../statements46/excerpts.csv`` (Wikinews, CC BY 2.5) holding "Remarked Center", "Research
Fellow", "Pierluisi said" or "Dominic Hare". Usage: ``.venv/bin/python
benchmarks/pools/actors105/reader.py [OUT.csv]`` (default /tmp/actors105/reader.csv), then
``benchmarks/pools/review34/probe.py ROOT OUT.csv``."""

import csv
import sys
from pathlib import Path

SHAPES = ("Remarked Center", "Research Fellow", "Pierluisi said", "Dominic Hare")


def main() -> None:
    source = Path(__file__).resolve().parent.parent / "statements46" / "excerpts.csv"
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/actors105/reader.csv")
    out.parent.mkdir(parents=True, exist_ok=True)
    with source.open(encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle) if any(s in r["text"] for s in SHAPES)]
    with out.open("w", encoding="utf-8", newline="") as handle:
        table = csv.DictWriter(handle, fieldnames=["url", "date", "title", "text"])
        table.writeheader()
        table.writerows({k: r[k] for k in ("url", "date", "title", "text")} for r in rows)
    print(out, len(rows), "rows")


if __name__ == "__main__":
    main()
