"""The actor pages of the actors77 pool's halves, for one code tree (issue 8; copied from actors70).

Usage: ``.venv/bin/python benchmarks/pools/actors70/pool.py ROOT /tmp/actors77/pool/tune.csv
...``; each CSV is one briefing with no curated data (rebuild them from SOURCE.md). Prints
each page with its type and mentions by article, and each rejected name with its reason.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(sys.argv[1]).resolve()
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))
import quality_extract as q  # noqa: E402

ROUND = os.environ.get("POOL_ROUND", "actors77")
"""The round whose run this is (a later round runs this script through a wrapper): names
its temporary folders."""


def main() -> None:
    for csv_path in sys.argv[2:]:
        with tempfile.TemporaryDirectory(prefix=f"{ROUND}-pool-") as tmp:
            folder = Path(tmp)
            raw = q.read_sources([Path(csv_path)])
            content = folder / "content"
            q.write_articles(raw, content)
            (content / "briefing.yml").write_text("title: Pool\n", encoding="utf-8")
            loaded = q.load_content(content)
            annotations = q.annotate(loaded.articles, loaded.entities, cache_dir=folder / "c")
            resolved = q.resolve(loaded, annotations)
        print(f"== {csv_path}")
        ents = {e.key: e for e in resolved.entities if e.kind == "actors"}
        count: Counter[tuple[str, str]] = Counter()
        for m in resolved.mentions:
            if m.entity in ents:
                count[(m.article, m.entity)] += 1
        for (art, key), n in sorted(count.items()):
            e = ents[key]
            print(f"{art}\t{e.name}\t{e.type}\t{n}\t{', '.join(e.aliases)}")
        for d in resolved.decisions:
            if d.action == "rejected":
                print(f"REJECTED\t{d.name}\t{d.reason[:80]}")


if __name__ == "__main__":
    main()
