"""Write the actors94 pool CSV (``url,date,title,text``) from the page excerpts (issue 8).

Usage: ``.venv/bin/python benchmarks/pools/actors94/pool.py PAGES_DIR [OUT.csv]``. PAGES_DIR
holds the 20 excerpts SOURCE.md lists (others' copyright, so not committed), one ``pNN.txt``
each: url, date, title, a blank line, then paragraphs. Row N of the CSV is ``pNN.txt``, the row
``gold.yml`` gives. OUT defaults to ``/tmp/actors94/pool.csv``, the corpus the gold names.
"""

import csv
import sys
from pathlib import Path


def main(argv: list[str]) -> None:
    pages = sorted(Path(argv[1]).glob("p[0-9][0-9].txt"))
    out = Path(argv[2] if len(argv) > 2 else "/tmp/actors94/pool.csv")
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as handle:
        table = csv.writer(handle)
        table.writerow(["url", "date", "title", "text"])
        for page in pages:
            head, _, body = page.read_text(encoding="utf-8").partition("\n\n")
            table.writerow([*head.split("\n", 2), body.strip()])
    print(out, len(pages), "rows")


if __name__ == "__main__":
    main(sys.argv)
