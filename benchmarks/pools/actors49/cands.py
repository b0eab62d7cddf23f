"""List candidate split pairs among one half's actor pages, mechanically."""

import itertools
import json
import re
import sys
from pathlib import Path

from rapidfuzz import fuzz

d = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
ents = [e for e in d["entities"] if e["mentions"]]
STOP = {"the", "of", "and", "for", "in", "on", "a", "an", "&", "de", "la", "le", "der", "du", "to"}


def words(n):
    return [w for w in re.findall(r"[\w'’.-]+", n.lower()) if w not in STOP]


def forms(e):
    return {e["name"], *e["aliases"], *{m[2] for m in e["mentions"]}}


def acro(n):
    ws = [w for w in re.findall(r"[A-Za-z][\w'-]*", n) if w.lower() not in STOP or False]
    full = "".join(w[0] for w in re.findall(r"[A-Za-z][\w'-]*", n)).upper()
    cap = "".join(w[0] for w in ws if w[0].isupper()).upper()
    return {full, cap}


def ministry(n):
    m = re.match(
        r"(?:the )?(ministry|department|office|minister|secretary) (?:of|for) (?:the )?(.+)$",
        n,
        re.I,
    )
    if m:
        return (m.group(1).lower(), m.group(2).lower())
    m = re.match(r"(?:the )?(.+) (ministry|department|office|minister|secretary)$", n, re.I)
    if m:
        return (m.group(2).lower(), m.group(1).lower())


amb = {}
for dec in d["decisions"]:
    if dec["action"] not in ("merged",):
        amb.setdefault(dec["name"].lower(), dec["action"] + ":" + dec["reason"][:60])
out = []
for a, b in itertools.combinations(ents, 2):
    ta, tb = a["type"], b["type"]
    if not (
        ta == tb
        or {ta, tb} == {"person", "organisation"}
        or {ta, tb} <= {"organisation", "media"}
        or {ta, tb} <= {"state", "organisation"}
    ):
        continue
    why = set()
    fa, fb = forms(a), forms(b)
    for x in fa:
        for y in fb:
            wx, wy = words(x), words(y)
            if not wx or not wy:
                continue
            sx, sy = set(wx), set(wy)
            if (sx < sy or sy < sx) and min(len(sx), len(sy)) >= 1:
                short = sx if len(sx) < len(sy) else sy
                if not all(len(w) <= 2 for w in short):
                    why.add("words")
            if sx == sy and x.lower() != y.lower():
                why.add("samewords")
            if len(x) >= 2 and x.isupper() and x.replace(".", "") in acro(y):
                why.add("acronym")
            if len(y) >= 2 and y.isupper() and y.replace(".", "") in acro(x):
                why.add("acronym")
            if fuzz.ratio(x.lower(), y.lower()) > 85:
                why.add("fuzz")
            mx, my = ministry(x), ministry(y)
            if (mx and my and mx[1] == my[1]) or (
                mx and my and mx[1].rstrip("s") == my[1].rstrip("s")
            ):
                why.add("ministry")
    if ta == "person" and tb == "person":
        la, lb = words(a["name"])[-1:], words(b["name"])[-1:]
        if la and la == lb:
            why.add("surname")
    if a["name"].lower() in amb or b["name"].lower() in amb:
        pass
    if why:
        ra = {m[0] for m in a["mentions"]}
        rb = {m[0] for m in b["mentions"]}
        out.append((sorted(why), a, b, sorted(ra & rb), sorted(ra), sorted(rb)))
for why, a, b, both, ra, rb in out:
    print(
        "\t".join(
            [
                ",".join(why),
                a["name"],
                a["type"],
                b["name"],
                b["type"],
                "both=" + ",".join(map(str, both)),
                "A=" + ",".join(map(str, ra[:12])),
                "B=" + ",".join(map(str, rb[:12])),
            ]
        )
    )
print(len(out), "pairs", file=sys.stderr)
