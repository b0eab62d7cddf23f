"""Build the actors85 pool's CSVs from two Free Software Magazine newsletters (issue 8).

Usage: ``python benchmarks/pools/actors85/build_csv.py SRC OUT``: SRC holds ``oct2007.md``
(tune) and ``sep2008.md`` (check), each the newsletter's news
items copied verbatim (see SOURCE.md), one item a paragraph: ``N. **title** --blurb [Read
more...](url)`` or ``**title** --blurb``. Each item is one row; links keep their text.
Writes ``OUT/tune.csv`` and ``OUT/check.csv``.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

HALVES = {
    "tune": [("oct2007.md", "2007-10-06", "o")],
    "check": [("sep2008.md", "2008-09-16", "s")],
}
ITEM = re.compile(r"^(?:\d+\. )?\*\*\s*(.+?)\*\*\s*(?:-+|—)?\s*(.*)$", re.S)
MORE = re.compile(r"\s*\[Read more\.\.\.\]\([^)]*\)\s*$")


def main() -> None:
    src, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    for half, files in HALVES.items():
        with (out / f"{half}.csv").open("w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["url", "date", "title", "text"])
            for name, date, prefix in files:
                text = (src / name).read_text(encoding="utf-8")
                items = [p for p in text.split("\n\n") if p.strip()]
                for i, item in enumerate(items, 1):
                    m = ITEM.match(item.strip())
                    assert m, item[:60]
                    title, body = m.group(1).strip(), MORE.sub("", m.group(2)).strip()
                    url = f"https://freesoftwaremagazine.com/pool/actors85/{prefix}{i:02d}"
                    w.writerow([url, date, title, f"{title}\n{body}"])


if __name__ == "__main__":
    main()
