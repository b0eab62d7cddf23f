# ruff: noqa
"""Rebuild the events pools' CSVs (BBC rows as empty placeholders) and gold files without BBC articles."""

import csv, os, shutil, sys, yaml
from pathlib import Path

csv.field_size_limit(10**9)
M = Path(__file__).resolve().parents[3]
P = M / "benchmarks/pools"
OUT = Path(os.environ.get("POOLS_OUT", "/tmp/review25/pools"))  # later rounds set their own


def rows(path):
    return list(csv.DictReader(open(path, encoding="utf-8", newline="")))


wn = rows(M.parent / "shared/corpora/wikinews_2019.csv")
a42 = rows(P / "actors42/actors42.csv")
a32 = rows(P / "agreements32/agreements32-articles.csv")
BBC = {
    "url": "bbc-placeholder",
    "date": "2005-01-01",
    "title": "BBC placeholder",
    "text": "placeholder",
}
e45 = [wn[26], wn[84], wn[90], wn[153], wn[155], a42[28]] + [BBC] * 8
e49 = [
    wn[163],
    wn[12],
    wn[25],
    wn[113],
    a32[7],
    a42[8],
    BBC,
    BBC,
    wn[0],
    wn[74],
    a42[16],
    a32[3],
    BBC,
    BBC,
]
bbc_rows = {
    "events45.csv": set(range(6, 14)),
    "events49.csv": {6, 7, 12, 13},
    "events50-bbc.csv": set(range(10)),
}


def write(path, rs):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["url", "date", "title", "text"])
        w.writeheader()
        for r in rs:
            w.writerow({k: r[k] for k in ("url", "date", "title", "text")})


for pool in [
    "events43",
    "events45",
    "events46",
    "events49",
    "events50",
    "events52",
    "events54",
    "events55",
]:
    d = OUT / pool
    d.mkdir(parents=True, exist_ok=True)
    write(d / "events45.csv", e45)
    write(d / "events49.csv", e49)
    for c in ["events43", "events46", "events52", "events54", "events55"]:
        src = P / c / f"{c}.csv"
        shutil.copy(src, d / f"{c}.csv")
    for half in ["tune", "check"]:
        text = (P / pool / f"gold-{half}.yml").read_text()
        g = yaml.safe_load(text)
        keep = [a for a in g["articles"] if a["row"] not in bbc_rows.get(a.get("corpus"), set())]
        print(pool, half, len(g["articles"]), "->", len(keep))
        g["articles"] = keep
        (d / f"gold-{half}.yml").write_text(yaml.safe_dump(g, sort_keys=False, allow_unicode=True))
