"""Build the actors93 pool CSV (``url,date,title,text``) from text files (actors93, issue 8).

Usage: ``.venv/bin/python benchmarks/pools/actors93/build.py PAGES_DIR [OUT.csv]``. Every
``*.txt`` of ``texts/`` (the Wikinews articles, CC BY 2.5, committed) and of PAGES_DIR (the news
excerpts SOURCE.md lists, others' copyright, rebuilt by hand from the tool library) is one row,
in file-name order: url, date and title on the first three lines, a blank line, then the text,
paragraphs separated by blank lines. OUT defaults to ``/tmp/actors93/pool.csv``, the corpus
``gold.yml`` names.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def rows(folders: list[Path]) -> list[dict[str, str]]:
    files = sorted((p for f in folders for p in f.glob("*.txt")), key=lambda p: p.name)
    out = []
    for path in files:
        url, date, title, _, *body = path.read_text(encoding="utf-8").split("\n")
        out.append({"url": url, "date": date, "title": title, "text": "\n".join(body).strip()})
    return out


def main() -> None:
    pages = Path(sys.argv[1])
    target = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("/tmp/actors93/pool.csv")
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["url", "date", "title", "text"])
        writer.writeheader()
        writer.writerows(rows([HERE / "texts", pages]))
    print(target)


if __name__ == "__main__":
    main()
