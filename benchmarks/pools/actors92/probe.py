"""actors92's probe script (issue 8): actors89's ``probe.py``, run with this round's name for
its temporary folders and this pool's ``probes.txt`` (invented one-line articles, one briefing).
Usage as actors89's: ``.venv/bin/python benchmarks/pools/actors92/probe.py ROOT``.
"""

import os
import runpy
from pathlib import Path

os.environ["POOL_ROUND"] = "actors92"
os.environ["POOL_DIR"] = str(Path(__file__).resolve().parent)
runpy.run_path(
    str(Path(__file__).resolve().parent.parent / "actors89" / "probe.py"), run_name="__main__"
)
