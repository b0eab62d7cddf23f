"""Cost of actors99's rules over the 1,000 benchmark articles' text (issue 8).

Usage: ``.venv/bin/python benchmarks/pools/actors99/timing.py``. Builds the 1,000 articles as
``bench_build.make_content`` does (without writing them), takes every run of capitalised words
as a span (far more than the NER's spans: an upper bound), reads each as a person's name, and
times, best of three, CPU: ``_acronyms_of_described_bodies`` on every article (the runs as the
NER's spans), ``_extend_cut_people`` on every run (its new branch asks
``_COMPOUND_GIVEN`` of each one-word name), ``particle_surname`` of every run (its particles
now with "El", "Al", "Ben", "Bin", "Ould") and the lone words' test against
``ETHNIC_DEMONYMS`` that ``_placed_in`` now asks before giving a word to a person.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from timing_kit import bench_articles, capitalised_spans, timed

from generator.model.nlp import Span
from generator.resolve.article.acronyms import _acronyms_of_described_bodies
from generator.resolve.article.people import _extend_cut_people
from generator.resolve.nonactors import particle_surname
from generator.resolve.vocab import ETHNIC_DEMONYMS


def main() -> None:
    articles = bench_articles()
    print(f"{len(articles)} articles, {sum(len(a.paragraphs) for a in articles)} paragraphs")
    spans = [
        [(p, Span(s.text, "PERSON", s.start, s.end, None)) for p, s in found]
        for found in capitalised_spans(articles)
    ]
    print(f"{sum(map(len, spans))} runs of capitalised words as spans")
    pairs = list(zip(spans, articles, strict=True))
    timed(
        "_acronyms_of_described_bodies",
        lambda: sum(
            len(_acronyms_of_described_bodies(found, tuple(a.paragraphs))) - len(found)
            for found, a in pairs
        ),
    )
    timed(
        "_extend_cut_people",
        lambda: sum(len(_extend_cut_people(found, tuple(a.paragraphs))) for found, a in pairs),
    )
    timed(
        "particle_surname",
        lambda: sum(particle_surname(s.text) for found in spans for _p, s in found),
    )
    timed(
        "ETHNIC_DEMONYMS test",
        lambda: sum(s.text in ETHNIC_DEMONYMS for found in spans for _p, s in found),
    )


if __name__ == "__main__":
    main()
