"""Ids and permalinks for the headings the generator writes as HTML (part of render).

Below an entity's or an article's title every heading is one line of HTML (perf76: as
Markdown, each cost Python-Markdown its inline patterns and MkDocs its link rewriting). The
``toc`` extension never sees raw HTML, so each such heading is written here with what it gave
a Markdown heading: its id (the extension's slug, unique on the page after the title's, a
repeat getting ``_1``) and its permalink (mkdocs.yml's ``toc: permalink: true``). The page is
then whole for any engine (links to the headings resolve with or without our MkDocs hook);
``mkdocs_hook`` only reads the headings back into the page's contents.
"""

from __future__ import annotations

import re
import unicodedata
from html import unescape

HEADING_LINE = re.compile(r"\n<h([2-6])>(.*)</h\1>(?=\n|\Z)")
"""A heading below the title as the templates write it: alone on its line (never the first),
no attribute. It starts with a literal, which the regular expression engine looks for
quickly; ``^`` with ``re.MULTILINE`` was tried at every character of the page (0.28 s over
the 1,000-article pages against 0.05 s)."""
PERMALINK = '<a class="headerlink" href="#{}" title="Permanent link">&para;</a>'
"""The permalink Python-Markdown's ``toc`` extension appends with ``permalink: true``."""
TAG = re.compile(r"<[^>]*>")
NOT_SLUG = re.compile(r"[^\w\s-]")
SEPARATORS = re.compile(r"[-\s]+")
COUNTED = re.compile(r"^(.*)_([0-9]+)$")


def slug(text: str) -> str:
    """The id Python-Markdown's ``toc`` extension makes of a heading's text (its ``slugify``
    with ``-``): accents dropped, punctuation removed, lower case, runs of spaces and dashes
    one dash. Written here so that rendering needs no Markdown library."""
    value = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return SEPARATORS.sub("-", NOT_SLUG.sub("", value).strip().lower())


def unique(id_: str, used: set[str]) -> str:
    """``id_``, or the first free ``base_N`` if it is taken or empty (the extension's
    ``unique``), added to ``used``."""
    if id_ in used or not id_:
        counted = COUNTED.match(id_)
        base, count = (counted[1], int(counted[2])) if counted else (id_, 0)
        count += 1
        while f"{base}_{count}" in used:
            count += 1
        id_ = f"{base}_{count}"
    used.add(id_)
    return id_


def heading_text(inner: str) -> str:
    """A heading's text as the extension reads it from its HTML: no tags, single spaces,
    entities decoded (the generator's escaped text holds no ``<``)."""
    return unescape(" ".join(TAG.sub("", inner).split()))


def with_heading_ids(markdown: str, title: str) -> str:
    """``markdown`` (a page whose one Markdown heading is its ``title``, first) with each
    HTML heading line given its id and permalink, in page order, as the ``toc`` extension
    gives them: unique after the title's id, so a heading repeating the title gets ``_1``."""
    if "\n<h" not in markdown:
        return markdown
    used: set[str] = set()
    unique(slug(title), used)

    def heading(match: re.Match[str]) -> str:
        level, inner = match.groups()
        id_ = unique(slug(heading_text(inner)), used)
        return f'\n<h{level} id="{id_}">{inner}{PERMALINK.format(id_)}</h{level}>'

    return HEADING_LINE.sub(heading, markdown)
