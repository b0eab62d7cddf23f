"""Cost of actors85's new patterns over the 1,000 benchmark articles' text (issue 8).

Usage: ``.venv/bin/python benchmarks/pools/actors85/timing.py``. Builds the 1,000 articles as
``bench_build.make_content`` does (without writing them), then, at every run of capitalised
words of every paragraph (far more places than the NER's spans, so an upper bound), tries
``nonactors._hyphen_next`` (now asked of every name, for an operating system's word after
it), ``article._UPLOADED_TO`` on the sentence's words before the run (asked of the NER's
ORG and PERSON spans only), ``nonactors._thing_owner`` (asked of names holding a possessive
only, here of every run), and ``names.not_an_actor`` (its head sets one kind larger). Prints
the CPU seconds of each. ``TECH_ACRONYMS``' additions are set lookups: not timed.
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))
import bench_build as b  # noqa: E402

from generator.resolve.article import _UPLOADED_TO  # noqa: E402
from generator.resolve.names import not_an_actor  # noqa: E402
from generator.resolve.nonactors import _hyphen_next, _thing_owner  # noqa: E402

RUN = re.compile(r"[A-Z][\w'’-]*(?: (?:of |the |of the )?[A-Z][\w'’-]*)*")
SENTENCE_START = re.compile(r"[.!?] ")


def _before(p: str, c: SimpleNamespace) -> str:
    starts = [m.end() for m in SENTENCE_START.finditer(p, 0, c.start)]
    return p[starts[-1] if starts else 0 : c.start]


def main() -> None:
    corpus = Path("/work/shared/corpora/wikinews_2019.csv")
    seeds = Path("/work/shared/seeds")
    base = b.base_articles(corpus, seeds)
    names = b.name_words(base)
    articles = [b.vary(base[i % len(base)], i // len(base), names) for i in range(1000)]
    sites = [
        (p, SimpleNamespace(name=m.group(), start=m.start(), end=m.end()))
        for a in articles
        for p in a.paragraphs
        for m in RUN.finditer(p)
    ]
    befores = [(_before(p, c), c) for p, c in sites]
    alone = {c.name for _, c in sites}
    print(f"{len(articles)} articles, {len(sites)} runs of capitalised words")
    for label, call, where in (
        ("_hyphen_next", lambda p, c: bool(_hyphen_next(c, p)), sites),
        ("_UPLOADED_TO", lambda before, c: bool(_UPLOADED_TO.search(before)), befores),
        ("_thing_owner", lambda p, c: bool(_thing_owner(c.name, alone)), sites),
        ("not_an_actor", lambda p, c: bool(not_an_actor(c.name)), sites),
    ):
        start = time.process_time()
        hits = sum(bool(call(*site)) for site in where)
        print(f"{label}: {time.process_time() - start:.2f} s CPU, {hits} hits")


if __name__ == "__main__":
    main()
