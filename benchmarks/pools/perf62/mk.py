import sys
from pathlib import Path

sys.path.insert(0, "/work/wt/perf62/benchmarks")
import bench_build as b

f = Path(sys.argv[1])
f.mkdir(parents=True)
b.make_content(1000, f, Path("/work/shared/corpora/wikinews_2019.csv"), Path("/work/shared/seeds"))
