"""Articles parsed by the last build (``generator.load.kept``): a kept parse is taken only for
the same file bytes, path and code; an edited, damaged or foreign entry is parsed again, and
warnings come back with a kept article, errors never."""

from __future__ import annotations

import marshal
import os
from pathlib import Path

import pytest
from conftest import write

from generator.errors import BuildError, ContentError
from generator.load import load_content
from generator.load.kept import FILE, KeptArticles
from generator.memo import sealed, unsealed

ARTICLE = """\
---
title: Talks held in Sylvania
date: '2024-03-04'
source: Fixture Wire
language: en
ignore:
  - Old Town
    - New Town
---

Rufus Firefly met envoys in Old Town - New Town.
"""
"""An article whose front matter warns (W101: two list items merged)."""


def _load(folder: Path, articles: list[Path]) -> tuple[list[object], list[ContentError], dict]:
    kept = KeptArticles(folder)
    errors: list[ContentError] = []
    loaded = [kept.load(path, errors) for path in articles]
    kept.save()
    return loaded, errors, kept.counts


def test_a_kept_content_equals_a_parsed_one_and_an_edit_is_parsed_again(
    mini_content: Path, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    write(mini_content / "articles/2024-03-04-talks.md", ARTICLE)
    plain = load_content(mini_content)
    assert any(w.code == "W101" for w in plain.warnings)
    assert load_content(mini_content, cache) == plain
    assert (cache / FILE).is_file()
    assert load_content(mini_content, cache) == plain, "taken from the file, warnings too"
    articles = sorted((mini_content / "articles").glob("*.md"))
    _, _, counts = _load(cache, articles)
    assert counts["hits"] >= 2
    # The same size and time, other bytes: parsed again (a file's time can miss an edit).
    path = mini_content / "articles/2024-03-04-talks.md"
    before = path.stat()
    path.write_text(ARTICLE.replace("Sylvania", "Sylvanio"), encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    edited = load_content(mini_content, cache)
    assert edited == load_content(mini_content)
    assert [a.title for a in edited.articles if a.id.endswith("talks")] == [
        "Talks held in Sylvanio"
    ]


def test_an_article_with_an_error_is_never_kept(mini_content: Path, tmp_path: Path) -> None:
    write(mini_content / "articles/2024-03-04-talks.md", ARTICLE.replace("language: en\n", ""))
    for _ in range(2):
        with pytest.raises(BuildError, match=r"E012|language"):
            load_content(mini_content, tmp_path)
    path = mini_content / "articles/2024-03-04-talks.md"
    loaded, errors, counts = _load(tmp_path, [path])
    assert loaded == [None] and errors and counts == {"hits": 0, "misses": 1}


def test_another_working_directory_is_parsed_again(
    mini_content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The article's ``path`` is written relative to the working directory."""
    articles = sorted((mini_content / "articles").glob("*.md"))
    monkeypatch.chdir(mini_content)
    first, _, _ = _load(tmp_path, articles)
    monkeypatch.chdir(tmp_path)
    again, _, counts = _load(tmp_path, articles)
    assert counts["hits"] == 0
    assert [a.path for a in again] != [a.path for a in first]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "damage",
    [
        b"",
        b"not marshal",
        marshal.dumps({"entries": {"%s": "unsealed"}}),  # perf24's form, no checksum
        marshal.dumps([1, 2]),
        marshal.dumps({"entries": []}),
        marshal.dumps({"entries": {"%s": ["list", "a"]}}),
        marshal.dumps({"entries": {"%s": ["tuple", ["object", "generator.__main__:main"], 1]}}),
        marshal.dumps({"entries": {"%s": ("tuple", "a", "b")}}),
    ],
)
def test_a_damaged_file_is_parsed_again(mini_content: Path, tmp_path: Path, damage: bytes) -> None:
    articles = sorted((mini_content / "articles").glob("*.md"))
    first, _, counts = _load(tmp_path, articles)
    assert counts["misses"] == len(articles)
    kept = unsealed((tmp_path / FILE).read_bytes())
    keys = list(kept["entries"])
    if damage == marshal.dumps({"entries": {"%s": "unsealed"}}):
        damage = marshal.dumps(kept, 2)  # the right entries, unsealed
    elif b"%s" in damage:
        entries = marshal.loads(damage)["entries"]
        damage = sealed({"entries": {key: entries["%s"] for key in keys}})
    (tmp_path / FILE).write_bytes(damage)
    again, errors, counts = _load(tmp_path, articles)
    assert (again, errors, counts["hits"]) == (first, [], 0)
    # Each article whose parse can be kept (one whose annotations' lines know their columns,
    # ``Mark``, cannot: parsed each time) is written again.
    assert keys and _load(tmp_path, articles)[2]["hits"] == len(keys), "written again"


def test_no_folder_keeps_nothing(mini_content: Path) -> None:
    articles = sorted((mini_content / "articles").glob("*.md"))
    assert _load(None, articles)[2] == {"hits": 0, "misses": 0}  # type: ignore[arg-type]


def test_a_kept_value_damaged_in_place_is_parsed_again(mini_content: Path, tmp_path: Path) -> None:
    """A byte changed inside a kept article (a disk's or a copy's damage) leaves a file of
    the right form under the right key: the file's checksum tells, and the article is parsed."""
    plain = load_content(mini_content)
    load_content(mini_content, tmp_path)
    whole = (tmp_path / FILE).read_bytes()
    assert whole.count(b"Pact signed") == 1
    (tmp_path / FILE).write_bytes(whole.replace(b"Pact signed", b"Pact signet"))
    assert load_content(mini_content, tmp_path) == plain


def test_an_edit_made_while_the_article_is_parsed_is_not_kept_for_the_old_bytes(
    mini_content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The kept entry is keyed by the bytes read first; the parse reads the file again. An
    editor's save between the two must not file the new parse under the old bytes (undone,
    the edit would come back from the cache)."""
    from generator.load import kept as kept_module

    path = mini_content / "articles/2024-02-03-pact-signed.md"
    old = path.read_text(encoding="utf-8")
    parse = kept_module.load_article

    def saved_meanwhile(at: Path, errors: list[ContentError]) -> object:
        if at == path:
            at.write_text(old.replace("border pact", "trade pact"), encoding="utf-8")
        return parse(at, errors)

    monkeypatch.setattr(kept_module, "load_article", saved_meanwhile)
    _load(tmp_path, [path])
    monkeypatch.setattr(kept_module, "load_article", parse)
    path.write_text(old, encoding="utf-8")  # the edit undone
    (again,), _, _ = _load(tmp_path, [path])
    assert again is not None and "border pact" in again.paragraphs[0]


@pytest.mark.parametrize(
    "where", ["inside", "outside", "the folder itself", "through a link", "relative with .."]
)
def test_a_files_shown_path_made_from_its_folders_is_display_paths(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    """``KeptArticles._shown`` resolves each folder once and adds the file's name: the same
    string as ``display_path`` of the file for every working directory, a folder reached
    through a link, a file that is a link (asked whole), and the folder as the working
    directory (asked whole)."""
    from generator.errors import display_path

    real = tmp_path / "real" / "articles"
    real.mkdir(parents=True)
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "linked").symlink_to(tmp_path / "real")
    for name in ("a.md", "b.md"):
        (real / name).write_text("x", encoding="utf-8")
    (real / "c.md").symlink_to(tmp_path / "elsewhere")
    folder, cwd = {
        "inside": (Path("real/articles"), tmp_path),
        "outside": (real, tmp_path / "elsewhere"),
        "the folder itself": (Path("."), real),
        "through a link": (tmp_path / "linked" / "articles", tmp_path / "real"),
        "relative with ..": (Path("../real/articles"), tmp_path / "elsewhere"),
    }[where]
    monkeypatch.chdir(cwd)
    kept = KeptArticles(None)
    for name in ("a.md", "b.md", "c.md", "a.md"):
        path = folder / name
        assert kept._shown(path) == display_path(path), path
    assert len(kept._folders) == 1, "the folder resolved once"
