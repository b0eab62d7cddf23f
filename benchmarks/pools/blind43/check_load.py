"""Check that the quality reports can read the blind43 gold without running the pipeline.

Usage: .venv/bin/python benchmarks/pools/blind43/check_load.py
Runs blind38's check (benchmarks/pools/blind38/check_load.py: texts found through the importer,
titles and dates, quote starts and variants verbatim, speakers, participants and parties gold
actors; counts only, never text) on tests/gold/blind43.yml.
"""

import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve()
sys.argv[1:] = [str(HERE.parents[3] / "tests" / "gold" / "blind43.yml")]
runpy.run_path(str(HERE.parents[1] / "blind38" / "check_load.py"), run_name="__main__")
