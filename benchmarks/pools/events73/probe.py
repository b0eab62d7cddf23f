"""Every proposed event of a gold file's articles with its date, its words and the sentence of
each of its mentions: for classifying undated and wrongly dated events (events73, issue 7).

Usage: ``.venv/bin/python benchmarks/pools/events73/probe.py GOLD [SPLIT] [TITLE-PREFIX]``;
with ``PROBE_JSON=1``, one JSON line per mention (key, date, sentence, sentence before, lead
sentence of its paragraph) for ``where.py``.
"""

import json
import os
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import quality_extract as q  # noqa: E402

from generator.annotate import annotate  # noqa: E402
from generator.extract import extract  # noqa: E402
from generator.importer import write_articles  # noqa: E402
from generator.load import load_content  # noqa: E402
from generator.resolve import resolve  # noqa: E402


def main() -> None:
    gold_path = Path(sys.argv[1]).resolve()
    split = sys.argv[2] if len(sys.argv) > 2 else "all"
    prefix = sys.argv[3] if len(sys.argv) > 3 else ""
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    chosen = [
        a
        for a in gold["articles"]
        if (split == "all" or a.get("split") == split) and a["title"].startswith(prefix)
    ]
    with tempfile.TemporaryDirectory(prefix="events73-probe-") as tmp:
        raw = q.read_articles(chosen, gold_path, Path(tmp))
        content = Path(tmp) / "content"
        write_articles(raw, content)
        (content / "briefing.yml").write_text("title: Probe\n", encoding="utf-8")
        loaded = load_content(content)
        notes = annotate(loaded.articles, loaded.entities, cache_dir=ROOT / "build/cache")
        resolved = extract(resolve(loaded, notes), notes, loaded.articles)
    entities = {e.key: e for e in resolved.entities}
    sentences_of = {n.article: n.sentences for n in notes}
    for article in loaded.articles:
        if not os.environ.get("PROBE_JSON"):
            print(f"## {article.title[:70]} ({article.date})")
        sentences = sentences_of.get(article.id, ())
        for m in resolved.mentions:
            if m.article != article.id or m.how != "extract" or not m.entity.startswith("events/"):
                continue
            e = entities[m.entity]
            said = sentences[m.sentence].text if m.sentence < len(sentences) else ""
            if os.environ.get("PROBE_JSON"):
                before = sentences[m.sentence - 1].text if m.sentence else ""
                lead = next((x.text for x in sentences if x.paragraph == m.paragraph), "")
                row = {"key": m.entity, "date": e.date, "sentence": said, "before": before}
                print(json.dumps(row | {"lead": lead, "title": article.title}))
                continue
            print(f"  {m.entity} [{e.date} {getattr(e, 'date_text', None)!r}] <{m.text}>")
            print(f"      {said[:300]}")


if __name__ == "__main__":
    main()
