"""Write one CSV of every text the pools commit (pool CSVs, probes included) and the rows of
the 2019 corpus that no gold file holds, each url once, for diffing two versions' proposals.

Usage: .venv/bin/python benchmarks/pools/agreements45/unjudged.py OUT.csv
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from scan import held_urls

ROOT = Path(__file__).resolve().parents[3]


def main(out: Path) -> None:
    held = held_urls()
    seen: set[str] = set()
    titles: set[tuple[str, str]] = set()
    rows = []
    paths = [*sorted((ROOT / "benchmarks/pools").glob("*/*.csv"))]
    paths.append(Path("/work/shared/corpora/wikinews_2019.csv"))
    for path in paths:
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                key = (row.get("date", ""), row.get("title", ""))
                url = row.get("url", "")
                if url in held or url in seen or key in titles or not row.get("text"):
                    continue
                seen.add(url)
                titles.add(key)
                rows.append({k: row[k] for k in ("url", "date", "title", "text")})
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["url", "date", "title", "text"])
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} rows", file=sys.stderr)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
