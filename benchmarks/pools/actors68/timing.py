"""Time the per-candidate reads of ``nonactors.read_article`` over the 1,000 benchmark
articles' text (``bench_build``'s corpus and copies), with every capitalised run of words
standing in for a candidate (a superset of the NER's spans). Run it with the code to time on
``sys.path`` first: ``python timing.py [ROOT]`` (ROOT: a checkout, default this one).

Prints the candidates read and the seconds of CPU each read took, best of three.
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else HERE.parents[2]
sys.path.insert(0, str(HERE.parents[1]))  # this checkout's benchmarks (bench_build)

from bench_build import DEFAULT_CORPUS, DEFAULT_SEEDS, base_articles, name_words, vary  # noqa: E402

for module in [m for m in sys.modules if m == "generator" or m.startswith("generator.")]:
    del sys.modules[module]  # bench_build put this checkout first: read ROOT's instead
sys.path.insert(0, str(ROOT))

from generator.resolve import names as names_module  # noqa: E402
from generator.resolve import nonactors  # noqa: E402
from generator.resolve.article import Candidate  # noqa: E402

RUN = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*")


def main() -> None:
    base = base_articles(DEFAULT_CORPUS, DEFAULT_SEEDS)
    names = name_words(base)
    articles = [vary(base[i % len(base)], i // len(base), names) for i in range(1000)]
    work: list[tuple[str, Candidate]] = []
    for a in articles:
        for p, text in enumerate(a.paragraphs):
            for m in RUN.finditer(text):
                c = Candidate("a", p, 0, m.start(), m.end(), m.group(0), m.group(0), "ORG")
                work.append((text, c))
    print(f"{nonactors.__file__}: {len(work)} candidates")
    reads = [("_work_noun", nonactors._work_noun), ("_listed_noun", nonactors._listed_noun)]
    if hasattr(nonactors, "_title_tail"):
        reads.append(("_title_tail", nonactors._title_tail))
    for label, read in reads:
        best = min(_timed(read, work) for _ in range(3))
        print(f"  {label}: {best:.3f} s")
    texts = [c.text for _, c in work]
    best = min(_timed_names(names_module.clean_name, texts) for _ in range(3))
    print(f"  clean_name: {best:.3f} s")


def _timed_names(clean, texts) -> float:
    start = time.process_time()
    for text in texts:
        clean(text)
    return time.process_time() - start


def _timed(read, work) -> float:
    start = time.process_time()
    for text, c in work:
        read(c, text)
    return time.process_time() - start


if __name__ == "__main__":
    main()
