"""Cost of actors80's new patterns over the 1,000 benchmark articles' text (issue 8).

Usage: ``.venv/bin/python benchmarks/pools/actors80/timing.py``. Builds the 1,000 articles as
``bench_build.make_content`` does (without writing them), then, at every run of capitalised
words of every paragraph (far more places than the NER's spans, so an upper bound), tries
the verb of use before it and the hyphened adjective after it (``_jargon_read``'s additions,
asked of acronyms only, here of every run), ``things._craft_read``, the gloss of a technology
after it (``article._TECH_THING_AFTER``, asked in ``_glossed`` of the NER's spans only),
``nonactors.office_cut`` (with the call sign) and ``_staff_stems``; and
``nonactors._lower_case_definitions`` (its pattern now also reading "or X for short") once
per article. Prints the CPU seconds of each. The word lists'
additions (licence nouns, a law's heads) are set lookups: not timed.
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))
import bench_build as b  # noqa: E402

from generator.resolve import _HYPHEN_MODIFIER_AFTER, _USED_BEFORE  # noqa: E402
from generator.resolve.article import _TECH_THING_AFTER  # noqa: E402
from generator.resolve.nonactors import (  # noqa: E402
    _lower_case_definitions,
    _staff_stems,
    office_cut,
)
from generator.resolve.things import _craft_read  # noqa: E402

RUN = re.compile(r"[A-Z][\w'’-]*(?: (?:of |the |of the )?[A-Z][\w'’-]*)*")


def _used(p: str, c: SimpleNamespace) -> bool:
    before = p[max(0, c.start - 80) : c.start]
    return bool(_USED_BEFORE.search(before, max(0, len(before) - 30)))


def main() -> None:
    corpus = Path("/work/shared/corpora/wikinews_2019.csv")
    seeds = Path("/work/shared/seeds")
    base = b.base_articles(corpus, seeds)
    names = b.name_words(base)
    articles = [b.vary(base[i % len(base)], i // len(base), names) for i in range(1000)]
    start = time.process_time()
    found = [_lower_case_definitions(a.paragraphs) for a in articles]
    took = time.process_time() - start
    print(f"_lower_case_definitions: {took:.2f} s CPU, {sum(map(len, found))} definitions")
    sites = [
        (p, SimpleNamespace(name=m.group(), start=m.start(), end=m.end()))
        for a in articles
        for p in a.paragraphs
        for m in RUN.finditer(p)
    ]
    print(f"{len(articles)} articles, {len(sites)} runs of capitalised words")
    for label, call in (
        ("_USED_BEFORE", _used),
        ("_HYPHEN_MODIFIER_AFTER", lambda p, c: bool(_HYPHEN_MODIFIER_AFTER.match(p, c.end))),
        ("_craft_read", lambda p, c: _craft_read(c, p) == "model"),
        ("_TECH_THING_AFTER", lambda p, c: bool(_TECH_THING_AFTER.match(p[c.end :]))),
        ("office_cut", lambda p, c: bool(office_cut(c.name))),
        ("_staff_stems", lambda p, c: bool(_staff_stems(c.name))),
    ):
        start = time.process_time()
        hits = sum(bool(call(*site)) for site in sites)
        print(f"{label}: {time.process_time() - start:.2f} s CPU, {hits} hits")


if __name__ == "__main__":
    main()
