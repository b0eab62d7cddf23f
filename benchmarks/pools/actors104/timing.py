"""CPU cost of actors104's rules over the 1,000 benchmark articles' text, this branch against
main's (``MAIN``: a tree of main unpacked with ``git archive``, default /tmp/actors104/main):
``extend._extend_cut_bodies`` over every run of capitalised words as an ORG span (the
foreign "and" it now reads after a name with a foreign particle) and ``names.looks_like_name``
of every such run (the foreign "and" inside a name). ``glued._paper_of_place`` is asked only
of a name whose last word a known name is and whose head is a place: not timed apart.
Usage: ``.venv/bin/python benchmarks/pools/actors104/timing.py [MAIN]``."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import timing_kit as kit


def _time(label: str, articles, spans) -> None:
    extend = importlib.import_module("generator.resolve.article.extend")
    names = importlib.import_module("generator.resolve.names")
    where = Path(extend.__file__).parents[3]
    runs = [span.text for found in spans for _p, span in found]

    def extended() -> int:
        return sum(
            len(extend._extend_cut_bodies(found, a.paragraphs))
            for a, found in zip(articles, spans, strict=True)
        )

    kit.timed(f"_extend_cut_bodies, {label} ({where})", extended)
    kit.timed(
        f"looks_like_name, {label} ({where})",
        lambda: sum(names.looks_like_name(r, "ORG") for r in runs),
    )


def main() -> None:
    articles = kit.bench_articles()
    spans = kit.capitalised_spans(articles)
    print(f"{sum(len(s) for s in spans)} capitalised runs")
    _time("actors104", articles, spans)
    for name in [n for n in sys.modules if n == "generator" or n.startswith("generator.")]:
        del sys.modules[name]
    sys.path.insert(0, sys.argv[1] if len(sys.argv) > 1 else "/tmp/actors104/main")
    _time("main", articles, spans)


if __name__ == "__main__":
    main()
