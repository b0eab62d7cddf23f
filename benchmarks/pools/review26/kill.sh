#!/bin/bash
# kill -9 builds at random points; live docs/site must equal one of the two reference states.
W=/work/wt/review26; R=/tmp/review26; B=$W/.venv/bin/briefing
cd $W
N=${1:-20}
art=$(ls $R/c2/articles/*.md | head -1)
cp $art $R/artA; sed 's/Iran/Iranland/' $R/artA > $R/artB
build() { $B build --content $R/c2 --docs $R/o/docs --site $R/o/site >/dev/null 2>&1; }
strip() { diff -rq --exclude=.briefing-seal "$1" "$2" >/dev/null 2>&1; }
# references
cp $R/artA $art; build; rm -rf $R/refA; cp -a $R/o $R/refA
cp $R/artB $art; build; rm -rf $R/refB; cp -a $R/o $R/refB
for i in $(seq 1 $N); do
  if [ $((i % 2)) = 0 ]; then cp $R/artA $art; else cp $R/artB $art; fi
  d=$(python3 -c "import random; print(round(random.uniform(0.5, 9), 2))")
  setsid $B build --content $R/c2 --docs $R/o/docs --site $R/o/site >/dev/null 2>&1 &
  pid=$!; sleep $d; kill -9 -- -$pid 2>/dev/null; wait $pid 2>/dev/null
  ds=none; ss=none
  for s in A B; do strip $R/o/docs $R/ref$s/docs && ds=$s; strip $R/o/site $R/ref$s/site && ss=$s; done
  echo "iter $i delay $d docs=$ds site=$ss leftovers=$(ls -a $R/o | grep -c '^\.[a-z]')"
  if [ $ds = none ] || [ $ss = none ]; then diff -rq --exclude=.briefing-seal $R/o/docs $R/refA/docs | head -3; cp -a $R/o $R/bad$i; fi
done
# final: a build completes and equals the reference
build; s=$([ $((N % 2)) = 0 ] && echo A || echo B)
strip $R/o/docs $R/ref$s/docs && strip $R/o/site $R/ref$s/site && echo "final build equals ref$s" || echo "FINAL DIFFERS"
