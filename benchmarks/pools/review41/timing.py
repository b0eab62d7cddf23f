"""Cost of review41's span pass over the 1,000 benchmark articles' text (issue 8): times
``_extend_pronoun_names`` over every run of capitalised words as an ORG span (an upper bound
on the NER's spans), with actors90's helpers (``timed``, ``RUN``, ``bench_build``).

Usage: ``.venv/bin/python benchmarks/pools/review41/timing.py``."""

import runpy
from pathlib import Path

from generator.model.nlp import Span
from generator.resolve.article.extend import _extend_pronoun_names

SHARED = runpy.run_path(str(Path(__file__).resolve().parents[1] / "actors90" / "timing.py"))
b, RUN, timed = SHARED["b"], SHARED["RUN"], SHARED["timed"]

base = b.base_articles(Path("/work/shared/corpora/wikinews_2019.csv"), Path("/work/shared/seeds"))
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
    return sum(
        sum(1 for x in _extend_pronoun_names(s, tuple(a.paragraphs)) if x not in s)
        for s, a in zip(spans, articles, strict=True)
    )


timed("_extend_pronoun_names", extend)
