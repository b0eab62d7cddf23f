"""List every agreement the generator proposes on one half of agreements33's pool.

Usage: .venv/bin/python benchmarks/pools/agreements33/propose.py tune|check [--out FILE]
[--pool benchmarks/pools/agreements34]

Precision without full gold: the half's articles (``pool.yml``) are imported as one briefing with
no curated data and run through load → annotate → resolve → extract
(``quality_extract.run_pipeline``); each proposed agreement is written once per article that
reports it, with its name, parties and evidence sentences, for a person to judge. Judgements
live in ``judged-<half>.yml``; ``--score FILE`` counts them.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from quality_extract import run_pipeline  # noqa: E402


def propose(half: str, folder: Path = HERE) -> list[dict]:
    """The half's proposals, in pool order, one entry per (agreement, article); ``folder``
    holds the pool (``pool.yml`` and the CSVs it names: agreements33's, or agreements34's)."""
    pool = yaml.safe_load((folder / "pool.yml").read_text(encoding="utf-8"))["articles"]
    chosen = [a for a in pool if a["half"] == half]
    resolved, ids = run_pipeline(chosen, folder / "pool.yml")
    entities = {e.key: e for e in resolved.entities}
    evidence: dict[tuple[str, str], list[int]] = defaultdict(list)
    for m in resolved.mentions:
        if m.how == "extract" and m.entity.startswith("agreements/"):
            evidence[(m.article, m.entity)].append(m.sentence)
    out = []
    for article, article_id in zip(chosen, ids, strict=True):
        sentences = resolved.sentences.get(article_id, ())
        for (aid, key), where in sorted(evidence.items()):
            if aid != article_id or entities[key].curated:
                continue
            e = entities[key]
            out.append(
                {
                    "article": f"{article['source']} {article.get('file', article['row'])}",
                    "title": article["title"],
                    "key": key,
                    "name": e.name,
                    "parties": [entities[f"actors/{p}"].name for p in e.parties],
                    "date": e.date,
                    "evidence": [sentences[i].text for i in sorted(set(where))],
                    "verdict": None,
                    "note": None,
                }
            )
    return out


def score(path: Path) -> None:
    """Precision of a judged file: right / proposed (and real agreements / proposed), then the
    wrong ones and those with wrong parties by class, with the articles each errs in."""
    items = yaml.safe_load(path.read_text(encoding="utf-8"))["proposals"]
    verdicts = Counter(i["verdict"] for i in items)
    right, real = verdicts["right"], verdicts["right"] + verdicts["parties"]
    print(
        f"{path.name}: {len(items)} proposed, {right} right ({right / len(items):.1%}), "
        f"{verdicts['parties']} real but parties wrong (real {real / len(items):.1%}), "
        f"{verdicts['wrong']} no agreement"
    )
    for verdict in ("wrong", "parties"):
        classes: dict[str, list[str]] = defaultdict(list)
        for i in items:
            if i["verdict"] == verdict:
                classes[i["class"]].append(i["article"])
        for name, arts in sorted(classes.items(), key=lambda kv: (-len(set(kv[1])), kv[0])):
            print(f"  {verdict}: {name}: {len(arts)} in {len(set(arts))} articles")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("half", nargs="?", choices=("tune", "check"))
    parser.add_argument("--out", type=Path)
    parser.add_argument("--score", type=Path)
    parser.add_argument("--pool", type=Path, default=HERE, help="the pool's folder")
    args = parser.parse_args()
    if args.score:
        score(args.score)
        return
    items = propose(args.half, args.pool)
    text = yaml.safe_dump({"proposals": items}, sort_keys=False, allow_unicode=True, width=100)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    else:
        print(text)
    print(f"{len(items)} proposals", file=sys.stderr)


if __name__ == "__main__":
    main()
