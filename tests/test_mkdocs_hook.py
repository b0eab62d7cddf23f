"""The MkDocs hook that lets go of each page's text once written (issue 10, memory): its
events on stand-in pages; test_build checks that a site built with it has the same bytes."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from conftest import ROOT

from generator import mkdocs_hook as hook
from generator.search_index import SNIPPET, snippet

SPLIT = SimpleNamespace(extra={"search_worker": "assets/javascripts/workers/search-split.js"})


def config(entries: list[dict], extra: dict) -> SimpleNamespace:
    search = SimpleNamespace(search_index=SimpleNamespace(entries=entries))
    return SimpleNamespace(extra=extra, plugins={"material/search": search})


def page(url: str) -> SimpleNamespace:
    return SimpleNamespace(url=url, markdown="# Title\n\nText.", content=None, toc=["item"])


def test_a_page_keeps_its_html_packed_from_rendering_to_writing_and_nothing_after():
    html = "<h1 id='t'>Title – “quoted”</h1><p>Text.</p>" * 50
    one = page("actors/one/")
    assert hook.on_page_content(html, one, SPLIT, None) == ""
    assert one.markdown == "" and len(getattr(one, hook.PACKED)) < len(html)
    context = {"page": one}
    assert hook.on_page_context(context, one, SPLIT, None) is context
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


def test_the_generated_config_loads_the_hook_by_an_absolute_path(tmp_path):
    """MkDocs resolves a relative hook path against the generated config, in staging."""
    import yaml

    from generator.publish import HOOK, Targets, mkdocs_config

    targets = Targets(
        docs=tmp_path / "docs",
        site=tmp_path / "site",
        config=ROOT / "mkdocs.yml",
        assets=tmp_path / "assets",
        theme=ROOT / "templates/theme",
        sources=(),
        roots=(),
    )
    path = mkdocs_config(targets, tmp_path / "docs", tmp_path / "site", "x", tmp_path)
    assert yaml.safe_load(path.read_text())["hooks"] == [str(HOOK)]
    assert HOOK.is_absolute() and Path(hook.__file__).resolve() == HOOK
    assert "generator/mkdocs_hook.py" in (ROOT / "mkdocs.yml").read_text()  # plain mkdocs runs
