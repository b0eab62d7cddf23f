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

import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from timing_kit import bench_articles, capitalised_spans, timed

from generator.resolve.article import (
    _own_publisher,
    device_read,
    publisher_named,
)
from generator.resolve.names import _state_media


def main() -> None:
    articles = bench_articles()
    articles = [replace(a, source="en.wikinews.org") for a in articles]
    print(f"{len(articles)} articles, {sum(len(a.paragraphs) for a in articles)} paragraphs")
    timed("publisher_named", lambda: sum(len(publisher_named(a)) for a in articles))
    timed(
        "_own_publisher",
        lambda: sum(len(_own_publisher([], tuple(a.paragraphs), a.source)) for a in articles),
    )
    spans = capitalised_spans(articles)
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
