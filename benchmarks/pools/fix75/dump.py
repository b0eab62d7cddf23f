# ruff: noqa: E501
"""Dump actors (name, aliases, articles) and events/agreements of a content folder."""

import sys
from pathlib import Path

from generator.annotate import annotate
from generator.extract import extract
from generator.load import load_content
from generator.resolve import resolve

content, cache, out = map(Path, sys.argv[1:4])
loaded = load_content(content)
ann = annotate(loaded.articles, loaded.entities, cache_dir=cache)
r = extract(resolve(loaded, ann), ann, loaded.articles)
ents = {e.key: e for e in r.entities}
lines = []
arts = {}
for m in r.mentions:
    arts.setdefault(m.entity, set()).add(m.article)
for e in sorted(r.entities, key=lambda e: e.key):
    if e.kind == "actors":
        lines.append(f"A {e.key} | {e.name} | {sorted(e.aliases)} | {sorted(arts.get(e.key, ()))}")
    else:
        lines.append(
            f"{e.kind[0].upper()} {e.type} | {e.name} | {e.date} | parties={list(e.parties)} | {e.description[:200]!r}"
        )
for s in sorted(r.statements, key=lambda s: (s.article, str(s))):
    lines.append(
        f"S {s.article} | {s.speaker if hasattr(s, 'speaker') else ''} | {s.quote[:120]!r}"
    )
out.write_text("\n".join(lines) + "\n")
