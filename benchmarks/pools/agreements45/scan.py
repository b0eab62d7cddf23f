"""List every sentence with an agreement word in the committed Wikinews texts of the pools and
the 2019 corpus rows in no gold split, leaving out any url a tests/gold file holds.

Usage: .venv/bin/python benchmarks/pools/agreements44/scan.py > scan.tsv
(one line per article and sentence: csv path, row, url, the sentence).
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[3]
CUE = re.compile(
    r"\b(treat(?:y|ies)|agreements?|accords?|deals?|pacts?|cease-?fires?|truces?|memorand(?:um|a)"
    r"|contracts?|armistice|protocol|convention|communiqu[eé])\b",
    re.I,
)


def held_urls() -> set[str]:
    """Every url of a tests/gold CSV and of the main gold's rows (any split)."""
    urls: set[str] = set()
    for path in (ROOT / "tests/gold").glob("*.csv"):
        with path.open(encoding="utf-8", newline="") as handle:
            urls |= {row.get("url", "") for row in csv.DictReader(handle)}
    with open("/work/shared/corpora/wikinews_2019.csv", encoding="utf-8", newline="") as handle:
        corpus = list(csv.DictReader(handle))
    for name in ("wikinews-gold.yml", "agreements-extra.yml"):
        gold = yaml.safe_load((ROOT / "tests/gold" / name).read_text(encoding="utf-8"))
        for article in gold["articles"]:
            if (
                article.get("corpus", "wikinews_2019.csv") == "wikinews_2019.csv"
                and "row" in article
            ):
                urls.add(corpus[article["row"]]["url"])
    return urls


def main() -> None:
    held = held_urls()
    seen: set[str] = set()
    paths = sorted((ROOT / "benchmarks/pools").glob("*/*.csv"))
    paths.append(Path("/work/shared/corpora/wikinews_2019.csv"))
    for path in paths:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        for index, row in enumerate(rows):
            url = row.get("url", "")
            if "wikinews" not in url or url in held or url in seen or not row.get("text"):
                continue
            seen.add(url)
            for sentence in re.split(r"(?<=[.!?\"”])\s+(?=[A-Z\"“])", row["text"]):
                if CUE.search(sentence):
                    name = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path.name
                    print(f"{name}\t{index}\t{url}\t{' '.join(sentence.split())}")
    print(f"# {len(seen)} articles", file=sys.stderr)


if __name__ == "__main__":
    main()
