"""prof.py DIR [cprofile-out]: edit one article, then one rebuild in process; parent CPU by
stage and the children's CPU."""

import cProfile
import json
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, "/work/wt/perf56/benchmarks")
import bench_build as b

from generator.build import Paths, build

d = Path(sys.argv[1])
b.edit_one(d / "content")
paths = Paths(d / "content", d / "site", d / "docs", d / "cache")
r0 = resource.getrusage(resource.RUSAGE_SELF)
c0 = resource.getrusage(resource.RUSAGE_CHILDREN)
t = time.perf_counter()
if len(sys.argv) > 2:
    pr = cProfile.Profile()
    pr.enable()
rep = build(paths, pages_only=True)
if len(sys.argv) > 2:
    pr.disable()
    pr.dump_stats(sys.argv[2])
w = time.perf_counter() - t
r1 = resource.getrusage(resource.RUSAGE_SELF)
c1 = resource.getrusage(resource.RUSAGE_CHILDREN)


def cpu(a, b):
    return (b.ru_utime + b.ru_stime) - (a.ru_utime + a.ru_stime)


print(
    json.dumps({k: round(v, 3) for k, v in rep.timings.items()}),
    f"wall {w:.2f} parent {cpu(r0, r1):.2f} children {cpu(c0, c1):.2f}",
    f"rendered {rep.rendered} reused {rep.reused}",
)
