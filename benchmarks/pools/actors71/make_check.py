# ruff: noqa
"""actors71's check corpus (never tuned on): the real-news pools' CSVs named below and the
Wikinews 2019 rows of ../shared/corpora/wikinews_2019.csv in no gold split -> /tmp/actors71/check.csv."""

import csv, sys, yaml
from pathlib import Path

csv.field_size_limit(10**9)
ROOT = Path(__file__).resolve().parents[3]
POOLS = [
    "actors42/actors42.csv",
    "actors62/articles.csv",
    "agreements41/wikinewssum.csv",
    "events54/events54.csv",
    "events55/events55.csv",
    "agreements44/articles.csv",
    "events46/events46.csv",
    "events52/events52.csv",
]
rows = []
for p in POOLS:
    rows += list(csv.DictReader(open(ROOT / "benchmarks/pools" / p, encoding="utf-8")))
gold = yaml.safe_load(open(ROOT / "tests/gold/wikinews-gold.yml", encoding="utf-8"))
taken = {
    a["row"]
    for a in gold["articles"]
    if "row" in a and a.get("corpus") in (None, "wikinews_2019.csv")
}
corpus = list(
    csv.DictReader(open(ROOT.parent.parent / "shared/corpora/wikinews_2019.csv", encoding="utf-8"))
)
rows += [r for i, r in enumerate(corpus) if i not in taken]
seen, out = set(), []
for r in rows:
    if r["text"] not in seen:
        seen.add(r["text"])
        out.append(r)
w = csv.DictWriter(
    open("/tmp/actors71/check.csv", "w", newline="", encoding="utf-8"),
    fieldnames=["url", "date", "title", "text"],
)
w.writeheader()
for k, r in enumerate(out):
    w.writerow(
        {
            "url": r.get("url") or f"https://example.org/c{k}",
            "date": r.get("date") or "2019-01-01",
            "title": (r.get("title") or f"c{k}"),
            "text": r["text"],
        }
    )
print(len(out))
