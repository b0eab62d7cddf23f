"""Resolve-stage CPU on the 1,000-article bench corpus for one code tree (actors106, issue 8).

Usage: ``.venv/bin/python benchmarks/pools/actors106/timing.py ROOT [FOLDER]``. ROOT is the code
tree to time (this worktree, or ``git archive main`` unpacked); FOLDER (default
``/tmp/actors106/bench``) holds the corpus (``bench_build.make_content``, made on the first run)
and the annotation cache both trees share. Prints resolve's best of three by
``time.process_time``, with the number of actor pages.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(sys.argv[1]).resolve()
FOLDER = Path(sys.argv[2] if len(sys.argv) > 2 else "/tmp/actors106/bench")
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))
import bench_build  # noqa: E402

import generator  # noqa: E402
from generator.annotate import annotate  # noqa: E402
from generator.load import load_content  # noqa: E402
from generator.resolve import resolve  # noqa: E402


def main() -> None:
    content = FOLDER / "content"
    if not content.is_dir():
        corpus, seeds = bench_build.DEFAULT_CORPUS, bench_build.DEFAULT_SEEDS
        bench_build.make_content(1000, FOLDER, corpus, seeds)
    loaded = load_content(content)
    notes = annotate(loaded.articles, loaded.entities, cache_dir=FOLDER / "cache")
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        resolved = resolve(loaded, notes)
        best = min(best, time.process_time() - start)
    pages = sum(1 for e in resolved.entities if e.kind == "actors")
    where = Path(generator.__file__).parent
    print(f"{where}: resolve best of 3 {best:.2f} s CPU, {pages} actor pages")


if __name__ == "__main__":
    main()
