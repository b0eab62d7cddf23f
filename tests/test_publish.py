"""Publish-stage units that need no NLP: the build epoch and the staging folders."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

from generator.publish import (
    EPOCH_RANGE,
    Targets,
    build_epoch,
    publish,
)
from generator.publish.search_index import SNIPPET, trim_search_index
from generator.publish.staging import STAGING_LOCK


def test_build_epoch_is_the_newest_article_day_clamped_to_what_gzip_and_zip_store():
    assert build_epoch(["2024-01-02", "2025-10-21"]) == "1761004800"
    assert build_epoch(["1950-05-01"]) == str(EPOCH_RANGE[0]) == "315532800"
    assert build_epoch(["1969-12-31", "1970-01-02"]) == "315532800"
    assert build_epoch(["2200-01-01"]) == str(EPOCH_RANGE[1])
    assert EPOCH_RANGE[1] < 2**32
    assert build_epoch([]) == "946684800"


HOLD_STAGING = """
import sys
from pathlib import Path
from generator.publish.staging import staging_folder

with staging_folder(Path(sys.argv[1])) as folder:
    (folder / "docs").mkdir()
    print(folder, flush=True)
    sys.stdin.read()  # build "running" until the test closes stdin
"""


def test_a_build_removes_stale_staging_folders_but_not_a_running_builds(tmp_path):
    """Two briefings building into one parent folder must not delete each other's staging."""
    stale = tmp_path / ".briefing-staging-crashed"
    (stale / "docs").mkdir(parents=True)
    (stale / STAGING_LOCK).touch()  # its build died: nobody holds the lock any more
    old_style = tmp_path / ".briefing-staging-old"
    (old_style / "docs").mkdir(parents=True)  # left by a version without lock files
    running = subprocess.Popen(
        [sys.executable, "-c", HOLD_STAGING, str(tmp_path)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        live = Path(running.stdout.readline().strip())
        assert live.parent == tmp_path and (live / "docs").is_dir()
        targets = Targets(
            docs=tmp_path / "docs",
            site=tmp_path / "site",
            config=ROOT / "mkdocs.yml",
            assets=tmp_path / "no-assets",
            theme=ROOT / "templates/theme",
            sources=(),
            roots=(),
        )
        publish({"index.md": "# Hello\n"}, targets, site_name="x", dates=[], pages_only=True)
        assert (tmp_path / "docs/index.md").read_text() == "# Hello\n"
        assert not stale.exists() and not old_style.exists()
        assert (live / "docs").is_dir(), "a running build's staging folder was deleted"
        running.stdin.close()
        assert running.wait(timeout=30) == 0
        assert not live.exists(), "a build removes its own staging folder when it ends"
    finally:
        if running.poll() is None:
            running.kill()
            running.wait()
        running.stdout.close()
    assert not list(tmp_path.glob(".briefing-staging-*"))


def _index(pages: int, sections: int = 3, text: str = "Named in <b>4</b> sentences. " * 20):
    """A search index of the theme's shape: a page entry and ``sections`` section entries
    for each of ``pages`` actor pages, each with an alias as a tag."""
    docs = []
    for n in range(pages):
        tags = [f"Alias {n}"]
        docs.append(
            {"location": f"actors/a{n}/", "title": f"Actor {n}", "text": text, "tags": tags}
        )
        for s in range(sections):
            docs.append(
                {"location": f"actors/a{n}/#s{s}", "title": f"S{s}", "text": text, "tags": tags}
            )
    return {"config": {"lang": ["en"]}, "docs": docs}


def _written(tmp_path: Path, data: dict) -> Path:
    path = tmp_path / "search_index.json"
    path.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
    return path


def test_a_search_index_within_budget_is_left_byte_for_byte(tmp_path):
    path = _written(tmp_path, _index(10))
    before = path.read_bytes()
    assert trim_search_index(path, budget=len(before)) == len(before)
    assert path.read_bytes() == before


def test_a_large_search_index_loses_sections_then_text_but_keeps_every_page_and_alias(tmp_path):
    data = _index(200)
    full = len(json.dumps(data, separators=(",", ":")))
    pages_only = [d for d in data["docs"] if "#" not in d["location"]]
    steps = []
    for budget in (full // 3, full // 8, full // 80):
        path = _written(tmp_path, data)
        size = trim_search_index(path, budget=budget)
        trimmed = json.loads(path.read_text(encoding="utf-8"))
        assert size == path.stat().st_size
        assert trimmed["config"] == data["config"]
        assert [(d["location"], d["title"], d["tags"]) for d in trimmed["docs"]] == [
            (d["location"], d["title"], d["tags"]) for d in pages_only
        ]
        steps.append({d["text"] for d in trimmed["docs"]})
        assert size <= budget or steps[-1] == {""}, "over budget only with titles and tags alone"
    sections, snippets, names = steps
    assert sections == {data["docs"][0]["text"]}
    (snippet,) = snippets
    assert snippet.startswith("Named in 4 sentences. Named") and snippet.endswith(" …")
    assert len(snippet) <= SNIPPET + 2 and "<" not in snippet
    assert names == {""}


def test_a_search_snippet_never_cuts_a_character_reference(tmp_path):
    text = "x" * (SNIPPET - 2) + "&amp;" + "y" * 100  # one long word: cut inside "&amp;"
    path = _written(
        tmp_path, {"config": {}, "docs": [{"location": "", "title": "T", "text": text}] * 400}
    )
    trim_search_index(path, budget=len(path.read_bytes()) * 3 // 4)
    first = json.loads(path.read_text(encoding="utf-8"))["docs"][0]["text"]
    assert first == "x" * (SNIPPET - 2) + " …"


def test_a_rebuild_rewrites_only_changed_pages_and_keeps_the_others_untouched(tmp_path):
    targets = Targets(
        docs=tmp_path / "docs",
        site=tmp_path / "site",
        config=ROOT / "mkdocs.yml",
        assets=tmp_path / "no-assets",
        theme=ROOT / "templates/theme",
        sources=(),
        roots=(),
    )
    first = {"index.md": "# Home\n", "actors/a.md": "# A\n", "actors/b.md": "# B\n"}
    publish(first, targets, site_name="x", dates=[], pages_only=True)
    docs = tmp_path / "docs"
    before = {p: (docs / p).stat() for p in first}
    second = {"index.md": "# Home\n", "actors/a.md": "# A, corrected\n"}
    publish(second, targets, site_name="x", dates=[], pages_only=True)
    assert (docs / "index.md").stat().st_ino == before["index.md"].st_ino
    assert (docs / "index.md").stat().st_mtime_ns == before["index.md"].st_mtime_ns
    assert (docs / "actors/a.md").read_text() == "# A, corrected\n"
    assert (docs / "actors/a.md").stat().st_ino != before["actors/a.md"].st_ino
    assert not (docs / "actors/b.md").exists(), "a page no longer generated is gone"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs"], "nothing left behind"


def test_a_file_the_system_refuses_to_link_is_written_instead(tmp_path, monkeypatch):
    """Linking to the last build's file is only a saving: where the file system refuses a
    hard link (another device, no link support), the page is written, unchanged or not."""
    from generator import publish as stage

    last = tmp_path / "last"
    last.mkdir()
    (last / "same.md").write_text("# Same\n")
    (last / "known.md").write_text("# Known\n")

    def refuse(source: object, target: object) -> None:
        raise OSError("no links here")

    monkeypatch.setattr(stage.os, "link", refuse)
    files = {"same.md": "# Same\n", "known.md": "# Known\n"}
    folder = tmp_path / "new"
    written = stage.write_tree(files, folder, tmp_path / "no-assets", last, frozenset({"known.md"}))
    assert written == 2
    assert {p: (folder / p).read_text() for p in files} == files


def test_a_rebuild_that_changes_nothing_leaves_the_docs_folder_alone_and_else_swaps_it(tmp_path):
    """Same files, folders and assets: the folder is not swapped (its inode stays, no staging
    is made); any difference (a page's bytes, a stray file or folder, an asset, a link) swaps
    in a fresh folder equal to a build from nothing."""
    import os

    from generator.publish import holds_tree
    from generator.reuse import SEAL

    assets = tmp_path / "assets-src"
    (assets / "css").mkdir(parents=True)
    (assets / "css" / "extra.css").write_text("body {}\n", encoding="utf-8")
    targets = Targets(
        docs=tmp_path / "out" / "docs",
        site=tmp_path / "out" / "site",
        config=ROOT / "mkdocs.yml",
        assets=assets,
        theme=ROOT / "templates/theme",
        sources=(),
        roots=(),
    )
    files = {"index.md": "# Home\n", "actors/a.md": "# A\n", "data/x/e.json": "[]\n"}
    docs = targets.docs
    publish(files, targets, site_name="x", dates=[], pages_only=True)
    (docs / SEAL).write_text("sealed\n", encoding="utf-8")  # reuse's seal is no difference
    fresh = tmp_path / "fresh"
    fresh_targets = Targets(**{**targets.__dict__, "docs": fresh / "docs"})
    publish(files, fresh_targets, site_name="x", dates=[], pages_only=True)

    def tree(folder: Path) -> dict[str, bytes | None]:
        return {
            p.relative_to(folder).as_posix(): (p.read_bytes() if p.is_file() else None)
            for p in folder.rglob("*")
            if p.name != SEAL
        }

    inode = docs.stat().st_ino
    publish(files, targets, site_name="x", dates=[], pages_only=True)
    assert docs.stat().st_ino == inode, "left in place"
    assert tree(docs) == tree(fresh / "docs")
    assert (docs / SEAL).exists()
    assert holds_tree(docs, files, assets, frozenset({"index.md"}))
    changes = [
        lambda: (docs / "actors" / "a.md").write_text("# B\n", encoding="utf-8"),
        lambda: (docs / "actors" / "stray.md").write_text("# S\n", encoding="utf-8"),
        lambda: (docs / "empty").mkdir(),
        lambda: (docs / "assets" / "css" / "extra.css").write_text("p {}\n", encoding="utf-8"),
        lambda: (docs / ".briefing-output").write_text("mine\n", encoding="utf-8"),
        lambda: os.remove(docs / "data" / "x" / "e.json"),
        lambda: (
            (docs / "index.md").unlink(),
            (docs / "index.md").symlink_to(fresh / "docs" / "index.md"),
        ),
    ]
    for change in changes:
        change()
        assert not holds_tree(docs, files, assets)
        inode = docs.stat().st_ino
        publish(files, targets, site_name="x", dates=[], pages_only=True)
        assert docs.stat().st_ino != inode, "swapped"
        assert tree(docs) == tree(fresh / "docs")
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["docs"], "nothing left behind"


def test_an_old_folder_is_removed_in_threads_without_following_links(tmp_path):
    """``remove_tree`` (the old docs or site folder after a swap) removes every file and
    folder, redirects nested two deep as a briefing has them, and never what a link inside
    points to."""
    from generator.publish.staging import remove_tree

    outside = tmp_path / "keep"
    outside.mkdir()
    (outside / "precious.md").write_text("not the build's\n", encoding="utf-8")
    old = tmp_path / ".docs.old-1"
    for i in range(50):
        redirect = old / "actors" / f"john-bolton-{i}"
        redirect.mkdir(parents=True)
        (redirect / "index.html").write_text("<!doctype html>\n", encoding="utf-8")
        (old / "actors" / f"actor-{i}.md").write_text("# John Bolton\n", encoding="utf-8")
    (old / "assets" / "css").mkdir(parents=True)
    (old / "assets" / "css" / "extra.css").write_text("body {}\n", encoding="utf-8")
    (old / "linked").symlink_to(outside, target_is_directory=True)
    remove_tree(old)
    assert not old.exists()
    assert (outside / "precious.md").read_text(encoding="utf-8") == "not the build's\n"


def test_pages_hold_utf8_bytes_and_read_as_text():
    from generator.model import Pages, encoded

    pages = Pages({"b.md": "“Quoted” – text\n", "a.md": "plain\n"})
    assert pages["b.md"] == "“Quoted” – text\n"
    assert encoded(pages, "b.md") == "“Quoted” – text\n".encode()
    assert encoded({"x.md": "é"}, "x.md") == "é".encode()
    assert list(pages.sorted()) == ["a.md", "b.md"]
    assert pages == {"a.md": "plain\n", "b.md": "“Quoted” – text\n"}
    del pages["a.md"]
    assert len(pages) == 1 and "a.md" not in pages


def test_old_folders_are_swept_in_a_thread_that_ends_with_the_block_even_on_failure(tmp_path):
    """``sweeping`` removes the replaced docs and site folders beside the targets while its
    block runs, and waits for that before the block's error goes on: no thread outlives it."""
    import threading

    import pytest

    from generator.publish.staging import old_folders, replace_folder, sweeping

    targets = Targets(
        docs=tmp_path / "docs",
        site=tmp_path / "site",
        config=ROOT / "mkdocs.yml",
        assets=tmp_path / "no-assets",
        theme=ROOT / "templates/theme",
        sources=(),
        roots=(),
    )
    for name in ("docs", "site"):
        (tmp_path / name / "actors").mkdir(parents=True)
        (tmp_path / name / "actors" / "a.md").write_text("# A\n", encoding="utf-8")
        (tmp_path / f"new-{name}").mkdir()
        replace_folder(tmp_path / f"new-{name}", tmp_path / name, keep_old=True)
    replace_folder(tmp_path / "docs", tmp_path / "elsewhere")  # not beside a target: kept
    assert len(old_folders(targets)) == 2
    with pytest.raises(RuntimeError, match="stage failed"), sweeping(targets):
        raise RuntimeError("stage failed")
    assert old_folders(targets) == []
    assert not [t for t in threading.enumerate() if t.name == "briefing-sweep"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["elsewhere", "site"]


def test_spooled_pages_are_written_as_made_then_moved_or_linked_when_published(tmp_path):
    """Pages with a spool write each page there when set and hold only its file, hash and
    size; ``write_tree`` moves a spooled file into the new folder, or links the last build's
    file when it holds the same bytes (its modification time kept)."""
    import hashlib

    from generator import publish as stage
    from generator.model import Pages, Spool, Spooled, text_hash

    last = tmp_path / "last"
    (last / "actors").mkdir(parents=True)
    (last / "actors" / "same.md").write_text("# Same\n")
    before = (last / "actors" / "same.md").stat()
    made: list[str] = []
    spool = Spool(lambda: made.append("made") or tmp_path / "spool")
    pages = Pages(spool=spool)
    assert not made, "the spool's folder is made when the first page is written"
    pages["actors/same.md"] = "# Same\n"
    pages["actors/new.md"] = "# “New”\n"
    entry = pages.entry("actors/new.md")
    assert isinstance(entry, Spooled) and made == ["made"]
    assert pages["actors/new.md"] == "# “New”\n"
    data = "# “New”\n".encode()
    assert text_hash(pages, "actors/new.md") == (hashlib.sha256(data).hexdigest(), len(data))
    folder = tmp_path / "new"
    assert stage.write_tree(pages.sorted(), folder, tmp_path / "no-assets", last) == 1
    assert (folder / "actors" / "same.md").stat().st_ino == before.st_ino
    assert (folder / "actors" / "new.md").read_bytes() == data
    assert not (tmp_path / "spool" / "actors" / "new.md").exists(), "moved, not copied"


def _tree(folder: Path) -> dict[str, object]:
    """Every entry below ``folder``: a file's bytes, a folder as None, a link as its target."""
    import os

    found: dict[str, object] = {}
    for root, folders, names in os.walk(folder):
        for name in folders + names:
            path = Path(root) / name
            relative = path.relative_to(folder).as_posix()
            if path.is_symlink():
                found[relative] = ("link", os.readlink(path))
            elif path.is_dir():
                found[relative] = None
            else:
                found[relative] = path.read_bytes()
    return found


def test_the_next_docs_folder_is_made_in_the_replaced_one_touching_only_what_differs(tmp_path):
    """``write_tree`` into a recycled folder (the docs folder the last swap replaced, most of
    its files still the live folder's): the result is what a fresh folder gets, byte for
    byte; a file that is already the live one's is left alone (no link made again), a file
    to change is unlinked first, so the live folder's file it shared is never written into,
    and every stray file, folder, link and the seal goes (a link is removed, not followed)."""
    import os

    from generator import publish as stage
    from generator.reuse import SEAL

    assets = tmp_path / "assets-src"
    (assets / "css").mkdir(parents=True)
    (assets / "css" / "extra.css").write_text("body {}\n")
    live = tmp_path / "live"
    (live / "actors" / "old-redirect").mkdir(parents=True)
    for name, text in {"same": "# Same\n", "edited": "# Before\n", "relinked": "# R\n"}.items():
        (live / "actors" / f"{name}.md").write_text(text)
    (live / "actors" / "old-redirect" / "index.html").write_text("<!doctype html>\n")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "precious.md").write_text("not the build's\n")
    spare = tmp_path / "spare"
    (spare / "actors" / "gone").mkdir(parents=True)
    os.link(live / "actors" / "same.md", spare / "actors" / "same.md")
    os.link(live / "actors" / "edited.md", spare / "actors" / "edited.md")  # shared, to change
    (spare / "actors" / "relinked.md").write_text("# an older build's\n")
    (spare / "actors" / "gone" / "page.md").write_text("# Gone\n")
    (spare / "stray.md").write_text("# Stray\n")
    (spare / SEAL).write_text("sealed\n")
    (spare / "assets").mkdir()
    (spare / "assets" / "old.js").write_text("old\n")
    (spare / "linked").symlink_to(outside, target_is_directory=True)
    same_inode = (live / "actors" / "same.md").stat().st_ino

    files = {
        "actors/same.md": "# Same\n",
        "actors/edited.md": "# After\n",
        "actors/relinked.md": "# R\n",
        "articles/new.md": "# New\n",
    }
    unchanged = frozenset({"actors/same.md", "actors/relinked.md"})
    fresh = tmp_path / "fresh"
    assert stage.write_tree(files, fresh, assets, live, unchanged) == 2
    linked: list[object] = []
    real_link = stage.os.link

    def counted(source: object, target: object) -> None:
        linked.append(target)
        real_link(source, target)

    stage.os.link = counted  # type: ignore[assignment]
    try:
        assert stage.write_tree(files, spare, assets, live, unchanged, recycled=True) == 2
    finally:
        stage.os.link = real_link  # type: ignore[assignment]
    assert _tree(spare) == _tree(fresh)
    assert linked == [spare / "actors" / "relinked.md"], "only the file that was not the live one"
    assert (spare / "actors" / "same.md").stat().st_ino == same_inode
    assert (live / "actors" / "edited.md").read_text() == "# Before\n", "never written into"
    assert (outside / "precious.md").read_text() == "not the build's\n"


def test_a_spare_folder_is_a_real_replaced_docs_folder_claimed_by_one_build(tmp_path):
    """``spare_folder`` offers the most recently changed replaced docs folder that a build
    made (it holds the marker), never a link or another target's; ``claimed`` moves it into
    the build's staging folder, once: a second claim finds it gone; the sweep leaves it."""
    import os

    from generator.publish import MARKER
    from generator.publish.staging import claimed, old_folders, spare_folder, sweeping

    targets = Targets(
        docs=tmp_path / "docs",
        site=tmp_path / "site",
        config=ROOT / "mkdocs.yml",
        assets=tmp_path / "no-assets",
        theme=ROOT / "templates/theme",
        sources=(),
        roots=(),
    )
    assert spare_folder(targets, MARKER) is None
    older, newer, unmarked, site = (
        tmp_path / name for name in (".docs.old-1", ".docs.old-2", ".docs.old-3", ".site.old-1")
    )
    for folder in (older, newer, unmarked, site):
        folder.mkdir()
    for folder in (older, newer, site):
        (folder / MARKER).write_text("made\n")
    os.utime(older, ns=(1, 1))
    (tmp_path / ".docs.old-4").symlink_to(newer, target_is_directory=True)
    os.utime(tmp_path / ".docs.old-4", ns=(2**62, 2**62), follow_symlinks=False)
    assert spare_folder(targets, MARKER) == newer
    with sweeping(targets, newer):
        pass
    assert old_folders(targets) == [newer], "the link removed, not what it points to"
    assert (newer / MARKER).is_file()
    assert claimed(newer, tmp_path / "staging-docs")
    assert not claimed(newer, tmp_path / "other-staging-docs"), "one build has it"
    assert (tmp_path / "staging-docs" / MARKER).is_file()


def test_a_page_rendered_anew_and_changed_says_the_folder_differs_before_it_is_listed(
    tmp_path, monkeypatch
):
    """``holds_tree`` compares the pages not known to be held first: after an edit one of
    them differs, and the folder (9,500 entries at 1,000 articles) is not listed. A page's
    path that is a link or no regular file is a difference, never read through."""
    import os

    from generator import publish as stage

    folder = tmp_path / "docs"
    (folder / "actors").mkdir(parents=True)
    (folder / "actors" / "a.md").write_text("# A\n")
    (folder / "actors" / "b.md").write_text("# B\n")
    (folder / stage.MARKER).write_text(stage.MARKER_TEXT)
    (tmp_path / "elsewhere.md").write_text("# B, edited\n")
    assets = tmp_path / "no-assets"
    known = frozenset({"actors/a.md"})
    assert stage.holds_tree(folder, {"actors/a.md": "# A\n", "actors/b.md": "# B\n"}, assets, known)
    listed: list[object] = []
    real = os.scandir

    def counted(path: object) -> object:
        listed.append(path)
        return real(path)  # type: ignore[arg-type]

    monkeypatch.setattr(stage.os, "scandir", counted)
    edited = {"actors/a.md": "# A\n", "actors/b.md": "# B, edited\n"}
    assert not stage.holds_tree(folder, edited, assets, known)
    assert listed == [], "the edited page said it: nothing listed"
    (folder / "actors" / "b.md").unlink()
    (folder / "actors" / "b.md").symlink_to(tmp_path / "elsewhere.md")
    assert not stage.holds_tree(folder, edited, assets, known), "a link is no page"


def test_a_recycled_folder_that_cannot_be_cleared_gives_way_to_a_fresh_one(tmp_path, monkeypatch):
    """Where the spare cannot be listed or cleared (a folder inside it refuses), it is removed
    and the docs folder made fresh, as without a spare: the build goes on."""
    from generator import publish as stage

    live = tmp_path / "live"
    live.mkdir()
    (live / "same.md").write_text("# Same\n")
    spare = tmp_path / "spare"
    (spare / "locked").mkdir(parents=True)
    (spare / "locked" / "x.md").write_text("# X\n")

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError("no")

    monkeypatch.setattr(stage, "_cleared", refuse)
    files = {"same.md": "# Same\n", "new.md": "# New\n"}
    assert stage.write_tree(files, spare, tmp_path / "no-assets", live, recycled=True) == 1
    marker = stage.MARKER_TEXT.encode()
    assert _tree(spare) == {"same.md": b"# Same\n", "new.md": b"# New\n", stage.MARKER: marker}
    assert (spare / "same.md").stat().st_ino == (live / "same.md").stat().st_ino


def test_a_spare_whose_stray_folder_cannot_be_removed_is_set_aside_not_published(
    tmp_path, monkeypatch
):
    """A stray folder in the spare that refuses removal (another user's, read-only: the
    removal is quiet) must not stay in the new docs folder, where MkDocs would publish its
    pages: the spare is set aside, under a name no page takes, and a fresh folder made."""
    from generator import publish as stage

    live = tmp_path / "staging" / "live"
    live.mkdir(parents=True)
    (live / "same.md").write_text("# Same\n")
    spare = tmp_path / "staging" / "docs"
    (spare / "stale").mkdir(parents=True)
    (spare / "stale" / "page.md").write_text("# An old page\n")
    monkeypatch.setattr(stage, "remove_tree", lambda folder: None)  # removes nothing
    files = {"same.md": "# Same\n", "new.md": "# New\n"}
    assert stage.write_tree(files, spare, tmp_path / "no-assets", live, recycled=True) == 1
    marker = stage.MARKER_TEXT.encode()
    assert _tree(spare) == {"same.md": b"# Same\n", "new.md": b"# New\n", stage.MARKER: marker}
    aside = [p.name for p in spare.parent.iterdir() if p.name.startswith(".docs.uncleared-")]
    assert len(aside) == 1, "what could not be removed is set aside beside it"


def test_a_spare_folder_the_build_cannot_write_into_is_not_recycled(tmp_path, monkeypatch):
    """A folder of the spare to keep that the build may not write into (its stale files
    could not be unlinked, nor new ones made) makes ``_cleared`` refuse the spare."""
    import pytest

    from generator import publish as stage

    spare = tmp_path / "spare"
    (spare / "actors").mkdir(parents=True)
    real = stage.os.access
    monkeypatch.setattr(
        stage.os, "access", lambda path, mode: real(path, mode) and "actors" not in str(path)
    )
    with pytest.raises(PermissionError):
        stage._cleared({"actors/a.md": "# A\n"}, spare)


def test_the_docs_folder_is_swapped_before_the_old_site_is_removed(tmp_path, monkeypatch):
    """The old site's removal (thousands of files) comes after both swaps: a build stopped
    there (killed, or a removal that fails) leaves the new site beside the new docs folder,
    not beside the old one, and the old site under its hidden name for the next build."""
    import subprocess

    import pytest

    from generator import publish as stage
    from generator.publish import staging

    targets = Targets(
        docs=tmp_path / "out" / "docs",
        site=tmp_path / "out" / "site",
        config=ROOT / "mkdocs.yml",
        assets=tmp_path / "no-assets",
        theme=ROOT / "templates/theme",
        sources=(),
        roots=(),
    )

    def engine(config: Path, epoch: str, *command: str) -> subprocess.CompletedProcess[str]:
        site = Path(stage.yaml.safe_load(config.read_text())["site_dir"])
        site.mkdir()
        (site / "index.html").write_text(epoch)
        return subprocess.CompletedProcess([], 0, "", "")

    monkeypatch.setattr(stage, "run_mkdocs", engine)
    monkeypatch.setattr(stage, "trim_search_index", lambda path: None)
    stage.publish({"index.md": "# Old\n"}, targets, site_name="x", dates=["2001-01-01"])
    real = staging.remove_tree

    def stopped(folder: Path) -> None:
        if folder.name.startswith(".site.old-"):
            raise KeyboardInterrupt  # the build stops while the old site is removed
        real(folder)

    monkeypatch.setattr(staging, "remove_tree", stopped)
    monkeypatch.setattr(stage, "remove_tree", stopped)
    with pytest.raises(KeyboardInterrupt):
        stage.publish({"index.md": "# New\n"}, targets, site_name="x", dates=["2002-01-01"])
    assert (targets.docs / "index.md").read_text() == "# New\n", "swapped with the site"
    assert (targets.site / "index.html").read_text() != "", "the new site"
    assert [p.name[:10] for p in targets.site.parent.glob(".site.old-*")] == [".site.old-"]


def test_a_folder_from_another_file_system_is_copied_beside_the_target_before_the_swap(
    tmp_path, monkeypatch
):
    """Staging on another file system than the target (a rename cannot cross): the copy is
    made beside the target first, so a build stopped mid-copy leaves the live folder whole,
    never a half-copied one in its place."""
    import shutil

    import pytest

    from generator.publish import staging

    new, target = tmp_path / "staging" / "docs", tmp_path / "out" / "docs"
    for folder, text in ((new, "# New\n"), (target, "# Old\n")):
        folder.mkdir(parents=True)
        for name in ("a.md", "b.md"):
            (folder / name).write_text(text)
    real_stat = Path.stat

    def elsewhere(self: Path, **kwargs: object) -> object:
        status = real_stat(self, **kwargs)  # type: ignore[arg-type]
        if self == new:  # the staging folder's device differs
            return type("S", (), {"st_dev": status.st_dev + 1})()
        return status

    def stopped(source: object, destination: object, **kwargs: object) -> None:
        Path(str(destination)).mkdir(exist_ok=True)
        shutil.copy(Path(str(source)) / "a.md", Path(str(destination)) / "a.md")
        raise KeyboardInterrupt  # killed after one file

    monkeypatch.setattr(Path, "stat", elsewhere)
    monkeypatch.setattr(staging.shutil, "copytree", stopped)
    real_rename = staging.os.rename

    def cross(source: object, destination: object) -> None:
        if Path(str(source)) == new:
            raise OSError(18, "Invalid cross-device link")
        real_rename(source, destination)  # type: ignore[arg-type]

    monkeypatch.setattr(staging.os, "rename", cross)
    with pytest.raises(KeyboardInterrupt):
        staging.replace_folder(new, target)
    found = {p.name: p.read_text() for p in target.iterdir()}
    assert found == {"a.md": "# Old\n", "b.md": "# Old\n"}, "the live folder whole"
