# ruff: noqa: SIM115
"""Pages of earlier pools' dumps (entities, mentions, sentences) the product vote would drop:
``_product_read`` run on each mention in its sentence (a sentence, not a paragraph: close)."""

import json
import sys
from dataclasses import replace

sys.path.insert(0, "/work/wt/actors54")
from generator.resolve.article import Candidate
from generator.resolve.nonactors import _product_read, products

for path in sys.argv[1:]:
    d = json.load(open(path))
    sents = d["sentences"]
    cands, reads = [], []
    for e in d["entities"]:
        for row, si, text, _how in e["mentions"]:
            s = sents.get(str(row), [])[si] if si < len(sents.get(str(row), [])) else ""
            at = s.find(text)
            if at < 0:
                continue
            label = "PERSON" if e["type"] == "person" else "ORG"
            c = Candidate(str(row), 0, si, at, at + len(text), text, e["name"], label)
            cands.append(c)
            reads.append(_product_read(replace(c), s))
    for name, why in sorted(products(cands, reads).items()):
        rows = sorted({c.article for c in cands if c.name == name})
        print(path, name, ",".join(rows), why, sep="\t")
