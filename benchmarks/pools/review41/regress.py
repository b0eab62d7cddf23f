"""Every actor page of the earlier pools' real-text CSVs and the 2019 Wikinews rows in no gold
split, for one tree (review41, issue 8): actors79's ``regress.py`` run with this round's
temporary folders. Usage as actors79's: ``regress.py ROOT OUT.tsv``."""

import os
import runpy
from pathlib import Path

os.environ["REGRESS_ROUND"] = "review41"
runpy.run_path(str(Path(__file__).parents[1] / "actors79" / "regress.py"), run_name="__main__")
