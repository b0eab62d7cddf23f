"""Write probe.txt's lines as a CSV, one article a line (issue 8, actors85).

Usage: ``python benchmarks/pools/actors85/probe_csv.py OUT.csv``.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    lines = [x for x in (HERE / "probe.txt").read_text(encoding="utf-8").splitlines() if x]
    with Path(sys.argv[1]).open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["url", "date", "title", "text"])
        for i, line in enumerate(lines, 1):
            w.writerow([f"https://example.org/probe/p{i:02d}", "2021-05-01", f"Probe {i}", line])


if __name__ == "__main__":
    main()
