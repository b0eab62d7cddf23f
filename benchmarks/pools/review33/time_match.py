# ruff: noqa
# ruff: noqa
"""Time match() (events, quotes, agreements) over the 1,000 benchmark articles' text: the 173
base articles parsed once (DocBin), matched ×(1000/173). Usage: PY time_match.py WORKTREE"""

import sys, time, pickle
from pathlib import Path

wt = sys.argv[1]
sys.path.insert(0, wt)
sys.path.insert(0, wt + "/benchmarks")
import spacy
from spacy.tokens import DocBin
from generator.annotate import choose_model
from generator.extract import match
from generator.extract.events import match_events
import bench_build as b

cache = Path("/tmp/review33-base.docbin")
nlp = spacy.load(choose_model(), exclude=["lemmatizer"])
if not cache.exists():
    arts = b.base_articles(
        Path("/work/shared/corpora/wikinews_2019.csv"), Path("/work/shared/seeds")
    )
    paras = [p for a in arts for p in (a.title, *a.paragraphs) if p.strip()]
    db = DocBin(store_user_data=True)
    for d in nlp.pipe(paras):
        db.add(d)
    cache.write_bytes(db.to_bytes())
docs = list(DocBin().from_bytes(cache.read_bytes()).get_docs(nlp.vocab))
best = []
for _ in range(3):
    t = time.process_time()
    for d in docs:
        match_events(d, 0)
    best.append(time.process_time() - t)
print(
    wt,
    "paragraphs",
    len(docs),
    "match_events CPU s (best of 3, ×1000/173):",
    round(min(best) * 1000 / 173, 2),
)
