"""Whether two sets of generated pages make the same HTML, once MkDocs' link rewriting is
applied to the old one and whitespace between tags is ignored (perf64: article paragraphs and
statement lists written as HTML instead of Markdown).

Usage: .venv/bin/python benchmarks/pools/perf64/same_pages.py REV
           each golden page changed since REV (tests/golden/) against its REV version
       .venv/bin/python benchmarks/pools/perf64/same_pages.py --docs OLD NEW
           every page of two docs folders (the 1,000-article corpus)

Both pages are converted with the Markdown extensions of mkdocs.yml (the ``toc`` ids
included); in both, links to ``.md`` pages become the site's directory addresses, as MkDocs
rewrites them (the new pages' raw HTML already holds those), and whitespace between tags is
removed (with ``SAME_PAGES_TEXT_SPACES=1`` every whitespace run is one space, perf72). Prints
the pages that differ and a count.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import markdown
from mkdocs.utils.meta import get_data

ROOT = Path(__file__).resolve().parents[3]
EXTENSIONS = ["attr_list", "tables", "admonition", "md_in_html", "toc", "fenced_code"]
"""mkdocs.yml's extensions and ``fenced_code``, which MkDocs always adds (perf68)."""
LINK = re.compile(r'href="((?:\.\./)*)([^"#:]+?)\.md(#[^"]*)?"')


def site_links(html: str, page: str) -> str:
    """``html`` with each link to a ``.md`` page as MkDocs writes it (directory URLs)."""
    nested = not page.endswith("index.md")

    def directory(match: re.Match[str]) -> str:
        up, path, anchor = match.group(1), match.group(2), match.group(3) or ""
        path = "" if path == "index" else path.removesuffix("/index") + "/"
        return f'href="{"../" if nested else ""}{up}{path}{anchor}"'

    return LINK.sub(directory, html)


def html_of(text: str, page: str) -> str:
    _, body = text, text
    body, _ = get_data(text)
    html = markdown.markdown(body, extensions=EXTENSIONS, output_format="xhtml")
    # perf68: a code block written as one line holds its newlines as ``&#10;`` (the same text)
    html = html.replace("&#10;", "\n")
    html = re.sub(r">\s+<", "><", site_links(html, page))
    # perf72: with SAME_PAGES_TEXT_SPACES=1, a newline inside a text is one space (a paragraph
    # of the template that spanned lines, written as one line of HTML: the same words)
    return re.sub(r"\s+", " ", html) if os.environ.get("SAME_PAGES_TEXT_SPACES") else html


def compare(pairs: list[tuple[str, str, str]]) -> int:
    differ = 0
    for page, old, new in pairs:
        if html_of(old, page) != html_of(new, page):
            differ += 1
            print("differs:", page)
    print(f"{len(pairs) - differ} of {len(pairs)} pages make the same HTML")
    return differ


def main() -> None:
    if sys.argv[1] == "--docs":
        old, new = Path(sys.argv[2]), Path(sys.argv[3])
        pages = sorted(p.relative_to(new).as_posix() for p in new.rglob("*.md"))
        pairs = [
            (p, (old / p).read_text(encoding="utf-8"), (new / p).read_text(encoding="utf-8"))
            for p in pages
            if not p.startswith(".")
        ]
    else:
        rev = sys.argv[1]
        names = subprocess.run(
            ["git", "diff", "--name-only", rev, "--", "tests/golden"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        pairs = []
        for name in names:
            if not name.endswith(".md"):
                continue
            old = subprocess.run(
                ["git", "show", f"{rev}:{name}"], cwd=ROOT, capture_output=True, text=True
            ).stdout
            page = name.split("/", 3)[3]  # tests/golden/<set>/<page>
            pairs.append((page, old, (ROOT / name).read_text(encoding="utf-8")))
    sys.exit(1 if compare(pairs) else 0)


if __name__ == "__main__":
    main()
