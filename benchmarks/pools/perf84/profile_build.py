"""One MkDocs build of a docs folder under cProfile (CPU clock), with the configuration
``engine_split.py`` gives it: our pages (the split search) or, with ``--plain``, as many
one-line pages at the same paths (``engine_split.plain_docs``, the theme's own search), so the
two profiles can be subtracted (``perf72/profile_diff.py``).

Usage: .venv/bin/python benchmarks/pools/perf84/profile_build.py DOCS WORK [--plain] [--top N]
Prints the build's profiled CPU seconds and the functions with the most own and cumulative
time (``perf72/kind_profile.profiled_build``); the profile is kept in WORK/profile.
"""

from __future__ import annotations

import argparse
import runpy
import time
from pathlib import Path

POOLS = Path(__file__).resolve().parents[1]
engine = runpy.run_path(str(POOLS / "perf57" / "engine_split.py"))
profiled_build = runpy.run_path(str(POOLS / "perf72" / "kind_profile.py"))["profiled_build"]


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
    profiled_build(config, work, args.top, time.process_time)  # CPU: the machine is shared


if __name__ == "__main__":
    main()
