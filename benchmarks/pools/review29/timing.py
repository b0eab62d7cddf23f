"""Cost of review29's changed patterns over the 1,000 benchmark articles' text (issue 8).

Usage: ``.venv/bin/python benchmarks/pools/review29/timing.py``. Builds the 1,000 articles as
``bench_build.make_content`` does (without writing them) and runs ``_NATION_ACTS`` after every
capitalised word (a build runs it after a region's name only: an upper bound), and
``_paper_of_its_own`` / ``_papers_in_text`` for "Times", "Post" and "Sun" over every article
(a build runs them only where an article names a paper in full); prints the CPU seconds.
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

from generator.resolve import (  # noqa: E402
    _NATION_ACTS,
    _after_list,
    _paper_of_its_own,
    _papers_in_text,
)

WORD = re.compile(r"\b[A-Z][a-z]+")


def main() -> None:
    corpus = Path("/work/shared/corpora/wikinews_2019.csv")
    base = b.base_articles(corpus, Path("/work/shared/seeds"))
    names = b.name_words(base)
    articles = [b.vary(base[i % len(base)], i // len(base), names) for i in range(1000)]
    texts = [p for a in articles for p in a.paragraphs]
    t = time.process_time()
    hits = sum(
        bool(_NATION_ACTS.match(_after_list(text[m.end() :])))
        for text in texts
        for m in WORD.finditer(text)
    )
    acts = time.process_time() - t
    t = time.process_time()
    for a in articles:
        for word in ("Times", "Post", "Sun"):
            _paper_of_its_own(a.paragraphs, word)
            _papers_in_text(a.paragraphs, word)
    papers = time.process_time() - t
    print(f"{len(articles)} articles: _NATION_ACTS {acts:.2f} s ({hits} matches)")
    print(f"papers {papers:.2f} s")


if __name__ == "__main__":
    main()
