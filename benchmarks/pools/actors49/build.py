# ruff: noqa: E501, SIM115
"""Build actors49 pool halves: tune = even BBC file number / Wikinews row, check = odd (fixed before any run)."""

import csv
import glob
import os
import pathlib

import yaml

W = pathlib.Path("/work/wt/actors49")
rows = []
for p in sorted(glob.glob("/tmp/actors49/raw/*.txt")):
    name = os.path.basename(p)[:-4]
    num = int(name[1:])
    assert name[0] == "b" and 1 <= num <= 250, name
    lines = pathlib.Path(p).read_text(encoding="utf-8").split("\n")
    url = f"https://github.com/DokahlSoZoor/DieNeueKrone/blob/c29e6ced3dca3e4aa92f257b8718f4ce0f88e7ae/data/bbc/business/{name[1:]}.txt"
    rows.append((name, num % 2, url, "2005-02-01", lines[0].strip(), "\n".join(lines[1:]).strip()))
g = yaml.safe_load((W / "tests/gold/wikinews-gold.yml").read_text())
used = {a["row"] for a in g["articles"] if "corpus" not in a}
wn = list(
    csv.DictReader(open("/work/shared/corpora/wikinews_2019.csv", encoding="utf-8", newline=""))
)
for i, r in enumerate(wn):
    if i not in used:
        rows.append((f"w{i:03d}", i % 2, r["url"], r["date"], r["title"], r["text"]))
gold_titles, gold_urls = set(), set()
for gf in glob.glob(str(W / "tests/gold/*.csv")):
    for r in csv.DictReader(open(gf, encoding="utf-8", newline="")):
        gold_titles.add((r.get("title") or "").strip().lower())
        gold_urls.add(r.get("url"))
yml = (W / "tests/gold/wikinews-gold.yml").read_text().lower()
keep = []
for r in rows:
    t = r[4].lower()
    if t in gold_titles or r[2] in gold_urls or (len(t) > 12 and t in yml):
        print("SKIP", r[0], r[4])
        continue
    keep.append(r)
for part, par in (("tune", 0), ("check", 1)):
    rs = [r for r in keep if r[1] == par]
    with open(f"/tmp/actors49/actors49-{part}.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["url", "date", "title", "text"])
        for r in rs:
            w.writerow(r[2:])
    with open(
        W / f"benchmarks/pools/actors49/actors49-{part}-files.txt", "w", encoding="utf-8"
    ) as f:
        for i, r in enumerate(rs):
            f.write(f"{i}\t{r[0]}\t{r[4]}\n")
    print(part, len(rs), sum(r[0][0] == "b" for r in rs), sum(r[0][0] == "w" for r in rs))
