import collections
import json
import sys
import time
import types
from pathlib import Path

sys.path.insert(0, "/work/wt/perf58/benchmarks")
import bench_build as b

import generator.build as gb
import generator.evidence as E
import generator.resolve as R
from generator.build import Paths, build

acc = collections.Counter()
depth = [0]


def wrapmod(mod, skip):
    for name, f in list(vars(mod).items()):
        if (
            isinstance(f, types.FunctionType)
            and f.__module__.startswith("generator")
            and name not in skip
        ):
            label = f"{mod.__name__.rpartition('.')[2]}.{name}"

            def g(*a, __f=f, __n=label, **k):
                if depth[0]:
                    return __f(*a, **k)
                depth[0] += 1
                t = time.process_time()
                try:
                    return __f(*a, **k)
                finally:
                    depth[0] -= 1
                    acc[__n] += time.process_time() - t

            setattr(mod, name, g)


wrapmod(R, {"resolve"})
wrapmod(E, {"gather"})
gb.time.perf_counter = time.process_time
d = Path(sys.argv[1])
if len(sys.argv) < 3:
    b.edit_one(d / "content")
t = time.process_time()
rep = build(Paths(d / "content", d / "site", d / "docs", d / "cache"), pages_only=True)
print(
    json.dumps({k: round(v, 3) for k, v in rep.timings.items()}),
    f"parent {time.process_time() - t:.2f}",
)
for k, v in acc.most_common(30):
    print(f"{v:.3f} {k}")
