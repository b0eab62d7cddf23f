"""CPU cost of actors102's rule over the 1,000 benchmark articles' text (the pools' timing
kit: every run of capitalised words as an ORG span, an upper bound; the NER reads far fewer
names as bodies). Usage: ``.venv/bin/python benchmarks/pools/actors102/timing.py``."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import timing_kit as kit

from generator.resolve.article.people import _persons_by_role


def main() -> None:
    articles = kit.bench_articles()
    spans = kit.capitalised_spans(articles)

    def roles() -> int:
        return sum(
            sum(
                a is not b
                for (_, a), (_, b) in zip(
                    _persons_by_role(here, art.paragraphs)[0], here, strict=True
                )
            )
            for art, here in zip(articles, spans, strict=True)
        )

    kit.timed("_persons_by_role (whole pass, every run an ORG span)", roles)


if __name__ == "__main__":
    main()
