"""Cost of actors89's rules over the 1,000 benchmark articles' text (issue 8).

Usage: ``.venv/bin/python benchmarks/pools/actors89/timing.py``. Builds the 1,000 articles as
``bench_build.make_content`` does (without writing them), gives each the source
"en.wikinews.org" (the worst case: every article's publisher is searched for), and times
(1) ``publisher_named`` on every article (the typing's citations), (2) ``_own_publisher`` on
every article with no span (the search and the reading of every hit), (3) ``device_read``
over every run of capitalised words as a span (far more than the NER's spans: an upper bound),
(4) ``names._state_media`` on every distinct run (as ``not_an_actor`` reads each name once).
"""

from __future__ import annotations

import re
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))
import bench_build as b  # noqa: E402

from generator.model.nlp import Span  # noqa: E402
from generator.resolve.article import (  # noqa: E402
    _own_publisher,
    device_read,
    publisher_named,
)
from generator.resolve.names import _state_media  # noqa: E402

RUN = re.compile(r"[A-Z][\w'’.-]*(?:,? (?:of |the |of the )?[A-Z][\w'’.-]*)*")


def timed(label: str, work) -> None:
    best = min(_once(work) for _ in range(3))
    print(f"{label}: {best[0]:.3f} s, {best[1]} found")


def _once(work) -> tuple[float, int]:
    start = time.process_time()
    n = work()
    return time.process_time() - start, n


def main() -> None:
    corpus = Path("/work/shared/corpora/wikinews_2019.csv")
    seeds = Path("/work/shared/seeds")
    base = b.base_articles(corpus, seeds)
    names = b.name_words(base)
    articles = [b.vary(base[i % len(base)], i // len(base), names) for i in range(1000)]
    articles = [replace(a, source="en.wikinews.org") for a in articles]
    print(f"{len(articles)} articles, {sum(len(a.paragraphs) for a in articles)} paragraphs")
    timed("publisher_named", lambda: sum(len(publisher_named(a)) for a in articles))
    timed(
        "_own_publisher",
        lambda: sum(len(_own_publisher([], tuple(a.paragraphs), a.source)) for a in articles),
    )
    spans = [
        [
            (p, Span(m.group(), "ORG", m.start(), m.end(), None))
            for p, text in enumerate(a.paragraphs)
            for m in RUN.finditer(text)
        ]
        for a in articles
    ]
    print(f"{sum(map(len, spans))} runs of capitalised words as spans")
    timed(
        "device_read",
        lambda: sum(
            device_read(a.paragraphs[p], span)
            for s, a in zip(spans, articles, strict=True)
            for p, span in s
        ),
    )

    distinct = sorted({span.text for s in spans for _, span in s})
    timed(
        f"_state_media ({len(distinct)} distinct)",
        lambda: sum(_state_media(n.split()) for n in distinct),
    )


if __name__ == "__main__":
    main()
