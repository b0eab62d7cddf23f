"""A rebuild after one edit renders only the pages whose inputs changed, and its output is
byte for byte that of a build from nothing (blank pipeline: no model needed)."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import re
import shutil
import sys
from collections import Counter

import pytest
import yaml

from generator.build import Paths, Report, build, generate
from generator.reuse import ALWAYS, DIGESTS
from generator.steps import Steps
from generator.yamlio import dump_fields


def _resolves(steps: Steps) -> Counter[str]:
    """The counts of resolve's steps alone: the build's ``Steps`` is extract's too."""
    return sum(
        (n for step, n in steps.step_counts.items() if step not in ("extract", "settle")),
        Counter(),
    )


def _paths(content, tmp_path, name="out"):
    out = tmp_path / name
    return Paths(content, out / "site", out / "docs", tmp_path / "cache")


def _docs(paths: Paths) -> dict[str, str]:
    return {
        p.relative_to(paths.docs).as_posix(): p.read_text(encoding="utf-8")
        for p in sorted(paths.docs.rglob("*"))
        if p.is_file() and not p.name.startswith(".") and "assets" not in p.parts
    }


def _cold(paths: Paths) -> dict[str, str]:
    """What a build from nothing generates for the same content: every page rendered."""
    _, files = generate(paths, "blank", Report())
    return files


WEATHER = """\
---
title: Rain expected
date: '2024-03-04'
source: Fixture Wire
language: en
---

Rain is expected on Monday across the region.
"""


def _edit(content):
    article = content / "articles" / "2024-03-04-rain-expected.md"
    text = article.read_text(encoding="utf-8").rstrip("\n")
    article.write_text(text + " The ministry later corrected the figure.\n", encoding="utf-8")


def _count_reads(monkeypatch, docs, suffixes=None):
    """The docs pages read from now on (``Path.read_bytes``), by their path in ``docs``: a
    build that trusts a page's record leaves it unread."""
    from pathlib import Path

    read: list[str] = []
    real = Path.read_bytes

    def counting(path):
        if docs in path.parents and (suffixes is None or path.suffix in suffixes):
            read.append(path.relative_to(docs).as_posix())
        return real(path)

    monkeypatch.setattr(Path, "read_bytes", counting)
    return read


def test_a_rebuild_after_one_edit_renders_only_the_pages_it_reaches_and_equals_a_cold_build(
    mini_content, tmp_path, monkeypatch, blank_model
):
    monkeypatch.chdir(tmp_path)
    (mini_content / "articles" / "2024-03-04-rain-expected.md").write_text(WEATHER)
    paths = _paths(mini_content, tmp_path)
    first = build(paths, model="blank", pages_only=True)
    total = sum(first.pages.values())
    assert first.rendered is not None and first.rendered >= total, "nothing to reuse yet"
    mtimes = {p: p.stat().st_mtime_ns for p in paths.docs.rglob("*.md")}

    again = build(paths, model="blank", pages_only=True)
    assert again.rendered is not None and again.rendered < total
    always = again.rendered  # the review's index and the redirects

    _edit(mini_content)
    edited = build(paths, model="blank", pages_only=True)
    # The edited article's page, and the two listings whose data holds the article (the
    # articles index and the home page's latest articles): their text is unchanged.
    assert edited.rendered == always + 3, "only the pages whose data holds the article"
    changed = [
        p.relative_to(paths.docs).as_posix()
        for p in paths.docs.rglob("*.md")
        if p.stat().st_mtime_ns != mtimes.get(p)
    ]
    assert changed == ["articles/2024-03-04-rain-expected.md"]
    cold = _cold(_paths(mini_content, tmp_path, "cold"))
    assert _docs(paths) == cold


def test_a_rebuild_started_from_another_directory_reuses_every_page(
    mini_content, tmp_path, monkeypatch, blank_model
):
    """Files' paths are written relative to the working directory when inside it (for
    messages); no page shows them, so a build started from elsewhere that names the content
    folder alike (its name, here "content") renders nothing again."""
    paths = _paths(mini_content, tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(mini_content.parent)  # paths "content/articles/..."
    first = build(paths, model="blank", pages_only=True)
    again = build(paths, model="blank", pages_only=True)
    monkeypatch.chdir(elsewhere)  # absolute paths
    moved = build(paths, model="blank", pages_only=True)
    assert first.rendered is not None and again.rendered is not None
    assert again.rendered < first.rendered
    assert moved.rendered == again.rendered
    assert _docs(paths) == _cold(_paths(mini_content, tmp_path, "cold"))


def test_a_change_to_curated_data_renders_the_pages_it_changes(
    mini_content, tmp_path, monkeypatch, blank_model
):
    monkeypatch.chdir(tmp_path)
    paths = _paths(mini_content, tmp_path)
    build(paths, model="blank", pages_only=True)
    actor = mini_content / "actors" / "sylvania.yml"
    actor.write_text(
        actor.read_text(encoding="utf-8").replace("description: ", "description: A neighbour. "),
        encoding="utf-8",
    )
    build(paths, model="blank", pages_only=True)
    assert "A neighbour." in (paths.docs / "actors/sylvania.md").read_text()
    assert _docs(paths) == _cold(_paths(mini_content, tmp_path, "cold"))


def test_listing_pages_follow_a_change_to_an_entity_they_only_look_up(
    mini_content, tmp_path, monkeypatch, blank_model
):
    """The indexes and overviews name parties of events and agreements by key: an actor
    renamed ("Sylvania" -> "Republic of Sylvania") must reach them, though their own data
    holds only the key."""
    monkeypatch.chdir(tmp_path)
    paths = _paths(mini_content, tmp_path)
    build(paths, model="blank", pages_only=True)
    before = _docs(paths)
    actor = mini_content / "actors" / "sylvania.yml"
    actor.write_text(
        actor.read_text(encoding="utf-8").replace("name: Sylvania", "name: Republic of Sylvania"),
        encoding="utf-8",
    )
    build(paths, model="blank", pages_only=True)
    after = _docs(paths)
    assert after == _cold(_paths(mini_content, tmp_path, "cold"))
    assert after["actors/index.md"] != before["actors/index.md"]


@pytest.mark.parametrize("damage", ["garbage", "hand-edited page", "stale version"])
def test_a_damaged_record_or_a_hand_edited_page_is_rendered_again(
    mini_content, tmp_path, monkeypatch, blank_model, damage
):
    monkeypatch.chdir(tmp_path)
    paths = _paths(mini_content, tmp_path)
    build(paths, model="blank", pages_only=True)
    record = paths.docs / DIGESTS
    # The docs folder's files are hard links kept across builds: replace, never write in place.
    if damage == "garbage":
        record.unlink()
        record.write_text("{not json", encoding="utf-8")
    elif damage == "stale version":
        data = json.loads(record.read_text(encoding="utf-8"))
        record.unlink()
        record.write_text(json.dumps({**data, "version": "0"}), encoding="utf-8")
    else:
        page = paths.docs / "actors/sylvania.md"
        text = page.read_text(encoding="utf-8")
        page.unlink()
        page.write_text(text + "\nEdited by hand.\n", encoding="utf-8")
    report = build(paths, model="blank", pages_only=True)
    if damage != "hand-edited page":
        assert report.rendered is not None and report.rendered >= sum(report.pages.values())
    assert _docs(paths) == _cold(_paths(mini_content, tmp_path, "cold"))


def test_a_new_build_folder_reuses_nothing_and_writes_the_record(
    mini_content, tmp_path, monkeypatch, blank_model
):
    monkeypatch.chdir(tmp_path)
    paths = _paths(mini_content, tmp_path)
    build(paths, model="blank", pages_only=True)
    record = json.loads((paths.docs / DIGESTS).read_text(encoding="utf-8"))
    assert "actors/sylvania.md" in record["pages"]
    assert "index.md" in record["pages"], "listings are digested with every entity"
    assert record["pages"]["review/index.html"][0] == ALWAYS, "the review's index: every build"
    shutil.rmtree(paths.docs)
    report = build(paths, model="blank", pages_only=True)
    assert report.rendered is not None and report.rendered >= sum(report.pages.values())


TRICKY = [
    "Ali Khamenei", "U.S.", "O'Neill", "Erdoğan", "Tōkyō", "Nigeria–Benin agreement",
    "Beni, Butembo", "PG&E", "Arrest of Jacques Chirac (2011)", "AC/DC", "Fallout: New Vegas",
    "a  b", "x ", " x", "yes", "No", "NULL", "on", "Off", "y", "N", "~", "-a", ".a", "'a", "a'",
    "#a", "a #b", "a: b", "a:", "[a]", "{a}", "a,", ",a", "&a", "*a", "!a", "%a", "@a", "`a",
    "a\u200db", "a\u00adb", "a\nb", "Daily Xtra\u200d", "2019", "0999", "2019-07", "2019-07-07",
    "2019-7-7", "1e3", "0x1F", ".5", "1_000", "12:30", "", "x" * 600, "x " * 400,
]  # fmt: skip


@pytest.mark.parametrize("text", TRICKY)
def test_yaml_written_directly_is_what_pyyaml_writes(text):
    for data in ({"name": text, "type": "person"}, {"aliases": [text, "B"]}, {"date": text}):
        expected = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)
        assert dump_fields(data) == expected


def test_yaml_written_directly_matches_pyyaml_for_every_character():
    # Every Latin character, then a sample of the rest of the Basic Multilingual Plane.
    for code in [*range(0x20, 0x250), *range(0x250, 0x10000, 61)]:
        for text in (f"A{chr(code)}b", f"{chr(code)}ab", f"ab{chr(code)}", f"A {chr(code)} b"):
            data = {"name": text}
            assert dump_fields(data) == yaml.safe_dump(
                data, allow_unicode=True, sort_keys=False, width=1000
            ), repr(text)


def test_spacy_is_preloaded_only_when_a_content_file_changed_since_the_last_build(tmp_path):
    from generator.preload import edited_since

    content = tmp_path / "content"
    (content / "articles").mkdir(parents=True)
    article = content / "articles" / "a.md"
    article.write_text("old\n")
    record = tmp_path / "docs" / DIGESTS
    assert not edited_since(content, record), "no last build: nothing to compare with"
    record.parent.mkdir()
    record.write_text("{}")
    os.utime(article, ns=(1, 1))
    assert not edited_since(content, record)
    article.write_text("new\n")
    os.utime(record, ns=(1, 1))
    assert edited_since(content, record)


def test_a_long_index_continues_on_pages_linked_both_ways(
    mini_content, tmp_path, monkeypatch, blank_model
):
    """Past ``LISTING_PAGE_SIZE`` rows the events and articles indexes go on over
    ``page-2.md``...; every row is on exactly one page, and a rebuild equals a cold build."""
    from generator import render

    monkeypatch.setattr(render, "LISTING_PAGE_SIZE", 1)
    paths = _paths(mini_content, tmp_path)
    build(paths, model="blank", pages_only=True)
    docs = _docs(paths)
    listing = re.compile(r"articles/(index|page-\d+)\.md")
    articles = sorted(p for p in docs if p.startswith("articles/") and not listing.fullmatch(p))
    pages = ["articles/index.md", *(f"articles/page-{n}.md" for n in range(2, len(articles) + 1))]
    assert len(articles) == 2 and sorted(p for p in docs if listing.fullmatch(p)) == sorted(pages)
    for n, page in enumerate(pages, 1):
        text = docs[page]
        assert f"*Page {n} of {len(pages)}*" in text
        assert ("[Newer](" in text) == (n > 1) and ("[Older](" in text) == (n < len(pages))
        assert "\n\n<table> <thead> <tr> <th>Published</th> <th>Title</th> <th>Source</th>" in text
    slug = {a: a.removeprefix("articles/").removesuffix(".md") for a in articles}
    linked = [a for a in articles for p in pages if f'{slug[a]}/">' in docs[p]]  # the <a>'s
    assert sorted(linked) == articles  # each article on exactly one page
    events = [p for p in docs if re.fullmatch(r"events/(?!index|page-)[^/]+\.md", p)]
    event_pages = [p for p in docs if re.fullmatch(r"events/(index|page-\d+)\.md", p)]
    assert len(event_pages) == len(events) >= 1  # one row a page
    assert ("*Page" in docs["events/index.md"]) == (len(events) > 1)
    assert _docs(paths) == _cold(_paths(mini_content, tmp_path, "cold"))


NER_PEOPLE = ("Maria Lopez", "Lopez", "Ivan Petrov", "Petrov", "Michael Jordan", "Jordan")
"""Names a statistical NER would read as people's: ``fake_ner`` labels them so (no model)."""


@pytest.fixture
def fake_ner(monkeypatch: pytest.MonkeyPatch) -> None:
    """The blank pipeline with a second ruler standing in for the NER: ``NER_PEOPLE`` become
    PERSON spans without an entity key, which resolve decides on as it does a model's."""
    import spacy

    def pipeline(model, patterns, loaded=None):
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        nlp.add_pipe("entity_ruler").add_patterns(patterns)
        ner = nlp.add_pipe("entity_ruler", name="fake_ner", config={"overwrite_ents": False})
        ner.add_patterns([{"label": "PERSON", "pattern": name} for name in NER_PEOPLE])
        return nlp

    monkeypatch.setattr("generator.annotate.load_pipeline", pipeline)
    monkeypatch.setattr("generator.annotate.load_model", lambda model: None)


def _from_nothing(content, tmp_path, name):
    """A build with an empty docs folder and an empty cache: no page, annotation or memo
    entry of an earlier build is read."""
    out = tmp_path / name
    paths = Paths(content, out / "site", out / "docs", out / "cache")
    build(paths, model="blank", pages_only=True)
    return _docs(paths)


@pytest.mark.parametrize(
    "added",
    [
        # A correction that names no one new: no name table of the briefing changes.
        "The ministry later corrected the figure to 40,000 on 5 January.",
        # A new actor, and a known one's surname: the name tables change.
        "Ivan Petrov, a trade envoy, met Lopez again in March.",
        # A body's name glossed in new lower-case words: the word tables change.
        "The Sejm, the lower house of Poland's parliament, debated a tariff quietly.",
        # A person named as a state is ("visited Jordan", "Jordan's king"): the state's uses.
        "Michael Jordan visited Jordan, met Jordan's king, and Jordan said so.",
    ],
)
def test_an_edit_then_a_rebuild_equals_a_build_from_nothing_byte_for_byte(
    mini_content, tmp_path, monkeypatch, fake_ner, added
):
    """The docs folder (pages, the review and the JSON export) after an edit and a rebuild
    that reuses the last build's pages, annotations and memo entries is the one a build from
    nothing writes, for an edit inside one sentence's worth of news and one adding an actor."""
    monkeypatch.chdir(tmp_path)
    paths = _paths(mini_content, tmp_path)
    first = build(paths, model="blank", pages_only=True)
    article = mini_content / "articles" / "2024-01-02-summit-held.md"
    paragraphs = article.read_text(encoding="utf-8").rstrip("\n").split("\n\n")
    paragraphs[-2] += " " + added  # inside the text, not after it
    article.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    made: list[Steps] = []
    monkeypatch.setattr(
        "generator.build.Steps",
        lambda *a, **k: made.append(Steps(*a, **k, verify=True)) or made[-1],
    )
    again = build(paths, model="blank", pages_only=True)
    # Resolve's briefing-wide steps were looked up (the sentences after the edit moved: their
    # names' candidates changed, and the steps reading them were made again); the edited
    # article's unread names were searched again.
    assert _resolves(made[0])["hits"] + _resolves(made[0])["misses"] >= 3
    assert _resolves(made[0])["article misses"] >= 1
    assert first.reused == 0 and again.reused > 0, "the rebuild reused pages"
    rebuilt = _docs(paths)
    assert rebuilt == _from_nothing(mini_content, tmp_path, "cold")
    assert "data/entities.json" in rebuilt and "review/index.html" in rebuilt
    assert ("actors/ivan-petrov.md" in rebuilt) == ("Petrov" in added)
    assert "actors/maria-lopez.md" in rebuilt, "the stand-in NER is read"


def test_an_edit_keeping_the_files_size_and_time_then_a_rebuild_equals_a_build_from_nothing(
    mini_content, tmp_path, monkeypatch, fake_ner
):
    """The kept parse of an article (``load.kept``) is found by the file's bytes: an edit
    that leaves its size and modification time as they were (a file system's clock tick, a
    tool that restores times) is read, and the rebuild is the build from nothing."""
    monkeypatch.chdir(tmp_path)
    paths = _paths(mini_content, tmp_path)
    build(paths, model="blank", pages_only=True)
    article = mini_content / "articles" / "2024-01-02-summit-held.md"
    before, text = article.stat(), article.read_text(encoding="utf-8")
    edited = text.replace("envoys from Sylvania", "envoys from Sylvanio")
    assert edited != text and len(edited.encode()) == len(text.encode())
    article.write_text(edited, encoding="utf-8")
    os.utime(article, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert article.stat().st_mtime_ns == before.st_mtime_ns
    build(paths, model="blank", pages_only=True)
    rebuilt = _docs(paths)
    assert rebuilt == _from_nothing(mini_content, tmp_path, "cold")
    assert any("envoys from Sylvanio" in page for page in rebuilt.values())


def test_resolves_steps_are_kept_after_an_edit_that_moves_no_name_and_equal_a_cold_build(
    mini_content, tmp_path, monkeypatch, fake_ner
):
    """A sentence of words the briefing already writes, added at an article's end, changes
    no candidate name, place or word table: the verdicts, merges and folds are the last
    build's, and the docs folder is still a build from nothing's."""
    monkeypatch.chdir(tmp_path)
    paths = _paths(mini_content, tmp_path)
    build(paths, model="blank", pages_only=True)
    article = mini_content / "articles" / "2024-01-02-summit-held.md"
    text = article.read_text(encoding="utf-8").rstrip("\n")
    article.write_text(text + " Envoys later praised the summit.\n", encoding="utf-8")
    made: list[Steps] = []
    monkeypatch.setattr(
        "generator.build.Steps",
        lambda *a, **k: made.append(Steps(*a, **k, verify=True)) or made[-1],
    )
    build(paths, model="blank", pages_only=True)
    # The edited article's per-article steps that read its text are made again (unread and
    # full names, given names, in-article passes, owners, what the not-actor and thing rules
    # read: one step, what the jargon rule reads, where its candidates are placed, its media
    # citations), the other article's are kept (it has no candidate: only its words, unread
    # and full names, not-actor and thing reads and media citations are looked up for it),
    # The edited article's unglued names read its candidates alone, the same values, but
    # they are known by its new collect entry's key (``Steps.seed``, perf71: no candidate
    # is digested again), so they are made again too. The scans' tests of each article's
    # paragraphs (perf77): the other article's kept, the edited one's made again; and its
    # regions written (perf77, read for articles with candidates only).
    assert _resolves(made[0]) == {"hits": 3, "article hits": 6, "article misses": 13}
    assert _docs(paths) == _from_nothing(mini_content, tmp_path, "cold")


def test_the_merges_are_kept_after_an_edit_inside_an_article_that_names_no_one(
    mini_content, tmp_path, monkeypatch, fake_ner
):
    """A sentence of known words added inside an article renumbers the sentences after it:
    the verdicts, the merges (which read only each candidate's name and article) and the
    folds (each candidate's rank in its article, not its sentence) are the last build's, and
    the docs folder is still a build from nothing's."""
    monkeypatch.chdir(tmp_path)
    paths = _paths(mini_content, tmp_path)
    build(paths, model="blank", pages_only=True)
    article = mini_content / "articles" / "2024-01-02-summit-held.md"
    paragraphs = article.read_text(encoding="utf-8").rstrip("\n").split("\n\n")
    paragraphs[-2] += " Envoys later praised the summit."
    article.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    made: list[Steps] = []
    monkeypatch.setattr(
        "generator.build.Steps",
        lambda *a, **k: made.append(Steps(*a, **k, verify=True)) or made[-1],
    )
    build(paths, model="blank", pages_only=True)
    # The edited article's thirteen per-article steps are made again (its text changed, its
    # candidates' sentences moved); the other article's words, unread and full names,
    # not-actor and thing reads (one step) and media citations are kept, and so are the
    # tests of its paragraphs for the briefing-wide scans (perf77), made again for the edited,
    # whose regions written (perf77) are made again too.
    assert _resolves(made[0]) == {"hits": 3, "article hits": 6, "article misses": 13}
    assert _docs(paths) == _from_nothing(mini_content, tmp_path, "cold")


def test_an_entity_view_reading_nothing_changed_is_not_made_again(
    mini_content, tmp_path, monkeypatch, blank_model
):
    """Early cut-off: after an edit, the entity views that read nothing of the edited article
    are not made; their pages are the last build's, and the output is a cold build's."""
    from generator import evidence

    monkeypatch.chdir(tmp_path)
    (mini_content / "articles" / "2024-03-04-rain-expected.md").write_text(WEATHER)
    paths = _paths(mini_content, tmp_path)
    build(paths, model="blank", pages_only=True)
    record = json.loads((paths.docs / DIGESTS).read_text(encoding="utf-8"))
    assert "actors/sylvania.md" in record["inputs"], "what each view read is recorded"
    assert "a\t2024-01-02-summit-held" in record["units"]

    made: list[str] = []
    real, real_article = evidence.entity_view, evidence.article_view

    def counting(linked, entity, counted=None):
        made.append(entity.key)
        return real(linked, entity, counted)

    def counting_articles(linked, article):
        made.append(article.id)
        return real_article(linked, article)

    monkeypatch.setattr(evidence, "entity_view", counting)
    monkeypatch.setattr(evidence, "article_view", counting_articles)
    build(paths, model="blank", pages_only=True)
    assert made == [], "nothing changed: no view is made"
    _edit(mini_content)  # the weather article names no entity
    build(paths, model="blank", pages_only=True)
    assert made == ["2024-03-04-rain-expected"], "its own page's view only"
    made.clear()
    summit = mini_content / "articles" / "2024-01-02-summit-held.md"
    summit.write_text(summit.read_text(encoding="utf-8").replace("calm.", "calm now."))
    build(paths, model="blank", pages_only=True)
    assert "actors/sylvania.md" not in made, "Sylvania's page quotes no changed sentence"
    assert {"actors/freedonia", "actors/rufus-firefly"} <= set(made)
    assert _docs(paths) == _from_nothing(mini_content, tmp_path, "cold")


def test_a_view_reading_a_neighbours_record_follows_its_change(
    mini_content, tmp_path, monkeypatch, blank_model
):
    """An actor's page names the actors it appears with: renaming one ("Sylvania" ->
    "Republic of Sylvania", the old name an alias) reaches the pages that only read its
    record."""
    monkeypatch.chdir(tmp_path)
    paths = _paths(mini_content, tmp_path)
    build(paths, model="blank", pages_only=True)
    assert "Sylvania" in (paths.docs / "actors/freedonia.md").read_text(encoding="utf-8")
    actor = mini_content / "actors" / "sylvania.yml"
    actor.write_text(
        actor.read_text(encoding="utf-8").replace(
            "name: Sylvania", "name: Republic of Sylvania\naliases: [Sylvania]"
        ),
        encoding="utf-8",
    )
    build(paths, model="blank", pages_only=True)
    assert "Republic of Sylvania" in (paths.docs / "actors/freedonia.md").read_text()
    assert _docs(paths) == _from_nothing(mini_content, tmp_path, "cold")


@pytest.mark.parametrize("damage", ["a unit number out of range", "no inputs", "a wrong digest"])
def test_a_damaged_record_of_inputs_makes_the_views_again(
    mini_content, tmp_path, monkeypatch, blank_model, damage
):
    monkeypatch.chdir(tmp_path)
    paths = _paths(mini_content, tmp_path)
    build(paths, model="blank", pages_only=True)
    path = paths.docs / DIGESTS
    record = json.loads(path.read_text(encoding="utf-8"))
    page = "actors/freedonia.md"
    if damage == "a unit number out of range":
        record["inputs"][page][1].append(len(record["units"]))
    elif damage == "no inputs":
        del record["inputs"]
    else:
        record["inputs"][page][0] = "0" * 64
    # Replaced, not written in place (the docs folder's files are hard links across builds).
    path.unlink()
    path.write_text(json.dumps(record), encoding="utf-8")
    text = (paths.docs / page).read_text(encoding="utf-8")
    (paths.docs / page).unlink()
    (paths.docs / page).write_text(text.replace("Sylvania", "Elsewhere"), encoding="utf-8")
    build(paths, model="blank", pages_only=True)
    assert _docs(paths) == _from_nothing(mini_content, tmp_path, "cold")


def test_values_hashed_by_the_kept_pickler_hash_as_by_a_new_one(tmp_path):
    from generator.model import Mention
    from generator.reuse import Digester

    digester = Digester(tmp_path, ())
    values = [
        ("a", 1, None, ...),
        (Mention("actors/x", "a1", 0, 0, 1, 5, "Xavi", "ner"),) * 3,
        {"k": [1.5, "é" * 300]},
        (),
    ]
    for value in values * 2:
        assert digester.value_digest(value) == hashlib.sha256(digester._pickle(value)).digest()


@dataclasses.dataclass(frozen=True, slots=True)
class _Outside:
    """``Span``'s fields in a class outside the model (saved by name in a digest)."""

    text: str
    label: str
    start: int
    end: int
    entity: str | None


def test_a_records_class_is_a_number_read_the_same_in_every_process(tmp_path):
    """The model's classes are numbered from the start of every digest (``_class_memo``):
    records of a model class and of another class with the same fields digest apart, sharing
    changes nothing, and another process (its modules imported in another order) gives the
    same digests."""
    import copy
    import subprocess

    from generator.model import Mention, Span
    from generator.reuse import Digester, _class_memo

    assert Span in {cls for _, cls in _class_memo().values()}
    digester = Digester(tmp_path, ())
    mention = Mention("actors/x", "a1", 0, 0, 1, 5, "Xavi", "ner")
    assert digester.value_digest((mention, mention)) == digester.value_digest(
        (mention, copy.deepcopy(mention))
    )
    fields = ("x", "PERSON", 0, 1, None)
    assert len({digester.value_digest(v) for v in (Span(*fields), _Outside(*fields), fields)}) == 3
    value = (mention, Span(*fields), [Span(*fields)] * 2)
    script = (
        "import sys; from pathlib import Path; import generator.resolve, generator.evidence; "
        "from generator.model import Mention, Span; from generator.reuse import Digester; "
        "s = Span('x', 'PERSON', 0, 1, None); "
        "v = (Mention('actors/x', 'a1', 0, 0, 1, 5, 'Xavi', 'ner'), s, [s] * 2); "
        "print(Digester(Path(sys.argv[1]), ()).value_digest(v).hex())"
    )
    other = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)], capture_output=True, text=True, check=True
    )
    assert other.stdout.strip() == digester.value_digest(value).hex()


def _replace(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


EDITOR_EDITS = {
    # A curated actor's type: every page drawing it (graph nodes, lists) follows.
    "retype an actor": lambda c: _replace(c / "actors/sylvania.yml", "type: state", "type: person"),
    # An event's date: the timelines and the pages listing it by date.
    "redate an event": lambda c: _replace(
        c / "events/peace-summit.yml", "date: 2024-01-02", "date: 2023-12-30"
    ),
    "retitle an article": lambda c: _replace(
        c / "articles/2024-02-03-pact-signed.md", "title: Pact signed", "title: Border pact sealed"
    ),
    "change an article's source": lambda c: _replace(
        c / "articles/2024-02-03-pact-signed.md", "source: Fixture Wire", "source: Other Wire"
    ),
    "delete an article": lambda c: (c / "articles/2024-02-03-pact-signed.md").unlink(),
    "add an article": lambda c: (c / "articles/2024-03-04-rain-expected.md").write_text(
        WEATHER.replace("Rain is expected", "Sylvania expects rain"), encoding="utf-8"
    ),
    # In the article: briefing-wide, ignoring a curated actor's alias is an error (E107).
    "ignore a name": lambda c: _replace(
        c / "articles/2024-02-03-pact-signed.md",
        "language: en\n",
        "language: en\nignore: [Freedonian Republic]\n",
    ),
    "retitle the briefing": lambda c: _replace(
        c / "briefing.yml", "title: Freedonia–Sylvania briefing", "title: Border briefing"
    ),
}


@pytest.mark.parametrize("edit", sorted(EDITOR_EDITS))
def test_an_editors_edit_then_a_rebuild_equals_a_build_from_nothing(
    mini_content, tmp_path, monkeypatch, blank_model, edit
):
    """Each kind of edit an editor makes (curated data, an article's front matter, an
    article gone or added, the briefing's settings) reaches every page that shows it: the
    rebuild that keeps the unchanged pages writes the docs folder a build from nothing does."""
    monkeypatch.chdir(tmp_path)
    paths = _paths(mini_content, tmp_path)
    build(paths, model="blank", pages_only=True)
    before = _docs(paths)
    EDITOR_EDITS[edit](mini_content)
    again = build(paths, model="blank", pages_only=True)
    if edit != "retitle the briefing":  # every page names the title: none is kept
        assert again.reused > 0, "the rebuild kept pages"
    rebuilt = _docs(paths)
    assert rebuilt != before, "the edit shows"
    assert rebuilt == _from_nothing(mini_content, tmp_path, "cold")


@pytest.mark.parametrize("first", [True, False])
def test_switching_the_review_on_or_off_equals_a_build_from_nothing(
    mini_content, tmp_path, monkeypatch, blank_model, first
):
    """``--no-review`` after a build with the review (and back): the review's pages go or
    come, and the reader pages kept from the last build are those a build from nothing writes."""
    monkeypatch.chdir(tmp_path)
    paths = _paths(mini_content, tmp_path)
    build(paths, model="blank", pages_only=True, review=first)
    again = build(paths, model="blank", pages_only=True, review=not first)
    assert again.reused > 0
    out = tmp_path / "cold"
    build(
        Paths(mini_content, out / "site", out / "docs", out / "cache"),
        model="blank",
        pages_only=True,
        review=not first,
    )
    rebuilt = _docs(paths)
    assert rebuilt == _docs(Paths(mini_content, out / "site", out / "docs", out / "cache"))
    assert ("review/index.html" in rebuilt) == (not first)


def test_a_rebuild_makes_only_the_review_items_of_pages_that_changed(
    mini_content, tmp_path, monkeypatch, fake_ner
):
    """Early cut-off of the review: a review page whose items are made from the same values
    as in the last build is that build's page, its items never made (``Item.later``); an
    edit makes the items of the pages it reaches, and the output is a cold build's."""
    import functools

    from generator.evidence import review

    made: list[str] = []
    for name in ("_new_actor", "_decision", "_proposal", "_statement"):
        real = getattr(review, name)

        def counting(*args, real=real, name=name):
            made.append(name)
            return real(*args)

        # Same module and name: the items pickle (so digest) as before.
        monkeypatch.setattr(review, name, functools.wraps(real)(counting))
    monkeypatch.chdir(tmp_path)
    # A title alone read as a person's name: rejected, on the review's page of rejections.
    monkeypatch.setattr(sys.modules[__name__], "NER_PEOPLE", (*NER_PEOPLE, "Field Marshal"))
    pact = mini_content / "articles" / "2024-02-03-pact-signed.md"
    _replace(pact, "was there.", "was there, and so was the Field Marshal.")
    paths = _paths(mini_content, tmp_path)
    build(paths, model="blank", pages_only=True)
    assert {"_new_actor", "_decision"} <= set(made), "an actors and a rejections page"
    made.clear()
    build(paths, model="blank", pages_only=True)
    assert made == [], "nothing changed: no review item is made"
    summit = mini_content / "articles" / "2024-01-02-summit-held.md"
    _replace(summit, "calm.", "calm. Ivan Petrov agreed.")
    build(paths, model="blank", pages_only=True)
    assert "_new_actor" in made and "_decision" not in made, "the actors' page only"
    rebuilt = _docs(paths)
    assert "Ivan Petrov" in rebuilt["review/actors/index.html"]
    assert "Field Marshal" in rebuilt["review/rejected/index.html"]
    assert rebuilt == _from_nothing(mini_content, tmp_path, "cold")


def test_kept_pages_are_checked_by_their_status_and_read_only_when_it_changed(
    mini_content, tmp_path, monkeypatch, blank_model
):
    """The record is sealed after the docs folder is in place: a page whose status has not
    changed since is kept unread. A page rewritten by hand, even to the same size and with
    its modification time set back, has a newer status change time: read, hashed, made
    again. A record never sealed (an older build's, or copied) has every page read."""

    monkeypatch.chdir(tmp_path)
    paths = _paths(mini_content, tmp_path)
    build(paths, model="blank", pages_only=True)
    # The export too: when unchanged it is linked as the pages are (its lines are taken
    # from the file, read as a file its status vouches for, not checked against its hash).
    read = _count_reads(monkeypatch, paths.docs, (".md", ".html", ".json"))
    again = build(paths, model="blank", pages_only=True)
    assert "data/entities.json" in again.unchanged
    assert again.unchanged and not again.unchanged & set(read), "kept pages are not read"

    page = paths.docs / "actors/sylvania.md"
    text = page.read_text(encoding="utf-8")
    before = page.stat()
    page.unlink()
    page.write_text(text.replace("Sylvania", "Sylvanie", 1), encoding="utf-8")
    os.utime(page, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert page.stat().st_size == before.st_size
    build(paths, model="blank", pages_only=True)
    assert "actors/sylvania.md" in read, "a page changed since the seal is read"
    assert _docs(paths) == _cold(_paths(mini_content, tmp_path, "cold"))

    read.clear()
    os.utime(paths.docs / DIGESTS, ns=(0, 0))  # as if never sealed
    unsealed = build(paths, model="blank", pages_only=True)
    assert unsealed.unchanged and unsealed.unchanged <= set(read), "every kept page is read"
    assert _docs(paths) == _cold(_paths(mini_content, tmp_path, "cold"))


def test_pages_rendered_on_every_build_are_checked_against_the_record_not_read(
    mini_content, tmp_path, monkeypatch, blank_model
):
    """The review's index and the redirects are rendered each build; their text is compared
    with the record's hash, and the file linked unread when its status vouches for the
    record. One rewritten by hand since the seal (same size, time set back) is read and
    written again."""

    monkeypatch.chdir(tmp_path)
    paths = _paths(mini_content, tmp_path)
    build(paths, model="blank", pages_only=True)
    record = json.loads((paths.docs / DIGESTS).read_text(encoding="utf-8"))
    always = {page for page, known in record["pages"].items() if known[0] == ALWAYS}
    redirects = [p for p in always if p.endswith("/index.html") and p != "review/index.html"]
    assert "review/index.html" in always and redirects
    read = _count_reads(monkeypatch, paths.docs)
    again = build(paths, model="blank", pages_only=True)
    assert always <= again.unchanged and not always & set(read), "linked unread"

    redirect = paths.docs / sorted(p for p in always if p.endswith(".html"))[0]
    text = redirect.read_text(encoding="utf-8")
    before = redirect.stat()
    redirect.unlink()
    redirect.write_text(text.replace("moved", "MOVED"), encoding="utf-8")
    os.utime(redirect, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert redirect.stat().st_size == before.st_size
    edited = build(paths, model="blank", pages_only=True)
    assert redirect.relative_to(paths.docs).as_posix() not in edited.unchanged
    assert redirect.read_text(encoding="utf-8") == text
    assert _docs(paths) == _cold(_paths(mini_content, tmp_path, "cold"))


def test_the_digests_dispatch_table_pickles_every_other_type_as_the_pickler_would(tmp_path):
    """Types the digest's table does not reduce itself (the ``...`` of a missing entry, plain
    dataclasses, bound and built-in methods, classes) pickle to the bytes a pickler with only
    the slotted dataclasses' reducers writes: the table's own rule for them changes no digest."""
    import io
    import pickle

    from generator.model import Mention, Statement
    from generator.reuse import PROTOCOL, Digester, _class_memo, _Reducers

    digester = Digester(tmp_path, ())
    mention = Mention("actors/x", "a1", 0, 0, 1, 5, "Xavi", "ner")
    statement = Statement("s1", "actors/x", "Quote", "a1", 0, 0, "2024-01-02", None)
    values = [
        (..., None, 1.5, "é", b"x", statement, (statement, ...)),
        (mention, str.upper, "".join, getattr, Statement, type, (1, ...)),
        [{"k": ...}, frozenset({1}), {2}],
    ]
    for value in values:
        buffer = io.BytesIO()
        pickler = pickle.Pickler(buffer, protocol=PROTOCOL)
        pickler.dispatch_table = {Mention: _Reducers()[Mention]}  # what it reduced before
        pickler.fast = True
        pickler.memo = _class_memo()  # the model's classes by number, as every digest's
        pickler.dump(value)
        assert digester._pickle(value) == buffer.getvalue()
        assert digester._pickle(value) == digester._pickle(value), "the same once cached"


@pytest.mark.parametrize("fails", [False, True])
def test_a_build_leaves_no_object_out_of_the_collectors_reach(
    mini_content, tmp_path, monkeypatch, blank_model, fails
):
    """``generate`` freezes what each stage made (``gc.freeze``: full collections skip it)
    and unfreezes it when done, whether the build succeeds or fails."""
    import gc

    from generator import build as build_module
    from generator.errors import BuildError

    monkeypatch.chdir(tmp_path)
    frozen: list[int] = []
    real = build_module.extract

    def extract(*args, **kwargs):
        frozen.append(gc.get_freeze_count())
        if fails:
            raise BuildError([])
        return real(*args, **kwargs)

    monkeypatch.setattr(build_module, "extract", extract)
    paths = _paths(mini_content, tmp_path)
    if fails:
        with pytest.raises(BuildError):
            build(paths, model="blank", pages_only=True)
    else:
        build(paths, model="blank", pages_only=True)
    assert frozen and frozen[0] > 0, "the stages before extract were frozen"
    assert gc.get_freeze_count() == 0


@pytest.mark.parametrize("fails", [False, True])
def test_a_rebuild_collects_no_cycles_after_annotate_and_turns_the_collector_on_again(
    mini_content, tmp_path, monkeypatch, blank_model, fails
):
    """Over the last build's pages, the stages after annotate run with the cyclic collector
    off (they make almost no cycles); a first build keeps it on; either way it is on again
    after the build, whether it succeeds or fails."""
    import gc

    from generator import build as build_module
    from generator.errors import BuildError

    monkeypatch.chdir(tmp_path)
    enabled: list[bool] = []
    real = build_module.extract

    def extract(*args, **kwargs):
        enabled.append(gc.isenabled())
        if fails and len(enabled) == 2:
            raise BuildError([])
        return real(*args, **kwargs)

    monkeypatch.setattr(build_module, "extract", extract)
    paths = _paths(mini_content, tmp_path)
    build(paths, model="blank", pages_only=True)
    assert enabled == [True], "a first build: no pages of a last build"
    assert gc.isenabled()
    if fails:
        with pytest.raises(BuildError):
            build(paths, model="blank", pages_only=True)
    else:
        build(paths, model="blank", pages_only=True)
    assert enabled == [True, False]
    assert gc.isenabled()


def test_a_rebuild_after_an_edit_reads_the_content_with_the_collector_off(
    mini_content, tmp_path, monkeypatch, blank_model
):
    """After an edit (spaCy preloading in another process) the collector is off from the
    load stage on; a first build and a rebuild of unedited content keep it on there; it is
    on again after each build."""
    import gc

    from generator import build as build_module

    monkeypatch.chdir(tmp_path)
    enabled: list[bool] = []
    real = build_module.load_content

    def load_content(*args, **kwargs):
        enabled.append(gc.isenabled())
        return real(*args, **kwargs)

    monkeypatch.setattr(build_module, "load_content", load_content)
    paths = _paths(mini_content, tmp_path)
    build(paths, model="blank", pages_only=True)
    build(paths, model="blank", pages_only=True)
    assert enabled == [True, True], "a first build, a rebuild of the same content"
    assert gc.isenabled()
    article = sorted((mini_content / "articles").glob("*.md"))[0]
    article.write_text(article.read_text() + "\nThe ministry later corrected the figure.\n")
    later = (paths.docs / DIGESTS).stat().st_mtime_ns + 10**9
    os.utime(article, ns=(later, later))
    build(paths, model="blank", pages_only=True)
    assert enabled == [True, True, False]
    assert gc.isenabled()


def test_a_build_leaves_a_callers_collector_off(mini_content, tmp_path, monkeypatch, blank_model):
    """A program that turned the cyclic collector off before building finds it off after
    the build, also when the build turned it off for reading and on again after annotate
    (spaCy preloading for an edit, but no page of a last build to keep)."""
    import gc

    from generator import build as build_module

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("generator.preload.edited_since", lambda content, record: True)
    enabled: list[bool] = []
    real = build_module.extract

    def extract(*args, **kwargs):
        enabled.append(gc.isenabled())
        return real(*args, **kwargs)

    monkeypatch.setattr(build_module, "extract", extract)
    gc.disable()
    try:
        build(_paths(mini_content, tmp_path), model="blank", pages_only=True)
        assert enabled == [True], "on after annotate: the path this test is about"
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_build_leaves_a_callers_frozen_objects_as_they_were(
    mini_content, tmp_path, monkeypatch, blank_model
):
    """A program that froze objects itself before building keeps exactly those frozen: the
    build neither unfreezes them nor adds its own to them."""
    import gc

    monkeypatch.chdir(tmp_path)
    gc.freeze()
    try:
        before = gc.get_freeze_count()
        assert before > 0
        build(_paths(mini_content, tmp_path), model="blank", pages_only=True)
        # frozen objects freed by refcounting leave the count, none join it
        assert 0 < gc.get_freeze_count() <= before
    finally:
        gc.unfreeze()


def _hand_edit(page):
    """Rewrite ``page`` in place to text of the same size (as an editor would, by hand)."""
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("Sylvania", "Sylvanie", 1), encoding="utf-8")
    assert page.read_text(encoding="utf-8") != text


def _copy_docs(docs, how):
    """Copy a docs folder as a user might, the record written last (a copy goes in any
    order): ``cp -a``/``rsync -a`` keep modification times, ``cp -r``/``rsync -r`` do not."""
    copy = docs.with_name("docs-copy")
    shutil.copytree(
        docs,
        copy,
        copy_function=shutil.copy2 if how == "cp -a" else shutil.copyfile,
        ignore=shutil.ignore_patterns(DIGESTS),
    )
    (shutil.copy2 if how == "cp -a" else shutil.copyfile)(docs / DIGESTS, copy / DIGESTS)
    shutil.rmtree(docs)
    copy.rename(docs)


@pytest.mark.parametrize("how", ["cp -a", "cp -r"])
def test_a_docs_folder_copied_with_a_page_edited_by_hand_equals_a_build_from_nothing(
    mini_content, tmp_path, monkeypatch, blank_model, how
):
    """A docs folder copied (a backup restored, a checkout, an rsync), a page in it edited
    by hand to the same size before the copy: the copy's record is no seal of its pages,
    whatever times the copy gave them, so the page is read, found changed and made again."""
    monkeypatch.chdir(tmp_path)
    paths = _paths(mini_content, tmp_path)
    build(paths, model="blank", pages_only=True)
    _hand_edit(paths.docs / "actors/sylvania.md")
    _copy_docs(paths.docs, how)
    again = build(paths, model="blank", pages_only=True)
    assert again.reused > 0
    assert _docs(paths) == _cold(_paths(mini_content, tmp_path, "cold"))


def test_a_build_stopped_before_its_seal_leaves_pages_a_rebuild_checks(
    mini_content, tmp_path, monkeypatch, blank_model
):
    """A build that dies after swapping its docs folder in and before sealing the record:
    the next build trusts no page by its status alone, so a page edited by hand since, to
    the same size, is made again."""
    from generator import build as build_module

    monkeypatch.chdir(tmp_path)
    paths = _paths(mini_content, tmp_path)
    build(paths, model="blank", pages_only=True)
    EDITOR_EDITS["retitle an article"](mini_content)  # some pages made anew, others linked

    def dies(docs):
        raise KeyboardInterrupt

    real = build_module.seal
    monkeypatch.setattr(build_module, "seal", dies)
    with pytest.raises(KeyboardInterrupt):
        build(paths, model="blank", pages_only=True)
    monkeypatch.setattr(build_module, "seal", real)
    _hand_edit(paths.docs / "actors/sylvania.md")
    again = build(paths, model="blank", pages_only=True)
    assert again.reused > 0
    assert _docs(paths) == _cold(_paths(mini_content, tmp_path, "cold"))


def test_builds_in_quick_succession_with_a_hand_edit_between_equal_a_build_from_nothing(
    mini_content, tmp_path, monkeypatch, blank_model
):
    """Builds one right after another, each followed at once by a page edited by hand to the
    same size (within the same tick of the file system's clock as the seal): every rebuild
    makes that page again."""
    monkeypatch.chdir(tmp_path)
    paths = _paths(mini_content, tmp_path)
    build(paths, model="blank", pages_only=True)
    for _ in range(3):
        _hand_edit(paths.docs / "actors/sylvania.md")
        build(paths, model="blank", pages_only=True)
        assert _docs(paths) == _cold(_paths(mini_content, tmp_path, "cold"))


def test_a_record_of_an_older_version_keeps_no_page(
    mini_content, tmp_path, monkeypatch, blank_model
):
    """A record written by an older generator (version 3: a page's digest and hash, no
    size), sealed or not: no page is kept on its word, and the output is a cold build's."""
    monkeypatch.chdir(tmp_path)
    paths = _paths(mini_content, tmp_path)
    build(paths, model="blank", pages_only=True)
    record = json.loads((paths.docs / DIGESTS).read_text(encoding="utf-8"))
    record["version"] = "3"
    record["pages"] = {page: known[:2] for page, known in record["pages"].items()}
    (paths.docs / DIGESTS).write_text(json.dumps(record), encoding="utf-8")
    _hand_edit(paths.docs / "actors/sylvania.md")
    again = build(paths, model="blank", pages_only=True)
    assert again.reused == 0
    assert _docs(paths) == _cold(_paths(mini_content, tmp_path, "cold"))


CORRECTIONS = {
    # The review's own fixes, pasted: each changes items on the review's pages.
    "accept a new actor": lambda c: (c / "actors/maria-lopez.yml").write_text(
        "name: Maria Lopez\ntype: person\n", encoding="utf-8"
    ),
    "reject a new actor": lambda c: _replace(
        c / "briefing.yml", "key_actors:", "ignore: [Maria Lopez]\nkey_actors:"
    ),
    "merge a name into an actor": lambda c: _replace(
        c / "actors/rufus-firefly.yml", "  - Firefly", "  - Firefly\n  - Maria Lopez"
    ),
    # Only a sentence a review item quotes changes (the merged surname's example).
    "edit an item's example": lambda c: _replace(
        c / "articles/2024-01-02-summit-held.md", "praised the border pact", "praised the pact"
    ),
}


@pytest.mark.parametrize("correction", sorted(CORRECTIONS))
def test_a_correction_from_the_review_then_a_rebuild_equals_a_build_from_nothing(
    mini_content, tmp_path, monkeypatch, fake_ner, correction
):
    """A fix the review offers (accept, reject, merge), or an edit of a sentence one of its
    items quotes: the review's pages kept by their items' inputs follow it, and the docs
    folder is the one a build from nothing writes."""
    monkeypatch.chdir(tmp_path)
    paths = _paths(mini_content, tmp_path)
    build(paths, model="blank", pages_only=True)
    before = _docs(paths)
    assert "Maria Lopez" in before["review/actors/index.html"]
    CORRECTIONS[correction](mini_content)
    build(paths, model="blank", pages_only=True)
    rebuilt = _docs(paths)
    changed = {
        p
        for p in rebuilt.keys() | before.keys()
        if p.startswith("review/") and rebuilt.get(p) != before.get(p)
    }
    assert changed - {"review/index.html"}, "a page of review items follows the correction"
    assert rebuilt == _from_nothing(mini_content, tmp_path, "cold")


def test_review_off_then_on_again_equals_a_build_from_nothing(
    mini_content, tmp_path, monkeypatch, fake_ner
):
    """With the review, without it (``--no-review``) across an edit, then with it again: the
    review's pages come back as a build from nothing writes them."""
    monkeypatch.chdir(tmp_path)
    paths = _paths(mini_content, tmp_path)
    build(paths, model="blank", pages_only=True)
    CORRECTIONS["accept a new actor"](mini_content)
    build(paths, model="blank", pages_only=True, review=False)
    assert "review/index.html" not in _docs(paths)
    build(paths, model="blank", pages_only=True)
    assert _docs(paths) == _from_nothing(mini_content, tmp_path, "cold")


def test_a_rebuild_after_the_preview_rewrote_pages_equals_a_build_from_nothing(
    mini_content, tmp_path, monkeypatch, blank_model
):
    """``generator serve`` rewrites the docs folder's pages in place after an edit and
    leaves the record (and its seal) of the last build: an edit undone after the preview
    and a build again (the record's digests match once more) reads the pages the preview
    rewrote, and the output is a cold build's."""
    from generator.build import PROJECT
    from generator.publish import sync_tree

    monkeypatch.chdir(tmp_path)
    paths = _paths(mini_content, tmp_path)
    build(paths, model="blank", pages_only=True)
    article = mini_content / "articles/2024-02-03-pact-signed.md"
    original = article.read_text(encoding="utf-8")
    EDITOR_EDITS["retitle an article"](mini_content)
    _, files = generate(paths, "blank", Report())
    sync_tree(files, paths.docs, PROJECT / "templates" / "assets")
    assert "Border pact sealed" in (paths.docs / "articles/2024-02-03-pact-signed.md").read_text()
    article.write_text(original, encoding="utf-8")
    build(paths, model="blank", pages_only=True)
    assert _docs(paths) == _cold(_paths(mini_content, tmp_path, "cold"))


def test_a_coarse_clock_file_system_still_reads_a_page_edited_in_the_seals_tick(
    mini_content, tmp_path, monkeypatch, blank_model
):
    """On a file system keeping times to the second (or FAT's two), a page edited by hand
    in the same tick as the seal has the seal's very time: equal times are not trusted, so
    it is read and made again."""
    import types

    from generator import reuse

    def coarse(status):
        tick = 2_000_000_000
        return types.SimpleNamespace(
            st_size=status.st_size,
            st_dev=status.st_dev,
            st_ino=status.st_ino,
            st_ctime_ns=status.st_ctime_ns // tick * tick,
            st_mtime_ns=status.st_mtime_ns // tick * tick,
        )

    shim = types.SimpleNamespace(
        **{name: getattr(os, name) for name in dir(os) if not name.startswith("__")}
    )
    shim.stat = lambda path, *a, **k: coarse(os.stat(path, *a, **k))
    shim.lstat = lambda path, *a, **k: coarse(os.lstat(path, *a, **k))
    shim.fstat = lambda fd: coarse(os.fstat(fd))
    monkeypatch.setattr(reuse, "os", shim)
    monkeypatch.chdir(tmp_path)
    paths = _paths(mini_content, tmp_path)
    build(paths, model="blank", pages_only=True)
    again = build(paths, model="blank", pages_only=True)
    assert again.unchanged, "pages are kept"
    _hand_edit(paths.docs / "actors/sylvania.md")
    build(paths, model="blank", pages_only=True)
    assert _docs(paths) == _cold(_paths(mini_content, tmp_path, "cold"))


def test_a_page_replaced_by_a_link_to_an_older_file_is_made_again(
    mini_content, tmp_path, monkeypatch, blank_model
):
    """A page replaced by a symbolic link to another file of its size, older than the seal:
    the link itself changed after the seal (its status, not its target's, is checked), so
    the page is made again."""
    monkeypatch.chdir(tmp_path)
    paths = _paths(mini_content, tmp_path)
    build(paths, model="blank", pages_only=True)
    page = paths.docs / "actors/sylvania.md"
    older = tmp_path / "older.md"
    shutil.copyfile(page, older)
    _hand_edit(older)
    build(paths, model="blank", pages_only=True)  # sealed after ``older`` was written
    page.unlink()
    page.symlink_to(older)
    build(paths, model="blank", pages_only=True)
    assert _docs(paths) == _cold(_paths(mini_content, tmp_path, "cold"))


def test_a_merged_names_review_item_follows_its_target_accepted(
    mini_content, tmp_path, monkeypatch, fake_ner
):
    """A merged name's review item reads the actor it joined (its name, type, whether
    curated): accepting that actor, an edit of another item, changes the merged item's fix
    from accepting both to adding the name to the actor's file, and the rebuild keeping the
    review's other pages equals a build from nothing."""
    monkeypatch.chdir(tmp_path)
    _replace(
        mini_content / "articles/2024-01-02-summit-held.md", "calm.", "calm. Ivan Petrov came."
    )
    _replace(
        mini_content / "articles/2024-02-03-pact-signed.md",
        "was there.",
        "was there. Petrov signed.",
    )
    paths = _paths(mini_content, tmp_path)
    build(paths, model="blank", pages_only=True)
    before = _docs(paths)
    merged = before.get("review/merged/index.html", "")
    assert "Petrov" in merged and "Confirm" not in merged, sorted(before)
    (mini_content / "actors/ivan-petrov.yml").write_text(
        "name: Ivan Petrov\ntype: person\n", encoding="utf-8"
    )
    build(paths, model="blank", pages_only=True)
    rebuilt = _docs(paths)
    assert "Confirm: add it to Ivan Petrov" in rebuilt["review/merged/index.html"]
    assert rebuilt == _from_nothing(mini_content, tmp_path, "cold")


def test_the_replaced_docs_folder_goes_in_the_next_build_which_still_equals_one_from_nothing(
    mini_content, tmp_path, monkeypatch, blank_model
):
    """A rebuild that swaps the docs folder leaves the old one beside it, hidden, for the next
    swap to make its new docs folder in (``staging.spare_folder``: only the files that differ
    are touched) or, if there are others, for the next build to remove while it makes its
    pages; each build leaves at most one, and what it publishes is what a build from nothing
    publishes."""
    import threading

    monkeypatch.chdir(tmp_path)
    paths = _paths(mini_content, tmp_path)
    out = paths.docs.parent

    def old() -> list[str]:
        return sorted(p.name for p in out.glob(".docs.old-*"))

    (mini_content / "articles" / "2024-03-04-rain-expected.md").write_text(WEATHER)
    build(paths, model="blank", pages_only=True)
    assert old() == [], "a first build replaces nothing"
    _edit(mini_content)
    build(paths, model="blank", pages_only=True)
    [first] = old()
    page = "articles/2024-03-04-rain-expected.md"
    kept = (out / first / page).read_text(encoding="utf-8")
    assert "corrected" not in kept and "corrected" in (paths.docs / page).read_text("utf-8")
    spare = (out / first).stat().st_ino
    build(paths, model="blank", pages_only=True)  # the same content: the folder stays
    assert old() == [first], "nothing swapped: the spare kept for the next swap"
    (out / ".docs.old-1-interrupted").mkdir()  # an interrupted build's: swept
    _edit(mini_content)
    build(paths, model="blank", pages_only=True)
    assert len(old()) == 1 and old() != [first], "this build's own kept"
    assert paths.docs.stat().st_ino == spare, "the new docs folder made in the spare"
    assert not [t for t in threading.enumerate() if t.name == "briefing-sweep"]
    assert _docs(paths) == _from_nothing(mini_content, tmp_path, "cold")
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".docs.old-")) == ["docs"]


def test_a_rebuild_reads_its_memos_ahead_while_the_edited_article_is_parsed(
    mini_content, tmp_path, monkeypatch, blank_model
):
    """After an edit the spaCy process parses the article while this one reads the memos
    that resolve and extract read (``build.memo_files``) and the last record of the pages;
    the stages take every file from what was read, and the pages equal a cold build's."""
    from generator import build as orchestration
    from generator.memo import ReadAhead

    made: list[ReadAhead] = []

    class Watched(ReadAhead):
        def __init__(self, **options) -> None:  # a build's writes behind (``behind``)
            super().__init__(**options)
            self.read_paths: list[str] = []
            self.taken: list[str] = []
            made.append(self)

        def read(self, paths):
            paths = list(paths)
            self.read_paths.extend(p.name for p in paths if p.exists())
            super().read(paths)

        def take(self, path):
            self.taken.append(path.name)
            return super().take(path)

    monkeypatch.setattr(orchestration, "ReadAhead", Watched)
    (mini_content / "articles" / "2024-03-04-rain-expected.md").write_text(WEATHER)
    paths = _paths(mini_content, tmp_path)
    build(paths, model="blank", pages_only=True)
    assert made[-1].read_paths == [], "a first build waits for no parse: nothing read ahead"
    _edit(mini_content)
    os.utime(paths.docs / DIGESTS, ns=(1, 1))  # the edit is newer than the record
    build(paths, model="blank", pages_only=True)
    ahead = made[-1]
    assert "collect.marshal" in ahead.read_paths and "dates.marshal" in ahead.read_paths
    assert any(name.startswith("resolve-step-extract") for name in ahead.read_paths)
    assert sorted(ahead.read_paths) == sorted(set(ahead.taken)), "each read ahead was taken"
    assert ahead._values == {}, "nothing read ahead was left unused"
    assert _docs(paths) == _cold(_paths(mini_content, tmp_path, "cold"))


def test_kept_pages_stay_unread_when_the_sweep_of_the_old_folder_changes_their_status(
    mini_content, tmp_path, monkeypatch, blank_model
):
    """After an edit, a rebuild swaps the docs folder and leaves the old one, whose links
    share the kept pages' files, for the next build to remove; the removal sets every such
    file's status change time after the seal. The pages are judged by their status as the
    record is read (``Previous.settled``), before that sweep: kept ones are not read, a page
    edited by hand since the seal still is, and the output is a build from nothing's."""

    monkeypatch.chdir(tmp_path)
    paths = _paths(mini_content, tmp_path)
    (mini_content / "articles" / "2024-03-04-rain-expected.md").write_text(WEATHER)
    build(paths, model="blank", pages_only=True)
    _edit(mini_content)
    build(paths, model="blank", pages_only=True)  # swapped: the old folder shares the files
    out = paths.docs.parent
    [old] = list(out.glob(".docs.old-*"))
    shared = paths.docs / "actors/sylvania.md"
    assert os.path.samefile(shared, old / "actors/sylvania.md")

    read = _count_reads(monkeypatch, paths.docs, (".md", ".html"))
    page = paths.docs / "actors/freedonia.md"
    text = page.read_text(encoding="utf-8")
    before = page.stat()
    page.unlink()  # edited by hand, to the same size and modification time
    page.write_text(text.replace("Freedonia", "Freedonix", 1), encoding="utf-8")
    os.utime(page, ns=(before.st_atime_ns, before.st_mtime_ns))
    _edit(mini_content)
    again = build(paths, model="blank", pages_only=True)
    assert not old.exists(), "the old folder was made into the new one during the build"
    assert "actors/sylvania.md" in again.unchanged
    assert again.unchanged and not (again.unchanged - {"actors/freedonia.md"}) & set(read)
    assert "actors/freedonia.md" in read, "a page changed since the seal is read"
    assert _docs(paths) == _from_nothing(mini_content, tmp_path, "cold")


def test_a_kept_page_written_after_the_record_was_read_is_read_again(
    mini_content, tmp_path, monkeypatch, blank_model
):
    """A page found unchanged when the record is read (``Previous.settled``) and written
    between then and its use in the same build (by hand, or by another program) is read and
    checked again, not trusted: its inode, modification time or size changed."""
    from generator.model import OnDisk
    from generator.reuse import previous_pages

    monkeypatch.chdir(tmp_path)
    paths = _paths(mini_content, tmp_path)
    build(paths, model="blank", pages_only=True)
    previous = previous_pages(paths.docs)
    page = "actors/freedonia.md"
    assert page in previous.settled
    digest = previous.digests[page][0]
    assert isinstance(previous.data(page, digest), OnDisk)
    path = paths.docs / page
    text = path.read_text(encoding="utf-8")
    before = path.stat()
    path.write_text(text.replace("Freedonia", "Freedonix", 1), encoding="utf-8")
    # a write sets the modification time; one second on, for file systems of coarse times
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns + 1_000_000_000))
    assert previous.data(page, digest) is None, "changed since the record was read: made again"
    path.write_text(text, encoding="utf-8")  # the same bytes again: read, and found right
    assert previous.data(page, digest) == text.encode()


def test_an_entity_is_digested_once_by_identity_and_anew_when_it_differs(tmp_path):
    """An entity stands for itself by its digest, made once a build (``_entity_digest``, by
    identity): an equal copy digests the same, a changed field (even one equality ignores,
    its source line) digests apart, and a view holding it follows its entity."""
    import copy

    from generator.model import Entity, Source
    from generator.reuse import Digester

    digester = Digester(tmp_path, ())
    entity = Entity("actors", "x", "Xavi", "person", source=Source("actors/x.yml", 3))
    first = digester.value_digest(entity)
    assert digester.value_digest(entity) == first
    assert digester.value_digest(copy.deepcopy(entity)) == first
    for changed in (
        dataclasses.replace(entity, name="Xavier"),
        dataclasses.replace(entity, type="organisation"),
        dataclasses.replace(entity, source=Source("actors/x.yml", 4)),
    ):
        assert digester.value_digest(changed) != first
        assert digester.value_digest((changed, 1)) != digester.value_digest((entity, 1))
    assert Digester(tmp_path, ()).value_digest(entity) == first, "the same in a new digester"
    # Entities made and dropped one after another (an ``id`` freed is soon given again): the
    # memo holds each, so none is taken for another.
    names = [f"Name {n}" for n in range(50)]
    made = [digester.value_digest(Entity("actors", "y", name, "person")) for name in names]
    assert len(set(made)) == len(names)


def test_review_items_digest_by_their_maker_and_values_in_every_process(tmp_path):
    """A review item pickles as ``Item.later`` and its maker, numbered in every digest
    (``_REVIEW``): items of another maker or other values digest apart, and another
    process gives the same digest."""
    import subprocess

    from generator.evidence import review
    from generator.reuse import Digester

    digester = Digester(tmp_path, ())
    args = ("Xavi", "person", (), "xavi", 2, ("Xavi spoke.",))
    item = review.Item.later("new actor", "Xavi", "actors/xavi", review._new_actor, args)
    same = review.Item.later("new actor", "Xavi", "actors/xavi", review._new_actor, args)
    assert digester.value_digest(item) == digester.value_digest(same)
    other_maker = review.Item.later("new actor", "Xavi", "actors/xavi", review._statement, args)
    other_args = review.Item.later(
        "new actor", "Xavi", "actors/xavi", review._new_actor, (*args[:4], 3, args[5])
    )
    found = {digester.value_digest(i) for i in (item, other_maker, other_args)}
    assert len(found) == 3
    script = (
        "import sys; from pathlib import Path; from generator.evidence import review; "
        "from generator.reuse import Digester; "
        f"i = review.Item.later('new actor', 'Xavi', 'actors/xavi', review._new_actor, {args!r}); "
        "print(Digester(Path(sys.argv[1]), ()).value_digest(i).hex())"
    )
    other = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)], capture_output=True, text=True, check=True
    )
    assert other.stdout.strip() == digester.value_digest(item).hex()


def test_the_spans_read_memo_is_let_go_before_the_pages_are_rendered(
    mini_content, tmp_path, monkeypatch, blank_model
):
    """Resolve saves the ``collect`` memo; the build must not hold it (every article's spans
    as plain values, a tenth of the heap at render at 1,000 articles) while pages are made."""
    import gc
    import weakref

    import generator.build as build_module

    made: list[weakref.ref] = []

    class Recorded(build_module.Memo):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            made.append(weakref.ref(self))

    alive_at_render: list[list[str]] = []
    render = build_module.render_pages

    def checked(*args, **kwargs):
        gc.collect()
        alive_at_render.append([m().step for m in made if m() is not None])
        return render(*args, **kwargs)

    monkeypatch.setattr(build_module, "Memo", Recorded)
    monkeypatch.setattr(build_module, "render_pages", checked)
    _cold(_paths(mini_content, tmp_path))
    assert len(made) >= 2  # the spans read and the dates
    assert alive_at_render == [[]]


def _counting_records(monkeypatch) -> list[str]:
    """The export's entity and article records made from now on, by key or article id."""
    from generator.render import export

    made: list[str] = []
    real_entity, real_article = export._entity, export._article

    def entity(linked, key):
        made.append(key)
        return real_entity(linked, key)

    def article(linked, key):
        made.append(key)
        return real_article(linked, key)

    monkeypatch.setattr(export, "_entity", entity)
    monkeypatch.setattr(export, "_article", article)
    return made


def test_the_exports_records_that_read_nothing_changed_are_the_last_builds_lines(
    mini_content, tmp_path, monkeypatch, blank_model
):
    """A rebuild takes each entity's and article's line of ``data/entities.json`` from the
    last build's file when what its record read is unchanged; an edit makes again the
    records reading the edited article, and the file equals a build from nothing's."""
    monkeypatch.chdir(tmp_path)
    (mini_content / "articles" / "2024-03-04-rain-expected.md").write_text(WEATHER)
    paths = _paths(mini_content, tmp_path)
    build(paths, model="blank", pages_only=True)
    record = json.loads((paths.docs / DIGESTS).read_text(encoding="utf-8"))
    keys = record["export"]["keys"]
    assert "actor\tsylvania" in keys
    assert sorted(record["export"]["covered"]) == [
        n for n, key in enumerate(keys) if not key.startswith("statement\t")
    ], "each entity's and article's record reads nothing its page does not"
    assert record["pages"]["data/entities.json"][0] == ALWAYS

    made = _counting_records(monkeypatch)
    again = build(paths, model="blank", pages_only=True)
    assert made == [], "nothing changed: no record is made"
    assert "data/entities.json" in again.unchanged
    _edit(mini_content)  # the weather article names no entity
    edited = build(paths, model="blank", pages_only=True)
    assert made == ["2024-03-04-rain-expected"], "its own record only"
    assert "data/entities.json" in edited.unchanged, "its record holds none of its text"
    made.clear()
    summit = mini_content / "articles" / "2024-01-02-summit-held.md"
    summit.write_text(summit.read_text(encoding="utf-8").replace("calm.", "calm now."))
    build(paths, model="blank", pages_only=True)
    assert {"actors/freedonia", "2024-01-02-summit-held"} <= set(made)
    assert "2024-02-03-pact-signed" not in made
    assert _docs(paths) == _from_nothing(mini_content, tmp_path, "cold")


def test_a_change_to_curated_data_makes_its_export_record_again(
    mini_content, tmp_path, monkeypatch, blank_model
):
    monkeypatch.chdir(tmp_path)
    paths = _paths(mini_content, tmp_path)
    build(paths, model="blank", pages_only=True)
    made = _counting_records(monkeypatch)
    actor = mini_content / "actors" / "acme-corporation.yml"
    actor.write_text(
        actor.read_text(encoding="utf-8") + "description: A maker of everything.\n",
        encoding="utf-8",
    )
    build(paths, model="blank", pages_only=True)
    assert "actors/acme-corporation" in made
    export = (paths.docs / "data/entities.json").read_text(encoding="utf-8")
    assert "A maker of everything." in export
    assert _docs(paths) == _from_nothing(mini_content, tmp_path, "cold")


@pytest.mark.parametrize(
    "damage", ["a line edited by hand", "a line removed", "no keys", "indexes out of range"]
)
def test_a_damaged_export_or_record_of_its_lines_makes_every_record_again(
    mini_content, tmp_path, monkeypatch, blank_model, damage
):
    """A hand-edited export (same size, its time set back) no longer matches its recorded
    hash; one with a line fewer, or a record without the lines' keys or with indexes that
    name no line, cannot be matched up: nothing is taken from it."""
    monkeypatch.chdir(tmp_path)
    paths = _paths(mini_content, tmp_path)
    build(paths, model="blank", pages_only=True)
    path = paths.docs / "data/entities.json"
    text = path.read_text(encoding="utf-8")
    before = path.stat()
    if damage in ("no keys", "indexes out of range"):
        record = json.loads((paths.docs / DIGESTS).read_text(encoding="utf-8"))
        if damage == "no keys":
            del record["export"]["covered"]
        else:  # a negative index would wrap round to another record's line
            record["export"]["covered"] = [-1, 10**6, "1"]
        (paths.docs / DIGESTS).unlink()
        (paths.docs / DIGESTS).write_text(json.dumps(record), encoding="utf-8")
    else:
        if damage == "a line edited by hand":
            text = text.replace("Sylvania", "Sylvanie", 1)
        else:
            lines = text.split("\n")
            text = "\n".join(lines[:1] + lines[2:])
        path.unlink()
        path.write_text(text, encoding="utf-8")
        os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    made = _counting_records(monkeypatch)
    build(paths, model="blank", pages_only=True)
    assert "actors/sylvania" in made and "2024-01-02-summit-held" in made
    assert _docs(paths) == _from_nothing(mini_content, tmp_path, "cold")


def test_a_record_reading_more_than_its_page_is_made_again_though_the_page_is_kept(
    mini_content, tmp_path, monkeypatch, blank_model
):
    """A kept page vouches only for the records that read nothing it did not: one that read
    another article (here a record made to, for the test) is made again when that article
    changes, though its page stands."""
    from generator.render import export

    real = export._entity

    def reading_the_weather(linked, key):
        record = real(linked, key)
        if key == "actors/sylvania":
            record["weather"] = linked.articles["2024-03-04-rain-expected"].title
        return record

    monkeypatch.setattr(export, "_entity", reading_the_weather)
    monkeypatch.chdir(tmp_path)
    weather = mini_content / "articles" / "2024-03-04-rain-expected.md"
    weather.write_text(WEATHER)
    paths = _paths(mini_content, tmp_path)
    build(paths, model="blank", pages_only=True)
    record = json.loads((paths.docs / DIGESTS).read_text(encoding="utf-8"))
    keys = record["export"]["keys"]
    assert keys.index("actor\tsylvania") not in record["export"]["covered"]
    assert keys.index("actor\tfreedonia") in record["export"]["covered"]
    weather.write_text(WEATHER.replace("Rain expected", "Rain forecast"))
    again = build(paths, model="blank", pages_only=True)
    assert "actors/sylvania.md" in again.unchanged, "its page read nothing that changed"
    lines = (paths.docs / "data/entities.json").read_text(encoding="utf-8").splitlines()
    assert '"weather": "Rain forecast"' in next(s for s in lines if '"id": "sylvania"' in s)


def test_a_build_writes_each_page_as_it_is_made_and_publishes_what_it_wrote(
    mini_content, tmp_path, monkeypatch, blank_model
):
    """The pages and the export go to the build's spool (in its staging folder) as they are
    made, so no page is held as bytes when publishing (the last build's kept pages are named
    by their files too); publishing moves them into the docs folder, links the unchanged
    ones, and nothing is left beside the targets. The output is a cold build's."""
    from generator import build as build_module
    from generator.errors import BuildError
    from generator.model import OnDisk, Spooled
    from generator.render.export import EXPORT

    monkeypatch.chdir(tmp_path)
    seen: list[dict[str, object]] = []
    publish = build_module.publish

    def checked(files, *args, **kwargs):
        seen.append({path: files.entry(path) for path in files})
        return publish(files, *args, **kwargs)

    monkeypatch.setattr(build_module, "publish", checked)
    (mini_content / "articles" / "2024-03-04-rain-expected.md").write_text(WEATHER)
    paths = _paths(mini_content, tmp_path)
    build(paths, model="blank", pages_only=True)
    assert all(isinstance(entry, Spooled) for entry in seen[-1].values()), "every page new"
    assert _docs(paths) == _cold(_paths(mini_content, tmp_path, "cold"))
    mtimes = {p: p.stat().st_mtime_ns for p in paths.docs.rglob("*.md")}
    _edit(mini_content)
    build(paths, model="blank", pages_only=True)
    entries = seen[-1]
    assert all(isinstance(entry, OnDisk) for entry in entries.values()), "none held as bytes"
    assert isinstance(entries[EXPORT], Spooled) and isinstance(entries[DIGESTS], Spooled)
    changed = [
        p.relative_to(paths.docs).as_posix()
        for p in paths.docs.rglob("*.md")
        if p.stat().st_mtime_ns != mtimes.get(p)
    ]
    assert changed == ["articles/2024-03-04-rain-expected.md"]
    assert _docs(paths) == _cold(_paths(mini_content, tmp_path, "cold2"))
    out = paths.docs.parent
    assert not list(out.glob(".briefing-staging-*")), "the staging folder and spool are gone"
    (mini_content / "actors" / "broken.yml").write_text("name: [\n", encoding="utf-8")
    fresh = _paths(mini_content, tmp_path, "never")
    with pytest.raises(BuildError):
        build(fresh, model="blank", pages_only=True)
    assert not fresh.docs.parent.exists(), "a build failing on its content writes nothing"


def test_a_build_failing_after_its_first_page_leaves_no_folder_behind(
    mini_content, tmp_path, monkeypatch, blank_model
):
    """The staging folder is made when the first page is written; a build failing after that
    (here in publish) removes it and the output folders it had to create for it."""
    from generator import build as build_module

    def failing(*args, **kwargs):
        raise RuntimeError("publish failed")

    monkeypatch.setattr(build_module, "publish", failing)
    paths = _paths(mini_content, tmp_path, "nested/out")
    with pytest.raises(RuntimeError, match="publish failed"):
        build(paths, model="blank", pages_only=True)
    assert not (tmp_path / "nested").exists(), "no empty output folder is left"
    kept = tmp_path / "kept"
    kept.mkdir()
    with pytest.raises(RuntimeError):
        build(_paths(mini_content, kept, "out"), model="blank", pages_only=True)
    assert kept.is_dir() and not (kept / "out").exists(), "a folder that was there stays"


def test_an_articles_parse_key_stands_for_its_sentences_in_its_unit_only_while_they_are_its(
    tmp_path,
):
    """A rebuild's cutoff hashes an article's annotation key in place of its sentences when
    the linked data holds the very tuple that parse gave: the same key gives the same unit
    digest, another key another; sentences that are not the parse's own tuple are hashed as
    they are (equal ones as without a key, changed ones otherwise). An entity's record unit
    changes with the entity and is the same from a fresh digester."""
    from generator.link import link
    from generator.model import Article, Entity, Mention, Resolved, Sentence
    from generator.reuse import Cutoff, Digester, Previous

    article = Article("a", "A", "2024-03-01", "s", None, "en", ("Sylvania talks.",))
    sylvania = Entity("actors", "sylvania", "Sylvania", "state")
    mention = Mention("actors/sylvania", "a", 0, 0, 0, 8, "Sylvania", "ner")
    parsed = (Sentence(0, 0, 15, "Sylvania talks.", ()),)

    def cut(sentences, parses=None, entity=sylvania):
        resolved = Resolved((entity,), (mention,), {"a": sentences})
        linked = link(resolved, (article,))
        return Cutoff(linked, Previous(tmp_path, {}), Digester(tmp_path, ()), parses)

    def unit(sentences, parses=None):
        return cut(sentences, parses).digest(["a\ta"])

    plain = unit(parsed)
    keyed = unit(parsed, {"a": ("key-1", parsed)})
    assert keyed != plain, "the key is hashed, not the sentences"
    assert unit(parsed, {"a": ("key-1", parsed)}) == keyed
    assert unit(parsed, {"a": ("key-2", parsed)}) != keyed, "another parse"
    assert unit(parsed, {"b": ("key-1", parsed)}) == plain, "another article's parse"
    copy = (Sentence(0, 0, 15, "Sylvania talks.", ()),)
    assert unit(copy, {"a": ("key-1", parsed)}) == plain, "equal, not the parse's own: hashed"
    changed = (Sentence(0, 0, 14, "Sylvania talk.", ()),)
    assert unit(changed, {"a": ("key-1", parsed)}) not in (plain, keyed)
    record = ["entities\tactors/sylvania"]
    first = cut(parsed).digest(record)
    assert cut(parsed).digest(record) == first
    renamed = dataclasses.replace(sylvania, name="Sylvanie")
    assert cut(parsed, entity=renamed).digest(record) != first


@pytest.mark.parametrize("chunk", [1, 5, 1 << 16])
def test_the_exports_lines_written_in_chunks_are_the_same_bytes(monkeypatch, chunk):
    """``_Lines`` writes its records a chunk at a time: the bytes, and whether they are the
    last build's, do not depend on where a chunk ends."""
    from generator.render import export

    monkeypatch.setattr(export, "_CHUNK", chunk)
    records = [b'{"id": "a"}', b'{"id": "bb"}', b"", b'{"id": "c\xc3\xa9"}']
    whole = b"[\n" + b",\n".join(records) + b"\n]\n"

    def written(last: bytes, found: list[bytes]) -> tuple[bytes, bool]:
        with export._Lines(None, last) as lines:
            for record in found:
                lines.add(memoryview(record))
        data = lines.data()
        assert isinstance(data, bytes)
        return data, lines.same()

    assert written(whole, records) == (whole, True)
    assert written(b"", records) == (whole, False)
    assert written(whole, records[:-1]) == (b"[\n" + b",\n".join(records[:-1]) + b"\n]\n", False)
    changed = [*records[:-1], b'{"id": "d\xc3\xa9"}']
    assert written(whole, changed)[1] is False
    assert written(b"[]\n", []) == (b"[]\n", True)
    assert written(whole, []) == (b"[]\n", False)


def test_a_build_with_the_templates_compiled_by_the_last_gives_the_same_pages(
    mini_content, tmp_path, monkeypatch, blank_model, jinja_compiles
):
    """The second build from nothing reads every template's compiled code that the first kept
    beside the templates (compiling none) and writes the same pages."""

    from generator.build import PROJECT
    from generator.render.templating import COMPILED

    templates = tmp_path / "templates"
    shutil.copytree(PROJECT / "templates", templates, ignore=shutil.ignore_patterns(COMPILED))
    compiled = jinja_compiles
    docs = []
    for name in ("first", "second"):
        out = tmp_path / name
        paths = Paths(mini_content, out / "site", out / "docs", out / "cache", templates=templates)
        build(paths, model="blank", pages_only=True)
        docs.append(_docs(paths))
        if name == "first":
            assert compiled, "the first build compiled the templates"
            assert (templates / COMPILED).is_dir()
            compiled.clear()
    assert compiled == [], "the second read them all"
    seal = ".briefing-seal"
    assert {k: v for k, v in docs[0].items() if seal not in k} == {
        k: v for k, v in docs[1].items() if seal not in k
    }


def _every_file(paths: Paths) -> dict[str, bytes]:
    """Every file of the docs folder but its seal (which dates the build): pages, the
    review, the export, assets and the record of the pages' inputs."""
    return {
        p.relative_to(paths.docs).as_posix(): p.read_bytes()
        for p in sorted(paths.docs.rglob("*"))
        if p.is_file() and p.name != ".briefing-seal"
    }


def _parsing(monkeypatch) -> list[bool]:
    """``[True]`` while a preloaded spaCy process parses (``Preloaded.parse`` runs), else
    ``[False]``: what a stand-in notes to say whether it ran during the parse."""
    from generator import preload

    parsing: list[bool] = [False]
    real_parse = preload.Preloaded.parse

    def parse(self, *args, **kwargs):
        parsing[0] = True
        try:
            return real_parse(self, *args, **kwargs)
        finally:
            parsing[0] = False

    monkeypatch.setattr(preload.Preloaded, "parse", parse)
    return parsing


def test_a_rebuild_finds_resolves_words_during_the_parse_and_writes_a_cold_builds_files(
    mini_content, tmp_path, monkeypatch, blank_model
):
    """After an edit, resolve's words of the texts (``resolve.words_of_texts``, which read the
    texts alone) are found while the spaCy process parses the edited article, once, and
    resolve takes them; the rebuild writes exactly the files (the record of the pages
    included) that a build from nothing writes into an empty folder with an empty cache."""
    from generator import build as orchestration
    from generator import resolve as resolving

    parsing = _parsing(monkeypatch)
    calls: list[bool] = []
    real_words = resolving.words_of_texts

    def words(*args, **kwargs):
        calls.append(parsing[0])
        return real_words(*args, **kwargs)

    monkeypatch.setattr(orchestration, "words_of_texts", words)
    monkeypatch.setattr(resolving, "words_of_texts", words)
    monkeypatch.chdir(tmp_path)
    (mini_content / "articles" / "2024-03-04-rain-expected.md").write_text(WEATHER)
    paths = _paths(mini_content, tmp_path)
    build(paths, model="blank", pages_only=True)
    assert calls == [False], "a first build parses in no preloaded process: resolve finds them"
    calls.clear()
    _edit(mini_content)
    os.utime(paths.docs / DIGESTS, ns=(1, 1))  # the edit is newer than the record
    again = build(paths, model="blank", pages_only=True)
    assert again.reused > 0 and again.rendered, "a rebuild: some pages kept, some made"
    assert calls == [True], "found once, while the edited article was parsed"
    cold = Paths(mini_content, tmp_path / "cold" / "site", tmp_path / "cold" / "docs",
                 tmp_path / "cold" / "cache")  # fmt: skip
    build(cold, model="blank", pages_only=True)
    rebuilt, made = _every_file(paths), _every_file(cold)
    assert DIGESTS in rebuilt and "data/entities.json" in rebuilt
    assert rebuilt == made


def test_a_rebuild_reads_what_needs_no_parse_while_the_edited_article_is_parsed(
    mini_content, tmp_path, monkeypatch, blank_model
):
    """After an edit, what resolve reads of the texts alone (each article's citations of news
    media, ``resolve.citations_of_texts``) and the data it reads on every build (the
    gazetteer's tables, the listed organisations: read once a process) are read while the
    spaCy process parses the edited article, once, not after the parse; a build that parses
    nothing in such a process leaves them to resolve. The rebuild writes exactly the files of
    a build from nothing; and only the edited article is searched for its publisher's name."""
    from generator import build as orchestration
    from generator.resolve import outlets

    parsing = _parsing(monkeypatch)
    names = ("citations_of_texts", "read_tables", "organisations")
    calls: dict[str, list[bool]] = {name: [] for name in names}
    searched: list[str] = []
    real_named = outlets.publisher_named

    def noted(name):
        real = getattr(orchestration, name)

        def call(*args, **kwargs):
            calls[name].append(parsing[0])
            return real(*args, **kwargs)

        return call

    def named(article):
        searched.append(article.id)
        return real_named(article)

    for name in names:
        monkeypatch.setattr(orchestration, name, noted(name))
    monkeypatch.setattr(outlets, "publisher_named", named)
    monkeypatch.chdir(tmp_path)
    (mini_content / "articles" / "2024-03-04-rain-expected.md").write_text(WEATHER)
    paths = _paths(mini_content, tmp_path)
    build(paths, model="blank", pages_only=True)
    assert calls == {name: [] for name in names}, "no parse to wait for: resolve reads them"
    assert len(searched) == len(set(searched)) > 1, "every article searched once"
    searched.clear()
    _edit(mini_content)
    os.utime(paths.docs / DIGESTS, ns=(1, 1))  # the edit is newer than the record
    again = build(paths, model="blank", pages_only=True)
    assert again.reused > 0 and again.rendered, "a rebuild: some pages kept, some made"
    assert calls == {name: [True] for name in names}, "once each, during the parse"
    assert searched == ["2024-03-04-rain-expected"], "the others' are kept"
    cold = Paths(mini_content, tmp_path / "cold" / "site", tmp_path / "cold" / "docs",
                 tmp_path / "cold" / "cache")  # fmt: skip
    build(cold, model="blank", pages_only=True)
    assert _every_file(paths) == _every_file(cold)


def test_the_preview_drops_review_pages_the_queue_no_longer_has(tmp_path):
    """perf70: the review's pages are HTML files the generator writes into the docs folder;
    a preview whose queue shrank removes the pages it no longer makes (and their folders),
    as it removes Markdown pages, and leaves the assets alone."""
    from generator.build import PROJECT
    from generator.publish import sync_tree

    assets = PROJECT / "templates" / "assets"
    docs = tmp_path / "docs"
    before = {
        "index.md": "# Home\n",
        "review/index.html": "<p>2 pages</p>\n",
        "review/actors/index.html": "<p>a</p>\n",
        "review/actors-2/index.html": "<p>b</p>\n",
    }
    sync_tree(before, docs, assets)
    after = {k: v for k, v in before.items() if k != "review/actors-2/index.html"}
    assert sync_tree(after, docs, assets) == 1
    assert not (docs / "review/actors-2").exists()
    assert (docs / "review/actors/index.html").read_text() == "<p>a</p>\n"
    assert (docs / "assets/review.css").is_file()
