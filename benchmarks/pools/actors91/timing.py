"""Cost of actors91's rules over the 1,000 benchmark articles' text (issue 8), for one code
tree ROOT (this branch, or main unpacked with ``git archive``), to compare the two.

Usage: ``.venv/bin/python benchmarks/pools/actors91/timing.py ROOT``. Builds the 1,000 articles
as ``bench_build.make_content`` does (without writing them), takes every run of capitalised
words as a name (far more than the NER's spans: an upper bound) and times, at every run's end,
the two glosses read after a name (``_SET_OFF_NOUN``, ``_EVENT_AFTER``) and the mission's city
(``_IN_CITY``, this branch only); then ``not_an_actor`` on every distinct run (as ``decide``
reads each name once).
"""

from __future__ import annotations

import importlib
import re
import runpy
import sys
from pathlib import Path

ROOT = Path(sys.argv[1]).resolve()
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))
import bench_build as b  # noqa: E402

from generator.resolve.names import not_an_actor  # noqa: E402

_SHARED = runpy.run_path(str(Path(__file__).resolve().parent.parent / "actors90" / "timing.py"))
RUN = _SHARED["RUN"]
"""actors90's run of capitalised words, each taken as a name."""
timed = _SHARED["timed"]
"""actors90's timer: the best of three runs, in CPU seconds, and what was found."""


def _pattern(name: str) -> re.Pattern[str] | None:
    """The compiled pattern ``name`` of whichever resolve module holds it in this tree."""
    for module in ("generator.resolve.article", *_split_modules()):
        found = getattr(importlib.import_module(module), name, None)
        if found is not None:
            return found
    return None


def _split_modules() -> list[str]:
    folder = ROOT / "generator" / "resolve"
    return [f"generator.resolve.{p.stem}" for p in sorted(folder.glob("*.py"))] + [
        f"generator.resolve.{p.parent.name}.{p.stem}" for p in sorted(folder.glob("*/*.py"))
    ]


def main() -> None:
    base = b.base_articles(
        Path("/work/shared/corpora/wikinews_2019.csv"), Path("/work/shared/seeds")
    )
    words = b.name_words(base)
    articles = [b.vary(base[i % len(base)], i // len(base), words) for i in range(1000)]
    ends = [(text, m.end()) for a in articles for text in a.paragraphs for m in RUN.finditer(text)]
    print(f"{len(articles)} articles, {len(ends)} runs of capitalised words")
    for name in ("_SET_OFF_NOUN", "_EVENT_AFTER"):
        if pattern := _pattern(name):
            timed(name, lambda p=pattern: sum(bool(p.match(t[e : e + 200])) for t, e in ends))
    if city := _pattern("_IN_CITY"):
        missions = ("Embassy", "Consulate", "Consulate-General")
        timed(
            "_IN_CITY",
            lambda: sum(bool(city.match(t, e)) for t, e in ends if t[:e].endswith(missions)),
        )
    distinct = sorted(
        {
            t[s:e]
            for a in articles
            for t in a.paragraphs
            for m in RUN.finditer(t)
            for s, e in [m.span()]
        }
    )
    timed(
        f"not_an_actor ({len(distinct)} distinct)",
        lambda: sum(bool(not_an_actor(n)) for n in distinct),
    )


if __name__ == "__main__":
    main()
