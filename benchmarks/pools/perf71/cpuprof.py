"""cpuprof.py SIDE OUT [--no-edit]: an edit (``bench_build.edit_one``), then one rebuild of
perf65's layout (``$RB``, ``$BRANCH`` as ``rb.py``'s) in this interpreter, sampled on the
process's CPU clock (``ITIMER_PROF`` every 1 ms of CPU, not of wall time: on a loaded machine a
wall-clock sampler such as py-spy counts the time the process waits for a core as much as the
time it runs). OUT gets py-spy's raw form (``frame;frame;... count``), which perf67's
``tree.py`` and ``incl.py`` read. Frames of C functions are not seen: a C call's time is its
caller's line's."""

from __future__ import annotations

import os
import runpy
import signal
import sys
from collections import Counter
from pathlib import Path

RB = Path(__file__).parents[1] / "perf65" / "rb.py"
rb = runpy.run_path(str(RB), run_name="rb")
side, out = sys.argv[1], Path(sys.argv[2])
if "--no-edit" not in sys.argv:
    rb["edit"](side)
code = rb["CODE"][side]
sys.path.insert(0, str(code))
os.chdir(code)
stacks: Counter[str] = Counter()


def sample(_signum: int, frame: object) -> None:
    names = []
    while frame is not None:
        c = frame.f_code  # type: ignore[attr-defined]
        where = c.co_filename.split(f"{code}/")[-1]
        names.append(f"{c.co_name} ({where}:{frame.f_lineno})")  # type: ignore[attr-defined]
        frame = frame.f_back  # type: ignore[attr-defined]
    stacks[";".join(reversed(names))] += 1


signal.signal(signal.SIGPROF, sample)
signal.setitimer(signal.ITIMER_PROF, 0.001, 0.001)
from generator import cli  # noqa: E402

try:
    cli.main(rb["command"](side)[3:])
finally:
    signal.setitimer(signal.ITIMER_PROF, 0, 0)
    out.write_text("".join(f"{s} {n}\n" for s, n in stacks.items()))
    print(f"{sum(stacks.values())} samples of 1 ms CPU", file=sys.stderr)
