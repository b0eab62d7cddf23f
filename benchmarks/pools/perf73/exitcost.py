"""exitcost.py CODE DIR [program]: an edit, then ``build --pages-only`` in a child interpreter that
prints its CPU (self and reaped children, ``getrusage``) when ``cli.main`` returns; this
process reads the child's whole CPU from ``wait4``: the difference is what the interpreter's
exit costs (finalisation, freeing the heap) after the build is done. With ``program``,
``main()`` reads ``sys.argv`` as the command line does (perf73's ``_leave`` then ends the
process at once, ``os._exit`` wrapped to print the CPU first)."""

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
import bench_build

CHILD = """
import os, resource, sys, time
sys.path.insert(0, sys.argv[1])
from generator.cli import main
def mark():
    s, c = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    print(f"AT-RETURN {s.ru_utime + s.ru_stime + c.ru_utime + c.ru_stime:.3f} {time.time():.3f}",
          flush=True)
real_exit, me = os._exit, os.getpid()
def leave(code):
    if os.getpid() == me:  # not the spaCy process, which ends by os._exit too
        mark()
    real_exit(code)
os._exit = leave
d = sys.argv[2]
argv = ["build", "--content", f"{d}/content", "--site", f"{d}/site", "--docs", f"{d}/docs",
        "--pages-only"]
if sys.argv[3:] == ["program"]:
    sys.argv = ["briefing", *argv]
    code = main()
else:
    code = main(argv)
mark()
sys.exit(code)
"""

code, folder = sys.argv[1], sys.argv[2]
bench_build.edit_one(Path(folder) / "content")
read, write = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(read)
    os.dup2(write, 1)
    os.chdir(code)
    os.execv(
        f"{code}/.venv/bin/python",
        [f"{code}/.venv/bin/python", "-c", CHILD, code, folder, *sys.argv[3:]],
    )
os.close(write)
out = os.fdopen(read).read()
_, status, usage = os.wait4(pid, 0)
ended = time.time()
line = next(x for x in out.splitlines() if x.startswith("AT-RETURN"))
at_return, returned = map(float, line.split()[1:])
total = usage.ru_utime + usage.ru_stime
load = Path("/proc/loadavg").read_text().split()[0]
print(
    f"load={load} cpu at return {at_return:.3f} s, in all {total:.3f} s:",
    f"exit {total - at_return:.3f} s CPU, {ended - returned:.3f} s wall",
)
