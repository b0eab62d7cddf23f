#!/bin/sh
# $1 tag (main|branch): every agreements pool whose texts are on this machine, two at a time
cd /work/wt/agreements45
PY=.venv/bin/python
O=/tmp/agreements45/$1
mkdir -p $O
run() { nice $PY benchmarks/pools/agreements45/collect.py $1 $2 > $O/$1-$2.txt 2>$O/$1-$2.err; }
( run main dev; run extra dev; run agreements32 dev; run agreements32 test; run agreements44 dev ) &
( for p in agreements35 agreements36 agreements41 agreements44; do run $p test; [ $p = agreements44 ] || run $p dev; done ) &
wait
echo done > $O/done
