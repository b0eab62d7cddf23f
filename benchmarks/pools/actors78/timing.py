"""Cost of actors78's pass (``resolve._regions_written``) over the 1,000 benchmark articles'
text (issue 8).

Usage: ``.venv/bin/python benchmarks/pools/actors78/timing.py``. Builds the 1,000 articles as
``bench_build.make_content`` does (without writing them), makes every run of capitalised
words of every paragraph a candidate (far more than the NER's spans: an upper bound, every
region and acronym among them), one sentence per paragraph, and times the pass: the acronym
definitions and spelt regions of each article, then the search for its regions' names.
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

from generator.model import Sentence  # noqa: E402
from generator.resolve import _regions_written  # noqa: E402
from generator.resolve.article import Candidate  # noqa: E402

RUN = re.compile(r"[A-Z][\w'’-]*(?: (?:of |the |of the )?[A-Z][\w'’-]*)*")


def main() -> None:
    corpus = Path("/work/shared/corpora/wikinews_2019.csv")
    seeds = Path("/work/shared/seeds")
    base = b.base_articles(corpus, seeds)
    names = b.name_words(base)
    articles = [b.vary(base[i % len(base)], i // len(base), names) for i in range(1000)]
    paragraphs = {f"a{i}": tuple(a.paragraphs) for i, a in enumerate(articles)}
    sentences = {
        key: tuple(Sentence(p, 0, len(t), t, ()) for p, t in enumerate(texts))
        for key, texts in paragraphs.items()
    }
    candidates = [
        Candidate(key, p, p, m.start(), m.end(), m.group(0), m.group(0), "GPE")
        for key, texts in paragraphs.items()
        for p, text in enumerate(texts)
        for m in RUN.finditer(text)
    ]
    print(f"{len(articles)} articles, {len(candidates)} candidates (every capitalised run)")
    start = time.process_time()
    out = _regions_written(candidates, paragraphs, sentences)
    added = len(out) - len(candidates)
    print(f"_regions_written: {time.process_time() - start:.2f} s, {added} added")


if __name__ == "__main__":
    main()
