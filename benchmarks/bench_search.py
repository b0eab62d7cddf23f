"""Benchmark: the theme's search against the split search on the same pages, in Chromium.

Usage:
  .venv/bin/python benchmarks/bench_search.py --docs DIR [--query NAME --expect PATH]
  .venv/bin/python benchmarks/bench_search.py --synthetic 10000

The pages go through the real publish path (``generator.publish.publish``: staging, ``mkdocs
build --strict``, then the theme's index trimmed to 1 MB or split) once per search, and each
site is searched as ``bench_build.py`` does: first result after typing in headless Chromium
(cache cleared, fastest of 3), and the bytes the search fetched, counted at the server.

``--docs`` takes the Markdown of a real build (``make bench`` with ``--keep DIR`` leaves it in
``DIR/n1000/docs``); the query is the most-mentioned person, as in ``bench_build.py``.
``--synthetic N`` writes N article pages of real Wikinews text (titles naming two actors) and
an actor page per 7 articles with three aliases each, without the NLP: a stand-in for a
briefing of N articles, labelled as such in the output.
"""

from __future__ import annotations

import argparse
import csv
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_build import DEFAULT_CORPUS, ROOT, search_files, search_name, time_search

from generator.publish import Targets, publish

NEVER = 10**9


def synthetic_docs(articles: int, folder: Path, corpus: Path) -> tuple[str, str]:
    """Write a synthetic briefing's Markdown into ``folder``; return an alias to search for
    and the page it must find."""
    csv.field_size_limit(10**7)
    with corpus.open(encoding="utf-8", newline="") as handle:
        rows = [(row["title"], row["text"]) for row in csv.DictReader(handle)]
    rng = random.Random(10)
    first = "Vladimir Ali Hassan Sergei Dmitry Javad Ebrahim Masoud Abbas Olaf Yulia Maria".split()
    parts = "pu kha ra lav ro ve za ri sha ni ko mo de la ba ta fa ha ga jo ne me sa".split()
    endings = "tin nei ni ov ev sky ian zadeh pour ari yev enko ovich adi".split()
    actors: dict[str, list[str]] = {}
    surnames: set[str] = set()
    while len(actors) < max(2, articles // 7):
        last = rng.choice(parts).capitalize() + rng.choice(parts) + rng.choice(endings)
        if last not in surnames:
            surnames.add(last)
            name = f"{rng.choice(first)} {last}"
            actors[name] = [name, last, f"President {last}"]
    people = sorted(actors)
    for name in people:
        slug = name.lower().replace(" ", "-")
        tags = "".join(f"- {alias}\n" for alias in actors[name])
        page = folder / "actors" / f"{slug}.md"
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(
            f"---\ntags:\n{tags}---\n\n# {name}\n\n{name} is a person in the briefing.\n",
            encoding="utf-8",
        )
    for number in range(articles):
        title, text = rows[number % len(rows)]
        one, two = rng.sample(people, 2)
        body = "\n\n".join(p.strip() for p in text.split("\n") if p.strip())
        page = folder / "articles" / f"a{number:05d}.md"
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(f"# {one} and {two}: {title}\n\n{body}\n", encoding="utf-8")
    (folder / "index.md").write_text("# Synthetic briefing\n\nSearch it.\n", encoding="utf-8")
    for section in ("actors", "agreements", "events", "articles", "timeline", "graph"):
        page = folder / section / "index.md"  # the pages the navigation names
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(f"# {section.capitalize()}\n\nA plain page.\n", encoding="utf-8")
    name = people[len(people) // 2]
    return name, f"actors/{name.lower().replace(' ', '-')}/"


def build_site(files: dict[str, str], folder: Path, split_pages: int) -> float:
    """Publish ``files`` into ``folder/site`` with the given threshold; return the seconds."""
    targets = Targets(
        docs=folder / "docs",
        site=folder / "site",
        config=ROOT / "mkdocs.yml",
        assets=ROOT / "templates" / "assets",
        theme=ROOT / "templates" / "theme",
        sources=(),
        roots=(),
    )
    start = time.perf_counter()
    publish(
        files,
        targets,
        site_name="Search benchmark",
        dates=["2019-01-01"],
        split_pages=split_pages,
    )
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--docs", type=Path, help="the Markdown of a real build")
    source.add_argument("--synthetic", type=int, help="articles of a synthetic briefing")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--query", help="what to type (default: the most-mentioned person)")
    parser.add_argument("--expect", help="the address the query must find first")
    parser.add_argument("--keep", type=Path, help="build in this folder and keep it")
    parser.add_argument("--modes", default="theme,split", help="which searches to build")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="briefing-search-") as scratch:
        tmp = args.keep or Path(scratch)
        tmp.mkdir(parents=True, exist_ok=True)
        if args.synthetic:
            docs = tmp / "synthetic-docs"
            query, expect = synthetic_docs(args.synthetic, docs, args.corpus)
            label = f"SYNTHETIC briefing of {args.synthetic:,} articles (no NLP)"
        else:
            docs, query, expect = args.docs, args.query, args.expect
            label = f"pages of a real build ({docs})"
        files = {
            path.relative_to(docs).as_posix(): path.read_text(encoding="utf-8")
            for path in sorted(docs.rglob("*"))
            if path.is_file() and path.relative_to(docs).parts[0] != "assets"
        }
        print(f"{label}: {sum(1 for f in files if f.endswith('.md')):,} pages")
        modes = {"theme": ("theme's search", NEVER), "split": ("split search", 0)}
        for key in args.modes.split(","):
            mode, threshold = modes[key]
            folder = tmp / key
            seconds = build_site(files, folder, threshold)
            site = folder / "site"
            if query is None:
                query, expect = search_name(site)
            found = time_search(site, query, expect or "")
            print(
                f"  {mode}: publish {seconds:.1f}s; {search_files(site)}\n"
                f"    '{query}': first result {found['first_result_s']:.2f}s, "
                f"{found['bytes']:,} bytes fetched, top {found['top']} "
                f"(expected page first: {found['top_is_entity']})"
            )
            if not args.keep:
                shutil.rmtree(folder)


if __name__ == "__main__":
    main()
