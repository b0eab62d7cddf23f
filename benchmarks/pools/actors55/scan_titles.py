# ruff: noqa
"""Shape scan over every pooled article (actors53's pool.json): an abbreviated title or a
word glued before a surname ("Prof Reddy", "Chief Supt Deats") in an article that also names
the person in full ("Raj Reddy", "Mick Deats")."""

import json, re

rows = json.load(open("/tmp/actors53/pool.json"))
TITLES = r"Prof|Supt|Insp|Det|Sgt|Const|Cllr|Gen|Col|Lt|Capt|Rev|Cdr|Maj|Brig|Adm|Gov|Sen|Rep|Fr|Supt\.|Sgt\.|Gen\.|Col\.|Lt\.|Capt\.|Rev\.|Gov\.|Sen\.|Rep\.|Insp\.|Det\.|Prof\."
pat = re.compile(rf"\b({TITLES}) ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")
for pool, half, i, title, text, url in rows:
    seen = set()
    for m in pat.finditer(text):
        sur = m.group(2)
        full = re.search(rf"\b[A-Z][a-z]+ (?:[A-Z]\.? )?{sur}\b", text.replace(m.group(0), ""))
        key = (m.group(1), sur)
        if key in seen:
            continue
        seen.add(key)
        print(f"{half}\t{i}\t{m.group(0)}\t{full.group(0) if full else '-'}")
