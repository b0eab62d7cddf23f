"""Cost of statements43's text rules over the 1,000 benchmark articles' text (timing_kit):
``_TITLED`` before every quotation, and ``_APPEALED_TO`` before every run of capitalised
words (an upper bound: it runs only before the names a pronoun's search meets). The token
rules (``_addressee``, ``_taken``, the colon lead-in's verb, ``_outlet_of``) run only on cue
verbs and unnamed speakers; their cost is inside the whole ``match_quotes`` and ``extract``
times of statements42's ``timing.py``. Usage: ``.venv/bin/python
benchmarks/pools/statements43/timing.py``."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import timing_kit as kit

from generator.extract.parse import quote_spans
from generator.extract.statements.earlier import _APPEALED_TO
from generator.extract.statements.frames import _TITLED

articles = kit.bench_articles()
paragraphs = [p for a in articles for p in a.paragraphs]
starts = [(p, q[0]) for p in paragraphs for q in quote_spans(p)]
spans = [
    (a.paragraphs[p], s.start)
    for a, found in zip(articles, kit.capitalised_spans(articles), strict=True)
    for p, s in found
]


def titled() -> int:
    return sum(_TITLED.search(p, max(0, q - 12), q) is not None for p, q in starts)


def appealed() -> int:
    return sum(_APPEALED_TO.search(p[:start]) is not None for p, start in spans)


kit.timed(f"_TITLED before {len(starts)} quotations", titled)
kit.timed(f"_APPEALED_TO before {len(spans)} capitalised runs", appealed)
