import os
import resource
import shutil
import sys
import time

src = sys.argv[1]
dst = sys.argv[2]


def cpu():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime, r.ru_stime


files = []
for root, _dirs, fs in os.walk(src):
    for f in fs:
        files.append(os.path.relpath(os.path.join(root, f), src))
u0, s0 = cpu()
t = time.perf_counter()
for rel in files:
    p = os.path.join(dst, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    os.link(os.path.join(src, rel), p)
u1, s1 = cpu()
t1 = time.perf_counter()
shutil.rmtree(dst)
u2, s2 = cpu()
t2 = time.perf_counter()
print(
    len(files),
    f"link user {u1 - u0:.2f} sys {s1 - s0:.2f} wall {t1 - t:.2f};",
    f"rmtree user {u2 - u1:.2f} sys {s2 - s1:.2f} wall {t2 - t1:.2f}",
)
