# ruff: noqa: E501
"""Run each actors68 half as one briefing (no curated data) and write what judging needs.

Usage (from the project folder): ``.venv/bin/python benchmarks/pools/actors68/run.py TAG
[HALF ...]`` (after ``build.py``; halves ``tune check`` by default, ``ext-tune ext-check`` for
the extension). For each half: ``/tmp/actors68/TAG-HALF.json`` (every actor page with
its type, aliases and mentions by article, and resolve's decisions) and
``/tmp/actors68/TAG-HALF-pages.txt`` (one line per page-article, to judge by hand), (no recall gold: this pool measures how many pages are real).
"""

from __future__ import annotations

import csv
import json
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))

import quality_extract as qe  # noqa: E402
from quality import _fold  # noqa: E402

TMP = Path("/tmp/actors68")


def main() -> None:
    tag = sys.argv[1]
    for half in sys.argv[2:] or ("tune", "check"):
        csvp = TMP / f"actors68-{half}.csv"
        rows = list(csv.DictReader(csvp.open(encoding="utf-8", newline="")))
        files = [
            ln.split("\t")[1]
            for ln in (HERE / f"actors68-{half}-files.txt").read_text().splitlines()
        ]
        chosen = [
            {"corpus": csvp.name, "row": i, "title": r["title"], "date": r["date"]}
            for i, r in enumerate(rows)
        ]
        resolved, ids = qe.run_pipeline(chosen, csvp.parent / "dummy.yml")
        file_of = {aid: files[i] for i, aid in enumerate(ids)}
        ents = {e.key: e for e in resolved.entities if e.kind == "actors"}
        ment: dict[str, list] = defaultdict(list)
        pages: dict[str, set[str]] = defaultdict(set)
        for m in resolved.mentions:
            if m.entity in ents:
                e = ents[m.entity]
                ment[m.entity].append((file_of.get(m.article, "?"), m.sentence, m.text, m.how))
                pages[file_of.get(m.article, "?")] |= {_fold(n) for n in (e.name, *e.aliases)}
        decisions = [
            {
                "name": d.name,
                "action": d.action,
                "reason": d.reason,
                "key": d.key,
                "where": sorted({file_of.get(a, "?") for a, _ in d.where}),
            }
            for d in resolved.decisions
        ]
        data = {
            "entities": [
                {
                    "key": k,
                    "name": e.name,
                    "type": e.type,
                    "aliases": list(e.aliases),
                    "mentions": sorted(ment[k]),
                }
                for k, e in sorted(ents.items())
            ],
            "decisions": decisions,
        }
        (TMP / f"{tag}-{half}.json").write_text(
            json.dumps(data, ensure_ascii=False, indent=0), encoding="utf-8"
        )
        lines = []
        for e in data["entities"]:
            by = defaultdict(list)
            for f, _s, text, _h in e["mentions"]:
                by[f].append(text)
            for f, texts in sorted(by.items()):
                lines.append(
                    f"{e['name']}\t{e['type']}\t{f}\t{'|'.join(sorted(set(texts)))}\tx{len(texts)}"
                )
        (TMP / f"{tag}-{half}-pages.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{tag} {half}: {len(lines)} page-articles")


if __name__ == "__main__":
    main()
