"""``init``: a new briefing in three commands (init, import, build) with no guessing."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
import yaml
from conftest import FIXTURES, write

from generator.build import Paths
from generator.cli import main
from generator.load import load_content
from generator.scaffold import init_briefing

RAW = FIXTURES / "raw" / "reuters-like.txt"


def test_init_writes_a_commented_skeleton_that_checks(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["init", "my-brief", "--title", "Arctic shipping"]) == 0
    out = capsys.readouterr().out
    folder = tmp_path / "my-brief"
    settings = (folder / "briefing.yml").read_text()
    assert "# summary:" in settings and "# key_actors:" in settings
    assert yaml.safe_load(settings) == {"title": "Arctic shipping"}
    for name in ("articles", "actors", "agreements", "events"):
        assert (folder / name / "README.md").is_file()  # keeps the empty folder; load skips it
    assert "import FILE... --content my-brief" in out and "build --content my-brief" in out
    content = load_content(folder)
    assert content.briefing.title == "Arctic shipping" and content.articles == ()


def test_init_titles_from_the_folder_name_and_keeps_odd_titles_literal(tmp_path):
    init_briefing(tmp_path / "russia-iran_ties")
    assert load_content(tmp_path / "russia-iran_ties").briefing.title == "Russia iran ties"
    init_briefing(tmp_path / "b", title="no")
    assert load_content(tmp_path / "b").briefing.title == "no"


def test_init_refuses_an_existing_briefing_and_changes_nothing(tmp_path, capsys):
    folder = tmp_path / "brief"
    assert main(["init", str(folder)]) == 0
    (folder / "briefing.yml").write_text("title: Mine\n")
    assert main(["init", str(folder)]) == 1
    assert "E308" in capsys.readouterr().err
    assert (folder / "briefing.yml").read_text() == "title: Mine\n"
    # Content without settings is a briefing too: init must not adopt it silently.
    other = tmp_path / "other"
    write(other / "actors" / "x.yml", "name: X\ntype: person\n")
    assert main(["init", str(other)]) == 1
    assert "already holds a briefing" in capsys.readouterr().err
    assert not (other / "briefing.yml").exists()
    (tmp_path / "file").write_text("")
    assert main(["init", str(tmp_path / "file")]) == 1


def test_init_completes_an_empty_folder(tmp_path):
    (tmp_path / "brief").mkdir()
    written = init_briefing(tmp_path / "brief")
    assert len(written) == 5


def test_import_into_a_new_folder_creates_a_briefing_that_checks(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["import", str(RAW), "--content", "new", "--source", "Reuters"]) == 0
    out = capsys.readouterr().out
    assert "wrote new/briefing.yml" in out
    assert "imported into new/articles/" in out and "check --content new" in out
    assert len(load_content(tmp_path / "new").articles) == 1


@pytest.mark.slow
def test_init_import_build_in_three_commands(tmp_path):
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "generator", *args], cwd=tmp_path, capture_output=True, text=True
        )

    paths = Paths.for_content(tmp_path / "mybrief")
    try:
        assert run("init", "mybrief").returncode == 0
        assert run("import", str(RAW), "--content", "mybrief").returncode == 0
        result = run("build", "--content", "mybrief")
        assert result.returncode == 0, result.stderr
        assert (paths.site / "index.html").is_file()
        # Pages that invite a correction name this briefing's folder, not the bundled one.
        home = (paths.docs / "index.md").read_text()
        # (the article's one event, "the Kremlin said", is proposed: no invitation for events)
        assert "`mybrief/agreements/`" in home and "content/" not in home
        found = [p.read_text() for p in (paths.docs / "actors").glob("*.md")]
        found = [page for page in found if "Found by language analysis" in page]
        assert found and all("add a file in <code>mybrief/actors/</code>" in page for page in found)
    finally:
        shutil.rmtree(paths.docs.parent, ignore_errors=True)
