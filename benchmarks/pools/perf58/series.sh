#!/bin/bash
# series.sh N: N alternating pairs (main on A, branch on B), each: edit one article, then one whole command
cd /tmp/perf58
for i in $(seq 1 $1); do
  for side in A B; do
    code=/tmp/perf58/base; [ $side = B ] && code=/work/wt/perf58
    /work/wt/perf58/.venv/bin/python bin/edit.py $side > /dev/null
    load=$(cut -d' ' -f1 /proc/loadavg)
    out=$(bin/tm.sh $code /tmp/perf58/$side 2>&1 | tail -2)
    t=$(echo "$out" | tail -1)
    st=$(echo "$out" | head -1 | python3 -c "import json,sys; d=json.load(sys.stdin)['timings']; print(' '.join(f'{k[:3]}={v:.2f}' for k,v in d.items()))")
    echo "$side load=$load $(echo $t | awk '{printf "cpu=%.2f wall=%.2f user=%.2f sys=%.2f", $3+$5, $1, $3, $5}') $st"
  done
done
