"""Score ``pool.py``'s output against ``expected.tsv`` (actors81, issue 8).

Usage: ``.venv/bin/python benchmarks/pools/actors81/score.py POOL_OUTPUT.txt``. A page is
real when its name or an alias is a variant of a gold actor or incidental name of its article
(case folded; else when one contains the other with the same first word, four letters at
least), junk otherwise.
Recall counts the ``actor`` rows; two pages on one gold name in one article are a split.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent


def same(a: str, b: str) -> bool:
    """One name inside the other, with the same first word ("Australia" is not inside the
    "Australian Broadcasting Corp" it begins)."""
    a, b = a.casefold(), b.casefold()
    return a == b or (
        min(len(a), len(b)) >= 4 and (a in b or b in a) and a.split()[0] == b.split()[0]
    )


def main() -> None:
    gold: dict[str, list[tuple[str, str, list[str]]]] = defaultdict(list)
    for line in (HERE / "expected.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        _half, title, kind, name, variants, _note = line.split("\t")
        gold[title].append((kind, name, [name, *variants.split("|")]))
    pages: dict[str, list[list[str]]] = defaultdict(list)
    for line in Path(sys.argv[1]).read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if line.startswith("== ") or len(cols) < 5 or cols[0] == "REJECTED":
            continue
        article = cols[0][11:]
        key = next((t for t in gold if article.startswith(slug(t)[:20])), None)
        if key is None:
            print("no gold for", article)
            continue
        pages[key].append([cols[1], *[a for a in cols[4].split(", ") if a]])
    real = total = found = wanted = 0
    notes: list[str] = []
    for title, rows in gold.items():
        hits: dict[str, int] = defaultdict(int)
        for names in pages[title]:
            total += 1
            folded = {n.casefold() for n in names}
            match = next((g for _k, g, vs in rows if folded & {v.casefold() for v in vs}), None)
            match = match or next(
                (g for _k, g, vs in rows if any(same(n, v) for n in names for v in vs)), None
            )
            if match:
                real += 1
                hits[match] += 1
            else:
                notes.append(f"junk   {title[:30]}: {names[0]}")
        for kind, name, _vs in rows:
            wanted += kind == "actor"
            found += kind == "actor" and hits.get(name, 0) > 0
            if kind == "actor" and not hits.get(name):
                notes.append(f"missed {title[:30]}: {name}")
            if hits.get(name, 0) > 1:
                notes.append(f"split  {title[:30]}: {name} ({hits[name]} pages)")
    splits = sum(1 for n in notes if n.startswith("split"))
    print(
        f"pages real {real}/{total} ({100 * real / max(total, 1):.1f}%), "
        f"actors with a page {found}/{wanted}, splits {splits}"
    )
    print("\n".join(notes))


def slug(text: str) -> str:
    import re

    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


if __name__ == "__main__":
    main()
