"""perf65's ``rb.py`` run as it is, on this round's layout: ``series.py series N`` etc."""

import os
import runpy

os.environ.setdefault("RB", "/tmp/perf73")
os.environ.setdefault("BRANCH", "/work/wt/perf73")
runpy.run_path(
    os.path.join(os.path.dirname(__file__), "..", "perf65", "rb.py"), run_name="__main__"
)
