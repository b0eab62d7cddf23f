"""Write the events76 pool CSV (``/tmp/events76/pool.csv`` or the path given): the 2019
Wikinews rows in no split of ``tests/gold/wikinews-gold.yml`` that quote and report speech
often (``RULE``), whole, in row order, for ``score.py``. No text is committed.

Usage: ``.venv/bin/python benchmarks/pools/events76/build.py [OUT.csv]``
"""

import csv
import io
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[3]
CORPUS = ROOT.parent / "shared" / "corpora" / "wikinews_2019.csv"
GOLD = ROOT / "tests" / "gold" / "wikinews-gold.yml"
RULE = (4, 3)
"""At least four pairs of quotation marks and three speech verbs (said, told, says, added,
stated): articles where one speaker is likely quoted several times, the shape this round is
about. Fixed before any row was read."""
SPEECH = re.compile(r"\b(said|told|says|added|stated)\b")
MARKS = re.compile(r"[\"“”]")
DEFAULT_OUT = Path("/tmp/events76/pool.csv")


def chosen(corpus: list[dict[str, str]]) -> list[int]:
    """Rows of the corpus in no gold split that meet ``RULE``."""
    gold = yaml.safe_load(GOLD.read_text(encoding="utf-8"))["articles"]
    used = {a["row"] for a in gold if "2019" in str(a.get("corpus", "2019"))}
    return [
        i
        for i, row in enumerate(corpus)
        if i not in used
        and len(MARKS.findall(row["text"])) // 2 >= RULE[0]
        and len(SPEECH.findall(row["text"])) >= RULE[1]
    ]


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT
    corpus = list(csv.DictReader(io.StringIO(CORPUS.read_text(encoding="utf-8"), newline="")))
    out.parent.mkdir(parents=True, exist_ok=True)
    rows = chosen(corpus)
    with out.open("w", encoding="utf-8", newline="") as handle:
        table = csv.DictWriter(handle, ("url", "date", "title", "text"), extrasaction="ignore")
        table.writeheader()
        table.writerows(corpus[i] for i in rows)
    print(out, len(rows), "rows:", " ".join(map(str, rows)))


if __name__ == "__main__":
    main()
