"""List every agreement the generator proposes on one half of agreements38's cue pool.

Usage: .venv/bin/python benchmarks/pools/agreements38/propose.py tune|check [--out FILE]
[--csv-dir /tmp/agreements38]

The texts are BBC files (copyright): rebuild ``pool-{tune,check}.csv`` (``url,date,title,text``,
rows in ``hand.yml``'s order) into ``--csv-dir`` as SOURCE.md says. Each half is one briefing
with no curated data (``quality_extract.run_pipeline``); every proposed agreement is written
once per article that reports it, with name, parties, status and evidence, to be judged.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from quality_extract import run_pipeline  # noqa: E402


def propose(half: str, csv_dir: Path) -> list[dict]:
    """The half's proposals, in pool order, one entry per (agreement, article)."""
    name = f"pool-{half}.csv"
    rows = list(csv.DictReader((csv_dir / name).open(encoding="utf-8", newline="")))
    chosen = [
        {"corpus": name, "row": i, "title": r["title"], "date": r["date"]}
        for i, r in enumerate(rows)
    ]
    resolved, ids = run_pipeline(chosen, csv_dir / "pool.yml")
    entities = {e.key: e for e in resolved.entities}
    evidence: dict[tuple[str, str], list[int]] = defaultdict(list)
    for m in resolved.mentions:
        if m.how == "extract" and m.entity.startswith("agreements/"):
            evidence[(m.article, m.entity)].append(m.sentence)
    out = []
    for row, article_id in zip(rows, ids, strict=True):
        sentences = resolved.sentences.get(article_id, ())
        for (aid, key), where in sorted(evidence.items()):
            if aid != article_id or entities[key].curated:
                continue
            e = entities[key]
            out.append(
                {
                    "article": row["url"].split("bbc/")[-1],
                    "key": key,
                    "name": e.name,
                    "parties": [entities[f"actors/{p}"].name for p in e.parties],
                    "status": getattr(e, "status", None),
                    "evidence": [sentences[i].text for i in sorted(set(where))],
                    "verdict": None,
                    "class": None,
                }
            )
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("half", choices=("tune", "check"))
    parser.add_argument("--out", type=Path)
    parser.add_argument("--csv-dir", type=Path, default=Path("/tmp/agreements38"))
    args = parser.parse_args()
    text = yaml.safe_dump(
        {"proposals": propose(args.half, args.csv_dir)}, sort_keys=False, allow_unicode=True
    )
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    else:
        print(text)


if __name__ == "__main__":
    main()
