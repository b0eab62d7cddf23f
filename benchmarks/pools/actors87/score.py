"""Score ``pool.py``'s output against this folder's ``expected.tsv`` (actors87, issue 8):
actors75's ``score.py``, which reads the output and gold it is given.

Usage: ``.venv/bin/python benchmarks/pools/actors87/score.py POOL_OUTPUT.txt``.
"""

import os
import runpy
from pathlib import Path

os.environ["SCORE_POOL"] = str(Path(__file__).resolve().parent)
runpy.run_path(
    str(Path(__file__).resolve().parent.parent / "actors75" / "score.py"), run_name="__main__"
)
