"""Actor pages and rejections of this folder's invented probes (or any CSV), for one code tree
(review34, issue 8). Usage: ``.venv/bin/python benchmarks/pools/review34/probe.py ROOT CSV``."""

from __future__ import annotations

import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(sys.argv[1]).resolve()
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))
import quality_extract as q  # noqa: E402


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="review34-") as tmp:
        folder = Path(tmp)
        raw = q.read_sources([Path(sys.argv[2])])
        content = folder / "content"
        q.write_articles(raw, content)
        (content / "briefing.yml").write_text("title: Probe\n", encoding="utf-8")
        loaded = q.load_content(content)
        annotations = q.annotate(loaded.articles, loaded.entities, cache_dir=folder / "cache")
        resolved = q.resolve(loaded, annotations)
    ents = {e.key: e for e in resolved.entities if e.kind == "actors"}
    count: Counter[tuple[str, str]] = Counter()
    for m in resolved.mentions:
        if m.entity in ents:
            count[(m.article, m.entity)] += 1
    for (art, key), n in sorted(count.items()):
        e = ents[key]
        print(f"{art[:30]}\t{e.name}\t{e.type}\t{n}")
    for d in resolved.decisions:
        if d.action == "rejected":
            print(f"REJECTED\t{d.name}\t{d.reason[:100]}")


if __name__ == "__main__":
    main()
