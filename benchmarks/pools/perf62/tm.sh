#!/bin/bash
# tm.sh CODE DIR: one whole command `python -m generator build --pages-only` (the code in CODE) on DIR, timed by /usr/bin/time
CODE=$1; D=$2
cd $CODE && /usr/bin/time -f "%e wall %U user %S sys %M maxkb" $CODE/.venv/bin/python -m generator build --content $D/content --site $D/site --docs $D/docs --pages-only
