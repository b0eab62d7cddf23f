#!/bin/bash
# series.sh N: N alternating pairs (main on A, branch on B), each: edit one article, then one whole command
cd /tmp/perf62
for i in $(seq 1 $1); do
  for side in A B; do
    code=/tmp/perf62/base; [ $side = B ] && code=/tmp/perf62/branch
    /work/wt/perf62/.venv/bin/python bin/edit.py $side > /dev/null
    load=$(cut -d' ' -f1 /proc/loadavg)
    out=$(bin/tm.sh $code /tmp/perf62/$side 2>&1 | tail -2)
    t=$(echo "$out" | tail -1)
    st=$(echo "$out" | head -1 | sed 's/.* in \([0-9.]*s\) (\(.*\)) into.*/total=\1 \2/')
    echo "$side load=$load $(echo $t | awk '{printf "cpu=%.2f wall=%.2f user=%.2f sys=%.2f", $3+$5, $1, $3, $5}') $st"
  done
done
