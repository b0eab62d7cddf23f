"""callees.py STATS [FUNCTION...]: each named function's callees in a ``pstats`` file (perf73's
``prof.py``'s output), by cumulative CPU, the largest first: which rules of resolve's phases
cost what in one rebuild."""

import pstats
import sys

stats = pstats.Stats(sys.argv[1])
wanted = sys.argv[2:] or [
    "candidate_passes",
    "_voted",
    "_overruled_by_texts",
    "_other_names",
    "merges_and_folds",
    "mentions_and_entities",
]
raw = stats.stats  # type: ignore[attr-defined]
for name in wanted:
    for func, (_cc, _nc, _tt, ct, _callers) in raw.items():
        if func[2] != name:
            continue
        print(f"{ct:7.3f} s  {name} ({func[0].split('generator/')[-1]}:{func[1]})")
        callees = [
            (c_ct, callee)
            for callee, (_, _, _, _, callers) in raw.items()
            for caller, (_a, _b, _c_tt, c_ct) in callers.items()
            if caller == func
        ]
        for c_ct, callee in sorted(callees, reverse=True)[:25]:
            if c_ct >= 0.005:
                where = f"{callee[0].split('generator/')[-1]}:{callee[1]}"
                print(f"   {c_ct:7.3f}  {callee[2]} ({where})")
