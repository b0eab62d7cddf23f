"""Log every name ``_unglue`` cuts (head → tail) over the actors pools' big briefing (actors66).

.venv/bin/python benchmarks/pools/actors66/cuts.py > /tmp/actors66/cuts.tsv
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.argv = ["x", "dump"]
spec = importlib.util.spec_from_file_location("m66", HERE / "misses.py")
m66 = importlib.util.module_from_spec(spec)
spec.loader.exec_module(m66)
m58, q = m66.m58, m66.q

sys.path.insert(0, str(HERE.parent))
import timing_kit as kit  # noqa: E402  (patch: every module binding a moved name)

orig = None
log: list[tuple[str, str, str, str, str]] = []


def wrapped(here, *args):
    out = orig(here, *args)
    for c, cut in zip(here, out, strict=True):
        if cut is not True:
            log.extend(
                (c.article, c.name, n.name, c.label, n.label) for n in cut if n.name != c.name
            )
    return out


def big() -> list[dict]:
    """actors63's big briefing: every pool half, each title once."""
    chosen_all, titles = [], set()
    for pool in ("actors43", "actors48", "actors49", "actors44"):
        for half in ("tune", "check"):
            chosen, _gpath, _wanted = getattr(m58, pool)(half)
            chosen_all += [a for a in chosen if a["title"].strip() not in titles]
            titles |= {a["title"].strip() for a in chosen}
    return chosen_all


if __name__ == "__main__":
    orig = kit.patch("generator.resolve", "_unglue_in", lambda f: wrapped)
    q.run_pipeline(big(), Path("/tmp/actors60/dummy.yml"))
    for row in dict.fromkeys(log):
        print(*row, sep="\t")
