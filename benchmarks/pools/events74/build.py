"""Write the events74 pool CSV (``/tmp/events74/pool.csv`` or the path given): thirty excerpts
of 2019 Wikinews rows in no gold split, each a run of whole paragraphs of its row (numbered
from 0 over the row's non-blank lines), with the row's url, date and title, for
``quality_extract.py --gold gold.yml --split all``. No text is committed.

Usage: ``.venv/bin/python benchmarks/pools/events74/build.py [OUT.csv]``
"""

import csv
import io
import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[4] / "shared" / "corpora" / "wikinews_2019.csv"
PARAGRAPHS = [  # (corpus row, first paragraph, last paragraph): one pool row each, in order
    (0, 3, 3), (0, 7, 7), (0, 10, 10), (0, 11, 11), (8, 6, 6), (8, 13, 13), (12, 2, 3),
    (13, 1, 3), (24, 4, 4), (25, 2, 3), (31, 2, 2), (34, 2, 3), (48, 4, 5), (62, 2, 3),
    (70, 2, 2), (70, 7, 7), (71, 2, 4), (81, 6, 7), (81, 2, 3), (87, 1, 1), (86, 3, 3),
    (91, 1, 2), (95, 2, 3), (124, 2, 3), (134, 1, 1), (134, 5, 5), (165, 3, 3), (169, 3, 3),
    (111, 3, 4), (2, 4, 4),
]  # fmt: skip


def paragraphs(text: str, first: int, last: int) -> str:
    """Paragraphs ``first`` to ``last`` of a row, as the candidate listing numbered them."""
    lines = [line for line in text.split("\n") if line.strip()]
    return "\n\n".join(line.strip() for line in lines[first : last + 1])


FIELDS = ("url", "date", "title", "text")
DEFAULT_OUT = Path("/tmp/events74/pool.csv")


def pool_rows(corpus: list[dict[str, str]]):
    """One CSV row per excerpt: its row's url (marked with the excerpt's number), date and
    title, and the paragraphs chosen."""
    for number, (row, first, last) in enumerate(PARAGRAPHS):
        source = corpus[row]
        yield (
            f"{source['url']}#events74-{number}",
            source["date"],
            f"{source['title']} (excerpt {number})",
            paragraphs(source["text"], first, last),
        )


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT
    corpus = list(csv.DictReader(io.StringIO(CORPUS.read_text(encoding="utf-8"), newline="")))
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(FIELDS)
        writer.writerows(pool_rows(corpus))
    print(out)


if __name__ == "__main__":
    main()
