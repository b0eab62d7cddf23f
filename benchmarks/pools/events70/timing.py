"""Cost of events70's rules over the 1,000 benchmark articles' text (issue 7), and the frames
they change.

Usage: ``.venv/bin/python benchmarks/pools/events70/timing.py TREE [FRAMES.tsv]``, TREE this
worktree or main from ``git archive``. The benchmark's 173 base articles (the shared corpus
and the seeds, as ``bench_build`` reads them) are parsed once into
``/tmp/events70/base.docbin``; ``match_events`` of TREE runs over every paragraph, best of
three, CPU, scaled ×1000/173 (the 1,000 articles are copies of these with names varied).
FRAMES.tsv gets every event frame (paragraph, type, trigger, agents, patients) of the
articles in no test split of ``tests/gold/wikinews-gold.yml`` (the test split's corpus rows
are left out unread), to diff main against the branch.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

TREE = Path(sys.argv[1]).resolve()
sys.path.insert(0, str(TREE / "benchmarks"))
sys.path.insert(0, str(TREE))

import bench_build as b  # noqa: E402
import spacy  # noqa: E402
import yaml  # noqa: E402
from spacy.tokens import DocBin  # noqa: E402

from generator.annotate import choose_model  # noqa: E402
from generator.extract.events import match_events  # noqa: E402

CACHE = Path("/tmp/events70/base.docbin")
GOLD = Path(__file__).resolve().parents[3] / "tests" / "gold" / "wikinews-gold.yml"


def main() -> None:
    nlp = spacy.load(choose_model(), exclude=["lemmatizer"])
    articles = b.base_articles(
        Path("/work/shared/corpora/wikinews_2019.csv"), Path("/work/shared/seeds")
    )
    paragraphs = [
        (i, p) for i, a in enumerate(articles) for p in (a.title, *a.paragraphs) if p.strip()
    ]
    if not CACHE.exists():
        CACHE.parent.mkdir(parents=True, exist_ok=True)
        bin_ = DocBin(store_user_data=True)
        for doc in nlp.pipe(p for _, p in paragraphs):
            bin_.add(doc)
        CACHE.write_bytes(bin_.to_bytes())
    docs = list(DocBin().from_bytes(CACHE.read_bytes()).get_docs(nlp.vocab))
    best = []
    for _ in range(3):
        start = time.process_time()
        for doc in docs:
            match_events(doc, 0)
        best.append(time.process_time() - start)
    scale = 1000 / len(articles)
    print(f"{TREE}: {len(articles)} articles, {len(docs)} paragraphs")
    print(f"match_events CPU s, best of 3, x{scale:.2f}: {min(best) * scale:.2f}")
    if len(sys.argv) < 3:
        return
    gold = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    held = {
        a["row"]
        for a in gold["articles"]
        if a.get("split") == "test" and "row" in a and not a.get("corpus")
    }  # rows of the shared corpus, the first of the base articles
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        for n, ((row, _), doc) in enumerate(zip(paragraphs, docs, strict=True)):
            if row in held:
                continue
            for f in match_events(doc, 0):
                agents = "; ".join(r.text for r in f.agents)
                patients = "; ".join(r.text for r in f.patients)
                out.write(f"{n}\t{f.type}\t{f.trigger.text}\t{agents}\t{patients}\n")


if __name__ == "__main__":
    main()
