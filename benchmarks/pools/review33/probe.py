# ruff: noqa
"""Print every event proposal (statements included) of each non-comment line of a file, read
as a one-paragraph article of Thursday 2019-01-24 with the tests' fixture (the names below are
actors; no resolve). Usage, from the worktree: .venv/bin/python benchmarks/pools/review33/probe.py FILE"""

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
    "Ahmed Khan",
    "John Smith",
    "Vorland",
    "Somalia",
    "CNN",
    "Reuters",
    "Taliban",
)
PERSONS = {"actors/ahmed-khan", "actors/john-smith"}
STATES = {"actors/vorland", "actors/somalia"}
for line in open(sys.argv[1]):
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    doc, ctx = paragraph_context(nlp, line, date(2019, 1, 24), NAMES, PERSONS, STATES)
    print(">>", line[:150])
    for p in propose_events(ctx, match(doc, 0).events):
        print("   ", p.type, p.date, p.agents, p.patients, p.place, repr(p.mention.text))
