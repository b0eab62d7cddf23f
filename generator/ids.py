"""Stable ids and URLs, shared by every stage that names a page.

An id is lower-case ASCII words joined by hyphens; names in any script are transliterated
(anyascii), so 'Сергей Лавров' gets 'sergey-lavrov', not a shared placeholder.
"""

from __future__ import annotations

import functools
import hashlib
import re

from anyascii import anyascii

RESERVED = frozenset({"index", "undated"})
"""Ids that would collide with a section's index page, or the events index's undated events
(``events/undated.md``)."""
_CONTINUATION = re.compile(r"page-\d+")
"""Ids of the pages a long index continues on (``events/page-2.md``)."""


def is_reserved(id_: str) -> bool:
    """Whether an id would collide with a page of a section's index."""
    return id_ in RESERVED or _CONTINUATION.fullmatch(id_) is not None


def folded_words(text: str) -> list[str]:
    """A name's words in lower-case ASCII ("Émile Zola": ``emile``, ``zola``; "'t Hooft":
    ``t``, ``hooft``): the words of its slug and of its place in every list by name."""
    return re.findall(r"[a-z0-9]+", anyascii(text).lower())


@functools.lru_cache(maxsize=65536)
def name_order(name: str) -> str:
    """The one order of every list "by name" (the actors index, the undated events, a
    timeline's actors, the review): the folded words (``folded_words``), so "Émile" is among
    the E's and a name's first letter in the jump lists is the one it is sorted by. Cached:
    an index sorts thousands of names, the same names on every page's timeline."""
    return " ".join(folded_words(name))


def slugify(text: str, max_length: int = 60) -> str:
    """Lower-case ASCII slug cut at a word boundary; never empty and never reserved."""
    words = folded_words(text)
    slug = ""
    for word in words:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > max_length and slug:
            break
        slug = candidate
    slug = slug[:max_length]
    if not slug:  # nothing letter-like at all: a short stable digest keeps names apart
        slug = "x-" + hashlib.sha256(text.encode()).hexdigest()[:10]
    return f"{slug}-1" if is_reserved(slug) else slug


def page_path(key: str) -> str:
    """Markdown file of an entity key (``actors/putin``) or ``articles/<id>``."""
    return f"{key}.md"


def url_for(key: str) -> str:
    """Site-relative URL of a page (MkDocs directory URLs)."""
    return f"{key}/"
