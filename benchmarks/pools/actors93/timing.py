"""Cost of actors93's rules over the 1,000 benchmark articles' text (issue 8).

Usage: ``.venv/bin/python benchmarks/pools/actors93/timing.py``. Builds the 1,000 articles as
``bench_build.make_content`` does (without writing them) and times ``things._before_title``,
with and without this round's office reading, on every run of capitalised words taken as an
ORG candidate (far more than the NER's spans: an upper bound); then the one or two surnames
``people._extend_cut_people`` now reads after a person's span (``_SURNAMES_AFTER``, against
main's one, ``_SURNAME_AFTER``) at the end of every such run.
"""

from __future__ import annotations

import importlib
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))
import bench_build as b  # noqa: E402

from generator.resolve.article import Candidate  # noqa: E402

things = importlib.import_module("generator.resolve.things")
RUN = re.compile(r"[A-Z][\w'’.-]*(?:,? (?:and |& )?[A-Z][\w'’.-]*)*")


def main() -> None:
    corpus = Path("/work/shared/corpora/wikinews_2019.csv")
    base = b.base_articles(corpus, Path("/work/shared/seeds"))
    names = b.name_words(base)
    articles = [b.vary(base[i % len(base)], i // len(base), names) for i in range(1000)]
    runs = [
        (text, Candidate("a", p, 0, m.start(), m.end(), m.group(), m.group(), "ORG"))
        for a in articles
        for p, text in enumerate(a.paragraphs)
        for m in RUN.finditer(text)
    ]
    old = things._before_title

    def title_only(c: Candidate, text: str) -> bool | None:
        words = c.name.split()
        if len(words) < 2 or words[-1].lower() in things.BODIES_OF:
            return None
        return bool(things._PORTFOLIO_AFTER.match(text[c.end :]))

    for label, test in (("before the title only (main)", title_only), ("with the office", old)):
        best = None
        for _ in range(3):
            start = time.process_time()
            found = sum(1 for text, c in runs if test(c, text) not in (None, False))
            spent = time.process_time() - start
            best = spent if best is None else min(best, spent)
        print(f"{label}: {best:.3f} s over {len(runs)} candidates, {found} read as portfolios")
    people = importlib.import_module("generator.resolve.article.people")
    for label, regex in (
        ("one surname (main)", people._SURNAME_AFTER),
        ("one or two", people._SURNAMES_AFTER),
    ):
        best = None
        for _ in range(3):
            start = time.process_time()
            found = sum(1 for text, c in runs if regex.match(text[c.end :]))
            spent = time.process_time() - start
            best = spent if best is None else min(best, spent)
        print(f"surnames after a span, {label}: {best:.3f} s, {found} matched")


if __name__ == "__main__":
    main()
