"""actors74's pool script (issue 8): actors70's ``pool.py``, run with this round's name
for its temporary folders. Usage as actors70's: ``.venv/bin/python
benchmarks/pools/actors74/pool.py ROOT ...``.
"""

import os
import runpy
from pathlib import Path

os.environ["POOL_ROUND"] = "actors74"
runpy.run_path(
    str(Path(__file__).resolve().parent.parent / "actors70" / "pool.py"), run_name="__main__"
)
