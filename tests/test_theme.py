"""The theme overrides in templates/theme/ (issue 11), checked against the installed Material.

Content reaches Material's templates as ``config.site_name`` (plain text) and page titles
(HTML, entities kept). These tests fail when a Material upgrade changes a partial we copied,
or adds a place that prints the site name, or a ``striptags`` result, unescaped.
"""

from __future__ import annotations

import re
from pathlib import Path

import material
from conftest import ROOT

MATERIAL = Path(material.__file__).resolve().parent / "templates"
THEME = ROOT / "templates" / "theme"
COPIED = ("partials/header.html", "partials/nav.html")
EXPRESSION = re.compile(r"\{\{-?(.*?)-?\}\}", re.S)
COMMENT = re.compile(r"\A\{#-.*?-#\}\n", re.S)
NOT_REACHED = {
    "redirect.html": "written only by the mkdocs-redirects plugin, which the site does not use",
    "partials/content.html": "prints the site name only for a page without a title, and "
    "MkDocs gives every page one (its heading, else its file name)",
}


SPLIT_SEARCH_BOX = (
    "{% if search.enabled %}",
    "{% if search.enabled or config.extra.search_worker %}",
)
"""The header's second change: the search box stays when a large briefing's hook has
switched the theme's search plugin off (issue 10)."""

SEARCH_PLUGIN_KEY = (
    """    {% if "material/search" in config.plugins %}
      {% set search = config.plugins["material/search"] | attr("config") %}""",
    '    {% set search_key = "material/search" if "material/search" in config.plugins else '
    '"search" -%}\n'
    """    {% if search_key in config.plugins %}
      {% set search = config.plugins[search_key] | attr("config") %}""",
)
"""Its third: the plugin looked up by Zensical's name too, so a Zensical build keeps the box."""


def test_copied_partials_differ_from_material_only_by_escaping_the_site_name():
    for name in COPIED:
        upstream = COMMENT.sub("", (MATERIAL / name).read_text())
        ours = COMMENT.sub("", (THEME / name).read_text())
        expected = upstream.replace("{{ config.site_name }}", "{{ config.site_name | e }}")
        if name == "partials/header.html":
            assert expected.count(SPLIT_SEARCH_BOX[0]) == 1, "Material changed the search box"
            expected = expected.replace(*SPLIT_SEARCH_BOX)
            assert expected.count(SEARCH_PLUGIN_KEY[0]) == 1, "Material changed the search box"
            expected = expected.replace(*SEARCH_PLUGIN_KEY)
        assert ours == expected, f"{name}: Material changed it; copy it again and re-apply `| e`"
        assert upstream != expected, f"{name}: Material escapes it now; drop the override"


def _effective_templates() -> dict[str, str]:
    """Each template MkDocs would use: ours where we override it, Material's otherwise, with
    the blocks our main.html overrides cut out of base.html."""
    templates = {}
    for path in sorted(MATERIAL.rglob("*.html")):
        name = path.relative_to(MATERIAL).as_posix()
        ours = THEME / name
        templates[name] = (ours if ours.is_file() else path).read_text()
    main = (THEME / "main.html").read_text()
    for block in re.findall(r"\{% block (\w+) %\}", main):
        templates["base.html"], found = re.subn(
            rf"\{{% block {block} %\}}.*?\{{% endblock %\}}", "", templates["base.html"], flags=re.S
        )
        assert found == 1, f"base.html has no block {block} to override any more"
    return templates


def test_every_site_name_and_striptags_the_theme_prints_is_escaped():
    unescaped = []
    for name, text in _effective_templates().items():
        if name in NOT_REACHED:
            continue
        for expression in EXPRESSION.findall(text):
            value = " ".join(expression.split())
            if ("site_name" in value or "striptags" in value) and not re.search(
                r"\|\s*e(scape)?$", value
            ):
                unescaped.append(f"{name}: {{{{ {value} }}}}")
    assert not unescaped, "\n".join(unescaped)


def test_the_split_search_config_block_is_materials_but_for_the_worker():
    """main.html copies Material's ``config`` block for large briefings (issue 10), changing
    only the search worker's address: an upgrade that changes the block fails here."""
    block = re.compile(r"\{% block config %\}(.*?)\{% endblock %\}", re.S)
    [upstream] = block.findall((MATERIAL / "base.html").read_text())
    [ours] = block.findall((THEME / "main.html").read_text())
    copy = ours.split("{%- if config.extra.search_worker -%}", 1)[1].split("{%- else -%}")[0]
    worker = re.compile(r'"search": [^\n]*\| url,')
    assert len(worker.findall(upstream)) == len(worker.findall(copy)) == 1
    assert '"search": config.extra.search_worker | url,' in copy

    def words(text: str) -> list[str]:
        return worker.sub('"search"', text).split()

    assert words(copy) == words(upstream)


TOC_ITEM_INCLUDE = '{% include "partials/toc-item.html" %}'
TOC_ITEM_CALL = "{{ toc_item_html(toc_item) }}"


def test_the_contents_partial_is_materials_with_its_item_a_macro_not_an_include():
    # perf78: an include per contents entry (dozens on an actor page) looked the template up
    # and made a new context each time; the macro gives the same HTML (the seed site's pages
    # are byte for byte the same) as long as it is upstream's two partials joined so
    upstream = COMMENT.sub("", (MATERIAL / "partials/toc.html").read_text())
    item = COMMENT.sub("", (MATERIAL / "partials/toc-item.html").read_text())
    assert upstream.count(TOC_ITEM_INCLUDE) == 1 and item.count(TOC_ITEM_INCLUDE) == 1
    assert item.endswith("</li>\n"), "Material changed toc-item.html; join it again"
    macro = item[:-1].replace(TOC_ITEM_INCLUDE, TOC_ITEM_CALL)  # an include drops one newline
    expected = (
        "{% macro toc_item_html(toc_item) %}" + macro + "{% endmacro -%}\n"
        + upstream.replace(TOC_ITEM_INCLUDE, TOC_ITEM_CALL)
    )  # fmt: skip
    # Zensical's templates do not see the names of the page that includes them: the
    # language partial Material's base.html imports is imported here too (session 47)
    expected = '{% import "partials/language.html" as lang with context -%}\n' + expected
    assert COMMENT.sub("", (THEME / "partials/toc.html").read_text()) == expected


def test_the_contents_partial_renders_what_materials_two_partials_render():
    from types import SimpleNamespace

    import jinja2
    from mkdocs.structure.toc import get_toc

    def entry(level: int, id_: str, name: str, *children: dict) -> dict:
        return {"level": level, "id": id_, "name": name, "children": list(children)}

    toc = get_toc(
        [
            entry(
                1,
                "t",
                "T",
                entry(2, "a", "A &amp; B <em>x</em>", entry(3, "c", "C"), entry(3, "c_1", "C")),
                entry(2, "d", "D", entry(3, "e", "E", entry(4, "f", "F &lt;script&gt;"))),
                entry(2, "g", "G"),
            )
        ]
    )
    context = {
        "lang": SimpleNamespace(t=lambda key: f"[{key}]"),
        "config": SimpleNamespace(mdx_configs={"toc": {"title": "On this page"}}),
        "page": SimpleNamespace(toc=toc),
    }
    for autoescape in (False, True):
        html = {}
        for name, folders in (("ours", [THEME, MATERIAL]), ("upstream", [MATERIAL])):
            # the language partial ours imports, as Material's would translate the title
            language = {"partials/language.html": "{% macro t(key) %}[{{ key }}]{% endmacro %}"}
            loader = jinja2.ChoiceLoader(
                [
                    jinja2.DictLoader(language),
                    jinja2.FileSystemLoader([str(folder) for folder in folders]),
                ]
            )
            env = jinja2.Environment(loader=loader, autoescape=autoescape)
            html[name] = env.get_template("partials/toc.html").render(**context)
        assert html["ours"] == html["upstream"]
        assert html["ours"].count('class="md-nav__item"') == 7
