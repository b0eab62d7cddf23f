# ruff: noqa
"""Score only the statement events of worktree argv[1] against a statement-only gold (argv rest
as quality_extract.py's), with the shared corpus at /work/shared: proposals of other types are
neither right nor wrong here, since the gold annotates statements only."""

import sys
from pathlib import Path

wt = sys.argv.pop(1)
sys.path.insert(0, wt)
sys.path.insert(0, wt + "/benchmarks")
import quality_extract as q

q.CORPUS = Path("/work/shared/corpora/wikinews_2019.csv")
q.SEEDS = Path("/work/shared/seeds")
_score = q.score


def score(gold, items, kind, title, variants):
    if kind == "events":
        items = [i for i in items if i.label.startswith("events/statement-")]
    if kind != "events":
        gold, items = [], []
    return _score(gold, items, kind, title, variants)


q.score = score
q.main()
