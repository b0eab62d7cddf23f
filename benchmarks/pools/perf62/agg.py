"""agg.py RAW [N] [FILTER]: inclusive and self sample counts by frame from py-spy's raw output."""

import sys
from collections import Counter

inc, own = Counter(), Counter()
total = 0
filt = sys.argv[3] if len(sys.argv) > 3 else None
for line in open(sys.argv[1]).readlines():  # noqa: SIM115
    stack, n = line.rstrip().rsplit(" ", 1)
    n = int(n)
    frames = stack.split(";")
    if filt and not any(filt in f for f in frames):
        continue
    total += n
    for f in set(frames):
        inc[f] += n
    own[frames[-1]] += n
N = int(sys.argv[2]) if len(sys.argv) > 2 else 60
print("total", total)
for f, n in inc.most_common(N):
    print(f"{n:6d} {n / total:6.1%}  {f[:150]}")
print("--- self")
for f, n in own.most_common(25):
    print(f"{n:6d} {n / total:6.1%}  {f[:150]}")
