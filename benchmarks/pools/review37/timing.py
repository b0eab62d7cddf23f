"""Cost of review37's change to ``_states_headed`` over the 1,000 benchmark articles'
text (bench_build's corpus; no parse): its CPU time for four leaders' governments, in this tree
and in ROOT (e.g. ``main`` unpacked with ``git archive``), best of five.

Usage: ``.venv/bin/python benchmarks/pools/review37/timing.py OUT [ROOT]`` (OUT: a new folder
for the articles; remove it after)."""

from __future__ import annotations

import importlib
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parents[3]
OUT = Path(sys.argv[1])
ROOTS = [HERE, *(Path(a).resolve() for a in sys.argv[2:])]
NAMES = ["Bush administration", "Obama administration", "Howard Government", "Putin government"]
LEADERS = frozenset({"Bush", "Obama", "Howard", "Putin"})


def texts_of(root: Path) -> list[str]:
    sys.path[:0] = [str(root / "benchmarks"), str(root)]
    bench_build = importlib.import_module("bench_build")
    load = importlib.import_module("generator.load")
    if not (OUT / "content").exists():
        bench_build.make_content(1000, OUT, bench_build.DEFAULT_CORPUS, bench_build.DEFAULT_SEEDS)
    articles = load.load_content(OUT / "content").articles
    return [p for a in articles for p in a.paragraphs]


def main() -> None:
    for root in ROOTS:
        for name in [m for m in sys.modules if m == "generator" or m.startswith("generator.")]:
            del sys.modules[name]
        sys.modules.pop("bench_build", None)
        texts = texts_of(root)
        resolve = importlib.import_module("generator.resolve")
        best = float("inf")
        for _ in range(5):
            start = time.process_time()
            found = resolve._states_headed(NAMES, texts, LEADERS, LEADERS)
            best = min(best, time.process_time() - start)
        print(f"{root}: {best * 1000:.1f} ms, {found}")
        del sys.path[:2]


if __name__ == "__main__":
    main()
