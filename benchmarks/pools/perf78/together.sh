#!/bin/bash
# MkDocs on main's pages (main's code) and on the branch's (its own) at the same time, one on
# each core, ROUNDS times: on a machine shared with other builds both sides meet the same load,
# which drifts by tens of percent between runs taken one after the other (pairs.sh).
# Usage: benchmarks/pools/perf78/together.sh MAIN_COPY MAIN_DOCS BRANCH_DOCS WORK [ROUNDS]
set -eu
HERE=$(cd "$(dirname "$0")/../../.." && pwd)
PY=$HERE/.venv/bin/python
MAIN_COPY=$1 MAIN_DOCS=$2 BRANCH_DOCS=$3 WORK=$4 ROUNDS=${5:-3}
mkdir -p "$WORK"
for i in $(seq "$ROUNDS"); do
  echo "=== round $i load $(cut -d' ' -f1 /proc/loadavg) $(date +%T)"
  $PY "$MAIN_COPY/benchmarks/pools/perf57/engine_split.py" "$MAIN_DOCS" "$WORK/main" --runs 1 \
    > "$WORK/main-$i.log" &
  main=$!
  $PY "$HERE/benchmarks/pools/perf57/engine_split.py" "$BRANCH_DOCS" "$WORK/branch" --runs 1 \
    > "$WORK/branch-$i.log"
  wait "$main"
  grep -H -E "ours:|\| (event|actor|article) " "$WORK/main-$i.log" "$WORK/branch-$i.log"
done
