# ruff: noqa
import re, sys, yaml, collections

d, half = sys.argv[1], sys.argv[2]
out = []
for p in [
    "events43",
    "events45",
    "events46",
    "events49",
    "events50",
    "events52",
    "events54",
    "events55",
]:
    g = yaml.safe_load(open(f"pools/{p}/gold-{half}.yml"))
    types = {}
    for a in g["articles"]:
        for e in a.get("events") or []:
            types[(a["title"][:50], e["name"])] = (e.get("type"), e.get("participants"))
    for line in open(f"{d}/{p}-{half}.txt"):
        m = re.match(r"  (.*?): missed event (.*) \((.*?)\)$", line)
        if m:
            t, parts = types.get((m.group(1), m.group(2)), ("?", None))
            out.append((t, p, m.group(1)[:30], m.group(2), parts))
c = collections.Counter(o[0] for o in out)
print(c.most_common())
for o in sorted(out, key=lambda o: (str(o[0]), o[1])):
    print("\t".join(map(str, o)))
