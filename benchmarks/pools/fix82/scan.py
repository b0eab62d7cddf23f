# ruff: noqa
"""Possessive names used as a noun phrase's head with a firm's cue, in the pooled pools."""

import json, re, sys
from collections import defaultdict

pool = json.load(open("/tmp/actors53/pool.json"))
NAME = r"((?:(?:Dr|Mr|J|[A-Z][A-Za-z&\.\-]+)\s)?[A-Z][A-Za-z\-]+)['’]s"
AFTER = r"\s+(?:said|says|shares?|profits?|sales|chief|boss|chairman|executive|has|had|is|was|will|would|reported|announced|posted|plans?|which|,|\.|and|stores?|outlets?|restaurants?|group|share|rating|bank|investors|spokes\w+|results|revenues?|stock|bid|takeover|board|management|directors?|owner)\b"
BEFORE = r"\b(?:at|from|of|by|to|with|and|including|like|as)\s+"
hits = defaultdict(list)
for pl, half, i, title, text, url in pool:
    t = title + "\n" + text
    for m in re.finditer(NAME + r"(?=" + AFTER + r"|[,\.])", t):
        hits[(half, i)].append(
            ("A", m.group(1), t[max(0, m.start() - 40) : m.end() + 40].replace("\n", " "))
        )
    for m in re.finditer(BEFORE + NAME + r"(?!\s+[a-z])", t):
        hits[(half, i)].append(
            ("B", m.group(1), t[max(0, m.start() - 40) : m.end() + 40].replace("\n", " "))
        )
for k, v in sorted(hits.items()):
    for x in v:
        print(k[0], k[1], *x, sep="\t")
