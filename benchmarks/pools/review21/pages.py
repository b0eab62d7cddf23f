"""Compare the actor pages of two `build --pages-only` runs (review21): every page added,
removed or changed, with its name, type, mention count and the forms written in bold.

Usage: python pages.py BEFORE/docs AFTER/docs
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

Page = tuple[str, str | None, str | None, list[str]]


def read(docs: str) -> dict[str, Page]:
    """Each actor page of ``docs`` by slug: name, type, mentions line, bold forms."""
    out: dict[str, Page] = {}
    for path in sorted(Path(docs, "actors").glob("*.md")):
        if path.name == "index.md":
            continue
        text = path.read_text(encoding="utf-8")
        name = re.search(r"^# (.+)$", text, re.M)
        kind = re.search(r"Type\n:   (.+)", text)
        mentions = re.search(r"Mentions\n:   (.+)", text)
        bold = sorted(set(re.findall(r"\*\*(.+?)\*\*", text.split("## Mentions")[-1])))
        out[path.stem] = (
            name.group(1) if name else path.stem,
            kind.group(1) if kind else None,
            mentions.group(1) if mentions else None,
            bold,
        )
    return out


def main() -> None:
    before, after = read(sys.argv[1]), read(sys.argv[2])
    for slug in sorted(set(before) | set(after)):
        if before.get(slug) != after.get(slug):
            sign = "-" if slug not in after else "+" if slug not in before else "~"
            print(sign, slug, before.get(slug), "=>", after.get(slug))


if __name__ == "__main__":
    main()
