"""where.py RAW... -- FRAME...: samples per run under ``_generate`` with a frame starting
with FRAME (``name (path``, e.g. ``'noted (generator/steps'``) on the stack,
counted once a stack however often it appears; perf67's ``incl.py`` matches bare names,
which several functions share (``get``, ``__init__``)."""

import sys
from collections import Counter
from pathlib import Path


def stacks(raw: Path):
    """Each stack under the build as its frames, with its samples."""
    for line in raw.read_text().splitlines():
        stack, _, count = line.rstrip().rpartition(" ")
        frames = stack.split(";")
        if any(f.startswith("_generate (") for f in frames):
            yield frames, int(count)


cut = sys.argv.index("--")
raws, prefixes = [Path(a) for a in sys.argv[1:cut]], sys.argv[cut + 1 :]
under: Counter[str] = Counter()
for raw in raws:
    for frames, count in stacks(raw):
        under["_generate"] += count
        under.update({p: count for p in prefixes if any(f.startswith(p) for f in frames)})
for name in ["_generate", *prefixes]:
    print(f"{under[name] / len(raws):8.1f} {name}")
