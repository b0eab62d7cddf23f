"""Run a script against another copy of ``generator`` (argv[1]: its parent folder)."""

import runpy
import sys

sys.meta_path[:] = [f for f in sys.meta_path if "editable" not in repr(f)]
sys.path.insert(0, sys.argv[1])
sys.argv = sys.argv[2:]
import generator  # noqa: E402

print("# generator from", generator.__file__, file=sys.stderr)
runpy.run_path(sys.argv[0], run_name="__main__")
