"""CPU cost of actors101's rules over the 1,000 benchmark articles' text (the pools' timing
kit: every run of capitalised words as a span, an upper bound). Usage:
``.venv/bin/python benchmarks/pools/actors101/timing.py``."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import timing_kit as kit

from generator.model.nlp import Span
from generator.organisations import listed, with_known_organisations
from generator.resolve.article.context import _listed_places
from generator.resolve.article.extend import _extend_cut_bodies


def main() -> None:
    articles = kit.bench_articles()
    spans = kit.capitalised_spans(articles)
    # every other run read as a place: lists of places and names, the rule's own shape
    mixed = [
        [
            (p, Span(s.text, "GPE" if i % 2 else "ORG", s.start, s.end, None))
            for i, (p, s) in enumerate(here)
        ]
        for here in spans
    ]
    listed()  # compiled once a process, as in a build

    def places() -> int:
        return sum(
            sum(
                a is not b
                for (_, a), (_, b) in zip(_listed_places(here, art.paragraphs), here, strict=True)
            )
            for art, here in zip(articles, mixed, strict=True)
        )

    def cut() -> int:
        return sum(
            len(_extend_cut_bodies(here, art.paragraphs))
            for art, here in zip(articles, spans, strict=True)
        )

    def known() -> int:
        return sum(
            len(with_known_organisations(text, [s for q, s in here if q == p]))
            for art, here in zip(articles, spans, strict=True)
            for p, text in enumerate(art.paragraphs)
        )

    kit.timed("_listed_places (half the runs as places)", places)
    kit.timed("_extend_cut_bodies (whole pass)", cut)
    kit.timed("with_known_organisations (whole pass)", known)


if __name__ == "__main__":
    main()
