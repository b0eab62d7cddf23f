"""Cost of actors86's rules over the 1,000 benchmark articles' text (issue 8).

Usage: ``.venv/bin/python benchmarks/pools/actors86/timing.py``. Builds the 1,000 articles as
``bench_build.make_content`` does (without writing them), makes every run of capitalised
words of every paragraph a candidate (far more than the NER's spans: an upper bound), and
times on them: (1) ``names._named_thing`` on every distinct run (with the decade and
place-named competition shapes), (2) ``_epithets`` over every candidate, each run given an
actor's verdict, (3) ``article._TOWN_OF`` before every one-word run, (4) ``_VESSEL_BEFORE``
searched over four words before every candidate (three before), (5) ``_SET_OFF_NOUN`` after
every candidate, (6) ``strip_glued_prefix`` on every run of three words or more.
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

from generator.resolve import _epithets  # noqa: E402
from generator.resolve.article import (  # noqa: E402
    _SET_OFF_NOUN,
    _TOWN_OF,
    _VESSEL_BEFORE,
    Candidate,
    _at_end,
)
from generator.resolve.decide import Verdict  # noqa: E402
from generator.resolve.names import _named_thing, strip_glued_prefix  # noqa: E402

RUN = re.compile(r"[A-Z][\w'’.-]*(?:,? (?:of |the |of the )?[A-Z][\w'’.-]*)*")


def timed(label: str, work) -> None:
    start = time.process_time()
    n = work()
    print(f"{label}: {time.process_time() - start:.3f} s, {n} found")


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
    timed(
        "_named_thing",
        lambda: sum(
            bool(_named_thing(n.split(), [t.lower().rstrip(".") for t in n.split()]))
            for n in distinct
        ),
    )
    verdicts = {n: Verdict(name=n, type="organisation") for n in distinct}
    timed("_epithets", lambda: len(_epithets(candidates, verdicts, paragraphs)))
    text = {(c.article, c.paragraph): paragraphs[c.article][c.paragraph] for c in candidates}
    timed(
        "_TOWN_OF",
        lambda: sum(
            bool(_TOWN_OF.search(text[c.article, c.paragraph], max(0, c.start - 30), c.start))
            for c in candidates
            if " " not in c.text
        ),
    )
    for words in (3, 4):
        timed(
            f"_VESSEL_BEFORE over {words} words",
            lambda words=words: sum(
                bool(_at_end(_VESSEL_BEFORE, text[c.article, c.paragraph][: c.start], words))
                for c in candidates
            ),
        )
    timed(
        "_SET_OFF_NOUN",
        lambda: sum(
            bool(_SET_OFF_NOUN.match(text[c.article, c.paragraph][c.end :])) for c in candidates
        ),
    )
    timed(
        "strip_glued_prefix",
        lambda: sum(strip_glued_prefix(n) != n for n in distinct if n.count(" ") >= 2),
    )


if __name__ == "__main__":
    main()
