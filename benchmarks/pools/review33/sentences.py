# ruff: noqa
"""Sentences of Wikinews 2019 rows in no gold file (any split) that match a regex, for probing.
Usage: PY benchmarks/pools/review33/sentences.py REGEX [MAX]"""

import csv, glob, re, sys

csv.field_size_limit(10**9)
gold = "".join(  # urls only, to leave out every row any gold (test and blind included) holds
    " ".join(re.findall(r"wiki/[^\\s\"',]+", open(f, errors="replace").read()))
    for f in glob.glob("tests/gold/**", recursive=True) + glob.glob("tests/gold/*.csv")
    if not f.endswith("/") and __import__("os").path.isfile(f)
)
rx = re.compile(sys.argv[1])
n = int(sys.argv[2]) if len(sys.argv) > 2 else 20
for row in csv.DictReader(open("/work/shared/corpora/wikinews_2019.csv")):
    if row["url"].split("/wiki/")[-1] in gold or row["url"] in gold:
        continue
    for s in re.split(r"(?<=[.!?\"])\s+(?=[A-Z\"])", row["text"]):
        if rx.search(s) and n > 0:
            n -= 1
            print(s.replace("\n", " ")[:300])
