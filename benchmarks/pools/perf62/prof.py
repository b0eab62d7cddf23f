"""prof.py CODE DIR OUT: one rebuild by the command line in process under cProfile (after an edit
made by the caller); stats to OUT."""

import cProfile
import sys

sys.path.insert(0, sys.argv[1])
d = sys.argv[2]
pr = cProfile.Profile()
pr.enable()
from generator.cli import main  # noqa: E402

main(
    [
        "build",
        "--content",
        f"{d}/content",
        "--site",
        f"{d}/site",
        "--docs",
        f"{d}/docs",
        "--pages-only",
    ]
)
pr.disable()
pr.dump_stats(sys.argv[3])
