# ruff: noqa
"""Cost of actors84's change over the 1,000 benchmark articles (bench_build's corpus): the
CPU time of ``_known_as`` in one resolve of them (the machine is shared), the names it joins;
with PAGES every actor page (name, type, aliases) to diff two trees.
Usage: timing.py [ROOT] [PAGES] (the articles are built in /tmp/actors84/bench1000)."""

import sys, time
from pathlib import Path

ROOT = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))
import bench_build as bb
import generator.resolve as R
from generator.annotate import annotate
from generator.load import load_content

folder = Path("/tmp/actors84/bench1000")
content = folder / "content"
if not content.exists():
    bb.make_content(1000, folder, bb.DEFAULT_CORPUS, bb.DEFAULT_SEEDS)
loaded = load_content(content)
ann = annotate(loaded.articles, loaded.entities, cache_dir=folder / "cache")
spent = [0, 0.0, {}]
f = R._known_as


def timed(*a):
    t = time.process_time()
    try:
        out = f(*a)
        spent[2] = out
        return out
    finally:
        spent[0] += 1
        spent[1] += time.process_time() - t


R._known_as = timed
t = time.process_time()
resolved = R.resolve(loaded, ann)
print(f"resolve {time.process_time() - t:.2f} s, {len(loaded.articles)} articles")
print(f"_known_as: {spent[0]} calls, {spent[1] * 1000:.1f} ms, joins {sorted(spent[2].items())}")
if len(sys.argv) > 2:
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        for e in sorted(resolved.entities, key=lambda e: e.key):
            if e.kind == "actors":
                out.write(f"{e.name}\t{e.type}\t{', '.join(sorted(e.aliases))}\n")
