"""One MkDocs build of a docs folder under cProfile, with the configuration ``engine_split.py``
gives it: our pages (the split search) or, with ``--plain``, as many one-line pages at the same
paths (``engine_split.plain_docs``, the theme's own search), so the two profiles can be
subtracted (``perf72/profile_diff.py``).

Usage: .venv/bin/python benchmarks/pools/perf84/profile_build.py DOCS WORK [--plain] [--top N]
Prints the build's profiled CPU seconds and the functions with the most own and cumulative time;
the profile is kept in WORK/profile.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import runpy
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
engine = runpy.run_path(str(ROOT / "benchmarks" / "pools" / "perf57" / "engine_split.py"))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("docs", type=Path)
    parser.add_argument("work", type=Path)
    parser.add_argument("--plain", action="store_true")
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args()
    work: Path = args.work
    work.mkdir(parents=True, exist_ok=True)
    docs = engine["plain_docs"](args.docs, work) if args.plain else args.docs
    config = engine["config_for"](docs, work, False, not args.plain)
    os.environ["SOURCE_DATE_EPOCH"] = "946684800"
    os.environ["NO_MKDOCS_2_WARNING"] = "1"
    from mkdocs.__main__ import cli

    shutil.rmtree(work / "site", ignore_errors=True)
    profile = cProfile.Profile(time.process_time)  # CPU: the machine is shared
    sys.argv = ["mkdocs", "build", "-q", "-f", str(config)]
    try:
        profile.runcall(cli.main, standalone_mode=False)
    finally:
        profile.dump_stats(work / "profile")
    stats = pstats.Stats(str(work / "profile"))
    print(f"total {stats.total_tt:.2f}s (profiled)")  # type: ignore[attr-defined]
    stats.sort_stats("tottime").print_stats(args.top)
    stats.sort_stats("cumulative").print_stats(args.top)


if __name__ == "__main__":
    main()
