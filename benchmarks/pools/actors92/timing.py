"""CPU cost of actors92's rules over the 1,000 benchmark articles (bench_build's corpus) for
one code tree: one resolve, best of three, and the time spent inside each new function (0
on a tree without them).

Usage: ``.venv/bin/python benchmarks/pools/actors92/timing.py ROOT FOLDER``; FOLDER keeps the
generated content and each tree's annotation cache between runs.
"""

from __future__ import annotations

import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(sys.argv[1]).resolve()
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))
import bench_build  # noqa: E402

import generator.resolve as resolve_package  # noqa: E402
from generator.annotate import annotate  # noqa: E402
from generator.load import load_content  # noqa: E402
from generator.resolve import folds, merge, resolve  # noqa: E402

NEW = {  # each where its caller looks it up (``resolve`` imports the aliases' passes by name)
    resolve_package: ("_familiar_given_names", "_slipped_openings", "_glossed_acronyms"),
    folds: ("_shared_acronym_folds",),
    merge: ("sub_body",),
}
spent: dict[str, float] = defaultdict(float)


def timed(name, function):
    def run(*args, **kwargs):
        start = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[name] += time.process_time() - start

    return run


for module, names in NEW.items():
    for name in names:
        if hasattr(module, name):
            setattr(module, name, timed(name, getattr(module, name)))

folder = Path(sys.argv[2])
content = folder / "content"
if not content.exists():
    bench_build.make_content(1000, folder, bench_build.DEFAULT_CORPUS, bench_build.DEFAULT_SEEDS)
loaded = load_content(content)
notes = annotate(loaded.articles, loaded.entities, cache_dir=folder / f"cache-{ROOT.name}")
best = []
for _ in range(3):
    spent.clear()
    start = time.process_time()
    resolved = resolve(loaded, notes)
    best.append(time.process_time() - start)
pages = sum(1 for e in resolved.entities if e.kind == "actors")
print(f"{ROOT.name}: resolve {min(best):.2f} s CPU (best of 3), {pages} actor pages")
for name, seconds in sorted(spent.items()):
    print(f"  {name}: {seconds:.3f} s (last run)")
