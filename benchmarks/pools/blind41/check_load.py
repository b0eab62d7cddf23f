"""Check that the quality reports can read the blind41 gold, without running the pipeline:
blind38's check (``benchmarks/pools/blind38/check_load.py``: texts found, variants verbatim,
speakers, participants and parties gold actors; counts only) with this block's gold.

Usage: .venv/bin/python benchmarks/pools/blind41/check_load.py [GOLD]
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
GOLD = ROOT / "tests" / "gold" / "blind41.yml"

_spec = importlib.util.spec_from_file_location(
    "blind38_check_load", ROOT / "benchmarks" / "pools" / "blind38" / "check_load.py"
)
_check = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = _check
_spec.loader.exec_module(_check)
problems = _check.problems

if __name__ == "__main__":
    _check.main(GOLD)
