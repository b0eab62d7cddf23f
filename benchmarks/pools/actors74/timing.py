"""Cost of actors74's new patterns over the 1,000 benchmark articles' text (issue 8).

Usage: ``.venv/bin/python benchmarks/pools/actors74/timing.py``. Builds the 1,000 articles as
``bench_build.make_content`` does (without writing them) and calls ``things._versions`` once
per article, then ``_versioned``, ``_quoted_item`` and ``nonactors._hyphen_next`` (now with
the slash) at every run of capitalised words of every paragraph (far more places than the
NER's spans, so an upper bound); prints the CPU seconds of each. The word lists' additions
are set lookups and the listing pattern's colon one optional character: not timed.
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))
import bench_build as b  # noqa: E402

from generator.resolve.nonactors import _hyphen_next  # noqa: E402
from generator.resolve.things import _quoted_item, _versioned, _versions  # noqa: E402

RUN = re.compile(r"[A-Z][\w'’-]*(?: (?:of |the |of the )?[A-Z][\w'’-]*)*")


def main() -> None:
    corpus = Path("/work/shared/corpora/wikinews_2019.csv")
    seeds = Path("/work/shared/seeds")
    base = b.base_articles(corpus, seeds)
    names = b.name_words(base)
    articles = [b.vary(base[i % len(base)], i // len(base), names) for i in range(1000)]
    start = time.process_time()
    words = [_versions(a.paragraphs) for a in articles]
    print(f"_versions: {time.process_time() - start:.2f} s CPU, {sum(map(len, words))} words")
    sites = [
        (a.paragraphs, p, SimpleNamespace(name=m.group(), start=m.start(), end=m.end()), w)
        for a, w in zip(articles, words, strict=True)
        for p in a.paragraphs
        for m in RUN.finditer(p)
    ]
    print(f"{len(articles)} articles, {len(sites)} runs of capitalised words")
    for label, call in (
        ("_versioned", lambda texts, p, c, w: _versioned(c, texts, w)),
        ("_quoted_item", lambda texts, p, c, w: _quoted_item(c, p)),
        ("_hyphen_next", lambda texts, p, c, w: _hyphen_next(c, p) not in (None, False)),
    ):
        start = time.process_time()
        hits = sum(bool(call(*site)) for site in sites)
        print(f"{label}: {time.process_time() - start:.2f} s CPU, {hits} hits")


if __name__ == "__main__":
    main()
