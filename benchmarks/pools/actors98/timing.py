"""Cost of actors98's rules over the 1,000 benchmark articles' text (issue 8).

Usage: ``.venv/bin/python benchmarks/pools/actors98/timing.py``. Builds the 1,000 articles as
``bench_build.make_content`` does (without writing them), takes every run of capitalised words
as a span (far more than the NER's: an upper bound) and times, best of three, CPU: the style
and rulers' office cut (``strip_titles``, ``title_only``, ``style_cut`` with the text before
the run) on every run, ``without_style`` (what the cut adds to ``strip_titles``) apart;
``_nicknames`` and ``_dateline_place`` on every paragraph and run;
``looks_like_name`` (the figure-led test is one regex before the figure test) and
``initials`` on every run.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from timing_kit import bench_articles, capitalised_spans, timed

from generator.resolve.article.context import _dateline_place, _nicknames
from generator.resolve.names import (
    initials,
    looks_like_name,
    strip_titles,
    style_cut,
    title_only,
    without_style,
)


def main() -> None:
    articles = bench_articles()
    print(f"{len(articles)} articles, {sum(len(a.paragraphs) for a in articles)} paragraphs")
    spans = capitalised_spans(articles)
    runs = [(a, p, s) for found, a in zip(spans, articles, strict=True) for p, s in found]
    print(f"{len(runs)} runs of capitalised words as spans")
    timed("without_style", lambda: sum(without_style(s.text) != s.text for _, _, s in runs))
    timed("strip_titles", lambda: sum(strip_titles(s.text) != s.text for _, _, s in runs))
    timed("title_only", lambda: sum(title_only(s.text) for _, _, s in runs))
    timed(
        "style_cut",
        lambda: sum(style_cut(s.text, a.paragraphs[p][: s.start]) != s.text for a, p, s in runs),
    )
    timed("_nicknames", lambda: sum(len(_nicknames(a.paragraphs)) for a in articles))
    timed(
        "_dateline_place",
        lambda: sum(bool(_dateline_place(a.paragraphs[p], s.start, s.end)) for a, p, s in runs),
    )
    timed("looks_like_name", lambda: sum(looks_like_name(s.text, "ORG") for _, _, s in runs))
    timed("initials", lambda: sum(len(initials(s.text)) for _, _, s in runs))


if __name__ == "__main__":
    main()
