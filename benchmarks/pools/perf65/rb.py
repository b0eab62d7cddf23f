"""rb.py: time one-edit rebuilds of the 1,000-article bench corpus, old code against new.

The layout (``$RB``, default /tmp/perf65): ``base/`` (a ``git archive`` of the old commit with its
own ``make install``), ``A/content`` and ``B/content`` (the same corpus, ``mk``; each side its own
docs, site and, through its code folder, its own cache) and the branch's worktree (``$BRANCH``).
Compile both sides first (``python -m compileall -q generator``): the machine sets
PYTHONDONTWRITEBYTECODE=1.

    rb.py mk DIR              the corpus (``bench_build.make_content``, 1,000) in DIR/content
    rb.py series N            N alternating pairs (A = base, B = branch): an edit, then one
                              whole ``build --pages-only`` timed by /usr/bin/time
    rb.py fns SIDE MOD:FN...  an edit, then a rebuild in this interpreter, with the named
                              functions' CPU (``time.process_time``) and calls
"""

from __future__ import annotations

import importlib
import os
import re
import subprocess
import sys
import time
from pathlib import Path

RB = Path(os.environ.get("RB", "/tmp/perf65"))
BRANCH = Path(os.environ.get("BRANCH", "/work/wt/perf65"))
CODE = {"A": RB / "base", "B": BRANCH}
sys.path.insert(0, str(BRANCH / "benchmarks"))
import bench_build  # noqa: E402


def content(side: str) -> Path:
    return RB / side / "content"


def edit(side: str) -> None:
    bench_build.edit_one(content(side) / "content")


def command(side: str) -> list[str]:
    d = content(side)
    return [str(CODE[side] / ".venv/bin/python"), "-m", "generator", "build",
            "--content", str(d / "content"), "--site", str(d / "site"), "--docs", str(d / "docs"),
            "--pages-only"]  # fmt: skip


def series(pairs: int) -> None:
    for _ in range(pairs):
        for side in "AB":
            edit(side)
            load = Path("/proc/loadavg").read_text().split()[0]
            timed = ["/usr/bin/time", "-f", "%e %U %S %M", *command(side)]
            run = subprocess.run(timed, cwd=CODE[side], capture_output=True, text=True)
            wall, user, system, _ = run.stderr.strip().splitlines()[-1].split()
            stages = re.sub(r".* in ([0-9.]+s) \((.*)\) into.*", r"\1 \2", run.stdout.strip())
            cpu = float(user) + float(system)
            print(f"{side} load={load} cpu={cpu:.2f} wall={float(wall):.2f} {stages}", flush=True)


def fns(side: str, names: list[str]) -> None:
    edit(side)
    sys.path.insert(0, str(CODE[side]))
    os.chdir(CODE[side])
    spent: dict[str, list[float]] = {}
    for spec in names:
        module = importlib.import_module(spec.split(":")[0])
        name = spec.split(":")[1]
        real = getattr(module, name)

        def timed(*args, real=real, spec=spec, **kwargs):
            start = time.process_time()
            try:
                return real(*args, **kwargs)
            finally:
                done = spent.setdefault(spec, [0.0, 0])
                done[0] += time.process_time() - start
                done[1] += 1

        setattr(module, name, timed)
    from generator import cli

    start = time.process_time()
    cli.main(command(side)[3:])
    print(f"main process CPU {time.process_time() - start:.3f} s")
    for spec, (cpu, calls) in spent.items():
        print(f"{cpu:.3f} s {calls:6d} calls {spec}")


if __name__ == "__main__":
    if sys.argv[1] == "mk":
        folder = Path(sys.argv[2])
        folder.mkdir(parents=True)
        corpus = Path("/work/shared/corpora/wikinews_2019.csv")
        bench_build.make_content(1000, folder, corpus, Path("/work/shared/seeds"))
    elif sys.argv[1] == "series":
        series(int(sys.argv[2]))
    elif sys.argv[1] == "fns":
        fns(sys.argv[2], sys.argv[3:])
