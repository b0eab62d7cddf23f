"""wt.py LIVE_DOCS WORK: CPU (user+sys, every thread) of making the next docs folder after one
edit: main's way (a fresh folder of links, then the old folder's removal, as the next build's
sweep does) against the branch's (the spare folder made into it). Alternating, 5 pairs."""

import os
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, "/work/wt/perf56")
from generator.publish import MARKER, write_tree
from generator.publish.staging import remove_tree

live = Path(sys.argv[1])
work = Path(sys.argv[2])
work.mkdir(exist_ok=True)
assets = Path("/work/wt/perf56/templates/assets")
files = {}
for root, _dirs, names in os.walk(live):
    for n in names:
        rel = os.path.relpath(os.path.join(root, n), live)
        if rel.startswith("assets/") or rel in (MARKER, ".briefing-seal"):
            continue
        files[rel] = (live / rel).read_text(encoding="utf-8")
changed = sorted(r for r in files if r.startswith("articles/"))[:2]
for r in changed:
    files[r] += "edited\n"
unchanged = frozenset(files) - set(changed)


def cpu():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def spare():
    """The live folder as the last swap left its old one: links to the live files but two."""
    s = work / "spare"
    write_tree({k: v for k, v in files.items()}, s, assets, live, unchanged)
    for r in sorted(files)[:3]:
        os.unlink(s / r)
        (s / r).write_text("old\n")
    return s


for _i in range(5):
    x = work / "fresh"
    c = cpu()
    t = time.perf_counter()
    write_tree(files, x, assets, live, unchanged)
    remove_tree(x)
    a = cpu() - c
    aw = time.perf_counter() - t
    s = spare()
    c = cpu()
    t = time.perf_counter()
    write_tree(files, s, assets, live, unchanged, recycled=True)
    b = cpu() - c
    bw = time.perf_counter() - t
    remove_tree(s)
    print(
        f"main {a:.3f}s CPU ({aw:.2f} wall)  branch {b:.3f}s CPU ({bw:.2f} wall)",
        f"load {os.getloadavg()[0]:.1f}",
    )
