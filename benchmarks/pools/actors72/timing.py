"""Cost of actors72's new passes and patterns over the 1,000 benchmark articles' text (issue 8).

Usage: ``.venv/bin/python benchmarks/pools/actors72/timing.py``. Builds the 1,000 articles as
``bench_build.make_content`` does (without writing them) and runs, per article, the span
passes ``_cited_outlets`` and ``_counted_groups_read`` (with no spans: each reads every
paragraph, as in a build), and ``_NATION_ACTS`` after ``_after_list`` at every run of
capitalised words (far more places than the regions the NER reads: an upper bound); prints
the CPU seconds of each.
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))
import bench_build as b  # noqa: E402

from generator.resolve import _NATION_ACTS, _after_list  # noqa: E402
from generator.resolve.article import _cited_outlets, _counted_groups_read  # noqa: E402

RUN = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*")


def main() -> None:
    corpus = Path("/work/shared/corpora/wikinews_2019.csv")
    seeds = Path("/work/shared/seeds")
    base = b.base_articles(corpus, seeds)
    names = b.name_words(base)
    articles = [b.vary(base[i % len(base)], i // len(base), names) for i in range(1000)]
    print(f"{len(articles)} articles")
    for label, step in (
        ("_cited_outlets", _cited_outlets),
        ("_counted_groups_read", _counted_groups_read),
    ):
        start = time.process_time()
        hits = sum(len(step([], tuple(a.paragraphs))) for a in articles)
        print(f"{label}: {time.process_time() - start:.2f} s CPU, {hits} spans made")
    sites = [p[m.end() :] for a in articles for p in a.paragraphs for m in RUN.finditer(p)]
    start = time.process_time()
    hits = sum(bool(_NATION_ACTS.match(_after_list(rest))) for rest in sites)
    print(
        f"_NATION_ACTS: {time.process_time() - start:.2f} s CPU at {len(sites)} runs, {hits} hits"
    )


if __name__ == "__main__":
    main()
