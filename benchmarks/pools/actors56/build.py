# ruff: noqa: SIM115
"""Write /tmp/actors56/actors56-{tune,check}.csv from the verbatim copies in raw/.

Each rNN.txt: url, date, title on the first three lines, then the article text. Halves fixed
before any run: file order (date order in the source), odd numbers to tune, even to check.
Asserts no url or title is in tests/gold/*.csv or named under benchmarks/pools/.
"""

import csv
import glob
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
RAW = Path(__file__).resolve().parent / "raw"
csv.field_size_limit(sys.maxsize)
gold_urls, gold_titles = set(), set()
for f in glob.glob(str(ROOT / "tests/gold/*.csv")):
    for r in csv.DictReader(open(f, encoding="utf-8", newline="")):
        gold_urls.add(r.get("url", "").replace("//wiki", "/wiki"))
        gold_titles.add(r.get("title", ""))
pools = " ".join(
    p.read_text(encoding="utf-8", errors="replace")
    for p in (ROOT / "benchmarks/pools").rglob("*")
    if p.is_file()
    and "actors56" not in str(p)
    and p.suffix in {".md", ".txt", ".tsv", ".csv", ".yml", ".py"}
)
halves = {"tune": [], "check": []}
for i, p in enumerate(sorted(RAW.glob("r*.txt"))):
    url, date, title, text = p.read_text(encoding="utf-8").split("\n", 3)
    assert "2020-01-01" <= date <= "2020-03-31", p
    assert url.replace("//wiki", "/wiki") not in gold_urls and title not in gold_titles, p
    assert title not in pools and url.split("/wiki/")[1] not in pools, p
    halves["tune" if i % 2 == 0 else "check"].append((p.stem, url, date, title, text.strip()))
for part, rows in halves.items():
    with open(f"/tmp/actors56/actors56-{part}.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["url", "date", "title", "text"])
        for _stem, url, date, title, text in rows:
            w.writerow([url, date, title, text])
    Path(f"/tmp/actors56/actors56-{part}-files.txt").write_text(
        "".join(f"{n}\t{stem}\t{title}\n" for n, (stem, _u, _d, title, _t) in enumerate(rows)),
        encoding="utf-8",
    )
    print(part, [r[0] for r in rows])
