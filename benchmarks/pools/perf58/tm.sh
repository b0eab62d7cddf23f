#!/bin/bash
# tm.sh CODE DIR [extra]: one whole command `build --pages-only` in a fresh interpreter, CPU (self+children) and wall
CODE=$1; D=$2
cd $CODE && /usr/bin/time -f "%e wall %U user %S sys %M maxkb" /work/wt/perf58/.venv/bin/python benchmarks/bench_build.py run $D/content $D/site $D/docs $D/cache --pages-only
