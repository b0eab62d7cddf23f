"""Which kinds are confused (issue 7, events80): over a gold file's split, every gold event
found type-blind (``quality_extract``'s matching) but missed when a proposal must be of its
family: the gap between the ``events`` and ``events of the same family`` recalls. Each is
counted by (gold family, the type of the proposal that stands for it): a proposal left over by
the same-family matching that agrees with it, else any that agrees; ``-v`` lists each with the
proposal's name (its words, for the general act).

Usage: ``.venv/bin/python benchmarks/pools/events80/kinds.py --gold G --split S [-v]``
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "benchmarks"))

from quality_extract import (  # noqa: E402
    DEFAULT_GOLD,
    Item,
    agrees,
    article_links,
    family,
    fold,
    pairs,
    run_pipeline,
)


def confusions(gold_path: Path, split: str) -> tuple[Counter[tuple[str, str]], list[str]]:
    """The gold events found type-blind only, by (gold family, proposed type), and each told."""
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    chosen = [a for a in gold["articles"] if split == "all" or a.get("split") == split]
    resolved, ids = run_pipeline(chosen, gold_path)
    entities = {e.key: e for e in resolved.entities}
    sources = article_links(resolved, entities)[0]
    table: Counter[tuple[str, str]] = Counter()
    lines = []
    for article, article_id in zip(chosen, ids, strict=True):
        known = {fold(a["name"]): a for a in article.get("actors") or []}

        def variants(name: str, known=known) -> frozenset[str]:
            actor = known.get(fold(name), {"name": name})
            return frozenset(fold(v) for v in {actor["name"], *(actor.get("variants") or [])})

        keys = [
            k
            for k in sorted(sources[article_id])
            if k.startswith("events/") and not entities[k].curated
        ]
        items = [
            Item(
                k,
                frozenset(
                    fold(n)
                    for p in entities[k].parties
                    for n in (entities[f"actors/{p}"].name, *entities[f"actors/{p}"].aliases)
                ),
                date=entities[k].date,
                kind=family(entities[k].type),
            )
            for k in keys
        ]
        events = article.get("events") or []
        candidates = [
            [i for i, g in enumerate(events) if agrees(item, g, "events", variants)]
            for item in items
        ]
        blind = pairs(candidates)
        typed = pairs(
            [
                [g for g in found if items[i].kind == family(events[g].get("type"))]
                for i, found in enumerate(candidates)
            ]
        )
        for g in sorted(set(blind) - set(typed)):
            agreeing = [i for i, found in enumerate(candidates) if g in found]
            free = [i for i in agreeing if i not in typed.values()]
            i = (free or agreeing)[0]
            e = entities[keys[i]]
            want = family(events[g].get("type"))
            table[(want, e.type)] += 1
            lines.append(
                f"{article['title'][:40]}: {events[g]['name']} [{events[g].get('type')}]"
                f" <- {keys[i]} [{e.type}] {e.name!r}"
            )
    return table, lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-v", action="store_true", help="list each pair")
    parser.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    args = parser.parse_args()
    table, lines = confusions(args.gold, args.split)
    print(f"gold family x proposed type, found type-blind only ({sum(table.values())}):")
    for (want, got), n in table.most_common():
        print(f"  {n:4d}  {want:10s} <- {got}")
    if args.v:
        for line in lines:
            print(f"  {line}")


if __name__ == "__main__":
    main()
