#!/bin/bash
# usage: run.sh TREE LABEL SET   (SET = bbc40 | probes)
set -e
tree=$1; label=$2; set=$3
out=/tmp/review21/out/$label-$set
rm -rf $out; mkdir -p $out
cd $tree
.venv/bin/python -m generator init $out/content >/dev/null
rm -f $out/content/articles/*.md
.venv/bin/python -m generator import /tmp/review21/$set.csv --content $out/content --source BBC >/dev/null
.venv/bin/python -m generator build --content $out/content --docs $out/docs --pages-only > $out/build.log 2>&1
echo done $label $set
