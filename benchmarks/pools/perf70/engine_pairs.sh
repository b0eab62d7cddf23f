#!/bin/sh
# MkDocs on main's pages and on the branch's, one after the other (perf57/engine_split.py, each
# from its own source tree), then the plain pages of each, ROUNDS times; CPU compares.
# Usage: engine_pairs.sh MAIN_TREE BRANCH_TREE CORPUS_FOLDER [ROUNDS]
#   CORPUS_FOLDER: perf57/make_corpus.py's (docs = main's pages), docs-perf70 the branch's
#   (perf61/pages.sh BRANCH_TREE CORPUS_FOLDER perf70). Run with the worktree's venv as PY.
set -e
PY=${PY:-.venv/bin/python}
PY=$(cd "$(dirname "$PY")" && pwd)/$(basename "$PY")
MAIN=$1 BRANCH=$2 CORPUS=$3 ROUNDS=${4:-1}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
i=0
while [ "$i" -lt "$ROUNDS" ]; do
  i=$((i + 1))
  echo "== round $i: main"
  (cd "$MAIN" && "$PY" benchmarks/pools/perf57/engine_split.py "$CORPUS/docs" "$WORK/main" --runs 1)
  echo "== round $i: perf70"
  (cd "$BRANCH" && "$PY" benchmarks/pools/perf57/engine_split.py "$CORPUS/docs-perf70" "$WORK/branch" --runs 1)
  if [ "$i" = 1 ]; then
    echo "== plain pages, as many as main's"
    (cd "$BRANCH" && "$PY" benchmarks/pools/perf57/engine_split.py "$CORPUS/docs" "$WORK/plain" --runs 0 --plain-runs 1)
    echo "== plain pages, as many as the branch's Markdown pages"
    (cd "$BRANCH" && "$PY" benchmarks/pools/perf57/engine_split.py "$CORPUS/docs-perf70" "$WORK/plain2" --runs 0 --plain-runs 1)
  fi
done
