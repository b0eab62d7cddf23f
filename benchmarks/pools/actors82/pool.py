"""actors82's pool script (issue 8): actors77's ``pool.py``, run with this round's name
for its temporary folders. Usage as actors77's: ``.venv/bin/python
benchmarks/pools/actors82/pool.py ROOT ...``.
"""

import os
import runpy
from pathlib import Path

os.environ["POOL_ROUND"] = "actors82"
runpy.run_path(
    str(Path(__file__).resolve().parent.parent / "actors77" / "pool.py"), run_name="__main__"
)
