"""Every agreement or event the pipeline proposes for the rows of a ``url,date,title,text`` CSV.

Usage: .venv/bin/python benchmarks/pools/review30/dump.py agreements|events FILE.csv [off]

One line per proposal (title, name, date, parties), sorted, for diffing. ``off`` runs the
agreements with agreements46's two rules switched off (``_peoples`` none, ``_batched`` the
noun itself) and a cache of its own: main before agreements46, all else equal.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

import quality_extract  # noqa: E402

from generator.extract import agreements  # noqa: E402


def main(kind: str, path: Path, off: bool) -> None:
    if off:
        agreements._peoples = lambda context, frame: []  # type: ignore[assignment]
        agreements._batched = lambda noun: noun  # type: ignore[assignment]
        original = quality_extract.annotate

        def annotate(*args, **kwargs):  # type: ignore[no-untyped-def]
            kwargs["cache_dir"] = quality_extract.ROOT / "build/cache-review30-off"
            return original(*args, **kwargs)

        quality_extract.annotate = annotate  # type: ignore[assignment]
    rows = list(csv.DictReader(path.open(encoding="utf-8", newline="")))
    chosen = [
        {"corpus": path.name, "row": i, "split": "dev", "title": r["title"], "date": r["date"]}
        for i, r in enumerate(rows)
    ]
    resolved, ids = quality_extract.run_pipeline(chosen, path.parent / "gold.yml")
    entities = {e.key: e for e in resolved.entities}
    titles = dict(zip(ids, (r["title"] for r in rows), strict=True))
    lines = set()
    for m in resolved.mentions:
        if m.how == "extract" and m.entity.startswith(f"{kind}/") and m.article in titles:
            e = entities[m.entity]
            names = sorted(
                entities[f"actors/{p}"].name if f"actors/{p}" in entities else p for p in e.parties
            )
            when = getattr(e, "date", "")
            lines.add(f"{titles[m.article][:50]}\t{e.name}\t{when}\t{names}\t{m.text[:40]!r}")
    print("\n".join(sorted(lines)))


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]), sys.argv[3:] == ["off"])
