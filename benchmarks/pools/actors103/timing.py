"""CPU cost of actors103's citation shapes over the 1,000 benchmark articles' text: the whole
of ``decide.media_citations`` (each article's paragraphs, as ``outlets.citations_of_texts``
reads them on a cold build; a rebuild keeps them per article), this branch against main's
(``MAIN``: a tree of main unpacked with ``git archive``, default /tmp/actors103/main).
Usage: ``.venv/bin/python benchmarks/pools/actors103/timing.py [MAIN]``."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import timing_kit as kit

from generator.resolve.decide import media_citations


def main() -> None:
    articles = kit.bench_articles()
    texts = [a.paragraphs for a in articles]

    def cites(function) -> int:
        return sum(len(function(paragraphs)) for paragraphs in texts)

    kit.timed("media_citations, actors103", lambda: cites(media_citations))
    # main's function: its package imported afresh from the unpacked tree (strings in, out)
    for name in [n for n in sys.modules if n == "generator" or n.startswith("generator.")]:
        del sys.modules[name]
    sys.path.insert(0, sys.argv[1] if len(sys.argv) > 1 else "/tmp/actors103/main")
    old = importlib.import_module("generator.resolve.decide")
    kit.timed(
        f"media_citations, main ({Path(old.__file__).parents[2]})",
        lambda: cites(old.media_citations),
    )


if __name__ == "__main__":
    main()
