#!/bin/bash
W=/work/wt/review26; R=/tmp/review26; PY=$W/.venv/bin/python
cd $W
art=$(ls $R/c3/articles/*.md | head -1)
args="build --content $R/c3 --docs $R/o3/docs --site $R/o3/site"
strip() { diff -rq --exclude=.briefing-seal "$1" "$2" >/dev/null 2>&1; }
cp $R/artA $art; $PY $R/inj.py 0 $args >/dev/null 2>&1; rm -rf $R/r3A; cp -a $R/o3 $R/r3A
cp $R/artB $art; $PY $R/inj.py 0 $args >/dev/null 2>$R/calls.txt; rm -rf $R/r3B; cp -a $R/o3 $R/r3B
grep CALLS $R/calls.txt
STEP=${1:-1}; MAX=${2:-400}
for n in $(seq 1 $STEP $MAX) $EXTRA; do
  if [ $((n % 2)) = 0 ]; then cp $R/artA $art; else cp $R/artB $art; fi
  setsid $PY $R/inj.py $n $args >/dev/null 2>&1 & pid=$!; wait $pid; rc=$?; kill -9 -- -$pid 2>/dev/null
  ds=none; ss=none
  for s in A B; do strip $R/o3/docs $R/r3$s/docs && ds=$s; strip $R/o3/site $R/r3$s/site && ss=$s; done
  echo "n=$n rc=$rc docs=$ds site=$ss"
  if [ $ds = none ] || [ $ss = none ]; then cp -a $R/o3 $R/bad3-$n; fi
done
cp $R/artA $art; $PY $R/inj.py 0 $args >/dev/null 2>&1
strip $R/o3/docs $R/r3A/docs && strip $R/o3/site $R/r3A/site && echo "final equals A" || echo "FINAL DIFFERS"
