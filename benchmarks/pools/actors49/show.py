import json
import sys
from pathlib import Path

d = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
by = {e["name"]: e for e in d["entities"]}
S = d["sentences"]
for name in sys.argv[2:]:
    e = by.get(name)
    if not e:
        print("?? no", name)
        continue
    print(f"### {name} [{e['type']}] aliases={e['aliases']}")
    seen = set()
    for row, s, text, _how in e["mentions"]:
        if (row, s) in seen:
            continue
        seen.add((row, s))
        sent = S[str(row)][s] if str(row) in S else ""
        print(f"  {row}:{s} <{text}> {sent[:260]}")
        if len(seen) > 6:
            break
