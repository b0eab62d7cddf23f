"""Cost of events74's rules over the 1,000 benchmark articles' text, and the frames they
change (issue 7): events70's ``timing.py`` run with this round's parse cache.

Usage: ``.venv/bin/python benchmarks/pools/events74/timing.py TREE [FRAMES.tsv]`` (as events70's).
"""

import runpy
from pathlib import Path


def run() -> None:
    """events70's ``main`` with the parse cache at ``/tmp/events74/base.docbin``."""
    script = Path(__file__).resolve().parents[1] / "events70" / "timing.py"
    main = runpy.run_path(str(script), run_name="events74_timing")["main"]
    main.__globals__["CACHE"] = Path("/tmp/events74/base.docbin")
    main()


if __name__ == "__main__":
    run()
