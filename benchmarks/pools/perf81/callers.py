"""callers.py PROF PATTERN [MIN]: who calls the functions whose name holds PATTERN in a
``pstats`` file, each caller's cumulative seconds (at least MIN, 0.02) and calls."""

import pstats
import sys

stats = pstats.Stats(sys.argv[1]).stats  # type: ignore[attr-defined]
floor = float(sys.argv[3]) if len(sys.argv) > 3 else 0.02
for func, (_, _, _, cumulative, callers) in stats.items():
    name = f"{func[0]}:{func[1]}({func[2]})"
    if sys.argv[2] in name:
        print("==", name, f"{cumulative:.3f}")
        for caller, row in sorted(callers.items(), key=lambda kv: -kv[1][3]):
            if row[3] >= floor:
                where = f"{caller[0].split('/')[-1]}:{caller[1]}({caller[2]})"
                print(f"   {row[3]:.3f} {row[1]:6d} {where}")
