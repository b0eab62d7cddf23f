"""What writing the headings' ids costs the render stage, and that it makes the branch's pages.

Usage: .venv/bin/python benchmarks/pools/perf78/heading_cost.py OLD_DOCS NEW_DOCS
OLD_DOCS are pages rendered without ids in their HTML headings (``main``'s), NEW_DOCS the
same briefing's pages rendered by this branch. Each entity and article page of OLD_DOCS is
given its ids by ``headings.with_heading_ids`` (its title read from its ``# `` line, through
the front matter's other fields untouched); prints the best of three CPU seconds over all of
them and how many differ from NEW_DOCS (0 expected: the ids are all the branch changed).
"""

from __future__ import annotations

import sys
import time
from html import unescape
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from generator.render.headings import with_heading_ids  # noqa: E402

KINDS = ("actors", "events", "agreements", "articles")


def title_of(markdown: str) -> str:
    """The page's title as its ``# `` line shows it (Markdown's escapes and entities undone)."""
    line = next(line for line in markdown.split("\n") if line.startswith("# "))
    text = line[2:]
    for char in "\\`*_{}[]()#+-.!<>|~":
        text = text.replace("\\" + char, char)
    return unescape(text)


def main() -> None:
    old, new = Path(sys.argv[1]), Path(sys.argv[2])
    pages = {
        p.relative_to(old).as_posix(): p.read_text(encoding="utf-8")
        for kind in KINDS
        for p in sorted((old / kind).glob("*.md"))
    }
    titles = {path: title_of(text) for path, text in pages.items()}
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        made = {path: with_heading_ids(text, titles[path]) for path, text in pages.items()}
        best = min(best, time.process_time() - start)
    differ = [p for p, text in made.items() if (new / p).read_text(encoding="utf-8") != text]
    size = sum(len(text) for text in pages.values())
    print(f"{len(pages)} pages, {size:,} characters: with_heading_ids {best:.3f} s CPU (best of 3)")
    print(f"{len(differ)} differ from {new}: {differ[:5]}")


if __name__ == "__main__":
    main()
