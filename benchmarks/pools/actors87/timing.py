# ruff: noqa
"""CPU time of one resolve of the 1,000 benchmark articles (bench_build's corpus) for one code
tree, best of three, to compare actors87's branch with main (review34's script). Usage: timing.py ROOT FOLDER."""

import sys, time
from pathlib import Path

ROOT = Path(sys.argv[1]).resolve()
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))
import bench_build as bb
from generator.annotate import annotate
from generator.load import load_content
from generator.resolve import resolve

folder = Path(sys.argv[2])
content = folder / "content"
if not content.exists():
    bb.make_content(1000, folder, bb.DEFAULT_CORPUS, bb.DEFAULT_SEEDS)
loaded = load_content(content)
ann = annotate(loaded.articles, loaded.entities, cache_dir=folder / f"cache-{ROOT.name}")
best = []
for _ in range(3):
    start = time.process_time()
    resolved = resolve(loaded, ann)
    best.append(time.process_time() - start)
pages = sum(1 for e in resolved.entities if e.kind == "actors")
print(f"{ROOT.name}: resolve {min(best):.2f} s CPU (best of 3), {pages} actor pages")
