"""actors89 probes (issue 8): each line of ``probes.txt`` is one article (its source
en.wikinews.org, from its url); prints the actor pages and rejections of one briefing of them,
built with no curated data by the tree ROOT.

Usage: ``.venv/bin/python benchmarks/pools/actors89/probe.py ROOT``.
"""

from __future__ import annotations

import csv
import os
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(sys.argv[1]).resolve()
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))
import quality_extract as q  # noqa: E402

ROUND = os.environ.get("POOL_ROUND", "actors89")
"""The round whose run this is (a later round runs this script through a wrapper): names
its temporary folders."""

TEXTS = (
    (Path(os.environ.get("POOL_DIR") or Path(__file__).parent) / "probes.txt")
    .read_text(encoding="utf-8")
    .splitlines()
)


def main() -> None:
    with tempfile.TemporaryDirectory(prefix=f"{ROUND}-probe-") as tmp:
        folder = Path(tmp)
        src = folder / "probes.csv"
        with src.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["url", "date", "title", "text"])
            for i, text in enumerate(TEXTS):
                url = f"https://en.wikinews.org/wiki/P{i}"
                writer.writerow([url, "2019-05-01", f"Probe article {i}", text])
        content = folder / "content"
        q.write_articles(q.read_sources([src]), content)
        (content / "briefing.yml").write_text("title: Pool\n", encoding="utf-8")
        loaded = q.load_content(content)
        annotations = q.annotate(loaded.articles, loaded.entities, cache_dir=folder / "cache")
        resolved = q.resolve(loaded, annotations)
    ents = {e.key: e for e in resolved.entities if e.kind == "actors"}
    count = Counter((m.article, m.entity) for m in resolved.mentions if m.entity in ents)
    for (article, key), n in sorted(count.items()):
        print(article[:30], ents[key].name, ents[key].type, n, sep="\t")
    for d in resolved.decisions:
        if d.action == "rejected":
            print("REJECTED", d.name, d.reason[:80], sep="\t")


if __name__ == "__main__":
    main()
