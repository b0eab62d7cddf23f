"""The hook's own passes over every page of a docs folder: ``stash_blocks`` + ``joined_runs``
(``on_page_markdown``), then, if the hook has it, ``html_headings`` over the stashed blocks of
each page (a page whose contents are its title alone, as Python-Markdown leaves an event or
actor page now). CPU seconds, best of three.

Usage: .venv/bin/python benchmarks/pools/perf76/hook_cost.py HOOK_FILE DOCS
HOOK_FILE is a ``generator/mkdocs_hook.py`` (``main``'s from a copy, or this branch's).
"""

from __future__ import annotations

import runpy
import sys
import time
from pathlib import Path
from types import SimpleNamespace

from mkdocs.structure.toc import get_toc
from mkdocs.utils.meta import get_data


def main() -> None:
    hook = runpy.run_path(sys.argv[1], run_name="perf76")
    docs = Path(sys.argv[2])
    texts = [
        get_data(p.read_text("utf-8"))[0]
        for p in sorted(docs.rglob("*.md"))
        if not any(part.startswith(".") for part in p.relative_to(docs).parts)
    ]
    headings = hook.get("html_headings")
    title = [{"level": 1, "id": "title", "name": "Title", "children": []}]
    best = [9e9, 9e9]
    for _ in range(3):
        start = time.process_time()
        stashed = [hook["joined_runs"](*hook["stash_blocks"](text))[1] for text in texts]
        middle = time.process_time()
        if headings is not None:
            for blocks in stashed:
                if any("<h" in b and hook["HTML_HEADING"].search(b) for b in blocks):
                    headings(blocks, SimpleNamespace(toc=get_toc(title)), {"permalink": True})
        end = time.process_time()
        best = [min(best[0], middle - start), min(best[1], end - middle)]
    print(f"{len(texts)} pages: stash + join {best[0]:.3f} s, html_headings {best[1]:.3f} s")


if __name__ == "__main__":
    main()
