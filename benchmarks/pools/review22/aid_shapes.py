"""Every sentence of the CSVs under benchmarks/pools/ and of the no-split 2019 rows with an aid
shape (a giving verb near aid, assistance, relief, donations or help; any "donat"): the aid
frames the matcher gives on each, to compare main with the branch (review22).

PYTHONPATH=<tree> .venv/bin/python benchmarks/pools/review22/aid_shapes.py > out.tsv
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

import spacy
import yaml

from generator.annotate import choose_model
from generator.extract import match

ROOT = Path(__file__).resolve().parents[3]
SHAPE = re.compile(
    r"\bdonat|\b(gave|give[ns]?|giving|sen[dt]s?|provid\w*|pledg\w*|offer\w*|grant\w*|"
    r"deliver\w*|contribut\w*)\b[^.]{0,40}\b(aid|assistance|relief|donations?|help|support)\b",
    re.IGNORECASE,
)


def _gold_rows() -> set[str]:
    gold = yaml.safe_load((ROOT / "tests/gold/wikinews-gold.yml").read_text(encoding="utf-8"))
    rows = gold.get("articles", gold) if isinstance(gold, dict) else gold
    return {str(a.get("url")) for a in rows if isinstance(a, dict)}


def main() -> None:
    csv.field_size_limit(sys.maxsize)
    texts: list[tuple[str, str]] = []
    for path in sorted((ROOT / "benchmarks/pools").rglob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            for n, row in enumerate(csv.DictReader(handle)):
                if row.get("text"):
                    texts.append((f"{path.parent.name}:{n}", row["text"]))
    used = _gold_rows()
    corpus = ROOT.parent.parent / "shared/corpora/wikinews_2019.csv"
    if corpus.exists():
        with corpus.open(encoding="utf-8", newline="") as handle:
            for n, row in enumerate(csv.DictReader(handle)):
                if row.get("url") not in used:  # the no-split rows only
                    texts.append((f"2019:{n}", row.get("text", "")))
    nlp = spacy.load(choose_model(), exclude=["lemmatizer"])
    for where, text in texts:
        for sentence in re.split(r"(?<=[.!?])\s+", text):
            if SHAPE.search(sentence) and len(sentence) < 600:
                frames = [f for f in match(nlp(sentence), 0).events if f.type == "aid"]
                print(where, [f.trigger.text for f in frames], sentence[:110], sep="\t")


if __name__ == "__main__":
    main()
