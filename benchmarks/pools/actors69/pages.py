# ruff: noqa: E402
"""Dump the actor pages (name | type | mentions | aliases) and merges of the 1,000-article
benchmark briefing on a tree: python pages.py TREE WORK (WORK made by time_resolve.py)."""

import sys
from pathlib import Path

root = Path(sys.argv[1])
sys.path.insert(0, str(root))
from generator.annotate import annotate
from generator.load import load_content
from generator.resolve import resolve

work = Path(sys.argv[2])
loaded = load_content(work / "content")
ann = annotate(loaded.articles, loaded.entities, cache_dir=work / "cache")
r = resolve(loaded, ann)
from collections import Counter

n = Counter(m.entity for m in r.mentions)
for e in r.entities:
    print(e.name, "|", e.type, "|", n[e.key], "|", ";".join(e.aliases))
for d in r.decisions:
    if d.action == "merged":
        print("D", d.name, "->", d.key, "|", d.reason[:80])
