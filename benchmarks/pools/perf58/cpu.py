"""cpu.py DIR [noedit]: one rebuild in process, stages timed by process CPU (parent)."""

import json
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, "/work/wt/perf58/benchmarks")
import bench_build as b

import generator.build as gb
from generator.build import Paths, build

gb.time.perf_counter = time.process_time  # the stages' ticks by this process's CPU
d = Path(sys.argv[1])
if len(sys.argv) < 3:
    b.edit_one(d / "content")
paths = Paths(d / "content", d / "site", d / "docs", d / "cache")
c0 = resource.getrusage(resource.RUSAGE_CHILDREN)
t = time.process_time()
rep = build(paths, pages_only=True)
c1 = resource.getrusage(resource.RUSAGE_CHILDREN)
print(
    json.dumps({k: round(v, 3) for k, v in rep.timings.items()}),
    f"parent {time.process_time() - t:.2f}",
    f"children {(c1.ru_utime + c1.ru_stime) - (c0.ru_utime + c0.ru_stime):.2f}",
)
