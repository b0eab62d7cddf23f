import collections
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, "/work/wt/perf58/benchmarks")
import bench_build as b

import generator.build as gb
from generator import steps as m
from generator.build import Paths, build

acc = collections.Counter()


def wrap(cls, name, label):
    f = getattr(cls, name)

    def g(*a, **k):
        t = time.process_time()
        try:
            return f(*a, **k)
        finally:
            acc[label] += time.process_time() - t

    setattr(cls, name, g)


wrap(m.PerArticle, "_key", "perarticle key")
wrap(m.PerArticle, "__init__", "perarticle init(shared digest+read)")
wrap(m.Steps, "_key", "steps key")
wrap(m.Steps, "keyed", "steps keyed (incl compute on miss)")
gb.time.perf_counter = time.process_time
d = Path(sys.argv[1])
b.edit_one(d / "content")
t = time.process_time()
rep = build(Paths(d / "content", d / "site", d / "docs", d / "cache"), pages_only=True)
print(
    json.dumps({k: round(v, 3) for k, v in rep.timings.items()}),
    f"parent {time.process_time() - t:.2f}",
)
print({k: round(v, 3) for k, v in acc.items()})
