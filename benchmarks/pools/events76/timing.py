"""Cost of ``with_occasions`` (events76) over the 1,000 benchmark articles' text: the bench's
content (``bench_build.make_content``), imported, annotated, resolved and extracted as a build
does, the time spent in ``with_occasions`` summed, beside the whole extract stage's.

Usage: ``.venv/bin/python benchmarks/pools/events76/timing.py [SIZE]`` (1000 by default;
writes under /tmp/events76/timing).
"""

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "benchmarks"))

import bench_build  # noqa: E402

import generator.extract as extract_package  # noqa: E402
from generator.annotate import annotate  # noqa: E402
from generator.extract import extract  # noqa: E402
from generator.load import load_content  # noqa: E402
from generator.resolve import resolve  # noqa: E402


def main() -> None:
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    folder = Path("/tmp/events76/timing") / str(size)
    content = folder / "content"
    if not content.exists():
        corpus, seeds = bench_build.DEFAULT_CORPUS, bench_build.DEFAULT_SEEDS
        bench_build.make_content(size, folder, corpus, seeds)
    loaded = load_content(content)
    annotations = annotate(loaded.articles, loaded.entities, cache_dir=folder / "cache")
    resolved = resolve(loaded, annotations)
    spent: list[float] = []
    original = extract_package.with_occasions

    def timed(*args):
        start = time.perf_counter()
        result = original(*args)
        spent.append(time.perf_counter() - start)
        return result

    extract_package.with_occasions = timed
    start = time.perf_counter()
    found = extract(resolved, annotations, loaded.articles)
    whole = time.perf_counter() - start
    events = sum(1 for e in found.entities if e.kind == "events" and not e.curated)
    print(
        f"{size} articles: with_occasions {sum(spent) * 1000:.1f} ms over {len(spent)} calls, "
        f"extract {whole:.2f} s, proposed events {events}"
    )


if __name__ == "__main__":
    main()
