"""What the review pages cost the render stage, in the source tree that is the working
directory: ``main`` makes them as Markdown (``Renderer.render`` of ``review*`` templates), the
branch as HTML (``review_pages.ReviewPages``). Either way the items' text and YAML are made
lazily inside (``review.Item``), so both sides count the same work besides the templates.

Usage (from a source tree): PY benchmarks/pools/perf70/review_cost.py CORPUS_FOLDER [RUNS]
CORPUS_FOLDER from perf57/make_corpus.py (its content and warm cache). Prints the CPU seconds
spent making the review pages in a cold render of every page (no reuse), their count and
bytes, and the CPU seconds to write them into a fresh folder.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, os.getcwd())  # the tree measured, not the one this script sits in

import generator.render as render
from generator.build import Paths, Report, generate

spent = [0.0, 0]


def timed(function):  # type: ignore[no-untyped-def]
    def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
        start = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[0] += time.process_time() - start
            spent[1] += 1

    return wrapper


if hasattr(render, "ReviewPages"):  # (an import would find the venv's editable tree's module)
    ReviewPages = render.ReviewPages
    ReviewPages.page = timed(ReviewPages.page)  # type: ignore[method-assign]
    ReviewPages.index = timed(ReviewPages.index)  # type: ignore[method-assign]
else:  # main: Markdown pages through the renderer
    original = render.Renderer.render
    review_render = timed(original)

    def choose(self, template, page, edit=None, **context):  # type: ignore[no-untyped-def]
        made = review_render if template.startswith("review") else original
        return made(self, template, page, edit, **context)

    render.Renderer.render = choose  # type: ignore[method-assign]


def main() -> None:
    corpus = Path(sys.argv[1])
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    with tempfile.TemporaryDirectory() as scratch:
        paths = Paths(
            corpus / "content", Path(scratch, "site"), Path(scratch, "docs"), corpus / "cache"
        )
        for _ in range(runs):
            spent[0], spent[1] = 0.0, 0
            report = Report()
            _content, pages = generate(paths, None, report)
            review = {p: pages[p].encode() for p in pages if p.startswith("review/")}
            folder = Path(scratch, "written")
            start = time.process_time()
            for relative, data in review.items():
                target = folder / relative
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(data)
            written = time.process_time() - start
            size = sum(map(len, review.values()))
            print(
                f"{os.path.basename(os.getcwd())}: review pages {len(review)} ({spent[1]} made), "
                f"{size:,} bytes; made in {spent[0]:.2f} s CPU of render "
                f"{report.timings['render']:.2f} s wall; written in {written:.3f} s CPU"
            )


if __name__ == "__main__":
    main()
