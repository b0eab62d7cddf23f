# ruff: noqa: E402, B007, E741
"""Time resolve over the 1,000 benchmark articles (bench_build's corpus), and the new
actors69 functions inside it (cProfile cumulative)."""

import cProfile
import pstats
import sys
import time
from pathlib import Path

root = Path(sys.argv[1])
sys.path.insert(0, str(root))
sys.path.insert(0, str(root / "benchmarks"))
import bench_build as b

from generator.annotate import annotate
from generator.load import load_content
from generator.resolve import resolve

work = Path(sys.argv[2])
work.mkdir(parents=True, exist_ok=True)
content = work / "content"
if not content.exists():
    b.make_content(
        1000, work, Path("/work/shared/corpora/wikinews_2019.csv"), Path("/work/shared/seeds")
    )
loaded = load_content(content)
ann = annotate(loaded.articles, loaded.entities, cache_dir=work / "cache")
best = []
for _ in range(3):
    t = time.process_time()
    resolve(loaded, ann)
    best.append(time.process_time() - t)
print("resolve CPU s (3 runs):", [round(x, 2) for x in best])
pr = cProfile.Profile()
pr.enable()
r = resolve(loaded, ann)
pr.disable()
st = pstats.Stats(pr)
for name in (
    "_titled_bearers",
    "_news_channels",
    "_most_mentioned",
    "_mention_counts",
    "_in_a_list",
    "_middle_initials",
    "_given_name_extended",
    "_womans_honorific",
    "_words_before",
    "merges",
):
    for (f, l, fn), v in st.stats.items():
        if fn == name:
            print(f"{name}: {v[3]:.3f} s cumulative, {v[1]} calls")
print("pages", len(r.entities), "mentions", len(r.mentions))
