"""MkDocs hook (part of publish): let go of each page's text once MkDocs no longer needs it.

MkDocs 1.6 renders every page before it writes the first and keeps each page's Markdown, HTML
and table of contents until the build ends; the theme's search keeps the text of every section
for its index. At 46,406 pages (10,000 articles) the site engine peaked at 2.5 GB (issue 10).
Here, with the site's bytes unchanged:

- a page's Markdown is dropped once rendered (MkDocs took its title while rendering);
- its HTML waits compressed until the page is written, and is dropped then, with its table of
  contents (anchor links are checked from the ids MkDocs collected while rendering);
- with the split search (``extra.search_worker``, set by publish), the theme's index keeps only
  what ``search_split`` reads of it: one entry per page, with the start of its text.

MkDocs loads this file by its path (mkdocs.yml ``hooks``), so it imports nothing of ours.
"""

from __future__ import annotations

import re
import zlib
from typing import Any

from mkdocs.plugins import event_priority

KEEP_TEXT = 1000
"""Characters of a page's plain text the split search's theme index keeps: more than
``search_index.SNIPPET``, the part of it ``search_split`` publishes, so the result is the same."""
PACKED = "briefing_packed_html"
"""The page attribute holding its compressed HTML between rendering and writing."""
TAG = re.compile(r"<[^>]*>")


def plain(text: str) -> str:
    """A search entry's text as ``search_index.snippet`` reads it: no tags, single spaces."""
    return " ".join(TAG.sub(" ", text).split())


def on_page_content(html: str, page: Any, config: Any, files: Any) -> str:
    """Drop the Markdown, and keep the HTML compressed until the page is written."""
    page.markdown = ""  # not None: MkDocs reads None as "never read", and loses the title
    setattr(page, PACKED, zlib.compress(html.encode(), 1))
    return ""


@event_priority(100)  # before the theme's search reads the HTML
def on_page_context(context: dict, page: Any, config: Any, nav: Any) -> dict:
    """Give the page its HTML back for the theme's templates and search."""
    page.content = zlib.decompress(getattr(page, PACKED)).decode()
    delattr(page, PACKED)
    return context


def on_post_page(output: str, page: Any, config: Any) -> str:
    """The page is rendered: drop its HTML and contents, and trim its search entries."""
    page.content = None
    page.toc = []
    if config.extra.get("search_worker"):
        search = config.plugins.get("material/search")
        if search is not None and hasattr(search, "search_index"):
            trim_entries(search.search_index.entries, page.url)
    return output


def trim_entries(entries: list[dict], url: str) -> None:
    """Keep of the page's entries (the last ones, at ``url`` and its anchors) only the page's
    own, with the start of its plain text."""
    start = len(entries)
    while start and (
        entries[start - 1]["location"] == url
        or entries[start - 1]["location"].startswith(url + "#")
    ):
        start -= 1
    kept = [
        {**entry, "text": plain(entry["text"])[:KEEP_TEXT]}
        for entry in entries[start:]
        if "#" not in entry["location"]
    ]
    entries[start:] = kept
