"""perf65's ``rb.py`` run as it is, on this round's layout (``/tmp/perf77``, ``A`` = main at
``97489b19`` in ``/tmp/perf77/base``, ``B`` = this worktree): ``series.py series N`` etc."""

import os
import runpy

os.environ.setdefault("RB", "/tmp/perf77")
os.environ.setdefault("BRANCH", "/work/wt/perf77")
runpy.run_path(
    os.path.join(os.path.dirname(__file__), "..", "perf65", "rb.py"), run_name="__main__"
)
