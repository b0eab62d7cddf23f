"""Benchmark: build briefings of 100 and 1,000 articles (10,000 on request) made from real text.

Usage: .venv/bin/python benchmarks/bench_build.py [--sizes 100,1000] [--no-browser] [--keep DIR]
       [--scheduler ADDRESS|local]

Each corpus is made from the 171 Wikinews articles of ``../shared/corpora/wikinews_2019.csv``
and the seed articles, copied as often as needed; every copy after the first is varied (dates
shifted, about half of the names that are only ever written capitalised given another ending),
so texts differ (no two share an annotation) and new actors appear as the corpus grows.

For each size, every build is a fresh interpreter (a whole command, as a user runs it), and
prints per-stage wall times, peak memory (the build's process and its children), pages and
search-index bytes:
1. cold ``--pages-only`` (empty annotation cache): the generator's cold cost;
2. full build with the site engine (cache warm);
3. one article edited, ``--pages-only`` again: the rebuild, and how many Markdown files changed;
4. full build after the edit: what the site engine costs when few pages change;
and two ratios measured in the same run: the annotate stage against plain spaCy ``nlp.pipe``
(same pipeline, same texts, ``n_process=2``), and MkDocs on our pages against MkDocs on as
many plain pages (a heading and a paragraph each, at the same paths). With Chromium installed,
it also times search on the built site (the theme's, or above 3,000 pages the split search;
``bench_search.py`` compares the two on the same pages): from typing an actor's name to the
first result, and the bytes the search fetched.
With ``--scheduler`` (a Dask scheduler's address, or ``local`` for a ``LocalCluster`` of one
single-threaded worker process per core started here), a fifth build: cold ``--pages-only``
again with its own empty cache, annotating on the cluster, timed against the first and checked
byte for byte against its pages and cache.

Speed is measured here, never in timed tests. Numbers go in benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import datetime as dt
import functools
import hashlib
import http.server
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

if TYPE_CHECKING:  # imported where used: ``run`` starts spaCy before the generator's imports
    from generator.importer import RawArticle

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "wikinews_2019.csv"
DEFAULT_SEEDS = ROOT.parent / "shared" / "seeds"
SEED_DATES = {"000_1cdeef60ae2fad64.txt": "2024-10-11"}
ENDINGS = ("ov", "son", "ez", "ini", "berg", "escu", "sky", "ani", "ard", "elli", "stad")
KEEP_WORDS = frozenset(
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)
NAME_RE = re.compile(r"\b[A-Z][a-z]{2,}\b")


# -- corpus ----------------------------------------------------------------------------------
def _digest(*parts: object) -> int:
    return int(hashlib.sha256(repr(parts).encode()).hexdigest()[:8], 16)


def base_articles(corpus: Path, seeds: Path) -> list[RawArticle]:
    from generator.importer import read_sources

    articles = read_sources([corpus])
    for path in sorted(seeds.glob("*.txt")) if seeds.is_dir() else ():
        # The first seed names no date; its README gives it (the day of the meeting it reports).
        articles.extend(read_sources([path], date=SEED_DATES.get(path.name)))
    return articles


def name_words(articles: list[RawArticle]) -> frozenset[str]:
    """Words only ever written capitalised, that name no state, month or weekday: names."""
    from generator.gazetteer import state_name

    text = "\n".join(p for a in articles for p in (a.title, *a.paragraphs))
    lower = {w.lower() for w in re.findall(r"\b[a-z][a-z]+\b", text)}
    return frozenset(
        w
        for w in set(NAME_RE.findall(text))
        if w.lower() not in lower and w not in KEEP_WORDS and not state_name(w)
    )


def vary(article: RawArticle, copy: int, names: frozenset[str]) -> RawArticle:
    """Copy ``copy`` of an article: copy 0 as it is; later ones dated ``copy`` × 9 days later,
    with about half of the names given another ending (the same one across the copy, so a
    name changed in one article is changed in all of them)."""
    if copy == 0:
        return article

    def rename(match: re.Match[str]) -> str:
        word = match.group(0)
        if word not in names or _digest(word, copy) % 2:
            return word
        return word + ENDINGS[_digest(copy, word) % len(ENDINGS)]

    date = dt.date.fromisoformat(article.date) + dt.timedelta(days=9 * copy)
    return dataclasses.replace(
        article,
        title=NAME_RE.sub(rename, article.title),
        date=date.isoformat(),
        paragraphs=tuple(NAME_RE.sub(rename, p) for p in article.paragraphs),
        url=f"{article.url}?copy={copy}" if article.url else None,
    )


def make_content(size: int, folder: Path, corpus: Path, seeds: Path) -> Path:
    from generator.importer import write_articles

    base = base_articles(corpus, seeds)
    names = name_words(base)
    articles = [vary(base[i % len(base)], i // len(base), names) for i in range(size)]
    content = folder / "content"
    write_articles(articles, content)
    (content / "briefing.yml").write_text(
        f"title: Wikinews benchmark, {size} articles\n", encoding="utf-8"
    )
    return content


def edit_one(content: Path) -> Path:
    """Correct one article, as editors do: a sentence added to its last paragraph."""
    files = sorted((content / "articles").glob("*.md"))
    path = files[len(files) // 2]
    text = path.read_text(encoding="utf-8").rstrip("\n")
    path.write_text(text + " The ministry later corrected the figure.\n", encoding="utf-8")
    return path


# -- one build in a fresh interpreter ---------------------------------------------------------
def child_build(args: list[str]) -> None:
    """``run CONTENT SITE DOCS CACHE [--pages-only] [--scheduler ADDRESS]``: build, print a
    JSON report. As the command line does, a rebuild's spaCy process is started before the
    stages are imported (``generator.preload``)."""
    from generator.paths import Paths
    from generator.preload import for_build

    paths = Paths(*map(Path, args[:4]))
    pages_only = "--pages-only" in args
    scheduler = args[args.index("--scheduler") + 1] if "--scheduler" in args else None
    with for_build(paths, None, scheduler) or contextlib.nullcontext() as preloaded:
        from generator.build import build

        report = build(paths, pages_only=pages_only, scheduler=scheduler, preloaded=preloaded)
    print(
        json.dumps(
            {
                "timings": report.timings,
                "pages": sum(report.pages.values()),
                "peak_self_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                "peak_children_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
            }
        )
    )


def child_raw(args: list[str]) -> None:
    """``raw CONTENT``: plain ``nlp.pipe`` of the annotate stage's pipeline over the same
    paragraphs, ``n_process=2``; print seconds (model load included, as in the stage)."""
    from generator.annotate import choose_model, load_pipeline, ruler_patterns
    from generator.load import load_content

    content = load_content(Path(args[0]))
    texts = [p for a in content.articles for p in a.paragraphs]
    start = time.perf_counter()
    nlp = load_pipeline(choose_model(None), ruler_patterns(content.entities))
    loaded = time.perf_counter()
    for _doc in nlp.pipe(texts, n_process=2, batch_size=64):
        pass
    end = time.perf_counter()
    print(json.dumps({"seconds": end - start, "load": loaded - start, "paragraphs": len(texts)}))


def run_child(*args: str) -> tuple[dict, float]:
    start = time.perf_counter()
    out = subprocess.run(
        [sys.executable, __file__, *args], capture_output=True, text=True, check=False
    )
    wall = time.perf_counter() - start
    if out.returncode:
        sys.exit(f"{args[0]} failed:\n{out.stdout}\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1]), wall


# -- the site engine on plain pages -----------------------------------------------------------
def plain_engine(docs: Path, folder: Path) -> float:
    """MkDocs, same configuration, on as many plain pages at the same paths as ``docs``."""
    from generator.build import PROJECT
    from generator.publish import Targets, mkdocs_config, run_mkdocs

    plain = folder / "plain-docs"
    for page in docs.rglob("*.md"):
        target = plain / page.relative_to(docs)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(f"# Page {page.stem}\n\nA plain paragraph of text.\n", encoding="utf-8")
    targets = Targets(
        docs=plain,
        site=folder / "plain-site",
        config=PROJECT / "mkdocs.yml",
        assets=PROJECT / "templates" / "assets",
        theme=PROJECT / "templates" / "theme",
        sources=(),
        roots=(),
    )
    shutil.copytree(targets.assets, plain / "assets")
    config = mkdocs_config(targets, plain, targets.site, "Plain", folder)
    start = time.perf_counter()
    result = run_mkdocs(config, "946684800", "build")
    if result.returncode:
        sys.exit(result.stdout + result.stderr)
    return time.perf_counter() - start


# -- search in a browser ----------------------------------------------------------------------
@contextlib.contextmanager
def served(site: Path, log: list[str] | None = None) -> Iterator[str]:
    """Serve ``site`` on a free local port; every path served is appended to ``log``."""

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            if log is not None:
                log.append(self.path.split("?", 1)[0])

    handler = functools.partial(Quiet, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def search_name(site: Path) -> tuple[str, str]:
    """The most-mentioned person's name and its page: what a reader would look for."""
    entities = json.loads((site / "data" / "entities.json").read_text(encoding="utf-8"))
    actors = [e for e in entities if e["kind"] == "actor" and e["type"] == "person"]
    top = max(actors, key=lambda e: (len(e.get("mentions") or ()), e["id"]))
    return top["name"], top["url"]


def time_search(site: Path, query: str, expect: str, runs: int = 3) -> dict:
    """Seconds from typing ``query`` (right after the home page loaded) to the first result
    in headless Chromium, fastest of ``runs``; and the bytes the search downloaded.

    The bytes are counted at the server (the files served whose path names the search:
    the theme's index and worker, or the split index's stub, worker, shards and result
    chunks), since a worker's fetches are not in the page's resource timing.
    """
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or ""
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--window-size=1280,1000"):
        options.add_argument(flag)
    scratch = tempfile.mkdtemp(prefix="chromium-")  # Chromium leaves a folder in TMPDIR
    env = {**os.environ, "TMPDIR": scratch}
    driver = webdriver.Chrome(
        service=Service(executable_path=shutil.which("chromedriver"), env=env), options=options
    )
    results = []
    log: list[str] = []
    try:
        with served(site, log) as base:
            for _ in range(runs):
                driver.execute_cdp_cmd("Network.clearBrowserCache", {})
                log.clear()
                driver.get(base)
                start = time.perf_counter()
                driver.find_element(
                    By.CSS_SELECTOR, "label.md-search__icon, .md-search__input"
                ).click()
                driver.find_element(By.CSS_SELECTOR, "input.md-search__input").send_keys(query)
                WebDriverWait(driver, 300, poll_frequency=0.02).until(
                    lambda d: d.find_elements(By.CSS_SELECTOR, ".md-search-result__item")
                )
                first = time.perf_counter() - start
                href = driver.execute_script(
                    "return document.querySelector('.md-search-result__link').href"
                )
                time.sleep(0.5)  # let fetches still under way for this query finish
                fetched = sum(
                    (site / path.lstrip("/")).stat().st_size
                    for path in set(log)
                    if "search" in path and (site / path.lstrip("/")).is_file()
                )
                results.append((first, href, fetched))
    finally:
        driver.quit()
        shutil.rmtree(scratch, ignore_errors=True)
    first, href, fetched = min(results)
    return {"first_result_s": first, "top": href, "top_is_entity": expect in href, "bytes": fetched}


def search_files(site: Path) -> str:
    """Which search the site has, and its size."""
    index = site / "search" / "search_index.json"
    split = site / "search" / "split"
    if not split.is_dir():
        return f"theme's search, index {index.stat().st_size:,} bytes"
    shards = list((split / "terms").glob("*.json"))
    chunks = list((split / "docs").glob("*.json"))
    total = sum(p.stat().st_size for p in [index, *shards, *chunks])
    largest = max(p.stat().st_size for p in shards)
    return (
        f"split search, {len(shards)} shards (largest {largest:,} bytes) and {len(chunks)} "
        f"result chunks, {total:,} bytes in all, stub index {index.stat().st_size:,} bytes"
    )


# -- the report -------------------------------------------------------------------------------
STAGES = (
    "load", "annotate", "resolve", "extract", "link", "evidence", "render", "write", "mkdocs",
)  # fmt: skip


def line(label: str, data: dict, wall: float) -> str:
    t = data["timings"]
    steps = " ".join(f"{s} {t[s]:.2f}" for s in STAGES if s in t)
    peak = max(data["peak_self_mb"], data["peak_children_mb"])
    return f"  {label:<22} wall {wall:7.2f}s | {steps} | peak {peak:.0f} MB"


def files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def on_cluster(folder: Path, content: Path, cold: dict, cold_wall: float, address: str) -> None:
    """The cold ``--pages-only`` build again, annotating on the cluster: time and bytes."""
    site, docs, cache = folder / "dask-site", folder / "dask-docs", folder / "dask-cache"
    args = [str(content), str(site), str(docs), str(cache), "--pages-only"]
    dask, dask_wall = run_child("run", *args, "--scheduler", address)
    print(line("cold on the cluster", dask, dask_wall))
    same_pages = files(docs) == files(folder / "docs")
    same_cache = files(cache) == files(folder / "cache")
    ratio = dask["timings"]["annotate"] / cold["timings"]["annotate"]
    print(
        f"  annotate on the cluster {dask['timings']['annotate']:.2f}s vs here "
        f"{cold['timings']['annotate']:.2f}s: ratio {ratio:.2f}; whole command "
        f"{dask_wall / cold_wall:.2f}; pages identical {same_pages}, cache identical {same_cache}"
    )


def bench(size: int, tmp: Path, args: argparse.Namespace) -> None:
    folder = tmp / f"n{size}"
    folder.mkdir()
    content = make_content(size, folder, args.corpus, args.seeds)
    site, docs, cache = folder / "site", folder / "docs", folder / "cache"
    paths = [str(content), str(site), str(docs), str(cache)]
    print(f"{size} articles")
    cold, cold_wall = run_child("run", *paths, "--pages-only")
    print(line("cold --pages-only", cold, cold_wall))
    if args.scheduler:  # before the edit, so both cold builds read the same texts
        on_cluster(folder, content, cold, cold_wall, args.scheduler)
    full, full_wall = run_child("run", *paths)
    print(line("full build (warm)", full, full_wall))
    print(f"  pages {full['pages']}, {search_files(site)}")
    before = {p: p.stat().st_mtime_ns for p in docs.rglob("*.md")}
    time.sleep(0.01)
    edited = edit_one(content)
    edit, edit_wall = run_child("run", *paths, "--pages-only")
    after = {p: p.stat().st_mtime_ns for p in docs.rglob("*.md")}
    rewritten = sum(1 for p, m in after.items() if before.get(p) != m)
    print(line("edit 1 --pages-only", edit, edit_wall))
    print(
        f"  edited {edited.name}: {rewritten} of {len(after)} Markdown files rewritten; "
        f"rebuild/cold (whole commands) {edit_wall / cold_wall:.1%}"
    )
    again, again_wall = run_child("run", *paths)
    print(line("edit 1, full build", again, again_wall))
    raw, _ = run_child("raw", str(content))
    ratio = cold["timings"]["annotate"] / raw["seconds"]
    print(
        f"  annotate {cold['timings']['annotate']:.2f}s vs nlp.pipe(n_process=2) "
        f"{raw['seconds']:.2f}s (load {raw['load']:.2f}s, {raw['paragraphs']} paragraphs): "
        f"ratio {ratio:.2f}"
    )
    plain = plain_engine(docs, folder)
    print(
        f"  MkDocs {full['timings']['mkdocs']:.2f}s on our pages vs {plain:.2f}s on as many "
        f"plain pages: ratio {full['timings']['mkdocs'] / plain:.2f}"
    )
    if args.zensical:
        zen = zensical_engine(docs, folder, args.zensical)
        print(
            f"  Zensical {zen['version']}: {zen['status']} in {zen['seconds']:.2f}s, peak "
            f"{zen['peak_mb']:.0f} MB (MkDocs {full['timings']['mkdocs']:.2f}s)"
        )
    if args.browser and shutil.which("chromium") and shutil.which("chromedriver"):
        name, url = search_name(site)
        found = time_search(site, name, url)
        print(
            f"  search '{name}': first result {found['first_result_s']:.2f}s, "
            f"search downloads {found['bytes']:,} bytes; top hit {found['top']} "
            f"(the person's page: {found['top_is_entity']})"
        )


def zensical_engine(docs: Path, folder: Path, executable: str) -> dict:
    """Zensical (``executable``, from its own environment: its pins differ from ours) on the
    same Markdown with the project's mkdocs.yml, which it reads: seconds, peak memory and
    whether it finished. It wants docs and site inside the folder of its config."""
    from generator.build import PROJECT

    project = folder / "zensical"
    shutil.copytree(docs, project / "docs", ignore=shutil.ignore_patterns(".*"))
    # the generator writes the theme's assets into the docs folder itself (older ones did not)
    shutil.copytree(
        PROJECT / "templates" / "assets", project / "docs" / "assets", dirs_exist_ok=True
    )
    shutil.copytree(PROJECT / "templates", project / "templates")
    config = (PROJECT / "mkdocs.yml").read_text(encoding="utf-8")
    config = re.sub(r"(?m)^docs_dir: .*$", "docs_dir: docs", config)
    (project / "mkdocs.yml").write_text(config, encoding="utf-8")
    version = subprocess.run(
        [executable, "--version"], capture_output=True, text=True, check=False
    ).stdout.strip()
    log = project / "zensical.log"
    start = time.perf_counter()
    with log.open("w") as out:
        child = subprocess.Popen(
            [executable, "build", "-f", "mkdocs.yml"], cwd=project, stdout=out, stderr=out
        )
        _, status_code, usage = os.wait4(child.pid, 0)  # this child's own peak memory
        child.returncode = os.waitstatus_to_exitcode(status_code)
    seconds = time.perf_counter() - start
    peak = usage.ru_maxrss / 1024
    tail = log.read_text(errors="replace").strip().splitlines()[-1:] or [""]
    status = "built" if child.returncode == 0 else f"failed ({tail[0][:160]})"
    return {"version": version, "seconds": seconds, "peak_mb": peak, "status": status}


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] in ("run", "raw"):
        {"run": child_build, "raw": child_raw}[sys.argv[1]](sys.argv[2:])
        return
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="100,1000", help="comma-separated article counts")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS)
    parser.add_argument("--no-browser", dest="browser", action="store_false")
    parser.add_argument("--keep", type=Path, help="build in this folder and keep it")
    parser.add_argument(
        "--zensical",
        metavar="PATH",
        help="also build the same pages with this Zensical executable (installed apart)",
    )
    parser.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="also build cold on this Dask scheduler ('local': a LocalCluster started here)",
    )
    args = parser.parse_args()
    print(f"{os.cpu_count()} cores, Python {sys.version.split()[0]}")
    with contextlib.ExitStack() as stack:
        if args.scheduler == "local":
            from distributed import LocalCluster

            scratch = stack.enter_context(tempfile.TemporaryDirectory(prefix="bench-dask-"))
            local = stack.enter_context(
                LocalCluster(
                    n_workers=os.cpu_count() or 1,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=":0",
                    silence_logs=40,
                    local_directory=scratch,  # not a dask-scratch-space left in /tmp
                )
            )
            args.scheduler = local.scheduler_address
            print(f"LocalCluster at {args.scheduler}: {os.cpu_count()} worker processes")
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=False)
            tmp = args.keep
        else:
            tmp = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="briefing-bench-")))
        for size in (int(s) for s in args.sizes.split(",")):
            bench(size, tmp, args)


if __name__ == "__main__":
    main()
