# ruff: noqa: SIM115
"""Write /tmp/actors59/actors59-{tune,check}.csv from the hand-rejoined AMALGUM texts in raw/.

Each rNN-<name>.txt: url, date, title on the first three lines, then the article text (Wikinews,
CC BY 2.5, via AMALGUM's amalgum_extra/news/rst/AMALGUM_news_<name>.rs3). Halves fixed before
any run: file-name order, odd numbers to tune, even to check. Asserts that no url or title is in
tests/gold/*.csv or named under benchmarks/pools/ (other than here), and that no AMALGUM file
name is named there either.
"""

import csv
import glob
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
RAW = Path(__file__).resolve().parent / "raw"
csv.field_size_limit(sys.maxsize)
gold_urls, gold_titles = set(), set()
for f in glob.glob(str(ROOT / "tests/gold/*.csv")):
    for r in csv.DictReader(open(f, encoding="utf-8", newline="")):
        gold_urls.add(r.get("url", "").replace("//wiki", "/wiki"))
        gold_titles.add(r.get("title", "").strip().lower())
gold_yml = (ROOT / "tests/gold/wikinews-gold.yml").read_text(encoding="utf-8").lower()
pools = " ".join(
    p.read_text(encoding="utf-8", errors="replace")
    for p in (ROOT / "benchmarks/pools").rglob("*")
    if p.is_file()
    and "actors59" not in str(p)
    and p.suffix in {".md", ".txt", ".tsv", ".csv", ".yml", ".py"}
).lower()
halves = {"tune": [], "check": []}
for i, p in enumerate(sorted(RAW.glob("r*.txt"))):
    url, date, title, text = p.read_text(encoding="utf-8").split("\n", 3)
    name = p.stem.split("-", 1)[1]
    assert url.replace("//wiki", "/wiki") not in gold_urls, p
    assert title.strip().lower() not in gold_titles, p
    assert title.lower() not in pools and title.lower() not in gold_yml, p
    assert url.split("/wiki/")[1].lower() not in pools, p
    assert f"amalgum_news_{name}" not in pools and f"amalgum_news_{name}" not in gold_yml, p
    assert not re.search(rf"news_{name}\b", pools), p
    halves["tune" if i % 2 == 0 else "check"].append((p.stem, url, date, title, text.strip()))
Path("/tmp/actors59").mkdir(exist_ok=True)
for part, rows in halves.items():
    with open(f"/tmp/actors59/actors59-{part}.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["url", "date", "title", "text"])
        for _stem, url, date, title, text in rows:
            w.writerow([url, date, title, text])
    Path(__file__).resolve().parent.joinpath(f"actors59-{part}-files.txt").write_text(
        "".join(f"{n}\t{stem}\t{title}\n" for n, (stem, _u, _d, title, _t) in enumerate(rows)),
        encoding="utf-8",
    )
    print(part, [r[0] for r in rows])
