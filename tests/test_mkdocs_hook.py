"""The MkDocs hook that lets go of each page's text once written (issue 10, memory): its
events on stand-in pages; test_build checks that a site built with it has the same bytes."""

from __future__ import annotations

import json
import re
import zlib
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from conftest import ROOT

from generator import mkdocs_hook as hook
from generator.publish.search_index import SNIPPET, snippet

SPLIT = SimpleNamespace(extra={"search_worker": "assets/javascripts/workers/search-split.js"})


def config(entries: list[dict], extra: dict) -> SimpleNamespace:
    search = SimpleNamespace(
        search_index=SimpleNamespace(entries=entries), config=SimpleNamespace(enabled=True)
    )
    return SimpleNamespace(extra=extra, plugins={"material/search": search})


def page(url: str) -> SimpleNamespace:
    return SimpleNamespace(url=url, markdown="# Title\n\nText.", content=None, toc=["item"])


def test_a_page_keeps_its_html_packed_from_rendering_to_writing_and_nothing_after():
    html = "<h1 id='t'>Title – “quoted”</h1><p>Text.</p>" * 50
    one = page("actors/one/")
    assert hook.on_page_content(html, one, SPLIT, None) == ""
    assert one.markdown == "" and len(getattr(one, hook.PACKED)) < len(html)
    context = {"page": one}
    assert hook.on_page_context(context, one, config([], SPLIT.extra), None) is context
    assert one.content == html and not hasattr(one, hook.PACKED)
    assert hook.on_post_page("<html>…</html>", one, config([], {})) == "<html>…</html>"
    assert one.content is None and one.toc == []


def test_the_theme_search_entries_of_a_split_site_keep_what_the_split_index_reads():
    text = "<p>" + " ".join(f"word{n} &amp; more" for n in range(400)) + "</p>"
    earlier = {"location": "actors/", "title": "Actors", "text": "kept as it is <b>x</b>"}
    entries = [
        earlier,
        {"location": "actors/one/", "title": "One", "text": text, "tags": ["Uno"]},
        {"location": "actors/one/#mentions", "title": "Mentions", "text": text},
    ]
    hook.on_post_page("", page("actors/one/"), config(entries, SPLIT.extra))
    assert entries[0] is earlier and len(entries) == 2
    kept = entries[1]
    assert kept["title"] == "One" and kept["tags"] == ["Uno"]
    assert len(kept["text"]) == hook.KEEP_TEXT and "<" not in kept["text"]
    assert snippet(kept["text"]) == snippet(text)


def test_the_home_page_trims_only_its_own_entries():
    entries = [{"location": "actors/", "title": "A", "text": "a"}]
    entries += [{"location": "", "title": "Home", "text": "h"}, {"location": "#x", "title": "X"}]
    hook.trim_entries(entries, "")
    assert [e["location"] for e in entries] == ["actors/", ""]


def test_a_site_with_the_themes_own_search_keeps_every_entry_whole():
    entries = [
        {"location": "actors/one/", "title": "One", "text": "<p>a</p>"},
        {"location": "actors/one/#s", "title": "S", "text": "<p>b</p>"},
    ]
    before = [dict(e) for e in entries]
    hook.on_post_page("", page("actors/one/"), config(entries, {}))
    assert entries == before


def test_short_texts_and_the_snippet_length_give_the_same_snippet():
    assert hook.KEEP_TEXT > SNIPPET
    for text in ("", "<p>short</p>", "x" * SNIPPET, "y " * SNIPPET, "<b>a</b>" * 300):
        assert snippet(hook.plain(text)[: hook.KEEP_TEXT]) == snippet(text)


def generated_config(tmp_path: Path, worker: str | None = None) -> Path:
    """The configuration file a build in ``tmp_path`` writes (``publish.mkdocs_config``)."""
    from generator.publish import Targets, mkdocs_config

    docs, site = tmp_path / "docs", tmp_path / "site"
    targets = Targets(
        docs, site, ROOT / "mkdocs.yml", tmp_path / "assets", ROOT / "templates/theme", (), ()
    )
    return mkdocs_config(targets, docs, site, "x", tmp_path, None, worker)


def test_the_generated_config_loads_the_hook_by_an_absolute_path(tmp_path):
    """MkDocs resolves a relative hook path against the generated config, in staging."""
    import yaml

    from generator.publish import HOOK

    path = generated_config(tmp_path)
    assert yaml.safe_load(path.read_text())["hooks"] == [str(HOOK)]
    assert HOOK.is_absolute() and Path(hook.__file__).resolve() == HOOK
    assert "generator/mkdocs_hook.py" in (ROOT / "mkdocs.yml").read_text()  # plain mkdocs runs


def own_entry(html: str) -> list[dict]:
    """The theme's search entries for a page's own location (no anchor) parsed from ``html``."""
    from material.plugins.search.plugin import SearchIndex

    index = SearchIndex()
    index.add_entry_from_context(
        SimpleNamespace(content=html, toc=[], url="p/", meta={}, title="Page")
    )
    return [entry for entry in index.entries if "#" not in entry["location"]]


PAGES = [
    '<h1 id="t">T</h1><p>a</p>\n<h2 id="m">M</h2><p>after</p>',
    '<p>preface</p>\n<h1 id="t">T</h1><p>a</p>\n<h2 id="m">M</h2><p>d</p>',
    '<h1 id="t">T</h1><p>a</p><aside markdown><h2 id="x">X</h2><p>in</p></aside>'
    '<p>back in the first section</p>\n<h2 id="m">M</h2><p>d</p>',
    '<h1 id="t">T</h1><p>a</p><h2>no id</h2><p>still first</p><h3 id="s">S</h3><p>e</p>',
    '<h1 id="t">T</h1><div data-search-exclude><h2 id="e">E</h2><p>x</p></div><p>f</p>'
    '<h2 id="m">M</h2>',
    '<h2 id="first">Starts with h2</h2><p>a</p><h2 id="second">Next</h2><p>b</p>',
    '<h1 id="t">T</h1><p>a &amp; b<br>c</p><H2 ID="m">upper</H2><p>d</p>',
    "<p>no heading at all</p>",
    '<h1 id="t">T</h1><p>a</p><!-- <h2 id="c"> --><p>after a comment</p><h2 id="m">M</h2>',
    "",
]


def test_the_first_section_holds_the_whole_entry_of_the_page_itself():
    for html in PAGES:
        cut = hook.first_section(html)
        assert html.startswith(cut)
        assert own_entry(cut) == own_entry(html), html
    assert "after" not in hook.first_section(PAGES[0])
    assert "back in the first section" in hook.first_section(PAGES[2])


LONG = [
    '<h1 id="t">T</h1>' + "".join(f"<p>para {n} &amp; <em>more</em></p>\n" for n in range(900)),
    '<h1 id="t">T</h1>' + "<p>" + "word " * 5000 + '</p><h2 id="m">M</h2><p>after</p>',
    '<p>preface</p><h1 id="t">T</h1>' + "<ul><li>x</li></ul>" * 2000,
    '<h1 id="t">T</h1><aside markdown><h2 id="x">X</h2>'
    + "<p>in</p>" * 700
    + "</aside><p>back</p>" * 3
    + '<h2 id="m">M</h2>',
    '<h1 id="t">T</h1><div data-search-exclude>'
    + "<p>hidden</p>" * 900
    + "</div>"
    + "<p>shown</p>" * 900,
    '<h1 id="t">T</h1><p>' + "&lt;b&gt; " * 3000 + "<p></p>" * 500 + "</p>",
]


def split_entries(html: str, wrapped: bool) -> list[dict]:
    """The page's entries in a split site's theme index, trimmed as ``on_post_page`` trims
    them: read by the hook's wrapper, or by the theme's own reading of the whole page."""
    from material.plugins.search.plugin import SearchIndex

    index = SearchIndex()
    if wrapped:
        hook.index_first_section_only(index)
    one = SimpleNamespace(content=html, toc=[], url="p/", meta={}, title="Page")
    index.add_entry_from_context(one)
    assert one.content == html
    hook.trim_entries(index.entries, "p/")
    return index.entries


def test_a_split_site_search_parses_only_the_start_of_the_first_section():
    # perf63: the page is parsed once, and only until its own entry holds more text than
    # the split index keeps; its entries are the theme's own, trimmed
    for html in PAGES + LONG:
        assert split_entries(html, True) == split_entries(html, False), html[:80]
    for html in LONG[:1]:
        _, read = hook.parse_first_section(html, hook.KEEP_TEXT + hook.ENOUGH_MARGIN)
        assert read < len(html) / 4 and html[read] == "<"
    assert hook.parse_first_section(LONG[4], 100)[1] > LONG[4].index("shown")
    one = page("p/")
    setattr(one, hook.PACKED, zlib.compress(PAGES[0].encode()))
    from material.plugins.search.plugin import SearchIndex

    index = SearchIndex()
    search_config = SimpleNamespace(
        extra=SPLIT.extra,
        plugins={
            "material/search": SimpleNamespace(
                search_index=index, config=SimpleNamespace(enabled=True)
            )
        },
    )
    hook.on_page_context({}, one, search_config, None)
    wrapper = index.add_entry_from_context
    hook.index_first_section_only(index)  # once only
    assert index.add_entry_from_context is wrapper and one.content == PAGES[0]


# -- the generator's big raw HTML blocks kept out of Markdown ----------------------------------
GRAPH = (
    '<figure class="graph" data-search-exclude><svg class="graph-wide" viewBox="0 0 760 56" '
    'width="760" height="56" role="img" aria-label="Graph of what O&#x27;Neil &amp; Co is '
    'connected to"><a href="../../events/talks/"><title>Talks – “proposed”</title>'
    '<rect class="node k-event" x="1" y="2" width="3" height="4"/><text x="5">Talks</text></a>'
    '<path class="edge r-party" d="M1 5 H25"/></svg><figcaption><ul class="graph-legend">'
    '<li><span class="swatch k-actor" aria-hidden="true"></span> actor</li></ul>'
    "</figcaption></figure>"
)
FORM = (
    '<form class="timeline-filters" hidden data-search-exclude><label>Actor <select name="actor">'
    '<option value="">All actors</option><option value="a-b">A &lt;B&gt; &quot;C&quot;</option>'
    '</select></label> <output aria-live="polite"></output></form>'
)
PANEL = (
    '<div class="graph-panel" data-search-exclude><fieldset class="graph-filters"><legend>Show'
    '</legend><label><input type="checkbox" value="t-person" checked> People</label></fieldset>'
    f"{GRAPH}</div>"
)
MARKDOWN = (
    '# O\'Neil & Co\n\n<aside class="infobox" markdown>\n\n**Type:** firm\n\n</aside>\n\n'
    f"Text with [a link](other.md).\n\n## Connections\n\n{GRAPH}\n\n## Timeline\n\n{FORM}\n\n"
    f'{PANEL}\n\n- **2024** · [Talks](../events/talks.md)\n  {{ data-actors="a-b" }}\n\n{GRAPH}'
)


def convert(markdown: str) -> tuple[str, set[str]]:
    """HTML and anchors as MkDocs makes them: the extensions of mkdocs.yml and MkDocs' own
    raw HTML anchor scan (its link rewriting needs a site; raw HTML never reaches it)."""
    import markdown as python_markdown
    import yaml
    from mkdocs.structure.pages import _RawHTMLPreprocessor

    class SafeLoaderWithEnv(yaml.SafeLoader):
        """The safe loader, with MkDocs' ``!ENV`` tag read as nothing."""

    SafeLoaderWithEnv.add_constructor("!ENV", lambda loader, node: None)
    config = yaml.load((ROOT / "mkdocs.yml").read_text(), Loader=SafeLoaderWithEnv)
    names = [e if isinstance(e, str) else next(iter(e)) for e in config["markdown_extensions"]]
    options = {
        next(iter(e)): e[next(iter(e))]
        for e in config["markdown_extensions"]
        if not isinstance(e, str)
    }
    md = python_markdown.Markdown(extensions=names, extension_configs=options)
    anchors = _RawHTMLPreprocessor()
    anchors._register(md)
    return md.convert(markdown), anchors.present_anchor_ids


def through_the_hook(markdown: str) -> tuple[str, set[str], SimpleNamespace]:
    one = page("actors/one/")
    stashed = hook.on_page_markdown(markdown, one, SPLIT, None)
    html, one.present_anchor_ids = convert(stashed)  # MkDocs sets them before the hook runs
    hook.on_page_content(html, one, SPLIT, None)
    return zlib.decompress(getattr(one, hook.PACKED)).decode(), one.present_anchor_ids, one


def test_a_page_with_graphs_a_form_and_a_panel_gives_the_same_html_through_the_stash():
    one = page("actors/one/")
    stashed = hook.on_page_markdown(MARKDOWN, one, SPLIT, None)
    # the form and the panel, one blank line apart, are one block (perf72's joined runs)
    assert getattr(one, hook.STASHED) == [GRAPH, f"{FORM}\n\n{PANEL}", GRAPH]
    assert "<svg" not in stashed and "<select" not in stashed and "infobox" in stashed
    html, anchors, after = through_the_hook(MARKDOWN)
    assert (html, anchors) == convert(MARKDOWN)
    assert GRAPH in html and not hasattr(after, hook.STASHED)


@pytest.mark.parametrize(
    "block",
    [
        GRAPH.replace("<svg ", '<svg ID = "g" '),  # an anchor not as the generator writes one
        GRAPH.replace("<title>", '<a name="n"></a><title>'),
        GRAPH.replace("<figcaption>", "<figcaption markdown>"),
        GRAPH[: -len("</figure>")],  # not closed on its line
        GRAPH.replace("<figcaption>", "<figure><figcaption>"),  # the inner one closes the line
        f"{GRAPH} and text",
        f"{GRAPH}\nmore",
        f"text\n{GRAPH}",
        f"    {GRAPH}",  # code
    ],
)
def test_only_a_standalone_closed_block_without_anchors_or_markdown_is_stashed(block):
    markdown = f"# T\n\n{block}\n\nafter\n"
    assert hook.stash_blocks(markdown) == (markdown, [])
    html, anchors, _ = through_the_hook(markdown)
    assert (html, anchors) == convert(markdown)


def test_a_block_with_ids_is_stashed_and_mkdocs_still_sees_its_anchors():
    # perf64: an article's paragraphs are raw HTML with their "pN" ids, which the ¶ links of
    # other pages point to: stashed, the hook gives MkDocs' anchor check the ids its raw HTML
    # scan would have found
    block = GRAPH.replace("<svg ", '<svg id="g&amp;1" ').replace("<title>", '<title id="t">')
    paragraph = (
        '<p id="p12"><a aria-label="Paragraph 12" class="para-ref" href="#p12">¶12</a> '
        'A user id="3" and <a class="actor-link" href="../../actors/x/">X</a>.</p>'
    )
    for stashed in (block, paragraph, f"{paragraph}\n\n{block}"):
        markdown = f"# T\n\n{stashed}\n\nafter\n"
        assert len(hook.stash_blocks(markdown)[1]) == stashed.count("\n\n") + 1
        html, anchors, _ = through_the_hook(markdown)
        assert (html, anchors) == convert(markdown)
    assert {"g&1", "t", "p12"} <= anchors and "3" not in anchors
    assert hook.block_anchors(paragraph) == ["p12"]
    assert hook.block_anchors(block.replace('id="t"', "id='t'")) is None


def test_blocks_one_blank_line_apart_are_one_mark_and_the_html_and_contents_are_the_same():
    # perf72: an event page's infobox, note and record, and the paragraphs the generator
    # writes as HTML, stand one blank line apart: each was a mark Python-Markdown read
    para = "<p><em>16 October 2019 · AT&amp;T &lt;b&gt;</em></p>"
    markdown = (
        f"# T\n\n{GRAPH}\n\n{FORM}\n\n{para}\n\n## Heading\n\n{para}\n\n\n{PANEL}\n\n"
        f"text\n\n{para}\n\n{GRAPH}\n"
    )
    stashed, blocks = hook.stash_blocks(markdown)
    joined, runs = hook.joined_runs(stashed, blocks)
    assert len(blocks) == 7
    # two blank lines, a heading or text between blocks keep them apart
    assert runs == [f"{GRAPH}\n\n{FORM}\n\n{para}", para, PANEL, f"{para}\n\n{GRAPH}"]
    assert joined.count(hook.STASH_MARK) == 4 and "## Heading" in joined and "text" in joined
    html, anchors, _ = through_the_hook(markdown)
    assert (html, anchors) == convert(markdown)
    assert hook.joined_runs("# T\n\nno blocks\n", []) == ("# T\n\nno blocks\n", [])


def test_a_page_that_holds_the_mark_already_keeps_its_blocks():
    markdown = f"# T\n\n{hook.STASH_MARK}0 -->\n\n{GRAPH}\n"
    assert hook.stash_blocks(markdown) == (markdown, [])
    assert hook.stash_blocks(f"# T\n\n{GRAPH}")[1] == [GRAPH]


def test_a_lost_mark_is_an_error_not_a_page_without_its_block():
    with pytest.raises(RuntimeError, match="briefing-block 0"):
        hook.unstash_blocks("<p>nothing</p>", [GRAPH])


INFOBOX = (
    '<aside aria-label="At a glance" class="infobox unreviewed" data-search-exclude="data-search-'
    'exclude"><dl><dt>Type</dt><dd>Meeting &lt;b&gt;</dd><dt>Reported</dt><dd><a href="../../a/">'
    "1 May 2024</a></dd></dl></aside>"
)
NOTE = (
    '<div data-search-exclude="data-search-exclude"><div class="admonition warning"><p class="'
    'admonition-title">Proposed</p><p>This event was proposed; add a file in <code>c/</code>.'
    "</p></div></div>"
)


def test_the_search_skips_the_infobox_and_note_without_parsing_them():
    """Issue 10: on an event page the infobox and the note were most of what the theme's
    search parsed (to skip it, as ``data-search-exclude``); cut out first, the entries are
    the same."""
    pages = [
        f'<h1 id="t">T</h1>\n{INFOBOX}\n\n{NOTE}\n\n<p>Said <em>so</em>.</p>\n<h2 id="m">M</h2>',
        f'<h1 id="t">T</h1>\n{INFOBOX}\n\n<p>a</p>{NOTE}<div data-search-exclude="data-search-'
        'exclude"><div class="admonition note"><p>kept out too</p></div></div><p>b</p>',
        '<h1 id="t">T</h1><div data-search-exclude="data-search-exclude"><p>not ours</p></div>',
    ]
    for html in pages:
        cut = hook.without_excluded_blocks(html)
        assert own_entry(cut) == own_entry(html), html
    assert (
        hook.without_excluded_blocks(pages[0])
        == '<h1 id="t">T</h1>\n\n\n\n\n<p>Said <em>so</em>.</p>\n<h2 id="m">M</h2>'
    )
    assert "infobox" not in hook.without_excluded_blocks(pages[1])
    assert hook.without_excluded_blocks(pages[2]) == pages[2]


# -- perf64: the theme's search plugin off above SPLIT_PAGES ------------------------------------
def loaded_config(tmp_path: Path, worker: str | None) -> Any:
    """The configuration a build loads (the generated file inheriting mkdocs.yml), with the
    plugins' ``on_config`` run, the hook's included."""
    from mkdocs.config import load_config

    (tmp_path / "docs").mkdir(parents=True, exist_ok=True)
    config = load_config(str(generated_config(tmp_path, worker)))
    return config.plugins.on_config(config)


def indexed_by_the_hook(config: Any, pages: list[SimpleNamespace]) -> list[str]:
    """Each page through the hook's ``on_page_context`` and ``on_post_page``; their HTML."""
    out = []
    for one in pages:
        setattr(one, hook.PACKED, zlib.compress(one.content.encode()))
        config.plugins.on_page_context({}, page=one, config=config, nav=None)
        out.append(one.content)
        hook.on_post_page("", one, config)
    return out


def search_page(url: str, html: str, title: str = "T", tags: tuple[str, ...] = ()) -> Any:
    return SimpleNamespace(
        url=url, content=html, toc=[], meta={"tags": list(tags)} if tags else {}, title=title
    )


def test_a_split_site_switches_the_theme_search_off_and_indexes_as_it_did(tmp_path):
    # perf64: the plugin parsed each page (whole, until perf63) and ran its attribute removal
    # over every page's HTML; the hook does both only as far as the split index reads
    from material.plugins.search.plugin import SearchIndex

    theme = loaded_config(tmp_path / "theme", None)
    assert theme.plugins["material/search"].config.enabled  # small briefings: untouched
    config = loaded_config(tmp_path / "split", "assets/javascripts/workers/search-split.js")
    search = config.plugins["material/search"]
    assert not search.config.enabled and search.search_index.entries == []
    assert (
        search.search_index.config["separator"]
        == theme.plugins["material/search"].config["separator"]
    )
    pages = [
        search_page("", PAGES[0], "Home"),
        search_page("a/", PAGES[4] + "<p>" + "long text " * 300 + "</p>", "A", ("Alias",)),
        search_page("b/", '<h1 id="b">B</h1><p data-search-exclude="x">out</p><p>in</p>'),
        search_page("c/", "<p>no attribute here</p>"),
    ]
    expected = SearchIndex(**search.search_index.config)
    html = []
    for one in pages:
        copy = SimpleNamespace(**vars(one))
        expected.add_entry_from_context(copy)
        html.append(re.sub(r"\s?data-search-\w+=\"[^\"]+\"", "", copy.content))
        hook.trim_entries(expected.entries, one.url)
    assert indexed_by_the_hook(config, pages) == html
    assert 'data-search-exclude="x"' not in html[2] and html[3] == "<p>no attribute here</p>"
    config.plugins.on_post_build(config=config)
    written = (Path(config.site_dir) / "search/search_index.json").read_text(encoding="utf-8")
    assert written == expected.generate_search_index(None)
    assert json.loads(written)["docs"][1]["tags"] == ["Alias"]


@pytest.mark.parametrize(
    "html",
    [
        '<p data-search-exclude="data-search-exclude">x</p>',
        '<p  data-search-exclude="x"\tdata-search-boost="2">',
        'data-search-a="1"data-search-b="2" data-search-c="3"',
        '<p data-search-="x" data-search-a="" data-search-b="unclosed>',
        '<p data-search-exclude>bare</p>\u2003data-search-x="y"',
        'data-search-data-search-a="b" \n data-search-é="ü" text data-search-a=\'b\'',
        ' data-search-a="1"',
        "no attribute at all",
    ],
)
def test_search_attributes_go_as_the_theme_plugin_removed_them(html):
    # perf64: the theme's pattern, \s?data-search-..., scanned every character of every page
    theirs = re.sub(r"\s?data-search-\w+=\"[^\"]+\"", "", html)
    assert hook.without_search_attributes(html) == theirs


# -- perf74: the toc extension without the table of contents <div> MkDocs never reads ----------
TOC_PAGES = [
    "# Title\n\nText.\n\n## Evidence from the articles\n\n### [An article](../a.md)\n\nMore.\n",
    "# Same\n\n## Same\n\n## Same\n\n### A & B <em>x</em> `code`\n\n## Évènement, 2024\n",
    '# T\n\n## H {: #own }\n\n## H\n\n<h2 id="h">raw</h2>\n',
    "# Contents\n\n[TOC]\n\n## One\n\n### Two\n",
    "No heading at all.\n",
]


@pytest.mark.parametrize("text", TOC_PAGES)
def test_the_lean_toc_gives_the_same_ids_permalinks_and_contents(text, tmp_path):
    # every page of a site (8,456 at 1,000 articles) had ``toc`` build, serialise and
    # postprocess a <div> for ``md.toc``, which MkDocs never reads: the hook's extension
    # skips it on a page without the marker; the HTML and ``toc_tokens`` are the same
    import markdown as python_markdown

    config = loaded_config(tmp_path, None)
    extensions = config.markdown_extensions
    assert "toc" not in extensions
    # the hook MkDocs loads by its path is a module of its own: its class, by name
    lean = next(e for e in extensions if type(e).__name__ == "LeanTocExtension")
    assert lean.getConfigs()["permalink"] is True  # mkdocs.yml's options
    assert config.mdx_configs["toc"] == {"permalink": True}  # the theme reads them there
    names = [e if isinstance(e, str) else "toc" for e in extensions]
    stock = python_markdown.Markdown(extensions=names, extension_configs=config.mdx_configs)
    ours = python_markdown.Markdown(extensions=extensions, extension_configs=config.mdx_configs)
    assert ours.convert(text) == stock.convert(text)
    assert ours.toc_tokens == stock.toc_tokens
    assert ("[TOC]" in text) == (ours.toc == stock.toc)  # the <div>: only where it is used
    if "[TOC]" in text:
        assert '<div class="toc">' in ours.convert(text)


# -- perf76: headings below the title written as HTML, their contents given by the hook -------
HEADINGS_MD = (
    "# Talks & co\n\n<p>Intro.</p>\n\n## Statements\n\n<p>One.</p>\n\n"
    "## Evidence from the articles\n\n### [A & B \\*x\\* «ü»](../other.md)\n\n<p>Two.</p>\n\n"
    "### [A & B \\*x\\* «ü»](../other.md)\n\n<p>Three.</p>\n\n### Talks & co\n\n"
    '### Older articles\n\n<p>See <a href="#older-articles">the older</a>.</p>\n\n'
    "## Statements\n"
)
HEADINGS_HTML = (
    "# Talks & co\n\n<p>Intro.</p>\n\n<h2>Statements</h2>\n\n<p>One.</p>\n\n"
    "<h2>Evidence from the articles</h2>\n\n"
    '<h3><a href="../../other/">A &amp; B *x* «ü»</a></h3>\n\n<p>Two.</p>\n\n'
    '<h3><a href="../../other/">A &amp; B *x* «ü»</a></h3>\n\n<p>Three.</p>\n\n'
    "<h3>Talks &amp; co</h3>\n\n<h3>Older articles</h3>\n\n"
    '<p>See <a href="#older-articles">the older</a>.</p>\n\n<h2>Statements</h2>\n'
)


def built_site(tmp_path: Path, page: str) -> dict[str, str]:
    """A two-page site built by MkDocs with the generated configuration (the theme's own
    search): each file's text."""
    from generator.publish import run_mkdocs

    docs = tmp_path / "docs"
    (docs / "actors").mkdir(parents=True)
    (docs / "index.md").write_text("# Home\n\nText.\n", encoding="utf-8")
    (docs / "other.md").write_text("# Other\n\nText.\n", encoding="utf-8")
    (docs / "actors" / "one.md").write_text(page, encoding="utf-8")
    result = run_mkdocs(generated_config(tmp_path), "946684800", "build")
    assert result.returncode == 0, result.stderr
    site = tmp_path / "site"
    return {
        p.relative_to(site).as_posix(): p.read_text(encoding="utf-8")
        for p in site.rglob("*")
        if p.suffix in (".html", ".json")
    }


@pytest.mark.slow
def test_headings_written_as_html_make_the_same_site_as_markdown_headings(tmp_path):
    # an event or actor page's headings cost Python-Markdown its inline patterns, MkDocs its
    # link rewriting and the toc extension a serialisation each: written as HTML they are
    # stashed, and the hook gives them the ids (unique: "_1" after the title's or an earlier
    # heading's), permalinks and contents entries the toc extension gave them
    # (perf78: the generator writes those ids and permalinks, the hook reads the contents)
    from generator.render.headings import with_heading_ids

    old = built_site(tmp_path / "old", HEADINGS_MD)
    new = built_site(tmp_path / "new", with_heading_ids(HEADINGS_HTML, "Talks & co"))
    assert old.keys() == new.keys()
    for name in old:
        assert new[name] == old[name], name
    page = new["actors/one/index.html"]
    for id_ in ("statements", "statements_1", "a-b-x-u", "a-b-x-u_1", "talks-co_1"):
        assert f'id="{id_}"' in page and f'href="#{id_}" class="md-nav__link"' in page
    assert '<h3 id="older-articles">' in page


@pytest.mark.slow
def test_headings_written_as_html_keep_their_ids_and_permalinks_without_the_hook(tmp_path):
    # perf78: the guide's engine independence: the ids and permalinks of the headings below
    # the title are in the generated page itself, so an engine that runs no hook of ours
    # shows them, and links to them resolve (MkDocs' own anchor check, strict)
    from generator.publish import HOOK, run_mkdocs
    from generator.render.headings import with_heading_ids

    docs = tmp_path / "docs"
    (docs / "actors").mkdir(parents=True)
    links = "[older](actors/one.md#older-articles), [again](actors/one.md#statements_1)"
    (docs / "index.md").write_text(f"# Home\n\n{links}\n", encoding="utf-8")
    (docs / "other.md").write_text("# Other\n\nText.\n", encoding="utf-8")
    page_md = with_heading_ids(HEADINGS_HTML, "Talks & co")
    (docs / "actors" / "one.md").write_text(page_md, encoding="utf-8")
    config = generated_config(tmp_path)
    text = config.read_text(encoding="utf-8").replace(f"hooks:\n- {HOOK}", "hooks: []")
    config.write_text(text, encoding="utf-8")
    assert str(HOOK) not in config.read_text()

    def warnings() -> list[str]:  # but the nav's: this site has none of its pages
        result = run_mkdocs(config, "946684800", "build")
        assert result.returncode == 0, result.stderr
        return [w for w in result.stderr.splitlines() if "WARNING" in w and "'nav'" not in w]

    assert warnings() == []
    html = (tmp_path / "site/actors/one/index.html").read_text(encoding="utf-8")
    for id_ in ("statements", "statements_1", "a-b-x-u", "a-b-x-u_1", "talks-co_1"):
        assert f'id="{id_}"' in html and f'href="#{id_}" title="Permanent link"' in html
    # the check is real: a link to a heading no page has is a warning (an error, strict)
    (docs / "index.md").write_text("# Home\n\n[x](actors/one.md#no-such)\n", encoding="utf-8")
    assert ["no-such" in w for w in warnings()] == [True]


def test_the_hook_refuses_headings_written_for_other_toc_options_or_repeated_ids():
    from mkdocs.structure.toc import get_toc

    from generator.render.headings import with_heading_ids

    title = [{"level": 1, "id": "t", "name": "T", "children": []}]
    markdown = with_heading_ids("# T\n\n<h2>A</h2>\n\n<h2>A</h2>\n", "T")
    blocks = hook.joined_runs(*hook.stash_blocks(markdown))[1]
    one = page("actors/one/")
    one.toc = get_toc(title)
    assert hook.html_headings(blocks, one, {"permalink": True, "title": "On this page"})
    assert [item.id for item in next(iter(one.toc)).children] == ["a", "a_1"]
    for options in ({}, {"permalink": "#"}, {"permalink": True, "permalink_class": "x"}):
        one.toc = get_toc(title)
        with pytest.raises(RuntimeError, match="toc options"):
            hook.html_headings(blocks, one, options)
    one.toc = get_toc(title)
    with pytest.raises(RuntimeError, match="repeated"):
        hook.html_headings([blocks[0].replace("a_1", "a")], one, {"permalink": True})


def test_html_headings_follow_the_markdown_headings_they_replace_only_after_the_title():
    from generator.render.headings import with_heading_ids

    one = page("actors/one/")
    markdown = with_heading_ids("# T\n\n## Markdown\n\n<h2>HTML</h2>\n", "T")
    stashed = hook.on_page_markdown(markdown, one, SPLIT, None)
    assert hook.STASH_MARK in stashed
    from mkdocs.structure.toc import get_toc

    one.toc = get_toc(
        [
            {
                "level": 1,
                "id": "t",
                "name": "T",
                "children": [{"level": 2, "id": "markdown", "name": "Markdown", "children": []}],
            }
        ]
    )
    config = SimpleNamespace(**vars(SPLIT), mdx_configs={"toc": {"permalink": True}})
    with pytest.raises(RuntimeError, match="after Markdown headings"):
        hook.on_page_content("<h1>T</h1>", one, config, None)


OLDER = (
    '<ul data-search-exclude> <li><a href="../../articles/a/#p2">A &amp; B</a> · 1 May 2024 · '
    '¶2</li> <li><a href="../../articles/b/#p1">Zanzibar talks</a> · 2 May 2024 · ¶1</li> </ul>'
)


def test_an_entitys_long_article_lists_are_stashed_and_left_out_of_the_search():
    """Session 47: a hub's older articles (an outlet's articles likewise) ran to 53 kB of one
    search entry, over Zensical's 16 kB limit for one field; the titles are found on the
    articles' own pages. The list is still stashed as one line."""
    markdown = f"# T\n\n<p>before</p>\n\n{OLDER}\n\nafter\n"
    one = page("actors/one/")
    hook.on_page_markdown(markdown, one, SPLIT, None)
    assert getattr(one, hook.STASHED) == [f"<p>before</p>\n\n{OLDER}"]  # one run (perf72)
    html, anchors, _ = through_the_hook(markdown)
    assert (html, anchors) == convert(markdown)
    text = " ".join(entry["text"] for entry in own_entry(html))
    assert "before" in text and "Zanzibar" not in text


SHAPES = [
    '<h1 id="t">T &amp; U<a class="headerlink" href="#t">&para;</a></h1><p>A <b>b</b></p>'
    '<ul><li data-search-exclude>hidden</li><li>shown<br/>x</li></ul><h2 id="n">N</h2><p>m</p>',
    '<H1 ID="t">Title</H1><P Data-Search-Exclude="">gone</P><p title="a &lt; b">kept &#x41;</p>',
    '<h1>T</h1><div><h2 id="in">nested</h2><p>inside</p></div><p>after</p><h3 id="z">Z</h3>z',
    '<h1 id="t">T</h1><p>one AT&T</p><h2 id="n">N</h2>',  # held text: the parser's own reading
    '<h1 id="t">T</h1><!-- <h2 id="c">comment</h2> --><p>p</p><h2 id="n">N</h2>',
    '<h1 id="t">T</h1><script>var a = "<h2 id=x>";</script><p>p</p>',
    "<h1 id='t'>single quotes</h1><p>p</p>",
    "text before any tag <p>p</p> 3 < 4",
    '<h1 id="t">T</h1><p\u00a0class="x">a no-break space ends no tag name</p>',
    # perf84: the theme's quirks, which LeanParser keeps: an element compared by its tag name
    # (a nested <li> closing ends an excluded <li>'s exclusion), empty kept elements dropped
    # (only while nothing but white space follows the first of their tag), white space
    # collapsed outside <pre>, permalinks left out of titles, the skipped tags
    '<h1 id="t">T</h1><ul><li data-search-exclude>x<div><li>y</li></div>z</ul><li>w</li></ul>'
    "<p>a</p><p> </p>b<p>\n</p><ol><li> </li></ol><p></p>c<pre>x\n  y\n\n z</pre>  \n d",
    "<p> </p><p>\t</p>e<sub></sub><sup>f</sup><code> </code>",
    '<h1 id="t">A<a class="headerlink" href="#t">&para;</a><code>c</code> <b>d</b><sub></sub>'
    '<a class="other">e</a></h1><div class="linenodiv">1 2</div><object><p>o</p></object>after',
    '<h2 id="a">A<br>B<img src="x"/></h2><p>x</p><h3>no id</h3><p>a</div>b</p><hx>h</hx>'
    '<div><div><h4 id="deep">D</h4><p>in</p></div><p>out</p></div><p>end</p>',
    '<h1 id="t">T</h1><div data-search-exclude>one<div>two</div>three</div><li>x<li>y</li>z</li>',
    '<h1 id="t">T</h1><p class="linenodiv">n</p><p>k</p><pre><p> </p>\n</pre>'
    "<pre>a<b> </b><i>\n</i></pre>",
]


def test_the_simple_reading_of_a_page_is_the_parsers_own():
    # perf82: the theme's handlers fed by a regular expression, where the HTML has the
    # generator's plain shape; the parser itself elsewhere; the same sections either way
    def sections(parser: Any) -> list[tuple]:
        parser.close()
        return [(repr(s.el), s.el.attrs, s.depth, s.id, s.title, s.text) for s in parser.data]

    declined = set()
    for n, html in enumerate(SHAPES + PAGES + LONG):
        ends = [(m.start(), True) for m in hook.HEADING.finditer(html)]
        fed, cut = hook.parse_fed(html, ends, None)
        read = hook.parse_simple(html, ends, None)
        if read is None:
            declined.add(n)
        if read is not None:
            assert (sections(read[0]), read[1]) == (sections(fed), cut), html[:80]
        parser, at = hook.parse_first_section(html)
        assert (sections(parser), at) == (sections(hook.parse_fed(html, ends, None)[0]), cut)
    # held text, a comment, a script, quotes, a "<" in text, a no-break space in a tag; of the
    # other pages, the comment
    assert declined == {3, 4, 5, 6, 7, 8, len(SHAPES) + 8}


CRASHING = [
    '<h1 id="t">T</h1><ul><li data-search-exclude>x<ul><li>y</li></ul>z</li></ul>',
    '<h1 id="t">T</h1><p data-search-exclude>one<p>two</p>three</p>',
]
"""An excluded kept element whose own tag closes inside it: the theme's parser stops skipping
there and then finds no opening tag for the outer end (a ValueError that stops its build)."""


def test_the_simple_reading_fails_where_the_parser_fails():
    for html in CRASHING:
        ends = [(m.start(), True) for m in hook.HEADING.finditer(html)]
        for read in (hook.parse_fed, hook.parse_simple):
            with pytest.raises(ValueError, match="is not in list"):
                read(html, ends, None)
