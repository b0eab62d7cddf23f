"""Cost of actors76's new patterns over the 1,000 benchmark articles' text (issue 8).

Usage: ``.venv/bin/python benchmarks/pools/actors76/timing.py``. Builds the 1,000 articles as
``bench_build.make_content`` does (without writing them) and calls ``_uttered``,
``_designated`` and ``_programme`` (its new host check) once at every run of capitalised
words of every paragraph (far more places than the NER's spans, so an upper bound), as
resolve calls them
for an ORG or PERSON span; prints the CPU seconds of each.
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

from generator.resolve.article import _designated, _programme, _uttered  # noqa: E402

RUN = re.compile(r"[A-Z][\w'’-]*(?: (?:of |the |of the )?[A-Z][\w'’-]*)*")


def main() -> None:
    corpus = Path("/work/shared/corpora/wikinews_2019.csv")
    seeds = Path("/work/shared/seeds")
    base = b.base_articles(corpus, seeds)
    names = b.name_words(base)
    articles = [b.vary(base[i % len(base)], i // len(base), names) for i in range(1000)]
    sites = [
        (p, m.start(), m.end(), "\n".join(a.paragraphs))
        for a in articles
        for p in a.paragraphs
        for m in RUN.finditer(p)
    ]
    print(f"{len(articles)} articles, {len(sites)} runs of capitalised words")
    for label, call in (
        ("_uttered", lambda p, s, e, t: _uttered(p[:s], p[e:])),
        ("_designated", lambda p, s, e, t: _designated(p[s:e], "ORG", p[:s], p[e:], set())),
        ("_programme", lambda p, s, e, t: _programme(p[s:e], "ORG", p[:s], p[e:])),
    ):
        start = time.process_time()
        hits = sum(bool(call(*site)) for site in sites)
        print(f"{label}: {time.process_time() - start:.2f} s CPU, {hits} hits")


if __name__ == "__main__":
    main()
