"""Cost of events78's general act over the 1,000 benchmark articles' text (issue 7):
events70's ``timing.py`` (``match_events`` over every paragraph of the bench's 173 base
articles, best of three, CPU, scaled x1000/173) with this round's parse cache.

Usage: ``.venv/bin/python benchmarks/pools/events78/timing.py TREE`` (TREE this worktree, or
main checked out apart).
"""

import runpy
from pathlib import Path

script = Path(__file__).resolve().parent.parent / "events70" / "timing.py"
namespace = runpy.run_path(str(script), run_name="events78_timing")
namespace["main"].__globals__["CACHE"] = Path("/tmp/events78/base.docbin")
namespace["main"]()
