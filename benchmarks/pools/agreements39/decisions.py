"""Print resolve's decisions (rejected or merged, and why) about the names given, over the pool.

Usage: .venv/bin/python benchmarks/pools/agreements39/decisions.py NAME...

Runs the whole pool (both halves, ``bbc.csv`` rebuilt as SOURCE.md says) as one briefing, as
``show.py`` does per half: a party the matcher cannot name is often a name resolve rejected.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from quality_extract import run_pipeline  # noqa: E402


def main(names: set[str]) -> None:
    gold = HERE / "gold.yml"
    articles = yaml.safe_load(gold.read_text(encoding="utf-8"))["articles"]
    resolved, _ = run_pipeline(articles, gold)
    for d in resolved.decisions:
        if d.name in names:
            print(f"{d.name!r}: {d.action}: {d.reason}")


if __name__ == "__main__":
    main(set(sys.argv[1:]))
