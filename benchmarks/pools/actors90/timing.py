"""Cost of actors90's rules over the 1,000 benchmark articles' text (issue 8).

Usage: ``.venv/bin/python benchmarks/pools/actors90/timing.py``. Builds the 1,000 articles as
``bench_build.make_content`` does (without writing them) and times ``_extend_to_body_head``
over every run of capitalised words as an ORG span (far more than the NER's spans: an upper
bound), then ``names._law`` on every distinct run (as ``not_an_actor`` reads each name once).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from timing_kit import bench_articles, capitalised_spans, timed

from generator.resolve.article import _extend_to_body_head
from generator.resolve.names import _law


def main() -> None:
    articles = bench_articles()
    spans = capitalised_spans(articles)
    print(f"{len(articles)} articles, {sum(map(len, spans))} runs of capitalised words as spans")

    def extend() -> int:
        changed = 0
        for s, a in zip(spans, articles, strict=True):
            out = _extend_to_body_head(s, tuple(a.paragraphs))
            changed += sum(1 for x in out if x not in s)
        return changed

    timed("_extend_to_body_head", extend)
    distinct = sorted({span.text for s in spans for _, span in s})
    timed(
        f"_law ({len(distinct)} distinct)",
        lambda: sum(bool(_law(n.split(), n.lower().split())) for n in distinct),
    )


if __name__ == "__main__":
    main()
