"""tl2.py CODE DIR: the branch's command line (``build --pages-only``) in process, with the
wall times of its spaCy process's fork, the articles sent, the build's own work done and the
parse received."""

import sys
import time

t0 = time.perf_counter()
sys.path.insert(0, sys.argv[1])  # the code in CODE, not the editable install's
import generator.preload as pre  # noqa: E402

marks = {}
orig_init, orig_parse = pre.Preloaded.__init__, pre.Preloaded.parse


def init(self, model):
    marks["fork"] = time.perf_counter()
    orig_init(self, model)


def parse(self, patterns, articles, meanwhile=lambda: None):
    marks["sent"] = time.perf_counter()

    def m():
        meanwhile()
        marks["own work done"] = time.perf_counter()

    out = orig_parse(self, patterns, articles, m)
    marks["parse got"] = time.perf_counter()
    return out


pre.Preloaded.__init__, pre.Preloaded.parse = init, parse
from generator.cli import main  # noqa: E402

d = sys.argv[2]
args = ["--content", f"{d}/content", "--site", f"{d}/site", "--docs", f"{d}/docs"]
main(["build", *args, "--pages-only"])
t = time.perf_counter()
print(" ".join(f"{k}@{v - t0:.2f}" for k, v in marks.items()), f"end@{t - t0:.2f}")
