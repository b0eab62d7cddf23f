"""Score ``pool.py``'s output against ``expected.tsv`` (actors82, issue 8).

Usage: ``python benchmarks/pools/actors82/score.py OUT.txt HALF``. Each article's pages are
matched, folding case, to the expected names of that article (``|``-separated variants, or
a page alias): a page matching a ``junk`` row is junk; a ``real`` row with a page is found.
Pages matching no row are listed, for a reader to judge (not annotated beforehand).
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ARTICLES = {  # how the article ids in pool.py's output start
    "eo": "2017-03-20-executive-order",
    "keyd": "2011-01-01-mogadishu-welcomes",
    "somrep": "2011-03-01-22-killed",
    "frig": "2015-10-09-french-german",
    "voa": "2009-09-16-top-state",
    "acland": "2022-09-02-queensland",
    "navalny": "2021-01-28-russia-detains",
    "bbc": "2018-08-31-clock-changes",
    "estonia": "2016-08-07-estonia-off",
    "pri": "2012-03-20-mogadishu-mortars",
    "kaab": "2025-04-01-mortar-attacks",
    "warship": "2016-03-17-german-warship",
    "state": "2015-07-01-liveatstate",
    "mining": "2020-07-01-new-acland",
    "deccan": "2021-01-28-navalny-allies",
    "senate": "2012-09-20-senate-adjourns",
    "estonia2": "2016-08-20-a-look-at",
}


def main() -> None:
    out, half = Path(sys.argv[1]), sys.argv[2]
    rows = [
        line.split("\t")
        for line in (HERE / "expected.tsv").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    rows = [r for r in rows if r[0] == half]
    pages: dict[str, list[set[str]]] = defaultdict(list)
    shown: dict[str, list[str]] = defaultdict(list)
    for line in out.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith(("==", "REJECTED")) or len(parts) < 4:
            continue
        tag = next((t for t, start in ARTICLES.items() if parts[0].startswith(start)), None)
        if tag is None:
            continue
        names = {parts[1].casefold()} | {
            a.strip().casefold() for a in (parts[4] if len(parts) > 4 else "").split(",") if a
        }
        pages[tag].append(names)
        shown[tag].append(parts[1])
    junk = found = real = 0
    matched: set[tuple[str, int]] = set()
    for r in rows:
        tag, verdict, variants = r[1], r[2], {v.casefold() for v in r[3].split("|")}
        hit = [i for i, names in enumerate(pages[tag]) if names & variants]
        matched.update((tag, i) for i in hit)
        if verdict == "junk" and hit:
            junk += len(hit)
            print(f"JUNK\t{tag}\t{r[3]}")
        elif verdict == "real":
            real += 1
            found += bool(hit)
            if not hit:
                print(f"MISSED\t{tag}\t{r[3]}")
    total = sum(len(p) for tag, p in pages.items() if any(r[1] == tag for r in rows))
    for tag, names in sorted(shown.items()):
        if any(r[1] == tag for r in rows):
            for i, name in enumerate(names):
                if (tag, i) not in matched:
                    print(f"UNLISTED\t{tag}\t{name}")
    print(f"{half}: {total} pages, {junk} listed junk; real actors found {found}/{real}")


if __name__ == "__main__":
    main()
