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
import os  # noqa: E402

sys.stdout.flush()
sys.stderr.flush()
os._exit(0)
