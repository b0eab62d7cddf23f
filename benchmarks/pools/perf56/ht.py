"""ht.py CODE DOCS: CPU of holds_tree after one edit (one page differs), best of 5."""

import os
import resource
import sys
from pathlib import Path

sys.path.insert(0, sys.argv[1])
from generator.publish import MARKER, holds_tree

docs = Path(sys.argv[2])
files = {}
for root, _dirs, names in os.walk(docs):
    for n in names:
        rel = os.path.relpath(os.path.join(root, n), docs)
        if rel.startswith("assets/") or rel in (MARKER, ".briefing-seal"):
            continue
        files[rel] = (docs / rel).read_text(encoding="utf-8")
edited = sorted(r for r in files if r.startswith("articles/"))[0]
files[edited] += "x\n"
unchanged = frozenset(files) - {edited, ".briefing-pages.json"}
best = []
for _i in range(5):
    r = resource.getrusage(resource.RUSAGE_SELF)
    c = r.ru_utime + r.ru_stime
    assert not holds_tree(docs, files, Path("/work/wt/perf56/templates/assets"), unchanged)
    r = resource.getrusage(resource.RUSAGE_SELF)
    best.append(r.ru_utime + r.ru_stime - c)
print(sys.argv[1], " ".join(f"{b:.3f}" for b in best))
