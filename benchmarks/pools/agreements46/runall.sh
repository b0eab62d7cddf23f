#!/bin/sh
# $1 tag (before|after): this pool's halves and the other agreements gold pools, via collect.py
cd "$(dirname "$0")/../../.."
PY=.venv/bin/python
O=/tmp/agreements46/$1
mkdir -p $O
# before: main's code (git archive main generator, unpacked in /tmp/agreements46/mainsrc)
[ "$1" = before ] && MAIN="benchmarks/pools/agreements46/runmain.py /tmp/agreements46/mainsrc"
run() { nice $PY $MAIN benchmarks/pools/agreements46/collect.py $1 $2 > $O/$1-$2.txt 2>$O/$1-$2.err; }
( run agreements46 dev; run agreements46 test; run main dev; run extra dev ) &
( for p in agreements32 agreements35 agreements36 agreements41 agreements44; do run $p dev; run $p test; done ) &
wait
echo done > $O/done
