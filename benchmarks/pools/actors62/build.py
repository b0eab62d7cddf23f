# ruff: noqa: E501
# ruff: noqa: SIM115
"""Write articles.csv here and /tmp/actors62/actors62-{tune,check}.csv from records.jsonl.

records.jsonl: the 16 WikinewsSum records (title and text copied verbatim, offset order) of
SOURCE.md (w01-w16); records-ext.jsonl: the 6 of the extension (x01-x06), written to
/tmp/actors62/actors62-ext-{tune,check}.csv the same way. Converted by this folder's wns.py (the brief's converter plus the fixes SOURCE.md
lists). A record whose date the cut "{{byline|date" swallowed takes the date of the nearest
dated record before it among these (all are 13-18 November 2004). Halves fixed before any
run: offset order, w01, w03, ... to tune, w02, w04, ... to check. Asserts no title is in
tests/gold/*.csv or named under benchmarks/pools/ (other than this folder).
"""

import csv
import glob
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(HERE))
from wns import clean, date_of  # noqa: E402

TMP = Path("/tmp/actors62")
TMP.mkdir(exist_ok=True)
csv.field_size_limit(sys.maxsize)
gold_titles = set()
for f in glob.glob(str(ROOT / "tests/gold/*.csv")):
    gold_titles |= {r.get("title", "") for r in csv.DictReader(open(f, encoding="utf-8"))}
pools = " ".join(
    p.read_text(encoding="utf-8", errors="replace")
    for p in (ROOT / "benchmarks/pools").rglob("*")
    if p.is_file()
    and "actors62" not in str(p)
    and p.suffix in {".md", ".txt", ".tsv", ".csv", ".yml", ".py"}
)
rows, last = {"w": [], "x": []}, ""
for prefix, name in (("w", "records.jsonl"), ("x", "records-ext.jsonl")):
    for i, line in enumerate(open(HERE / name, encoding="utf-8")):
        r = json.loads(line)
        assert r["title"] not in gold_titles and r["title"] not in pools, r["title"]
        last = date_of(r["text"]) or last
        text = "\n\n".join(p for p in (clean(p) for p in r["text"]) if p)
        url = "https://en.wikinews.org/wiki/" + r["title"].replace(" ", "_")
        rows[prefix].append(
            (f"{prefix}{i + 1:02d}", {"url": url, "date": last, "title": r["title"], "text": text})
        )
with open(HERE / "articles.csv", "w", encoding="utf-8", newline="") as fh:
    w = csv.DictWriter(fh, ["file", "url", "date", "title", "text"])
    w.writeheader()
    w.writerows({"file": f, **row} for f, row in rows["w"] + rows["x"])
for prefix, tag in (("w", ""), ("x", "ext-")):
    for part, rest in (("tune", 0), ("check", 1)):
        mine = [(f, row) for n, (f, row) in enumerate(rows[prefix]) if n % 2 == rest]
        with open(TMP / f"actors62-{tag}{part}.csv", "w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, ["url", "date", "title", "text"])
            w.writeheader()
            w.writerows(row for _f, row in mine)
        (HERE / f"actors62-{tag}{part}-files.txt").write_text(
            "".join(f"{n}\t{f}\t{row['title']}\n" for n, (f, row) in enumerate(mine)),
            encoding="utf-8",
        )
        print(tag + part, [f for f, _ in mine])
