"""List every expected actor (named twice or more) with no page, per pool half, on this tree.

Usage (from the project folder): ``.venv/bin/python benchmarks/pools/actors58/misses.py TAG``.
Pools: ``actors42`` (gold-tune.yml / gold-check.yml, scored as ``quality.py --gold`` does:
non-incidental actors with ``mentions >= 2``) and ``actors52`` (``expected.tsv``: "Name (Other
form)" gives both forms; its CSVs rebuilt in ``/tmp/actors52/`` by its ``build.py``). Writes
``/tmp/actors58/TAG-miss.jsonl``: one line per miss with the sentences naming it (any form, or
its last word for a person) and resolve's decisions on any name sharing a word with it, to be
classified by hand.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))

import quality_extract as q  # noqa: E402
from quality import _fold  # noqa: E402

POOLS = ROOT / "benchmarks" / "pools"
OUT = Path("/tmp/actors58")


def actors42(half: str) -> tuple[list[dict], Path, list[list[dict]]]:
    path = POOLS / "actors42" / f"gold-{half}.yml"
    gold = yaml.safe_load(path.read_text(encoding="utf-8"))
    chosen = gold["articles"]
    wanted = [
        [
            a
            for a in art.get("actors") or []
            if int(a.get("mentions") or 0) >= 2 and not a.get("incidental")
        ]
        for art in chosen
    ]
    return chosen, path, wanted


def dev(half: str) -> tuple[list[dict], Path, list[list[dict]]]:
    """The dev split of the Wikinews gold (``half`` "tune"; no check half: dev is the guard)."""
    path = ROOT / "tests" / "gold" / "wikinews-gold.yml"
    gold = yaml.safe_load(path.read_text(encoding="utf-8"))
    chosen = [a for a in gold["articles"] if a.get("split") == "dev"] if half == "tune" else []
    wanted = [
        [
            a
            for a in art.get("actors") or []
            if int(a.get("mentions") or 0) >= 2 and not a.get("incidental")
        ]
        for art in chosen
    ]
    return chosen, path, wanted


def actors52(half: str) -> tuple[list[dict], Path, list[list[dict]]]:
    csvp = Path(f"/tmp/actors52/actors52-{half}.csv")
    rows = list(csv.DictReader(csvp.open(encoding="utf-8", newline="")))
    files = [
        line.split("\t")[1]
        for line in (POOLS / "actors52" / f"actors52-{half}-files.txt").read_text().splitlines()
    ]
    expected: dict[str, list[dict]] = {}
    for line in (POOLS / "actors52" / "expected.tsv").read_text().splitlines()[2:]:
        file, names = line.split("\t")
        items = []
        for name in names.split(";"):
            name = name.strip()
            if not name or name.startswith("("):
                continue
            m = re.match(r"(.*?)\s*\((.*)\)$", name)
            if m:
                main, other = m.group(1), m.group(2)
                forms = [main, other, f"{main} {other}"]
                items.append({"name": main, "variants": forms})
            else:
                items.append({"name": name, "variants": [name]})
        expected[file] = items
    chosen = [
        {"corpus": csvp.name, "row": i, "title": r["title"], "date": r["date"]}
        for i, r in enumerate(rows)
    ]
    return chosen, csvp.parent / "dummy.yml", [expected[f] for f in files]


def main() -> None:
    tag = sys.argv[1]
    OUT.mkdir(exist_ok=True)
    total = defaultdict(int)
    pools = [globals()[p] for p in sys.argv[2:]] or [actors42, actors52]
    for pool in pools:
        for half in ("tune", "check"):
            chosen, gpath, wanted = pool(half)
            if not chosen:
                continue
            resolved, ids = q.run_pipeline(chosen, gpath)
            ents = {e.key: e for e in resolved.entities if e.kind == "actors"}
            pages: dict[str, set[str]] = defaultdict(set)
            for m in resolved.mentions:
                if m.entity in ents:
                    e = ents[m.entity]
                    pages[m.article] |= {_fold(n) for n in (e.name, *e.aliases)}
            misses = []
            for art, aid, want in zip(chosen, ids, wanted, strict=True):
                texts = [s.text for s in resolved.sentences[aid]]
                for actor in want:
                    forms = {_fold(v) for v in {actor["name"], *(actor.get("variants") or [])}}
                    total[(pool.__name__, half, "wanted")] += 1
                    if forms & pages[aid]:
                        total[(pool.__name__, half, "found")] += 1
                        continue
                    words = {w for f in forms for w in re.findall(r"[\w-]{3,}", f)}
                    shown = [
                        f"[{i}] {t[:240]}"
                        for i, t in enumerate(texts)
                        if any(f in _fold(t) for f in forms)
                        or (actor.get("type") == "person" and actor["name"].split()[-1] in t)
                    ]
                    decisions = sorted(
                        {
                            f"{d.action}|{d.name}|{d.reason}|{d.key}"
                            for d in resolved.decisions
                            if any(a == aid for a, _ in d.where)
                            and words & set(re.findall(r"[\w-]{3,}", _fold(d.name)))
                        }
                    )
                    misses.append(
                        {
                            "pool": pool.__name__,
                            "half": half,
                            "row": art["row"],
                            "title": art["title"][:60],
                            "actor": actor["name"],
                            "type": actor.get("type"),
                            "forms": sorted(forms),
                            "sentences": shown[:4],
                            "decisions": decisions,
                            "pages": sorted(pages[aid]),
                        }
                    )
            text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in misses)
            (OUT / f"{tag}-{pool.__name__}-{half}-miss.jsonl").write_text(text, encoding="utf-8")
            w, f = total[(pool.__name__, half, "wanted")], total[(pool.__name__, half, "found")]
            print(tag, pool.__name__, half, f"recall {f}/{w}", "misses", len(misses), flush=True)


if __name__ == "__main__":
    main()
