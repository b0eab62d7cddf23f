"""Every actor page of the earlier pools' real-text CSVs and the 2019 Wikinews rows in no gold
split, for one code tree (actors106, issue 8): actors79's ``regress.py`` with this round's
temporary folders and cache. Usage: ``.venv/bin/python benchmarks/pools/actors106/regress.py
ROOT OUT.tsv``; ``diff`` two trees' ``cut -f1,3,4 | sort -u``."""

import os
import runpy
from pathlib import Path

os.environ.setdefault("REGRESS_ROUND", "actors106")
runpy.run_path(
    str(Path(__file__).resolve().parent.parent / "actors79" / "regress.py"), run_name="__main__"
)
