"""wallprof.py CODE DIR OUT: perf73's ``prof.py`` run as it is with ``PROF_WALL=1``: one
rebuild in process (``cli.main`` with arguments: no ``os._exit``), cProfile'd on the wall
clock from before the generator is imported to the end; the caller makes the edit first."""

import os
import runpy

os.environ["PROF_WALL"] = "1"
runpy.run_path(
    os.path.join(os.path.dirname(__file__), "..", "perf73", "prof.py"), run_name="__main__"
)
