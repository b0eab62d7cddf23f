"""The big briefing's mentions of (MG) Rover and of George W. Bush by surname, and the merges
by title (actors66), to judge every mention the rules moved.

    .venv/bin/python benchmarks/pools/actors66/dump.py > /tmp/actors66/dump.txt
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent
spec = importlib.util.spec_from_file_location("cuts66", HERE / "cuts.py")
cuts = importlib.util.module_from_spec(spec)
spec.loader.exec_module(cuts)

if __name__ == "__main__":
    resolved, _ids = cuts.q.run_pipeline(cuts.big(), Path("/tmp/actors60/dummy.yml"))
    for m in resolved.mentions:
        if m.entity in ("actors/rover", "actors/mg-rover") or (
            m.entity == "actors/george-w-bush" and m.how == "surname"
        ):
            print("M", m.entity, m.article[:60], repr(m.text), m.how)
    for d in resolved.decisions:
        if "that title" in d.reason or "Rover" in d.name:
            print("D", d.action, d.name, d.key, d.mentions, [a[:50] for a, _ in d.where])
