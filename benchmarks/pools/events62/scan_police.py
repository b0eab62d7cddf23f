# ruff: noqa
"""Sentences where bare police arrest or detain (events62 pool by shape)."""

import csv, glob, re, yaml

csv.field_size_limit(10**9)
gold = yaml.safe_load(open("/work/wt/events62/tests/gold/wikinews-gold.yml"))
used = {
    a["row"]
    for a in gold["articles"]
    if a.get("corpus") in (None, "wikinews_2019.csv") and "seed" not in a
}
SHAPE = re.compile(
    r"(?<![A-Z][a-z]{2} )(?<![A-Z][a-z]{3} )(?<![A-Z][a-z]{4} )(?<![A-Z][a-z]{5} )\b([Pp]olice|[Oo]fficers)\b[^.]{0,40}\b(arrested|detained|arrests|detain|arrest)\b|\b(arrested|detained) by (?:the )?police\b"
)
seen = set()


def scan(name, rows):
    for i, r in rows:
        if r["title"] in seen:
            continue
        hits = [s for s in re.split(r"(?<=[.!?])\s+", r["text"]) if SHAPE.search(s)]
        if hits:
            seen.add(r["title"])
            print(f"{name}\t{i}\t{r['date']}\t{r['title'][:70]}")
            for h in hits:
                print("     ", h.replace("\n", " ")[:230])


rows = list(csv.DictReader(open("/work/shared/corpora/wikinews_2019.csv")))
scan("wn2019", [(i, r) for i, r in enumerate(rows) if i not in used])
for f in sorted(glob.glob("/work/wt/events62/benchmarks/pools/*/*.csv")):
    try:
        rs = list(csv.DictReader(open(f)))
    except Exception:
        continue
    if rs and "text" in rs[0] and "title" in rs[0]:
        scan(f.split("pools/")[1], list(enumerate(rs)))
