"""Score the speaking occasions of the events76 pool: the generator's proposed events of the
speaking family (``quality_extract.FAMILIES``) against ``gold.yml``, which annotates only
those, with ``quality_extract``'s matching (same article, dates agreeing, a participant shared,
one-to-one) and its losses. Also prints, per article, how many events of that family each
side has, and with ``--errors`` every error.

Usage: ``.venv/bin/python benchmarks/pools/events76/build.py && .venv/bin/python
benchmarks/pools/events76/score.py [--errors] [--gold OTHER.yml --split dev|test]``
"""

import argparse
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from quality_extract import (  # noqa: E402
    Item,
    Score,
    article_links,
    family,
    fold,
    run_pipeline,
    score,
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", type=Path, default=HERE / "gold.yml")
    parser.add_argument("--split", default="all")
    parser.add_argument("--errors", action="store_true")
    args = parser.parse_args()
    gold = yaml.safe_load(args.gold.read_text(encoding="utf-8"))
    chosen = [a for a in gold["articles"] if args.split == "all" or a.get("split") == args.split]
    resolved, ids = run_pipeline(chosen, args.gold)
    entities = {e.key: e for e in resolved.entities}
    sources, linked = article_links(resolved, entities)

    def names(key: str) -> frozenset[str]:
        e = entities[key]
        return frozenset(fold(n) for n in (e.name, *e.aliases))

    total = Score()
    for article, article_id in zip(chosen, ids, strict=True):
        known = {fold(a["name"]): a for a in article.get("actors") or []}

        def variants(name: str, known=known) -> frozenset[str]:
            actor = known.get(fold(name), {"name": name})
            return frozenset(fold(v) for v in {actor["name"], *(actor.get("variants") or [])})

        found = [
            Item(
                f"{key} ({entities[key].date})",
                frozenset().union(*(names(f"actors/{p}") for p in entities[key].parties)),
                date=entities[key].date,
                kind="speaking",
            )
            for key in sorted(sources[article_id])
            if key.startswith("events/")
            and not entities[key].curated
            and family(entities[key].type) == "speaking"
        ]
        wanted = [g for g in article.get("events") or [] if family(g.get("type")) == "speaking"]
        present = frozenset().union(*(names(key) for key in linked[article_id]))
        total.add(score(wanted, found, "events", article["title"][:50], variants, None, present))
    print(total.line(f"speaking events {args.split} ({len(chosen)} articles)"))
    print(total.losses_line("speaking losses"))
    if args.errors:
        for error in total.errors:
            print(f"  {error}")


if __name__ == "__main__":
    main()
