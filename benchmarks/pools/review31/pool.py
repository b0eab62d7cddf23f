"""Events and actors of each briefing CSV, for one code tree (review31, issues 7 and 8).

Usage: ``.venv/bin/python benchmarks/pools/review31/pool.py ROOT CSV...``; each CSV is one
briefing with no curated data. Prints each event page (date, parties, words) and each actor
page (type, mentions, aliases) by article, and each rejected name with its reason.
"""

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
    for csv_path in sys.argv[2:]:
        with tempfile.TemporaryDirectory(prefix="review31-pool-") as tmp:
            folder = Path(tmp)
            content = folder / "content"
            q.write_articles(q.read_sources([Path(csv_path)]), content)
            (content / "briefing.yml").write_text("title: Pool\n", encoding="utf-8")
            loaded = q.load_content(content)
            annotations = q.annotate(loaded.articles, loaded.entities, cache_dir=folder / "c")
            resolved = q.extract(q.resolve(loaded, annotations), annotations, loaded.articles)
        print(f"== {csv_path}")
        ents = {e.key: e for e in resolved.entities}
        words: dict[tuple[str, str], list[str]] = {}
        count: Counter[tuple[str, str]] = Counter()
        for m in resolved.mentions:
            e = ents.get(m.entity)
            if e is None:
                continue
            if e.kind == "events" and m.how == "extract":
                words.setdefault((m.article[:30], m.entity), []).append(m.text)
            elif e.kind == "actors":
                count[(m.article[:30], m.entity)] += 1
        for (art, key), texts in sorted(words.items()):
            e = ents[key]
            print(f"{art}\tEVENT\t{key}\t{e.date}\t{list(e.parties)}\t{texts[:4]}")
        for (art, key), n in sorted(count.items()):
            e = ents[key]
            print(f"{art}\t{e.name}\t{e.type}\t{n}\t{', '.join(e.aliases)}")
        for d in resolved.decisions:
            if d.action == "rejected":
                print(f"REJECTED\t{d.name}\t{d.reason[:80]}")


if __name__ == "__main__":
    main()
