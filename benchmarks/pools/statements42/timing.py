"""Cost of statements42's rules over the 1,000 benchmark articles' text, for one code tree:
the 173 base articles (``bench_build.base_articles``) parsed once, then ``match_quotes`` on
every paragraph and ``extract`` on the resolved articles, each the best of five, scaled by
1000/173. Usage: ``.venv/bin/python benchmarks/pools/statements42/timing.py TREE`` (a
checkout: this worktree, or main's files from ``git archive``)."""

import sys
import tempfile
import time
from pathlib import Path

tree = Path(sys.argv[1]).resolve()
sys.path.insert(0, str(tree))
sys.path.insert(0, str(tree / "benchmarks"))

import bench_build  # noqa: E402
import spacy  # noqa: E402

from generator.annotate import annotate, choose_model  # noqa: E402
from generator.extract import extract  # noqa: E402
from generator.extract.statements import match_quotes  # noqa: E402
from generator.importer import write_articles  # noqa: E402
from generator.load import load_content  # noqa: E402
from generator.resolve import resolve  # noqa: E402

SHARED = Path("/work/shared")
raw = bench_build.base_articles(SHARED / "corpora" / "wikinews_2019.csv", SHARED / "seeds")
scale = 1000 / len(raw)
nlp = spacy.load(choose_model(), exclude=["lemmatizer"])
docs = list(nlp.pipe(p for a in raw for p in a.paragraphs if p.strip()))


def best(step, runs=5):
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        step()
        times.append(time.perf_counter() - began)
    return min(times) * scale


matching = best(lambda: [match_quotes(d, i) for i, d in enumerate(docs)])
with tempfile.TemporaryDirectory(prefix="statements42-timing-") as tmp:
    content = Path(tmp) / "content"
    write_articles(raw, content)
    (content / "briefing.yml").write_text("title: Timing\n", encoding="utf-8")
    loaded = load_content(content)
    annotations = annotate(loaded.articles, loaded.entities, cache_dir=Path(tmp) / "cache")
    resolved = resolve(loaded, annotations)
    extracting = best(lambda: extract(resolved, annotations, loaded.articles))
    print(
        f"{tree.name}: match_quotes {matching:.3f} s, extract {extracting:.3f} s per 1,000 articles"
    )
    if "--rules" in sys.argv:
        # The new rules where they run: on every speaker phrase (``_role_then_name``,
        # ``_other_bearer``) and every sentence (``_surname_in``'s passive cut) of the articles
        from generator.extract import statements as s

        try:  # the package's modules since the lead split statements.py (session 43)
            from generator.extract.statements import earlier as e
            from generator.extract.statements import found as f
        except ImportError:  # a tree from before the split: one module
            e = f = s

        frames = [(a.article, f) for a in annotations for f in a.frames.quotes]
        named = [(a, f) for a, f in frames if f.speaker is not None and f.head is not None]
        texts = [sentence.text for a in annotations for sentence in a.sentences]
        by_article: dict[str, list] = {}
        for m in resolved.mentions:
            by_article.setdefault(m.article, []).append(m)

        def rules():
            for article, frame in named:
                here = [m for m in by_article.get(article, ()) if m.paragraph == frame.paragraph]
                f._role_then_name(frame, here)
                f._other_bearer(frame, here, {}, frame.speaker.text)
            for text in texts:
                if " by " in text:
                    e._BY_AGENT.search(text)

        print(f"{len(named)} speaker phrases, {len(texts)} sentences (173 articles)")
        print(f"new rules: {best(rules) * 1000:.1f} ms per 1,000 articles")
