#!/bin/sh
# $1 tag (before|after): the agreements gold pools with committed texts (both halves) through
# agreements46's collect.py; before = main's code (`git archive main generator` unpacked in
# $OUT/mainsrc, run through agreements46's runmain.py), after = this worktree. OUT is
# /tmp/agreements48 unless set (agreements49 runs this with its own).
cd "$(dirname "$0")/../../.."
PY=.venv/bin/python
OUT=${OUT:-/tmp/agreements48}
O=$OUT/$1
mkdir -p $O
[ "$1" = before ] && MAIN="benchmarks/pools/agreements46/runmain.py $OUT/mainsrc"
run() { nice $PY $MAIN benchmarks/pools/agreements46/collect.py $1 $2 > $O/$1-$2.txt 2>$O/$1-$2.err; }
( run agreements32 dev; run agreements32 test; run agreements35 dev; run agreements35 test; run agreements44 dev ) &
( run agreements36 dev; run agreements36 test; run agreements41 dev; run agreements41 test; run agreements44 test; run agreements46 dev; run agreements46 test ) &
wait
echo done > $O/done
