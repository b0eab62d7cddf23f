"""Rendering: escaping is the default, links are relative, templates are strict."""

import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import jinja2
import markdown
import pytest
import yaml
from conftest import ROOT, write
from mkdocs.utils.meta import get_data

from generator.evidence import gather, quoted_sentences
from generator.evidence.support import names_by_adjective, place_support
from generator.link import link
from generator.mkdocs_hook import stash_blocks, unstash_blocks
from generator.model import Article, Briefing, Entity, Mention, Resolved, Sentence, Statement
from generator.model.views import EvidenceGroup, Quote, QuotedSentence
from generator.render import (
    Renderer,
    _wrap_link_html,
    escape_md,
    front_matter,
    href,
    human_date,
    mark_up,
    paragraph_html,
    quote_source,
    quotes_html,
    search_tags,
    undated,
)
from generator.render import render_pages as render_evidence
from generator.render.markup import Md, link_md, mark_up_html, relative_href

SITE_EXTENSIONS = ["attr_list", "tables", "admonition", "md_in_html"]
"""The Markdown extensions mkdocs.yml enables."""


def render_pages(templates, linked, briefing, *args):
    """Pages of linked data: the evidence stage, then render (as a build runs them)."""
    return render_evidence(templates, gather(linked, briefing), briefing, *args)


def test_escape_md_neutralises_markdown_and_html():
    nasty = "<script>x</script> [a](javascript:1) *b* `c` # d {: #e } | f & g"
    html = markdown.markdown(escape_md(nasty), extensions=["attr_list", "tables"])
    assert "<script>" not in html and "<a" not in html and "<em>" not in html
    assert "<code>" not in html and "<h1" not in html
    assert "&lt;script&gt;x&lt;/script&gt;" in html
    assert "[a](javascript:1)" in html and "*b*" in html and "&amp; g" in html


HOSTILE = [
    "- a list?",
    "+ a list?",
    "* a list?",
    "1. a list?",
    "  2019. a list?",
    "# a heading?",
    "###### a heading? ######",
    "C#",
    "a closing #",
    "---",
    "- - -",
    "!!! note",
    '!!! warning "x"',
    "!",
    "Wow!",
    "(javascript:alert(1))",
    "(x)",
    ") and (",
    "![img](x.png)",
    "[a](javascript:1)",
    "a](b) [c",
    "*em* _em_ **strong** __strong__",
    "`code` ``code``",
    "<b>bold</b> <script>x</script> &amp; &",
    "{: #id .cls } {#id}",
    "| a | b |",
    "\\",
    "ends in a backslash \\",
    "x\\!",
    "\\# x",
    "> quoted?",
    "    indented code?",
    "1.5 million people (2019) - a figure!",
    "U.S.-Iran talks (Geneva) #2 + more...",
]
"""Values that would be Markdown syntax unescaped: each must render as its own text."""


def old_escape_md(value: object, strip: bool = True) -> str:
    """``escape_md`` before perf61: every Markdown punctuation character escaped everywhere."""
    import html as html_module

    text = re.sub(r"\s+", " ", str(value))
    text = text.strip() if strip else text
    return re.sub(r"([\\`*_{}\[\]()#+\-.!|])", r"\\\1", html_module.escape(text, quote=False))


CONTEXTS = [
    "{}",
    "Text before.\n{}",
    "{}\n\nA paragraph.",
    "# {}",
    "## {} (3)",
    "- {}",
    "1. {}",
    "[{}](page.md)",
    "{}[link](page.md)",
    "[link](page.md){}",
    "**{}:** [link](page.md)",
    "| a | b |\n| --- | --- |\n| {} | [link](page.md) |",
    "{}{}",
    "{} {}",
]
"""Where templates put values: a line's start and end, headings, list items, link text, before
and after a link, a table cell, two values side by side."""


@pytest.mark.parametrize("context", CONTEXTS)
def test_escape_md_renders_every_hostile_value_as_before(context):
    # Only where Markdown would read them as syntax are ( ) ! # + - . escaped now (perf61): the
    # HTML is the same as with every one escaped, so no value makes a link, image, list,
    # heading, rule, admonition, emphasis or HTML.
    for value in HOSTILE:
        for strip in (True, False):
            new = context.format(*[escape_md(value, strip)] * context.count("{}"))
            old = context.format(*[old_escape_md(value, strip)] * context.count("{}"))
            assert markdown.markdown(new, extensions=[*SITE_EXTENSIONS, "toc"]) == (
                markdown.markdown(old, extensions=[*SITE_EXTENSIONS, "toc"])
            ), (context, value, strip)


def test_escape_md_leaves_plain_punctuation_alone():
    assert escape_md("U.S.-Iran talks (Geneva), 2019-03-04: done! C# + F#.") == (
        "U.S.-Iran talks (Geneva), 2019-03-04: done! C# + F#."
    )
    assert escape_md("2019. The end!") == "2019\\. The end\\!"
    assert escape_md("- x #") == "\\- x \\#"
    assert escape_md(" (a)", strip=False) == " \\(a)"
    for value in HOSTILE:
        html = markdown.markdown(
            f"Before\n{escape_md(value)}\n[link](page.md)", extensions=SITE_EXTENSIONS
        )
        assert html.count("<") == html.count("<p>") * 2 + 2, value  # one <p> and the one link
        assert "<img" not in html and "<li" not in html and "<h" not in html, value


@pytest.mark.parametrize("value", HOSTILE)
def test_mark_up_after_a_span_renders_hostile_text_as_before(value):
    # Text after a link is mid-line (perf61): only a "(" (after a "]"), the characters escaped
    # everywhere and a closing "#" or "!" are escaped there; the HTML is the one of escaping all.
    for text in (f"Iran{value}", f"Iran {value}", f"{value}Iran{value}", f"Iran{value}Iran"):
        spans = [
            (m.start(), m.end(), lambda s: f"[{s}](iran.md)") for m in re.finditer("Iran", text)
        ]
        new = mark_up(text, spans)
        pieces, pos = [], 0
        for start, end, wrap in spans:
            pieces += [
                old_escape_md(text[pos:start], strip=False),
                wrap(old_escape_md(text[start:end])),
            ]
            pos = end
        old = ("".join(pieces) + old_escape_md(text[pos:], strip=False)).strip()
        for context in ("{}", "# {}", "- {}", "Before.\n{}\n[link](x.md)"):
            assert markdown.markdown(context.format(new), extensions=SITE_EXTENSIONS) == (
                markdown.markdown(context.format(old), extensions=SITE_EXTENSIONS)
            ), (text, context)
    spans = [(0, 4, lambda s: f"[{s}](iran.md)")]
    assert mark_up("Iran. (x) - y!", spans) == "[Iran](iran.md). (x) - y\\!"
    assert mark_up("Iran(x) - y", spans) == "[Iran](iran.md)\\(x) - y"


@pytest.mark.parametrize("value", HOSTILE)
def test_a_quote_in_html_is_what_markdown_made_of_it(value):
    # perf61: an evidence quote is written as the HTML Python-Markdown and MkDocs made of
    # "> quote [¶n](article.md#pn){: aria-label }" and "> { data-search-exclude }", so the
    # hook keeps it from the parser: the same text (hostile values escaped for HTML, none
    # becoming a tag, link or emphasis), bold spans, link and attribute, only the newlines
    # between its tags gone.
    text = f"Iran {value} said {value}"
    bold = ((0, 4), (len(text) - len(value), len(text)))
    sentences = (QuotedSentence(0, 2, text, bold), QuotedSentence(1, 3, f"{value} Iran", ()))
    quotes = (Quote("2024-01-01-a", sentences, ()), Quote("2024-01-01-a", sentences[1:], ()))
    page = "events/e.md"
    lines = []
    for quote in quotes:
        md = " ".join(
            mark_up(s.text, [(a, b, lambda t: f"**{t}**") for a, b in s.bold])
            for s in quote.sentences
        )
        lines.append(f"> {md} {quote_source(page, quote)}\n> {{ data-search-exclude }}\n\n")
    old = markdown.markdown("".join(lines), extensions=SITE_EXTENSIONS, output_format="xhtml")
    old = re.sub(r"\.\./articles/2024-01-01-a\.md#", "../../articles/2024-01-01-a/#", old)
    new = quotes_html(page, quotes)
    assert "\n" not in new and new == old.replace(">\n<", "><"), value
    assert new.count("<a ") == 2 and new.count("<strong>") == 2 and "<script" not in new


def test_mark_up_keeps_spaces_and_wraps_only_the_spans():
    text = "A *b* and C."
    md = mark_up(text, [(0, 1, lambda s: f"[{s}](a.md)"), (10, 11, lambda s: f"**{s}**")])
    assert md == "[A](a.md) \\*b\\* and **C**."


def test_external_urls_are_encoded_and_script_urls_refused():
    assert href("https://example.org/a b(c)") == "https://example.org/a%20b%28c%29"
    with pytest.raises(ValueError):
        href("javascript:alert(1)")


def test_human_dates_keep_their_precision():
    assert human_date("2025-01-17") == "17 January 2025"
    assert human_date("2025-09") == "September 2025"
    assert human_date("2025") == "2025"
    assert human_date(None) == "undated"


def tiny_site(name: str) -> tuple[Renderer, dict[str, str]]:
    from generator.model import Article, Briefing

    article = Article(
        "2024-01-01-a", "A <b>title</b>", "2024-01-01", "Wire", None, "en", (f"{name} spoke.",)
    )
    actor = Entity("actors", "x", name, "person", aliases=("[alias](http://evil)",))
    sentence = Sentence(0, 0, len(name) + 7, f"{name} spoke.", ())
    mention = Mention("actors/x", article.id, 0, 0, 0, len(name), name, "curated")
    linked = link(Resolved((actor,), (mention,), {article.id: (sentence,)}), (article,))
    renderer = Renderer(ROOT / "templates", gather(linked, Briefing("T", "S")), Briefing("T", "S"))
    return renderer, render_pages(ROOT / "templates", linked, Briefing("T", "S"))


def test_content_values_are_escaped_in_every_page():
    _, pages = tiny_site("Evil <img src=x onerror=alert(1)> **Name**")
    for path, text in pages.items():
        body, _meta = get_data(text)  # front matter is data to MkDocs, as here
        html = markdown.markdown(body, extensions=SITE_EXTENSIONS)
        assert "<img" not in html, path
        assert "<b>title" not in html, path
        assert "http://evil" not in html.replace("(http://evil)", ""), path
    actor = pages["actors/x.md"]
    assert "# Evil &lt;img src=x onerror=alert(1)&gt; \\*\\*Name\\*\\*" in actor
    # the evidence quote is raw HTML (perf61): its link the site's own address
    assert (
        '<a aria-label="Paragraph 1 of the article" href="../../articles/2024-01-01-a/#p1">'
        in actor
    )


def test_an_events_place_stays_text_in_its_infobox_and_search_tags():
    place = "<img src=x onerror=alert(1)> [here](http://evil) *Old* Town, Land"
    article = Article("2024-01-01-a", "A", "2024-01-01", "Wire", None, "en", ("Jo met.",))
    actor = Entity("actors", "jo", "Jo", "person")
    event = Entity(
        "events", "talks", "Talks", "meeting", date="2024-01-01", place=place, parties=("jo",)
    )
    mention = Mention("actors/jo", article.id, 0, 0, 0, 2, "Jo", "curated")
    sentence = Sentence(0, 0, 7, "Jo met.", ())
    linked = link(Resolved((actor, event), (mention,), {article.id: (sentence,)}), (article,))
    page = render_pages(ROOT / "templates", linked, Briefing("T", "S"))["events/talks.md"]
    body, meta = get_data(page)
    html = markdown.markdown(body, extensions=SITE_EXTENSIONS)
    assert "<img" not in html and "http://evil" not in html.replace("(http://evil)", "")
    assert "<em>Old" not in html and "<dt>Place</dt>" in html
    assert meta["tags"] == ["&lt;img src=x onerror=alert(1)&gt; [here](http://evil) *Old* Town"]


def _converted(page: str) -> str:
    """A page's HTML as the build makes it: the hook's stash, Python-Markdown, the unstash."""
    body, blocks = stash_blocks(get_data(page)[0])
    return unstash_blocks(markdown.markdown(body, extensions=SITE_EXTENSIONS), blocks)


def test_the_infobox_and_note_are_one_line_html_the_hook_keeps_from_markdown():
    """Issue 10: the infobox as Markdown in an ``<aside markdown>`` (``md_in_html``) was a
    quarter of an event page's conversion, and its tags the most Python-Markdown's raw HTML
    parser read on the 4,000 event pages; as one line of HTML it is stashed whole, with the
    same HTML (bar the whitespace between tags) and every value still text."""
    nasty = "<img src=x> [here](http://evil) *Old* _b_ \\ `c` Town"
    article = Article("2024-01-01-a", "A", "2024-01-01", "Wire", None, "en", ("Jo met.",))
    actor = Entity("actors", "jo", "Jo", "person", curated=False, aliases=(nasty,), wikidata="Q1")
    event = Entity(
        "events",
        "talks",
        "Talks",
        "meeting",
        date="2024-01-01",
        place=nasty,
        status=nasty,
        parties=("jo",),
        curated=False,
    )
    mention = Mention("actors/jo", article.id, 0, 0, 0, 2, "Jo", "curated")
    sentence = Sentence(0, 0, 7, "Jo met.", ())
    linked = link(Resolved((actor, event), (mention,), {article.id: (sentence,)}), (article,))
    pages = render_pages(ROOT / "templates", linked, Briefing("T", "S"))
    text = "&lt;img src=x&gt; [here](http://evil) *Old* _b_ \\ `c` Town"
    for path, note in (("events/talks.md", "Proposed by the machine"), ("actors/jo.md", "Found")):
        _, blocks = stash_blocks(get_data(pages[path])[0])
        assert [b[:6] for b in blocks[:2]] == ["<aside", "<div d"], path
        assert note in blocks[1] and "markdown" not in pages[path].split("</aside>")[0], path
        html = _converted(pages[path])
        assert "<img" not in html and "<em>Old" not in html and 'href="http://evil"' not in html
        assert '<aside aria-label="At a glance" class="infobox unreviewed"' in html, path
    event_html = _converted(pages["events/talks.md"])
    assert f"<dt>Status</dt><dd>{text}</dd>" in event_html
    assert f"<dt>Place</dt><dd>{text}</dd>" in event_html
    assert "add a file in <code>content/events/</code>; proposals" in event_html
    actor_html = _converted(pages["actors/jo.md"])
    assert f"<dt>Also known as</dt><dd>{text}</dd>" in actor_html
    assert '<dd><a href="https://www.wikidata.org/wiki/Q1">Q1</a></dd>' in actor_html
    # the article link is the site's address, as MkDocs makes of the Markdown link
    assert '<dd><a href="../../articles/2024-01-01-a/">1 January 2024</a></dd>' in actor_html


def test_front_matter_values_stay_text():
    front = front_matter(
        'Says "hi" <b>', ["Kremlin leader", "<img src=x>", "NO", "a: b", "Kremlin  leader"]
    )
    assert front.startswith("---\n") and front.endswith("\n---\n\n")
    # Material inserts both into HTML unescaped, and YAML 1.1 would read NO as false.
    assert yaml.safe_load(front.split("---\n")[1]) == {
        "description": "Says &quot;hi&quot; &lt;b&gt;",
        "tags": ["Kremlin leader", "&lt;img src=x&gt;", "NO", "a: b"],
    }
    assert front_matter("", []) == ""


def test_search_tags_hold_aliases_adjectives_and_the_specific_place():
    """A large briefing's search index keeps only titles and tags: an event is found by where
    it happened through its tags; the country after the comma is left to its own page."""
    event = Entity(
        "events",
        "talks",
        "Talks",
        "meeting",
        aliases=("the talks",),
        place="Ashgabat, Turkmenistan",
    )
    assert search_tags(event) == ("the talks", "Ashgabat")
    actor = Entity("actors", "iran", "Iran", "state", aliases=("Tehran",), adjectives=("Iranian",))
    assert search_tags(actor) == ("Iran", "Tehran", "Iranian")
    assert search_tags(Entity("agreements", "deal", "Deal", "deal", place=" ")) == ()


def test_an_actors_name_is_a_tag_and_accents_may_be_left_out():
    """Tags outweigh titles in the theme's search: an actor's name as a tag lists its page
    before the events whose titles name it, and a reader who types no accent ("Rossello")
    still finds "Rosselló" (the theme matches accents exactly)."""
    person = Entity(
        "actors",
        "ricardo-rossello",
        "Ricardo Rosselló",
        "person",
        aliases=("Rosselló",),
    )
    assert search_tags(person) == ("Ricardo Rosselló", "Rosselló", "Ricardo Rossello", "Rossello")
    plain = Entity("actors", "kirsten-gillibrand", "Kirsten Gillibrand", "person")
    assert search_tags(plain) == ("Kirsten Gillibrand",)
    assert search_tags(Entity("actors", "lech-walesa", "Lech Wałęsa", "person")) == (
        "Lech Wałęsa",
        "Lech Walesa",
    )
    # An event's title already names it, and its participants' pages should come first.
    event = Entity("events", "resignation", "Resignation of Rosselló", "resignation")
    assert search_tags(event) == ()


def test_article_text_links_mentions_to_entity_pages():
    _, pages = tiny_site("Jane Roe")
    assert (
        '\n<p id="p1"><a aria-label="Paragraph 1" class="para-ref" href="#p1">¶1</a> '
        '<a class="actor-link" href="../../actors/x/">Jane Roe</a> spoke.</p>\n'
        in pages["articles/2024-01-01-a.md"]
    )


@pytest.mark.parametrize("value", HOSTILE)
def test_an_article_paragraph_in_html_is_what_markdown_made_of_it(value):
    # perf64: an article's paragraph is written as the HTML Python-Markdown and MkDocs made
    # of "[¶n](#pn){: .para-ref aria-label } text" and "{: #pn }", each linked name
    # "[name](page.md){: .kind-link }", so the hook keeps it from the parser: the same text
    # (hostile values escaped for HTML, none becoming a tag, link or emphasis), links and ids
    page = "articles/2024-01-01-a.md"
    text = f"{value} Iran {value} met Tehran talks{value}"
    keys = ("actors/iran", "actors/tehran", "events/talks")
    spans = [(len(value) + 1, len(value) + 5, keys[0])]
    spans += [(text.index("Tehran"), text.index("Tehran") + 6, keys[1])]
    spans += [(text.index("talks"), text.index("talks") + 5, keys[2])]

    def old_link(key: str):
        kind = "event" if key.startswith("events/") else "actor"
        return lambda escaped: f"[{escaped}]({relative_href(page, key)}){{: .{kind}-link }}"

    body = mark_up(text, [(a, b, old_link(key)) for a, b, key in spans])
    md = f'[¶7](#p7){{: .para-ref aria-label="Paragraph 7" }} {body}\n{{: #p7 }}\n'
    old = markdown.markdown(md, extensions=SITE_EXTENSIONS, output_format="xhtml")
    old = re.sub(r"\.\./(actors|events)/(\w+)\.md", r"../../\1/\2/", old)
    new = paragraph_html(
        7, mark_up_html(text, [(a, b, _wrap_link_html(page, k)) for a, b, k in spans])
    )
    assert "\n" not in new and new == old, value
    assert new.count("<a ") == 4 and new.count("<p") == 1 and "<script" not in new
    assert paragraph_html(2, Md("")) == markdown.markdown(
        '[¶2](#p2){: .para-ref aria-label="Paragraph 2" } \n{: #p2 }', extensions=SITE_EXTENSIONS
    )


def test_templates_are_strict_about_undefined_values(tmp_path: Path):
    renderer, _ = tiny_site("Jane Roe")
    write(tmp_path / "bad.md.j2", "{{ entity.nmae }}\n")
    renderer.env.loader = jinja2.FileSystemLoader(str(tmp_path))
    with pytest.raises(jinja2.UndefinedError):
        renderer.render("bad.md.j2", "x.md", entity=renderer.env.globals["entity"]("actors/x"))


def test_a_sentence_that_introduces_a_quotation_is_quoted_with_it():
    def sentences(*texts_by_paragraph):
        return [
            Sentence(p, 0, len(t), t, ())
            for p, texts in enumerate(texts_by_paragraph)
            for t in texts
        ]

    plain = sentences(["Peskov spoke.", "He left."])
    assert quoted_sentences(plain, 0) == [0]
    same_paragraph = sentences(["Peskov said:", "Iran is a partner.", "He left."])
    assert quoted_sentences(same_paragraph, 0) == [0, 1]
    next_paragraph = sentences(
        ["Peskov said:"], ['"Russia is ready.', 'Iran is our partner."', "He left."]
    )
    assert quoted_sentences(next_paragraph, 0) == [0, 1, 2]
    unclosed = sentences(["Peskov said:"], ['"Russia is ready.'], ["Next story."])
    assert quoted_sentences(unclosed, 0) == [0, 1]
    assert quoted_sentences(sentences(["Last words:"]), 0) == [0]
    # A sentence that opens a quotation brings its rest; one that closes it stands alone.
    assert quoted_sentences(next_paragraph, 1) == [1, 2]
    assert quoted_sentences(next_paragraph, 2) == [2]
    curly = sentences(["He said “we are ready.", "We are partners.” Then he left."])
    assert quoted_sentences(curly, 0) == [0, 1]


def test_news_outlets_are_listed_as_reporting_not_as_connections():
    from generator.model import Article, Briefing

    text = "X met Y, TASS reported."
    article = Article("2024-01-01-a", "A", "2024-01-01", "Wire", None, "en", (text,))
    entities = (
        Entity("actors", "x", "X", "person"),
        Entity("actors", "y", "Y", "person"),
        Entity("actors", "tass", "TASS", "media"),
    )
    starts = {e.id: text.index(e.name) for e in entities}
    mentions = tuple(
        Mention(
            f"actors/{e.id}",
            article.id,
            0,
            0,
            starts[e.id],
            starts[e.id] + len(e.name),
            e.name,
            "curated",
        )
        for e in entities
    )
    sentence = Sentence(0, 0, len(text), text, ())
    linked = link(Resolved(entities, mentions, {article.id: (sentence,)}), (article,))
    pages = render_pages(ROOT / "templates", linked, Briefing("T", "S"))
    x = pages["actors/x.md"]
    appears, reported = x.split('<h2 id="appears-with">')[1].split('<h2 id="reported-by">')
    assert '<a href="../y/">Y</a>' in appears and "TASS" not in appears
    assert '<a href="../tass/">TASS</a>' in reported.split("<h2 ")[0]
    # The outlet's own page still lists whom it reported on.
    assert '<a href="../x/">X</a>' in pages["actors/tass.md"].split('<h2 id="appears-with">')[1]
    assert "## News outlets" in pages["actors/index.md"]


def test_newest_first_lists_put_undated_entries_last():
    from generator.model import Article, Briefing

    article = Article("2024-01-01-a", "A", "2024-01-01", "Wire", None, "en", ("Text.",))
    entities = (
        Entity("agreements", "a-undated", "Undated deal", "deal"),
        Entity("agreements", "b-old", "Old deal", "deal", date="2020"),
        Entity("agreements", "c-new", "New deal", "deal", date="2024-05"),
    )
    sentence = Sentence(0, 0, 5, "Text.", ())
    linked = link(Resolved(entities, (), {article.id: (sentence,)}), (article,))
    index = render_pages(ROOT / "templates", linked, Briefing("T", "S"))["agreements/index.md"]
    order = [index.index(name) for name in ("New deal", "Old deal", "Undated deal")]
    assert order == sorted(order)


def test_the_agreements_index_names_each_agreements_parties():
    """ "Who signed which agreement" is read off the index, as the events index lists
    participants, instead of opening every agreement; a name's Markdown stays text."""
    from generator.model import Article, Briefing

    article = Article("2024-01-01-a", "A", "2024-01-01", "Wire", None, "en", ("Text.",))
    entities = (
        Entity("actors", "iran", "Iran", "state"),
        Entity("actors", "odd", "A *star* | pipe", "person"),
        Entity("agreements", "deal", "Deal", "deal", parties=("iran", "odd")),
        Entity("agreements", "pact", "Pact", "treaty"),
    )
    sentence = Sentence(0, 0, 5, "Text.", ())
    linked = link(Resolved(entities, (), {article.id: (sentence,)}), (article,))
    index = render_pages(ROOT / "templates", linked, Briefing("T", "S"))["agreements/index.md"]
    assert "| Date | Agreement | Parties | Type |" in index
    row = next(line for line in index.splitlines() if "[Deal]" in line)
    assert "[Iran](../actors/iran.md), [A \\*star\\* \\| pipe](../actors/odd.md)" in row
    assert row.endswith("| deal |")
    pact = next(line for line in index.splitlines() if "[Pact]" in line)
    assert pact.endswith("|  | treaty |")


def test_proposed_marks_a_row_only_when_some_rows_are_reviewed():
    """On a briefing with no curated record (real news, no editor yet) the word after every
    name sets nothing apart: one sentence says it for the page; mixed pages keep the marks."""
    from generator.model import Article, Briefing

    article = Article("2024-01-01-a", "A", "2024-01-01", "Wire", None, "en", ("Text.",))
    sentence = Sentence(0, 0, 5, "Text.", ())
    found = (
        Entity("actors", "x", "X", "person", curated=False),
        Entity("agreements", "deal", "Deal", "deal", curated=False),
        Entity("events", "talks", "Talks", "meeting", date="2024", curated=False),
    )

    def indexes(*entities):
        linked = link(Resolved(entities, (), {article.id: (sentence,)}), (article,))
        pages = render_pages(ROOT / "templates", linked, Briefing("T", "S"))
        return [pages[f"{k}/index.md"] for k in ("actors", "agreements", "events")]

    for page in indexes(*found):
        assert "*proposed*" not in page and "*NLP*" not in page
        assert "All were found automatically in the articles and none has been reviewed" in page
    reviewed = tuple(replace(e, id=e.id + "-2", name=e.name + "2", curated=True) for e in found)
    actors, agreements, events = indexes(*found, *reviewed)
    assert '<a href="x/">X</a> <em>NLP</em></td>' in actors
    assert '<a href="x-2/">X2</a></td>' in actors
    assert "[Deal](deal.md) *proposed*" in agreements and "[Deal2](deal-2.md) |" in agreements
    assert '<a href="talks/">Talks</a> <em>proposed</em></td>' in events
    for page in (actors, agreements, events):
        assert "none has been reviewed" not in page


def test_a_place_counts_as_supported_only_where_a_sentence_uses_it_as_a_place():
    event = Entity("events", "e", "Meeting", "meeting", date="2024", place="Ashgabat, Turkmenistan")
    article = object()

    def places(*sentences):
        quotes = tuple(
            Quote("a", (QuotedSentence(i, i, s, ()),), ()) for i, s in enumerate(sentences, 1)
        )
        found = place_support(event, [EvidenceGroup(article, quotes)])
        return [(p.part, p.match, p.quote and f"¶{p.quote.indices[0]}") for p in found]

    assert places("Turkmenistan said no.", "They met at a conference in Turkmenistan.") == [
        ("Ashgabat", None, None),
        ("Turkmenistan", "in Turkmenistan", "¶2"),
    ]
    # A bare name, a possessive or a longer name does not place the event there.
    assert places(
        "Turkmenistan said no.", "Investment in Turkmenistan's gas.", "in Ashgabat Airport"
    ) == [("Ashgabat", None, None), ("Turkmenistan", None, None)]


def test_an_adjective_names_its_actor_only_on_its_own():
    assert names_by_adjective("Putin and his Iranian counterpart", "Iranian")
    assert names_by_adjective("The Iranian side agreed", "Iranian")
    assert names_by_adjective("U.S. and Israeli strikes", "Israeli")
    assert not names_by_adjective("Latin American delegations", "American")
    assert not names_by_adjective("anti-Israeli protests", "Israeli")
    assert not names_by_adjective("an Iranian-American doctor", "Iranian")
    # A state's people standing for it: "the Israelis said", "Iranians protested".
    assert names_by_adjective("The Israelis said they would respond", "Israeli")
    assert names_by_adjective("Iranians protested in Tehran", "Iranian")
    assert not names_by_adjective("the Israelites", "Israeli")
    assert not names_by_adjective("the Latin Americans", "American")


def test_parties_named_in_the_evidence_by_mention_or_adjective():
    from generator.model import Article, Briefing

    text = "Putin and his Iranian counterpart signed the deal."
    article = Article("2025-01-01-a", "A", "2025-01-01", "Wire", None, "en", (text,))
    entities = (
        Entity("actors", "putin", "Putin", "person"),
        Entity("actors", "iran", "Iran", "state", adjectives=("Iranian",)),
        Entity("actors", "russia", "Russia", "state", adjectives=("Russian",)),
        Entity("agreements", "deal", "Deal", "deal", parties=("putin", "iran", "russia")),
    )
    mentions = (
        Mention("actors/putin", article.id, 0, 0, 0, 5, "Putin", "curated"),
        Mention("agreements/deal", article.id, 0, 0, 41, 49, "the deal", "annotation"),
    )
    sentence = Sentence(0, 0, len(text), text, ())
    linked = link(Resolved(entities, mentions, {article.id: (sentence,)}), (article,))
    page = render_pages(ROOT / "templates", linked, Briefing("T", "S"))["agreements/deal.md"]
    assert "not named in the sentences quoted below: Russia (the editors' record)" in page
    # A proposal's fields are the machine's, not an editor's: the note says so.
    proposed = (*entities[:3], replace(entities[3], curated=False))
    linked = link(Resolved(proposed, mentions, {article.id: (sentence,)}), (article,))
    page = render_pages(ROOT / "templates", linked, Briefing("T", "S"))["agreements/deal.md"]
    assert "Russia (the machine's proposal, not an editor's)" in page
    assert "editors' record" not in page


def test_support_notes_need_quoted_sentences_to_speak_of():
    from generator.model import Article, Briefing

    article = Article("2024-01-01-a", "A", "2024-01-01", "Wire", None, "en", ("Text.",))
    entities = (
        Entity("actors", "x", "X", "person"),
        Entity("events", "e", "Summit", "meeting", date="2024-01", place="Oslo", parties=("x",)),
    )
    sentence = Sentence(0, 0, 5, "Text.", ())
    linked = link(Resolved(entities, (), {article.id: (sentence,)}), (article,))
    page = render_pages(ROOT / "templates", linked, Briefing("T", "S"))["events/e.md"]
    assert "No article in this briefing names it." in page
    assert "quoted below" not in page


def test_pages_name_the_briefings_own_content_folder():
    from generator.model import Briefing
    from generator.render import code

    _, pages = tiny_site("Rufus")
    assert "add one in `content/events/`" in pages["index.md"]
    evidence = tiny_site("Rufus")[0].evidence
    pages = render_evidence(ROOT / "templates", evidence, Briefing("T", "S"), "briefs/my_brief")
    assert "add one in `briefs/my_brief/events/`" in pages["index.md"]
    html = markdown.markdown(code("a`b <i>*x*</i>"))
    assert "<code>a`b &lt;i&gt;*x*&lt;/i&gt;</code>" in html


def test_the_timeline_lists_dated_entries_and_links_the_undated_listed_apart():
    article = Article("2024-01-01-a", "A", "2024-01-01", "Wire", None, "en", ("Text.",))
    sentence = Sentence(0, 0, 5, "Text.", ())

    def timeline_pages(*entities: Entity) -> dict[str, str]:
        linked = link(Resolved(entities, (), {article.id: (sentence,)}), (article,))
        pages = render_pages(ROOT / "templates", linked, Briefing("T", "S"))
        return {k: v for k, v in pages.items() if k.startswith("timeline/")}

    dated = Entity("agreements", "deal", "Old deal", "deal", date="2020")
    talks = Entity("events", "talks", "Talks", "meeting", curated=False)
    pages = timeline_pages(dated, talks)
    assert sorted(pages) == ["timeline/index.md", "timeline/undated.md"]
    assert "Old deal" in pages["timeline/index.md"] and "Talks" not in pages["timeline/index.md"]
    assert (
        "1 entry has no date and is listed apart: "
        "[undated events and agreements](undated.md){: .timeline-undated }."
    ) in pages["timeline/index.md"]
    assert "## Undated" not in pages["timeline/index.md"]
    undated_page = pages["timeline/undated.md"]
    assert (
        "# Undated events and agreements" in undated_page
        and "[the timeline](index.md)" in undated_page
    )
    # No date shown; no "proposed" after the name when none of the page's entries is reviewed:
    # one sentence says it for all of them.
    assert '"><a href="../../events/talks/">Talks</a> · Meeting</li>' in undated_page
    assert (
        "All were found automatically in the articles and none has been reviewed yet; an editor"
        in undated_page
    )
    mixed = timeline_pages(dated, talks, replace(talks, id="more", name="More", curated=True))
    talks_li = '"><a href="../../events/talks/">Talks</a> <em>proposed</em> · Meeting</li>'
    assert talks_li in mixed["timeline/undated.md"]
    assert '"><a href="../../events/more/">More</a> · Meeting</li>' in mixed["timeline/undated.md"]
    assert "Entries marked *proposed* were found" in mixed["timeline/undated.md"]
    assert "found automatically" not in pages["timeline/index.md"]  # all reviewed: no word
    assert "Old deal" not in undated_page
    # Nothing undated: no such page; nothing dated: the timeline says so and links the rest.
    assert sorted(timeline_pages(dated)) == ["timeline/index.md"]
    only_undated = timeline_pages(talks)["timeline/index.md"]
    assert "No dated events or agreements yet." in only_undated and "(undated.md)" in only_undated


def test_the_timeline_is_made_again_when_only_the_count_of_undated_entries_changes():
    """A rebuild keeps a page whose job data did not change: the timeline says how many
    entries are listed apart, so that count is part of what it is made from."""
    article = Article("2024-01-01-a", "A", "2024-01-01", "Wire", None, "en", ("Text.",))
    sentence = Sentence(0, 0, 5, "Text.", ())
    dated = Entity("agreements", "deal", "Old deal", "deal", date="2020")

    def timeline_job(*undated: Entity) -> object:
        linked = link(Resolved((dated, *undated), (), {article.id: (sentence,)}), (article,))
        briefing = Briefing("T", "S")
        jobs = Renderer(ROOT / "templates", gather(linked, briefing), briefing).overview_jobs()
        return next(data for page, data, _make in jobs if page == "timeline/index.md")

    one = Entity("events", "talks", "Talks", "meeting")
    two = Entity("events", "visit", "Visit", "visit")
    assert timeline_job(one) != timeline_job(one, two)
    assert timeline_job(one) == timeline_job(one)


def test_lists_with_a_date_column_show_a_proposed_event_without_its_date_twice():
    event = Entity("events", "death-x", "Death of Don Imus (27 December 2019)", "death",
                   date="2019-12-27", curated=False)  # fmt: skip
    assert undated(event) == "Death of Don Imus"
    other_day = Entity("events", "e", "Visit (2 May 2019)", "visit", date="2019-05-03")
    assert undated(other_day) == "Visit (2 May 2019)"
    assert undated(Entity("events", "e", "Summit", "meeting")) == "Summit"


def test_a_page_quotes_the_newest_articles_and_lists_the_older_by_title(monkeypatch):
    """A hub actor named in thousands of articles: its page quotes the newest and names the
    rest, so every source stays one click away without a page of megabytes."""
    monkeypatch.setattr("generator.evidence.MENTION_QUOTES", 2)
    entity = Entity("actors", "x", "Xland", "state")
    articles, mentions, sentences = [], [], {}
    for day in range(1, 5):
        text = f"Xland spoke on day {day}."
        article = Article(
            f"2024-01-0{day}-a", f"Day {day}", f"2024-01-0{day}", "Wire", None, "en", (text,)
        )
        articles.append(article)
        mentions.append(Mention("actors/x", article.id, 0, 0, 0, 5, "Xland", "curated"))
        sentences[article.id] = (Sentence(0, 0, len(text), text, ()),)
    linked = link(Resolved((entity,), tuple(mentions), sentences), tuple(articles))
    page = render_pages(ROOT / "templates", linked, Briefing("T", "S"))["actors/x.md"]
    quoted, older = page.split('<h3 id="older-articles">')
    assert "day 4" in quoted and "day 3" in quoted and "day 2" not in quoted
    assert "the 2 newest of the 4 articles naming it" in older
    assert older.index(">Day 2</a>") < older.index(">Day 1</a>")
    assert "day 2" not in older  # listed by title, not quoted
    assert "4 sentences in 4 articles" in page  # the statistics still count them all


def test_an_actor_page_quotes_its_newest_sentences_and_lists_the_rest_by_article(
    monkeypatch,
):
    """perf57: a hub actor's page quotes the sentences of its newest articles up to
    ``MENTION_QUOTES`` (whole articles: one is never cut) and lists each older article by
    title, linked to the first paragraph naming it, with the paragraphs' numbers: every
    mention stays one click away while the page (and the site engine's time on it) stays
    small; the counts say what was left out."""
    monkeypatch.setattr("generator.evidence.MENTION_QUOTES", 3)
    entity = Entity("actors", "x", "Xland", "state")
    articles, mentions, sentences = [], [], {}
    for day in range(1, 5):
        first, second = f"Xland spoke on day {day}.", f"Xland voted on day {day}."
        article = Article(
            f"2024-01-0{day}-a",
            f"Day {day}",
            f"2024-01-0{day}",
            "Wire",
            None,
            "en",
            (first, second),
        )
        articles.append(article)
        for index in (0, 1):
            mentions.append(Mention("actors/x", article.id, index, index, 0, 5, "Xland", "curated"))
        sentences[article.id] = (
            Sentence(0, 0, len(first), first, ()),
            Sentence(1, 0, len(second), second, ()),
        )
    linked = link(Resolved((entity,), tuple(mentions), sentences), tuple(articles))
    page = render_pages(ROOT / "templates", linked, Briefing("T", "S"))["actors/x.md"]
    quoted, older = page.split('<h3 id="older-articles">')
    # Day 4's two sentences fit in 3; day 3's would make 4: it is listed, not quoted.
    assert "spoke on day 4" in quoted and "voted on day 4" in quoted
    assert "day 3" not in quoted and "day 3" not in older
    assert "2 sentences from the newest of the 4 articles naming it" in older
    assert "The other 6 sentences are listed by article" in older
    listed = next(
        line for line in older.splitlines() if line.startswith("<ul data-search-exclude> <li>")
    )
    rows = (
        listed.removeprefix("<ul data-search-exclude> <li>")
        .removesuffix("</li> </ul>")
        .split("</li> <li>")
    )
    assert [row.split("</a>")[0].split(">")[1] for row in rows] == ["Day 3", "Day 2", "Day 1"]
    for row in rows:  # the title opens the article at the first paragraph naming it
        assert row.count("<a ") == 1 and '-a/#p1">' in row and row.endswith(" · ¶1, ¶2")
    assert "8 sentences in 4 articles" in page  # the statistics still count them all


def test_a_hub_pages_mentions_say_at_their_top_what_is_quoted_and_what_is_listed(monkeypatch):
    """reader8: on a phone the Older articles list comes after screens of quotes, so a reader
    of the Mentions could not tell that only the newest articles are quoted until the end;
    the first line under the heading says so and links to the list. A page that quotes every
    article keeps no such line."""
    entity = Entity("actors", "x", "Xland", "state")
    articles, mentions, sentences = [], [], {}
    for day in range(1, 4):
        text = f"Xland spoke on day {day}."
        article = Article(
            f"2024-01-0{day}-a", f"Day {day}", f"2024-01-0{day}", "Wire", None, "en", (text,)
        )
        articles.append(article)
        mentions.append(Mention("actors/x", article.id, 0, 0, 0, 5, "Xland", "curated"))
        sentences[article.id] = (Sentence(0, 0, len(text), text, ()),)
    linked = link(Resolved((entity,), tuple(mentions), sentences), tuple(articles))

    def mentions_top() -> str:
        page = render_pages(ROOT / "templates", linked, Briefing("T", "S"))["actors/x.md"]
        return page.split('<h2 id="mentions">', 1)[1].split("\n", 2)[2].split("\n", 1)[0]

    assert mentions_top() == (
        '<h3 id="day-3"><a href="../../articles/2024-01-03-a/">Day 3</a><a class="headerlink"'
        ' href="#day-3" title="Permanent link">&para;</a></h3>'
    )
    monkeypatch.setattr("generator.evidence.MENTION_QUOTES", 1)
    assert mentions_top() == (
        "<p>Quoted below: 1 sentence from the newest of the 3 articles naming it. Listed after"
        ' them, one row each: <a href="#older-articles">the 2 older articles</a>.</p>'
    )


def test_rendering_leaves_no_reference_cycle_holding_the_views_or_the_digester():
    """Once the pages are made, nothing the renderer or the digester made refers to the views
    any more, so they go with the caller's last reference (by reference counting, not at the
    cyclic collector's next pass: 80,000 objects after one edit at 1,000 articles)."""
    import gc
    import sys
    import weakref

    from generator.render import page_digester, render_changed
    from generator.reuse import Previous

    article = Article("2024-01-01-a", "A", "2024-01-01", "Wire", None, "en", ("Jane Roe spoke.",))
    actor = Entity("actors", "x", "Jane Roe", "person")
    sentence = Sentence(0, 0, 15, "Jane Roe spoke.", ())
    mention = Mention("actors/x", article.id, 0, 0, 0, 8, "Jane Roe", "curated")
    linked = link(Resolved((actor,), (mention,), {article.id: (sentence,)}), (article,))
    evidence = gather(linked, Briefing("T", "S"))
    gc.collect()
    gc.disable()
    try:
        held = sys.getrefcount(evidence), sys.getrefcount(evidence.entities)
        pages = render_evidence(ROOT / "templates", evidence, Briefing("T", "S"))
        assert "actors/x.md" in pages
        assert (sys.getrefcount(evidence), sys.getrefcount(evidence.entities)) == held
        digester = page_digester(ROOT / "templates", Briefing("T", "S"), "content", None)
        rendered = render_changed(
            ROOT / "templates",
            evidence,
            Briefing("T", "S"),
            previous=Previous(ROOT / "no-such-folder", {}),
            digester=digester,
        )
        assert rendered.pages == pages
        assert (sys.getrefcount(evidence), sys.getrefcount(evidence.entities)) == held
        gone = weakref.ref(digester)
        del digester
        assert gone() is None, "the digester went with its last reference"
    finally:
        gc.enable()


def _reader_site(*entities: Entity) -> dict[str, str]:
    """Pages of a briefing whose one article names every actor given, in one sentence."""
    actors = [e for e in entities if e.kind == "actors"]
    text = " and ".join(a.name for a in actors) + " met."
    article = Article("2024-01-01-a", "A", "2024-01-01", "Wire", None, "en", (text,))
    mentions = tuple(
        Mention(f"actors/{a.id}", article.id, 0, 0, text.index(a.name),
                text.index(a.name) + len(a.name), a.name, "curated")
        for a in actors
    )  # fmt: skip
    sentence = Sentence(0, 0, len(text), text, ())
    linked = link(Resolved(entities, mentions, {article.id: (sentence,)}), (article,))
    return render_pages(ROOT / "templates", linked, Briefing("T", "S"))


def test_the_actors_index_shows_an_about_column_only_where_an_actor_has_a_description():
    """A briefing of found actors has no descriptions: an empty column on every row of a
    long table tells a reader nothing."""
    pages = _reader_site(
        Entity("actors", "x", "Xavier", "person", curated=False),
        Entity("actors", "y", "Yvonne", "person", curated=False),
        Entity("actors", "acme", "Acme", "organisation", description="A maker of anvils."),
    )
    people, organisations = pages["actors/index.md"].split("## People")[1].split("## Org")
    right = ' style="text-align: right;"'
    assert f"<th>Name</th> <th{right}>Mentions</th>" in people and "About" not in people
    assert f'<a href="x/">Xavier</a> <em>NLP</em></td> <td{right}>1</td>' in people
    assert f"<th>Name</th> <th>About</th> <th{right}>Mentions</th>" in organisations
    acme = f'<td><a href="acme/">Acme</a></td> <td>A maker of anvils.</td> <td{right}>1</td>'
    assert acme in organisations


def test_an_actors_timeline_has_a_role_column_only_when_a_role_differs():
    """Every row saying "participant" is noise; the column says something once an event
    only concerns the actor."""
    x = Entity("actors", "x", "Xavier", "person")
    talks = Entity("events", "talks", "Talks", "meeting", date="2024-01-01", parties=("x",))
    visit = Entity("events", "visit", "Visit", "visit", date="2024-01-02", about=("x",))
    timeline = '<h2 id="timeline">'
    alone = _reader_site(x, talks)["actors/x.md"].split(timeline)[1].split("<h2 ")[0]
    assert "<th>Date</th> <th>Event</th> </tr>" in alone and "participant" not in alone
    both = _reader_site(x, talks, visit)["actors/x.md"].split(timeline)[1].split("<h2 ")[0]
    assert "<th>Date</th> <th>Event</th> <th>Role</th> </tr>" in both
    assert "<td>participant</td>" in both and "<td>concerned</td>" in both


def test_boilerplate_notes_stay_out_of_the_search_so_a_result_shows_the_page_itself():
    """Every found actor and proposed record carries the same note; as the start of each
    search result it hid what the page says."""
    pages = _reader_site(
        Entity("actors", "x", "Xavier", "person", curated=False),
        Entity("events", "talks", "Talks", "meeting", parties=("x",), curated=False),
    )
    for path in ("actors/x.md", "events/talks.md"):
        html = markdown.markdown(get_data(pages[path])[0], extensions=SITE_EXTENSIONS)
        wrapper = html.split('<div class="admonition')[0].rsplit("<div", 1)[1]
        assert wrapper.strip() == 'data-search-exclude="data-search-exclude">', (path, html)


def test_the_review_names_the_command_a_reader_can_type():
    """``generator review`` is no command: the command is ``briefing`` (or
    ``python -m generator``)."""
    from generator.evidence.review import Review

    article = Article("2024-01-01-a", "A", "2024-01-01", "Wire", None, "en", ("Text.",))
    linked = link(Resolved((), (), {article.id: (Sentence(0, 0, 5, "Text.", ()),)}), (article,))
    briefing = Briefing("T", "S")
    pages = render_evidence(
        ROOT / "templates", gather(linked, briefing), briefing, review=Review(())
    )
    assert "<code>briefing review --only KIND</code> prints the same" in pages["review/index.html"]


def test_an_undated_record_says_so_once_in_its_infobox_not_again_under_it():
    """A "Date: undated" line under the infobox repeated it, and led the record's search
    result; a dated record keeps the line, which carries the date's support."""
    x = Entity("actors", "x", "Xavier", "person")
    talks = Entity("events", "talks", "Talks", "meeting", parties=("x",), curated=False)
    deal = Entity("agreements", "deal", "Deal", "deal", parties=("x",), curated=False)
    visit = Entity("events", "visit", "Visit", "visit", date="2024-01-01", parties=("x",))
    pages = _reader_site(x, talks, deal, visit)
    for path in ("events/talks.md", "agreements/deal.md"):
        infobox, rest = pages[path].split("</aside>")
        assert "<dt>Date</dt><dd>undated</dd>" in infobox, path
        assert "<strong>Date:</strong>" not in rest, path
    assert "<li><strong>Date:</strong> 1 January 2024" in pages["events/visit.md"]


def _dated_event_page(text: str, published: str, date: str, date_text: str, word: str) -> str:
    """The page of a proposed event dated ``date`` from ``date_text``, its evidence the
    sentence of ``text`` that holds ``word`` (the event's mention)."""
    article = Article("a", "A", published, "Wire", None, "en", (text,))
    sentences, start = [], 0
    for part in text.split(". "):
        end = min(start + len(part) + 1, len(text))
        sentences.append(Sentence(0, start, end, text[start:end], ()))
        start = end + 1
    at = text.index(word)
    index = next(i for i, s in enumerate(sentences) if s.start <= at < s.end)
    event = Entity("events", "e", "E", "death", date=date, date_text=date_text, curated=False)
    mention = Mention("events/e", "a", 0, index, at, at + len(word), word, "extract")
    linked = link(Resolved((event,), (mention,), {"a": tuple(sentences)}), (article,))
    return render_pages(ROOT / "templates", linked, Briefing("T", "S"))["events/e.md"]


def test_a_bare_weekday_the_event_was_dated_from_supports_its_date():
    """reader2: "Tony Mendez died Saturday, aged 78" dated the death 19 January 2019 (the
    extractor reads a bare weekday); the page then said no date in that very sentence
    matched."""
    page = _dated_event_page(
        "Tony Mendez died Saturday, aged 78.", "2019-01-22", "2019-01-19", "Saturday", "died"
    )
    assert "no date found" not in page
    assert 'says "Saturday"' in page and "19 January 2019, as proposed" in page


def test_a_proposed_date_the_quote_bears_out_is_as_proposed_not_as_recorded():
    """reader7: a proposed event's page said "3 October 2019, as recorded" under its date,
    claiming a record no editor made; a proposal's own date is "as proposed"."""
    page = _dated_event_page(
        "On Thursday an IT worker went on a stabbing spree, killing four.",
        "2019-10-05",
        "2019-10-03",
        "On Thursday",
        "killing",
    )
    assert "proposed by the machine" in page
    assert "3 October 2019, as proposed" in page
    assert "as recorded" not in page


def test_date_words_of_a_sentence_not_quoted_are_said_to_be_elsewhere_in_the_article():
    """reader2: "… was sentenced on Wednesday. Paul Manafort was sentenced by Judge …": the
    event, quoted from the second sentence, is dated by the first; the page showed ("on
    Wednesday") and then "no date found in the sentences quoted below"."""
    page = _dated_event_page(
        "An advisor was sentenced on Wednesday. Manafort was sentenced by a judge.",
        "2019-03-15",
        "2019-03-13",
        "on Wednesday",
        "sentenced by",
    )
    assert "Manafort was **sentenced by**" in page or "Manafort was" in page
    assert (
        '"on Wednesday" is not in the sentences quoted below but elsewhere in the article' in page
    )


def test_a_quotation_of_a_few_words_is_listed_with_the_sentence_it_is_in():
    """reader2: "President Trump claims he would be okay if the impasse … went on for
    "years."" was listed as Trump's statement “years.”; a span of at most four words (GOLD's
    fragment: a scare quote, the first half of an interrupted quotation) says nothing alone."""
    text = 'Trump said the shutdown could go on for "years." He said "I can do it if I want."'
    article = Article("a", "A", "2019-01-07", "Wire", None, "en", (text,))
    first = text.index(" He said")
    sentences = (
        Sentence(0, 0, first, text[:first], ()),
        Sentence(0, first + 1, len(text), text[first + 1 :], ()),
    )
    trump = Entity("actors", "trump", "Trump", "person")
    mentions = (Mention("actors/trump", "a", 0, 0, 0, 5, "Trump", "curated"),)
    day = "2019-01-07"
    said = (
        Statement("s1", "actors/trump", "years.", "a", 0, 0, day, None, 41),
        Statement("s2", "actors/trump", "I can do it if I want.", "a", 0, 1, day, None, 58),
    )
    resolved = Resolved((trump,), mentions, {"a": sentences}, statements=said)
    page = render_pages(ROOT / "templates", link(resolved, (article,)), Briefing("T", "S"))[
        "actors/trump.md"
    ]
    assert '“years.” in <em>Trump said the shutdown could go on for "years."</em>' in page
    assert "“I can do it if I want.” <a aria-label" in page  # a longer one stands alone


def test_one_quotation_reported_by_two_articles_is_listed_once_with_both():
    """The lead's reader check, session 47: a governor's words printed by two outlets the same
    day were listed twice on his page ("Statements 2"), as if said twice; they are one item,
    dated by its first report, with a ¶ link to each article. Other words stay apart."""
    words = "No one should take this storm lightly."
    later = "Stay inside until the storm has passed."
    texts = {
        "2019-07-12-a": f'Governor Edwards said: "{words}"',
        "2019-07-13-b": f'Edwards warned: "{words[:-1]}" He added: "{later}"',
    }
    articles = tuple(
        Article(key, key[-1].upper(), key[:10], "Wire", None, "en", (text,))
        for key, text in texts.items()
    )
    sentences = {key: (Sentence(0, 0, len(t), t, ()),) for key, t in texts.items()}
    edwards = Entity("actors", "edwards", "John Bel Edwards", "person")
    mentions = tuple(
        Mention("actors/edwards", key, 0, 0, t.index("Edwards"), t.index("Edwards") + 7,
                "Edwards", "curated")
        for key, t in texts.items()
    )  # fmt: skip
    said = (
        Statement("s1", "actors/edwards", words, "2019-07-12-a", 0, 0, "2019-07-12", None, 26),
        Statement("s2", "actors/edwards", words[:-1], "2019-07-13-b", 0, 0, "2019-07-13", None, 17),
        Statement("s3", "actors/edwards", later, "2019-07-13-b", 0, 0, "2019-07-13", None, 70),
    )  # fmt: skip
    resolved = Resolved((edwards,), mentions, sentences, statements=said)
    page = render_pages(ROOT / "templates", link(resolved, articles), Briefing("T", "S"))[
        "actors/edwards.md"
    ]
    assert "<dt>Statements</dt><dd>2</dd>" in page, page.split("</aside>")[0]
    listed = page.split(">Statements<")[2].split("</ul>")[0]
    assert listed.count("No one should take this storm lightly") == 1, listed
    first, second = listed.split("<li>")[1:]
    assert first.startswith(
        "13 July 2019: “Stay inside until the storm has passed.”"
    )  # newest first
    assert second.startswith("12 July 2019: “No one should take this storm lightly.”")
    assert "2019-07-12-a/#p1" in second and "; also <a" in second and "2019-07-13-b/#p1" in second


def test_support_notes_stay_out_of_the_search_so_an_event_result_shows_the_event():
    """ "each named in the sentences quoted below" led every event's search result; the notes
    (nested items under Date, Place, Participants) are excluded, the facts they qualify kept."""
    text = "Xavier and Yvonne held talks in Oslo."
    article = Article("2024-01-01-a", "A", "2024-01-01", "Wire", None, "en", (text,))
    entities = (
        Entity("actors", "x", "Xavier", "person"),
        Entity("actors", "y", "Yvonne", "person"),
        Entity("events", "talks", "Talks", "meeting", date="2024-01-01", place="Oslo",
               parties=("x", "y"), curated=False),
    )  # fmt: skip
    spans = {"actors/x": "Xavier", "actors/y": "Yvonne", "events/talks": "talks"}
    mentions = tuple(
        Mention(k, article.id, 0, 0, text.index(w), text.index(w) + len(w), w, "curated")
        for k, w in spans.items()
    )
    sentence = Sentence(0, 0, len(text), text, ())
    linked = link(Resolved(entities, mentions, {article.id: (sentence,)}), (article,))
    page = render_pages(ROOT / "templates", linked, Briefing("T", "S"))["events/talks.md"]
    html = markdown.markdown(get_data(page)[0], extensions=SITE_EXTENSIONS)
    items = [i.split("</li>")[0] for i in html.split("<li")[1:]]
    notes = [i for i in items if "quoted below" in i or "article says" in i]
    assert len(notes) == 3, html  # the date's, the place's and the participants' notes
    assert all(i.startswith(" data-search-exclude>") for i in notes), notes
    facts = [i for i in items if "<strong>" in i]
    assert len(facts) == 3 and not any("data-search-exclude" in i for i in facts)


def test_the_home_says_undated_once_for_the_agreements_without_a_date():
    """ "· undated" after 9 of 12 entries: the dated ones keep their date, the undated are
    listed after them under one line saying so."""
    x = Entity("actors", "x", "Xavier", "person")
    pages = _reader_site(
        x,
        Entity("agreements", "old", "Old deal", "deal", date="2020-05", parties=("x",)),
        Entity("agreements", "a", "A deal", "deal", parties=("x",)),
        Entity("agreements", "b", "B deal", "deal", parties=("x",)),
    )
    home = pages["index.md"].split("## Agreements")[1].split("##")[0]
    assert "undated" not in home.replace("Undated", "")
    assert "- [Old deal](agreements/old.md) · May 2020\n\nUndated:\n\n" in home
    assert "- [A deal](agreements/a.md)\n- [B deal](agreements/b.md)\n" in home
    only_undated = _reader_site(x, Entity("agreements", "a", "A deal", "deal", parties=("x",)))
    assert "## Agreements\n\n- [A deal](agreements/a.md)\n" in only_undated["index.md"]


def test_the_briefings_own_outlet_is_no_key_actor_but_keeps_its_page():
    """Wikinews, the source of every article of the 100-article bench, is named in many of its
    articles ("Wikinews interviews …") and so ranked first of the key actors and on the graph:
    a reader expects the briefing's subjects there, not its publisher. Named, it keeps its
    page, which lists the articles it published; a web host as source names it too."""
    texts = ("Wikinews spoke to Xavier.", "Wikinews asked Yvonne.", "Wikinews met Xavier.")
    articles = tuple(
        Article(f"2024-01-0{i}-a", "A", f"2024-01-0{i}", "en.wikinews.org", None, "en", (t,))
        for i, t in enumerate(texts, 1)
    )
    entities = (
        Entity("actors", "wikinews", "Wikinews", "organisation", curated=False),
        Entity("actors", "x", "Xavier", "person"),
        Entity("actors", "y", "Yvonne", "person"),
    )
    mentions = tuple(
        Mention(f"actors/{e.id}", a.id, 0, 0, t.index(e.name), t.index(e.name) + len(e.name),
                e.name, "curated")
        for a, t in zip(articles, texts, strict=True) for e in entities if e.name in t
    )  # fmt: skip
    sentences = {
        a.id: (Sentence(0, 0, len(t), t, ()),) for a, t in zip(articles, texts, strict=True)
    }
    linked = link(Resolved(entities, mentions, sentences), articles)
    pages = render_pages(ROOT / "templates", linked, Briefing("T", "S"))
    key_actors = pages["index.md"].split("## Key actors")[1].split("##")[0]
    assert "Xavier" in key_actors and "Yvonne" in key_actors and "Wikinews" not in key_actors
    assert "Wikinews" not in pages["graph/index.md"]
    assert "all 2 actors (not the news outlet its articles come from)," in pages["graph/index.md"]
    # Typed as the news outlet it is here: under "News outlets", and a source of Xavier's page.
    outlets = pages["actors/index.md"].split("## News outlets")[1]
    assert '<a href="wikinews/">Wikinews</a>' in outlets and "Xavier" not in outlets
    assert "News outlet" in pages["actors/wikinews.md"]
    xavier = pages["actors/x.md"]
    assert "Wikinews" in xavier.split("Reported by")[1] and "Related" not in xavier
    outlet = pages["actors/wikinews.md"].split('<h2 id="articles-from-this-source">')[1]
    assert outlet.count('<li><a href="../../articles/2024-01-0') == 3
    assert (
        '<li><strong>Source:</strong> <a href="../../actors/wikinews/">en.wikinews.org</a>'
        in pages["articles/2024-01-01-a.md"]
    )
    # An editor who lists it as a key actor has it there.
    listed = render_pages(ROOT / "templates", linked, Briefing("T", "S", key_actors=("wikinews",)))
    assert "Wikinews" in listed["index.md"].split("## Key actors")[1].split("##")[0]


def _html_ids(page: str) -> list[str]:
    html = markdown.markdown(get_data(page)[0], extensions=SITE_EXTENSIONS)
    return re.findall(r' id="([^"]+)"', html)


def test_a_long_events_index_opens_with_a_jump_list_by_year_and_month():
    """403 events on one page were 23,000 px: the jump list's every link lands on the first
    row of its month or year, and the undated have their page; a short index has none."""
    x = Entity("actors", "x", "Xavier", "person")
    dates = ["2019-09-06", "2019-09-01", "2019-08", "2019", "2018-12-24", "2008", "1920"]
    events = [
        Entity("events", f"e{i:02d}", f"Event {i}", "meeting", date=d, parties=("x",))
        for i, d in enumerate(dates + ["1900"] * 50 + [None] * 3)
    ]
    page = _reader_site(x, *events)["events/index.md"]
    top = page.split("<table>")[0]
    assert (
        "- **2019:** [September](#2019-09) · [August](#2019-08) · [year only](#2019)\n"
        "- **2018:** [December](#2018-12)\n"
        "- [2008](#2008) · [1920](#1920) · [1900](#1900)\n"
        "- [Undated](undated.md) (3)\n\n<table> <thead> <tr> <th>Date</th>"
    ) in page
    assert '<td id="2019-09">6 September 2019</td> <td><a href="e00/">Event 0</a></td>' in page
    assert '<td>1 September 2019</td> <td><a href="e01/">Event 1</a></td>' in page  # not first
    assert '<td id="1900">1900</td> <td><a href="e07/">Event 7</a></td>' in page
    ids = _html_ids(page)
    assert set(re.findall(r"\]\(#([^)]+)\)", top)) <= set(ids)
    assert len(ids) == len(set(ids))
    short = _reader_site(x, *events[:20])["events/index.md"]
    assert "](#" not in short and "{ #" not in short and ' id="' not in short


def test_a_long_events_index_lists_its_undated_events_on_a_page_of_their_own():
    """247 undated events of 403 were one block at the index's end, with no date to scan by:
    past the jump list's length they go to ``events/undated.md``, linked from the jump list
    of every page of the index, by name with a line of first letters."""
    x = Entity("actors", "x", "Xavier", "person")
    dated = [
        Entity("events", f"d{i:02d}", f"Dated {i}", "meeting", date=f"2019-0{1 + i % 9}-01",
               parties=("x",))
        for i in range(20)
    ]  # fmt: skip
    names = {
        "arb": "Árbol talks",
        "acc": "Accord <b>",
        "boy": "Boycott",
        "cea": "Ceasefire",
        "199": "1999 pact",
    }
    undated = [
        Entity("events", f"{id_}-{i:02d}", f"{n} {i}", "meeting", parties=("x",),
               curated=i % 2 == 0)
        for id_, n in names.items() for i in range(11)
    ]  # fmt: skip
    pages = _reader_site(x, *dated, *undated)
    index, apart = pages["events/index.md"], pages["events/undated.md"]
    assert "- [Undated](undated.md) (55)\n\n<table> <thead> <tr> <th>Date</th>" in index
    assert "undated" not in index.split("<th>Date</th>")[1] and index.count('/">Dated ') == 20
    assert apart.startswith("---\nsearch:\n  exclude: true\n---\n")
    assert "# Undated events\n" in apart and "[the events index](index.md)" in apart
    assert "<th>Event</th> <th>Participants</th>" in apart and "<th>Date</th>" not in apart
    assert "- [\\#](#letter-other) · [A](#letter-a) · [B](#letter-b) · [C](#letter-c)\n" in apart
    assert '<td id="letter-other"></td> <td><a href="../199-00/">1999 pact 0</a></td>' in apart
    assert '<td id="letter-a"></td> <td><a href="../acc-00/">Accord &lt;b&gt; 0</a></td>' in apart
    assert '<a href="../arb-01/">Árbol talks 1</a> <em>proposed</em>' in apart  # an id's: A
    assert apart.count("<em>proposed</em>") == 25 and apart.count("*proposed*") == 1  # intro
    ids = _html_ids(apart)
    assert {"letter-other", "letter-a", "letter-b", "letter-c"} <= set(ids)
    assert len(ids) == len(set(ids))
    # Short, all dated or all undated: one index as before, no page apart.
    for rows in (dated + undated[:10], dated * 0 + undated, dated):
        assert "events/undated.md" not in _reader_site(x, *rows)


def test_the_undated_events_page_lists_them_by_their_names_not_their_ids():
    """A proposed event's id is its type and participants, not its name: by id, "Charges
    against Antoine Quirin" (``arrest-...``) was listed among the A's and "Acquittal of Bill
    Clinton" (``ruling-...``) among the R's of a page that says "by name" (reader48, 40
    Wikinews articles). Listed by name, each is under its own letter in the jump list."""
    x = Entity("actors", "x", "Xavier", "person")
    dated = [
        Entity("events", f"d{i:02d}", f"Dated {i}", "meeting", date="2019-01-01", parties=("x",))
        for i in range(20)
    ]
    names = {"arrest": "Charges against X", "ruling": "Acquittal of X", "zeal": "Émile's visit"}
    undated = [
        Entity("events", f"{id_}-x-{i:02d}", f"{name} {i}", "meeting", parties=("x",),
               curated=False)
        for id_, name in names.items() for i in range(20)
    ]  # fmt: skip
    apart = _reader_site(x, *dated, *undated)["events/undated.md"]
    shown = re.findall(r'<a href="\.\./[a-z0-9-]+/">([^<]+)</a>', apart)
    assert shown == sorted(shown, key=lambda n: n.replace("É", "E"))
    assert shown[0] == "Acquittal of X 0" and shown[-1] == "Émile's visit 9" and len(shown) == 60
    assert "- [A](#letter-a) · [C](#letter-c) · [E](#letter-e)\n" in apart
    assert '<td id="letter-c"></td> <td><a href="../arrest-x-00/">Charges against X 0</a>' in apart
    assert '<td id="letter-e"></td> <td><a href="../zeal-x-00/">Émile\'s visit 0</a>' in apart


def test_an_empty_events_or_agreements_index_says_none_was_found_not_an_empty_table():
    """40 Wikinews articles proposed no agreement: the agreements index was a table header
    over one blank row, and the home page said "No agreements are curated yet", though the
    machine's proposals are listed as well (reader48). Each says none was found instead."""
    pages = _reader_site(Entity("actors", "x", "Xavier", "person"))
    for kind in ("events", "agreements"):
        sentence = (
            f"No {kind} were found in the articles; an editor can add one in `content/{kind}/`."
        )
        index = pages[f"{kind}/index.md"]
        assert sentence in index and "<table" not in index and "| --- |" not in index
        assert sentence in pages["index.md"]
    assert "curated yet" not in pages["index.md"]
    x = Entity("actors", "x", "Xavier", "person")
    meeting = Entity("events", "m", "Meeting", "meeting", date="2024-01-01", parties=("x",))
    listed = _reader_site(x, meeting)
    assert "were found in the articles" not in listed["events/index.md"]
    assert '<a href="m/">Meeting</a>' in listed["events/index.md"]


def test_undated_events_listed_apart_give_the_day_they_were_first_reported(monkeypatch):
    """114 of 183 events proposed from 40 Wikinews articles are undated: listed by name only,
    two "Statement by Donald Trump" rows could not be told apart, and nothing said when any
    was news (reader48). Each row gives its oldest article's day, linked to it, in the first
    column (kept on one line on a wide screen, as the index's dates are; last, it was squeezed
    to "1 / November / 2019" beside a name the stylesheet keeps on one line); an actor's
    timeline says it after "undated"."""
    monkeypatch.setattr("generator.render.jumps.JUMP_ROWS", 1)
    texts = {"2019-10-18-a": "Trump said it.", "2019-11-01-b": "Trump said so."}
    articles = [Article(a, a[-1], a[:10], "Wire", None, "en", (t,)) for a, t in texts.items()]
    entities = (
        Entity("actors", "trump", "Donald Trump", "person"),
        Entity("events", "s1", "Statement by Donald Trump", "statement", parties=("trump",)),
        Entity("events", "s2", "Statement by Donald Trump", "statement", parties=("trump",)),
        Entity("events", "m", "Meeting", "meeting", date="2019-01-01", parties=("trump",)),
    )
    mentions = tuple(
        Mention(key, article, 0, 0, 0, 5, "Trump", "curated")
        for article, keys in (("2019-10-18-a", ("events/s1",)), ("2019-11-01-b", ("events/s2",)))
        for key in (*keys, "actors/trump")
    )
    sentences = {
        a.id: (Sentence(0, 0, len(a.paragraphs[0]), a.paragraphs[0], ()),) for a in articles
    }
    linked = link(Resolved(entities, mentions, sentences), tuple(articles))
    pages = render_pages(ROOT / "templates", linked, Briefing("T", "S"))
    apart = pages["events/undated.md"]
    assert "<th>First reported</th> <th>Event</th> <th>Participants</th>" in apart
    firsts = (("s1", "2019-10-18-a", "18 October"), ("s2", "2019-11-01-b", "1 November"))
    for event, article, day in firsts:
        assert (
            f'<td><a href="../../articles/{article}/">{day} 2019</a></td> '
            f'<td><a href="../{event}/">Statement by Donald Trump</a></td> '
            '<td><a href="../../actors/trump/">Donald Trump</a></td>'
        ) in apart
    # The actor's timeline too: "undated" alone on its rows, twice beside one name.
    timeline = pages["actors/trump.md"].split('<h2 id="timeline">')[1].split("</table>")[0]
    assert '<td>1 January 2019</td> <td><a href="../../events/m/">Meeting</a></td>' in timeline
    for event, article, day in firsts:
        assert (
            f'<td>undated, first reported <a href="../../articles/{article}/">{day} 2019</a></td> '
            f'<td><a href="../../events/{event}/">Statement by Donald Trump</a></td>'
        ) in timeline


def test_a_long_actors_index_opens_with_a_letter_list_per_type():
    names = [f"{c}{n}" for c in "ABCDEFGHIJ" for n in ("aron", "ella", "ilo", "orn", "una")]
    actors = [Entity("actors", n.lower(), n, "person") for n in names]
    actors += [
        Entity("actors", "emile", "Émile", "person"),
        Entity("actors", "acme", "Acme", "organisation"),
    ]
    page = _reader_site(*actors)["actors/index.md"]
    top = page.split("## People")[0]
    assert "- **People:** [A](#person-a) · [B](#person-b) · " in top
    # one order for the rows and the letters (ids.name_order, review49): "Émile" is listed
    # among the E's, under E, not after the Z's under a letter of its own
    assert "[J](#person-j)\n" in top and "x00c9" not in top
    assert page.index("Eilo") < page.index("Émile") < page.index("Eorn")
    assert "Organisations:" not in top  # one letter: its heading is the jump
    assert '<td id="person-a"><a href="aaron/">Aaron</a></td>' in page
    ids = _html_ids(page)
    assert set(re.findall(r"\]\(#([^)]+)\)", top)) <= set(ids)


def test_compiled_templates_are_kept_for_the_same_source_and_code_only(
    tmp_path, monkeypatch, jinja_compiles
):
    """A template's compiled code is kept beside it and read instead of compiling it again,
    but only for the same source compiled by the same code; a damaged entry or a folder that
    cannot be written only means compiling, with the same page."""
    import hashlib
    import shutil

    from generator import render as render_module
    from generator.render import templating
    from generator.render.templating import COMPILED

    templates = tmp_path / "templates"
    templates.mkdir()
    page = templates / "page.md.j2"
    page.write_text("# {{ title }}\n{% for x in items %}- {{ x }}\n{% endfor %}\n")
    compiled = jinja_compiles

    def rendered() -> str:
        env = render_module.environment(templates)
        return env.get_template("page.md.j2").render(title="A *b*", items=["c_d", "e"])

    first = rendered()
    assert first == "# A \\*b\\*\n- c\\_d\n- e\n"
    assert len(compiled) == 1
    assert list((templates / COMPILED).iterdir()), "kept beside the templates"
    assert rendered() == first and len(compiled) == 1, "read, not compiled"
    page.write_text("## {{ title }}\n")
    assert rendered() == "## A \\*b\\*\n" and len(compiled) == 2, "a changed source"
    assert rendered() == "## A \\*b\\*\n" and len(compiled) == 2
    monkeypatch.setattr(templating, "code_digest", lambda: hashlib.sha256(b"other code"))
    assert rendered() == "## A \\*b\\*\n" and len(compiled) == 3, "other code"
    for entry in (templates / COMPILED).iterdir():
        entry.write_bytes(b"damaged")
    assert rendered() == "## A \\*b\\*\n" and len(compiled) == 4, "a damaged entry"
    shutil.rmtree(templates / COMPILED)
    (templates / COMPILED).write_text("not a folder")
    assert rendered() == "## A \\*b\\*\n" and len(compiled) == 5, "no folder to keep them in"
    assert rendered() == "## A \\*b\\*\n" and len(compiled) == 6


def test_no_page_holds_a_definition_list_so_the_build_leaves_the_extension_out():
    """Issue 10: ``def_list`` tested every block of every page for a definition (0.07 ms an
    event page, 0.1 ms an actor page); the infobox, its one user, is HTML now."""
    pages = _reader_site(
        Entity("actors", "x", "Xavier", "person", curated=False, aliases=("X",)),
        Entity("events", "talks", "Talks", "meeting", parties=("x",), curated=False),
        Entity("agreements", "deal", "Deal", "deal", parties=("x",), curated=False),
    )
    for path, page in pages.items():
        assert not re.search(r"^:[ \t]", page, re.MULTILINE), path
    config = yaml.safe_load(
        re.sub(r"!ENV \[[^\]]*\]", "null", (ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    )
    assert "def_list" not in config["markdown_extensions"]


def test_hostile_values_stay_text_in_the_raw_html_infobox():
    """review35: the infobox is raw HTML that no Markdown escaping reaches; a value that
    tries to close the stashed line, a comment, an attribute or a template stays text, and a
    Wikidata id cannot leave its ``href`` (an attribute breakout or a ``javascript:`` URL)."""
    nasty = '<script>x</script> " \' ` --> {{ 7*7 }}\n<figure class="graph">y</figure>\u2028z'
    article = Article("2024-01-01-a", nasty, "2024-01-01", "Wire", None, "en", ("Jo met.",))
    wikidata = 'javascript:alert(1)" onmouseover="x'
    actor = Entity(
        "actors", "jo", nasty, "person", curated=False, aliases=(nasty,), wikidata=wikidata
    )
    mention = Mention("actors/jo", article.id, 0, 0, 0, 2, "Jo", "curated")
    sentence = Sentence(0, 0, 7, "Jo met.", ())
    linked = link(Resolved((actor,), (mention,), {article.id: (sentence,)}), (article,))
    page = render_pages(ROOT / "templates", linked, Briefing("T", "S"))["actors/jo.md"]
    _, blocks = stash_blocks(get_data(page)[0])
    assert blocks[0].startswith("<aside") and blocks[0].endswith("</aside>")
    assert "\n" not in blocks[0] and "\u2028" not in blocks[0]
    html = _converted(page)
    text = "&lt;script&gt;x&lt;/script&gt; \" ' ` --&gt; {{ 7*7 }} &lt;figure"
    assert f"<dt>Also known as</dt><dd>{text}" in html
    assert "<script" not in html and "<figure" not in html.split("</aside>")[0]
    assert 'href="https://www.wikidata.org/wiki/javascript:alert%281%29%22%20onmouseover' in html
    assert ' onmouseover="' not in html.replace('" onmouseover="x</a>', "")


OLD_RECORD = (ROOT / "tests" / "fixtures" / "old_event_record.md.j2").read_text(encoding="utf-8")
"""An event's record list as ``event.md.j2`` and its notes wrote it in Markdown before perf63
(the branches a hostile value reaches)."""


@pytest.mark.parametrize("value", HOSTILE)
def test_an_event_record_in_html_is_what_markdown_made_of_it(value):
    # perf63: an event's record list (Date, Place, Participants with their notes) is written
    # as the HTML Python-Markdown and MkDocs made of the Markdown list, each newline a space,
    # so the hook keeps it from the parser: the same text, hostile values escaped for HTML
    # (none a tag, link or emphasis), the same links, strong labels and attributes.
    from types import SimpleNamespace as NS

    renderer, _ = tiny_site("Iran")
    env = renderer.env
    article = NS(date="2024-01-01")
    sentence = QuotedSentence(0, 2, f"Iran {value} said", ((0, 4),))
    quote = Quote("2024-01-01-a", (sentence,), ())
    people = [Entity("actors", f"p{n}", f"{value} {n}", "person") for n in range(2)]
    entity = Entity(
        "events", "e", f"E {value}", "meeting", date="2024-01-01", place=f"{value}, Place"
    )
    entity = replace(entity, date_text=value, curated=False)
    dates = [NS(reference="2023-12-31", article=article, text=value, quote=quote)]
    dates += [NS(reference="2024-01-01", article=article, text=f"on {value}", quote=quote)]
    for d in dates:
        d.value, d.note = "2024-01-01", f"a note {value}"
    places = [
        NS(article=article, match=f"in {value}", quote=quote, part=value),
        NS(article=article, match=None, quote=quote, part=value),
    ]
    context = {
        "page": "events/e.md",
        "entity": entity,
        "involved": people,
        "unnamed_parties": people[1:],
        "evidence": [NS(quotes=[quote])],
        "evidence_dates": dates,
        "evidence_places": places,
        "about": people[:1],
        "agreement": replace(people[0], kind="agreements", id="a"),
        "party_label": "Participants",
    }
    old_md = env.from_string(OLD_RECORD).render(context)
    old = markdown.markdown(old_md, extensions=SITE_EXTENSIONS, output_format="xhtml")
    # MkDocs' rewriting of the Markdown links: the site's addresses
    old = re.sub(r'href="\.\./(\w+)/([^"#]+)\.md(#[^"]*)?"', r'href="../../\1/\2/\3"', old)
    new = env.get_template("_record.md.j2").render(context).strip()
    assert "\n" not in new and new == old.replace("\n", " "), value
    assert "<script" not in new and "<img" not in new and "<em>" not in new, value
    assert new.count("<a ") == old.count("<a ") == 7, value
    assert stash_blocks(f"\n{new}\n")[1] == [new] or "id" in value.lower(), value


OLD_STATEMENTS = (ROOT / "tests" / "fixtures" / "old_statements.md.j2").read_text(encoding="utf-8")
"""The statements list of event and actor pages as Markdown, before perf64."""


@pytest.mark.parametrize("value", HOSTILE)
@pytest.mark.parametrize("with_speaker", [True, False], ids=["event page", "actor page"])
def test_a_statements_list_in_html_is_what_markdown_made_of_it(value, with_speaker):
    # perf64: the statements of an event or actor page are written as the HTML Python-Markdown
    # and MkDocs made of the Markdown list, each newline a space, so the hook keeps it from the
    # parser: the same text, hostile values escaped for HTML (none a tag, link or emphasis
    # but the sentence's own), the same links and ¶ labels
    from generator.model.views import StatementView

    renderer, _ = tiny_site("Iran")
    env = renderer.env
    article = Article(
        "2024-01-01-a", f"Title {value}", "2024-01-01", "Wire", None, "en", (value,) * 3
    )
    speaker = Entity("actors", "p", f"{value} Speaker", "person")
    said = [
        Statement("s1", "actors/p", f"{value} quoted", "2024-01-01-a", 2, 0, "2024-01-01", None, 0),
        Statement("s2", "actors/p", value, "2024-01-01-a", 0, 0, "2024-01", None, 0),
    ]
    statements = [
        StatementView(said[0], speaker, article),
        StatementView(said[1], speaker, article, f"He said {value} then"),
    ]
    context = {"page": "events/e.md", "statements": statements, "with_speaker": with_speaker}
    old_md = env.from_string(OLD_STATEMENTS).render(context)
    old = markdown.markdown(old_md, extensions=SITE_EXTENSIONS, output_format="xhtml")
    old = re.sub(r'href="\.\./(\w+)/([^"#]+)\.md(#[^"]*)?"', r'href="../../\1/\2/\3"', old)
    new_md = env.get_template("_statements.md.j2").render(context)
    head, new = new_md.strip().rsplit("\n\n", 1)
    assert new_md == f"{head}\n\n{new}\n\n"
    new_head = markdown.markdown(head, extensions=SITE_EXTENSIONS, output_format="xhtml")
    old_list = old[old.index("<ul>") :]
    # perf72: the note under the heading is its HTML too, on one line (a newline a space)
    old_head = old[: old.index("<ul>")].strip()
    # perf76: the heading is HTML too; the hook ends it with one newline, as Python-Markdown
    new_head = new_head.replace("</h2>\n\n", "</h2>\n")
    assert new_head == old_head.replace("comes\nfrom", "comes from")
    assert "\n" not in new and new == old_list.replace("\n", " ")
    assert "<script" not in new and "<img" not in new and new.count("<em>") == 1, value
    assert new.count("<a ") == old.count("<a ") == (6 if with_speaker else 4), value
    assert stash_blocks(f"\n{new}\n")[1] == [new] or "id" in value.lower(), value


OLD_ACTOR = ROOT / "tests" / "fixtures" / "old_actor"
"""``actor.md.j2``, ``_entity_list.md.j2`` and ``_evidence.md.j2`` before perf66: an actor's
lists and timeline table as Markdown."""


def _mkdocs_links(html: str, page: str) -> str:
    """``html`` with each link to a ``.md`` page as MkDocs writes it (directory URLs, relative
    to the page's, ``mkdocs.utils.get_relative_url``)."""
    from posixpath import dirname, normpath

    from mkdocs.utils import get_relative_url

    here = page.removesuffix(".md") + "/"

    def rewrite(match: re.Match[str]) -> str:
        target = normpath(f"{dirname(page)}/{match.group(1)}").removesuffix(".md") + "/"
        return f'href="{get_relative_url(target, here)}{match.group(2) or ""}"'

    return re.sub(r'href="([^":#]+\.md)(#[^"]*)?"', rewrite, html)


@jinja2.pass_context
def _old_at_first_paragraph(ctx, group):
    """The older articles' title link as Markdown, before perf66."""
    first = min(q.paragraphs[0] for q in group.quotes)
    return link_md(ctx["page"], f"articles/{group.article.id}", group.article.title, f"#p{first}")


def actor_lists_context(value: str, actor_id: str = "iran") -> dict:
    """An actor page's context with every list and the timeline table filled (appears with
    past its limit, roles that differ), ``value`` in each name, title and quote; no infobox."""
    from generator.model.views import RELATED_LIMIT

    articles = [
        Article(f"2024-01-0{n}-a", f"Title {n} {value}", f"2024-01-0{n}", "Wire", None, "en", ())
        for n in range(1, 4)
    ]
    sentence = QuotedSentence(0, 2, f"Iran {value} said", ((0, 4),))
    quote = Quote(articles[0].id, (sentence,), ())
    later = Quote(articles[1].id, (QuotedSentence(1, 1, value, ()), replace(sentence, index=2)), ())
    actor = Entity("actors", actor_id, f"Iran {value}", "state")
    others = [Entity("actors", f"p{n}", f"{value} {n}", "person") for n in range(RELATED_LIMIT + 2)]
    events = [
        Entity("events", "e1", f"E {value} (1 January 2024)", "meeting", date="2024-01-01"),
        Entity("events", "e2", f"{value}", "meeting", date="2024-01", parties=(actor_id,)),
    ]
    agreements = [Entity("agreements", "a", f"A {value}", "treaty", date="2024")]
    return {
        "page": f"actors/{actor_id}.md",
        "front_matter": front_matter,
        "page_description": "",
        "search_tags": (),
        "entity": actor,
        "roles": [(f"{value} minister", articles[0], quote), ("Envoy", articles[1], later)],
        "graph": "",
        "statements": (),
        "agreements": agreements,
        "timeline": events,
        "timeline_url": Md("../../timeline/?actor=iran"),
        "related": [(other, n + 1) for n, other in enumerate(others)],
        "related_limit": RELATED_LIMIT,
        "reported_by": [(others[0], 1), (others[1], 3)],
        "published": articles[:2],
        "evidence": [EvidenceGroup(articles[0], (quote,))],
        "older": [EvidenceGroup(a, (later, quote)) for a in articles[1:]],
    }


STUBS = jinja2.DictLoader({"_infobox.md.j2": "", "_edit.md.j2": ""})
"""The infobox and edit link left out of an actor page (neither changed in perf66)."""


@pytest.mark.parametrize("value", HOSTILE)
def test_an_actors_lists_and_timeline_in_html_are_what_markdown_made_of_them(value):
    # perf66: an actor page's roles, agreements, timeline table, appears with (past the
    # limit), reported by, articles of a source and older articles are written as the HTML
    # Python-Markdown and MkDocs made of their Markdown, each newline a space, so the hook
    # keeps them from the parser: the same page once converted, hostile values escaped for
    # HTML (no tag, link or emphasis made), the same links as MkDocs wrote them
    from generator.model.views import RELATED_LIMIT

    renderer, _ = tiny_site("Iran")
    new_env = renderer.env.overlay(loader=jinja2.ChoiceLoader([STUBS, renderer.env.loader]))
    old_loader = jinja2.ChoiceLoader(
        [STUBS, jinja2.FileSystemLoader(str(OLD_ACTOR)), renderer.env.loader]
    )
    old_env = renderer.env.overlay(loader=old_loader)
    old_env.filters = {**old_env.filters, "at_first_paragraph": _old_at_first_paragraph}
    context = actor_lists_context(value)
    old_md = old_env.get_template("actor.md.j2").render(context)
    new_md = new_env.get_template("actor.md.j2").render(context)
    old = markdown.markdown(get_data(old_md)[0], extensions=SITE_EXTENSIONS)
    new = markdown.markdown(get_data(new_md)[0], extensions=SITE_EXTENSIONS)
    old, new = _mkdocs_links(old, "actors/iran.md"), _mkdocs_links(new, "actors/iran.md")
    # the two article lists are out of the search (session 47), the one difference
    same = new.replace("<ul data-search-exclude>", "<ul>")
    assert re.sub(r">\s+<", "><", same) == re.sub(r">\s+<", "><", old), value
    assert new.count("<ul data-search-exclude>") == 2
    lists = ("<ul>", "<ul data-search-exclude>", "<table>")
    blocks = [line for line in new_md.splitlines() if line.startswith(lists)]
    assert len(blocks) == 7 and all("<li>" in b or "<td>" in b for b in blocks), value
    listed = " ".join(blocks)
    assert "<script" not in listed and "<img" not in listed and "<em>" not in listed, value
    assert listed.count("<a ") == 2 + 1 + 2 + RELATED_LIMIT + 2 + 2 + 2, value
    assert new.count("<a ") == old.count("<a "), value
    assert '<a href="../p0/">' in new and 'href="../../events/e1/"' in new
    assert "<td>participant</td>" in new and "<td>concerned</td>" in new
    _, stashed = stash_blocks(get_data(new_md)[0])
    assert [b for b in stashed if b.startswith(lists)] == blocks or ("id" in value.lower()), value


def _review_rest(*rest: object) -> tuple[object, ...]:
    """A review item's detail, examples and fixes as given (module level: items pickle)."""
    return rest


def review_item_page(renderer: Renderer, evil: str) -> str:
    """A review page of two items holding ``evil`` in every value (``review_items.html.j2``):
    the first with a page (``actors/x``), between two other pages of items."""
    from types import SimpleNamespace

    from generator.evidence.review import Fix, Item

    fixes = (
        Fix(f"Accept {evil}", f"actors/{evil}.yml", f"name: {evil}\naliases:\n- '{evil}'\n", True),
        Fix("Reject", "briefing.yml", "reject:\n- actors/x  # ```` ~~~\n", False),
    )
    items = (
        Item.later("new actor", evil, "actors/x", _review_rest, (evil, (evil, f"> {evil}"), fixes)),
        Item.later("merged", "B", None, _review_rest, ("d", (), fixes[1:])),
    )
    part = SimpleNamespace(folder="review/actors-2/", title=evil, items=items)
    return renderer.review.page(part, ("actors", evil), ("merged", "Merged"), (True, False))


def test_the_previews_notice_of_a_refused_edit_is_on_the_review_pages_too():
    # review43: `serve` shows a refused edit at the top of every page; the review pages,
    # the generator's own HTML since perf70, had none, so an editor fixing the queue in the
    # preview did not see that the edit was refused
    from generator.render import error_notice, with_notice

    renderer, pages = tiny_site("Iran")
    review = review_item_page(renderer, "Ivan")
    redirect = '<!doctype html>\n<html lang="en"><head></head><body></body></html>\n'
    files = {
        "review/actors-2/index.html": review,
        "actors/x.md": pages["actors/x.md"],
        "actors/old/index.html": redirect,
        "assets/review.css": "main {}\n",
    }
    error = "actors/x.yml:2:7: E015 unknown actor type 'stat'"
    out = with_notice(files, error_notice(ROOT / "templates", [error]))
    head, main = out["review/actors-2/index.html"].split("<main>\n")
    assert head == review.split("<main>\n")[0]
    assert main.startswith('<div class="content-errors" role="alert">\n')
    assert '<p class="content-errors-title">Your last edit was not applied</p>' in main
    assert "<li><code>actors/x.yml:2:7: E015 unknown actor type &#39;stat&#39;</code></li>" in main
    assert main.index("</div>") < main.index("<h1>Review: Ivan</h1>")  # at the top
    assert main.endswith(review.split("<main>\n")[1])  # the last good page underneath
    assert "Your last edit was not applied" in out["actors/x.md"]
    assert out["actors/old/index.html"] == redirect  # a redirect page has no <main>
    assert out["assets/review.css"] == "main {}\n"


def test_a_review_page_is_the_generators_own_html_with_every_item_and_fix():
    # perf70: the editors' pages are HTML the generator writes, not Markdown for the engine:
    # a whole document, its links the site's addresses from the page's folder, every YAML
    # fix in a block whose text is the YAML, the site's own stylesheet and scripts
    import html
    from html.parser import HTMLParser

    renderer, _ = tiny_site("Iran")
    page = review_item_page(renderer, "Ivan")

    class Links(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.refs: list[tuple[str, str]] = []

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            self.refs += [(tag, v or "") for k, v in attrs if k in ("href", "src")]

    parser = Links()
    parser.feed(page)
    assert page.startswith("<!doctype html>") and page.rstrip().endswith("</html>")
    assert parser.refs == [
        ("link", "../../assets/favicon.svg"),  # the site's own, not the theme's (review43)
        ("link", "../../assets/review.css"),
        ("script", "../../assets/review.js"),
        ("a", "../../"),  # the site's home
        ("a", "../../review/"),
        ("a", "../"),  # all that is to review
        ("a", "../actors/"),  # previous
        ("a", "../merged/"),  # next
        ("a", "#item-1"),
        ("a", "../../actors/x/"),  # its page: the first item's only
        ("a", "#item-2"),
        ("script", "../../assets/offline.js"),
    ]
    # every file the page loads is the site's own (templates/assets/), none the theme's: an
    # engine without Material serves them too (review43: the icon was Material's)
    assets = [ref.removeprefix("../../") for _, ref in parser.refs if "assets/" in ref]
    assert assets and all((ROOT / "templates" / ref).is_file() for ref in assets), assets
    blocks = re.findall(r'<pre><code class="language-yaml">(.*?)</code></pre>', page, re.S)
    assert [html.unescape(b) for b in blocks] == [
        "name: Ivan\naliases:\n- 'Ivan'\n",
        "reject:\n- actors/x  # ```` ~~~\n",
        "reject:\n- actors/x  # ```` ~~~\n",
    ]
    assert "<code>content/actors/Ivan.yml</code>" in page
    assert "<title>Review: Ivan - T</title>" in page
    assert "<p>Ivan</p>" in page and "<p>&gt; Ivan</p>" in page  # the examples, as text


OLD_PARAGRAPHS = yaml.safe_load(
    (ROOT / "tests" / "fixtures" / "old_paragraphs.yml").read_text(encoding="utf-8")
)
"""perf72: the paragraphs between an event's, actor's and article's headings written as HTML,
the Markdown each replaced, and an article's header list as Markdown (the evidence's "… newest
of" lines and the actor's others are checked against ``tests/fixtures/old_actor``)."""


def templates_with(folder: Path, pairs: list[dict[str, str]]) -> Path:
    """A copy of ``templates/`` in ``folder`` with each pair's ``html`` put back as its
    ``markdown`` in its ``template``."""
    import shutil

    shutil.copytree(ROOT / "templates", folder, ignore=shutil.ignore_patterns("__pycache__"))
    for pair in pairs:
        name, new, old = pair["template"], pair["html"], pair["markdown"]
        text = (folder / name).read_text(encoding="utf-8")
        assert new in text, (name, new)
        (folder / name).write_text(text.replace(new, old), encoding="utf-8")
    return folder


def old_paragraph_templates(folder: Path) -> Path:
    """A copy of ``templates/`` with the paragraphs perf72 wrote as HTML back in Markdown."""
    templates_with(folder, OLD_PARAGRAPHS["paragraphs"])
    article = (folder / "article.md.j2").read_text(encoding="utf-8")
    start, end = article.index("{% filter html_lines %}"), article.index("{% endfilter +%}")
    head = article[start : end + len("{% endfilter +%}\n")]
    old_head = OLD_PARAGRAPHS["article_head"]
    (folder / "article.md.j2").write_text(article.replace(head, old_head), encoding="utf-8")
    return folder


PARAGRAPH_PAGES = (
    "actors/jo.md",
    "events/talks.md",
    "events/more-talks.md",
    *(f"articles/2024-01-0{n}-a.md" for n in (1, 2, 3)),
)
"""The pages of ``paragraph_site``: an actor, a curated and a proposed event, three articles."""


def paragraph_site(value: str) -> Any:
    """A linked briefing with ``value`` in every field an event's, actor's or article's
    paragraphs between headings show (perf72): three articles (titles, outlets, a URL and a
    dateline), an actor with a description and adjectives, a curated event with a description
    and a proposed one. Render it with ``generator.evidence.MENTION_QUOTES`` at 1 to list
    older articles."""
    articles = [
        Article(
            f"2024-01-0{n}-a",
            f"Title {n} {value}",
            f"2024-01-0{n}",
            f"Wire {value}",
            f"https://example.org/{n}?a={value}" if n == 1 else None,
            "en",
            (f"Jo {value} met Kim.",),
            dateline=f"CITY {value}" if n == 1 else None,
        )
        for n in (1, 2, 3)
    ]
    jo = Entity(
        "actors", "jo", f"Jo {value}", "person", adjectives=(f"Jo-ish {value}", "Joan"),
        description=f"A person {value}",
    )  # fmt: skip
    kim = Entity("actors", "kim", "Kim", "person", curated=False)
    talks = Entity(
        "events", "talks", f"Talks {value}", "meeting", date="2024-01-01", parties=("jo", "kim"),
        description=f"They met {value}",
    )  # fmt: skip
    proposed = replace(talks, id="more-talks", curated=False, description="")
    mentions, sentences = [], {}
    for article in articles:
        text = article.paragraphs[0]
        sentences[article.id] = (Sentence(0, 0, len(text), text, ()),)
        mentions.append(Mention("actors/jo", article.id, 0, 0, 0, 2, "Jo", "curated"))
        start = text.index("Kim")
        mentions.append(Mention("actors/kim", article.id, 0, 0, start, start + 3, "Kim", "nlp"))
    linked = link(Resolved((jo, kim, talks, proposed), tuple(mentions), sentences), tuple(articles))
    return linked


@pytest.mark.parametrize("value", HOSTILE)
def test_the_paragraphs_between_headings_in_html_are_what_markdown_made_of_them(
    value, tmp_path, monkeypatch
):
    # perf72: an event's, actor's and article's paragraphs between headings (the record's
    # keeper, the description, adjectives, the statements' note, each article's date and
    # outlet, the article's header list, its "… in this article" lines and legend) are the
    # HTML Python-Markdown and MkDocs made of them, on one line, so the hook keeps them from
    # the parser: every page of a briefing with ``value`` in each field converts to the same
    # HTML (a newline in a note a space), links as MkDocs wrote them, values escaped
    from generator.model import Briefing

    monkeypatch.setattr("generator.evidence.MENTION_QUOTES", 1)  # older articles listed
    linked = paragraph_site(value)
    new_pages = render_pages(ROOT / "templates", linked, Briefing("T", "S"))
    old_pages = render_pages(old_paragraph_templates(tmp_path / "old"), linked, Briefing("T", "S"))
    checked = PARAGRAPH_PAGES
    for page in checked:
        old = markdown.markdown(get_data(old_pages[page])[0], extensions=SITE_EXTENSIONS)
        new = markdown.markdown(get_data(new_pages[page])[0], extensions=SITE_EXTENSIONS)
        old = re.sub(r"\s+", " ", re.sub(r">\s+<", "><", _mkdocs_links(old, page)))
        new = re.sub(r"\s+", " ", re.sub(r">\s+<", "><", _mkdocs_links(new, page)))
        if "&amp;" in value and page == "articles/2024-01-01-a.md":
            # the URL holds the text "&amp;": Markdown read it as an entity (its link led to
            # "&"); the HTML escapes each "&" of the URL (``html_attr``), as the infobox's
            # links do, so the browser asks for the URL as written
            assert "%20&amp;amp;%20" in new
            new = new.replace("%20&amp;amp;%20", "%20&amp;%20")
        if new != old:  # pragma: no cover (the difference, for the failure message)
            at = next(i for i, (a, b) in enumerate(zip(new, old, strict=False)) if a != b)
            raise AssertionError((page, value, new[at - 80 : at + 80], old[at - 80 : at + 80]))
        assert "<script" not in new and "<img" not in new, (page, value)
    # what Markdown would have read is stashed: between the headings, only the hook's marks
    for page in checked:
        stashed, _ = stash_blocks(get_data(new_pages[page])[0])
        left = [
            line
            for line in stashed.splitlines()
            if line.strip() and not line.startswith(("#", "<!-- briefing-block "))
        ]
        assert left == [] or "id" in value.lower(), (page, value, left)
    assert "They met" in new_pages["events/talks.md"] and "Jo-ish" in new_pages["actors/jo.md"]
    assert "The record below" in new_pages["events/talks.md"]
    assert "in this article:</strong>" in new_pages["articles/2024-01-01-a.md"]


OLD_INDEX_TABLES = yaml.safe_load(
    (ROOT / "tests" / "fixtures" / "old_index_tables.yml").read_text(encoding="utf-8")
)
"""perf74: each index table and timeline list now written as HTML, with the Markdown it was."""

INDEX_PAGES = (
    "actors/index.md",
    "events/index.md",
    "events/undated.md",
    "articles/index.md",
    "timeline/index.md",
    "timeline/undated.md",
)
"""The pages of ``index_site``: long enough for the jump lists, with undated events apart."""


def old_index_templates(folder: Path) -> Path:
    """A copy of ``templates/`` with the tables and lists perf74 wrote as HTML in Markdown."""
    return templates_with(folder, OLD_INDEX_TABLES["tables"])


def index_site(value: str) -> Any:
    """A linked briefing whose index pages are long (jump lists, undated events apart) with
    ``value`` in every field they show: actors' names and descriptions, events' names, an
    article's title and outlet; reviewed and proposed rows mixed."""
    actors = [
        Entity("actors", f"{c}{n}", f"{c.upper()}{n} {value}", "person", curated=n % 2 == 0,
               description=f"About {value}" if n == 1 else None)
        for c in "abcdefghijk" for n in range(5)
    ]  # fmt: skip
    actors.append(Entity("actors", "org", f"Org {value}", "organisation", description=value))
    months = ["2024-01-05", "2024-01", "2023-12-24", "2023", "2019-07-01", "1999"]
    events = [
        Entity("events", f"e{i:02d}", f"Event {i} {value}", "meeting", date=months[i % 6],
               parties=(actors[i % len(actors)].id, "org"), curated=i % 3 != 0)
        for i in range(54)
    ]  # fmt: skip
    events += [
        Entity("events", f"{c}-undated", f"{c.upper()} talks {value}", "visit", curated=c != "b",
               about=("org",))
        for c in ("a", "b", "9")
    ]  # fmt: skip
    deal = Entity("agreements", "deal", f"Deal {value}", "deal", date="2024-02", parties=("org",))
    text = " and ".join(a.name for a in actors) + " met."
    articles = tuple(
        Article(f"2024-01-0{n}-a", f"Title {n} {value}", f"2024-01-0{n}", f"Wire {value}", None,
                "en", (text,))
        for n in (1, 2)
    )  # fmt: skip
    mentions = tuple(
        Mention(f"actors/{a.id}", article.id, 0, 0, text.index(a.name),
                text.index(a.name) + len(a.name), a.name, "curated")
        for a in actors for article in articles
    )  # fmt: skip
    sentences = {a.id: (Sentence(0, 0, len(text), text, ()),) for a in articles}
    entities = (*actors, *events, deal)
    return link(Resolved(entities, mentions, sentences), articles)


def _index_links(html: str, page: str) -> str:
    """``_mkdocs_links`` for an index page, whose address is its folder's."""
    from posixpath import dirname, normpath

    from mkdocs.utils import get_relative_url

    here = page.removesuffix("index.md") if page.endswith("index.md") else page[:-3] + "/"

    def rewrite(match: re.Match[str]) -> str:
        target = normpath(f"{dirname(page)}/{match.group(1)}").removesuffix(".md")
        target = target.removesuffix("index").rstrip("/") + "/"
        return f'href="{get_relative_url(target, here)}{match.group(2) or ""}"'

    return re.sub(r'href="([^":#]+\.md)(#[^"]*)?"', rewrite, html)


@pytest.mark.parametrize("value", HOSTILE)
def test_the_index_tables_in_html_are_what_markdown_made_of_them(value, tmp_path):
    # perf74: the actors, events and articles indexes' tables and the timeline's lists are the
    # HTML Python-Markdown and MkDocs made of them, on one line, so the hook keeps them from
    # the parser (the jump lists' anchors as the cells' ids): every index page of a briefing
    # with ``value`` in each field converts to the same HTML, links as MkDocs wrote them
    from generator.model import Briefing

    linked = index_site(value)
    new_pages = render_pages(ROOT / "templates", linked, Briefing("T", "S"))
    old_pages = render_pages(old_index_templates(tmp_path / "old"), linked, Briefing("T", "S"))
    for page in INDEX_PAGES:
        old = markdown.markdown(get_data(old_pages[page])[0], extensions=SITE_EXTENSIONS)
        new = markdown.markdown(get_data(new_pages[page])[0], extensions=SITE_EXTENSIONS)
        old = re.sub(r">\s+<", "><", _index_links(old, page))
        new = re.sub(r">\s+<", "><", _index_links(new, page))
        if new != old:  # pragma: no cover (the difference, for the failure message)
            at = next(i for i, (a, b) in enumerate(zip(new, old, strict=False)) if a != b)
            raise AssertionError((page, value, new[at - 80 : at + 80], old[at - 80 : at + 80]))
        assert "<script" not in new and "<img" not in new, (page, value)
        # what Markdown read of the rows is stashed: only headings, the intro, the jump list
        # and the pager are left
        stashed, _ = stash_blocks(get_data(new_pages[page])[0])
        rows = [line for line in stashed.splitlines() if line.startswith(("|", "- **", "  {"))]
        assert len(rows) <= 3, (page, value, rows)  # the jump list's lines of years
    assert '<td id="2024-01">' in new_pages["events/index.md"]
    assert '<td id="person-a">' in new_pages["actors/index.md"]
    assert "<em>proposed</em>" in new_pages["timeline/index.md"]
