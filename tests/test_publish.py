"""Publish-stage units that need no NLP: the build epoch and the staging folders."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import ROOT

from generator.publish import EPOCH_RANGE, STAGING_LOCK, Targets, build_epoch, publish


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
from generator.publish import staging_folder

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
