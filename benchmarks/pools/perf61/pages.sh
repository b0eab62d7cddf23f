#!/bin/sh
# Pages of the 1,000-article bench corpus made by one source tree, from a shared content folder
# and annotation cache (warm, --pages-only), as the benchmark's child build makes them.
# Usage: pages.sh SOURCE_TREE CORPUS_FOLDER NAME   (CORPUS_FOLDER from perf57/make_corpus.py)
# Writes CORPUS_FOLDER/docs-NAME; run with the worktree's venv on PATH or set PY.
set -e
PY=${PY:-.venv/bin/python}
PY=$(cd "$(dirname "$PY")" && pwd)/$(basename "$PY")
cd "$1"
"$PY" benchmarks/bench_build.py run "$2/content" "$2/site-$3" "$2/docs-$3" "$2/cache" --pages-only
