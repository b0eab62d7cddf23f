"""Recall of the actors named twice or more on the judged pools that had no recall gold.

Usage (from the project folder): ``.venv/bin/python benchmarks/pools/actors60/misses.py TAG POOL``
with POOL among ``actors43/44/48/49`` (``ACTORS60_HALVES=tune``: one half only).
Reads ``expected-<pool>.tsv`` (one actor a line: half, file, fullest name, type, mentions,
variants joined by "|"), the pool CSVs rebuilt into ``/tmp/actors60/<pool>-<half>.csv`` (see
SOURCE.md, ``build.py``), and reuses ``actors58/misses.py``'s
run (each half one briefing, ``quality_extract.run_pipeline``; an actor is found when one of
its forms, folded, is the name or an alias of a page its article's mentions sit on). Writes
``/tmp/actors58/TAG-POOL-HALF-miss.jsonl`` with each miss's sentences and resolve's decisions.
"""

from __future__ import annotations

import csv
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "actors58"))

import misses as m58  # noqa: E402

TMP = Path("/tmp/actors60")


def _pool(name: str):
    def load(half: str) -> tuple[list[dict], Path, list[list[dict]]]:
        if half not in os.environ.get("ACTORS60_HALVES", "tune,check").split(","):
            return [], TMP, []
        csvp = TMP / f"{name}-{half}.csv"
        rows = list(csv.DictReader(csvp.open(encoding="utf-8", newline="")))
        listing = (HERE.parent / name / f"{name}-{half}-files.txt").read_text().splitlines()
        files = [line.split("\t")[1] for line in listing]
        expected: dict[str, list[dict]] = {f: [] for f in files}
        for line in (HERE / f"expected-{name}.tsv").read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or not line.strip():
                continue
            h, file, actor, kind, mentions, *rest = line.split("\t")
            if h != half:
                continue
            variants = [v for v in (rest[0] if rest else "").split("|") if v.strip()]
            expected[file].append(
                {"name": actor, "type": kind, "mentions": int(mentions), "variants": variants}
            )
        chosen = [
            {"corpus": csvp.name, "row": i, "title": r["title"], "date": r["date"]}
            for i, r in enumerate(rows)
        ]
        return chosen, csvp.parent / "dummy.yml", [expected[f] for f in files]

    load.__name__ = name
    return load


for _name in ("actors43", "actors48", "actors44", "actors49"):
    setattr(m58, _name, _pool(_name))

if __name__ == "__main__":
    m58.main()
