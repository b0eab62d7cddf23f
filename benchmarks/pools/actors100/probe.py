"""Build ``probe.csv`` (real organisations' names in the shapes the unseen block cut short,
actors100, issue 8) as one briefing with no curated data with ROOT's code; print each actor
page with its mentions and each rejected name.

Usage: ``.venv/bin/python benchmarks/pools/actors100/probe.py ROOT``."""

from __future__ import annotations

import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(sys.argv[1]).resolve()
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))
import quality_extract as q  # noqa: E402

HERE = Path(__file__).resolve().parent


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="actors100-probe-") as tmp:
        content = Path(tmp) / "content"
        q.write_articles(q.read_sources([HERE / "probe.csv"]), content)
        (content / "briefing.yml").write_text("title: Probe\n", encoding="utf-8")
        loaded = q.load_content(content)
        annotations = q.annotate(loaded.articles, loaded.entities, cache_dir=Path(tmp) / "cache")
        resolved = q.resolve(loaded, annotations)
    ents = {e.key: e for e in resolved.entities if e.kind == "actors"}
    count = Counter(m.entity for m in resolved.mentions if m.entity in ents)
    for key, n in sorted(count.items()):
        print(f"{ents[key].name}\t{ents[key].type}\t{n}\t{ents[key].aliases}")
    for d in resolved.decisions:
        if d.action == "rejected":
            print(f"REJECTED\t{d.name}\t{d.reason[:80]}")


if __name__ == "__main__":
    main()
