"""LinkChecker over the whole built site: every internal link and every #anchor resolves.

The bundled briefing is built (with edit links, as CI publishes it), served on localhost and
crawled from the home page, the review page (which no reader page links to) and 404.html.
Links to other hosts are not followed (no ``--check-extern``): the test needs no internet.
Over HTTP, not ``file://``, because a ``page/#anchor`` link to a folder is only checked when a
server answers it with the folder's index.html.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, serve

from generator.build import Paths, build

pytestmark = pytest.mark.slow

CONFIG = """\
[checking]
threads=4
# Local server only: lifted from LinkChecker's polite 10 requests a second, which
# applies only while the server also answers with a "LinkChecker" header (see `serve`).
maxrequestspersecond=1000
[AnchorCheck]
"""
"""The anchor check is a plugin, enabled by its section; without it `#x` is never looked at."""

HEADERS = {"LinkChecker": "local test server"}
SUMMARY = re.compile(r"(\d+) links? in (\d+) URLs? checked\. (\d+) warnings? found\. (\d+) errors?")


def linkcheck(config: Path, *urls: str) -> tuple[int, int, int, str]:
    """Run LinkChecker; return (URLs checked, warnings, errors, its report)."""
    result = subprocess.run(
        [sys.executable, "-m", "linkcheck", "-f", str(config), "--no-status", "-o", "text", *urls],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    found = SUMMARY.search(result.stdout)
    assert found, result.stdout + result.stderr
    urls_checked, warnings, errors = (int(found[n]) for n in (2, 3, 4))
    # Exit code 1 means broken links or warnings; anything else is LinkChecker failing.
    assert result.returncode == (1 if warnings or errors else 0), result.stderr
    return urls_checked, warnings, errors, result.stdout


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "linkcheckerrc"
    path.write_text(CONFIG, encoding="utf-8")
    return path


def test_the_check_reports_a_missing_page_and_a_missing_anchor(tmp_path: Path, config: Path):
    """Proof that the configuration catches both kinds of breakage the next test rules out."""
    site = tmp_path / "site"
    (site / "page").mkdir(parents=True)
    (site / "index.html").write_text(
        '<a href="page/#here">ok</a> <a href="page/#gone">anchor</a> <a href="nope/">page</a>',
        encoding="utf-8",
    )
    (site / "page" / "index.html").write_text('<h1 id="here">Here</h1>', encoding="utf-8")
    with serve(site, HEADERS) as url:
        checked, warnings, errors, report = linkcheck(config, url)
    assert (checked, warnings, errors) == (4, 1, 1), report
    assert "Anchor `gone' (decoded: `gone') not found" in report
    assert "nope/" in report and "404" in report


def test_every_internal_link_and_anchor_of_the_site_resolves(
    tmp_path: Path, config: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv("BRIEFING_REPO_URL", "https://github.com/example/briefing")
    site = tmp_path / "site"
    build(Paths(ROOT / "content", site, tmp_path / "docs", tmp_path / "cache"))
    pages = len(list(site.rglob("*.html")))
    with serve(site, HEADERS) as url:
        checked, warnings, errors, report = linkcheck(
            config, url, url + "review/", url + "404.html"
        )
    assert (warnings, errors) == (0, 0), report
    assert checked > pages  # every page was reached, and its assets
