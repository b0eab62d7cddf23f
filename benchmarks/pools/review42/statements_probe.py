"""Print the statements proposed for probe articles (review42, issue 7): each non-comment line
of FILE is ``YYYY-MM-DD<TAB>text``, one article; all run as one briefing with no curated data.

Usage: ``.venv/bin/python benchmarks/pools/review42/statements_probe.py FILE`` (main's code
through agreements46's ``runmain.py``)."""

from __future__ import annotations

import csv
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from quality_extract import run_pipeline


def main(path: Path) -> None:
    rows = [x.split("\t", 1) for x in path.read_text(encoding="utf-8").splitlines()]
    rows = [r for r in rows if len(r) == 2 and not r[0].startswith("#")]
    with tempfile.TemporaryDirectory(prefix="review42-statements-") as tmp:
        folder = Path(tmp)
        table = [("url", "date", "title", "text")] + [
            (f"https://example.org/review42/s{i}", day, f"Probe {i}", text)
            for i, (day, text) in enumerate(rows)
        ]
        with (folder / "probes.csv").open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle).writerows(table)
        chosen = [{"corpus": "probes.csv", "row": i} for i in range(len(rows))]
        resolved, ids = run_pipeline(chosen, folder / "probes.yml")
    names = {e.key: e.name for e in resolved.entities}
    order = {aid: i for i, aid in enumerate(ids)}
    for s in sorted(resolved.statements, key=lambda s: (order.get(s.article, 99), s.start)):
        speaker = names.get(s.speaker, s.speaker)
        print(f"s{order.get(s.article)}\t{speaker}\t{s.quote!r}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
