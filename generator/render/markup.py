"""Markdown that renders literally: escaping, safe links and formatting of values.

The render stage's vocabulary, kept apart so that templates' filters and the page contexts
share one definition of "escaped": every value from content goes through ``escape_md`` unless
it is ``Md``, markup built here from escaped parts.
"""

from __future__ import annotations

import html
import posixpath
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from typing import Any
from urllib.parse import quote

import yaml

from ..ids import page_path, url_for
from ..model import Entity, type_name

MD_SPECIAL = re.compile(r"[\\`*_{}\[\]|]|^\s*(?:[#+\-.!()]|\d+\.)|[#!](?=\s*$)")
"""What Markdown may read as syntax in a value: anywhere, the characters of escapes, code,
emphasis, attribute lists, links and tables; at its start, where a line may start, a block
marker (a heading's ``#``, a list's ``-``, ``+`` or ``1.``, a rule, an admonition's ``!!!``) or
a ``(`` that would follow a ``]``; at its end, a heading's closing ``#`` or a ``!`` that would
make a link written after it an image. Elsewhere ``( ) ! # + - .`` are plain text (``[`` and
``]`` are always escaped, so no link or image can start inside a value)."""
MD_MID_LINE = re.compile(r"[\\`*_{}\[\]|]|^\(|[#!](?=\s*$)")
"""``MD_SPECIAL`` for a value that follows markup on its line (``mark_up``'s text after a span):
no block marker can start there, but a ``(`` may still follow a ``]``."""
TYPE_LABELS = {
    "person": ("Person", "People"),
    "organisation": ("Organisation", "Organisations"),
    "state": ("State", "States"),
    "media": ("News outlet", "News outlets"),
}


class Md(str):
    """Markdown the generator built from escaped parts; emitted as is."""


def escape_md(value: object, strip: bool = True, mid_line: bool = False) -> str:
    """Text that renders literally in Markdown and HTML, on one line (``mid_line``: never at
    a line's start)."""
    text = re.sub(r"\s+", " ", str(value))
    text = text.strip() if strip else text
    return (MD_MID_LINE if mid_line else MD_SPECIAL).sub(_escape, html.escape(text, quote=False))


def _escape(match: re.Match[str]) -> str:
    """A backslash before the match's last character (a line start's spaces and digits kept)."""
    found = match.group()
    return f"{found[:-1]}\\{found[-1]}"


def finalize(value: object) -> str:
    return value if isinstance(value, Md) else escape_md(value)


def escape_html(value: object) -> Md:
    """Text that renders literally in raw HTML, on one line: what ``escape_md`` makes of it
    once Python-Markdown has converted it (the same collapsed spaces and entities, without
    the backslashes, which raw HTML would show)."""
    return Md(html.escape(" ".join(str(value).split()), quote=False))


def escape_attr(value: object) -> Md:
    """A value for a double-quoted HTML attribute, escaped as Python-Markdown escapes one."""
    text = str(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return Md(text.replace('"', "&quot;"))


def code_html(value: object) -> Md:
    """``code(value)`` as Python-Markdown renders it, for raw HTML."""
    return Md(f"<code>{escape_html(value)}</code>")


def link_html(page: str, key: str, text: str) -> Md:
    """``link_md(page, key, text)`` as MkDocs renders it, for raw HTML: the site's address
    (directory URLs), which MkDocs does not check or rewrite in raw HTML; the generator made
    ``key``'s page, so it exists."""
    return Md(f'<a href="{escape_attr(site_href(page, key))}">{escape_html(text)}</a>')


def one_line(block: str) -> Md:
    """A block of generator-made raw HTML (already escaped) on one line: its lines stripped
    and joined. One line lets ``mkdocs_hook`` keep it from Python-Markdown's raw HTML parser,
    which read each of its tags (issue 10); the whitespace between block tags renders as
    nothing, so the page looks the same."""
    return Md("".join(line.strip() for line in block.splitlines()))


def html_lines(block: str) -> Md:
    """A block of generator-made raw HTML (already escaped) on one line, its lines stripped
    and joined by a space: the HTML Python-Markdown makes of a list, whose tags it separates
    by newlines, with each newline a space, so that ``mkdocs_hook`` keeps it from
    Python-Markdown (one line) while the search reads the same words (the theme's parser
    reads whitespace between tags as one space; ``one_line`` would glue an item's last word
    to the next item's first)."""
    return Md(" ".join(stripped for line in block.splitlines() if (stripped := line.strip())))


def href(url: str) -> Md:
    """An external http(s) URL made safe to place inside a Markdown link's parentheses."""
    if not re.match(r"^https?://", url):
        raise ValueError(f"refusing to link to non-http URL {url!r}")
    return Md(quote(url, safe=":/?#@!$&'*+,;=%~-._"))


def code(value: object) -> Md:
    """Inline code showing ``value`` literally: a fence longer than any backtick run in it.

    Code spans need no escaping (Markdown shows their text as is and escapes HTML in them);
    escape_md's backslashes would show up verbatim.
    """
    text = " ".join(str(value).split())
    runs = re.findall(r"`+", text)
    fence = "`" * (max(map(len, runs), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return Md(f"{fence}{pad}{text}{pad}{fence}")


def front_matter(description: str = "", aliases: Iterable[str] = ()) -> Md:
    """YAML front matter: the page's meta description and its aliases as search ``tags``.

    Material indexes ``tags`` in a field weighted above titles, so typing any alias finds the
    entity's page first; other engines ignore both keys. Material's templates insert both as
    raw HTML (an attribute, search results), so each value is HTML-escaped, and the YAML is
    written by PyYAML, never by hand.
    """

    def text(value: str) -> str:
        return html.escape(" ".join(value.split()), quote=False).replace('"', "&quot;")

    data: dict[str, Any] = {}
    if description.strip():
        data["description"] = text(description)
    tags = list(dict.fromkeys(text(a) for a in aliases))
    if tags:
        data["tags"] = tags
    if not data:
        return Md("")
    body = yaml.safe_dump(data, allow_unicode=True, width=1_000_000, sort_keys=False)
    return Md(f"---\n{body}---\n\n")


def search_tags(entity: Entity) -> tuple[str, ...]:
    """The words that should find an entity's page first in search (its ``tags``): an
    actor's name, its aliases, an actor's adjectives, where an event or agreement took place,
    and each of these without its accents when it has some.

    An actor's own name is a tag because the theme weighs tags far above titles: as a title
    only, "Gillibrand" listed her six events and the article before her page, and "Trump"
    listed the United States (tag "Trump administration") first. The accent-free forms let a
    reader type "Rossello" for "Rosselló" (the theme's search matches accents exactly; the
    split index of a large briefing drops them itself). The place is a tag, not only text,
    because a large briefing's search index keeps just titles and tags; only its first part
    is ("Ashgabat" of "Ashgabat, Turkmenistan"), since the rest is usually a country with a
    page of its own that its name should find first.
    """
    place = (entity.place or "").split(",")[0].strip()
    name = (entity.name,) if entity.kind == "actors" else ()
    tags = (*name, *entity.aliases, *entity.adjectives, *((place,) if place else ()))
    return tuple(dict.fromkeys((*tags, *(unaccented(tag) for tag in tags))))


def unaccented(text: str) -> str:
    """``text`` without its accents ("Rosselló" -> "Rossello"), as a reader types it."""
    return "".join(
        c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
    ).translate(_UNACCENTED)


_UNACCENTED = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D"})
"""Letters NFKD does not split into a base letter and an accent."""


def type_label(type_: str) -> str:
    """'person' -> 'Person', 'media' -> 'News outlet'; other types by their one name
    ('letter-of-intent' -> 'Letter of intent')."""
    return TYPE_LABELS[type_][0] if type_ in TYPE_LABELS else type_name(type_)


def paragraphs_label(first: int, last: int) -> str:
    """What a screen reader says for a ¶ link."""
    if first == last:
        return f"Paragraph {first}"
    return f"Paragraphs {first} {'and' if last == first + 1 else 'to'} {last}"


def relative_href(page: str, key: str) -> str:
    """Link target from one Markdown page to another, as MkDocs resolves it."""
    return quote(relative_path(page_path(key), posixpath.dirname(page) or "."))


def relative_path(path: str, start: str) -> str:
    """``posixpath.relpath(path, start)`` for two paths inside the docs folder, by their
    parts alone: ``relpath`` makes both absolute first (a ``getcwd`` call and a join each),
    12 µs a link, 4,400 links rendered after one edit at 1,000 articles. Any other pair (an
    absolute path, a part "..") is ``relpath``'s, as before."""
    parts = [part for part in posixpath.normpath(path).split("/") if part != "."]
    folder = [part for part in posixpath.normpath(start).split("/") if part != "."]
    if not path or path[:1] == "/" or start[:1] == "/" or ".." in parts or ".." in folder:
        return posixpath.relpath(path, start)
    shared = 0
    for mine, theirs in zip(parts, folder, strict=False):
        if mine != theirs:
            break
        shared += 1
    return "/".join([".."] * (len(folder) - shared) + parts[shared:]) or "."


def site_href(page: str, key: str) -> str:
    """The address of ``key``'s page from ``page`` in the built site (directory URLs, as in
    ``data/entities.json``), for generator-made HTML, whose links MkDocs does not rewrite."""
    folder = page.removesuffix(".md").removesuffix("index").strip("/")
    depth = folder.count("/") + 1 if folder else 0
    return quote("../" * depth + url_for(key))


def mkdocs_href(page: str, key: str, anchor: str = "") -> str:
    """The address MkDocs writes into ``page``'s HTML for ``link_md(page, key, …, anchor)``:
    the target's directory URL relative to the page's (``mkdocs.utils.get_relative_url``),
    ``../keir-starmer/`` between two actors where ``site_href`` climbs to the site's root.
    For raw HTML that must be the very HTML MkDocs made of a Markdown list (issue 10)."""
    folder = page.removesuffix(".md").removesuffix("index").strip("/")
    return quote(relative_path(url_for(key), folder or ".") + "/") + anchor


def mkdocs_link_html(page: str, key: str, text: str, anchor: str = "") -> Md:
    """``link_md(page, key, text, anchor)`` as MkDocs renders it (``mkdocs_href``), for raw
    HTML; the generator made ``key``'s page, so it exists."""
    target = escape_attr(mkdocs_href(page, key, anchor))
    return Md(f'<a href="{target}">{escape_html(text)}</a>')


Wrap = Callable[[str], str]


def _pieces(
    text: str, spans: Iterable[tuple[int, int, Wrap]]
) -> Iterator[tuple[str, str, Wrap | None]]:
    """(text before, span's text, its wrap) for each non-overlapping span in order (the first
    of overlapping ones wins, the longer at one start), then (the rest, "", None)."""
    pos = 0
    for start, end, wrap in sorted(spans, key=lambda s: (s[0], -s[1])):
        if start < pos:
            continue
        yield text[pos:start], text[start:end], wrap
        pos = end
    yield text[pos:], "", None


def mark_up(text: str, spans: Iterable[tuple[int, int, Wrap]]) -> Md:
    """Escape ``text`` with non-overlapping spans wrapped by their markup function. Text after
    a span that wrote something is mid-line: no block marker can start there."""
    out: list[str] = []
    written = False
    for before, inside, wrap in _pieces(text, spans):
        out.append(escape_md(before, strip=False, mid_line=written))
        if wrap is not None:
            out.append(wrap(escape_md(inside)))
            written = written or bool(out[-1].strip() or out[-2].strip())
    return Md("".join(out).strip())


def mark_up_html(text: str, spans: Iterable[tuple[int, int, Wrap]]) -> Md:
    """``mark_up`` for raw HTML: the text between spans escaped for HTML (``escape_html``'s
    collapsed spaces, kept at the ends of a piece), each span's own text stripped, as Markdown
    keeps emphasis tight."""
    out: list[str] = []
    for before, inside, wrap in _pieces(text, spans):
        out.append(html.escape(re.sub(r"\s+", " ", before), quote=False))
        if wrap is not None:
            out.append(wrap(escape_html(inside)))
    return Md("".join(out).strip())


def link_md(page: str, key: str, text: str, anchor: str = "") -> Md:
    """A Markdown link from ``page`` to the page of ``key``."""
    return Md(f"[{escape_md(text)}]({relative_href(page, key)}{anchor})")
