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
  whole page (parsing every page's HTML was 15% of the engine's time on our pages); and the
  theme's search plugin is switched off, the hook indexing each page and writing the index
  in its place (the plugin scanned every page's HTML for its ``data-search-*`` attributes);
- the generator's raw HTML blocks that hold no Markdown (an actor's graph, the graph
  page's panel, the timeline's filters: 96% of the tags of all pages at 1,000 articles; an
  entity's infobox and note, most of the tags of the 4,000 event pages) are
  taken out of the Markdown before conversion, an HTML comment standing in each one's place,
  and put back into the HTML after: Python-Markdown's raw HTML preprocessor and MkDocs' own
  anchor scan parse each tag of the page in Python, and these blocks pass through them unchanged
  (an article's paragraphs too: their ids, which that scan no longer sees, are given to
  MkDocs' anchor check by the hook);
- the headings below an entity's or article's title, which the generator writes as HTML
  with the ids and permalinks the ``toc`` extension gave a Markdown heading
  (``generator.render.headings``; perf78), are stashed with them and read back here into the
  page's contents (``html_headings``; perf76).

MkDocs loads this file by its path (mkdocs.yml ``hooks``), so it imports nothing of ours.
"""

from __future__ import annotations

import re
import zlib
from html import escape, unescape
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as etree

from markdown.extensions.toc import (  # type: ignore[import-untyped]
    TocExtension,
    TocTreeprocessor,
    nest_toc_tokens,
    strip_tags,
)
from material.plugins.search.plugin import (  # type: ignore[import-untyped]
    Element,
    Parser,
    Section,
    void,
)
from mkdocs.plugins import event_priority
from mkdocs.structure.toc import get_toc

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
STASHED = "briefing_stashed_blocks"
"""The page attribute holding its raw HTML blocks between its Markdown and its HTML."""
STASHED_ANCHORS = "briefing_stashed_anchors"
"""The page attribute holding the ids in those blocks, for MkDocs' anchor check."""
STASH_MARK = "<!-- briefing-block "
STASHABLE = re.compile(
    r'<(figure) class="graph"[ >]|<(div) class="graph-panel"[ >]'
    r'|<(form) class="timeline-filters"[ >]'
    r'|<(aside) aria-label="At a glance" class="infobox[ "]'
    r'|<(div) data-search-exclude="data-search-exclude"><div class="admonition '
    r"|<(blockquote)><p data-search-exclude>"
    r"|<(ul)(?: data-search-exclude)?> <li[ >]"
    r"|<(table)> <thead> <tr> <th>"
    r'|<(p) id="p[0-9]+"><a aria-label="Paragraph '
    r"|<(p)[ >]"
    r"|<(h[2-6])[ >]"
)
"""The generator's blocks of raw HTML without Markdown (``draw.figure``,
``overview.graph_panel``, ``overview.timeline_filters``, an entity's infobox and its
"proposed" or "found" note: ``templates/_infobox.md.j2``; an article's evidence quotes:
``render.quotes_html``; an event's or agreement's record: ``templates/_record.md.j2``; a
list of statements: ``templates/_statements.md.j2``, or any other list the generator writes
as HTML, such as an actor's; an actor's timeline table: ``templates/actor.md.j2``; an
article's paragraph: ``render.paragraph_html``; any other paragraph the generator writes as
HTML, such as an evidence group's date and outlet: ``templates/_evidence.md.j2``; a heading
below the title, with its id and permalink: ``generator.render.headings``), each made as one line.
The editors' review pages are HTML of the generator's own since perf70: the hook never sees
them."""
STASHABLE_LINE = re.compile("^(?:" + STASHABLE.pattern + ")", re.MULTILINE)
ANCHOR = re.compile(r"""\sid\s*=|<a\s[^>]*\bname\s*=""", re.IGNORECASE)
"""What MkDocs collects from raw HTML as anchors a link may point to."""
MARKDOWN_ATTR = re.compile(r"<[^>]*\smarkdown\b", re.IGNORECASE)
MAYBE = (re.compile(r"id\s*="), re.compile(r"name\s*="), re.compile("markdown"))
"""Looked for in the lower-cased block before ``ANCHOR`` and ``MARKDOWN_ATTR``: a third of
their time on the graphs, as each starts with a literal."""


def maybe_anchor_or_markdown(line: str) -> bool:
    """Whether ``line`` may hold an anchor or a ``markdown`` attribute (cheap, may say yes)."""
    lowered = line.lower()
    return any(pattern.search(lowered) for pattern in MAYBE)


PLAIN_ID = re.compile(r'\sid="([^"]*)"')
"""An id as the generator writes one in a tag: double-quoted, lower case."""


def block_anchors(line: str) -> list[str] | None:
    """The anchors MkDocs' raw HTML scan collects from a one-line block (the ``id`` of any
    tag, the ``name`` of an ``<a>``), if each is written ``id="…"``; None if a tag holds one
    in another form (kept for MkDocs to read). Text holds no ``<``: the tags are real ones."""
    found: list[str] = []
    for tag in TAG.findall(line):
        anchors = len(ANCHOR.findall(tag))
        if anchors:
            ids = PLAIN_ID.findall(tag)
            if len(ids) != anchors:
                return None
            found += (unescape(value) for value in ids)
    return found


OPENED: dict[str, re.Pattern[str]] = {}
"""A stashable tag's opening pattern, made once per tag: ``re.compile`` of a
pattern made per line went through the module's cache each time (perf80: 3.4 s of 190 s of
an event-heavy profile in ``stash_blocks``)."""


def opened(tag: str) -> re.Pattern[str]:
    """The pattern of ``tag``'s opening tags."""
    pattern = OPENED.get(tag)
    if pattern is None:
        pattern = OPENED[tag] = re.compile(f"<{tag}[\\s>]")
    return pattern


def stash_blocks(markdown: str, anchors: list[str] | None = None) -> tuple[str, list[str]]:
    """``markdown`` with each whole-line stashable block that stands alone (blank lines
    around it) replaced by a comment, and the blocks in order. Python-Markdown stashes the
    comment as it would have stashed the block, so everything else converts the same; a block
    with an anchor written otherwise than ``block_anchors`` reads (MkDocs checks links
    against them), a ``markdown`` attribute, or tags not closed on its line stays, as does
    every block of a page that holds the mark already. The stashed blocks' anchors, read
    line by line here, are added to ``anchors`` (perf78: read again from the joined blocks,
    every heading's id now among them, the scan went over the whole body)."""
    if STASH_MARK in markdown or not STASHABLE_LINE.search(markdown):
        return markdown, []
    lines = markdown.split("\n")
    blocks: list[str] = []
    found: list[str] = []
    for n, line in enumerate(lines):
        match = STASHABLE.match(line)
        if (
            match is None
            or (n and lines[n - 1].strip())
            or (n + 1 < len(lines) and lines[n + 1].strip())
        ):
            continue
        line_anchors: list[str] | None = []
        if maybe_anchor_or_markdown(line):
            if MARKDOWN_ATTR.search(line):
                continue
            line_anchors = block_anchors(line)
            if line_anchors is None:
                continue
        tag = match.group(match.lastindex or 0)  # the one alternative's group that matched
        closing = f"</{tag}>"
        if not line.endswith(closing) or len(opened(tag).findall(line)) != line.count(closing):
            continue
        lines[n] = f"{STASH_MARK}{len(blocks)} -->"
        blocks.append(line)
        found += line_anchors or ()
    if anchors is not None and blocks:
        anchors += found
    return ("\n".join(lines), blocks) if blocks else (markdown, [])


MARK = re.compile(re.escape(STASH_MARK) + r"([0-9]+) -->")
RUN = re.compile(f"{MARK.pattern}(?:\n\n{MARK.pattern})+")
"""Marks of ``stash_blocks`` one blank line apart, with nothing between them."""
RUN_OR_MARK = re.compile(f"{RUN.pattern}|{MARK.pattern}")


def joined_runs(markdown: str, blocks: list[str]) -> tuple[str, list[str]]:
    """``stash_blocks``' result with each run of marks one blank line apart made one mark,
    its blocks one block joined by that blank line: Python-Markdown writes two raw HTML
    blocks one blank line apart, so the HTML is the same, and each mark it no longer reads
    was a paragraph through its block parser and a stashed comment (perf72: an event page's
    infobox, note, record and the paragraphs written as HTML between its headings)."""
    if len(blocks) < 2 or "-->\n\n" + STASH_MARK not in markdown:
        return markdown, blocks
    joined: list[str] = []

    def one(match: re.Match[str]) -> str:
        numbers = [int(n) for n in MARK.findall(match.group(0))]
        joined.append("\n\n".join(blocks[n] for n in numbers))
        return f"{STASH_MARK}{len(joined) - 1} -->"

    markdown = RUN_OR_MARK.sub(one, markdown)  # in order: the marks renumbered as they go
    return markdown, joined


def unstash_blocks(html: str, blocks: list[str]) -> str:
    """``html`` with each comment of ``stash_blocks`` replaced by its block, in one pass: a
    large page holds a thousand blocks (the review pages did, until perf70 wrote them as HTML),
    and a search of the whole page for each was quadratic (perf68)."""
    seen: list[int] = []

    def block(match: re.Match[str]) -> str:
        seen.append(int(match.group(1)))
        return blocks[seen[-1]] if seen[-1] < len(blocks) else match.group(0)

    html = MARK.sub(block, html)
    if sorted(seen) != list(range(len(blocks))):
        n = next((n for n in range(len(blocks)) if seen.count(n) != 1), max(seen, default=0))
        raise RuntimeError(f"mkdocs_hook: {STASH_MARK}{n} --> not once in the page's HTML")
    return html


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    """Take the generator's raw HTML blocks out of the Markdown (``stash_blocks``), a run
    of them one blank line apart as one (``joined_runs``), and keep their anchors."""
    anchors: list[str] = []
    markdown, blocks = joined_runs(*stash_blocks(markdown, anchors))
    if blocks:
        setattr(page, STASHED, blocks)
        setattr(page, STASHED_ANCHORS, anchors)
    return markdown


HTML_HEADING = re.compile(
    r'<h([2-6]) id="([^"]*)">(.*?)<a class="headerlink" href="#\2" title="Permanent link">'
    r"&para;</a></h\1>(\n\n)?"
)
"""A heading the generator writes as HTML, on one line, with its id and permalink
(``generator.render.headings``; ``STASHABLE``), with the blank line after it when it was joined to
the next block (``joined_runs``)."""
TOC_OPTIONS = {"permalink": True}
"""The ``toc`` options the generator's headings are written for (``title`` only names the
theme's contents)."""


def html_headings(blocks: list[str], page: Any, options: dict[str, Any] | None) -> list[str]:
    """``blocks`` with each heading the generator wrote as HTML (its id and permalink those
    the ``toc`` extension gives a Markdown heading) followed by one newline, as
    Python-Markdown ends a heading, not a raw block's two; and the page's contents
    (``page.toc``) given their entries, nested under the title. Python-Markdown
    read each Markdown heading of an event or actor page with its inline patterns, MkDocs
    rewrote its link, and the toc extension serialised it again (issue 10): a heading written
    as HTML is stashed with the blocks around it. Only a page whose Markdown headings are its
    title alone (before all of these) may hold such headings."""
    options = {key: value for key, value in (options or {}).items() if key != "title"}
    if options != TOC_OPTIONS:
        raise RuntimeError(
            f"mkdocs_hook: headings written as HTML for the toc options {TOC_OPTIONS},"
            f" not {options}"
        )
    title = [*toc_entries(page.toc or [])]
    if len(title) > 1 or any(token["level"] != 1 for token in title):
        raise RuntimeError("mkdocs_hook: headings written as HTML after Markdown headings")
    tokens: list[dict[str, Any]] = []

    def heading(match: re.Match[str]) -> str:
        level, id_, inner, blank = match.groups()
        tokens.append({"level": int(level), "id": id_, "name": strip_tags(inner), "children": []})
        # Python-Markdown ends a heading with one newline, a raw block with two
        return match.group(0)[:-1] if blank else match.group(0)

    blocks = [HTML_HEADING.sub(heading, block) if "<h" in block else block for block in blocks]
    ids = {token["id"] for token in tokens}
    if len(ids) < len(tokens) or ids & {token["id"] for token in title}:
        raise RuntimeError("mkdocs_hook: a heading's id repeated on the page")
    if tokens:
        page.toc = get_toc(nest_toc_tokens(title + tokens))
    return blocks


def toc_entries(toc: Any) -> Any:
    """A page's contents (MkDocs' ``AnchorLink``s) as the toc extension's flat tokens."""
    for item in toc:
        yield {"level": item.level, "id": item.id, "name": item.title, "children": []}
        yield from toc_entries(item.children)


def plain(text: str) -> str:
    """A search entry's text as ``search_index.snippet`` reads it: no tags, single spaces."""
    return " ".join(TAG.sub(" ", text).split())


def on_page_content(html: str, page: Any, config: Any, files: Any) -> str:
    """Put the stashed blocks back, drop the Markdown, and keep the HTML compressed until the
    page is written."""
    blocks = getattr(page, STASHED, None)
    if blocks is not None:
        # what MkDocs' raw HTML scan would have found in them, for its anchor check
        anchors = set(getattr(page, STASHED_ANCHORS, ()))
        if any("<h" in block and HTML_HEADING.search(block) for block in blocks):
            blocks = html_headings(blocks, page, config.mdx_configs.get("toc"))
        html = unstash_blocks(html, blocks)
        delattr(page, STASHED)
        delattr(page, STASHED_ANCHORS)
        if anchors:
            page.present_anchor_ids = (page.present_anchor_ids or set()) | anchors
    page.markdown = ""  # not None: MkDocs reads None as "never read", and loses the title
    setattr(page, PACKED, zlib.compress(html.encode(), 1))
    return ""


def split_search(config: Any) -> Any:
    """The theme's search plugin of a site with the split search (``extra.search_worker``,
    set by publish), once it has made its index; else None."""
    if not config.extra.get("search_worker"):
        return None
    search = config.plugins.get("material/search")
    return search if search is not None and hasattr(search, "search_index") else None


@event_priority(-100)  # after the theme's search plugin has read its options
def on_config(config: Any) -> Any:
    """With the split search, switch the theme's search plugin off once it has made its
    (empty) index with the site's options: this hook fills the index instead, parsing only
    what the split index reads of each page (``index_first_section_only``), and writes it
    (``on_post_build``); the search box is ours (``partials/header.html``). The plugin read
    each page whole and ran its attribute removal over every page's HTML. The ``toc``
    extension is made lean (``LeanTocExtension``)."""
    search = split_search(config)
    if search is not None:
        search.config.enabled = False
    extensions = config.markdown_extensions
    if "toc" in extensions:  # its options stay in mdx_configs, where the theme reads them
        extensions[extensions.index("toc")] = lean_toc(config.mdx_configs.get("toc") or {})
    return config


@event_priority(100)  # before the theme's search reads the HTML
def on_page_context(context: dict, page: Any, config: Any, nav: Any) -> dict:
    """Give the page its HTML back for the theme's templates and, with the split search,
    index it as the theme's search plugin would."""
    page.content = zlib.decompress(getattr(page, PACKED)).decode()
    delattr(page, PACKED)
    search = split_search(config)
    if search is not None:
        index_first_section_only(search.search_index)
        if not search.config.enabled:  # switched off by on_config: indexed here
            search.search_index.add_entry_from_context(page)
            page.content = without_search_attributes(page.content)
    return context


SEARCH_ATTRIBUTE = re.compile(r'data-search-\w+="[^"]+"')
r"""The ``data-search-*`` attributes the theme's search plugin removes from every page once
indexed (they only steer the index), with a space before each: its pattern is
``\s?data-search-\w+="[^"]+"``, which the regular expression engine tries at every
character of the page, as it starts with an optional space; this one starts with a literal."""


def without_search_attributes(html: str) -> str:
    """``html`` without the attributes the theme's plugin removes, and the one space before
    each (``SEARCH_ATTRIBUTE``): what its pattern leaves, at a tenth of its time. A page
    without any is not scanned."""
    if "data-search-" not in html:
        return html
    out, done = [], 0
    for match in SEARCH_ATTRIBUTE.finditer(html):
        start = match.start()
        if start > done and html[start - 1].isspace():
            start -= 1  # a match ends in '"': the space before the next is never in it
        out.append(html[done:start])
        done = match.end()
    out.append(html[done:])
    return "".join(out)


def on_post_build(config: Any) -> None:
    """With the split search, write the theme's index as its plugin would: ``publish``
    makes the split index of it."""
    search = split_search(config)
    if search is None or search.config.enabled:
        return
    data = search.search_index.generate_search_index(search.search_index_prev)
    path = Path(config.site_dir) / "search" / "search_index.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8"))
    if search.is_dirty:
        search.search_index_prev = search.search_index


def first_section(html: str) -> str:
    """The start of ``html`` that holds all of the theme's search entry for the page itself
    (its first section), cut where the theme's own parser would start the next section at
    the top level (a heading with an id, outside any element): no text after that reaches
    the first section, so the entry parsed from the start equals the one parsed from all."""
    return html[: parse_first_section(html)[1]]


def parse_first_section(html: str, enough: int | None = None) -> tuple[Any, int]:
    """The theme's parser fed ``html`` up to where ``first_section`` cuts it, and that
    length. With ``enough``, it stops sooner, at the start of a tag, once the page's own
    section (the parser's first, the only one without an id: a later section of the page
    itself can only be it again, as a nested heading's section closes) holds more than
    ``enough`` characters of plain text: what follows only adds to its end. HTML of the
    generator's plain shape is read by ``parse_simple``, the rest by the parser itself."""
    ends = [(m.start(), True) for m in HEADING.finditer(html)]
    if enough is not None:
        steps, at = [], html.find("<", STEP)
        while at > 0:
            steps.append((at, False))
            at = html.find("<", at + STEP)
        ends = sorted({*ends, *steps})
    return parse_simple(html, ends, enough) or parse_fed(html, ends, enough)


def parse_fed(html: str, ends: list[tuple[int, bool]], enough: int | None) -> tuple[Any, int]:
    """``parse_first_section`` by the theme's parser, fed up to each of ``ends`` in turn."""
    parser = Parser()
    fed = 0
    for start, heading in ends:
        if start <= fed:
            continue
        parser.feed(html[fed:start])
        fed = start
        # ``rawdata``: what the parser holds unparsed, such as a comment still open
        # ("<!-- <h2 id=...> -->", review12): no heading starts there
        if not parser.data or parser.rawdata:
            continue
        if stops_at(parser, html, start, heading, enough):
            return parser, start
    parser.feed(html[fed:])
    return parser, len(html)


def stops_at(parser: Any, html: str, start: int, heading: bool, enough: int | None) -> bool:
    """Whether the first section's parse ends at ``start``, one of its ``ends``."""
    if heading and not parser.context and HAS_ID.match(html, start):
        return True
    return enough is not None and len(plain("".join(parser.data[0].text))) > enough


SIMPLE_TOKEN = re.compile(
    r"<([a-zA-Z][a-zA-Z0-9]*)((?:[ \t\n\r\f]+[a-zA-Z][-a-zA-Z0-9_:.]*(?:=\"[^\"]*\")?)*)"
    r"[ \t\n\r\f]*(/?)>"
    r"|</([a-zA-Z][a-zA-Z0-9]*)\s*>"
    r"|[^<]+"
)
"""A start tag whose attributes are double-quoted or bare, an end tag, or text: the HTML the
generator and Python-Markdown write. Anything else (a comment, a declaration, a ``<`` in
text, other white space in a tag, where ``HTMLParser``'s tag names end otherwise) sends the
page to the parser itself."""
SIMPLE_ATTRIBUTE = re.compile(r'[ \t\n\r\f]+([a-zA-Z][-a-zA-Z0-9_:.]*)(?:="([^"]*)")?')
HELD_TEXT = re.compile(r"&[^\s;]*\Z")
"""Text ending in what may be the start of a character reference: the parser holds it back
at the end of what it was fed, so a cut there would not be taken (``parse_fed``)."""
RAW_TEXT = frozenset(
    (*Parser.CDATA_CONTENT_ELEMENTS, *getattr(Parser, "RCDATA_CONTENT_ELEMENTS", ()))
)
"""Elements whose content the parser reads as text, not tags."""


def attribute(match: re.Match[str]) -> tuple[str, str | None]:
    """A ``SIMPLE_ATTRIBUTE`` as ``HTMLParser`` gives it: no value is None."""
    name, value = match.groups()
    return name.lower(), unescape(value) if value else value


def parse_simple(
    html: str, ends: list[tuple[int, bool]], enough: int | None
) -> tuple[Any, int] | None:
    """``parse_fed``'s result with the theme's parser's own handlers given each tag and text
    as ``HTMLParser`` gives them (names lower-cased, attribute values unquoted and unescaped,
    text unescaped, ``<x/>`` a start and an end), read by ``SIMPLE_TOKEN``; None where the
    HTML is not of that shape. ``HTMLParser``'s reading of each tag in Python was most of
    the search's time on our pages (perf82); the handlers are ``LeanParser``'s, the theme's over
    tag names (perf84)."""
    parser = LeanParser()
    stops = iter(ends)
    stop = next(stops, None)
    size = len(html)
    at, due = 0, size if stop is None else stop[0]  # the next stop's place
    for token in SIMPLE_TOKEN.finditer(html):  # one token after another, or a gap: not simple
        if token.start() != at:
            return None
        if at >= due:
            while stop is not None and stop[0] <= at:
                if stop[0] == at and parser.data and stops_at(parser, html, at, stop[1], enough):
                    return parser, at
                stop = next(stops, None)
            due = size if stop is None else stop[0]
        kind = token.lastindex  # 3: a start tag (its "/" group always takes part), 4: an end
        if kind == 3:
            tag = token.group(1).lower()
            if tag in RAW_TEXT:
                return None
            attributes = token.group(2)
            attrs = (
                [attribute(match) for match in SIMPLE_ATTRIBUTE.finditer(attributes)]
                if attributes
                else []
            )
            parser.handle_starttag(tag, attrs)
            if token.group(3):
                parser.handle_endtag(tag)
        elif kind == 4:
            parser.handle_endtag(token.group(4).lower())
        else:
            text = token.group(0)
            if "&" in text:
                if HELD_TEXT.search(text):
                    return None
                text = unescape(text)
            parser.handle_data(text)
        at = token.end()
    if at != size:
        return None
    return parser, size


HEADINGS = frozenset(f"h{level}" for level in range(1, 7))
UNSKIPPED = frozenset(("script", "style", "object"))
"""The tags the theme's parser skips and never stops skipping once one is open."""


class LeanParser:
    """The theme's search ``Parser``'s three handlers, line for line, over tag names: its
    ``Element`` compares and hashes by tag name alone, so its context and skip set are
    sets and lists of names here (an ``Element`` made only for a section's heading). Its
    ``Element.__eq__``/``__hash__`` calls in the skip set's ``intersection`` and the
    ``Element`` made per tag were half of the split search's time on our pages (perf84).
    Fed only by ``parse_simple``: it holds nothing unparsed, so ``close`` has nothing to do."""

    def __init__(self) -> None:
        self.skip = {"object", "script", "style"}
        self.keep = frozenset(("p", "code", "pre", "li", "ol", "ul", "sub", "sup"))
        self.context: list[str] = []
        self.permalinks: list[bool] = []
        """Per element of ``context``: an ``<a class="headerlink">``."""
        self.section: Any = None
        self.data: list[Any] = []

    def close(self) -> None:
        """Nothing held back to parse (``HTMLParser.close`` parses the rest)."""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """A start tag, as ``Parser.handle_starttag``."""
        if tag in void:
            return
        attributes = dict(attrs)
        context = self.context
        context.append(tag)
        self.permalinks.append(tag == "a" and attributes.get("class") == "headerlink")
        if tag in HEADINGS and "id" in attributes:
            depth = len(context)
            if tag != "h1" and not self.data:
                self.section = Section(Element("hx"), depth)
                self.data.append(self.section)
            self.section = Section(Element(tag, attributes), depth)
            if self.data:
                self.section.id = attributes["id"]
            self.data.append(self.section)
        if not self.section:
            self.section = Section(Element("hx"))
            self.data.append(self.section)
        if "data-search-exclude" in attributes or attributes.get("class") == "linenodiv":
            self.skip.add(tag)
            return
        if tag in self.keep and self.skip.isdisjoint(context):
            section = self.section
            data = section.title if section.el.tag in context else section.text
            data.append(f"<{tag}>")

    def handle_endtag(self, tag: str) -> None:
        """An end tag, as ``Parser.handle_endtag``."""
        context = self.context
        if not context or context[-1] != tag:
            return
        if self.section.depth > len(context):
            for section in reversed(self.data):
                if section.depth <= len(context):
                    self.section.depth = float("inf")
                    self.section = section
                    break
        context.pop()
        self.permalinks.pop()
        if tag in self.skip:
            if tag not in UNSKIPPED:
                self.skip.remove(tag)
            return
        if tag in self.keep and self.skip.isdisjoint(context):
            section = self.section
            data = section.title if section.el.tag in context else section.text
            index = data.index(f"<{tag}>")
            for i in range(index + 1, len(data)):
                if not data[i].isspace():
                    index = len(data)
                    break
            if len(data) > index:
                del data[index:]
            else:
                data.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        """Text, as ``Parser.handle_data``."""
        context = self.context
        if not self.skip.isdisjoint(context):
            return
        if "pre" not in context:
            data = data.replace("\n", " ") if not data.isspace() else " "
        if not self.section:
            self.section = Section(Element("hx"))
            self.data.append(self.section)
        section = self.section
        if section.el.tag in context:
            if not any(self.permalinks):
                section.title.append(escape(data, quote=False))
        elif data.isspace():
            text = section.text
            if not text or not text[-1].isspace() or "pre" in context:
                text.append(data)
        else:
            section.text.append(escape(data, quote=False))


STEP = 2000
"""Where ``parse_first_section`` may stop early: a tag's start every 2,000 characters or so
(checking the text costs a join of it)."""


EXCLUDED_BLOCK = re.compile(
    r'<aside aria-label="At a glance" class="infobox[^"]*" data-search-exclude="data-search-'
    r'exclude">.*?</aside>|<div data-search-exclude="data-search-exclude"><div class="admonition'
    r' [^"]*">.*?</div></div>',
    re.DOTALL,
)
"""The generator's one-line blocks the search leaves out (``STASHABLE``'s infobox and note):
their tags hold no heading, nothing nested of their own kind, and ``data-search-exclude`` on
the outer tag, so the theme's parser skips them whole; cut out first, it does not read them
(most of an event page's first section)."""


def without_excluded_blocks(html: str) -> str:
    """``html`` without ``EXCLUDED_BLOCK``s: the same search entries, read faster."""
    if 'data-search-exclude="data-search-exclude">' not in html:
        return html
    return EXCLUDED_BLOCK.sub("", html)


def index_first_section_only(search_index: Any) -> None:
    """Make the theme's index read of each page only the start of its first section
    (idempotent): the split search keeps no other entry (``trim_entries``), nor more than
    ``KEEP_TEXT`` characters of its text; nor the blocks it leaves out. The page is parsed
    once, by ``parse_first_section``, whose parser's sections the theme's index turns into
    entries as its own ``add_entry_from_context`` does."""
    add = getattr(search_index, "add_entry_from_context", None)
    if add is None or getattr(add, WRAPPED, False):
        return

    def add_first_section(page: Any) -> None:
        search = page.meta.get("search") or {}
        if search.get("exclude"):
            return
        html = without_excluded_blocks(page.content)
        parser, _ = parse_first_section(html, KEEP_TEXT + ENOUGH_MARGIN)
        parser.close()
        for section in parser.data:
            if not section.is_excluded():
                search_index.create_entry_for_section(section, page.toc, page.url, page)

    setattr(add_first_section, WRAPPED, True)
    search_index.add_entry_from_context = add_first_section


ENOUGH_MARGIN = 200
"""Plain characters read past ``KEEP_TEXT``: a prefix of a section's text may end in a tag
the parser would drop once closed empty, so the kept text is read with room to spare."""


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


class LeanTocTreeprocessor(TocTreeprocessor):
    """``toc``'s tree processor without the table of contents ``<div>``, on a page without
    its marker: the extension builds the ``<div>``, serialises it and runs every
    postprocessor over it for ``md.toc``, which MkDocs never reads (it builds ``page.toc``
    from ``md.toc_tokens``). Ids, permalinks and ``toc_tokens`` are the extension's own."""

    def build_toc_div(self, toc_list: list) -> Any:
        if self.lean:
            return etree.Element("div")
        return super().build_toc_div(toc_list)

    def run(self, doc: Any) -> None:
        marker = self.marker
        self.lean = not marker or not any(marker in line for line in self.md.lines)
        super().run(doc)


class LeanTocExtension(TocExtension):
    """The ``toc`` extension with ``LeanTocTreeprocessor``."""

    TreeProcessorClass = LeanTocTreeprocessor


def lean_toc(options: dict[str, Any]) -> Any:
    """The ``toc`` extension configured with ``options`` (mkdocs.yml's), lean."""
    return LeanTocExtension(**options)
