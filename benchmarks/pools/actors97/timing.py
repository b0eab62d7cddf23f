"""Cost of actors97's rules over the 1,000 benchmark articles' text (issue 8).

Usage: ``.venv/bin/python benchmarks/pools/actors97/timing.py``. Builds the 1,000 articles as
``bench_build.make_content`` does (without writing them), takes every run of capitalised words
as a span (far more than the NER's spans: an upper bound; a run that is a state's name is
labelled GPE, as the NER would) and times, best of three, CPU, each span step over every
article: ``_split_hyphened_pairs``, ``_extend_first_parties``, ``_extend_to_used_acronym``,
``_extend_to_defined_acronym`` (its acronym tail now allows "former"), and
``_office_state_glued`` on every run with the text before it.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from timing_kit import bench_articles, capitalised_spans, timed

from generator.gazetteer import state_name
from generator.model.nlp import Span
from generator.resolve.article.acronyms import (
    _extend_to_defined_acronym,
    _extend_to_used_acronym,
)
from generator.resolve.article.extend import _extend_first_parties
from generator.resolve.article.people import _office_state_glued
from generator.resolve.article.splits import _split_hyphened_pairs


def main() -> None:
    articles = bench_articles()
    print(f"{len(articles)} articles, {sum(len(a.paragraphs) for a in articles)} paragraphs")
    spans = [
        [
            (p, Span(s.text, "GPE", s.start, s.end, None) if state_name(s.text) else s)
            for p, s in found
        ]
        for found in capitalised_spans(articles)
    ]
    print(f"{sum(map(len, spans))} runs of capitalised words as spans")
    pairs = list(zip(spans, articles, strict=True))
    for step in (
        _split_hyphened_pairs,
        _extend_first_parties,
        _extend_to_used_acronym,
        _extend_to_defined_acronym,
    ):
        timed(
            step.__name__,
            lambda step=step: sum(
                len(step(found, tuple(a.paragraphs))) != len(found) for found, a in pairs
            ),
        )
    timed(
        "_office_state_glued",
        lambda: sum(
            _office_state_glued(s.text, a.paragraphs[p][: s.start]) is not None
            for found, a in pairs
            for p, s in found
        ),
    )


if __name__ == "__main__":
    main()
