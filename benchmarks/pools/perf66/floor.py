"""The floor of MkDocs on our pages: a docs folder whose every page keeps its front matter and
its title but whose body is one plain paragraph (same pages, titles, nav and static files).

Usage: .venv/bin/python benchmarks/pools/perf66/floor.py DOCS FLOOR
Then time FLOOR as our pages are timed: ``perf57/engine_split.py FLOOR WORK --runs 1`` (the
same configuration, hook and split search as a build), against ``--plain-runs 1`` (one-line
pages under the theme's defaults). What is left between the two is what the theme and our
configuration cost per page whatever the pages say (perf66, issue 10 item 5).
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

BODY = "A plain paragraph of text.\n"


def floor_page(text: str) -> str:
    """``text`` with its front matter and first ``# `` title kept, its body one paragraph."""
    head = ""
    if text.startswith("---\n"):
        end = text.index("\n---\n", 4) + 5
        head, text = text[:end], text[end:]
    title = next((line for line in text.splitlines() if line.startswith("# ")), "# Page")
    return f"{head}{title}\n\n{BODY}"


def main() -> None:
    docs, floor = Path(sys.argv[1]), Path(sys.argv[2])
    if floor.exists():
        sys.exit(f"{floor} exists")
    shutil.copytree(docs, floor, ignore=shutil.ignore_patterns(".*"))
    pages = 0
    for page in floor.rglob("*.md"):
        page.write_text(floor_page(page.read_text(encoding="utf-8")), encoding="utf-8")
        pages += 1
    print(f"{floor}: {pages} pages, each its front matter, title and one paragraph")


if __name__ == "__main__":
    main()
