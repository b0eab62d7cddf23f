"""Write the pool's articles (``/tmp/agreements58/articles.csv``) from the search excerpts saved
under ``/tmp/agreements58/raw/NN.txt`` (url, date, title, a blank line, the text): the texts stay
out of git (copyright stays with each publisher); SOURCE.md says how each was chosen.

Usage: python benchmarks/pools/agreements58/build.py [FOLDER]

FOLDER (default ``/tmp/agreements58``) lets a later pool (agreements59's) build its own
excerpts the same way.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

POOL = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/agreements58")
FIELDS = ("url", "date", "title", "text")


def main() -> None:
    rows = []
    for path in sorted((POOL / "raw").glob("*.txt")):
        url, date, title, _, *text = path.read_text(encoding="utf-8").split("\n")
        title = title.removesuffix(" (approx.)")  # the mark is SOURCE.md's, not the title's
        rows.append({"url": url, "date": date, "title": title, "text": "\n".join(text).strip()})
    out = POOL / "articles.csv"
    with out.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([FIELDS, *([row[f] for f in FIELDS] for row in rows)])
    print(f"{len(rows)} rows -> {out}")


if __name__ == "__main__":
    main()
