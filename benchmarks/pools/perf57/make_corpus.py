"""Make the 1,000-article bench corpus (as ``bench_build.py`` does) and build its pages once.

Usage: .venv/bin/python benchmarks/pools/perf57/make_corpus.py FOLDER [SIZE]
Writes FOLDER/content, then runs a cold ``--pages-only`` build into FOLDER/docs (cache in
FOLDER/cache), in a fresh interpreter, as the benchmark does.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))

import bench_build as bb  # noqa: E402


def main() -> None:
    folder = Path(sys.argv[1])
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    folder.mkdir(parents=True, exist_ok=True)
    content = folder / "content"
    if not content.exists():
        shared = Path("/work/shared")  # the worktree's parent has no shared/
        bb.make_content(size, folder, shared / "corpora" / "wikinews_2019.csv", shared / "seeds")
    paths = [str(content), str(folder / "site"), str(folder / "docs"), str(folder / "cache")]
    report, wall = bb.run_child("run", *paths, "--pages-only")
    print(bb.line("--pages-only", report, wall))


if __name__ == "__main__":
    main()
