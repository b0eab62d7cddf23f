"""Cost of actors75's new and widened patterns over the 1,000 benchmark articles' text
(issue 8).

Usage: ``.venv/bin/python benchmarks/pools/actors75/timing.py [ROOT]``. Builds the 1,000
articles as ``bench_build.make_content`` does (without writing them) and, at every run of
capitalised words of every paragraph (far more places than the NER's spans: an upper bound),
matches ``_BUILDING_AFTER`` on the text after, ``_NATION_ACTS`` after and
``_NATION_PLACE_BEFORE``/``_NATION_GOVERNED`` before (resolve matches them only at a
region's mentions), ``_BUILDING_NAME`` on the run, and asks ``region_that_acts``; prints the
CPU seconds of each. ROOT (default: this tree) is the code tree to time, e.g. ``main``
unpacked with ``git archive``, to compare.
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parents[3]
ROOT = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else HERE
sys.path.insert(0, str(HERE / "benchmarks"))
sys.path.insert(0, str(ROOT))
import bench_build as b  # noqa: E402

from generator.resolve import _NATION_ACTS, _NATION_GOVERNED, _NATION_PLACE_BEFORE  # noqa: E402
from generator.resolve.article import _BUILDING_AFTER  # noqa: E402

d = sys.modules["generator.resolve.decide"]
RUN = re.compile(r"[A-Z][\w'’-]*(?: (?:of |the |of the )?[A-Z][\w'’-]*)*")


def main() -> None:
    corpus = Path("/work/shared/corpora/wikinews_2019.csv")
    seeds = Path("/work/shared/seeds")
    base = b.base_articles(corpus, seeds)
    names = b.name_words(base)
    articles = [b.vary(base[i % len(base)], i // len(base), names) for i in range(1000)]
    sites = [
        (p, m.start(), m.end()) for a in articles for p in a.paragraphs for m in RUN.finditer(p)
    ]
    print(f"{len(articles)} articles, {len(sites)} runs of capitalised words")
    building_name = getattr(d, "_BUILDING_NAME", None)
    calls = [
        ("_BUILDING_AFTER", lambda p, s, e: _BUILDING_AFTER.match(p[e:])),
        ("_NATION_ACTS", lambda p, s, e: _NATION_ACTS.match(p[e:])),
        ("_NATION_PLACE_BEFORE", lambda p, s, e: _NATION_PLACE_BEFORE.search(p[:s])),
        ("_NATION_GOVERNED", lambda p, s, e: _NATION_GOVERNED.search(p[:s])),
        ("region_that_acts", lambda p, s, e: d.region_that_acts(p[s:e])),
    ]
    if building_name is not None:
        calls.append(("_BUILDING_NAME", lambda p, s, e: building_name.search(p[s:e])))
    for label, call in calls:
        start = time.process_time()
        hits = sum(bool(call(*site)) for site in sites)
        print(f"{label}: {time.process_time() - start:.2f} s CPU, {hits} hits")


if __name__ == "__main__":
    main()
