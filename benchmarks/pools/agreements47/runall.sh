#!/bin/sh
# $1 tag (main|branch): agreements45's pool rerun (collect.py), on main's code via runmain.py
# (SRC /tmp/agr47/main, a `git archive main generator`) or on the worktree's
cd /work/wt/agreements47
PY=.venv/bin/python
O=/tmp/agr47/$1
mkdir -p $O
if [ "$1" = main ]; then PRE="benchmarks/pools/agreements45/runmain.py /tmp/agr47/main"; else PRE=""; fi
run() { nice $PY $PRE benchmarks/pools/agreements45/collect.py $1 $2 > $O/$1-$2.txt 2>$O/$1-$2.err; }
( run main dev; run extra dev; run agreements32 dev; run agreements32 test; run agreements44 dev ) &
( for p in agreements35 agreements36 agreements41 agreements44; do run $p test; [ $p = agreements44 ] || run $p dev; done ) &
wait
echo done > $O/done
