"""Every actor page of the earlier pools' real-text CSVs and the 2019 Wikinews rows in no gold
split, for one code tree (actors104, issue 8): actors79's ``regress.py``, run with this round's
temporary folders and cache.

Usage: ``.venv/bin/python benchmarks/pools/actors104/regress.py ROOT OUT.tsv`` (as actors79's).
"""

import os
import runpy
from pathlib import Path

os.environ["REGRESS_ROUND"] = "actors104"
runpy.run_path(
    str(Path(__file__).resolve().parent.parent / "actors79" / "regress.py"), run_name="__main__"
)
