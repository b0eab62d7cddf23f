# ruff: noqa
"""Where actors57's condition decides: every (lone word, person's name, NER readings, times the
name is written) where ``_firm_before_a_name``'s firm reading holds, with the branch's answer
(True: the lone word kept from the person). Run on dev (tests/gold/wikinews-gold.yml, split dev)
or on one half of actors53's pooled pools (the CSV build.py writes)."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks" / "pools"))
import timing_kit as kit  # patch: every module binding a moved name
import yaml
import quality_extract as qe
import generator.resolve as r

seen = set()


def spy(word, name, read_as, texts, **kw):
    out = orig(word, name, read_as, texts, **kw)
    if read_as.get(word, 0) <= -r.FIRM_READINGS and word == name.split()[0]:
        seen.add((word, name, read_as.get(word), r._written_times(name, texts), out))
    return out


orig = kit.patch("generator.resolve", "_firm_before_a_name", lambda f: spy)
what = sys.argv[1]
if what == "dev":
    gold = ROOT / "tests/gold/wikinews-gold.yml"
    arts = [a for a in yaml.safe_load(gold.read_text())["articles"] if a.get("split") == "dev"]
    qe.run_pipeline(arts, gold)
else:
    import csv

    csvp = Path(f"/tmp/actors57/{what}-actors57.csv")
    rows = list(csv.DictReader(open(csvp, encoding="utf-8")))
    chosen = [
        {"corpus": csvp.name, "row": k, "title": x["title"], "date": "2005-02-01"}
        for k, x in enumerate(rows)
    ]
    qe.run_pipeline(chosen, csvp.parent / "dummy.yml")
print(f"== {what}")
for f in sorted(seen):
    print(*f, sep="\t")
