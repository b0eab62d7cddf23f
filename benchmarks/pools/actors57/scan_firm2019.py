# ruff: noqa
"""actors55's scan_firm.py shape (a firm's leading word(s) written alone BEFORE its name with a
firm's ending: "Delta ... Delta Airlines") over the Wikinews 2019 rows in no split
(rows of wikinews_2019.csv not in tests/gold/wikinews-gold.yml with corpus wikinews_2019.csv)."""

import csv, re, sys
import yaml

sys.path.insert(0, sys.argv[1])
from generator.resolve.vocab import FIRM_ENDS, COMPANY_WORDS, COMPANY_SUFFIXES

ENDS = (
    FIRM_ENDS
    | COMPANY_WORDS
    | COMPANY_SUFFIXES
    | {"management", "music", "capital", "bank", "corporation", "airlines", "airways"}
)
gold = yaml.safe_load(open(f"{sys.argv[1]}/tests/gold/wikinews-gold.yml"))
used = {
    a["row"]
    for a in gold["articles"]
    if a.get("corpus", "wikinews_2019.csv").startswith("wikinews_2019")
}
rows = list(csv.DictReader(open("/work/shared/corpora/wikinews_2019.csv", encoding="utf-8")))
pat = re.compile(
    r"\b((?:[A-Z][\w&.-]*)(?: [A-Z][\w&.-]*)?) ((?:[A-Z][\w&.-]* ){0,2}([A-Z][a-z]+))\b"
)
for i, r in enumerate(rows):
    if i in used:
        continue
    text, done = r["text"], set()
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
        if alone[0] < m.start():
            print(f"{i}\tshort-first\t{short}\t{m.group(0)}\t{len(alone)}")
