"""Cost of review27's ``_party_groups`` over the 1,000 benchmark articles' text (issue 8).

Usage: ``.venv/bin/python benchmarks/pools/review27/timing.py``. Builds the 1,000 articles as
``bench_build.make_content`` does (without writing them), makes every run of capitalised
words ending in "Group", and its words before "Group", an accepted name (more than the
resolver accepts: an upper bound), and runs ``_party_groups`` once over all paragraphs, as a
build does; prints the CPU seconds and the groups found.
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))
import bench_build as b  # noqa: E402

from generator.resolve import _party_groups  # noqa: E402
from generator.resolve.decide import Verdict  # noqa: E402

GROUP = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)* Group\b")


def main() -> None:
    corpus = Path("/work/shared/corpora/wikinews_2019.csv")
    seeds = Path("/work/shared/seeds")
    base = b.base_articles(corpus, seeds)
    names = b.name_words(base)
    articles = [b.vary(base[i % len(base)], i // len(base), names) for i in range(1000)]
    texts = [p for a in articles for p in a.paragraphs]
    verdicts = {}
    for text in texts:
        for m in GROUP.finditer(text):
            for name in (m.group(0), m.group(0)[: -len(" Group")]):
                verdicts[name] = Verdict(name, "organisation", "timing")
    print(f"{len(articles)} articles, {len(texts)} paragraphs, {len(verdicts)} names")
    start = time.process_time()
    found = _party_groups(verdicts, texts)
    print(f"_party_groups: {time.process_time() - start:.3f} s CPU, {sorted(found)}")


if __name__ == "__main__":
    main()
