# ruff: noqa: E501
import json
import re
import sys
from pathlib import Path

d = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))


def f(s):
    return re.sub(
        r"^the ", "", " ".join(s.replace("’", "'").split()).casefold().rstrip(".")
    ).removesuffix("'s")


names = {}
for e in d["entities"]:
    if e["mentions"]:
        names.setdefault(f(e["name"]), []).append(e)
for e in d["entities"]:
    if not e["mentions"]:
        continue
    forms = {f(a) for a in e["aliases"]} | {f(m[2]) for m in e["mentions"]}
    forms.discard(f(e["name"]))
    for x in sorted(forms):
        for o in names.get(x, []):
            if o is not e:
                ra = sorted({m[0] for m in e["mentions"] if f(m[2]) == x})
                rb = sorted({m[0] for m in o["mentions"]})
                print(
                    f"{e['name']} [{e['type']}] has form '{x}' in {ra}; page '{o['name']}' [{o['type']}] in {rb[:10]}"
                )
