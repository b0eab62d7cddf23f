"""keys.py SIDE: an edit, then one rebuild of perf65's layout (``$RB``, ``$BRANCH`` as
``rb.py``'s) in this interpreter, with the CPU (``time.process_time``) of every per-article
memo entry's key (``steps.PerArticle._key``, on both sides) by step, and the main
process's CPU. The wrapper's own cost (about 1 µs a call, 13,000 calls) is in the figures."""

from __future__ import annotations

import os
import runpy
import sys
import time
from collections import Counter
from pathlib import Path

rb = runpy.run_path(str(Path(__file__).parents[1] / "perf65" / "rb.py"), run_name="rb")
side = sys.argv[1]
rb["edit"](side)
code = rb["CODE"][side]
sys.path.insert(0, str(code))
os.chdir(code)
from generator import steps as memo  # noqa: E402

spent: Counter[str] = Counter()
calls: Counter[str] = Counter()
real = memo.PerArticle._key


def timed(self: memo.PerArticle, inputs: tuple[object, ...]) -> str:
    start = time.process_time()
    try:
        return real(self, inputs)
    finally:
        spent[self._step] += time.process_time() - start
        calls[self._step] += 1


memo.PerArticle._key = timed  # type: ignore[method-assign]
from generator import cli  # noqa: E402

start = time.process_time()
cli.main(rb["command"](side)[3:])
total = time.process_time() - start
steps = " ".join(f"{step}={spent[step]:.4f}" for step in sorted(spent, key=spent.__getitem__)[::-1])
print(f"{side} main={total:.3f} keys={sum(spent.values()):.4f} calls={sum(calls.values())} {steps}")
