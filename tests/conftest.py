"""Shared fixtures: the project paths and a small content folder built in tmp_path."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def mini_content(tmp_path: Path) -> Path:
    """A copy of tests/fixtures/mini: two short articles and a few curated entities."""
    target = tmp_path / "content"
    shutil.copytree(FIXTURES / "mini", target)
    return target


def write(path: Path, text: str) -> Path:
    """Write dedented text, creating folders: keeps fixtures readable inside tests."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path
