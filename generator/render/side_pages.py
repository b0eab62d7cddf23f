"""Files besides the views' pages: the live preview's notice of refused edits put on every
page (the review's HTML included; ``render.error_notice`` makes it with the two
environments), and the small HTML pages that keep an alias's address working after a merge.
Re-exported by ``render``."""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass

from ..ids import slugify
from ..model import actor_key, entity_key
from ..model.views import Evidence


@dataclass(frozen=True)
class Notice:
    """The live preview's notice of refused edits, once for each kind of page: Markdown for
    the engine's pages, HTML for the generator's own (the editors' review pages), where an
    editor fixing the queue must see the refusal too."""

    markdown: str
    html: str


MAIN_TAG = "<main>\n"
"""Where the notice goes in the generator's own HTML pages: the top of their main content
(``_review_layout.html.j2``). Their values are escaped, so only the layout writes this tag."""


def with_notice(files: Mapping[str, str], notice: Notice) -> dict[str, str]:
    """Every page with ``notice`` at its top: a Markdown page after its front matter, an HTML
    page of the generator's own at the top of its ``<main>`` (redirect pages have none and
    are left, as are other files)."""
    out = {}
    for path, text in files.items():
        if path.endswith(".md"):
            head, body = "", text
            if text.startswith("---\n") and (end := text.find("\n---\n", 4)) != -1:
                head, body = text[: end + 5], text[end + 5 :].lstrip("\n")
                head += "\n"
            text = f"{head}{notice.markdown}\n{body}"
        elif path.endswith(".html") and (at := text.find(MAIN_TAG)) != -1:
            at += len(MAIN_TAG)
            text = f"{text[:at]}{notice.html}{text[at:]}"
        out[path] = text
    return out


def redirect_pages(evidence: Evidence) -> dict[str, str]:
    """A small HTML page at each address a page had before an editor's correction, leading
    to the page: for an actor, the address each other name would have had
    (``actors/john-bolton/`` for an alias "John Bolton": when an editor merges a found actor
    into another, its old URL keeps working); for an event or agreement, the ids its proposals
    had before such a merge or before a curated record absorbed them (``Entity.former``: an
    event's id is made of its actors' ids). Addresses another page uses are left alone, and
    an address two pages could claim goes to the first by key."""
    taken = set(evidence.entities)
    out: dict[str, str] = {}
    for _key, view in sorted(evidence.entities.items()):
        entity = view.entity
        if entity.kind == "actors":
            olds = [actor_key(slugify(alias)) for alias in entity.aliases]
        else:
            olds = [entity_key(entity.kind, id_) for id_ in entity.former]
        for old in olds:
            if old in taken or f"{old}/index.html" in out:
                continue
            name = html.escape(entity.name)
            out[f"{old}/index.html"] = (
                '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
                f"<title>{name}</title>"
                f'<meta http-equiv="refresh" content="0; url=../{entity.id}/">'
                f'<link rel="canonical" href="../{entity.id}/"></head>'
                f'<body><p>This page moved to <a href="../{entity.id}/">{name}</a>.</p></body>'
                "</html>\n"
            )
    return out
