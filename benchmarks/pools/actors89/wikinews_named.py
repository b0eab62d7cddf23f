"""The 2019 Wikinews rows in no gold split that name Wikinews (issue 8, actors89): for each,
how often the headline and the text name it (speaker marks "((Wikinews))"/"((WN))" of an
interview left out), and whether a regress output (``actors79/regress.py``) gives the article
a Wikinews page. By GOLD.md, Wikinews named so is the outlet that reported (type ``outlet``);
counted from the text alone.

Usage: ``.venv/bin/python benchmarks/pools/actors89/wikinews_named.py [REGRESS.tsv]``.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[3]


def main() -> None:
    gold = yaml.safe_load((ROOT / "tests/gold/wikinews-gold.yml").read_text(encoding="utf-8"))
    used = {a.get("title") for a in (gold["articles"] if isinstance(gold, dict) else gold)}
    src = Path("/work/shared/corpora/wikinews_2019.csv")
    rows = [r for r in csv.DictReader(src.open(encoding="utf-8")) if r["title"] not in used]
    pages: set[str] = set()
    if sys.argv[1:]:
        for line in Path(sys.argv[1]).read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if cols[0] == "wikinews2019" and cols[2] == "Wikinews":
                pages.add(cols[1])
    twice = found = 0
    for r in rows:
        text = re.sub(r"\(\((?:Wikinews|WN)\)\)", "", r["text"])
        n = len(re.findall(r"\bWikinews\b", r["title"])) + len(re.findall(r"\bWikinews", text))
        if not n:
            continue
        slug = r["date"][:10] + "-" + re.sub(r"[^a-z0-9]+", "-", r["title"].lower())
        page = any(slug.startswith(p) or p.startswith(slug[:40]) for p in pages)
        twice += n >= 2
        found += n >= 2 and page
        print(n, "page" if page else "-", r["title"][:70], sep="\t")
    print(f"named twice or more: {twice}; with a Wikinews page: {found}")


if __name__ == "__main__":
    main()
