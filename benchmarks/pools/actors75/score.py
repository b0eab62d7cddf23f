"""Score ``pool.py``'s output against ``expected.tsv`` (actors75, issue 8).

Usage: ``.venv/bin/python benchmarks/pools/actors75/score.py POOL_OUTPUT.txt``. A page is
real when its name or an alias is, or contains, or is contained in, an ``actor`` or
``incidental`` name of its article (case folded); junk otherwise (a ``nopage`` name, or a
name not in the gold). Recall counts the ``actor`` rows; two pages for one gold actor in one
article are a split.
"""

from __future__ import annotations

import os
import re
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(os.environ.get("SCORE_POOL") or Path(__file__).resolve().parent)
"""The pool folder whose ``expected.tsv`` is the gold (a later round's wrapper sets it)."""


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def same(a: str, b: str) -> bool:
    a, b = a.casefold(), b.casefold()
    return a == b or (min(len(a), len(b)) >= 4 and (a in b or b in a))


def main() -> None:
    gold: dict[tuple[str, str], dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for line in (HERE / "expected.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        half, title, kind, name, _note = line.split("\t")
        gold[half, slug(title)][kind].append(name)
    half = ""
    pages: dict[tuple[str, str], list[list[str]]] = defaultdict(list)
    for line in Path(sys.argv[1]).read_text(encoding="utf-8").splitlines():
        if line.startswith("== "):
            half = "tune" if "tune" in line else "check"
            continue
        cols = line.split("\t")
        if len(cols) < 5 or cols[0] == "REJECTED":
            continue
        article = cols[0][11:]  # the date's prefix off
        key = next((k for k in gold if k[0] == half and article.startswith(k[1][:15])), None)
        if key is None:
            print("no gold for", half, article)
            continue
        names = [cols[1], *[a for a in cols[4].split(", ") if a]]
        pages[key].append(names)
    for h in ("tune", "check"):
        real = total = found = wanted = splits = 0
        junk: list[str] = []
        missed: list[str] = []
        split: list[str] = []
        for key, kinds in gold.items():
            if key[0] != h:
                continue
            good = kinds["actor"] + kinds["incidental"]
            hits: dict[str, int] = defaultdict(int)
            for names in pages[key]:
                total += 1
                exact = {n.casefold() for n in names}
                match = next((g for g in good if g.casefold() in exact), None)
                longest = sorted(good, key=len, reverse=True)  # "Wynn Macau" before "Macau"
                match = match or next((g for g in longest if same(names[0], g)), None)
                match = match or next((g for g in longest if any(same(n, g) for n in names)), None)
                if match:
                    real += 1
                    hits[match] += 1
                else:
                    junk.append(f"{key[1][:25]}: {names[0]}")
            wanted += len(kinds["actor"])
            found += sum(1 for g in kinds["actor"] if hits.get(g))
            missed.extend(f"{key[1][:25]}: {g}" for g in kinds["actor"] if not hits.get(g))
            splits += sum(1 for g in good if hits.get(g, 0) > 1)
            split.extend(f"{key[1][:25]}: {g}" for g in good if hits.get(g, 0) > 1)
        print(
            f"{h}: pages real {real}/{total} ({100 * real / max(total, 1):.1f}%), "
            f"actors with a page {found}/{wanted}, splits {splits}"
        )
        for j in junk:
            print("  junk", j)
        for m in missed:
            print("  missed", m)
        for m in split:
            print("  split", m)


if __name__ == "__main__":
    main()
