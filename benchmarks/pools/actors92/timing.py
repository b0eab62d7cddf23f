"""CPU cost of actors92's rules over the 1,000 benchmark articles for one code tree: actors87's
``timing.py`` (one resolve, best of three), run with each new function wrapped so that the
time spent inside it is counted (over the three resolves; 0 on a tree without them).

Usage: ``.venv/bin/python benchmarks/pools/actors92/timing.py ROOT FOLDER`` (as actors87's).
"""

from __future__ import annotations

import runpy
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(sys.argv[1]).resolve()
sys.path.insert(0, str(ROOT))
import generator.resolve as resolve_package  # noqa: E402
from generator.resolve import folds, merge  # noqa: E402

NEW = {  # each where its caller looks it up (``resolve`` imports the aliases' passes by name)
    resolve_package: ("_familiar_given_names", "_slipped_openings", "_glossed_acronyms"),
    folds: ("_shared_acronym_folds",),
    merge: ("sub_body",),
}
spent: dict[str, float] = defaultdict(float)


def timed(name, function):
    def run(*args, **kwargs):
        start = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[name] += time.process_time() - start

    return run


for module, names in NEW.items():
    for name in names:
        if hasattr(module, name):
            setattr(module, name, timed(name, getattr(module, name)))
runpy.run_path(
    str(Path(__file__).resolve().parent.parent / "actors87" / "timing.py"), run_name="__main__"
)
for name, seconds in sorted(spent.items()):
    print(f"  {name}: {seconds / 3:.3f} s per resolve")
