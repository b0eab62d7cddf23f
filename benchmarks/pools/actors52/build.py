# ruff: noqa: E501, SIM115
"""Build actors52's halves from /tmp/actors52/raw/tNNN.txt: files in name order, every other one to tune (fixed before any run)."""

import csv
import glob
import os
import pathlib

W = pathlib.Path(__file__).resolve().parents[3]
URL = "https://github.com/DokahlSoZoor/DieNeueKrone/blob/c29e6ced3dca3e4aa92f257b8718f4ce0f88e7ae/data/bbc/tech/{}.txt"
rows = []
for p in sorted(glob.glob("/tmp/actors52/raw/t*.txt")):
    name = os.path.basename(p)[:-4]
    lines = pathlib.Path(p).read_text(encoding="utf-8").split("\n")
    rows.append(
        (name, URL.format(name[1:]), "2005-02-01", lines[0].strip(), "\n".join(lines[1:]).strip())
    )
gold = set()
for gf in glob.glob(str(W / "tests/gold/*.csv")):
    for r in csv.DictReader(open(gf, encoding="utf-8", newline="")):
        gold.add((r.get("title") or "").strip().lower())
yml = (W / "tests/gold/wikinews-gold.yml").read_text().lower()
for r in rows:
    assert r[3].lower() not in gold and r[3].lower() not in yml, r
for part, par in (("tune", 0), ("check", 1)):
    rs = rows[par::2]
    with open(f"/tmp/actors52/actors52-{part}.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["url", "date", "title", "text"])
        for r in rs:
            w.writerow(r[1:])
    with open(
        W / f"benchmarks/pools/actors52/actors52-{part}-files.txt", "w", encoding="utf-8"
    ) as f:
        for i, r in enumerate(rs):
            f.write(f"{i}\t{r[0]}\t{r[3]}\n")
    print(part, len(rs))
