#!/bin/bash
# MkDocs on main's pages with main's code against the branch's pages with its own, alternating
# (main/branch, branch/main, main/branch), then as many plain pages twice; perf57's engine_split.
# Usage: benchmarks/pools/perf78/pairs.sh MAIN_COPY MAIN_DOCS BRANCH_DOCS WORK
# MAIN_COPY is a `git archive` copy of main; the worktree's venv runs both sides.
set -eu
HERE=$(cd "$(dirname "$0")/../../.." && pwd)
PY=$HERE/.venv/bin/python
MAIN_COPY=$1 MAIN_DOCS=$2 BRANCH_DOCS=$3 WORK=$4
for i in 1 2 3; do
  if [ "$i" = 2 ]; then order="branch main"; else order="main branch"; fi
  for side in $order; do
    echo "=== pair $i $side load $(cut -d' ' -f1 /proc/loadavg) $(date +%T)"
    if [ "$side" = main ]; then
      $PY "$MAIN_COPY/benchmarks/pools/perf57/engine_split.py" "$MAIN_DOCS" "$WORK/main" --runs 1
    else
      $PY "$HERE/benchmarks/pools/perf57/engine_split.py" "$BRANCH_DOCS" "$WORK/branch" --runs 1
    fi
  done
done
echo "=== plain load $(cut -d' ' -f1 /proc/loadavg) $(date +%T)"
$PY "$HERE/benchmarks/pools/perf57/engine_split.py" "$BRANCH_DOCS" "$WORK/plain" --runs 0 --plain-runs 2
