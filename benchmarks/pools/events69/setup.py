"""Rebuild the events pools' CSVs and gold files into /tmp/events69/pools (events69): review25's
``setup_events.py``, run with this round's output folder."""

import os
import runpy
from pathlib import Path

os.environ["POOLS_OUT"] = "/tmp/events69/pools"
runpy.run_path(
    str(Path(__file__).resolve().parent.parent / "review25" / "setup_events.py"),
    run_name="__main__",
)
