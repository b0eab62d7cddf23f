"""Cost of actors82's rules over the 1,000 benchmark articles' text (issue 8).

Usage: ``.venv/bin/python benchmarks/pools/actors82/timing.py``. Builds the 1,000 articles as
``bench_build.make_content`` does (without writing them), makes every run of capitalised
words of every paragraph a candidate (far more than the NER's spans: an upper bound), and
times (1) ``names._named_thing`` on every distinct run (the name shapes: numbered laws, mines,
time zones, portfolios, teams, ranks, commas), (2) ``_ships_named_like_people`` over every
candidate with each run given a person's verdict and every fourth one a ship's noun (its
worst case), (3) ``things._PORTFOLIO_AFTER`` after every candidate.
"""

from __future__ import annotations

import re
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))
import bench_build as b  # noqa: E402

from generator.resolve import _ships_named_like_people  # noqa: E402
from generator.resolve.article import Candidate  # noqa: E402
from generator.resolve.decide import Verdict  # noqa: E402
from generator.resolve.names import _named_thing  # noqa: E402
from generator.resolve.things import _PORTFOLIO_AFTER  # noqa: E402

RUN = re.compile(r"[A-Z][\w'’.-]*(?:,? (?:of |the |of the )?[A-Z][\w'’.-]*)*")


def main() -> None:
    corpus = Path("/work/shared/corpora/wikinews_2019.csv")
    seeds = Path("/work/shared/seeds")
    base = b.base_articles(corpus, seeds)
    names = b.name_words(base)
    articles = [b.vary(base[i % len(base)], i // len(base), names) for i in range(1000)]
    paragraphs = {f"a{i}": tuple(a.paragraphs) for i, a in enumerate(articles)}
    candidates = [
        Candidate(key, p, p, m.start(), m.end(), m.group(0), m.group(0), "PERSON")
        for key, texts in paragraphs.items()
        for p, text in enumerate(texts)
        for m in RUN.finditer(text)
    ]
    distinct = sorted({c.name for c in candidates})
    print(f"{len(articles)} articles, {len(candidates)} candidates, {len(distinct)} distinct")
    start = time.process_time()
    found = [
        n for n in distinct if _named_thing(n.split(), [t.lower().rstrip(".") for t in n.split()])
    ]
    print(f"_named_thing: {time.process_time() - start:.3f} s, {len(found)} names")
    ships = [replace(c, vessel="ship") if i % 4 == 0 else c for i, c in enumerate(candidates)]
    verdicts = {n: Verdict(name=n, type="person") for n in distinct}
    start = time.process_time()
    out = _ships_named_like_people(ships, verdicts, paragraphs)
    print(f"_ships_named_like_people: {time.process_time() - start:.3f} s, {len(out)} names")
    start = time.process_time()
    hits = sum(
        bool(_PORTFOLIO_AFTER.match(paragraphs[c.article][c.paragraph][c.end :]))
        for c in candidates
    )
    print(f"_PORTFOLIO_AFTER: {time.process_time() - start:.3f} s, {hits} hits")


if __name__ == "__main__":
    main()
