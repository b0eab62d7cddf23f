import resource
import sys
import time
from pathlib import Path

from generator.memo import write_atomic

d = Path(sys.argv[1])
files = [p for p in d.glob("*.marshal") if p.stat().st_size > 80000]
data = {p: p.read_bytes() for p in files}


def cpu():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime, r.ru_stime


for _rep in range(3):
    u0, s0 = cpu()
    t = time.perf_counter()
    for p, b in data.items():
        write_atomic(p, b)
    u1, s1 = cpu()
    print(
        f"{len(files)} files {sum(map(len, data.values())) / 1e6:.1f} MB:",
        f"user {u1 - u0:.3f} sys {s1 - s0:.3f} wall {time.perf_counter() - t:.3f}",
    )
