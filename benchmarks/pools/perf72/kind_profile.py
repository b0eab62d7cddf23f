"""Profile MkDocs on one kind of page: a docs folder whose pages of that kind are ours and every
other page its floor (``perf66/floor.py``'s front matter, title and one paragraph), built with
the configuration a build uses (``perf57/engine_split.py``'s) under cProfile.

Usage: .venv/bin/python benchmarks/pools/perf72/kind_profile.py DOCS WORK KIND [--top N]
KIND is a ``perf57`` page kind (actor, event, article, index/other, review, agreement) or
``floor`` (every page its floor). Prints the build's CPU and the functions with the most own
and cumulative time; the profile is kept in WORK/profile.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import runpy
import shutil
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[3]
POOLS = ROOT / "benchmarks" / "pools"
engine = runpy.run_path(str(POOLS / "perf57" / "engine_split.py"), run_name="perf72")
floor_page = runpy.run_path(str(POOLS / "perf66" / "floor.py"), run_name="perf72")["floor_page"]


def mixed_docs(docs: Path, out: Path, kind: str) -> int:
    """``docs`` copied into ``out``, each page not of ``kind`` replaced by its floor."""
    shutil.copytree(docs, out, ignore=shutil.ignore_patterns(".*"))
    ours = 0
    for page in out.rglob("*.md"):
        if engine["kind"](page.relative_to(out).as_posix()) == kind:
            ours += 1
            continue
        page.write_text(floor_page(page.read_text(encoding="utf-8")), encoding="utf-8")
    return ours


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("docs", type=Path)
    parser.add_argument("work", type=Path)
    parser.add_argument("kind")
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args()
    work: Path = args.work
    docs = work / "docs"
    if not docs.exists():
        print(f"{docs}: {mixed_docs(args.docs, docs, args.kind)} pages of kind {args.kind}")
    split = sum(1 for _ in docs.rglob("*.md")) > engine["SPLIT_PAGES"]
    config = engine["config_for"](docs, work, False, split)
    profiled_build(config, work, args.top)


def profiled_build(config: Path, work: Path, top: int, timer: Any = None) -> None:
    """``mkdocs build`` of ``config`` into ``work/site`` under cProfile (``timer``'s clock, if
    given: perf84's CPU), the profile kept in ``work/profile``, its top ``top`` printed."""
    os.environ["SOURCE_DATE_EPOCH"] = "946684800"
    os.environ["NO_MKDOCS_2_WARNING"] = "1"
    from mkdocs.__main__ import cli

    shutil.rmtree(work / "site", ignore_errors=True)
    profile = cProfile.Profile(timer) if timer else cProfile.Profile()
    sys.argv = ["mkdocs", "build", "-q", "-f", str(config)]
    try:
        profile.runcall(cli.main, standalone_mode=False)
    finally:
        profile.dump_stats(work / "profile")
    stats = pstats.Stats(str(work / "profile"))
    print(f"total {stats.total_tt:.2f}s (profiled)")  # type: ignore[attr-defined]
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)


if __name__ == "__main__":
    main()
