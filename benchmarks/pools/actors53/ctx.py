# ruff: noqa
import json, re, sys

rows = {r[2]: r for r in json.load(open("/tmp/actors53/pool.json"))}
for spec in sys.argv[1:]:
    aid, w = spec.split(":")
    r = rows.get(aid)
    if not r:
        print("NO", aid)
        continue
    print(f"=== {aid} {r[1]} {w} | {r[3]}")
    for s in re.split(r"(?<=[.!?\"])\s+", r[4]):
        if re.search(rf"(?<![\w-]){w}(?![\w-])", s):
            print("   -", s.replace("\n", " ")[:260])
