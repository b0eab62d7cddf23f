"""Hostile and broken input: each refused with a clear ``path:line:col`` error or made harmless.

SECURITY.md lists every case with the test that proves it; keep the two in step.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from conftest import ROOT, write

from generator.cli import main
from generator.errors import BuildError, ContentError, printable
from generator.ids import slugify
from generator.load import load_content

ARTICLE = "---\ntitle: {title}\ndate: '{date}'\nsource: Wire\nlanguage: en\n---\n\n{body}\n"


def errors_of(content: Path) -> list[str]:
    with pytest.raises(BuildError) as info:
        load_content(content)
    return [str(e) for e in info.value.errors]


def article(content: Path, body: str, *, title: str = "T", date: str = "2024-03-01") -> Path:
    return write(
        content / f"articles/{date}-x.md", ARTICLE.format(title=title, date=date, body=body)
    )


def actor(content: Path, id_: str, name: str, extra: str = "") -> Path:
    path = content / f"actors/{id_}.yml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"name: {name}\ntype: person\n{extra}", encoding="utf-8")
    return path


# --- Lookalike names (UTS #39) ---------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "char"),
    [
        ("Rufus\u200bFirefly", "U+200B ZERO WIDTH SPACE"),
        ("\ufeffRufus Firefly", "U+FEFF ZERO WIDTH NO-BREAK SPACE"),
        ("Rufus \u202eylferiF", "U+202E RIGHT-TO-LEFT OVERRIDE"),
        ("Rufus Fire\u2060fly", "U+2060 WORD JOINER"),
        ("Rufus \u3164Firefly", "U+3164 HANGUL FILLER"),
    ],
)
def test_invisible_and_bidi_characters_in_names_are_refused(mini_content, name, char):
    actor(mini_content, "lookalike", f'"{name}"')
    joined = "\n".join(errors_of(mini_content))
    assert f"actors/lookalike.yml:1:7: E205 invisible or control character {char}" in joined


def test_invisible_characters_in_aliases_and_titles_are_refused(mini_content):
    actor(mini_content, "someone", "Some One", 'aliases:\n  - "Some\u200dOne"\n')
    article(mini_content, "Text.", title='"Talks\u202e"')
    joined = "\n".join(errors_of(mini_content))
    assert "actors/someone.yml:4:5: E205 invisible or control character U+200D" in joined
    assert "2024-03-01-x.md:2:8: E205 invisible or control character U+202E" in joined


def test_a_persian_name_keeps_its_zero_width_non_joiner(mini_content):
    actor(mini_content, "pezeshkian-fa", "مسعود پزشکیان", 'aliases:\n  - "می\u200cخواهم"\n')
    names = {e.name for e in load_content(mini_content).entities}
    assert "مسعود پزشکیان" in names


def test_a_cyrillic_letter_in_a_latin_name_is_refused(mini_content):
    actor(mini_content, "lookalike", "Rufus Fir\u0435fly")  # CYRILLIC SMALL LETTER IE
    joined = "\n".join(errors_of(mini_content))
    assert (
        "actors/lookalike.yml:1:7: E206 'Rufus Fir\u0435fly' mixes scripts: U+0435 CYRILLIC "
        "SMALL LETTER IE among Latin letters" in joined
    )


def test_single_script_and_cjk_names_pass(mini_content):
    actor(mini_content, "lavrov", "Сергей Лавров")
    actor(mini_content, "abe", "安倍晋三")
    actor(mini_content, "sony", "ソニー Group")
    assert len(load_content(mini_content).entities) == 9


def test_nfd_and_nfc_spellings_are_one_name(mini_content):
    actor(mini_content, "jose", "Jos\u00e9 Mart\u00ed")
    actor(mini_content, "jose-2", "Jose\u0301 Marti\u0301")
    joined = "\n".join(errors_of(mini_content))
    assert (
        "actors/jose-2.yml:1:7: E104 name, alias or adjective 'José Martí' is also used" in joined
    )


# --- Crashes that must be errors -------------------------------------------------------


@pytest.mark.parametrize("date", ["0001-01-01", "0000-01-01"])
def test_dates_outside_the_allowed_years_are_errors(mini_content, date):
    path = article(mini_content, "Text.", date=date)
    path.rename(path.with_name(f"{date}-x.md"))
    joined = "\n".join(errors_of(mini_content))
    assert re.search(rf"{date}-x\.md:3:7: E016 '{date}' (is outside the years|is not)", joined)


def test_event_year_zero_is_an_error(mini_content):
    write(mini_content / "events/old.yml", "name: Old\ntype: meeting\ndate: '0000'\n")
    assert "events/old.yml:3:7: E016 '0000' is outside the years 1000–2200" in "\n".join(
        errors_of(mini_content)
    )


def test_oversized_paragraph_and_article_are_refused_before_any_nlp(mini_content):
    article(mini_content, "word " * 5000)
    joined = "\n".join(errors_of(mini_content))
    assert "2024-03-01-x.md:8:1: E004 paragraph of 24,999 characters" in joined


def test_oversized_file_is_refused_without_reading_it(mini_content):
    path = article(mini_content, "Text.")
    with path.open("a") as handle:
        handle.truncate(5_000_000)
    joined = "\n".join(errors_of(mini_content))
    assert "2024-03-01-x.md: E004 file is 5,000,000 bytes" in joined


def test_yaml_nested_a_thousand_deep_is_an_error_with_the_file(mini_content):
    write(mini_content / "actors/deep.yml", "name: Deep\ntype: person\naliases: " + "[" * 1000)
    joined = "\n".join(errors_of(mini_content))
    assert "actors/deep.yml:3:29: E010 YAML nested more than 20 levels deep" in joined


# --- Terminal escapes and control characters -------------------------------------------


def test_terminal_escapes_are_printed_escaped(mini_content, capsys):
    write(mini_content / "actors/esc.yml", 'name: "Evil\\e[2J\\e[32mOK"\ntype: persn\n')
    assert main(["check", "--content", str(mini_content)]) == 1
    err = capsys.readouterr().err
    assert "\x1b" not in err
    assert "E205 invisible or control character U+001B ESCAPE" in err
    assert "\\u001b[2J" in printable("\x1b[2J")


def test_error_messages_never_carry_raw_control_characters():
    error = ContentError("a\u202e.yml", 1, "E000", "bell\x07 nul\x00 esc\x1b[31m", column=2)
    text = str(error)
    assert not re.search(r"[\x00-\x1f\u202e]", text)
    assert text.startswith("a\\u202e.yml:1:2: E000 bell\\u0007")


def test_control_characters_in_a_body_are_stripped(mini_content):
    article(mini_content, "Bell\x07 and NUL\x00 and ESC\x1b[31m here.")
    body = {a.id: a for a in load_content(mini_content).articles}["2024-03-01-x"].paragraphs
    assert body == ("Bell and NUL and ESC[31m here.",)


# --- Identity ----------------------------------------------------------------------------


def test_unknown_folders_and_stray_files_in_content_are_errors(mini_content):
    write(mini_content / "actor/extra.yml", "name: Extra\ntype: person\n")
    write(mini_content / "notes.txt", "scratch\n")
    joined = "\n".join(errors_of(mini_content))
    assert "actor: E001 unexpected folder 'actor' in the content folder (hint: did you mean" in (
        joined
    )
    assert "notes.txt: E001 unexpected file 'notes.txt' in the content folder" in joined


def test_a_reference_hint_never_suggests_a_path_outside_the_content(mini_content):
    write(
        mini_content / "agreements/pact2.yml",
        "name: Pact 2\ntype: deal\nparties:\n  - ../../etc/passwd\n",
    )
    joined = "\n".join(errors_of(mini_content))
    assert "E103 unknown actor '../../etc/passwd' (hint: ids are lower-case letters" in joined
    assert "passwd.yml" not in joined


def test_non_latin_names_get_distinct_ids():
    assert slugify("Сергей Лавров") != slugify("Сергей Шойгу")
    assert slugify("李强") != slugify("李克强")


# --- Prose that looks like HTML ---------------------------------------------------------


def test_prose_with_angle_brackets_is_not_mistaken_for_html(mini_content):
    article(mini_content, "Turnout was < script and 3 > 2, a<3 and x<y.")
    assert load_content(mini_content).articles


@pytest.mark.parametrize(
    "html", ["<img src=x onerror=alert(1) <>", "</title <>", "<script>", "<!-- c -->", "<b>"]
)
def test_html_tags_are_refused_even_unclosed(mini_content, html):
    article(mini_content, f"Text {html} more.")
    assert any(": E200 raw HTML" in e for e in errors_of(mini_content))


# --- CI ------------------------------------------------------------------------------------


def test_workflow_actions_are_pinned_by_commit_with_the_tag_in_a_comment():
    workflows = list((ROOT / ".github/workflows").glob("*.yml"))
    uses = [
        line.strip()
        for path in workflows
        for line in path.read_text().splitlines()
        if line.strip().startswith(("uses:", "- uses:"))
    ]
    assert uses
    for line in uses:
        assert re.search(r"uses: [\w./-]+@[0-9a-f]{40} # v\d+", line), line


def test_no_symlink_in_the_test_fixtures_escapes_the_repository():
    for path in (ROOT / "tests/fixtures").rglob("*"):
        assert not path.is_symlink(), path
    assert os.path.realpath(ROOT / "content") == str(ROOT / "content")


def test_found_names_never_take_another_entitys_page_by_sharing_its_slug(mini_content):
    from test_resolve import annotation_for

    from generator.resolve import resolve

    article(mini_content, "Rufús Firefly spoke.\n\nJosé Martí met Jose Marti and RUFUS FIREFLY.")
    content = load_content(mini_content)
    new = {a.id: a for a in content.articles}["2024-03-01-x"]
    spans = {
        0: [("Rufús Firefly", "PERSON", None)],
        1: [
            ("José Martí", "PERSON", None),
            ("Jose Marti", "ORG", None),  # another type: not a variant
            ("RUFUS FIREFLY", "PERSON", None),
        ],
    }
    resolved = resolve(content, [annotation_for(new, spans)])
    by_text = {m.text: m.entity for m in resolved.mentions}
    assert by_text["RUFUS FIREFLY"] == "actors/rufus-firefly"  # one of its names, in capitals
    assert by_text["Rufús Firefly"].startswith("actors/rufus-firefly-")  # same slug, other name
    assert by_text["José Martí"] != by_text["Jose Marti"]
    assert len({e.key for e in resolved.entities}) == len(resolved.entities)


def test_jinja_syntax_in_content_is_text_never_a_template():
    from test_render import tiny_site

    _, pages = tiny_site("Boss {{ 7*7 }} {% raw %} {# c #}")
    actor = pages["actors/x.md"]
    assert "49" not in actor
    assert "\\{\\{ 7\\*7 \\}\\}" in actor or "{{ 7*7 }}" in actor.replace("\\", "")


def test_the_security_table_names_only_tests_that_exist():
    table = (ROOT / "SECURITY.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| (\d+) \|", table, re.MULTILINE)
    assert len(rows) >= 28
    for ref in re.findall(r"`(test_\w+\.py)::(test_\w+)`", table):
        source = (ROOT / "tests" / ref[0]).read_text(encoding="utf-8")
        assert re.search(rf"^def {ref[1]}\(", source, re.MULTILINE), ref


def test_an_event_record_written_as_html_escapes_every_value():
    # perf63: the record list (Date, Place, Participants and their notes) is raw HTML that
    # the MkDocs hook keeps from Python-Markdown, so nothing but the generator's escaping
    # stands between a content value and the page.
    from dataclasses import replace
    from types import SimpleNamespace as NS

    from test_render import tiny_site

    from generator.mkdocs_hook import stash_blocks
    from generator.model import Entity
    from generator.model.views import Quote, QuotedSentence

    evil = '</li></ul><script>alert(1)</script><img src=x onerror="a()"> &amp; [x](javascript:1)'
    renderer, _ = tiny_site("Iran")
    article = NS(date="2024-01-01")
    quote = Quote("2024-01-01-a", (QuotedSentence(0, 0, evil, ()),), ())
    people = [Entity("actors", "p", evil, "person")]
    entity = replace(
        Entity("events", "e", evil, "meeting", date="2024-01-01", place=evil),
        date_text=evil,
        curated=False,
    )
    note = NS(reference="2024-01-01", article=article, text=evil, quote=quote, value="2024")
    note.note = evil
    html = renderer.env.get_template("_record.md.j2").render(
        page="events/e.md",
        entity=entity,
        involved=people,
        unnamed_parties=people,
        evidence=[NS(quotes=[quote])],
        evidence_dates=[note],
        evidence_places=[NS(article=article, match=evil, quote=quote, part=evil)],
        about=people,
        agreement=None,
        party_label="Participants",
    )
    assert "<script" not in html and "<img" not in html and "javascript" in html
    assert "&lt;script&gt;" in html and "&amp;amp;" in html
    tags = re.findall(r"</?(\w+)", html)
    assert set(tags) == {"ul", "li", "strong", "a"} and tags.count("ul") == 8
    assert stash_blocks(f"\n{html.strip()}\n")[1] == [html.strip()]


def test_an_agreement_record_written_as_html_escapes_its_value_and_subject():
    # review38: the Value and Subject lines (an agreement's, from the article's words) are
    # in the same stashed raw HTML; hostile text there stays text, on the record's one line.
    from dataclasses import replace

    from test_render import tiny_site

    from generator.mkdocs_hook import stash_blocks
    from generator.model import Entity

    evil = "</li></ul><script>x</script> \" ' `t` --> {{ 7*7 }}\u2028\n\n# h\n- [a](javascript:1)"
    renderer, _ = tiny_site("Iran")
    entity = replace(Entity("agreements", "a", "Pact", "deal"), value=evil, subject=evil)
    html = renderer.env.get_template("_record.md.j2").render(
        page="agreements/a.md",
        entity=entity,
        involved=[],
        unnamed_parties=[],
        evidence=[],
        evidence_dates=[],
        evidence_places=[],
        about=[],
        agreement=None,
        party_label="Parties",
    )
    assert "<script" not in html and "&lt;/li&gt;&lt;/ul&gt;&lt;script&gt;" in html
    assert "--&gt; {{ 7*7 }} # h - [a](javascript:1)" in html
    assert set(re.findall(r"</?(\w+)", html)) == {"ul", "li", "strong"}
    assert stash_blocks(f"\n{html.strip()}\n")[1] == [html.strip()]


def test_a_split_site_index_made_by_the_hook_escapes_titles_tags_and_text(tmp_path):
    # perf64: above SPLIT_PAGES the theme's search plugin is off and the MkDocs hook indexes
    # the pages; hostile titles, aliases (tags) and text are the theme's escaped entries
    import json

    from test_mkdocs_hook import indexed_by_the_hook, loaded_config, search_page

    evil = '</script><script>alert(1)</script><img src=x onerror="a()"> &amp; "q" \u2028'
    config = loaded_config(tmp_path, "assets/javascripts/workers/search-split.js")
    title = evil.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    out = ' data-search-exclude="data-search-exclude"'
    html = f'<h1 id="t">{title}</h1><p{out}>{title}</p><p>{title}</p>'
    [written] = indexed_by_the_hook(config, [search_page("a/", html, title, (evil,))])
    assert written == html.replace(out, "")
    config.plugins.on_post_build(config=config)
    data = (tmp_path / "site/search/search_index.json").read_text(encoding="utf-8")
    [entry] = json.loads(data)["docs"]
    assert not any("<script" in entry[f] or "<img" in entry[f] for f in ("title", "text"))
    # tags are what the front matter holds, as the theme kept them (the generator writes
    # them HTML-escaped: markup.front_matter)
    assert entry["title"].startswith("&lt;/script&gt;&lt;script&gt;") and entry["tags"] == [evil]
    assert entry["text"].count("&lt;img") == 1  # the excluded paragraph is out


def test_an_article_paragraph_written_as_html_escapes_its_text_and_links():
    # perf64: an article's paragraphs are raw HTML the MkDocs hook keeps from Python-Markdown;
    # a hostile name (linked) and text stay text, and MkDocs still gets each paragraph's id
    from test_render import tiny_site

    from generator.mkdocs_hook import block_anchors, stash_blocks

    evil = '</p><script>alert(1)</script><img src=x onerror="a()"> &amp; [x](javascript:1) id="p9"'
    _, pages = tiny_site(evil)
    page = pages["articles/2024-01-01-a.md"]
    [line] = [line for line in page.splitlines() if line.startswith('<p id="p1">')]
    assert "<script" not in line and "<img" not in line and "&lt;/p&gt;&lt;script&gt;" in line
    assert "&amp;amp;" in line and "javascript:1)" in line and line.count("<a ") == 2
    assert set(re.findall(r"</?(\w+)", line)) == {"p", "a"}
    assert stash_blocks(f"\n{line}\n")[1] == [line] and block_anchors(line) == ["p1"]


def test_a_statements_list_written_as_html_escapes_every_value():
    # perf64: the statements of event and actor pages are raw HTML the MkDocs hook keeps from
    # Python-Markdown: the speaker, quote, sentence and article title stay text
    from test_render import tiny_site

    from generator.mkdocs_hook import stash_blocks
    from generator.model import Article, Entity, Statement
    from generator.model.views import StatementView

    evil = "</li></ul><script>x</script><img src=x onerror=a()> \" ' &amp; *e* [a](javascript:1)"
    renderer, _ = tiny_site("Iran")
    article = Article("2024-01-01-a", evil, "2024-01-01", "Wire", None, "en", (evil,))
    speaker = Entity("actors", "p", evil, "person")
    said = Statement("s", "actors/p", evil, "2024-01-01-a", 0, 0, "2024-01-01", None, 0)
    html = renderer.env.get_template("_statements.md.j2").render(
        page="events/e.md",
        statements=[StatementView(said, speaker, article, evil)],
        with_speaker=True,
    )
    block = html.strip().rsplit("\n\n", 1)[1]
    assert "<script" not in block and "<img" not in block and "javascript:1)" in block
    assert block.count("&lt;/li&gt;&lt;/ul&gt;&lt;script&gt;") == 4 and "&amp;amp;" in block
    assert set(re.findall(r"</?(\w+)", block)) == {"ul", "li", "a", "em"}
    assert stash_blocks(f"\n{block}\n")[1] == [block]


def test_an_actors_lists_and_timeline_written_as_html_escape_every_value():
    # perf66: an actor page's lists (roles, agreements, appears with, reported by, articles,
    # older articles) and its timeline table are raw HTML the MkDocs hook keeps from
    # Python-Markdown: names, titles, role words and dates stay text, an id stays in its href
    import jinja2
    from test_render import STUBS, actor_lists_context, tiny_site

    from generator.mkdocs_hook import stash_blocks

    evil = (
        "</td></tr></table></li></ul><script>x</script><img src=x onerror=a()>"
        ' " \' &amp; *e* [a](javascript:1) id="p1"'
    )
    renderer, _ = tiny_site("Iran")
    env = renderer.env.overlay(loader=jinja2.ChoiceLoader([STUBS, renderer.env.loader]))
    page = env.get_template("actor.md.j2").render(actor_lists_context(evil, 'ir"an'))
    lists = ("<ul>", "<ul data-search-exclude>", "<table>")  # article lists: out of search
    blocks = [line for line in page.splitlines() if line.startswith(lists)]
    assert len(blocks) == 7
    for block in blocks:
        assert "<script" not in block and "<img" not in block and "javascript:1)" in block
        assert "&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;/li&gt;&lt;/ul&gt;" in block
        assert "&amp;amp;" in block and 'ir"an' not in block
        assert not any("id=" in tag for tag in re.findall(r"<[^>]*>", block))
        tags = set(re.findall(r"</?(\w+)", block))
        assert tags <= {"ul", "li", "a", "table", "thead", "tbody", "tr", "th", "td"}
        hrefs = re.findall(r'href="([^"]*)"', block)
        assert hrefs and all(h.startswith(("../", "#")) and "//" not in h for h in hrefs)
    assert 'href="../../events/e2/"' in blocks[2] and 'href="../p0/"' in blocks[3]
    stashed = stash_blocks(f"\n{page}\n")[1]
    assert [b for b in stashed if b.startswith(lists)] == blocks


def test_the_paragraphs_between_headings_written_as_html_escape_every_value(monkeypatch):
    # perf72: an event's, actor's and article's paragraphs between headings (description,
    # adjectives, each article's date and outlet, the article's header list with its URL and
    # dateline, its "… in this article" links) are raw HTML the MkDocs hook keeps from
    # Python-Markdown: every value stays text, no id, links relative or the article's own URL
    import html

    from test_render import PARAGRAPH_PAGES, paragraph_site, render_pages

    from generator.mkdocs_hook import joined_runs, stash_blocks
    from generator.model import Briefing

    monkeypatch.setattr("generator.evidence.MENTION_QUOTES", 1)
    evil = (
        "</em></strong></p></li></ul><script>x</script><img src=x onerror=a()>"
        ' " \' &amp; *e* [a](javascript:1) id="p1"'
    )
    pages = render_pages(ROOT / "templates", paragraph_site(evil), Briefing("T", "S"))
    written = 0
    for path in PARAGRAPH_PAGES:
        lines = [
            line
            for line in pages[path].splitlines()
            if line.startswith(("<p>", "<p ", "<ul> <li><strong>Published"))
        ]
        for line in lines:
            written += evil.split()[0] in html.unescape(line) or "&amp;amp;" in line
            assert "<script" not in line and "<img" not in line, (path, line)
            tags = set(re.findall(r"</?(\w+)", line))
            assert tags <= {"p", "em", "strong", "a", "ul", "li", "blockquote"}, (path, line)
            hrefs = re.findall(r'href="([^"]*)"', line)
            assert all(
                h.startswith(("../", "#")) or h.startswith("https://example.org/1?a=%3C")
                for h in hrefs
            ), (path, hrefs)
            own = re.findall(r'<[^>]*\sid="', line)  # an id attribute, not "id=" in a URL
            assert own == [] or line.startswith('<p id="p'), (path, own)
        # each stands alone and is stashed: Python-Markdown never reads the values
        stashed = joined_runs(*stash_blocks(pages[path]))[1]
        assert all(any(line in block for block in stashed) for line in lines), path
    assert written >= 10


INDEX_EVIL = (
    "</td></tr></table></li></ul><script>x</script><img src=x onerror=a()>"
    ' " \' &amp; *e* [a](javascript:1) { #x } id="p1" data-kind="x"'
)
"""A name, description, title or outlet that would close the index's table or list."""


def test_the_index_tables_and_timeline_lists_written_as_html_escape_every_value():
    # perf74: the actors, events and articles indexes' tables and the timeline's lists are raw
    # HTML the MkDocs hook keeps from Python-Markdown: every name, description, title and
    # outlet stays text; the only ids are the jump lists' own, links relative
    from html import unescape

    from test_render import INDEX_PAGES, index_site, render_pages

    from generator import mkdocs_hook
    from generator.model import Briefing

    evil = INDEX_EVIL
    pages = render_pages(ROOT / "templates", index_site(evil), Briefing("T", "S"))
    written = 0
    for path in INDEX_PAGES:
        lines = [line for line in pages[path].splitlines() if line.startswith(("<table>", "<ul>"))]
        assert lines, path
        for line in lines:
            written += evil.split()[0] in unescape(line)
            assert "<script" not in line and "<img" not in line, (path, line)
            tags = set(re.findall(r"</?(\w+)", line))
            allowed = {"table", "thead", "tbody", "tr", "th", "td", "a", "em", "strong", "ul", "li"}
            assert tags <= allowed, (path, tags - allowed)
            hrefs = re.findall(r'href="([^"]*)"', line)
            assert all(re.fullmatch(r"(\.\./)*([a-z0-9-]+/)+", h) for h in hrefs), (path, hrefs)
            ids = re.findall(r'<[^>]*\sid="([^"]*)"', line)
            assert all(re.fullmatch(r"[a-z0-9-]+", i) for i in ids), (path, ids)
            kinds = re.findall(r'<li [^>]*data-kind="([^"]*)"', line)
            assert set(kinds) <= {"event", "agreement"}, (path, kinds)
        # each stands alone and is stashed: Python-Markdown never reads the values
        stashed = mkdocs_hook.joined_runs(*mkdocs_hook.stash_blocks(pages[path]))[1]
        assert all(any(line in block for block in stashed) for line in lines), path
    assert written >= 6


def test_headings_written_as_html_escape_the_article_titles_they_show():
    # perf76: an entity's and an article's headings below the title are raw HTML the MkDocs
    # hook keeps from Python-Markdown: an article's title in an evidence group's heading
    # stays text, its link the site's own page; perf78: each with its id (a slug: nothing of
    # the title's markup gets into it) and its permalink to it
    from html import unescape

    from test_render import index_site, render_pages

    from generator import mkdocs_hook
    from generator.model import Briefing

    evil = INDEX_EVIL
    pages = render_pages(ROOT / "templates", index_site(evil), Briefing("T", "S"))
    titles = 0
    for path, text in pages.items():
        lines = [line for line in text.splitlines() if re.match(r"<h[2-6][ >]", line)]
        if not lines:
            continue
        assert path.split("/")[0] in ("actors", "events", "agreements", "articles"), path
        assert not re.search(r"^#{2,} ", text, re.MULTILINE), path  # none left in Markdown
        for line in lines:
            titles += evil.split()[0] in unescape(line)
            assert "<script" not in line and "<img" not in line, line
            ids = re.findall(r"<[^>]*\sid=\"([^\"]*)\"", line)
            assert len(ids) == 1 and re.fullmatch(r"[a-z0-9_-]+", ids[0]), line
            assert set(re.findall(r"</?(\w+)", line)) <= {"h2", "h3", "a"}, line
            hrefs = re.findall(r'href="([^"]*)"', line)
            assert hrefs[-1] == f"#{ids[0]}", line  # the permalink
            assert all(re.fullmatch(r"(\.\./)*([a-z0-9-]+/)+", h) for h in hrefs[:-1]), line
            assert mkdocs_hook.HTML_HEADING.fullmatch(line), line
        stashed = mkdocs_hook.joined_runs(*mkdocs_hook.stash_blocks(text))[1]
        assert all(any(line in block for block in stashed) for line in lines), path
    assert titles >= 1


def test_the_previews_notice_on_a_review_page_escapes_the_errors_it_quotes():
    # review43: a refused edit's errors quote the editor's text; on the review pages (HTML of
    # the generator's own) they stay text, the notice goes in once, under the layout's
    # <main>, not after a <main> an item's name spells
    from html.parser import HTMLParser

    from test_render import review_item_page, tiny_site

    from generator.render import error_notice, with_notice

    evil = "<main>\n</li></ul></div><script>x</script><img src=x onerror=a()> {{ 7*7 }} &amp;"
    renderer, _ = tiny_site("Iran")
    page = review_item_page(renderer, evil)
    notice = error_notice(ROOT / "templates", [f"a.yml:1:1: E015 {evil}", evil])
    out = with_notice({"review/x/index.html": page}, notice)["review/x/index.html"]

    class Elements(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.tags: list[str] = []
            self.text: list[str] = []

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            self.tags.append(tag)

        def handle_data(self, data: str) -> None:
            self.text.append(data)

    before, after = Elements(), Elements()
    before.feed(page)
    after.feed(out)
    assert out.count("<main>") == 1 and out.count('class="content-errors"') == 1
    assert out.index("<main>\n") < out.index('class="content-errors"') < out.index("<h1>")
    added = list(after.tags)
    for tag in before.tags:
        added.remove(tag)
    assert sorted(added) == ["code", "code", "div", "li", "li", "p", "p", "ul"]
    assert "".join(after.text).count(evil) == "".join(before.text).count(evil) + 2
    assert "49" not in "".join(after.text)


def test_a_review_page_written_as_the_generators_own_html_escapes_every_value():
    # perf70: the editors' review pages are HTML the generator writes (no Markdown, no
    # theme): names, examples, labels, file names, titles and YAML stay text in every
    # element, the only tags and attributes are the template's, and the YAML an editor
    # copies from its block is the YAML made
    import html
    from html.parser import HTMLParser

    from test_render import review_item_page, tiny_site

    evil = (
        "</code></pre></p></blockquote></title><script>x</script><img src=x onerror=a()>"
        ' " \' &amp; *e* [a](javascript:1) id="p1" &#10; {{ 7*7 }} `c`'
    )
    renderer, _ = tiny_site("Iran")
    page = review_item_page(renderer, evil)

    class Elements(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.tags: list[str] = []
            self.attributes: set[str] = set()
            self.text: list[str] = []

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            self.tags.append(tag)
            self.attributes |= {name for name, _ in attrs}

        def handle_data(self, data: str) -> None:
            self.text.append(data)

    parser = Elements()
    parser.feed(page)
    assert set(parser.tags) <= {
        "html", "head", "meta", "title", "link", "script", "body", "header", "a", "main",
        "h1", "p", "code", "section", "h2", "em", "blockquote", "strong", "pre",
    }  # fmt: skip
    assert parser.tags.count("script") == 2 and "img" not in parser.tags
    assert parser.attributes <= {
        "lang", "charset", "name", "content", "rel", "href", "src", "class", "id", "aria-label",
        "type",
    }  # fmt: skip
    assert page.count(' id="') == 2 and ' id="p1"' not in page  # the items' own ids only
    text = "".join(parser.text)
    assert text.count(evil) >= 6  # title, heading, pager, item, detail, example, label, YAML
    assert "49" not in text  # no template syntax ran
    blocks = re.findall(r'<pre><code class="language-yaml">(.*?)</code></pre>', page, re.S)
    assert html.unescape(blocks[0]) == f"name: {evil}\naliases:\n- '{evil}'\n"
    assert all("<" not in block for block in blocks)
    assert not [href for href in re.findall(r'href="([^"]*)"', page) if ":" in href]
