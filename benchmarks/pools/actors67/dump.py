"""The big briefing's mentions of the BBC's channels and of the places and pages they were
read as, and resolve's decisions on them (actors67), to judge every mention the rule moved.

    .venv/bin/python benchmarks/pools/actors67/dump.py > /tmp/actors67/dump-TAG.txt
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent
spec = importlib.util.spec_from_file_location("cuts67", HERE / "cuts.py")
cuts = importlib.util.module_from_spec(spec)
spec.loader.exec_module(cuts)

WORDS = ("Radio", "Wales", "Scotland", "BBC", "Sky News", "Fox News", "CBS")

if __name__ == "__main__":
    resolved, _ids = cuts.q.run_pipeline(cuts.big(), Path("/tmp/actors60/dummy.yml"))
    for m in resolved.mentions:
        if any(w in m.text for w in WORDS):
            print("M", m.entity, m.article[:60], repr(m.text), m.how)
    for d in resolved.decisions:
        if any(w in d.name for w in WORDS):
            print(
                "D",
                d.action,
                d.name,
                d.key,
                d.mentions,
                d.reason[:80],
                [a[:40] for a, _ in d.where][:3],
            )
