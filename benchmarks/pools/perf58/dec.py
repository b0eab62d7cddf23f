import collections
import sys
import time
from pathlib import Path

import generator.build  # noqa: F401  (the classes decode makes)
from generator import steps as m
from generator.memo import unsealed

tot = 0.0
tags = collections.Counter()


def walk(x):
    if type(x) is list and x and isinstance(x[0], str):
        tags[x[0]] += 1
        if x[0] == "object":
            tags["object-allatoms" if m._atoms(x[2:]) else "object-nested"] += 1
        for y in x[1:]:
            walk(y)


for p in sorted(Path(sys.argv[1]).glob("resolve-step-*.marshal")):
    data = unsealed(p.read_bytes())
    ents = data.get("entries")
    if not isinstance(ents, dict):
        continue
    t = time.process_time()
    for v in ents.values():
        m.decode(v)
    dt = time.process_time() - t
    tot += dt
    print(f"{p.name:45} {len(ents):5} {dt:.3f}")
    for v in ents.values():
        walk(v)
print("total", round(tot, 3))
print(tags.most_common(12))
