"""cpu2.py DIR: one rebuild by the command line in process (after an edit made by the caller),
its stages timed by this process's CPU; the CPU before the build (interpreter, imports: the
stages imported first here, unlike the command line) and the children's."""

import resource
import sys
import time

import generator.build as gb
from generator.cli import main

before = time.process_time()
gb.time.perf_counter = time.process_time
d = sys.argv[1]
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
c = resource.getrusage(resource.RUSAGE_CHILDREN)
children = c.ru_utime + c.ru_stime
print(f"before-build {before:.2f} parent {time.process_time():.2f} children {children:.2f}")
