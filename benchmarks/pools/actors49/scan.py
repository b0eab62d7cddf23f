# ruff: noqa: E501, SIM115
import csv
import re
from collections import Counter, defaultdict

pats = {
    "unit-of": r"\b(?:arm|unit|subsidiary|division|affiliate|branch|wing) of (?:the )?[A-Z][\w&.-]*(?: [A-Z][\w&.-]*)*",
    "state-body": r"\b(?:[A-Z][a-z]+(?:'s)?) (?:Foreign|Defence|Defense|Interior|Finance|Health|Justice|Education) (?:Ministry|Minister|Department|Office)\b",
    "ministry-of": r"\bMinistry of [A-Z][\w ]+?\b",
    "two-names": r"\b(?:Congo|DRC|Ivory Coast|Côte d'Ivoire|Cote d'Ivoire|Burma|Myanmar|Holland|Netherlands|Czechia|Czech Republic|Eswatini|Swaziland|Macedonia|North Macedonia|UAE|United Arab Emirates|Britain|United Kingdom|U\.K\.|UK|U\.S\.|United States|USA|America)\b",
    "x-government": r"\b[Tt]he (?:[A-Z][\w-]+ )+[Gg]overnment\b",
    "acronym": r"\b[A-Z][A-Z&.]{1,6}[A-Z]\b",
    "defined-acr": r"\(([A-Z][A-Z&.]{1,6}[A-Z])\)",
}
for part in ("tune", "check"):
    rows = list(csv.DictReader(open(f"actors49-{part}.csv", encoding="utf-8")))
    print("=====", part)
    for k, p in pats.items():
        hits = defaultdict(Counter)
        for i, r in enumerate(rows):
            for m in re.finditer(p, r["title"] + "\n" + r["text"]):
                hits[m.group(0)][i] += 1
        if k in ("two-names",):
            per = defaultdict(set)
            for h, c in hits.items():
                for i in c:
                    per[i].add(h)
            print(
                k,
                {
                    i: sorted(v)
                    for i, v in per.items()
                    if len(v) > 1
                    and not v <= {"U.S.", "United States", "US", "America", "USA"}
                    and not v <= {"UK", "Britain", "United Kingdom", "U.K."}
                },
            )
            continue
        print(
            k,
            "; ".join(
                f"{h}:{dict(c)}" for h, c in sorted(hits.items()) if k != "acronym" or len(c) >= 1
            )[:3000],
        )
