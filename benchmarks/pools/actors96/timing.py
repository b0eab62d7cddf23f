"""Cost of actors96's rules over the 1,000 benchmark articles' text (issue 8).

Usage: ``.venv/bin/python benchmarks/pools/actors96/timing.py``. Builds the 1,000 articles as
``bench_build.make_content`` does (without writing them) and takes every run of capitalised
words as a candidate (ORG, and once more as PERSON; far more than the NER's spans: an upper
bound), one sentence per paragraph, then times, best of three, CPU: the candidate passes
``_place_cut``, ``_portfolio_glued``, ``_mission_place`` and ``_well_known_written`` (every
``WELL_KNOWN`` group taken as named: its pattern searched in every paragraph); and on every
distinct run ``state_name`` (the formal names' pattern), ``not_an_actor`` (the joint modifier
shape among the rest), ``joint_key`` and ``decide._region_adjective``.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from timing_kit import bench_articles, capitalised_spans, timed

from generator.gazetteer import state_name
from generator.model import Sentence
from generator.resolve.article import Candidate
from generator.resolve.decide import _region_adjective
from generator.resolve.glued import _mission_place, _place_cut, _portfolio_glued
from generator.resolve.merge import joint_key
from generator.resolve.names import not_an_actor
from generator.resolve.sweeps import _well_known_written
from generator.resolve.vocab import WELL_KNOWN


def main() -> None:
    articles = bench_articles()
    spans = capitalised_spans(articles)
    candidates = [
        Candidate(str(i), p, p, s.start, s.end, s.text, s.text, "ORG", "ORG")
        for i, found in enumerate(spans)
        for p, s in found
    ]
    candidates += [replace(c, label="PERSON") for c in candidates]
    paragraphs = {str(i): tuple(a.paragraphs) for i, a in enumerate(articles)}
    sentences = {
        i: tuple(Sentence(p, 0, len(t), t, ()) for p, t in enumerate(texts))
        for i, texts in paragraphs.items()
    }
    print(f"{len(articles)} articles, {len(candidates)} candidates (runs as ORG and PERSON)")
    timed("_place_cut", lambda: len(_place_cut(candidates, paragraphs)))
    timed("_portfolio_glued", lambda: len(_portfolio_glued(candidates)))
    timed("_mission_place", lambda: len(_mission_place(candidates, paragraphs)))
    named = [Candidate("x", 0, 0, 0, 0, group[0], group[0], "ORG", "ORG") for group in WELL_KNOWN]
    timed(
        "_well_known_written",
        lambda: len(_well_known_written(candidates + named, paragraphs, sentences)),
    )
    distinct = sorted({c.name for c in candidates})
    timed(
        f"state_name ({len(distinct)} distinct)", lambda: sum(map(bool, map(state_name, distinct)))
    )
    timed("not_an_actor", lambda: sum(bool(not_an_actor(n)) for n in distinct))
    timed("joint_key", lambda: sum(joint_key(n) is not None for n in distinct))
    one_word = [n for n in distinct if " " not in n]
    timed(f"_region_adjective ({len(one_word)})", lambda: sum(map(_region_adjective, one_word)))


if __name__ == "__main__":
    main()
