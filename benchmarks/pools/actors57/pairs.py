# ruff: noqa
"""Candidate split pairs from a dump (build.py): two actor pages whose names share a word
(one's words inside the other's, or the same last word) or one the initials of the other,
with the articles they share; to be judged by hand."""

import json, re, sys
from itertools import combinations

pages = json.load(open(sys.argv[1]))
STOP = {"the", "of", "and", "for", "in", "de", "la", "us", "uk", "new"}


def words(n):
    return [w for w in re.findall(r"[\w&'.-]+", n) if w.lower() not in STOP]


def initials(n):
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w'-]*", n) if w[0].isupper())


out = []
for a, b in combinations(pages, 2):
    wa, wb = words(a["name"]), words(b["name"])
    if not wa or not wb:
        continue
    arts_a = {m[0] for m in a["mentions"]}
    arts_b = {m[0] for m in b["mentions"]}
    shared = sorted(arts_a & arts_b)
    how = []
    sa, sb = set(map(str.lower, wa)), set(map(str.lower, wb))
    if sa < sb or sb < sa:
        how.append("words")
    elif wa[-1].lower() == wb[-1].lower() and (a["type"] == b["type"] == "person"):
        how.append("last")
    elif sa & sb and shared:
        how.append("shared-word")
    na, nb = a["name"].replace(".", ""), b["name"].replace(".", "")
    if (na.isupper() and len(na) > 1 and initials(b["name"]) == na) or (
        nb.isupper() and len(nb) > 1 and initials(a["name"]) == nb
    ):
        how.append("acronym")
    if how:
        out.append(
            (
                ",".join(how),
                a["name"],
                a["type"],
                b["name"],
                b["type"],
                " ".join(shared),
                " ".join(sorted(arts_a)),
                " ".join(sorted(arts_b)),
            )
        )
for o in sorted(out):
    print("\t".join(o))
