"""perf65's ``rb.py`` run as it is, on this round's layout (``/tmp/perf79``, ``A`` = main at
``86ae4095`` in ``/tmp/perf79/base``, ``B`` = this worktree): ``series.py series N`` etc."""

import os
import runpy

os.environ.setdefault("RB", "/tmp/perf79")
os.environ.setdefault("BRANCH", "/work/wt/perf79")
runpy.run_path(
    os.path.join(os.path.dirname(__file__), "..", "perf65", "rb.py"), run_name="__main__"
)
