# ruff: noqa: SIM115
"""Page-articles (name, file) in one actors52 dump and not the other, with actors52's verdict."""

import csv
import json
import sys

P = "/work/main/benchmarks/pools/actors52"


def pages(path, part):
    files = [line.split("\t")[1] for line in open(f"{P}/actors52-{part}-files.txt")]
    data = json.load(open(path))
    return {(e["name"], files[m[0]]) for e in data["entities"] for m in e["mentions"]}


part, old, new = sys.argv[1:4]
verdict = {
    (r["page"], r["file"]): r["verdict"]
    for r in csv.DictReader(open(f"{P}/{part}-after.tsv"), delimiter="\t")
}
a, b = pages(old, part), pages(new, part)
for p in sorted(a - b):
    print("gone", part, *p, verdict.get(p, "?"), sep="\t")
for p in sorted(b - a):
    print("new", part, *p, verdict.get(p, "?"), sep="\t")
