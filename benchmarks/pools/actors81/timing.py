# ruff: noqa
"""Cost of actors81's new steps over the 1,000 benchmark articles (bench_build's corpus): each
new function wrapped with a timer (CPU time of the process: the machine is shared), one resolve run (annotations cached first); the decide
pattern timed over every candidate name. Usage: timing.py [ROOT] [PAGES_OUT]: with ROOT
another tree (main unpacked), only its resolve time and pages (to diff two trees' pages)."""

import re, sys, time
from pathlib import Path

ROOT = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))
import bench_build as bb
import generator.resolve as R
import generator.resolve.merge as M
from generator.annotate import annotate
from generator.load import load_content

spent = {}


def wrap(mod, name):
    f = getattr(mod, name)

    def timed(*a, **k):
        t = time.process_time()
        try:
            return f(*a, **k)
        finally:
            n, s = spent.get(name, (0, 0.0))
            spent[name] = (n + 1, s + time.process_time() - t)

    setattr(mod, name, timed)


folder = Path("/tmp/actors81/bench1000")
content = folder / "content"
if not content.exists():
    bb.make_content(1000, folder, bb.DEFAULT_CORPUS, bb.DEFAULT_SEEDS)
loaded = load_content(content)
ann = annotate(loaded.articles, loaded.entities, cache_dir=folder / "cache")
for mod, name in ((R, "_translated_acronyms"), (R, "_home_editions"), (M, "_slips")):
    if hasattr(mod, name):
        wrap(mod, name)
t = time.process_time()
resolved = R.resolve(loaded, ann)
print(f"resolve {time.process_time() - t:.2f} s, {len(loaded.articles)} articles")
for name, (n, s) in sorted(spent.items()):
    print(f"{name}: {n} calls, {s * 1000:.1f} ms")
try:
    from generator.resolve.decide import _BODY_PREPOSITION

    names = sorted({m.text for m in resolved.mentions} | {d.name for d in resolved.decisions})
    t = time.process_time()
    hits = [n for n in names if _BODY_PREPOSITION.search(n)]
    print(
        f"_BODY_PREPOSITION over {len(names)} span texts: {(time.process_time() - t) * 1000:.1f} ms, {len(hits)} hits: {hits[:20]}"
    )
except ImportError:
    pass
if len(sys.argv) > 2:
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        for e in sorted(resolved.entities, key=lambda e: e.key):
            if e.kind == "actors":
                out.write(f"{e.name}\t{e.type}\t{', '.join(sorted(e.aliases))}\n")
