"""Every actor page of earlier pools' committed texts, with the code of ROOT: to diff main
against this branch (no judgement needed where nothing changed).

Usage: ``python regress.py ROOT OUT`` (ROOT: a checkout). Briefings, each one run with no
curated data: the 2019 Wikinews rows in no gold split (``../shared/corpora``), and the
committed pool CSVs below (Wikinews, CC BY 2.5). Writes one line per page-article to OUT.
"""

from __future__ import annotations

import csv
import sys
from collections import defaultdict
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = Path(sys.argv[1]).resolve()
sys.path.insert(0, str(HERE.parents[1]))
import quality_extract as qe  # noqa: E402

for module in [m for m in sys.modules if m == "generator" or m.startswith("generator.")]:
    del sys.modules[module]
sys.path.insert(0, str(ROOT))
import importlib  # noqa: E402

import generator.resolve  # noqa: E402

importlib.reload(qe)  # its pipeline functions from ROOT's generator

POOLS = [
    "actors42/actors42.csv",
    "actors62/articles.csv",
    "agreements32/agreements32-articles.csv",
    "agreements41/wikinewssum.csv",
    "events54/events54.csv",
]


def main() -> None:
    print(generator.resolve.__file__)
    out = Path(sys.argv[2])
    gold = yaml.safe_load((HERE.parents[2] / "tests/gold/wikinews-gold.yml").read_text())
    in_gold = {a["row"] for a in gold["articles"] if not a.get("corpus")}
    corpus = qe.CORPUS
    rows = list(csv.DictReader(corpus.open(encoding="utf-8", newline="")))
    sets = {
        "ns": (corpus, [i for i in range(len(rows)) if i not in in_gold], rows),
    }
    for rel in POOLS:
        path = HERE.parent / rel
        prow = list(csv.DictReader(path.open(encoding="utf-8", newline="")))
        sets[rel.split("/")[0]] = (path, list(range(len(prow))), prow)
    lines = []
    for tag, (path, idx, table) in sets.items():
        chosen = [
            {"corpus": str(path), "row": i, "title": table[i]["title"], "date": table[i]["date"]}
            for i in idx
        ]
        resolved, ids = qe.run_pipeline(chosen, path.parent / "dummy.yml")
        where = {aid: f"{tag}:{idx[n]}" for n, aid in enumerate(ids)}
        ents = {e.key: e for e in resolved.entities if e.kind == "actors"}
        by = defaultdict(set)
        for m in resolved.mentions:
            if m.entity in ents:
                e = ents[m.entity]
                by[(e.name, e.type, where.get(m.article, "?"))].add(m.text)
        lines += [f"{n}\t{t}\t{w}\t{'|'.join(sorted(x))}" for (n, t, w), x in sorted(by.items())]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(len(lines), "page-articles")


if __name__ == "__main__":
    main()
