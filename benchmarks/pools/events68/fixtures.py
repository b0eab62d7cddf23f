# ruff: noqa
"""Print the event proposals (statements aside) of each line of a file as a one-paragraph
article of 2019-01-24 with the tests' fixture (names below are actors). Usage, from the
code tree to run: PY benchmarks/pools/events68/fixtures.py benchmarks/pools/events68/fixtures.txt"""

import sys

sys.path.insert(0, "tests")
from datetime import date
import spacy
from conftest import paragraph_context
from generator.annotate import choose_model
from generator.extract import match
from generator.extract.events import propose_events

nlp = spacy.load(choose_model(), exclude=["lemmatizer"])
NAMES = (
    "Islamic State",
    "Iraq",
    "Boko Haram",
    "Nigeria",
    "Al-Shabaab",
    "Somalia",
    "Taliban",
    "Afghanistan",
    "Ahmed Khan",
    "Israel",
    "Hamas",
    "Mali",
)
STATES = {
    "actors/iraq",
    "actors/nigeria",
    "actors/somalia",
    "actors/afghanistan",
    "actors/israel",
    "actors/mali",
}
for line in open(sys.argv[1]):
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    doc, ctx = paragraph_context(nlp, line, date(2019, 1, 24), NAMES, {"actors/ahmed-khan"}, STATES)
    print(">>", line[:150])
    for p in propose_events(ctx, match(doc, 0).events):
        if p.type != "statement":
            print("   ", p.type, p.date, p.agents, p.patients, p.place, repr(p.mention.text))
