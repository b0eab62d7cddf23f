"""Write the events77 pool CSV (``/tmp/events77/pool.csv`` or the path given) by a rule fixed
before any row was read: the 2019 Wikinews rows in no split of ``tests/gold/wikinews-gold.yml``,
in corpus order, every fourth from the second (free rows 1, 5, 9, ...: 25 rows), each cut to its
first two paragraphs after the date line (non-blank lines 1 and 2), whatever they contain. No
text is committed; ``gold.yml`` indexes the CSV's rows in this order.

Usage: ``.venv/bin/python benchmarks/pools/events77/build.py [OUT.csv]``
"""

import csv
import io
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[3]
CORPUS = ROOT.parent.parent / "shared" / "corpora" / "wikinews_2019.csv"
GOLD = ROOT / "tests" / "gold" / "wikinews-gold.yml"
FIELDS = ("url", "date", "title", "text")
DEFAULT_OUT = Path("/tmp/events77/pool.csv")


def free_rows(count: int) -> list[int]:
    """Corpus rows in no gold split (the gold's own-corpus articles), in order."""
    gold = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    used = {a["row"] for a in gold["articles"] if a.get("corpus") in (None, CORPUS.name)}
    return [row for row in range(count) if row not in used]


def write_pool(out: Path, corpus: list[dict], chosen: list[int], tag: str) -> None:
    """The chosen rows, each cut to its first two paragraphs after the date line, as a pool
    CSV whose urls add ``#TAG-N`` (events78's pool is written the same way)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(FIELDS)
        for number, row in enumerate(chosen):
            source = corpus[row]
            lines = [line.strip() for line in source["text"].split("\n") if line.strip()]
            text = "\n\n".join(lines[1:3])
            url = f"{source['url']}#{tag}-{number}"
            writer.writerow((url, source["date"], f"{source['title']} (row {row})", text))
    print(out, len(chosen), "rows:", chosen)


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT
    corpus = list(csv.DictReader(io.StringIO(CORPUS.read_text(encoding="utf-8"), newline="")))
    write_pool(out, corpus, free_rows(len(corpus))[1::4], "events77")


if __name__ == "__main__":
    main()
