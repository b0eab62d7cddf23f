#!/bin/bash
# cold.sh SIDE CODE: a true cold build (no cache, no docs) of SIDE's corpus with CODE's venv
side=$1; code=$2; d=/tmp/perf79/$side/content
rm -rf $d/docs $d/site
echo "load $(cut -d' ' -f1-3 /proc/loadavg)"
cd $code && /usr/bin/time -f "%e wall %U user %S sys %M KB" .venv/bin/python -m generator build --content $d/content --site $d/site --docs $d/docs --pages-only
echo "load $(cut -d' ' -f1-3 /proc/loadavg)"
