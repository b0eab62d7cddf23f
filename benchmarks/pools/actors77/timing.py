"""Cost of actors77's new patterns over the 1,000 benchmark articles' text (issue 8).

Usage: ``.venv/bin/python benchmarks/pools/actors77/timing.py``. Builds the 1,000 articles as
``bench_build.make_content`` does (without writing them) and, at every run of capitalised
words of every paragraph (far more places than the NER's spans or an outlet's mentions, so
an upper bound), runs ``_the_in_name``'s two patterns on the text before it, and between
every two runs of a paragraph ``_names_on_papers``' patterns; prints the CPU seconds.
"""

from __future__ import annotations

import re
import sys
import time
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))
import bench_build as b  # noqa: E402

from generator.resolve import (  # noqa: E402
    _CLAUSE_END,
    _FOUND_TO_BE,
    _IS,
    _LOWER_WORD_BEFORE,
    _PAPERS_READ,
    _THE_ENDS,
)

RUN = re.compile(r"[A-Z][\w'’-]*(?: (?:of |the |of the )?[A-Z][\w'’-]*)*")


def main() -> None:
    corpus = Path("/work/shared/corpora/wikinews_2019.csv")
    seeds = Path("/work/shared/seeds")
    base = b.base_articles(corpus, seeds)
    names = b.name_words(base)
    articles = [b.vary(base[i % len(base)], i // len(base), names) for i in range(1000)]
    runs = [(p, list(RUN.finditer(p))) for a in articles for p in a.paragraphs]
    print(f"{len(articles)} articles, {sum(len(r) for _, r in runs)} runs of capitalised words")
    start = time.process_time()
    hits = 0
    for p, found in runs:
        for m in found:
            head = p[: m.start()]
            if the := _THE_ENDS.search(head[-12:]):
                head = head[: len(head) - len(the.group())]
            hits += bool(_LOWER_WORD_BEFORE.search(head[-40:]))
    print(f"_the_in_name: {time.process_time() - start:.2f} s CPU, {hits} hits")
    start = time.process_time()
    hits = 0
    for p, found in runs:
        for first, second in pairwise(found):
            between = p[first.end() : second.start()]
            hits += bool(_PAPERS_READ.fullmatch(between)) or bool(
                _IS.fullmatch(between)
                and _FOUND_TO_BE.search(p, max(0, first.start() - 12), first.start())
                and _CLAUSE_END.match(p, second.end())
            )
    print(f"_names_on_papers: {time.process_time() - start:.2f} s CPU, {hits} hits")


if __name__ == "__main__":
    main()
