#!/bin/bash
# usage: all.sh WORKTREE OUT -- the events pools (run.sh), this pool's halves (statements only) and dev
WT=$1; OUT=$2; PY=${PY:-/work/wt/events64/.venv/bin/python}; D=$(dirname "$0")
rm -rf "$WT/build/cache"; mkdir -p $OUT
PY=$PY bash $D/run.sh $WT $OUT
for h in tune check; do
  (cd /tmp/events64 && $PY $D/score_statements.py $WT --gold $D/gold-$h.yml --errors > $OUT/new-$h.txt 2>&1)
done
$PY $D/devq.py $WT --split dev --errors > $OUT/dev.txt 2>&1
