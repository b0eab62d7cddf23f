"""Cost of actors94's rules over the 1,000 benchmark articles' text (issue 8).

Usage: ``.venv/bin/python benchmarks/pools/actors94/timing.py [MAIN_ROOT]``. Builds the 1,000
articles as ``bench_build.make_content`` does (without writing them), takes every run of
capitalised words as a name (far more than the NER's spans: an upper bound) and times, best of
three, CPU: ``names.clean_name`` over the runs (this tree, and MAIN_ROOT's when given, run in a
child process); ``bodies.forums_with_members`` for every run ending in "Forum" over all the
paragraphs; ``nonactors._lower_case_definitions`` over all the paragraphs.
"""

from __future__ import annotations

import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(sys.argv[2] if len(sys.argv) > 2 else Path(__file__).resolve().parents[3])
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))
import bench_build as b  # noqa: E402

from generator.resolve import names, nonactors  # noqa: E402

RUN = re.compile(r"[A-Z][\w'’.-]*(?:,? (?:and |& |of |“|\")?[A-Z][\w'’.”\"-]*)*")


def best(work) -> tuple[float, object]:
    spent, out = None, None
    for _ in range(3):
        start = time.process_time()
        out = work()
        took = time.process_time() - start
        spent = took if spent is None else min(spent, took)
    return spent or 0.0, out


def main() -> None:
    corpus = Path("/work/shared/corpora/wikinews_2019.csv")
    base = b.base_articles(corpus, Path("/work/shared/seeds"))
    words = b.name_words(base)
    articles = [b.vary(base[i % len(base)], i // len(base), words) for i in range(1000)]
    texts = [text for a in articles for text in a.paragraphs]
    runs = [m.group() for text in texts for m in RUN.finditer(text)]
    spent, _cleaned = best(lambda: [names.clean_name(r) for r in runs])
    print(f"{ROOT}: clean_name {spent:.3f} s over {len(runs)} runs")
    spent, read = best(lambda: nonactors._lower_case_definitions(texts))
    print(
        f"{ROOT}: _lower_case_definitions {spent:.3f} s over {len(texts)} paragraphs, {len(read)}"
    )
    if sys.argv[1:2] == ["-"]:
        return  # the child run on MAIN_ROOT
    from generator.resolve.bodies import forums_with_members

    # the runs ending in "Forum", and two names searched for in every paragraph all the same
    forums = sorted({r for r in runs if r.endswith(" Forum")} | {"Pacific Islands Forum", "G20"})
    spent, found = best(lambda: forums_with_members(forums, texts))
    print(f"forums_with_members: {spent:.3f} s, {len(forums)} forums, {len(found)} bodies")
    if sys.argv[1:]:
        subprocess.run([sys.executable, __file__, "-", sys.argv[1]], check=True)


if __name__ == "__main__":
    main()
