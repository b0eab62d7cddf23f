# ruff: noqa
"""Rows of wikinews_2019.csv in no split of tests/gold/wikinews-gold.yml and in no events or
statements pool, by how many sentences without quotation marks report speech (run from a
worktree root after setup.py)."""

import csv, glob, re, yaml

csv.field_size_limit(10**9)
wn = list(csv.DictReader(open("/work/shared/corpora/wikinews_2019.csv", encoding="utf-8")))
g = yaml.safe_load(open("tests/gold/wikinews-gold.yml"))
gold_rows = {a["row"] for a in g["articles"] if a.get("corpus") is None}
ev_urls = set()
for f in (
    glob.glob("benchmarks/pools/events*/*.csv")
    + glob.glob("/tmp/events64/pools/*/*.csv")
    + glob.glob("benchmarks/pools/statements*/*.csv")
):
    for r in csv.DictReader(open(f, encoding="utf-8")):
        if r.get("url"):
            ev_urls.add(r["url"])
out = []
for i, r in enumerate(wn):
    if i in gold_rows or r["url"] in ev_urls:
        continue
    sents = re.split(r"(?<=[.!?])\s+", r["text"])
    n = sum(
        1
        for s in sents
        if '"' not in s
        and re.search(
            r"\b(said|says|told|tells|according to|confirmed|denied|admitted|warned|stated|described)\b",
            s,
        )
    )
    out.append((n, i, r["date"], r["title"][:70]))
for o in sorted(out, reverse=True)[:30]:
    print(o)
