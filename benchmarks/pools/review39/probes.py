"""Every actor page and rejection of the actors7x-8x pools' probe and pool CSVs kept in the
repository, each CSV one briefing, for one code tree (review39): actors79's ``regress.py``'s
``run``, loaded with ``runpy``, over those CSVs. Usage: ``probes.py ROOT OUT.tsv``."""

import os
import runpy
import sys
from pathlib import Path

os.environ["REGRESS_ROUND"] = "review39"
POOLS = Path(__file__).resolve().parent.parent
run = runpy.run_path(str(POOLS / "actors79" / "regress.py"))["run"]
lines: list[str] = []
for csv in sorted(POOLS.glob("actors[78]*/**/*.csv")):
    run(csv, str(csv.relative_to(POOLS)), lines)
Path(sys.argv[2]).write_text("\n".join(lines) + "\n", encoding="utf-8")
