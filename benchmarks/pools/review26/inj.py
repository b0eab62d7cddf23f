"""Run one build that SIGKILLs itself at the Nth file-system call made inside publish()."""

import os
import signal
import sys
from pathlib import Path

import generator.build as B
import generator.publish as P
from generator.cli import main

N = int(sys.argv[1])

count = [0]


def hit():
    count[0] += 1
    if count[0] == N:
        os.kill(os.getpid(), signal.SIGKILL)


def wrap(mod, name):
    real = getattr(mod, name)

    def w(*a, **k):
        if active[0]:
            hit()
        return real(*a, **k)

    setattr(mod, name, w)


active = [False]
for name in ("rename", "link", "unlink", "rmdir", "mkdir", "scandir"):
    wrap(os, name)
real_wb = Path.write_bytes


def wb(self, data):
    if active[0]:
        hit()
    return real_wb(self, data)


Path.write_bytes = wb
real_publish = P.publish


def publish(*a, **k):
    active[0] = True
    try:
        return real_publish(*a, **k)
    finally:
        active[0] = False
        print("CALLS", count[0], file=sys.stderr)


B.publish = publish

sys.exit(main(sys.argv[2:]))
