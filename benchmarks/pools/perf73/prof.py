"""prof.py CODE DIR OUT: an edit is made by the caller; one ``build --pages-only`` in this
interpreter, cProfile'd (CPU clock) from the moment the parse arrives to the end, saved to
OUT (``pstats``); the time to the parse is printed. ``PROF_WALL=1`` (perf79's
``wallprof.py``): on the wall clock, from before the generator is imported."""

import cProfile
import os
import sys
import time

t0 = time.perf_counter()
wall = os.environ.get("PROF_WALL") == "1"
profile = cProfile.Profile(time.perf_counter if wall else time.process_time)
if wall:
    profile.enable()
sys.path.insert(0, sys.argv[1])
import generator.preload as pre  # noqa: E402

real = pre.Preloaded.parse


def parse(self, patterns, articles, meanwhile=lambda: None):
    out = real(self, patterns, articles, meanwhile)
    print(f"parse got @{time.perf_counter() - t0:.3f}", flush=True)
    profile.enable()
    return out


pre.Preloaded.parse = parse
from generator.cli import main  # noqa: E402

d = sys.argv[2]
main(["build", "--content", f"{d}/content", "--site", f"{d}/site", "--docs", f"{d}/docs",
      "--pages-only"])  # fmt: skip
profile.disable()
print(f"end @{time.perf_counter() - t0:.3f}")
profile.dump_stats(sys.argv[3])
