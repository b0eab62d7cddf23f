"""Score one code tree on this pool (actors92, issue 8): ``benchmarks/quality.py`` of ROOT run
on ``gold.yml``, copied beside the pool's CSV (``/tmp/actors92/pool/pool.csv``, rebuilt from
SOURCE.md), all its articles as one briefing with no curated data.

Usage: ``.venv/bin/python benchmarks/pools/actors92/score.py ROOT``.
"""

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
POOL = Path("/tmp/actors92/pool")
ROOT = Path(sys.argv[1]).resolve()
shutil.copy(HERE / "gold.yml", POOL / "gold.yml")
cmd = [sys.executable, str(ROOT / "benchmarks/quality.py"), "--gold", str(POOL / "gold.yml")]
subprocess.run([*cmd, "--split", "all", "--errors"], check=True)
