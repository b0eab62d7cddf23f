"""MkDocs hook (part of publish): let go of each page's text once MkDocs no longer needs it.

MkDocs 1.6 renders every page before it writes the first and keeps each page's Markdown, HTML
and table of contents until the build ends; the theme's search keeps the text of every section
for its index. At 46,406 pages (10,000 articles) the site engine peaked at 2.5 GB (issue 10).
Here, with the site's bytes unchanged:

- a page's Markdown is dropped once rendered (MkDocs took its title while rendering);
- its HTML waits compressed until the page is written, and is dropped then, with its table of
  contents (anchor links are checked from the ids MkDocs collected while rendering);
- with the split search (``extra.search_worker``, set by publish), the theme's index keeps only
  what ``search_split`` reads of it: one entry per page, with the start of its text; so the
  theme's search reads a page only up to the end of that entry (its first section), not the
  whole page (parsing every page's HTML was 15% of the engine's time on our pages).

MkDocs loads this file by its path (mkdocs.yml ``hooks``), so it imports nothing of ours.
"""

from __future__ import annotations

import re
import zlib
from typing import Any

from material.plugins.search.plugin import Parser  # type: ignore[import-untyped]
from mkdocs.plugins import event_priority

KEEP_TEXT = 1000
"""Characters of a page's plain text the split search's theme index keeps: more than
``search_index.SNIPPET``, the part of it ``search_split`` publishes, so the result is the same."""
PACKED = "briefing_packed_html"
"""The page attribute holding its compressed HTML between rendering and writing."""
TAG = re.compile(r"<[^>]*>")
HEADING = re.compile(r"<h[1-6][\s>]", re.IGNORECASE)
"""Where a search section may start: the theme's parser starts one at a heading with an id."""
HAS_ID = re.compile(r"""<h[1-6]\b[^>]*\sid\s*=""", re.IGNORECASE)
WRAPPED = "briefing_first_section_only"


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
    if config.extra.get("search_worker"):
        search = config.plugins.get("material/search")
        if search is not None and hasattr(search, "search_index"):
            index_first_section_only(search.search_index)
    return context


def first_section(html: str) -> str:
    """The start of ``html`` that holds all of the theme's search entry for the page itself
    (its first section), cut where the theme's own parser would start the next section at
    the top level (a heading with an id, outside any element): no text after that reaches
    the first section, so the entry parsed from the start equals the one parsed from all."""
    parser = Parser()
    fed = 0
    for match in HEADING.finditer(html):
        start = match.start()
        parser.feed(html[fed:start])
        fed = start
        # ``rawdata``: what the parser holds unparsed, such as a comment still open
        # ("<!-- <h2 id=...> -->", review12): no heading starts there
        if parser.data and not parser.context and not parser.rawdata and HAS_ID.match(html, start):
            return html[:start]
    return html


def index_first_section_only(search_index: Any) -> None:
    """Make the theme's index read of each page only ``first_section`` (idempotent): the
    split search keeps no other entry (``trim_entries``)."""
    add = getattr(search_index, "add_entry_from_context", None)
    if add is None or getattr(add, WRAPPED, False):
        return

    def add_first_section(page: Any) -> None:
        whole = page.content
        page.content = first_section(whole)
        try:
            add(page)
        finally:
            page.content = whole

    setattr(add_first_section, WRAPPED, True)
    search_index.add_entry_from_context = add_first_section


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
