"""List every agreement the generator proposes on one half of actors48's pool (agreements37).

Usage: .venv/bin/python benchmarks/pools/agreements37/propose.py tune|check [--out FILE]
[--csv-dir /tmp/agreements37]; ``--score FILE`` counts a judged file.

The texts are BBC files (copyright), so only references are kept: rebuild
``actors48-{tune,check}.csv`` into ``--csv-dir`` as ``benchmarks/pools/actors48/SOURCE.md`` says.
Each half is one briefing with no curated data (``quality_extract.run_pipeline``); every proposed
agreement is written once per article that reports it, with name, parties and evidence, for a
person to judge (verdict right/wrong and a class).
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter, defaultdict
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from quality_extract import run_pipeline  # noqa: E402


def propose(half: str, csv_dir: Path) -> list[dict]:
    """The half's proposals, in pool order, one entry per (agreement, article)."""
    name = f"actors48-{half}.csv"
    rows = list(csv.DictReader((csv_dir / name).open(encoding="utf-8", newline="")))
    files = (HERE.parent / "actors48" / f"actors48-{half}-files.txt").read_text().splitlines()
    ids_by_row = [line.split("\t")[1] for line in files]
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
    for index, (article, article_id) in enumerate(zip(chosen, ids, strict=True)):
        sentences = resolved.sentences.get(article_id, ())
        for (aid, key), where in sorted(evidence.items()):
            if aid != article_id or entities[key].curated:
                continue
            e = entities[key]
            out.append(
                {
                    "article": f"{half} {index} {ids_by_row[index]}",
                    "title": article["title"],
                    "key": key,
                    "name": e.name,
                    "parties": [entities[f"actors/{p}"].name for p in e.parties],
                    "status": getattr(e, "status", None),
                    "evidence": [sentences[i].text for i in sorted(set(where))],
                    "verdict": None,
                    "class": None,
                    "note": None,
                }
            )
    return out


def score(path: Path) -> None:
    """Precision of a judged file (right / proposed), then the wrong ones by class with the
    articles each class errs in."""
    items = yaml.safe_load(path.read_text(encoding="utf-8"))["proposals"]
    verdicts = Counter(i["verdict"] for i in items)
    n = len(items) or 1
    print(
        f"{path.name}: {len(items)} proposed, "
        f"{verdicts['right']} right ({verdicts['right'] / n:.1%})"
    )
    classes: dict[str, list[str]] = defaultdict(list)
    for i in items:
        if i["verdict"] != "right":
            classes[i["class"]].append(i["article"])
    for name, arts in sorted(classes.items(), key=lambda kv: (-len(set(kv[1])), str(kv[0]))):
        print(f"  wrong: {name}: {len(arts)} in {len(set(arts))} articles: {sorted(set(arts))}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("half", nargs="?", choices=("tune", "check"))
    parser.add_argument("--out", type=Path)
    parser.add_argument("--score", type=Path)
    parser.add_argument("--csv-dir", type=Path, default=Path("/tmp/agreements37"))
    args = parser.parse_args()
    if args.score:
        score(args.score)
        return
    items = propose(args.half, args.csv_dir)
    text = yaml.safe_dump({"proposals": items}, sort_keys=False, allow_unicode=True, width=100)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    else:
        print(text)
    print(f"{len(items)} proposals", file=sys.stderr)


if __name__ == "__main__":
    main()
