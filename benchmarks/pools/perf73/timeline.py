"""timeline.py CODE DIR: perf62's ``tl.py`` (run as it is) with the interpreter's start and
the process's exit added: ``START`` (the shell's epoch seconds before it ran python) gives
the time to reach this script, and the script prints its own epoch at the end, so the shell's
epoch after the process ended gives the exit's cost."""

import os
import runpy
import sys
import time

start = float(os.environ["START"])
print(f"interpreter@{time.time() - start:.3f}", flush=True)
sys.argv = [sys.argv[0], *sys.argv[1:]]
here = os.path.dirname(os.path.abspath(__file__))
runpy.run_path(os.path.join(here, "..", "perf62", "tl.py"), run_name="__main__")
print(f"returned@{time.time() - start:.3f}", flush=True)
