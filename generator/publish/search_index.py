"""Keeping the site's search index small enough to answer at once (part of publish).

The theme's search downloads the whole index and indexes it in the browser before it shows
a first result, so an index over the budget is cut down step by step.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

SEARCH_INDEX = Path("search") / "search_index.json"
SEARCH_INDEX_BUDGET = 1_000_000
"""Bytes of search index a briefing may ship. The theme's search downloads the whole index
and indexes it in the browser before it shows a first result (26 s for a 59 MB index), so a
larger one is trimmed (``trim_search_index``); a small briefing keeps its full index."""
SNIPPET = 160
"""Characters of text kept per page when the index is trimmed to short texts."""


def trim_search_index(path: Path, budget: int = SEARCH_INDEX_BUDGET) -> int:
    """Keep the theme's search index within ``budget`` bytes; return its size.

    An index within the budget is left byte for byte as the theme wrote it. A larger one loses
    detail in steps until it fits, or until only the last step is left: first the sections
    (one entry per page, its title, tags and opening text), then all but the first
    ``SNIPPET`` characters of each page's text, then the text (titles and tags, which hold the
    aliases, so a name still finds its page first). The same site gives the same bytes.
    """
    if not path.is_file() or path.stat().st_size <= budget:
        return path.stat().st_size if path.is_file() else 0
    data = json.loads(path.read_text(encoding="utf-8"))
    docs = [doc for doc in data["docs"] if "#" not in doc["location"]]
    steps = (
        docs,
        [{**doc, "text": snippet(doc["text"])} for doc in docs],
        [{**doc, "text": ""} for doc in docs],
    )
    for trimmed in steps:
        text = json.dumps({**data, "docs": trimmed}, separators=(",", ":"), ensure_ascii=False)
        if len(text.encode()) <= budget:
            break
    path.write_text(text, encoding="utf-8")
    return len(text.encode())


def snippet(text: str) -> str:
    """The start of an entry's text, as plain text cut at a word (the theme inserts it as
    HTML: no tag or character reference is left cut in two)."""
    plain = " ".join(re.sub(r"<[^>]*>", " ", text).split())
    if len(plain) <= SNIPPET:
        return plain
    cut = plain[:SNIPPET].rsplit(" ", 1)[0]
    return re.sub(r"&[#\w]*$", "", cut) + " …"
