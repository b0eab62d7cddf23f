"""Old addresses of event and agreement pages an editor's correction moved (editor3, issue 8).

A proposed event's id is made from its content (``extract.merge.proposal_ids``: type, actors'
ids, date): merging one of its actors into another renames it, and a curated record that
absorbs it takes its page. The old address must lead to the new page, derived from the content
alone (the site is a function of ``content/``): a clean build of the corrected content gives
the same bytes as the rebuild that follows the correction. Wikinews 2019 sentences (dev).
"""

from __future__ import annotations

import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest

from generator.extract.settle import former

ARTICLE = """---
title: Wikinews investigates disappearance of Indonesian cargo ship Namse Bangdzod
date: '2019-01-10'
source: en.wikinews.org
language: en
---

In late December, Indonesian cargo ship MV Namse Bangdzod vanished in local waters.

Marine Traffic's AIS tracking database shows a reestablishment of AIS contact by MV Namse
Bangdzod on January 6, with a pattern described by Marine Bulletin as "rather hectic and kind
of confused".

Local authorities, according to Maritime Bulletin, have noted other unusual AIS data.
"""
MERGE = "name: Maritime Bulletin\ntype: media\naliases:\n  - Marine Bulletin\n"
RECORD = (
    "name: Maritime Bulletin on the AIS data\ntype: statement\ndate: '2019-01-06'\n"
    "participants:\n  - maritime-bulletin\n"
)


def _paths(tmp_path, name="one"):
    from generator.build import Paths

    content = tmp_path / "content"
    if not content.exists():
        for folder in ("articles", "actors", "agreements", "events"):
            (content / folder).mkdir(parents=True)
        (content / "briefing.yml").write_text("title: T\n", encoding="utf-8")
        (content / "articles/2019-01-10-namse-bangdzod.md").write_text(ARTICLE, "utf-8")
    out = tmp_path / name
    return Paths(content, out / "site", out / "docs", out / "cache")


def _events(paths):
    return sorted(p.stem for p in (paths.docs / "events").glob("*.md"))


def _files(folder: Path) -> dict[str, bytes]:
    """Every file's bytes but the build's own records (dotfiles: the seal names the disk's
    inode and time; none is published)."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.name.startswith(".")
    }


def _same_as_a_clean_build(tmp_path, paths, **options):
    """A build of the same content into new folders (no cache, no last build) gives the
    rebuild's bytes: nothing of the build's history is in the site."""
    from generator.build import build

    clean = _paths(tmp_path, "clean")
    build(clean, **options)
    made = (paths.docs, clean.docs) if options.get("pages_only") else (paths.site, clean.site)
    assert _files(made[0]) == _files(made[1])
    shutil.rmtree(tmp_path / "clean")


@pytest.mark.slow
def test_a_proposed_event_renamed_by_a_merge_keeps_its_old_address(tmp_path):
    from generator.build import build

    paths = _paths(tmp_path)
    build(paths, pages_only=True)
    before = _events(paths)
    assert before == ["index", "statement-marine-bulletin-2019-01-06"]
    old = "statement-marine-bulletin-2019-01-06"
    # The editor merges "Marine Bulletin" into Maritime Bulletin, as the review offers.
    (paths.content / "actors/maritime-bulletin.yml").write_text(MERGE, "utf-8")
    build(paths, pages_only=True)
    assert _events(paths) == ["index", "statement-maritime-bulletin-2019-01-06"]
    page = (paths.docs / f"events/{old}/index.html").read_text(encoding="utf-8")
    assert 'url=../statement-maritime-bulletin-2019-01-06/"' in page
    assert "Statement by Maritime Bulletin" in page
    # The actor's own old address leads to its page too (``redirect_pages``' first rule).
    assert (paths.docs / "actors/marine-bulletin/index.html").is_file()
    _same_as_a_clean_build(tmp_path, paths, pages_only=True)
    # A build with nothing changed keeps it: it comes from the content, not the last build.
    build(paths, pages_only=True)
    assert (paths.docs / f"events/{old}/index.html").read_text(encoding="utf-8") == page
    # Rejecting the event sends its address nowhere: gone on purpose.
    (paths.content / "briefing.yml").write_text(
        "title: T\nreject:\n  - events/statement-maritime-bulletin-2019-01-06\n", "utf-8"
    )
    build(paths, pages_only=True)
    assert not (paths.docs / f"events/{old}").exists()
    _same_as_a_clean_build(tmp_path, paths, pages_only=True)


@pytest.mark.slow
def test_a_proposal_a_curated_record_absorbs_leads_to_the_record(tmp_path):
    """The editor files the Bulletin's statement under an id of their own, with its date and
    participant: the record absorbs the proposal (``merge.absorbing``) and its sentences,
    so the proposal's address leads to the record's page; the site (MkDocs' too) equals a
    clean build's, and the redirect is in neither the search index nor the sitemap."""
    from generator.build import build

    paths = _paths(tmp_path)
    (paths.content / "actors/maritime-bulletin.yml").write_text(MERGE, "utf-8")
    url = "https://example.org/brief/"
    build(paths, site_url=url)
    assert _events(paths) == ["index", "statement-maritime-bulletin-2019-01-06"]
    (paths.content / "events/ais-comment.yml").write_text(RECORD, encoding="utf-8")
    build(paths, site_url=url)
    assert _events(paths) == ["ais-comment", "index"]
    for old in ("statement-maritime-bulletin-2019-01-06", "statement-marine-bulletin-2019-01-06"):
        page = (paths.site / f"events/{old}/index.html").read_text(encoding="utf-8")
        assert 'url=../ais-comment/"' in page, old  # the second: before the merge too
    search = (paths.site / "search/search_index.json").read_text(encoding="utf-8")
    sitemap = (paths.site / "sitemap.xml").read_text(encoding="utf-8")
    assert "events/ais-comment/" in search and "events/ais-comment/" in sitemap
    assert "bulletin-2019-01-06" not in search and "bulletin-2019-01-06" not in sitemap
    _same_as_a_clean_build(tmp_path, paths, site_url=url)


def test_each_old_address_once_never_over_a_page():
    taken = {"events/meeting-a-b-2019", "events/kept", "events/statement-x"}
    olds = [
        ("events/statement-x", ("statement-y", "statement-y-abc123")),
        ("events/meeting-a-b-2019", ("meeting-a-c-2019", "meeting-a-c-2019-def456")),
        ("events/kept", ("statement-y", "statement-y-0f0f0f")),  # claimed by two: the first
        ("events/kept", ("kept", "kept-111111")),  # accepted under its own id: nothing moved
        ("events/statement-x", ("meeting-a-b-2019", "meeting-a-b-2019-222222")),  # a page's
    ]
    assert former(olds, taken) == [
        ("events/kept", "statement-y"),
        ("events/meeting-a-b-2019", "meeting-a-c-2019"),
        ("events/statement-x", "meeting-a-b-2019-222222"),  # its plain id is another page
    ]


def test_a_moved_page_escapes_the_name_and_links_the_new_address():
    from generator.model import Entity
    from generator.render import redirect_pages

    event = Entity(
        kind="events",
        id="statement-maritime-bulletin-2019-01-06",
        name="Statement by <Maritime>",
        type="statement",
        former=("statement-marine-bulletin-2019-01-06", "kept"),
    )
    kept = Entity(kind="events", id="kept", name="Kept", type="statement")
    views = {e.key: SimpleNamespace(entity=e) for e in (event, kept)}
    pages = redirect_pages(SimpleNamespace(entities=views))
    assert sorted(pages) == ["events/statement-marine-bulletin-2019-01-06/index.html"]
    text = pages["events/statement-marine-bulletin-2019-01-06/index.html"]
    assert "&lt;Maritime&gt;" in text
    assert 'url=../statement-maritime-bulletin-2019-01-06/"' in text
    assert 'href="../statement-maritime-bulletin-2019-01-06/"' in text


@pytest.mark.slow
def test_a_proposal_rejected_before_a_merge_stays_rejected(tmp_path):
    """The editor rejects the Bulletin's statement, then merges "Marine Bulletin" into
    Maritime Bulletin (review20): the merge renames the proposal, but it is the one rejected,
    so neither its new page nor a redirect from the rejected address appears."""
    from generator.build import build

    paths = _paths(tmp_path)
    old = "statement-marine-bulletin-2019-01-06"
    (paths.content / "briefing.yml").write_text(f"title: T\nreject:\n  - events/{old}\n", "utf-8")
    build(paths, pages_only=True)
    assert _events(paths) == ["index"]
    (paths.content / "actors/maritime-bulletin.yml").write_text(MERGE, "utf-8")
    build(paths, pages_only=True)
    assert _events(paths) == ["index"]
    assert not (paths.docs / f"events/{old}").exists()
    _same_as_a_clean_build(tmp_path, paths, pages_only=True)
