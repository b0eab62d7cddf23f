import sys
from pathlib import Path

sys.path.insert(0, "/work/wt/perf62/benchmarks")
import bench_build as b

print(b.edit_one(Path(sys.argv[1]) / "content").name)
