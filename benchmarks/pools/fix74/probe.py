"""Run fix74's probe sentences through load → annotate → resolve → extract of a given tree.

Usage: .venv/bin/python benchmarks/pools/fix74/probe.py ROOT  (ROOT: a checkout of the
generator, e.g. this worktree or one of ``main`` before agreements34's merge). Each probe is
one article; prints the agreements proposed in it, so a person can compare keep/drop.
"""

from __future__ import annotations

import csv
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = Path(sys.argv[1]).resolve()
sys.path.insert(0, str(ROOT))

from generator.annotate import annotate  # noqa: E402
from generator.extract import extract  # noqa: E402
from generator.importer import read_sources, write_articles  # noqa: E402
from generator.load import load_content  # noqa: E402
from generator.resolve import resolve  # noqa: E402


def main() -> None:
    probes = yaml.safe_load((HERE / "probes.yml").read_text(encoding="utf-8"))["probes"]
    with tempfile.TemporaryDirectory(prefix="fix74-") as tmp:
        folder = Path(tmp)
        subset = folder / "probes.csv"
        with subset.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=["url", "date", "title", "text"])
            writer.writeheader()
            for p in probes:
                writer.writerow(
                    {
                        "url": f"https://example.org/{p['id']}",
                        "date": "2026-12-01",
                        "title": f"Probe {p['id']}",
                        "text": p["text"],
                    }
                )
        content = folder / "content"
        write_articles(read_sources([subset]), content)
        (content / "briefing.yml").write_text("title: Probes\n", encoding="utf-8")
        loaded = load_content(content)
        annotations = annotate(loaded.articles, loaded.entities, cache_dir=folder / "cache")
        resolved = extract(resolve(loaded, annotations), annotations, loaded.articles)
    entities = {e.key: e for e in resolved.entities}
    titles = {a.id: a.title for a in loaded.articles}
    found: dict[str, set[str]] = defaultdict(set)
    for m in resolved.mentions:
        if m.how == "extract" and m.entity.startswith("agreements/"):
            e = entities[m.entity]
            parties = ", ".join(entities[f"actors/{p}"].name for p in e.parties)
            found[titles[m.article].split()[-1]].add(f"{e.name} [{parties}]")
    for p in probes:
        got = sorted(found.get(p["id"], ()))
        print(f"{p['id']} want={p['want']}: {' | '.join(got) or '-'}")


if __name__ == "__main__":
    main()
