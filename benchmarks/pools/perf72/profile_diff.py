"""What one kind of page costs MkDocs above the floor, by function: two profiles of
``kind_profile.py`` (a kind's and the floor's), own and cumulative seconds subtracted.

Usage: .venv/bin/python benchmarks/pools/perf72/profile_diff.py KIND_PROFILE FLOOR_PROFILE [N]
"""

from __future__ import annotations

import pstats
import sys


def table(path: str) -> dict[str, tuple[int, float, float]]:
    stats = pstats.Stats(path).stats  # type: ignore[attr-defined]
    out = {}
    for (file, line, name), (_cc, calls, own, cumulative, _callers) in stats.items():
        where = file.split("site-packages/")[-1].split("/perf72/")[-1]
        out[f"{where}:{line}({name})"] = (calls, own, cumulative)
    return out


def main() -> None:
    kind, floor = table(sys.argv[1]), table(sys.argv[2])
    top = int(sys.argv[3]) if len(sys.argv) > 3 else 40
    rows = []
    for key in kind.keys() | floor.keys():
        c1, o1, u1 = kind.get(key, (0, 0.0, 0.0))
        c0, o0, u0 = floor.get(key, (0, 0.0, 0.0))
        rows.append((key, c1 - c0, o1 - o0, u1 - u0))
    print(f"total: {sum(r[2] for r in rows):+.2f}s own time above the floor")
    for title, index in (("own", 2), ("cumulative", 3)):
        print(f"\n| by {title} | calls + | own s + | cumulative s + |")
        for key, calls, own, cumulative in sorted(rows, key=lambda r: -r[index])[:top]:
            print(f"| {key} | {calls:+} | {own:+.2f} | {cumulative:+.2f} |")


if __name__ == "__main__":
    main()
