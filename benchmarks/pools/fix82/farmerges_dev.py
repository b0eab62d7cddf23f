# ruff: noqa
"""The cross-article surname merges on the dev split with ROOT's code (names and articles)."""

import sys
from pathlib import Path

import yaml

ROOT = Path(sys.argv[1])
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))
import quality_extract as qe

gold = ROOT / "tests/gold/wikinews-gold.yml"
chosen = [a for a in yaml.safe_load(gold.read_text())["articles"] if a.get("split") == "dev"]
resolved, aids = qe.run_pipeline(chosen, gold)
title = {a: c["title"][:40] for a, c in zip(aids, chosen)}
names = {e.key: e.name for e in resolved.entities}
for d in resolved.decisions:
    if d.action == "merged" and d.reason.startswith("the one person of that surname"):
        print(
            d.name,
            names.get(d.key, d.key),
            d.mentions,
            [title.get(a, a) for a, _ in d.where],
            sep="\t",
        )
