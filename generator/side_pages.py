"""Files besides the views' pages: the live preview's notice of refused edits, and the small
HTML pages that keep an alias's address working after a merge. Re-exported by ``render``."""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from pathlib import Path

import jinja2

from .evidence import Evidence
from .ids import slugify
from .model import actor_key, entity_key


def _environment(templates: Path) -> jinja2.Environment:
    from .render import environment  # the one escaping environment; render imports this module

    return environment(templates)


def error_notice(templates: Path, errors: Sequence[str]) -> str:
    """A Markdown notice listing content errors (escaped), for the live preview: the browser
    must show that an edit was refused, not just keep the last good page."""
    return _environment(templates).get_template("_content_errors.md.j2").render(errors=errors)


def with_notice(files: Mapping[str, str], notice: str) -> dict[str, str]:
    """Every page with ``notice`` at its top (after its front matter); other files as they are."""
    out = {}
    for path, text in files.items():
        if path.endswith(".md"):
            head, body = "", text
            if text.startswith("---\n") and (end := text.find("\n---\n", 4)) != -1:
                head, body = text[: end + 5], text[end + 5 :].lstrip("\n")
                head += "\n"
            text = f"{head}{notice}\n{body}"
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
