# ruff: noqa
"""quality_extract.py of worktree argv[1] with the shared corpus at /work/shared (the worktree's ../shared is absent)."""

import sys
from pathlib import Path

wt = sys.argv.pop(1)
sys.path.insert(0, wt)
sys.path.insert(0, wt + "/benchmarks")
import quality_extract as q

q.CORPUS = Path("/work/shared/corpora/wikinews_2019.csv")
q.SEEDS = Path("/work/shared/seeds")
q.main()
