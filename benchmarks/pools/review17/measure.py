"""Which names the NER proposed vanish without a review line (review17, issue 8).

Builds one pool briefing (``tune``: the dev split, actors49's 105 rows (100 Wikinews 2019
no-split rows, 5 BBC files), actors62's 22 WikinewsSum records; ``check``: actors44's and
actors48's files, as ``../actors60/build.py`` rebuilds them into ``/tmp``, less the rows the
tune part holds),
resolves it with no curated data, and lists every name spaCy labelled PERSON, ORG, GPE or
NORP (cleaned, titles stripped for people) that no page holds (no actor's name or alias, no
mention's text) and no decision names other than this branch's own ``[RS-…]`` ones, with the
path it went by: ``collect:<code>`` (a rule of ``resolve.article.collect``, kept in
``ArticleMentions.dropped``), ``collect:other`` (a pass that joins or cuts spans before),
``briefing`` (a candidate the briefing-wide passes read as another name, or rejected where
the NER called it a place or a people: silent by design). ``new`` is this branch's line.

    .venv/bin/python benchmarks/pools/review17/measure.py /tmp/review17/tune.json tune
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

import yaml  # noqa: E402
from quality_extract import read_articles  # noqa: E402

from generator.annotate import annotate  # noqa: E402
from generator.importer import read_sources, write_articles  # noqa: E402
from generator.load import load_content  # noqa: E402
from generator.resolve import clean_name, resolve, strip_titles  # noqa: E402
from generator.resolve.article import collect  # noqa: E402

POOLS = {
    "tune": [
        "/tmp/actors49/actors49-tune.csv",
        "/tmp/actors49/actors49-check.csv",
        "/tmp/actors62/actors62-tune.csv",
        "/tmp/actors62/actors62-check.csv",
        "/tmp/actors62/actors62-ext-tune.csv",
        "/tmp/actors62/actors62-ext-check.csv",
    ],
    "check": [
        "/tmp/actors44/actors44-tune.csv",
        "/tmp/actors44/actors44-check.csv",
        "/tmp/actors50/actors48-tune.csv",
        "/tmp/actors50/actors48-check.csv",
    ],
}


def main(out_json: str, part: str) -> None:
    gold_path = ROOT / "tests/gold/wikinews-gold.yml"
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    dev = [a for a in gold["articles"] if a.get("split") == "dev" and part == "tune"]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        raw = read_articles(dev, gold_path, folder)
        pool = read_sources([Path(c) for c in POOLS[part]], source="Pool")
        if part == "check":  # actors44 holds actors49's Wikinews rows: the tune part's
            tuned = {r.title for r in read_sources([Path(c) for c in POOLS["tune"]])}
            pool = [r for r in pool if r.title not in tuned]
        raw += pool
        content = folder / "content"
        write_articles(raw, content)
        (content / "briefing.yml").write_text("title: Pool\n", encoding="utf-8")
        loaded = load_content(content)
    annotations = annotate(loaded.articles, loaded.entities, cache_dir=ROOT / "build/cache")
    resolved = resolve(loaded, annotations)
    paged = set()
    for e in resolved.entities:
        paged |= {e.name.casefold(), *(a.casefold() for a in e.aliases)}
    for m in resolved.mentions:
        paged |= {m.text.casefold(), clean_name(m.text).casefold()}
    decided = {d.name.casefold() for d in resolved.decisions if "[RS-" not in d.reason}
    new = {d.name.casefold(): d.reason for d in resolved.decisions if "[RS-" in d.reason}
    count: Counter[str] = Counter()
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    for a in annotations:
        for span in (s for sentence in a.sentences for s in sentence.spans):
            if span.entity or span.label not in ("PERSON", "ORG", "GPE", "NORP"):
                continue
            name = clean_name(span.text)
            name = strip_titles(name) if span.label == "PERSON" else name
            if name:
                count[name] += 1
                labels[name][span.label] += 1
    articles = {a.id: a for a in loaded.articles}
    dropped: dict[str, Counter[str]] = defaultdict(Counter)
    candidates: set[str] = set()
    for a in annotations:
        found = collect(articles[a.article], a, set(), set(), set())
        for d in found.dropped:
            dropped[d.name][d.why.rsplit("[", 1)[-1].rstrip("]")] += 1
        candidates |= {c.name for c in found.candidates}
    rows = []
    for name, n in count.items():
        if name.casefold() in paged | decided:
            continue
        if dropped.get(name):
            path = "collect:" + dropped[name].most_common(1)[0][0]
        else:
            path = "briefing" if name in candidates else "collect:other"
        rows.append(
            {
                "new": new.get(name.casefold(), ""),
                "name": name,
                "n": n,
                "labels": dict(labels[name]),
                "path": path,
            }
        )
    rows.sort(key=lambda r: (r["path"], -r["n"], r["name"]))
    decisions = [[d.name, d.action, d.reason, d.mentions] for d in resolved.decisions]
    pages = sorted(e.name for e in resolved.entities)
    with open(out_json, "w", encoding="utf-8") as f:
        json.dump({"articles": len(loaded.articles), "rows": rows, "decisions": decisions,
                   "pages": pages}, f, indent=1)  # fmt: skip
    twice: Counter[tuple[str, str, str]] = Counter()
    for r in rows:
        if r["n"] >= 2:
            label = max(r["labels"], key=r["labels"].get)
            twice[r["path"], label, "listed now" if r["new"] else "silent"] += 1
    print("articles", len(loaded.articles))
    for key, n in sorted(twice.items()):
        print(*key, n, sep="\t")
    print("new decisions:")
    for d in resolved.decisions:
        if "[RS-" in d.reason:
            print(f"  {d.action}\t{d.name}\t{d.mentions}\t{d.reason}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
