"""incl.py RAW... -- NAME...: samples per run (1 kHz) under resolve with a frame named NAME
on the stack."""

import sys
from pathlib import Path

i = sys.argv.index("--")
files, names = sys.argv[1:i], sys.argv[i + 1 :]
c = dict.fromkeys(names, 0)
res = 0
for fn in files:
    for line in Path(fn).read_text().splitlines():
        stack, n = line.rstrip().rsplit(" ", 1)
        n = int(n)
        frames = [f.split(" (")[0] for f in stack.split(";")]
        if "resolve" not in frames:
            continue
        res += n
        for name in names:
            if name in frames:
                c[name] += n
print(f"resolve {res / len(files):.0f}")
for name in names:
    print(f"{c[name] / len(files):8.1f} {name}")
