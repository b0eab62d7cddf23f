"""Which BBC texts hold a form of a CAMEO verb (review18): every form the vocabulary gives its
CAMEO type. ``python scan.py TEXT_DIR`` over ``category-NNN.txt`` files (title first line)."""

import collections
import re
import sys
from pathlib import Path

from generator.extract.vocabulary import EVENT_VERBS, forms, read_cameo_verbs

form2verb = {
    f: v.verb
    for v in read_cameo_verbs()
    for f in forms(v.verb) | set(v.irregular)
    if EVENT_VERBS.get(f) == v.type
}
pattern = re.compile(r"\b(" + "|".join(sorted(form2verb, key=len, reverse=True)) + r")\b", re.I)
hits = collections.defaultdict(set)
for path in sorted(Path(sys.argv[1]).glob("*.txt")):
    for m in pattern.finditer(path.read_text(encoding="utf-8", errors="replace")):
        hits[path.stem].add(form2verb[m[1].lower()])
for name, verbs in sorted(hits.items()):
    print(name, " ".join(sorted(verbs)))
