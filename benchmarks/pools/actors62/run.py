"""Run each actors62 half as one briefing (no curated data) and write what judging needs.

Usage (from the project folder): ``.venv/bin/python benchmarks/pools/actors62/run.py TAG
[HALF ...]`` (after ``build.py``; halves ``tune check`` by default, ``ext-tune ext-check`` for
the extension). For each half: ``/tmp/actors62/TAG-HALF.json`` (every actor page with
its type, aliases and mentions by article, and resolve's decisions) and
``/tmp/actors62/TAG-HALF-pages.txt`` (one line per page-article, to judge by hand), and the
recall of ``expected-actors-HALF.tsv`` scored as actors58's ``misses.py`` does (an actor is
found when one of its forms, folded, is the name or an alias of a page its article's
mentions sit on); each miss with resolve's decisions on any name sharing a word with it.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))

import quality_extract as qe  # noqa: E402
from quality import _fold  # noqa: E402

TMP = Path("/tmp/actors62")


def main() -> None:
    tag = sys.argv[1]
    for half in sys.argv[2:] or ("tune", "check"):
        csvp = TMP / f"actors62-{half}.csv"
        rows = list(csv.DictReader(csvp.open(encoding="utf-8", newline="")))
        files = [
            ln.split("\t")[1]
            for ln in (HERE / f"actors62-{half}-files.txt").read_text().splitlines()
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
        wanted = found = 0
        out = []
        for line in (
            (HERE / f"expected-actors-{half.split('-')[-1]}.tsv")
            .read_text(encoding="utf-8")
            .splitlines()
        ):
            if line.startswith("#") or not line.strip():
                continue
            _h, f, actor, kind, _n, *rest = line.split("\t")
            if f not in files:
                continue
            forms = {_fold(v) for v in [actor, *(rest[0].split("|") if rest else [])] if v.strip()}
            wanted += 1
            if forms & pages[f]:
                found += 1
                continue
            words = {w for x in forms for w in re.findall(r"[\w-]{3,}", x)}
            why = sorted(
                {
                    f"{d['action']}|{d['name']}|{d['reason']}"
                    for d in decisions
                    if f in d["where"] and words & set(re.findall(r"[\w-]{3,}", _fold(d["name"])))
                }
            )
            out.append(f"MISS {f} {actor} ({kind})\n    " + "\n    ".join(why or ["(no decision)"]))
        print(f"{tag} {half}: {len(lines)} page-articles, recall {found}/{wanted}")
        print("\n".join(out))


if __name__ == "__main__":
    main()
