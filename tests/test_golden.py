"""Golden files: the generated Markdown and export of two briefings.

- ``golden/seed``: the bundled briefing with the real spaCy model (slow; a model update
  changes it).
- ``golden/mini``: ``tests/fixtures/mini`` with a blank pipeline (sentencizer and the curated
  EntityRuler only), so templates, linking and evidence are pinned by files that a model update
  never touches.

After an intended change to templates, content or resolution, regenerate both with
``make golden`` (``UPDATE_GOLDEN=1 pytest tests/test_golden.py``) and review the diff.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from conftest import FIXTURES, ROOT

from generator.build import Paths, Report, generate

GOLDEN = Path(__file__).resolve().parent / "golden"


def check_golden(files: dict[str, str], golden: Path) -> None:
    """Compare generated files with a golden folder, rewriting it first under UPDATE_GOLDEN."""
    if os.environ.get("UPDATE_GOLDEN"):
        shutil.rmtree(golden, ignore_errors=True)
        for relative, text in files.items():
            target = golden / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8", newline="\n")
    expected = {
        p.relative_to(golden).as_posix(): p.read_text(encoding="utf-8")
        for p in sorted(golden.rglob("*"))
        if p.is_file()
    }
    assert sorted(files) == sorted(expected), "pages added or removed: run 'make golden'"
    for relative, text in files.items():
        assert text == expected[relative], f"{relative} differs: run 'make golden' and review"


def generate_files(content: Path, tmp_path: Path, model: str | None) -> dict[str, str]:
    paths = Paths(content, tmp_path / "site", tmp_path / "docs", tmp_path / "cache")
    _, files = generate(paths, model, Report())
    return files


@pytest.mark.slow
def test_seed_pages_with_the_real_model_match_the_golden_files(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)  # pages name the content folder relative to the working directory
    check_golden(generate_files(ROOT / "content", tmp_path, None), GOLDEN / "seed")


def test_mini_pages_with_a_blank_pipeline_match_the_golden_files(
    tmp_path, monkeypatch, blank_model
):
    content = tmp_path / "content"
    shutil.copytree(FIXTURES / "mini", content)
    monkeypatch.chdir(tmp_path)  # the pages call the folder "content" wherever pytest runs
    check_golden(generate_files(content, tmp_path, "blank"), GOLDEN / "mini")
