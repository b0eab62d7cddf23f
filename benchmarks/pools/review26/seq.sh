#!/bin/bash
# edits, deletions, additions with planted hazards; then a cold build from nothing compared byte for byte
set -u
W=/work/wt/review26; R=/tmp/review26; PY=$W/.venv/bin/python
C=$R/c4; O=$R/o4
rm -rf $C $O $R/outside; cp -r $R/c2 $C; arts=($(ls $C/articles/*.md)); cp $R/artA ${arts[0]}
mkdir -p $R/outside/sub; echo "precious" > $R/outside/a.md; echo "precious b" > $R/outside/sub/b.md
touch -d '2020-01-01' $R/outside/a.md $R/outside/sub/b.md
snap() { (cd $R/outside && find . -type f -exec stat -c '%n %s %Y %i' {} \; -exec sha256sum {} \; | sort); (cd $C && find . -type f -exec sha256sum {} \; | sort); }
build() { (cd $W && $PY -m generator build --content $C --docs $O/docs --site $O/site >/dev/null 2>$R/seq.err) || { echo "BUILD FAILED"; cat $R/seq.err; }; }
build; build  # second: leaves a spare
plant() {
  spare=$(ls -d $O/.docs.old-* 2>/dev/null | head -1); echo "spare: $spare"
  [ -n "$spare" ] || return
  f=$(cd $spare && find actors -name '*.md' | head -1); ln -f $R/outside/a.md $spare/$f
  f2=$(cd $spare && find . -name '*.md' | sed -n 3p); ln -f ${arts[1]} $spare/$f2
  ln -s $R/outside $spare/actors/evil-link
  ln -sfn $R/outside $O/.docs.old-evil; ln -sfn $C $O/.docs.old-evil2
  mkdir -p $O/.docs.old-foreign; cp $R/outside/a.md $O/.docs.old-foreign/keep.md
}
plant; before=$(snap | grep -v "${arts[0]##*/}")
cp $R/artB ${arts[0]}; build; echo "edit: $(ls -a $O | tr '\n' ' ')"
plant; mv ${arts[1]} $R/deleted.md; build; echo "delete: $(ls -a $O | tr '\n' ' ')"
plant; sed 's/^title: .*/title: A new piece on ties/; s/^date: .*/date: 2025-11-02/' $R/deleted.md > $C/articles/2025-11-02-a-new-piece.md; build; echo "add: $(ls -a $O | tr '\n' ' ')"
plant; build; echo "again: $(ls -a $O | tr '\n' ' ')"
after=$(snap | grep -v "${arts[0]##*/}" | grep -v "${arts[1]##*/}" | grep -v new-piece)
diff <(echo "$before" | grep -v "${arts[1]##*/}") <(echo "$after") && echo "outside and content untouched" || echo "OUTSIDE/CONTENT CHANGED"
ls -la $R/outside; cat $R/outside/a.md
# cold build from nothing: a copy of the project with an empty cache
rm -rf $R/proj/build $R/ocold
(cd $R/proj && $PY -m generator build --content $C --docs $R/ocold/docs --site $R/ocold/site >/dev/null 2>$R/cold.err) || cat $R/cold.err
diff -r --exclude=.briefing-seal $O/docs $R/ocold/docs >/dev/null && echo "docs identical to cold" || diff -rq --exclude=.briefing-seal $O/docs $R/ocold/docs | head
diff -r $O/site $R/ocold/site >/dev/null && echo "site identical to cold" || diff -rq $O/site $R/ocold/site | head
