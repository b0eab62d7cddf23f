"""What the pools' timing scripts share: the 1,000 benchmark articles as ``make bench`` makes
them (built in memory, not written), every run of capitalised words in them as an ORG span
(far more than the NER finds: an upper bound for a rule that reads spans), a best-of-three
CPU timer, and ``patch``, which wraps a function wherever the package binds it. A pool's
``timing.py`` imports this and times only its own rules."""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))
import bench_build as b  # noqa: E402

from generator.model import Article  # noqa: E402
from generator.model.nlp import Span  # noqa: E402

RUN = re.compile(r"[A-Z][\w'’.-]*(?:,? (?:of |the |of the )?[A-Z][\w'’.-]*)*")
"""A run of capitalised words, with "of", "the" and a comma inside a name."""


def bench_articles(count: int = 1000) -> list[Article]:
    """The benchmark's articles: the corpus and the seeds varied as ``bench_build`` varies them."""
    base = b.base_articles(
        Path("/work/shared/corpora/wikinews_2019.csv"), Path("/work/shared/seeds")
    )
    names = b.name_words(base)
    return [b.vary(base[i % len(base)], i // len(base), names) for i in range(count)]


def capitalised_spans(articles: list[Article]) -> list[list[tuple[int, Span]]]:
    """Per article, (paragraph, ORG span) for every run of capitalised words."""
    return [
        [
            (p, Span(m.group(), "ORG", m.start(), m.end(), None))
            for p, text in enumerate(a.paragraphs)
            for m in RUN.finditer(text)
        ]
        for a in articles
    ]


def timed(label: str, work: Callable[[], int]) -> None:
    """Print the best of three CPU times of ``work`` and what it counted."""
    best = min(_once(work) for _ in range(3))
    print(f"{label}: {best[0]:.3f} s, {best[1]} found")


def _once(work: Callable[[], int]) -> tuple[float, int]:
    start = time.process_time()
    n = work()
    return time.process_time() - start, n


def patch(package: str, name: str, wrap: Callable[[Any], Any]) -> Any:
    """Put ``wrap(original)`` in place of ``name`` in every module of ``package`` that binds it.

    A function moved into one module and imported by others is looked up in each caller's
    module, so patching only ``generator.resolve.X`` misses the calls made elsewhere (shape42a
    split the package; pool scripts that patched one module silently counted less). Returns the
    original; raises if no module binds ``name``, so a rename cannot go unnoticed either.
    """
    root = importlib.import_module(package)
    modules = [root]
    for info in pkgutil.walk_packages(root.__path__, f"{package}."):
        modules.append(importlib.import_module(info.name))
    holders = [m for m in modules if name in vars(m)]
    if not holders:
        raise LookupError(f"no module of {package} binds {name}")
    original = vars(holders[0])[name]
    wrapped = wrap(original)
    for module in holders:
        if vars(module)[name] is original:
            setattr(module, name, wrapped)
    return original
