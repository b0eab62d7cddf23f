"""Golden files: the generated Markdown and export of the bundled seed briefing.

After an intended change to templates, content or resolution, regenerate them with
``make golden`` (``UPDATE_GOLDEN=1 pytest tests/test_golden.py``) and review the diff.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from conftest import ROOT

from generator.build import Paths, Report, generate

GOLDEN = Path(__file__).resolve().parent / "golden" / "seed"
pytestmark = pytest.mark.slow


def test_generated_pages_match_the_golden_files(tmp_path):
    paths = Paths(ROOT / "content", tmp_path / "site", tmp_path / "docs", tmp_path / "cache")
    _, files = generate(paths, None, Report())
    if os.environ.get("UPDATE_GOLDEN"):
        shutil.rmtree(GOLDEN, ignore_errors=True)
        for relative, text in files.items():
            target = GOLDEN / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8", newline="\n")
    expected = {
        str(p.relative_to(GOLDEN)): p.read_text(encoding="utf-8")
        for p in sorted(GOLDEN.rglob("*"))
        if p.is_file()
    }
    assert sorted(files) == sorted(expected), "pages added or removed: run 'make golden'"
    for relative, text in files.items():
        assert text == expected[relative], f"{relative} differs: run 'make golden' and review"
