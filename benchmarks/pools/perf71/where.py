"""where.py RAW... -- FRAME...: samples per run under ``_generate`` with a frame starting
with FRAME (``name (path``, e.g. ``'noted (generator/resolve/memo.py'``) on the stack,
counted once a stack however often it appears; perf67's ``incl.py`` matches bare names,
which several functions share (``get``, ``__init__``)."""

import sys
from pathlib import Path

i = sys.argv.index("--")
files, names = sys.argv[1:i], sys.argv[i + 1 :]
found = dict.fromkeys(names, 0)
total = 0
for fn in files:
    for line in Path(fn).read_text().splitlines():
        stack, n = line.rstrip().rsplit(" ", 1)
        frames = stack.split(";")
        if not any(f.startswith("_generate (") for f in frames):
            continue
        total += int(n)
        for name in names:
            if any(f.startswith(name) for f in frames):
                found[name] += int(n)
print(f"_generate {total / len(files):.1f}")
for name in names:
    print(f"{found[name] / len(files):8.1f} {name}")
