#!/bin/bash
# sync.sh: the worktree's generator (and templates) into the branch's copy, compiled
rm -rf /tmp/perf62/branch/generator /tmp/perf62/branch/templates
cp -a /work/wt/perf62/generator /work/wt/perf62/templates /tmp/perf62/branch/
find /tmp/perf62/branch/generator -name __pycache__ -prune -exec rm -rf {} +
cd /tmp/perf62/branch && .venv/bin/python -m compileall -q generator >/dev/null
