# ruff: noqa
"""Where the rule can fire: every (article title, lone word, person's name) that
``_firm_before_a_name`` keeps apart and every fold ``bodies._glued`` refuses, on the dev
split of tests/gold/wikinews-gold.yml and on one half of the pooled pools."""

import json, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks" / "pools"))
import timing_kit as kit  # patch: every module binding a moved name
import yaml
import quality_extract as qe
import generator.resolve as r
import generator.resolve.bodies as b

fired = []


def spy(word, name, read_as, *rest, **kw):
    out = orig(word, name, read_as, *rest, **kw)
    if out:
        fired.append(("given", word, name, read_as.get(word)))
    return out


orig = kit.patch("generator.resolve", "_firm_before_a_name", lambda f: spy)


def spy_glued(long, names):
    out = orig_glued(long, names)
    if out:
        fired.append(("fold", long))
    return out


orig_glued = kit.patch("generator.resolve", "_glued", lambda f: spy_glued)
what = sys.argv[1]
if what == "dev":
    gold = ROOT / "tests/gold/wikinews-gold.yml"
    arts = [a for a in yaml.safe_load(gold.read_text())["articles"] if a.get("split") == "dev"]
    qe.run_pipeline(arts, gold)
else:
    import csv

    csvp = Path(f"/tmp/actors55/{what}-actors55.csv")
    rows = list(csv.DictReader(open(csvp, encoding="utf-8")))
    chosen = [
        {"corpus": csvp.name, "row": k, "title": x["title"], "date": "2005-02-01"}
        for k, x in enumerate(rows)
    ]
    qe.run_pipeline(chosen, csvp.parent / "dummy.yml")
for f in sorted(set(fired)):
    print(*f, sep="\t")
