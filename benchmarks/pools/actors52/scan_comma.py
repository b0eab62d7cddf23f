# ruff: noqa: E501
"""List every NER span the comma-list rule (``article._comma_listed``) would split, in the
given CSVs (``url,date,title,text``) and the dev split: where the rule can fire, to judge."""

import csv
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))
import quality_extract as qe  # noqa: E402
import yaml  # noqa: E402

from generator.annotate import annotate  # noqa: E402
from generator.load import load_content  # noqa: E402
from generator.resolve.article import _GLUED_PAIR, _comma_listed  # noqa: E402

gold = ROOT / "tests/gold/wikinews-gold.yml"
sets = [
    (
        "dev",
        [a for a in yaml.safe_load(gold.read_text())["articles"] if a.get("split") == "dev"],
        gold,
    )
]
for p in sys.argv[1:]:
    path = Path(p)
    rows = list(csv.DictReader(path.open(encoding="utf-8", newline="")))
    chosen = [
        {"corpus": path.name, "row": i, "title": r["title"], "date": r["date"]}
        for i, r in enumerate(rows)
    ]
    sets.append((path.name, chosen, path.parent / "dummy.yml"))
for label, chosen, gold_path in sets:
    with tempfile.TemporaryDirectory() as tmp:
        raw = qe.read_articles(chosen, gold_path, Path(tmp))
        content = Path(tmp) / "content"
        qe.write_articles(raw, content)
        (content / "briefing.yml").write_text("title: Scan\n", encoding="utf-8")
        loaded = load_content(content)
        anns = annotate(loaded.articles, loaded.entities, cache_dir=ROOT / "build/cache")
    n = 0
    by_article = {a.article: a for a in anns}
    for art in loaded.articles:
        for s in by_article[art.id].sentences:
            for span in s.spans:
                pair = _GLUED_PAIR.fullmatch(span.text)
                if (
                    span.label in ("ORG", "PERSON")
                    and pair
                    and pair.group(2) == ", "
                    and _comma_listed(
                        art.paragraphs[s.paragraph], span.start, span.end, pair.group(3)
                    )
                ):
                    n += 1
                    text = art.paragraphs[s.paragraph]
                    print(
                        f"{label}\t{art.title[:40]}\t{span.label}\t{span.text}\t…{text[max(0, span.start - 50) : span.end + 40]}…"
                    )
    print(label, len(loaded.articles), "articles,", n, "spans", file=sys.stderr)
