"""Cost of actors95's rules over the 1,000 benchmark articles' text (issue 8).

Usage: ``.venv/bin/python benchmarks/pools/actors95/timing.py``. Builds the 1,000 articles as
``make bench`` does (``timing_kit``), takes every run of capitalised words as an ORG candidate
(far more than the NER's spans: an upper bound), and times, best of three, CPU: ``things``'
whole per-article read (``read_article``, all ten columns: on main's tree, nine) and its two
columns this round changed or added alone (``_before_title``: the cabinet list's line, "the
portfolios of", a one-word portfolio; ``_made_read``: maker, model code, capacity, plant),
then ``made_things`` and ``glued._lone_firms`` over all the candidates. Run it from main's
tree too (a copy of this file there) for the before."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from timing_kit import bench_articles, capitalised_spans, timed

from generator.resolve import things
from generator.resolve.article import Candidate


def main() -> None:
    articles = bench_articles()
    spans = capitalised_spans(articles)
    here = [
        [Candidate(str(i), p, 0, s.start, s.end, s.text, s.text, "ORG") for p, s in found]
        for i, (a, found) in enumerate(zip(articles, spans, strict=True))
    ]
    print(f"{len(articles)} articles, {sum(map(len, here))} capitalised runs as candidates")
    pairs = list(zip(articles, here, strict=True))
    timed("read_article", lambda: sum(len(things.read_article(a.paragraphs, c)) for a, c in pairs))
    timed(
        "_before_title",
        lambda: sum(
            bool(things._before_title(c, a.paragraphs[c.paragraph])) for a, cs in pairs for c in cs
        ),
    )
    if not hasattr(things, "_made_read"):
        return  # main's tree
    timed(
        "_made_read",
        lambda: sum(
            bool(things._made_read(c, a.paragraphs[c.paragraph])) for a, cs in pairs for c in cs
        ),
    )
    every = [c for cs in here for c in cs]
    paragraphs = {str(i): tuple(a.paragraphs) for i, a in enumerate(articles)}
    reads = [things._made_read(c, paragraphs[c.article][c.paragraph]) for c in every]
    timed("made_things", lambda: len(things.made_things(every, paragraphs, reads)))
    from generator.resolve.glued import _lone_firms

    timed("_lone_firms", lambda: len(_lone_firms(every, frozenset())))


if __name__ == "__main__":
    main()
