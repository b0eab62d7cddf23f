import sys

sys.path.insert(0, sys.argv[1])
from generator.cli import main

d = sys.argv[2]
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
import gc  # noqa: E402

gc.freeze()
