# ruff: noqa
"""Cost of actors88's changes over the 1,000 benchmark articles (bench_build's corpus): the
CPU time of its new functions in one resolve of them (the machine is shared); with PAGES every
actor page (name, type, aliases) to diff two trees.
Usage: timing.py [ROOT] [PAGES] (the articles are built in /tmp/actors88/bench1000)."""

import sys, time
from pathlib import Path

ROOT = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))
import bench_build as bb
import generator.resolve as R
import generator.resolve.merge as M
from generator.annotate import annotate
from generator.load import load_content

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import timing_kit as kit  # patch: every module binding a moved name (after ROOT's imports)

folder = Path("/tmp/actors88/bench1000")
content = folder / "content"
if not content.exists():
    bb.make_content(1000, folder, bb.DEFAULT_CORPUS, bb.DEFAULT_SEEDS)
loaded = load_content(content)
ann = annotate(loaded.articles, loaded.entities, cache_dir=folder / "cache")
spent: dict[str, list] = {}


def timing(module, name):
    if name not in vars(module):
        return
    spent[name] = [0, 0.0]

    def wrap(f):
        def timed(*a, **k):
            t = time.process_time()
            try:
                return f(*a, **k)
            finally:
                spent[name][0] += 1
                spent[name][1] += time.process_time() - t

        return timed

    kit.patch("generator.resolve", name, wrap)


for name in (
    "_shared_short_folds",
    "_home_editions",
    "_known_as",
    "_family_subject",
    "_states_headed",
    "named_only_as_leaders",
):
    timing(R, name)
timing(M, "_two_states")
t = time.process_time()
resolved = R.resolve(loaded, ann)
print(f"resolve {time.process_time() - t:.2f} s, {len(loaded.articles)} articles")
for name, (calls, secs) in spent.items():
    print(f"{name}: {calls} calls, {secs * 1000:.1f} ms")
if len(sys.argv) > 2:
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        for e in sorted(resolved.entities, key=lambda e: e.key):
            if e.kind == "actors":
                out.write(f"{e.name}\t{e.type}\t{', '.join(sorted(e.aliases))}\n")
