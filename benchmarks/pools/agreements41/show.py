"""Score one half of agreements41's pool and list what the generator proposes per article.

Usage: .venv/bin/python benchmarks/pools/agreements41/show.py dev|test|probes

``probes`` lists the proposals for the invented sentences of ``probes.csv`` (``probes.yml``)
without scoring them.

Runs ``quality_extract.run`` on ``gold.yml`` (agreements only mean anything) with its errors,
then the pipeline again to print each article's proposed agreements (name, parties, date,
evidence sentences) beside the gold ones, so that every miss can be classed by hand.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

import quality_extract  # noqa: E402

quality_extract.CORPUS = Path("/work/shared/corpora/wikinews_2019.csv")
quality_extract.SEEDS = Path("/work/shared/seeds")


def main(split: str) -> None:
    gold_path = HERE / ("probes.yml" if split == "probes" else "gold.yml")
    if split != "probes":
        quality_extract.run(gold_path, split, True, kinds=("agreements",))
    chosen = [a for a in yaml.safe_load(gold_path.read_text())["articles"] if a["split"] == split]
    resolved, ids = quality_extract.run_pipeline(chosen, gold_path)
    entities = {e.key: e for e in resolved.entities}
    evidence: dict[tuple[str, str], list[int]] = defaultdict(list)
    for m in resolved.mentions:
        if m.how == "extract" and m.entity.startswith("agreements/"):
            evidence[(m.article, m.entity)].append(m.sentence)
    for article, aid in zip(chosen, ids, strict=True):
        print(f"\n=== {article['corpus']} {article['row']}: {article['title']}")
        for g in article["agreements"]:
            print(f"  GOLD {g['name']} {g['parties']} {g['date']}")
        sentences = resolved.sentences.get(aid, ())
        for (art, key), where in sorted(evidence.items()):
            if art != aid:
                continue
            e = entities[key]
            parties = [entities[f"actors/{p}"].name for p in e.parties]
            print(f"  PROP {e.name} {parties} {e.date} status={getattr(e, 'status', None)}")
            for i in sorted(set(where)):
                print(f"       | {sentences[i].text[:200]}")


if __name__ == "__main__":
    main(sys.argv[1])
