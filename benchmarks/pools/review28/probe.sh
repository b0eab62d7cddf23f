#!/bin/bash
# usage: probe.sh TREE OUT -- event frames of every probe sentence (probes.tsv, real.tsv) with TREE's generator
# (main unpacked with `git archive` to /tmp/review28-main; the branch is this worktree)
HERE=$(cd "$(dirname "$0")" && pwd); PY=${PY:-/work/wt/review28/.venv/bin/python}
cd "$1" && grep -hv '^#' "$HERE/probes.tsv" "$HERE/real.tsv" | cut -f2 | PYTHONPATH="$1" "$PY" "$HERE/../events65/probe.py" > "$2" 2>&1
