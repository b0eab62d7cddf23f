"""tl.py CODE DIR: one rebuild in process in main's order (the stages imported, then the build
forks spaCy), after an edit the caller made; the wall times from the script's start of the
imports, the fork, the articles sent, the build's own work done and the parse received."""

import sys
import time
from pathlib import Path

t0 = time.perf_counter()
sys.path.insert(0, sys.argv[1])
import generator.annotate as an  # noqa: E402
from generator.build import Paths, build  # noqa: E402

t1 = time.perf_counter()
marks = {}
real_init, real_parse = an.Preloaded.__init__, an.Preloaded.parse


def init(self, model):
    marks["fork"] = time.perf_counter()
    real_init(self, model)


def parse(self, patterns, articles, meanwhile=lambda: None):
    marks["sent"] = time.perf_counter()

    def own():
        meanwhile()
        marks["own-work-done"] = time.perf_counter()

    out = real_parse(self, patterns, articles, own)
    marks["parse-got"] = time.perf_counter()
    return out


an.Preloaded.__init__, an.Preloaded.parse = init, parse
d = Path(sys.argv[2])
report = build(Paths.for_content(d / "content", d / "site", d / "docs"), pages_only=True)
t2 = time.perf_counter()
print(" ".join(f"{k}={v:.2f}" for k, v in report.timings.items()))
print(
    f"imports-done@{t1 - t0:.2f}",
    " ".join(f"{k}@{v - t0:.2f}" for k, v in marks.items()),
    f"end@{t2 - t0:.2f}",
)
