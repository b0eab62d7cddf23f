# ruff: noqa
"""The real news texts of actors73's pool (see SOURCE.md) -> check.csv. Texts are read from the
tool library's stored copies into texts/*.txt by hand (one file per article)."""

import csv, sys
from pathlib import Path

here = Path(__file__).parent
w = csv.writer(open(here / "check.csv", "w", newline="", encoding="utf-8"))
w.writerow(["url", "date", "title", "text"])
for k, p in enumerate(sorted((here / "texts").glob("*.txt"))):
    title, _, text = p.read_text(encoding="utf-8").partition("\n")
    w.writerow(
        [
            f"https://example.org/{p.stem}",
            f"2024-0{1 + k // 28}-{1 + k % 28:02d}",
            title.strip(),
            text.strip(),
        ]
    )
