"""Every join agreements43's merge rules make and every deal ``_scheduled`` drops, over CSVs.

Usage: A43_FRESH=/tmp/agreements43/fresh .venv/bin/python fires.py FILE.csv... (one briefing of
every row; ``A43_FRESH`` roots an annotation cache: give an empty folder, or a cached article
is not matched again and its drops are not logged).
Logs a join only where the old party or kind test would have refused it.
"""

from __future__ import annotations

import csv
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import quality_extract

from generator.extract import agreements, merge

LOG: list[tuple] = []
TOLD_AGAIN = merge._told_again
SCHEDULED = agreements._scheduled
KNOWN_AGAIN = merge._known_again


def _told(first: list, then: list) -> bool:
    joined = TOLD_AGAIN(first, then)
    mine, theirs = {a for p in first for a in p.actors}, {a for p in then for a in p.actors}
    old = len(mine & theirs) >= 2 or (mine and mine == theirs)
    same_kind = {p.type for p in first} & {p.type for p in then}
    if joined and not (old and same_kind):
        phrases = [[(p.type, p.mention.text, p.actors, p.date) for p in g] for g in (first, then)]
        LOG.append(("JOIN", *phrases))
    return joined


def _known_again(p, group: list) -> bool:
    joined = KNOWN_AGAIN(p, group)
    if joined:
        LOG.append(("KNOWN AGAIN", (p.mention.article, p.mention.text, p.actors), group[0].date))
    return joined


def _scheduled(noun) -> bool:
    dropped = SCHEDULED(noun)
    if dropped:
        LOG.append(("SCHEDULED", noun.sent.text[:250]))
    return dropped


def main(files: list[str]) -> None:
    """Run the pipeline over every row of ``files`` and print what the rules did."""
    quality_extract.ROOT = Path(os.environ.get("A43_FRESH", str(quality_extract.ROOT)))
    merge._told_again = _told
    agreements._scheduled = _scheduled
    merge._known_again = _known_again
    chosen = []
    for f in files:
        with open(f, encoding="utf-8", newline="") as handle:
            rows = sum(1 for _ in csv.DictReader(handle))
        chosen += [{"corpus": f, "row": i} for i in range(rows)]
    quality_extract.run_pipeline(chosen, Path("/tmp/x.yml"))
    for entry in LOG:
        print(*entry, sep="\n   ")
    print(len(chosen), "articles", len(LOG), "fires")


if __name__ == "__main__":
    main(sys.argv[1:])
