"""statements44 pool: paragraphs of the 2019 corpus (rows in no gold split) and of earlier
pools' CSVs where a quotation's speaker is an unnamed noun for a body named before ("the
organization said", "the newspaper", "the statement continued", "a statement by X", "the
Egyptian cabinet") or a title set before the name with a comma ("said EU commissioner for
Home Affairs, Cecilia Malmström"): the shapes blind43 and blind44 missed. Prints
``source row paragraph`` and the paragraph, for annotation by hand."""

from __future__ import annotations

import csv
import glob
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[3]
CORPUS = ROOT.parent / "shared" / "corpora" / "wikinews_2019.csv"
csv.field_size_limit(10**9)

SHAPES = re.compile(
    r"\b[Tt]he (?:[\w-]+ ){0,3}(?:organi[sz]ation|group|newspaper|paper|daily|agency"
    r"|broadcaster|charity|cabinet|statement|communiqu[ée]|ministry|council)\b"
    r"|\b(?:said|says|added|told)\s+(?:the\s+)?[a-z][\w-]*(?:\s+[\w-]+){0,5},\s+[A-Z]\w+\s+[A-Z]\w+"
    r"|\b[a-z]+ (?:host|commissioner|editor|director|chief|analyst|minister) [A-Z]\w+ [A-Z]\w+"
    r"|\bstatement (?:by|from) (?:the )?[A-Z]"
)
"""Speaker phrases of the shapes: a body's noun ("the organization"), a title before a name
("said EU commissioner for Home Affairs, Cecilia Malmström"; "Echo of Moscow host Alexei
Venediktov"), a statement by a named body."""


def gold_rows() -> set[int]:
    """Rows of the 2019 corpus any gold file names (every split): never read here."""
    rows: set[int] = set()
    for name in glob.glob(str(ROOT / "tests" / "gold" / "*.yml")):
        if "blind" in name:
            continue
        data = yaml.safe_load(Path(name).read_text(encoding="utf-8")) or {}
        for article in data.get("articles", []):
            corpus = str(article.get("corpus", "wikinews_2019.csv"))
            if corpus.endswith("wikinews_2019.csv") and "row" in article:
                rows.add(int(article["row"]))
    return rows


def sources() -> list[tuple[str, int, dict]]:
    out = []
    skip = gold_rows()
    with CORPUS.open(encoding="utf-8", newline="") as handle:
        out += [("2019", i, r) for i, r in enumerate(csv.DictReader(handle)) if i not in skip]
    for name in sorted(glob.glob(str(ROOT / "benchmarks" / "pools" / "*" / "*.csv"))):
        with open(name, encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            if not reader.fieldnames or "text" not in reader.fieldnames:
                continue
            out += [(name.split("pools/")[1], i, r) for i, r in enumerate(reader)]
    return out


def main(shapes: re.Pattern[str] = SHAPES) -> None:
    """Print the quotation paragraphs whose text ``shapes`` finds (another pool's shapes
    through its own wrapper: statements45)."""
    seen: set[str] = set()
    for source, row, record in sources():
        for number, paragraph in enumerate(p for p in record["text"].split("\n") if p.strip()):
            if not re.search('["“”]', paragraph) or not shapes.search(paragraph):
                continue
            if paragraph in seen:
                continue
            seen.add(paragraph)
            print(f"## {source} {row} p{number} | {record['title']}")
            if "--text" in sys.argv:
                print(paragraph, "\n")


if __name__ == "__main__":
    main()
