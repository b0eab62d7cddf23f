# ruff: noqa
"""Shape scan over every pooled article (actors53's pool.json): an acronym in brackets after
a name whose initials spell it only without a state's word before it ("the US Environmental
Protection Agency (EPA)")."""

import json, re

rows = json.load(open("/tmp/actors53/pool.json"))
pat = re.compile(r"((?:[A-Z][\w.'-]*|of|for|and|the|on|&) ?){2,9}\(([A-Z][A-Za-z.&-]{1,7})\)")
for pool, half, i, title, text, url in rows:
    for m in pat.finditer(text):
        words = m.group(0).split("(")[0].split()
        letters = m.group(2).replace(".", "")
        caps = [w for w in words if w[:1].isupper()]
        ini = "".join(w[0] for w in caps)
        if not ini.endswith(letters) or ini == letters:
            continue
        print(f"{half}\t{i}\t{m.group(0)}")
