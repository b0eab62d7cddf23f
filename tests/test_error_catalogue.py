"""One catalogue of error codes: every code used is listed, documented and tested."""

from __future__ import annotations

import re

from conftest import ROOT

from generator.errors import CATALOGUE

CODE = re.compile(r"\b([EW]\d{3})\b")


def _used_in_source() -> set[str]:
    return {
        code
        for path in (ROOT / "generator").rglob("*.py")
        if path.name != "errors.py"
        for code in re.findall(r"[\"']([EW]\d{3})[\"']", path.read_text(encoding="utf-8"))
    }


def test_every_code_raised_is_in_the_catalogue():
    assert _used_in_source() <= set(CATALOGUE)


def test_every_catalogue_code_is_raised_somewhere():
    assert set(CATALOGUE) <= _used_in_source()


def test_every_code_is_documented_in_the_content_readme():
    readme = (ROOT / "content/README.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^\| ([EW]\d{3}) \|", readme, re.MULTILINE))
    assert documented == set(CATALOGUE)


def test_every_code_is_exercised_by_a_test():
    tested = {
        code
        for path in (ROOT / "tests").glob("test_*.py")
        if path.name != "test_error_catalogue.py"
        for code in CODE.findall(path.read_text(encoding="utf-8"))
    }
    missing = set(CATALOGUE) - tested
    assert not missing, f"no test expects {sorted(missing)}"
