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


def as_spans(paragraphs: tuple[str, ...]) -> list[tuple[int, Span]]:
    """Each capitalised run of each paragraph, as an ORG span the NER might have given."""
    runs = ((p, m) for p, text in enumerate(paragraphs) for m in RUN.finditer(text))
    return [(p, Span(m.group(), "ORG", m.start(), m.end(), None)) for p, m in runs]


base = b.base_articles(Path("/work/shared/corpora/wikinews_2019.csv"), Path("/work/shared/seeds"))
words = b.name_words(base)
texts = [tuple(b.vary(base[i % len(base)], i // len(base), words).paragraphs) for i in range(1000)]
pairs = [(as_spans(t), t) for t in texts]
print(f"{len(pairs)} articles, {sum(len(s) for s, _ in pairs)} runs of capitalised words as spans")
timed(
    "_extend_pronoun_names",
    lambda: sum(len(_extend_pronoun_names(s, t)) - len(s) for s, t in pairs),
)
