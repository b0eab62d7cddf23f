#!/bin/sh
# $1 tag (main|branch)
cd /work/wt/agreements42
PY=.venv/bin/python
O=/tmp/agreements42/$1
mkdir -p $O
for p in main extra; do nice $PY benchmarks/pools/agreements42/collect.py $p dev > $O/$p-dev.txt 2>$O/$p-dev.err; done
for p in agreements32 agreements35 agreements36 agreements39 agreements40 agreements41; do
 for s in dev test; do nice $PY benchmarks/pools/agreements42/collect.py $p $s > $O/$p-$s.txt 2>$O/$p-$s.err; done
done
for h in tune check; do
 nice $PY benchmarks/pools/agreements33/propose.py $h --out $O/a33-$h.yml > $O/a33-$h.log 2>&1
 nice $PY benchmarks/pools/agreements33/propose.py $h --pool benchmarks/pools/agreements34 --out $O/a34-$h.yml > $O/a34-$h.log 2>&1
 nice $PY benchmarks/pools/agreements37/propose.py $h --out $O/a37-$h.yml > $O/a37-$h.log 2>&1
 nice $PY benchmarks/pools/agreements38/propose.py $h --out $O/a38-$h.yml > $O/a38-$h.log 2>&1
done
echo done > $O/done
