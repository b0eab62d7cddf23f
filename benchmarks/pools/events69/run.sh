#!/bin/bash
# usage: run.sh WORKTREE OUTDIR  -- score every pool half (BBC rows left out), dev and extra
WT=$1; PY=${PY:-/work/wt/events69/.venv/bin/python}; OUT=$2; mkdir -p $OUT
cd /tmp/events69/pools
for p in events43 events45 events46 events49 events50 events52 events54 events55; do
  for h in tune check; do
    echo "$p $h"
  done
done | xargs -P 2 -n 2 sh -c 'cd /tmp/events69/pools/$0 && '"$PY"' '"$WT"'/benchmarks/quality_extract.py --gold gold-$1.yml --split dev --errors > '"$OUT"'/$0-$1.txt 2>&1'
