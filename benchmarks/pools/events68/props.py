"""Print every event proposal of each article of a CSV before merging (events68).

Usage: ``.venv/bin/python benchmarks/pools/events68/props.py ROOT CSV``: wraps
``propose_events`` of the code tree ROOT and prints type, date, agents, patients, place, words.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(sys.argv[1]).resolve()
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))
import quality_extract as q  # noqa: E402

import generator.extract as x  # noqa: E402

orig = x.propose_events


def spy(context, frames):  # type: ignore[no-untyped-def]
    out = orig(context, frames)
    print("##", context.article.id[:40])
    for p in out:
        if p.type != "statement":
            print(f"   {p.type}\t{p.date}\t{p.agents}\t{p.patients}\t{p.place}\t{p.mention.text!r}")
    return out


x.propose_events = spy
for csv_path in sys.argv[2:]:
    with tempfile.TemporaryDirectory(prefix="events68-props-") as tmp:
        folder = Path(tmp)
        content = folder / "content"
        q.write_articles(q.read_sources([Path(csv_path)]), content)
        (content / "briefing.yml").write_text("title: Pool\n", encoding="utf-8")
        loaded = q.load_content(content)
        annotations = q.annotate(loaded.articles, loaded.entities, cache_dir=folder / "c")
        q.extract(q.resolve(loaded, annotations), annotations, loaded.articles)
