import sys
import time

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
print(f"returned {time.time():.3f} cpu {time.process_time():.3f}", file=sys.stderr)
