"""Score every agreements pool with hand gold and list each article's proposals beside its gold.

Usage: .venv/bin/python benchmarks/pools/agreements46/collect.py POOL SPLIT
(POOL a folder under benchmarks/pools holding gold.yml, or ``main`` for tests/gold's
wikinews-gold.yml, or ``extra`` for agreements-extra.yml; SPLIT dev = tune, test = check).

One pass per pool and half: quality_extract's agreement score with its errors, then each
article's gold and proposed agreements (name, parties, date, status, evidence sentences), so
that every miss and every wrong proposal can be classed by hand.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

import quality_extract  # noqa: E402

quality_extract.CORPUS = Path("/work/shared/corpora/wikinews_2019.csv")
quality_extract.SEEDS = Path("/work/shared/seeds")


def present(gold_path: Path) -> Path:
    """The pool's gold less the articles whose corpus is not on this machine (the BBC CSVs
    are git-ignored), written with its corpora into a temporary folder."""
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    folder = Path(tempfile.mkdtemp(prefix="agreements46-"))
    kept = []
    for article in gold["articles"]:
        source = gold_path.parent / str(article.get("corpus"))
        if "corpus" in article and not source.exists():
            print(f"# skipped (no {source.name}): {article['title']}", file=sys.stderr)
            continue
        if "corpus" in article:
            shutil.copy(source, folder / source.name)
        kept.append(article)
    gold["articles"] = kept
    (folder / "gold.yml").write_text(yaml.safe_dump(gold), encoding="utf-8")
    return folder / "gold.yml"


def main(pool: str, split: str) -> None:
    """Print the score, the errors and every proposal of one pool half."""
    if pool == "main":
        gold_path = quality_extract.DEFAULT_GOLD
    elif pool == "extra":
        gold_path = quality_extract.EXTRA_GOLD
    else:
        gold_path = present(HERE.parent / pool / "gold.yml")
    quality_extract.run(gold_path, split, True, kinds=("agreements",))
    chosen = [a for a in yaml.safe_load(gold_path.read_text())["articles"] if a["split"] == split]
    resolved, ids = quality_extract.run_pipeline(chosen, gold_path)
    entities = {e.key: e for e in resolved.entities}
    evidence: dict[tuple[str, str], list[int]] = defaultdict(list)
    for m in resolved.mentions:
        if m.how == "extract" and m.entity.startswith("agreements/"):
            evidence[(m.article, m.entity)].append(m.sentence)
    for article, aid in zip(chosen, ids, strict=True):
        where = article.get("row", article.get("seed"))
        print(f"\n=== {pool} {split} {article.get('corpus', '')} {where}: {article['title']}")
        for g in article.get("agreements") or []:
            print(f"  GOLD {g['name']} {g['parties']} {g.get('date')}")
        sentences = resolved.sentences.get(aid, ())
        for (art, key), where in sorted(evidence.items()):
            if art != aid or entities[key].curated:
                continue
            e = entities[key]
            parties = [entities[f"actors/{p}"].name for p in e.parties]
            print(f"  PROP {e.name} {parties} {e.date} status={getattr(e, 'status', None)}")
            for i in sorted(set(where)):
                print(f"       | {sentences[i].text[:240]}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
