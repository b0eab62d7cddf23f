"""forkat.py CODE N: the CPU a rebuild's command line has spent (interpreter start included,
``getrusage``) when it is about to fork its spaCy process, N runs: everything before the fork
delays the parse that the build waits for. A tiny content folder whose article is newer than
its record makes the command line start the process; the stand-in for ``Preloaded.__init__``
prints and ends the run there (no process is forked, nothing is built)."""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

CHILD = """
import os, resource, sys
sys.path.insert(0, sys.argv[1])
import generator.preload as preload

def init(self, model):
    usage = resource.getrusage(resource.RUSAGE_SELF)
    print(f"{usage.ru_utime + usage.ru_stime:.4f}", flush=True)
    os._exit(0)

preload.Preloaded.__init__ = init
sys.argv = ["briefing", "build", "--content", f"{sys.argv[2]}/content",
            "--site", f"{sys.argv[2]}/site", "--docs", f"{sys.argv[2]}/docs", "--pages-only"]
from generator.cli import main
main()
"""

code, runs = sys.argv[1], int(sys.argv[2])
with tempfile.TemporaryDirectory() as folder:
    sys.path.insert(0, code)
    from generator.paths import DIGESTS

    (Path(folder) / "content" / "articles").mkdir(parents=True)
    (Path(folder) / "docs").mkdir()
    (Path(folder) / "docs" / DIGESTS).write_text("{}")
    os.utime(Path(folder) / "docs" / DIGESTS, ns=(1, 1))
    (Path(folder) / "content" / "articles" / "a.md").write_text("x\n")
    python = f"{code}/.venv/bin/python"
    for _ in range(runs):
        run = subprocess.run([python, "-c", CHILD, code, folder], capture_output=True, text=True)
        print(run.stdout.strip() or run.stderr.strip().splitlines()[-1])
