# ruff: noqa
"""All pools' articles with their half: (pool, half, id, title, text)."""

import csv, json, sys

csv.field_size_limit(10**9)
rows = []


def fromcsv(pool, half, path):
    for i, r in enumerate(csv.DictReader(open(path, encoding="utf-8", newline=""))):
        rows.append((pool, half, f"{pool}{half[0]}{i}", r["title"], r["text"], r["url"]))


for h in ("tune", "check"):
    fromcsv("a44", h, f"/tmp/actors44/actors44-{h}.csv")
    fromcsv("a48", h, f"/tmp/actors50/actors48-{h}.csv")
    fromcsv("a49", h, f"/tmp/actors50/actors49-{h}.csv")
    fromcsv("a52", h, f"/tmp/actors52/actors52-{h}.csv")
allj = json.load(open("/tmp/agreements39/all.json"))
for line in (
    open("/work/wt/actors53/benchmarks/pools/agreements39/pool.tsv").read().splitlines()[1:]
):
    i, half, corpus, row, src, title = line.split("\t")
    d = allj[src]
    rows.append(("g39", half, f"g39{half[0]}{i}", d["title"], d["text"], src))
# dedupe by url (actors49's wikinews rows are actors44's): keep first
seen = {}
out = []
for r in rows:
    key = r[5] if "wikinews" in r[5] or "DieNeueKrone" in r[5] or "/" in r[5] else r[2]
    key = key.split("/blob/")[-1] if "blob" in key else key
    k2 = r[3].strip().lower()
    if k2 in seen:
        continue
    seen[k2] = r[1]
    out.append(r)
json.dump(out, open("/tmp/actors53/pool.json", "w"))
from collections import Counter

print(Counter((r[0], r[1]) for r in out), len(rows), len(out))
