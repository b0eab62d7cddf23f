#!/bin/bash
W=/work/wt/review26; R=/tmp/review26; PY=$W/.venv/bin/python
cd $W
rm -rf $R/c5 $R/o5; cp -r $R/c3 $R/c5; a5=$(ls $R/c5/articles/*.md | head -1); cp $R/artB $a5
a3=$(ls $R/c3/articles/*.md | head -1); cp $R/artA $a3
strip() { diff -rq --exclude=.briefing-seal --exclude=.briefing-pages.json "$1" "$2" >/dev/null 2>&1; }
$PY -m generator build --content $R/c3 --docs $R/o5/docs --site $R/o5/site >/dev/null 2>&1
for i in 1 2 3 4 5 6; do
  setsid $PY -m generator build --content $R/c3 --docs $R/o5/docs --site $R/o5/site >$R/race1.log 2>&1 & p1=$!
  sleep 0.$((RANDOM % 10)); setsid $PY -m generator build --content $R/c5 --docs $R/o5/docs --site $R/o5/site >$R/race2.log 2>&1 & p2=$!
  wait $p1; r1=$?; wait $p2; r2=$?
  ds=none; ss=none
  for s in A B; do strip $R/o5/docs $R/r3$s/docs && ds=$s; strip $R/o5/site $R/r3$s/site && ss=$s; done
  echo "race $i rc=$r1,$r2 docs=$ds site=$ss left=$(ls -a $R/o5 | grep -c '^\.[a-z]')"
  [ $r1 = 0 ] || tail -3 $R/race1.log; [ $r2 = 0 ] || tail -3 $R/race2.log
  [ $ds = none ] && { diff -rq --exclude=.briefing-seal $R/o5/docs $R/r3A/docs | head -5; cp -a $R/o5 $R/badrace$i; }
done
# cross-device docs
rm -rf /dev/shm/r26 $R/o6; mkdir -p /dev/shm/r26
for c in c3 c5 c3; do
  $PY -m generator build --content $R/$c --docs /dev/shm/r26/docs --site $R/o6/site >$R/xdev.log 2>&1; echo "xdev $c rc=$?"; tail -2 $R/xdev.log | cut -c1-200
done
s=A; strip /dev/shm/r26/docs $R/r3A/docs && echo "xdev docs equal A"; strip $R/o6/site $R/r3A/site && echo "xdev site equal A"; ls -a /dev/shm/r26 $R/o6
