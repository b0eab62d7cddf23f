"""The robustness benchmark's own guards (``benchmarks/bench_robust.py``, ``site_check.py``):
it never reads the blind blocks (45 on) the lead builds apart, and its page check finds what it
names. The benchmark itself runs with ``make bench-robust``, not here."""

import runpy
import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _module(name: str) -> SimpleNamespace:
    """A benchmark script's functions (its own globals, not imported as a module)."""
    return SimpleNamespace(**runpy.run_path(str(ROOT / "benchmarks" / f"{name}.py")))


@pytest.mark.skipif(
    shutil.which("git") is None or not (ROOT / ".git").exists(), reason="not a git checkout"
)
def test_the_blind_blocks_are_left_out_unless_asked_for():
    bench = _module("bench_robust")
    shown = [bench.shown(p) for p in bench.sources(list(bench.DEFAULT_EXCLUDE))]
    assert "tests/gold/blind44-articles.csv" in shown
    assert not [s for s in shown if any(f"blind{n}" in s for n in range(45, 100))]
    assert "benchmarks/pools/actors56/raw/r01.txt" in shown  # one article per file
    assert not [s for s in shown if "/phoenix/" in s or s.endswith("before.txt")]
    only = bench.sources([], ["benchmarks/pools/robust48/*"])
    assert [bench.shown(p) for p in only] == ["benchmarks/pools/robust48/hostile.csv"]


def test_the_page_check_finds_broken_links_titles_and_tables(tmp_path):
    check = _module("site_check")
    site = tmp_path / "site"
    page = site / "actors" / "x"
    page.mkdir(parents=True)
    (site / "events" / "y").mkdir(parents=True)
    (site / "events" / "y" / "index.html").write_text('<h1 id="y">Meeting of X</h1>')
    (page / "index.html").write_text(
        '<article class="md-content__inner md-typeset"><h1>Ministers said they will go'
        ' <a class="headerlink" href="#top">¶</a></h1>'
        '<p><a href="../../events/y/">ok</a> <a href="../../events/y/#y">ok</a>'
        ' <a href="../../events/z/">gone</a> <a href="../../events/y/#nope">no anchor</a>'
        ' <a href="https://example.org/">outside</a> **bold** left as text</p>'
        "<table><tr><th>a</th><th>b</th></tr><tr><td>a | b</td></tr></table></article>"
    )
    found = check.check_site(site, site)
    assert set(found) == {
        ("actors", "sentence title"),
        ("actors", "broken link"),
        ("actors", "broken anchor"),
        ("actors", "raw markdown"),
        ("actors", "broken table"),
    }
    assert found[("actors", "broken link")] == ["actors/x"]
