"""writes.py CODE DIR: one ``build --pages-only`` of DIR's corpus with CODE's generator in this
interpreter (the caller edits first); the wall the build's own thread spends writing the memos'
files (``memo.write_atomic`` called on it) and, where the code writes them behind
(``ReadAhead.wait``), waiting for them at the end; the files and bytes written."""

import sys
import threading
import time

sys.path.insert(0, sys.argv[1])
import generator.memo as memo
import generator.steps as steps

spent = {"on the build's thread": 0.0, "waiting at the end": 0.0, "files": 0, "bytes": 0}
real_write = memo.write_atomic


def write(path, data):
    start = time.perf_counter()
    real_write(path, data)
    if threading.current_thread() is threading.main_thread():
        spent["on the build's thread"] += time.perf_counter() - start
    spent["files"] += 1
    spent["bytes"] += len(data)


memo.write_atomic = write
if hasattr(steps, "write_atomic"):
    steps.write_atomic = write
if hasattr(memo.ReadAhead, "wait"):
    real_wait = memo.ReadAhead.wait

    def wait(self):
        start = time.perf_counter()
        real_wait(self)
        spent["waiting at the end"] += time.perf_counter() - start

    memo.ReadAhead.wait = wait
from generator.cli import main  # noqa: E402

d = sys.argv[2]
start = time.perf_counter()
main(["build", "--content", f"{d}/content", "--site", f"{d}/site", "--docs", f"{d}/docs",
      "--pages-only"])  # fmt: skip
with open("/proc/loadavg") as loadavg:
    load = loadavg.read().split()[0]
print(
    f"load={load} build {time.perf_counter() - start:.2f} s; "
    + ", ".join(f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}" for k, v in spent.items())
)
