# ruff: noqa
"""Pages that differ between two dumps (build.py): name, type and mentions per article."""

import json, sys

a = {e["name"] + "|" + e["type"]: e for e in json.load(open(sys.argv[1]))}
b = {e["name"] + "|" + e["type"]: e for e in json.load(open(sys.argv[2]))}
for k in sorted(set(a) | set(b)):
    ma = a.get(k, {}).get("mentions")
    mb = b.get(k, {}).get("mentions")
    if ma != mb:
        print("-", k, ma)
        print("+", k, mb)
