"""review41's probes (issue 8): actors89's ``probe.py`` on this folder's ``probes.txt``, this
round's temporary folders. Usage: ``probe.py ROOT``, as actors89's."""

import os
import runpy
from pathlib import Path

os.environ.update(POOL_ROUND="review41", POOL_DIR=str(Path(__file__).resolve().parent))
runpy.run_path(
    str(Path(__file__).resolve().parents[1] / "actors89" / "probe.py"), run_name="__main__"
)
