"""tlcpu.py CODE DIR: one rebuild by the command line in process; this process's CPU when the
spaCy process was forked, when the articles were sent, when its own work meanwhile was done
and when the parse came, and the spaCy process's CPU (children's, after the build): on a
machine with a free core each, the build waits about (fork + child) - (own work done)."""

import resource
import sys
import time

sys.path.insert(0, sys.argv[1])
import generator.preload as pre

marks = {}
orig_init, orig_parse = pre.Preloaded.__init__, pre.Preloaded.parse


def init(self, model):
    marks["fork"] = time.process_time()
    orig_init(self, model)


def parse(self, patterns, articles, meanwhile=lambda: None):
    marks["sent"] = time.process_time()

    def m():
        meanwhile()
        marks["own work done"] = time.process_time()

    out = orig_parse(self, patterns, articles, m)
    marks["parse got"] = time.process_time()
    return out


pre.Preloaded.__init__, pre.Preloaded.parse = init, parse
from generator.cli import main  # noqa: E402

d = sys.argv[2]
main(["build", "--content", f"{d}/content", "--site", f"{d}/site", "--docs", f"{d}/docs",
      "--pages-only"])  # fmt: skip
c = resource.getrusage(resource.RUSAGE_CHILDREN)
print(
    " ".join(f"{k}@{v:.2f}" for k, v in marks.items()),
    f"end@{time.process_time():.2f} child={c.ru_utime + c.ru_stime:.2f}",
)
