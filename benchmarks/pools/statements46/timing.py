"""Cost of statements46's rules over the benchmark articles' text: the 173 base articles of
``make bench`` parsed once, ``match`` run on every paragraph (``view_owner``, the copula cue, is
read there), then load → annotate → resolve → extract (``_asides`` and ``_role_played`` run in
``attribute``); the CPU time spent inside each rule is summed (an upper bound: the wrapper's
own clock counts too) and scaled by 1000/173. Usage:
``.venv/bin/python benchmarks/pools/statements46/timing.py``."""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import timing_kit as kit

from generator.annotate import annotate, choose_model
from generator.extract import extract, match
from generator.importer import write_articles
from generator.load import load_content
from generator.resolve import resolve

SPENT: dict[str, list[float]] = {}


def clocked(name: str) -> Callable[[Any], Any]:
    def wrap(original: Any) -> Any:
        def call(*args: Any, **kwargs: Any) -> Any:
            began = time.process_time()
            try:
                return original(*args, **kwargs)
            finally:
                SPENT.setdefault(name, []).append(time.process_time() - began)

        return call

    return wrap


if __name__ == "__main__":
    import spacy

    raw = kit.b.base_articles(
        Path("/work/shared/corpora/wikinews_2019.csv"), Path("/work/shared/seeds")
    )
    scale = 1000 / len(raw)
    for name in ("view_owner", "_asides", "_role_played"):
        kit.patch("generator.extract", name, clocked(name))
    nlp = spacy.load(choose_model(), exclude=["lemmatizer"])
    docs = [nlp(p) for a in raw for p in a.paragraphs if p.strip()]
    began = time.process_time()
    quotes = sum(len(match(doc, 0).quotes) for doc in docs)
    matching = time.process_time() - began
    with tempfile.TemporaryDirectory(prefix="statements46-timing-") as tmp:
        write_articles(raw, Path(tmp) / "c")
        (Path(tmp) / "c" / "briefing.yml").write_text("title: Timing\n", encoding="utf-8")
        loaded = load_content(Path(tmp) / "c")
        notes = annotate(loaded.articles, loaded.entities, cache_dir=kit.ROOT / "build" / "cache")
        extract(resolve(loaded, notes), notes, loaded.articles)
    print(
        f"match over {len(docs)} paragraphs ({quotes} quotations): {matching * scale:.3f} s / 1,000"
    )
    for name, spent in SPENT.items():
        print(f"{name}: {len(spent)} calls, {sum(spent) * scale * 1000:.1f} ms per 1,000 articles")
