"""The shape scan that picked agreements34's pool: every sentence holding a deal noun and a word
of hope, plan, expectation, talks, condition or a modal, in the BBC files rebuilt in /tmp (see
SOURCE.md), the no-split rows of wikinews_2019.csv and the CSVs of actors42 and agreements32.

Usage: .venv/bin/python benchmarks/pools/agreements34/scan.py BBC_DIR > broad.tsv
(BBC_DIR holds ``<category>-NNN.txt``, first line the title.)
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[3]
DEAL = re.compile(
    r"\b(?:deal|agreement|accord|treaty|pact|merger|takeover|contract|joint[- ]venture|alliance"
    r"|ceasefire|cease-fire|truce|tie-up|buyout|acquisition|partnership)s?\b",
    re.I,
)
HOPE = re.compile(
    r"\b(hope\w*|plan\w*|expect\w*|seek\w*|sought|want\w*|aim\w*|intend\w*|talks|negotiat\w*"
    r"|discuss\w*|could|would|might|may|if|unless|proposed|possible|potential|likely|mooted"
    r"|considering|poised|bid)\b",
    re.I,
)


def texts(bbc: Path) -> dict[str, str]:
    """Every pool text by its key ("bbc business-074", "wn19 67", "actors42 23")."""
    docs = {f"bbc {f.stem}": f.read_text(encoding="utf-8") for f in sorted(bbc.glob("*.txt"))}
    gold = yaml.safe_load((ROOT / "tests/gold/wikinews-gold.yml").read_text(encoding="utf-8"))
    split = {
        a["row"]
        for a in gold["articles"]
        if a.get("corpus", "wikinews_2019.csv") == "wikinews_2019.csv"
    }
    with (ROOT.parent / "shared/corpora/wikinews_2019.csv").open(encoding="utf-8") as handle:
        for i, row in enumerate(csv.DictReader(handle)):
            if i not in split:
                docs[f"wn19 {i}"] = row["title"] + "\n\n" + row["text"]
    for name in ("actors42/actors42.csv", "agreements32/agreements32-articles.csv"):
        with (ROOT / "benchmarks/pools" / name).open(encoding="utf-8") as handle:
            for i, row in enumerate(csv.DictReader(handle)):
                docs[f"{name.split('/')[0]} {i}"] = row["title"] + "\n\n" + row["text"]
    return docs


def main() -> None:
    csv.field_size_limit(10**9)
    for key, text in texts(Path(sys.argv[1])).items():
        for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
            if DEAL.search(sentence) and HOPE.search(sentence):
                print(f"{key}\t{sentence.strip()}")


if __name__ == "__main__":
    main()
