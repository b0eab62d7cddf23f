# ruff: noqa
"""Write the attacks pool's CSVs (tune, check) into /tmp/events67/pools/attacks/ and here."""

import csv, sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from amalgum import ARTICLES

csv.field_size_limit(10**9)
M = Path("/work/main")
P = M / "benchmarks/pools"
OUT = Path("/tmp/events67/pools/attacks")


def rows(path):
    return list(csv.DictReader(open(path, encoding="utf-8", newline="")))


wn = rows(M.parent / "shared/corpora/wikinews_2019.csv")
a42 = rows(P / "actors42/actors42.csv")
a32 = rows(P / "agreements32/agreements32-articles.csv")
am = [{"url": u, "date": d, "title": t, "text": "\n\n".join(ps)} for u, d, t, ps in ARTICLES]
by_title = {r["title"]: r for r in am}
tune = [am[0], am[2], am[4], a42[8], wn[163]]
check = [am[1], am[3], am[5], a32[6], wn[81]]
OUT.mkdir(parents=True, exist_ok=True)
for name, rs in (("tune", tune), ("check", check)):
    with open(OUT / f"attacks-{name}.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["url", "date", "title", "text"])
        w.writeheader()
        for r in rs:
            w.writerow({k: r[k] for k in ("url", "date", "title", "text")})
    print(name, [r["title"][:50] for r in rs])
