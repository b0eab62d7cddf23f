"""Print each quotation frame of the statements43 pool (cue, form, speaker phrase) beside the
speaker ``attribute`` gave it: the reading behind every error of ``before.txt``."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from quality_extract import read_articles  # noqa: E402

from generator.annotate import annotate  # noqa: E402
from generator.extract import extract  # noqa: E402
from generator.importer import write_articles  # noqa: E402
from generator.load import load_content  # noqa: E402
from generator.resolve import resolve  # noqa: E402

# STATEMENTS_GOLD names another gold file (a later pool or a read blind block).
GOLD = Path(os.environ.get("STATEMENTS_GOLD", Path(__file__).with_name("gold.yml")))

if __name__ == "__main__":
    chosen = yaml.safe_load(GOLD.read_text(encoding="utf-8"))["articles"]
    wanted = sys.argv[1:]
    with tempfile.TemporaryDirectory() as tmp:
        raw = read_articles(chosen, GOLD, Path(tmp))
        write_articles(raw, Path(tmp) / "c")
        (Path(tmp) / "c" / "briefing.yml").write_text("title: Q\n", encoding="utf-8")
        loaded = load_content(Path(tmp) / "c")
        annotations = annotate(loaded.articles, loaded.entities, cache_dir=ROOT / "build/cache")
        resolved = extract(resolve(loaded, annotations), annotations, loaded.articles)
    by_id = {a.article: a for a in annotations}
    said = {(s.article, s.quote[:30]): s.speaker for s in resolved.statements}
    for article in loaded.articles:
        if wanted and not any(w.lower() in article.title.lower() for w in wanted):
            continue
        print("##", article.title)
        for frame in by_id[article.id].frames.quotes:
            speaker = frame.speaker.text if frame.speaker else None
            got = said.get((article.id, frame.quote.text[:30]), "-")
            print(
                f"  p{frame.paragraph} {frame.cue!r} {frame.form} {speaker!r} -> {got}"
                f" | {frame.quote.text[:50]!r}"
            )
