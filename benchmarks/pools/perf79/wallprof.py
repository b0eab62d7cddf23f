"""wallprof.py CODE DIR OUT: one ``build --pages-only`` of DIR's corpus with CODE's generator, in
this interpreter (``cli.main`` with arguments: no ``os._exit``), cProfile'd on the wall clock
from before the generator is imported to the end; the stats saved to OUT (``pstats``). The
caller makes the edit first (``rb.py``'s ``bench_build.edit_one``)."""

import cProfile
import sys
import time

t0 = time.perf_counter()
sys.path.insert(0, sys.argv[1])
profile = cProfile.Profile(time.perf_counter)
profile.enable()
from generator.cli import main  # noqa: E402

d = sys.argv[2]
main(["build", "--content", f"{d}/content", "--site", f"{d}/site", "--docs", f"{d}/docs",
      "--pages-only"])  # fmt: skip
profile.disable()
print(f"end @{time.perf_counter() - t0:.3f}")
profile.dump_stats(sys.argv[3])
