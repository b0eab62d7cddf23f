"""bystage.py PREFIX RAW...: py-spy raw samples by the innermost frame starting with PREFIX
(e.g. '_generate (', 'resolve (')."""

import sys
from collections import Counter

key = sys.argv[1]
c = Counter()
total = 0
for fn in sys.argv[2:]:
    for line in open(fn).readlines():  # noqa: SIM115
        stack, n = line.rstrip().rsplit(" ", 1)
        n = int(n)
        total += n
        frames = stack.split(";")
        hit = [f for f in frames if f.startswith(key)]
        c[hit[-1] if hit else "(other)"] += n
print("total", total)
for f, n in c.most_common(40):
    print(f"{n:6d} {n / total:6.1%}  {f[:140]}")
