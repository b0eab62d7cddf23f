"""Run one of this folder's scripts on main's code: ``runmain.py SRC SCRIPT ARGS...``, SRC a
``git archive main generator`` unpacked. The editable install's finder would win over
PYTHONPATH, so it is taken off ``sys.meta_path`` first; and ``quality_extract`` puts the
worktree first on ``sys.path``, so the package is imported before the script runs."""

import importlib
import runpy
import sys

sys.meta_path[:] = [f for f in sys.meta_path if "editable" not in type(f).__name__.lower()]
sys.path.insert(0, sys.argv[1])
generator = importlib.import_module("generator")  # now: the scripts' quality_extract puts
# the worktree first on sys.path before it imports the package

assert generator.__file__.startswith(sys.argv[1]), generator.__file__
sys.argv = sys.argv[2:]
runpy.run_path(sys.argv[0], run_name="__main__")
