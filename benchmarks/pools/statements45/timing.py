"""Cost of statements45's rules over the 1,000 benchmark articles' text: the 173 base articles
(``bench_build.base_articles``) annotated once, then ``extract`` on the resolved articles with
the rules and with them stubbed out (each returning None), alternating, best of seven, scaled
by 1000/173. Usage: ``.venv/bin/python benchmarks/pools/statements45/timing.py``."""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "benchmarks"))

import bench_build  # noqa: E402

from generator.annotate import annotate  # noqa: E402
from generator.extract import extract  # noqa: E402
from generator.extract.statements import attribution  # noqa: E402
from generator.importer import write_articles  # noqa: E402
from generator.load import load_content  # noqa: E402
from generator.resolve import resolve  # noqa: E402

RULES = ("_spokesperson_body", "_state_body", "_passed_by", "_issued_after", "_owner_before")
SHARED = ROOT.parent / "shared"

if __name__ == "__main__":
    raw = bench_build.base_articles(SHARED / "corpora" / "wikinews_2019.csv", SHARED / "seeds")
    scale = 1000 / len(raw)
    with tempfile.TemporaryDirectory(prefix="statements45-timing-") as tmp:
        write_articles(raw, Path(tmp) / "c")
        (Path(tmp) / "c" / "briefing.yml").write_text("title: Timing\n", encoding="utf-8")
        loaded = load_content(Path(tmp) / "c")
        notes = annotate(loaded.articles, loaded.entities, cache_dir=ROOT / "build" / "cache")
        resolved = resolve(loaded, notes)
        real = {name: getattr(attribution, name) for name in RULES}
        calls = dict.fromkeys(RULES, 0)

        def counted(name):
            def call(*args, **kwargs):
                calls[name] += 1
                return real[name](*args, **kwargs)

            return call

        for name in RULES:
            setattr(attribution, name, counted(name))
        extract(resolved, notes, loaded.articles)
        times: dict[str, list[float]] = {"with": [], "without": []}
        for _ in range(7):
            for label in ("with", "without"):
                for name in RULES:
                    setattr(attribution, name, real[name] if label == "with" else lambda *a: None)
                began = time.perf_counter()
                extract(resolved, notes, loaded.articles)
                times[label].append(time.perf_counter() - began)
    best = {label: min(values) * scale for label, values in times.items()}
    print(
        f"extract per 1,000 articles: with the rules {best['with']:.3f} s, without "
        f"{best['without']:.3f} s; calls over the 173 articles: {calls}"
    )
