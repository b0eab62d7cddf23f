"""Run one of this folder's scripts on main's code: ``runmain.py SRC SCRIPT ARGS...``, SRC a
``git archive main generator`` unpacked. The editable install's finder would win over
PYTHONPATH, so it is taken off ``sys.meta_path`` first."""

import runpy
import sys

sys.meta_path[:] = [f for f in sys.meta_path if "editable" not in type(f).__name__.lower()]
sys.path.insert(0, sys.argv[1])
sys.argv = sys.argv[2:]
runpy.run_path(sys.argv[0], run_name="__main__")
