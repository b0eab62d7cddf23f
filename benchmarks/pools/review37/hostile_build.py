"""Hostile values through a full build (review37, perf61's escaping): the mini fixture
briefing built twice with the bundled templates, once with plain words and once with Markdown
syntax (lists, headings, rules, setext underlines, admonitions, links, images, emphasis, code,
attribute lists, tables, quotes, fences) in every value a page shows: actors' names, aliases and
descriptions, the briefing's title and summary, an article's title, source and paragraphs, an
event's description. Every page's tags are counted in both; a page whose tags differ, or any
payload that became markup, is printed.

Usage: ``.venv/bin/python benchmarks/pools/review37/hostile_build.py OUT`` from the project
folder (OUT: a new folder for the two briefings and sites; remove it after).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
HOSTILE = [
    "- a list?",
    "1. a list?",
    "# heading?",
    "===",
    "---",
    "!!! note",
    "(javascript:alert(1))",
    "![img](x.png)",
    "[a](javascript:1)",
    "*em* _em_",
    "`code`",
    "{: #id .cls }",
    "| a | b |",
    "> quoted?",
    "Wow!",
    "C#",
    "x\\",
    "??? note",
    "~~~",
    "+ plus",
    ") and (",
    "a](b) [c",
    "-- x --",
]
MARKUP = (
    'href="javascript',
    "<img",
    'src="x.png"',
    "<em>em",
    "<code>code",
    'id="id"',
    "<li>a list",
    "<h1>heading",
    "<h2>heading",
    "<blockquote>\n<p>quoted",
    '"admonition note"><p class="admonition-title">Note',
)
TAG = re.compile(r"<(/?[a-zA-Z][a-zA-Z0-9]*)")


def briefing(out: Path, hostile: bool) -> Path:
    """The mini briefing with a value (hostile or plain) in each place a page shows one."""

    def v(i: int) -> str:
        return HOSTILE[i % len(HOSTILE)] if hostile else f"plain{i}"

    content = out / ("bad" if hostile else "good") / "content"
    shutil.copytree(ROOT / "tests/fixtures/mini", content)
    y = json.dumps
    (content / "actors/rufus-firefly.yml").write_text(
        "name: Rufus Firefly\ntype: person\naliases:\n  - Firefly\n"
        f"  - {y(v(0) + ' z')}\ndescription: {y(' '.join(map(v, (1, 2, 3))))}\n"
    )
    (content / "actors/sylvania.yml").write_text(
        f"name: Sylvania\ntype: state\ndescription: {y(v(3))}\n"
    )
    (content / "actors/acme-corporation.yml").write_text(
        "name: Acme Corporation\ntype: organisation\naliases:\n  - Acme\n"
        f"description: {y(' '.join(map(v, (5, 6, 7, 8))))}\n"
    )
    title = "- Wow! (x) ---" if hostile else "plain9"  # a name: no < > [ ] { } | \ ` * _ #
    (content / "briefing.yml").write_text(
        f"title: {y('Brief ' + title)}\nsummary: {y(v(10) + ' ' + v(11))}\n"
    )
    for path in (content / "articles").glob("*.md"):
        text = path.read_text()
        text = text.replace(
            "title: Summit held in Freedonia", f"title: {y(v(12) + ' summit ' + v(13))}"
        )
        text = text.replace("source: Fixture Wire", f"source: {y(v(14) + ' Wire ' + v(15))}")
        said = (f"Rufus Firefly said {v(i)}" for i in range(16, 23))
        path.write_text(text.rstrip("\n") + "\n\n" + "\n\n".join(said) + "\n")
    for path in (content / "events").glob("*.yml"):
        extra = f"description: {y(' '.join(map(v, (20, 21, 22))))}\n"
        path.write_text(path.read_text().rstrip("\n") + "\n" + extra)
    site = content.parent / "site"
    docs = content.parent / "docs"
    command = ["build", "--content", str(content), "--site", str(site), "--docs", str(docs)]
    subprocess.run(
        [sys.executable, "-m", "generator", *command], cwd=ROOT, check=True, capture_output=True
    )
    return site


def pages(site: Path) -> dict[str, str]:
    return {p.relative_to(site).as_posix(): p.read_text() for p in site.rglob("*.html")}


def main() -> None:
    out = Path(sys.argv[1])
    good, bad = pages(briefing(out, False)), pages(briefing(out, True))
    print(
        f"{len(good)} plain pages, {len(bad)} hostile; only hostile: {sorted(set(bad) - set(good))}"
    )
    for name in sorted(set(good) & set(bad)):
        plain, hostile = Counter(TAG.findall(good[name])), Counter(TAG.findall(bad[name]))
        if plain != hostile:
            print(f"{name}: tags added {dict(hostile - plain)}, lost {dict(plain - hostile)}")
    for name, html in sorted(bad.items()):
        for markup in MARKUP:
            if markup in html:
                print(f"{name}: {markup!r} became markup")


if __name__ == "__main__":
    main()
