# ruff: noqa
"""Print the event frames of each line of stdin (a sentence; a TSV's first column; # lines skipped),
with the attack a killing is told as the toll of (``within``, absent on main)."""

import sys
import spacy
from generator.annotate import choose_model
from generator.extract import match

nlp = spacy.load(choose_model(), exclude=["lemmatizer"])
for line in sys.stdin:
    line = line.split("\t")[0].strip()
    if not line or line.startswith("#"):
        continue
    doc = nlp(line)
    print(">>", line[:160])
    for f in match(doc, 0).events:
        within = getattr(f, "within", None)
        print(
            "   ",
            f.type,
            repr(f.trigger.text),
            "A:",
            [r.text for r in f.agents],
            "P:",
            [r.text for r in f.patients],
            "@",
            [r.text for r in f.places],
            *(["toll of", repr(within.text)] if within else []),
        )
