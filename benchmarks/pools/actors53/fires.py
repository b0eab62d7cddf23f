# ruff: noqa
"""Every place where _STAFF_AFTER can fire: a one-word GeoNames name (no state) before it, in the pools and dev."""

import csv, json, re, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))
import yaml
from generator.gazetteer import place_kind, state_name
from generator.resolve.article import _STAFF_AFTER
from generator.resolve.names import BODY_NOUNS

texts = [(r[1], r[2], r[4]) for r in json.load(open("/tmp/actors53/pool.json"))]
csv.field_size_limit(10**9)
gold = yaml.safe_load((ROOT / "tests/gold/wikinews-gold.yml").read_text(encoding="utf-8"))


def corpus_rows(name):
    path = (
        Path("/work/shared/corpora") / name
        if name == "wikinews_2019.csv"
        else ROOT / "tests/gold" / name
    )
    return list(csv.DictReader(open(path, encoding="utf-8", newline="")))


cache = {}
for a in gold["articles"]:
    if a.get("split") == "dev":
        name = a.get("corpus", "wikinews_2019.csv")
        rows = cache.setdefault(name, corpus_rows(name))
        texts.append(("dev", f"dev:{name}:{a['row']}", rows[a["row"]]["text"]))
for half, aid, text in texts:
    for m in re.finditer(r"(?<![\w-])([A-Z][a-z]+)(?![\w-])", text):
        w = m.group(1)
        if (
            _STAFF_AFTER.match(text[m.end() :])
            and place_kind(w)
            and not state_name(w)
            and w.lower() not in BODY_NOUNS
        ):
            print(half, aid, w, repr(text[max(0, m.start() - 50) : m.end() + 40]))
