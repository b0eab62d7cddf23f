"""Every actor page of this pool's articles (one briefing, no curated data) for the code tree
ROOT, by article, with its aliases and mention count, then every rejected name with its reason:
what ``gold.yml`` is scored against, to read beside it (actors91, issue 8).

Usage: ``.venv/bin/python benchmarks/pools/actors91/pages.py ROOT > OUT.txt``.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(sys.argv[1]).resolve()
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))
from quality_extract import run_pipeline  # noqa: E402

GOLD = Path(__file__).resolve().parent / "gold.yml"


def main() -> None:
    chosen = yaml.safe_load(GOLD.read_text(encoding="utf-8"))["articles"]
    resolved, ids = run_pipeline(chosen, GOLD)
    actors = {e.key: e for e in resolved.entities if e.kind == "actors"}
    count = Counter((m.article, m.entity) for m in resolved.mentions if m.entity in actors)
    for row, article in zip(chosen, ids, strict=True):
        print(f"## {row['row']}: {row['title']}")
        for (art, key), n in sorted(count.items()):
            if art == article:
                e = actors[key]
                print(f"  {e.name}\t{e.type}\t{n}\t{'; '.join(sorted(e.aliases))}")
    for d in resolved.decisions:
        if d.action == "rejected":
            print(f"REJECTED\t{d.name}\t{d.reason[:90]}")


if __name__ == "__main__":
    main()
