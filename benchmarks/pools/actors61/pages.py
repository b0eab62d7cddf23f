"""Every actor page (name, mentions) of each pool half as its own briefing, to diff two trees.

Usage (from the project folder): ``.venv/bin/python benchmarks/pools/actors61/pages.py TAG``
[POOL...]; writes ``/tmp/actors61/TAG-POOL-HALF-pages.txt`` (CSVs as ``grow.py`` reads them).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
spec = importlib.util.spec_from_file_location("m60", HERE.parent / "actors60" / "misses.py")
m60 = importlib.util.module_from_spec(spec)
spec.loader.exec_module(m60)
OUT = Path("/tmp/actors61")

if __name__ == "__main__":
    tag = sys.argv[1]
    for pool in sys.argv[2:] or ["actors43", "actors48", "actors49", "actors44"]:
        for half in ("tune", "check"):
            chosen, gpath, _ = getattr(m60.m58, pool)(half)
            resolved, _ = m60.m58.q.run_pipeline(chosen, gpath)
            pages = sorted(
                f"{e.name}\t{sum(m.entity == e.key for m in resolved.mentions)}"
                for e in resolved.entities
                if e.kind == "actors"
            )
            path = OUT / f"{tag}-{pool}-{half}-pages.txt"
            path.write_text("\n".join(pages) + "\n", encoding="utf-8")
            print(tag, pool, half, len(pages), flush=True)
