"""Rebuild the pool CSVs the gold here indexes into /tmp/actors60/ (BBC texts: not committed).

actors43: from the BBC files copied whole into ``/tmp/actors43/raw/<file>.txt`` (first line the
headline), in the order of ``actors43-{tune,check}-files.txt``, as actors43's SOURCE.md says.
actors48: the CSVs ``actors50`` rebuilt from actors48's SOURCE.md (``/tmp/actors50/``), copied;
each row's title is checked against ``actors48-{tune,check}-files.txt``. actors49: the CSVs its own
``build.py`` wrote into ``/tmp/actors49/``, and actors44's in ``/tmp/actors44/``, copied and
checked the same way.
"""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

POOLS = Path(__file__).resolve().parents[1]
OUT = Path("/tmp/actors60")
BASE = "https://github.com/DokahlSoZoor/DieNeueKrone/blob/c29e6ced3dca3e4aa92f257b8718f4ce0f88e7ae/data/bbc"


def actors43() -> None:
    for half in ("tune", "check"):
        rows = []
        for line in (POOLS / "actors43" / f"actors43-{half}-files.txt").read_text().splitlines():
            _, name, title = line.split("\t")
            lines = Path(f"/tmp/actors43/raw/{name}.txt").read_text().split("\n")
            cat = {"p": "politics", "b": "business"}[name[0]]
            assert lines[0].strip() == title.strip(), (lines[0], title)
            text = "\n".join(lines[1:]).strip()
            rows.append((f"{BASE}/{cat}/{name[1:]}.txt", "2005-02-01", lines[0].strip(), text))
        with (OUT / f"actors43-{half}.csv").open("w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["url", "date", "title", "text"])
            w.writerows(rows)


def copied(pool: str, source: str) -> None:
    for half in ("tune", "check"):
        dest = OUT / f"{pool}-{half}.csv"
        shutil.copy(f"{source}/{pool}-{half}.csv", dest)
        rows = list(csv.DictReader(dest.open(encoding="utf-8", newline="")))
        listing = (POOLS / pool / f"{pool}-{half}-files.txt").read_text().splitlines()
        assert [r["title"].strip() for r in rows] == [x.split("\t")[2].strip() for x in listing]


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    actors43()
    copied("actors48", "/tmp/actors50")
    copied("actors49", "/tmp/actors49")
    copied("actors44", "/tmp/actors44")
