"""Every actor page of this pool's ``articles.csv`` (one briefing, no curated data) for the code
tree ROOT, with its aliases and mentions by article, then every rejected name with its reason:
actors70's ``pool.py`` run on this pool's CSV with this round's name (actors91, issue 8).

Usage: ``.venv/bin/python benchmarks/pools/actors91/pages.py ROOT > OUT.txt``.
"""

import os
import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
os.environ["POOL_ROUND"] = "actors91"
sys.argv = [sys.argv[0], sys.argv[1], str(HERE / "articles.csv")]
runpy.run_path(str(HERE.parent / "actors70" / "pool.py"), run_name="__main__")
