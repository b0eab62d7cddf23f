"""The READMEs a user reads link only to files that exist and to headings that exist.

Their links are followed on the code host, which names a heading's anchor GitHub's way (lower
case, punctuation dropped, spaces to hyphens, a repeated heading numbered): a heading renamed or
a section moved would leave a link that opens the file at its top, which no other test sees
(the site's LinkChecker crawl reads the built site, not these files)."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
from conftest import ROOT

READMES = ("README.md", "content/README.md", "SECURITY.md", "tests/fixtures/README.md")
FENCE = re.compile(r"^(```|~~~).*?^\1[^\n]*$", re.MULTILINE | re.DOTALL)
CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+?\1", re.DOTALL)
LINK = re.compile(r"(?<!\\)\]\(([^()\s]+)(?:\s+\"[^\"]*\")?\)")
HEADING = re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t]*#*[ \t]*$", re.MULTILINE)
SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:", re.IGNORECASE)


def _prose(text: str) -> str:
    """The text a reader sees as prose: code blocks and code spans hold examples, not links."""
    return CODE_SPAN.sub("", FENCE.sub("", text))


def slug(heading: str) -> str:
    """GitHub's anchor for a heading: inline code marks dropped, then every character that is
    not a letter, digit, underscore, hyphen or space, then each space made a hyphen."""
    text = heading.strip().lower().replace("`", "")
    return re.sub(r"[^\w\- ]", "", text).replace(" ", "-")


def anchors(text: str) -> set[str]:
    """Every heading's anchor in a Markdown file, a repeated one numbered -1, -2 as GitHub does."""
    seen: dict[str, int] = {}
    out: set[str] = set()
    for match in HEADING.finditer(FENCE.sub("", text)):
        base = slug(match.group(2))
        count = seen.get(base, 0)
        seen[base] = count + 1
        out.add(base if count == 0 else f"{base}-{count}")
    return out


@cache
def anchors_of(path: Path) -> frozenset[str]:
    return frozenset(anchors(path.read_text(encoding="utf-8")))


def links(path: Path) -> list[str]:
    return LINK.findall(_prose(path.read_text(encoding="utf-8")))


def test_slugs_follow_the_code_hosts_rule():
    assert slug("Annotation on a Dask cluster") == "annotation-on-a-dask-cluster"
    assert slug("Export: `site/data/entities.json`") == "export-sitedataentitiesjson"
    assert slug("10,000 articles, memory (2026-12-06, session 29)") == (
        "10000-articles-memory-2026-12-06-session-29"
    )
    assert slug("Results history (moved from README.md)") == "results-history-moved-from-readmemd"
    assert anchors("# A\n\n## A\n\n```\n# not a heading\n```\n## A\n") == {"a", "a-1", "a-2"}


def test_links_in_code_are_examples_not_links():
    text = "See [Tests](#tests), not `[x](javascript:1)`.\n\n```md\n[y](missing.md)\n```\n"
    assert LINK.findall(_prose(text)) == ["#tests"]


@pytest.mark.parametrize("readme", READMES)
def test_every_relative_link_and_anchor_resolves(readme):
    source = ROOT / readme
    broken = []
    for target in links(source):
        if SCHEME.match(target):
            continue  # another host: LinkChecker's crawl leaves those alone as well
        file_part, _, anchor = target.partition("#")
        path = (source.parent / file_part).resolve() if file_part else source
        if not path.exists() or ROOT.resolve() not in (path, *path.parents):
            broken.append(f"{target}: no such file in the repository")
        elif anchor and (path.suffix != ".md" or anchor not in anchors_of(path)):
            broken.append(f"{target}: no heading #{anchor} in {path.relative_to(ROOT.resolve())}")
    assert not broken, f"{readme}: " + "; ".join(broken)


def test_the_readme_links_to_where_its_figures_came_from():
    """The results table and Quality keep one figure a row; the history they had is a link away."""
    targets = links(ROOT / "README.md")
    assert "benchmarks/README.md#results-history-moved-from-readmemd" in targets
    assert sum(t.startswith("benchmarks/README.md#") for t in targets) >= 10
