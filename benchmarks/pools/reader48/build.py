"""Write the reader48 pool (``/tmp/reader48/pool.csv`` or the path given) by a rule fixed
before any row was read: the 2019 Wikinews rows in corpus order, every fourth from the third
(rows 2, 6, 10, ..., 158: 40 rows), whole articles as the corpus holds them, whatever they
contain. No text is committed; the briefing a reader looks at is this CSV imported into a
fresh content folder with no curated data.

Usage: ``.venv/bin/python benchmarks/pools/reader48/build.py [OUT.csv]``
"""

import csv
import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
CORPUS = ROOT.parent.parent / "shared" / "corpora" / "wikinews_2019.csv"
FIELDS = ("url", "date", "title", "text")
DEFAULT_OUT = Path("/tmp/reader48/pool.csv")
COUNT = 40


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT
    corpus = list(csv.DictReader(io.StringIO(CORPUS.read_text(encoding="utf-8"), newline="")))
    chosen = list(range(2, len(corpus), 4))[:COUNT]
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(FIELDS)
        for row in chosen:
            writer.writerow(tuple(corpus[row][field] for field in FIELDS))
    print(out, len(chosen), "rows:", chosen)


if __name__ == "__main__":
    main()
