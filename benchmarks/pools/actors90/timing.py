"""Cost of actors90's rules over the 1,000 benchmark articles' text (issue 8).

Usage: ``.venv/bin/python benchmarks/pools/actors90/timing.py``. Builds the 1,000 articles as
``bench_build.make_content`` does (without writing them) and times ``_extend_to_body_head``
over every run of capitalised words as an ORG span (far more than the NER's spans: an upper
bound), then ``names._law`` on every distinct run (as ``not_an_actor`` reads each name once).
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

from generator.model.nlp import Span  # noqa: E402
from generator.resolve.article import _extend_to_body_head  # noqa: E402
from generator.resolve.names import _law  # noqa: E402

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
    spans = [
        [
            (p, Span(m.group(), "ORG", m.start(), m.end(), None))
            for p, text in enumerate(a.paragraphs)
            for m in RUN.finditer(text)
        ]
        for a in articles
    ]
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
