#!/bin/sh
# $1 tag, $2 code root (worktree or base)
R=$2
PY=/work/wt/agreements43/.venv/bin/python
O=/tmp/agreements43/$1
mkdir -p $O
export A43_BENCH=$R/benchmarks PYTHONPATH=$R
cd $R
for p in main extra; do nice $PY /tmp/agreements43/collect.py $p dev > $O/$p-dev.txt 2>$O/$p-dev.err; done &
for g in $R/benchmarks/pools/agreements32/gold.yml $R/benchmarks/pools/agreements41/gold.yml /tmp/agreements43/gold/agreements35/gold.yml /tmp/agreements43/gold/agreements36/gold.yml; do
 n=$(basename $(dirname $g))
 for s in dev test; do nice $PY /tmp/agreements43/collect.py $g $s > $O/$n-$s.txt 2>$O/$n-$s.err; done
done &
for h in tune check; do nice $PY /tmp/agreements43/prop.py $h $O/a33-$h.yml > $O/a33-$h.log 2>&1; done &
nice $PY /tmp/agreements43/show.py /tmp/agreements43/bbc/*.txt /tmp/agreements43/bbccheck/*.txt > $O/bbc.txt 2>$O/bbc.err &
wait
echo done > $O/done
