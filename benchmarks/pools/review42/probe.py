"""review42's probes (issues 7, 8): actors89's ``probe.py`` on this folder's ``probes.txt``,
its temporary folders named for this round. Usage: ``probe.py ROOT``, as actors89's."""

import os
import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent
os.environ.update(POOL_ROUND="review42", POOL_DIR=str(HERE))
runpy.run_path(str(HERE.parent / "actors89" / "probe.py"), run_name="__main__")
