"""Pages a reader would call broken, counted by kind, in a built site (``bench_robust.py``).

Usage: .venv/bin/python benchmarks/site_check.py SITE   (prints the counts and examples)

MkDocs' ``--strict`` checks the Markdown links of a page, but most of our pages are HTML the
generator writes (infobox, graph, lists), which MkDocs passes through unchecked, and nothing
checks that a page reads right. Per page of the built site (its kind is the first folder):

- ``empty title``: an ``<h1>`` with no text;
- ``long title``: an entity's name over ``LONG`` characters (a clause or a run of names);
- ``address title``: a title that is a web address;
- ``sentence title``: an actor's name with a sentence's shape (``SENTENCE``: a clause verb
  such as "said", a full stop after a word that is not an initial, or more than ``WORDS``
  words);
- ``raw markdown``: Markdown syntax left as text in the rendered page (``**x``, ``](``,
  a leading ``#`` or ``|`` line, escaped HTML tags shown as text);
- ``broken table``: a table whose rows have different numbers of cells;
- ``broken link`` / ``broken anchor``: a relative ``href`` to no file of the site, or to a
  ``#fragment`` no element of its target page has.
"""

from __future__ import annotations

import html
import re
import sys
from collections import defaultdict
from functools import cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

ENTITIES = ("actors", "events", "agreements")
LONG = 120
"""A page name longer than this is a run of names or a clause; an article's headline is the
outlet's and may be long."""
WORDS = 12
SENTENCE = re.compile(r"\b(?:said|says|told|is|are|was|were|has|have|had|will)\b|[a-z]{3}\. [A-Z]")
H1 = re.compile(r"<h1\b[^>]*>(.*?)</h1>", re.S)
PERMALINK = re.compile(r'<a class="headerlink".*?</a>', re.S)
HREF = re.compile(r"""\shref="([^"]*)\"""")
ID = re.compile(r"""\sid="([^"]*)\"""")
TAG = re.compile(r"<[^>]+>")
SKIP = re.compile(r"<(script|style|svg|code|pre|textarea)\b.*?</\1>", re.S)
MAIN = re.compile(r'<article class="md-content__inner[^"]*">(.*?)</article>', re.S)
RAW = re.compile(
    r"\*\*\w|\w\*\*(?!\*)|\]\(|^\s*#{1,6} \w|^\s*\|.*\|\s*$|<(?:p|a|div|span|ul|li)\b", re.M
)
TABLE = re.compile(r"<table\b.*?</table>", re.S)
ROW = re.compile(r"<tr\b.*?</tr>", re.S)
CELL = re.compile(r"<t[dh]\b([^>]*)>")


def text_of(fragment: str) -> str:
    return html.unescape(TAG.sub(" ", SKIP.sub(" ", fragment)))


@cache
def ids_of(page: Path) -> frozenset[str]:
    return frozenset(ID.findall(page.read_text(encoding="utf-8", errors="replace")))


def target(site: Path, page: Path, href: str) -> tuple[Path | None, str]:
    """The file a relative link points at (None: not in the site) and its fragment."""
    parts = urlsplit(href)
    path = unquote(parts.path)
    if not path:
        return page, parts.fragment
    # "/x": from the site's root, as the 404 page links (served at any depth)
    found = (site / path.lstrip("/") if path.startswith("/") else page.parent / path).resolve()
    if found.is_dir():
        found = found / "index.html"
    if not found.is_file() or site.resolve() not in found.parents:
        return None, parts.fragment
    return found, parts.fragment


def width(row: str) -> int:
    total = 0
    for attrs in CELL.findall(row):
        span = re.search(r'colspan="(\d+)"', attrs)
        total += int(span.group(1)) if span else 1
    return total


def check_page(site: Path, page: Path) -> list[str]:
    problems: list[str] = []
    source = page.read_text(encoding="utf-8", errors="replace")
    kind = page.relative_to(site).parts[0] if len(page.relative_to(site).parts) > 1 else "home"
    heading = H1.search(source)
    title = " ".join(text_of(PERMALINK.sub("", heading.group(1))).split()) if heading else ""
    if heading and not title:
        problems.append("empty title")
    if kind in ENTITIES and len(title) > LONG:
        problems.append("long title")
    if re.match(r"(?i)<?https?://", title):
        problems.append("address title")
    if kind == "actors" and title and (SENTENCE.search(title) or len(title.split()) > WORDS):
        problems.append("sentence title")
    main = MAIN.search(source)
    body = main.group(1) if main else source
    if RAW.search(text_of(body)):
        problems.append("raw markdown")
    for table in TABLE.findall(body):
        if len({width(row) for row in ROW.findall(table)}) > 1:
            problems.append("broken table")
            break
    for href in set(HREF.findall(source)):
        href = html.unescape(href)
        if re.match(r"^[a-z][a-z0-9+.-]*:|^//", href, re.I):
            continue
        found, fragment = target(site, page, href)
        if found is None:
            problems.append("broken link")
        elif fragment and found.suffix == ".html" and unquote(fragment) not in ids_of(found):
            problems.append("broken anchor")
    return sorted(set(problems))


def check_site(docs: Path, site: Path) -> dict[tuple[str, str], list[str]]:
    """(kind, problem) -> the pages that have it (site-relative folders), for every page
    of the site except the review pages (HTML of their own, never linked from a reader's)."""
    del docs  # the rendered site is what a reader sees
    found: dict[tuple[str, str], list[str]] = defaultdict(list)
    for page in sorted(site.rglob("*.html")):
        relative = page.relative_to(site)
        if relative.parts[0] in ("review", "assets", "search"):
            continue
        kind = relative.parts[0] if len(relative.parts) > 1 else "home"
        for problem in check_page(site, page):
            found[(kind, problem)].append(relative.parent.as_posix() or relative.name)
    return dict(found)


def main() -> None:
    site = Path(sys.argv[1])
    broken = check_site(site, site)
    print(f"broken pages: {sum(len(v) for v in broken.values())}")
    for (kind, problem), pages in sorted(broken.items()):
        print(f"  {kind:<12} {problem:<16} {len(pages):5}  e.g. {', '.join(pages[:4])}")


if __name__ == "__main__":
    main()
