"""CPU cost of actors105's per-span readings over the 1,000 benchmark articles' text, this
branch against main's (``MAIN``: a tree of main unpacked with ``git archive``, default
/tmp/actors105/main): what ``things.read_article`` reads before each name (a verb of writing;
here also a work's noun and "entitled"), and the plural place noun ``collecting`` now reads
after each name, for every run of capitalised words as an ORG span. The first-person test of
a quotation and the verb glued before a body run once per quotation or per glued candidate:
not timed apart. Usage: ``.venv/bin/python benchmarks/pools/actors105/timing.py [MAIN]``."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import timing_kit as kit


def _time(label: str, articles, spans) -> None:
    things = importlib.import_module("generator.resolve.things")
    collecting = importlib.import_module("generator.resolve.article.collecting")
    where = Path(things.__file__).parents[2]
    before = getattr(things, "_work_before", None) or things._authored_before
    places = getattr(collecting, "_PLACES_AFTER", None)

    def read_before() -> int:
        return sum(
            bool(before(a.paragraphs[p], span.start))
            for a, found in zip(articles, spans, strict=True)
            for p, span in found
        )

    def read_after() -> int:
        if places is None:
            return 0
        return sum(
            bool(places.match(a.paragraphs[p][span.end :]))
            for a, found in zip(articles, spans, strict=True)
            for p, span in found
        )

    kit.timed(f"work before the name, {label} ({where})", read_before)
    kit.timed(f"places after the name, {label} ({where})", read_after)


def main() -> None:
    articles = kit.bench_articles()
    spans = kit.capitalised_spans(articles)
    print(f"{sum(len(s) for s in spans)} capitalised runs")
    _time("actors105", articles, spans)
    for name in [n for n in sys.modules if n == "generator" or n.startswith("generator.")]:
        del sys.modules[name]
    sys.path.insert(0, sys.argv[1] if len(sys.argv) > 1 else "/tmp/actors105/main")
    _time("main", articles, spans)


if __name__ == "__main__":
    main()
