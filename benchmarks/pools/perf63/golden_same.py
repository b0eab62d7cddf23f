"""Whether each golden page's record list (an event's or agreement's Date, Place,
Participants or Parties lines with their notes) written as HTML is what Python-Markdown and
MkDocs made of the Markdown list before: the old list converted, its links rewritten to the
site's addresses as MkDocs rewrites them, each newline a space, must equal the new line.

Usage: python benchmarks/pools/perf63/golden_same.py [REV]   (REV: the old pages, default main)
       python benchmarks/pools/perf63/golden_same.py --docs OLD_DOCS NEW_DOCS   (two docs folders)
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import markdown

EXTENSIONS = ["attr_list", "tables", "admonition", "md_in_html"]


def old_list(text: str) -> str | None:
    body = text.split("\n---\n", 1)[-1]
    match = re.search(
        r"^- \*\*(?:Date|Place|Participants|Parties):\*\*.*?(?=\n\n)", body, re.S | re.M
    )
    return match.group(0) if match else None


def same_page(old: str, new: str) -> bool | None:
    """Whether ``new`` is ``old`` with its record list as the HTML (None: no list)."""
    md = old_list(old)
    if md is None:
        return None
    html = markdown.markdown(md, extensions=EXTENSIONS, output_format="xhtml")
    html = re.sub(r'href="\.\./(\w+)/([^"#]+)\.md(#[^"]*)?"', r'href="../../\1/\2/\3"', html)
    html = html.replace("\n", " ")
    return html in new.split("\n") and new.replace(html, md) == old


def compare_docs(before: Path, after: Path) -> None:
    files = sorted(p.relative_to(before) for p in before.rglob("*.md"))
    assert files == sorted(p.relative_to(after) for p in after.rglob("*.md"))
    counts = {True: 0, False: 0, None: 0}
    for rel in files:
        old, new = (before / rel).read_text(), (after / rel).read_text()
        verdict = True if old == new else same_page(old, new)
        if verdict is not True:
            print("DIFFERS:" if verdict is False else "other change:", rel)
        counts[verdict] += 1
    print(
        f"{len(files)} pages: {counts[True]} the same or the old list's HTML, "
        f"{counts[False]} differ, {counts[None]} changed without a record list"
    )


def main() -> None:
    if sys.argv[1:2] == ["--docs"]:
        compare_docs(Path(sys.argv[2]), Path(sys.argv[3]))
        return
    rev = sys.argv[1] if len(sys.argv) > 1 else "main"
    changed = subprocess.run(
        ["git", "diff", "--name-only", rev, "--", "tests/golden"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    same = 0
    for path in changed:
        old = subprocess.run(
            ["git", "show", f"{rev}:{path}"], capture_output=True, text=True
        ).stdout
        new = Path(path).read_text(encoding="utf-8")
        md = old_list(old)
        if md is None:
            print("no record list:", path)
            continue
        html = markdown.markdown(md, extensions=EXTENSIONS, output_format="xhtml")
        html = re.sub(r'href="\.\./(\w+)/([^"#]+)\.md(#[^"]*)?"', r'href="../../\1/\2/\3"', html)
        html = html.replace("\n", " ")
        if html not in new.split("\n") or new.replace(html, md) != old:
            print("DIFFERS:", path)
            continue
        same += 1
    print(
        f"{same} of {len(changed)} changed golden pages: the old list's HTML, nothing else changed"
    )


if __name__ == "__main__":
    main()
