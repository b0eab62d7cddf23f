"""The ids and permalinks the generator writes into its HTML headings
(``generator.render.headings``) are the ones Python-Markdown's ``toc`` extension gives the same
headings in Markdown."""

from __future__ import annotations

import re

import markdown as python_markdown
import pytest
from markdown.extensions.toc import slugify

from generator.render.headings import slug, with_heading_ids
from generator.render.markup import escape_html, escape_md

TEXTS = [
    "Mentions",
    "Talks & co",
    "Évian «accords» – 2024",
    "Ünïcödé and 北京",
    "???",
    "",
    "a_1",
    "a",
    "x_2",
    "  spaced   out  ",
    "C# and C++ *bold* [link](x) `code`",
    "a--b  c__d",
    "</h2><script>x</script>",
    'id="p1" { #x }',
    "&amp; &lt;",
    "İstanbul ǅemal ﬁnance",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_slug_is_the_toc_extensions(text):
    assert slug(text) == slugify(text, "-")


def convert(page: str) -> str:
    """The page's HTML, each element on a line (a raw block ends in two newlines, a heading in
    one: the hook gives the HTML headings one, ``mkdocs_hook.html_headings``)."""
    configs = {"toc": {"permalink": True}}
    html = python_markdown.markdown(page, extensions=["toc"], extension_configs=configs)
    return re.sub(r"\n+", "\n", html)


@pytest.mark.parametrize("title", ["Talks & co", "a", "???", "Évian «accords»", "Mentions"])
def test_html_headings_get_the_ids_and_permalinks_of_the_same_markdown_headings(title):
    # perf78: the page carries its headings' ids itself (the toc extension never reads raw
    # HTML): unique after the title's, repeats "_1", "_2", an empty slug "_1"
    texts = [*TEXTS, title, title, "a", "a_1", "Mentions", "Mentions"]
    as_markdown = "\n\n".join(
        [f"# {escape_md(title)}", *(f"## {escape_md(text)}" for text in texts if text.strip())]
    )
    as_html = "\n\n".join(
        [
            f"# {escape_md(title)}",
            *(f"<h2>{escape_html(text)}</h2>" for text in texts if text.strip()),
        ]
    )
    new = with_heading_ids(as_html, title)
    assert convert(new) == convert(as_markdown)
    assert new.count(' id="') == len([text for text in texts if text.strip()])


def test_headings_that_are_not_alone_on_their_line_or_carry_attributes_stay():
    page = '# T\n\nText <h2>inline</h2>\n\n<h2 class="x">Classed</h2>\n\n<h7>No</h7>\n'
    assert with_heading_ids(page, "T") == page
    assert with_heading_ids("# T\n\n<h3>T</h3>\n", "T") == (
        '# T\n\n<h3 id="t_1">T<a class="headerlink" href="#t_1" title="Permanent link">'
        "&para;</a></h3>\n"
    )
