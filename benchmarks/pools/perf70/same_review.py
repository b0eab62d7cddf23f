"""The same review, before and after: each of ``main``'s Markdown review pages against the
branch's HTML page at the same address: the items' headings, details, examples and YAML fixes,
as text, in order.

Usage: .venv/bin/python benchmarks/pools/perf70/same_review.py OLD_DOCS NEW_DOCS
OLD_DOCS holds ``review/*.md`` (MkDocs' input before perf70), NEW_DOCS ``review/*/index.html``.
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

import markdown


def text(fragment: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


def parts(page: str) -> dict[str, list[str]]:
    """Headings, paragraphs, quotes and YAML blocks of a review page's HTML, as text."""
    page = page.replace("&#10;", "\n")
    return {
        "headings": [text(h).removesuffix(" #") for h in re.findall(r"<h2[^>]*>(.*?)</h2>", page)],
        "paragraphs": [text(p) for p in re.findall(r"<p>(.*?)</p>", page, re.S)],
        "yaml": [
            html.unescape(b)
            for b in re.findall(r'<pre><code class="language-yaml">(.*?)</code></pre>', page, re.S)
        ],
    }


def main() -> None:
    old, new = Path(sys.argv[1]) / "review", Path(sys.argv[2]) / "review"
    differ = 0
    pages = sorted(old.glob("*.md"))
    for page in pages:
        before = markdown.markdown(
            page.read_text(encoding="utf-8").split("---", 2)[2],
            extensions=["attr_list", "tables", "fenced_code"],
        )
        name = "index.html" if page.stem == "index" else f"{page.stem}/index.html"
        after = (new / name).read_text(encoding="utf-8")
        after = after.split("<main>", 1)[1]
        if page.stem == "index":  # the summary and the table of pages, as text
            same = text(before.split("To review:", 1)[-1]) == text(after.split("To review:", 1)[-1])
        else:  # the note and the pager (one paragraph before, two now), then every item
            head = text(before.split("<h2", 1)[0]), text(after.split("<h2", 1)[0])
            items = before[before.find("<h2") :], after[after.find("<h2") :]
            same = head[0] == head[1] and parts(items[0]) == parts(items[1])
        if not same:
            differ += 1
            print(f"differs: {page.name}")
    items = sum(1 for p in new.rglob("index.html") for _ in re.finditer("<h2", p.read_text()))
    html_pages = len(list(new.rglob("index.html")))
    print(f"{len(pages)} Markdown pages, {html_pages} HTML pages, {items} items; {differ} differ")


if __name__ == "__main__":
    main()
