"""Write the pool's articles (``/tmp/agreements58/articles.csv``) from the search excerpts saved
under ``/tmp/agreements58/raw/NN.txt`` (url, date, title, a blank line, the text): the texts stay
out of git (copyright stays with each publisher); SOURCE.md says how each was chosen.

Usage: python benchmarks/pools/agreements58/build.py
"""

from __future__ import annotations

import csv
from pathlib import Path

POOL = Path("/tmp/agreements58")


def main() -> None:
    rows = []
    for path in sorted((POOL / "raw").glob("*.txt")):
        url, date, title, _, *text = path.read_text(encoding="utf-8").split("\n")
        title = title.removesuffix(" (approx.)")  # the mark is SOURCE.md's, not the title's
        rows.append({"url": url, "date": date, "title": title, "text": "\n".join(text).strip()})
    with (POOL / "articles.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["url", "date", "title", "text"])
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} rows -> {POOL / 'articles.csv'}")


if __name__ == "__main__":
    main()
