# ruff: noqa
"""Shape scan over every pooled article (actors53's pool.json): a firm named by its leading
word(s) BEFORE its full name with a firm's ending or a company word ("suspended by Delta ...
by Delta Airlines"; "TCI ... TCI Fund Management") — the order fix76 reads as a parent and
its unit."""

import json, re, sys

sys.path.insert(0, "/work/wt/actors55")
from generator.resolve.vocab import FIRM_ENDS, COMPANY_WORDS, COMPANY_SUFFIXES

ENDS = (
    FIRM_ENDS
    | COMPANY_WORDS
    | COMPANY_SUFFIXES
    | {"management", "music", "capital", "bank", "corporation"}
)
rows = json.load(open("/tmp/actors53/pool.json"))
pat = re.compile(
    r"\b((?:[A-Z][\w&.-]*)(?: [A-Z][\w&.-]*)?) ((?:[A-Z][\w&.-]* ){0,2}([A-Z][a-z]+))\b"
)
for pool, half, i, title, text, url in rows:
    done = set()
    for m in pat.finditer(text):
        short, end = m.group(1), m.group(3)
        if end.lower() not in ENDS or short in done or short.split()[0] in ("The", "A"):
            continue
        alone = [
            a.start()
            for a in re.finditer(
                rf"\b{re.escape(short)}\b(?! {re.escape(m.group(2).split()[0])})", text
            )
        ]
        if not alone:
            continue
        done.add(short)
        first = "short-first" if alone[0] < m.start() else "long-first"
        print(f"{half}\t{i}\t{first}\t{short}\t{m.group(0)}\t{len(alone)}")
