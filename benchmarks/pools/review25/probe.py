"""Print the proposed agreements, events and statements of probe articles, with evidence.

Usage: .venv/bin/python benchmarks/pools/review25/probe.py FILE [--kinds agreements,events]

Each block of FILE separated by a line "===" is one probe set (run as one briefing); inside
it, each line ``YYYY-MM-DD<TAB>text`` is one article (``|`` separates paragraphs). Lines
starting with ``#`` are the expected results, annotated before any run, and are echoed.
"""

from __future__ import annotations

import csv
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from quality_extract import run_pipeline  # noqa: E402


def run_set(lines: list[str], kinds: tuple[str, ...]) -> None:
    arts = [x.split("\t", 1) for x in lines if x.strip() and not x.startswith("#")]
    for x in lines:
        if x.startswith("#"):
            print(x)
    with tempfile.TemporaryDirectory(prefix="review25-probe-") as tmp:
        folder = Path(tmp)
        with (folder / "probes.csv").open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=["url", "date", "title", "text"])
            writer.writeheader()
            for i, (day, text) in enumerate(arts):
                writer.writerow(
                    {
                        "url": f"https://example.org/r25/p{i}",
                        "date": day,
                        "title": f"Probe {i}",
                        "text": text.replace("|", "\n\n"),
                    }
                )
        chosen = [{"corpus": "probes.csv", "row": i} for i in range(len(arts))]
        resolved, ids = run_pipeline(chosen, folder / "probes.yml")
    entities = {e.key: e for e in resolved.entities}
    order = {aid: i for i, aid in enumerate(ids)}
    found: dict[str, list] = defaultdict(list)
    for m in resolved.mentions:
        if m.how == "extract" and m.entity.split("/")[0] in kinds:
            found[m.entity].append(m)
    for key in sorted(found, key=lambda k: min(order.get(m.article, 99) for m in found[k])):
        e = entities[key]
        extra = ""
        if e.kind == "agreements":
            parties = [entities[f"actors/{p}"].name for p in e.parties]
            extra = f" parties={parties} status={getattr(e, 'status', None)}"
        print(f"  {key}: {e.name!r} date={e.date}{extra}")
        for m in found[key]:
            print(f"      a{order.get(m.article)}: {m.text!r}")
    print()


def main(path: Path, kinds: tuple[str, ...]) -> None:
    blocks = path.read_text(encoding="utf-8").split("\n===\n")
    for block in blocks:
        run_set(block.splitlines(), kinds)
        print("=" * 60)


if __name__ == "__main__":
    wanted = ("agreements", "events", "statements")
    if "--kinds" in sys.argv:
        wanted = tuple(sys.argv[sys.argv.index("--kinds") + 1].split(","))
    main(Path(sys.argv[1]), wanted)
