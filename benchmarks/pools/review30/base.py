"""Run a benchmark script as main stands without this branch: ``_absolute_participle`` off,
main's matcher version (630 since the merges of main) as the cache key: the "before" figures.

Usage: .venv/bin/python benchmarks/pools/review30/base.py benchmarks/quality_extract.py ARGS
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "benchmarks"))

from generator import annotate  # noqa: E402
from generator.extract.events import verbal  # noqa: E402

annotate.MATCHER_VERSION = "630"  # type: ignore[misc]
verbal._absolute_participle = lambda verb: False  # type: ignore[assignment]
sys.argv = sys.argv[1:]
runpy.run_path(sys.argv[0], run_name="__main__")
