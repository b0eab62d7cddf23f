"""tree.py PREFIX DEPTH RAW...: samples (ms per run at 1 kHz) under frames starting with
PREFIX, by the next DEPTH frames' functions."""

import sys
from collections import Counter
from pathlib import Path

key = sys.argv[1]
depth = int(sys.argv[2])
files = sys.argv[3:]
c = Counter()
under = 0
for fn in files:
    for line in Path(fn).read_text().splitlines():
        stack, n = line.rstrip().rsplit(" ", 1)
        n = int(n)
        frames = stack.split(";")
        idx = [i for i, f in enumerate(frames) if f.startswith(key)]
        if not idx:
            continue
        i = idx[-1]
        under += n
        path = []
        for f in frames[i + 1 : i + 1 + depth]:
            name, _, where = f.partition(" (")
            path.append(name + ":" + where.split("/")[-1].split(":")[0])
        c[" > ".join(path) or "(self)"] += n
print("under", under / len(files))
for f, n in c.most_common(60):
    print(f"{n / len(files):8.1f}  {f[:150]}")
