"""Score ``pool.py``'s output against ``expected.tsv`` (actors77, issue 8).

Usage: ``python benchmarks/pools/actors77/score.py OUT.txt HALF``. For each expected actor:
a page whose name is one of the expected names (``|``-separated) counts as *named right*;
one whose name or alias matches, folding case and a leading "The", as *found*; two pages
found for one actor in one article as a *split*. Pages matching no expected actor are listed.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ARTICLES = {  # how the article ids in pool.py's output start
    "verge": "2020-02-20-verizon-says-it-s-f",
    "semafor-iran": "2023-10-15-wall-street-journal",
    "semafor-unrwa": "2024-08-04-journal-still-can-t",
    "dailybeast": "2023-10-16-wsj-published-iran-",
    "dailycaller": "2020-10-26-nyt-trump-allies-ga",
    "lemmy-atlantic": "2025-01-15-the-atlantic-announ",
    "cjr": "2018-03-05-the-source-how-hack",
    "wapo": "2018-05-10-thanks-to-its-storm",
    "solomon": "2017-06-07-wall-street-journal",
    "telegraph": "2021-12-13-carrie-johnson-admi",
    "independent": "1997-11-27-politics-spinning-a",
    "atlantic-podcast": "2018-10-25-the-murder-of-jamal",
    "kim-xinhua": "2017-03-10-malaysian-police-confirm-dprk",
    "kim-selliyal": "2017-02-16-north-korean-embass",
    "kim-kyodo": "2017-03-10-slain-n-korean-man-",
    "kim-gant": "2017-03-10-malaysia-confirms-m",
    "kim-herald": "2017-03-10-malaysian-police-confirm-identity",
}


def fold(name: str) -> str:
    name = name.casefold().replace("’", "'")
    return name[4:] if name.startswith("the ") else name


def main() -> None:
    out, half = Path(sys.argv[1]), sys.argv[2]
    pages: dict[str, list[tuple[str, set[str]]]] = defaultdict(list)
    for line in out.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) == 5 and cols[0] != "REJECTED":
            forms = {cols[1], *(a for a in cols[4].split(", ") if a)}
            pages[cols[0]].append((cols[1], forms))
    expected: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for line in (HERE / "expected.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            cols = line.split("\t")
            if cols[0] == half:
                expected[cols[1]].append(tuple(cols[2].split("|")))
    right = found = splits = wanted = junk = 0
    for tag, actors in sorted(expected.items()):
        here = [p for a, ps in pages.items() if a.startswith(ARTICLES[tag]) for p in ps]
        matched: set[int] = set()
        for names in actors:
            wanted += 1
            folded = {fold(n) for n in names}
            hits = [i for i, (_, forms) in enumerate(here) if folded & {fold(f) for f in forms}]
            matched.update(hits)
            found += bool(hits)
            right += any(here[i][0] in names for i in hits)
            if len(hits) > 1:
                splits += 1
                print(f"split\t{tag}\t{names[0]}\t{[here[i][0] for i in hits]}")
            if hits and not any(here[i][0] in names for i in hits):
                print(f"misnamed\t{tag}\t{names[0]}\t{[here[i][0] for i in hits]}")
            if not hits:
                print(f"missed\t{tag}\t{names[0]}")
        for i, (name, _) in enumerate(here):
            if i not in matched:
                junk += 1
                print(f"unexpected\t{tag}\t{name}")
    print(
        f"{half}: expected {wanted}, found {found}, named right {right}, splits {splits}, "
        f"pages matching nothing {junk}"
    )


if __name__ == "__main__":
    main()
