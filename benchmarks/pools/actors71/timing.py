# ruff: noqa
"""Cost of actors71's new steps over the 1,000 benchmark articles (bench_build's corpus):
each new function wrapped with a timer, one resolve run (annotations cached first)."""

import sys, time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "benchmarks"))
import bench_build as bb
import generator.resolve as R
import generator.resolve.merge as M
from generator.annotate import annotate
from generator.load import load_content

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import timing_kit as kit  # patch: every module binding a moved name (after ROOT's imports)

spent = {}


def wrap(mod, name):
    def timing(f):
        def timed(*a, **k):
            t = time.perf_counter()
            try:
                return f(*a, **k)
            finally:
                n, s = spent.get(name, (0, 0.0))
                spent[name] = (n + 1, s + time.perf_counter() - t)

        return timed

    kit.patch("generator.resolve", name, timing)


folder = Path("/tmp/actors71/bench1000")
content = folder / "content"
if not content.exists():
    bb.make_content(1000, folder, bb.DEFAULT_CORPUS, bb.DEFAULT_SEEDS)
loaded = load_content(content)
ann = annotate(loaded.articles, loaded.entities, cache_dir=folder / "cache")
for name in ("_spelt_in_brackets", "_called_a_person", "_firm_before_a_name"):
    wrap(R, name)
wrap(M, "_brand_form")
t = time.perf_counter()
R.resolve(loaded, ann)
print(f"resolve {time.perf_counter() - t:.2f} s, {len(loaded.articles)} articles")
for name, (n, s) in sorted(spent.items()):
    print(f"{name}: {n} calls, {s * 1000:.1f} ms")
