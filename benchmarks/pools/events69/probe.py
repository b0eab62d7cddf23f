# ruff: noqa
"""Print the event frames of each line of stdin (a sentence)."""

import sys
import spacy
from generator.annotate import choose_model
from generator.extract import match

nlp = spacy.load(choose_model(), exclude=["lemmatizer"])
for line in sys.stdin:
    line = line.strip()
    if not line:
        continue
    doc = nlp(line)
    print(">>", line[:160])
    for f in match(doc, 0).events:
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
        )
