#!/bin/bash
# tl.sh SIDE: an edit (bench_build.edit_one), then timeline.py on that side's code, with the
# process's exit timed by the shell. SIDE A = $RB/base, B = $BRANCH.
RB=${RB:-/tmp/perf73}; BRANCH=${BRANCH:-/work/wt/perf73}
side=$1; code=$BRANCH; [ "$side" = A ] && code=$RB/base
d=$RB/$side/content
$BRANCH/.venv/bin/python -c "import sys; sys.path.insert(0, '$BRANCH/benchmarks'); import bench_build; from pathlib import Path; bench_build.edit_one(Path('$d/content'))"
load=$(cut -d' ' -f1 /proc/loadavg)
cd $code
export START=$(date +%s.%N)
$code/.venv/bin/python $BRANCH/benchmarks/pools/perf73/timeline.py $code $d
echo "$side load=$load exited@$(python3 -c "import sys; print(round(float(sys.argv[1]) - float(sys.argv[2]), 3))" $(date +%s.%N) $START)"
