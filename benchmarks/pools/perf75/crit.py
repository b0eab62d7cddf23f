"""crit.py CODE DIR: an edit is made by the caller; one ``build --pages-only`` in this
interpreter (as the command line runs it, its spaCy process preloaded). Prints the main
process's CPU (``time.process_time``) from the parse's arrival to the end and its minor page
faults since; where the code has ``generator.forked`` (commit b4b80345 of this branch,
reverted), the CPU it had spent after the parse when it forked and when it asked for the
child's answer, the wall it then waited, and the child's CPU (``RUSAGE_CHILDREN`` around its
reaping): on a quiet machine the rebuild's wall after the parse is about the main process's
CPU plus that wait."""

import resource
import sys
import time

sys.path.insert(0, sys.argv[1])
import generator.preload as pre

marks: dict[str, float] = {}
real_parse = pre.Preloaded.parse


def parse(self, *args, **kwargs):
    out = real_parse(self, *args, **kwargs)
    marks["parse"] = time.process_time()
    marks["faults"] = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    return out


pre.Preloaded.parse = parse


def children() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


try:
    import generator.forked as forked
except ImportError:
    forked = None
if forked is not None:
    real_result = forked.Forked.result

    def result(self):
        if "forked" in marks:
            marks["fork"] = marks.pop("forked")  # in the order they happen
        marks["asked"] = time.process_time() - marks.get("parse", 0.0)
        before, start = children(), time.perf_counter()
        try:
            return real_result(self)
        finally:
            marks["waited"] = time.perf_counter() - start
            marks["child"] = children() - before

    forked.Forked.result = result
    real_init = forked.Forked.__init__

    def init(self, make):
        marks["forked"] = time.process_time() - marks.get("parse", 0.0)
        real_init(self, make)

    forked.Forked.__init__ = init
from generator.cli import main  # noqa: E402

d = sys.argv[2]
main(["build", "--content", f"{d}/content", "--site", f"{d}/site", "--docs", f"{d}/docs",
      "--pages-only"])  # fmt: skip
after = time.process_time() - marks["parse"]
marks["faults"] = resource.getrusage(resource.RUSAGE_SELF).ru_minflt - marks["faults"]
with open("/proc/loadavg") as loadavg:
    load = loadavg.read().split()[0]
rest = " ".join(f"{k}={v:.3f}" for k, v in marks.items() if k not in ("parse", "faults"))
rest += f" faults={marks['faults']:.0f}"
print(f"load={load} after-parse={after:.3f} {rest}")
