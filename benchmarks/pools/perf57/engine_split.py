"""Where MkDocs spends its time on a docs folder: Markdown bytes and engine seconds by page kind
and for the largest pages, and the engine on our pages against as many plain pages.

Usage: .venv/bin/python benchmarks/pools/perf57/engine_split.py DOCS WORK [--runs N] [--no-split]
       [--plain-runs N] [--variant NAME]

DOCS is a built docs folder (``make_corpus.py``); WORK a scratch folder. Each run is one
``mkdocs build`` (fresh process) with the same configuration a build uses (the split search
above ``SPLIT_PAGES`` pages) plus a timing hook: each page is charged the time from the end of
the previous page's conversion to the end of its own (read, Markdown, ``on_page_content``) and
from its ``on_page_context`` to the next page's (search plugin, theme template, writing). CPU
seconds are the MkDocs process's (``RUSAGE_CHILDREN``); wall seconds are shared-machine wall.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))

from generator.build import PROJECT  # noqa: E402
from generator.publish import HOOK, Targets, mkdocs_config, run_mkdocs  # noqa: E402
from generator.publish.search_split import SPLIT_PAGES, worker_name  # noqa: E402
from generator.render import is_listing  # noqa: E402

TIMING_HOOK = """
import json, os, time
from mkdocs.plugins import event_priority
T = {"content": {}, "build": {}}
_last = [None]
_ctx = [None, None]

def on_files(files, config):
    _last[0] = time.process_time()

@event_priority(-100)
def on_page_content(html, page, config, files):
    now = time.process_time()
    T["content"][page.file.src_uri] = now - _last[0]
    _last[0] = now

@event_priority(100)
def on_page_context(context, page, config, nav):
    now = time.process_time()
    if _ctx[0] is not None:
        T["build"][_ctx[0]] = now - _ctx[1]
    _ctx[0], _ctx[1] = page.file.src_uri, now

@event_priority(100)
def on_post_build(config):
    if _ctx[0] is not None:
        T["build"][_ctx[0]] = time.process_time() - _ctx[1]
    with open(os.environ["PERF57_TIMES"], "w") as f:
        json.dump(T, f)
"""


def kind(path: str) -> str:
    top = path.split("/")[0] if "/" in path else "home"
    if top in ("actors", "events", "agreements", "articles") and not is_listing(path):
        return top[:-1]
    if top == "review":
        return "review"
    return "index/other"


def config_for(docs: Path, work: Path, timed: bool, split: bool) -> Path:
    work.mkdir(parents=True, exist_ok=True)
    targets = Targets(
        docs=docs,
        site=work / "site",
        config=PROJECT / "mkdocs.yml",
        assets=PROJECT / "templates" / "assets",
        theme=PROJECT / "templates" / "theme",
        sources=(),
        roots=(),
    )
    config = mkdocs_config(
        targets, docs, work / "site", "Bench", work, None, worker_name() if split else None
    )
    if timed:
        hook = work / "timing_hook.py"
        hook.write_text(TIMING_HOOK, encoding="utf-8")
        text = config.read_text(encoding="utf-8").replace(f"- {HOOK}", f"- {HOOK}\n- {hook}")
        config.write_text(text, encoding="utf-8")
    return config


def one_build(config: Path, work: Path) -> tuple[float, float]:
    shutil.rmtree(work / "site", ignore_errors=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = run_mkdocs(config, "946684800", "build")
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode:
        sys.exit(result.stdout + result.stderr)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, wall


def plain_docs(docs: Path, work: Path) -> Path:
    plain = work / "plain-docs"
    if not plain.exists():
        for page in docs.rglob("*.md"):
            target = plain / page.relative_to(docs)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(
                f"# Page {page.stem}\n\nA plain paragraph of text.\n", encoding="utf-8"
            )
        shutil.copytree(PROJECT / "templates" / "assets", plain / "assets")
    return plain


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("docs", type=Path)
    parser.add_argument("work", type=Path)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--plain-runs", type=int, default=0)
    parser.add_argument("--no-split", action="store_true", help="the theme's search, not split")
    parser.add_argument("--json", type=Path, help="write the per-page times here")
    parser.add_argument(
        "--no-search", action="store_true", help="the theme's search plugin switched off"
    )
    args = parser.parse_args()
    docs: Path = args.docs
    args.work.mkdir(parents=True, exist_ok=True)
    pages = {
        p.relative_to(docs).as_posix(): p.stat().st_size
        for p in docs.rglob("*.md")
        if not any(part.startswith(".") for part in p.relative_to(docs).parts)
    }
    split = len(pages) > SPLIT_PAGES and not args.no_split
    print(f"{docs}: {len(pages)} pages, {sum(pages.values()):,} bytes of Markdown, split={split}")
    times_file = args.work / "times.json"
    os.environ["PERF57_TIMES"] = str(times_file)
    config = config_for(docs, args.work, True, split)
    if args.no_search:  # merged into the inherited plugin's options (INHERIT merges deeply)
        with config.open("a", encoding="utf-8") as out:
            out.write("plugins:\n  search:\n    enabled: false\n")
    per_page: dict[str, list[float]] = defaultdict(list)
    ours = []
    for _ in range(args.runs):
        cpu, wall = one_build(config, args.work)
        ours.append((cpu, wall))
        got = json.loads(times_file.read_text())
        for part in ("content", "build"):
            for page, seconds in got[part].items():
                per_page[page].append(seconds)
        print(f"  ours: cpu {cpu:.2f}s wall {wall:.2f}s (load {os.getloadavg()[0]:.1f})")
    if args.runs:
        runs = args.runs
        total = {p: sum(v) / runs for p, v in per_page.items()}
        engine = sum(total.values())
        by_kind: dict[str, list[float]] = defaultdict(lambda: [0, 0, 0.0])
        for page, size in pages.items():
            k = by_kind[kind(page)]
            k[0] += 1
            k[1] += size
            k[2] += total.get(page, 0.0)
        all_bytes = sum(pages.values())
        print(
            f"  per-page CPU charged: {engine:.2f}s (the rest: start, nav, sitemap, search index)"
        )
        print("  | kind | pages | Markdown bytes | share | engine CPU s | share |")
        print("  | --- | --: | --: | --: | --: | --: |")
        for name, (n, size, secs) in sorted(by_kind.items(), key=lambda kv: -kv[1][2]):
            print(
                f"  | {name} | {n} | {size:,} | {size / all_bytes:.0%} | {secs:.2f} | "
                f"{secs / engine:.0%} |"
            )
        print("  | top 20 by bytes | page | bytes | engine CPU s |")
        top = sorted(pages, key=lambda p: -pages[p])[:20]
        for page in top:
            print(f"  | | {page} | {pages[page]:,} | {total.get(page, 0):.3f} |")
        top_bytes = sum(pages[p] for p in top)
        top_secs = sum(total.get(p, 0) for p in top)
        print(
            f"  top 20: {top_bytes:,} bytes ({top_bytes / all_bytes:.0%}), "
            f"{top_secs:.2f}s ({top_secs / engine:.0%})"
        )
        if args.json:
            args.json.write_text(json.dumps({"pages": pages, "seconds": total}, indent=0))
    if args.plain_runs:
        plain = plain_docs(docs, args.work)
        pconfig = config_for(plain, args.work / "plain", False, False)
        plains = []
        for _ in range(args.plain_runs):
            cpu, wall = one_build(pconfig, args.work / "plain")
            plains.append((cpu, wall))
            print(f"  plain: cpu {cpu:.2f}s wall {wall:.2f}s (load {os.getloadavg()[0]:.1f})")
        if ours:
            oc = min(c for c, _ in ours)
            ow = min(w for _, w in ours)
            pc = min(c for c, _ in plains)
            pw = min(w for _, w in plains)
            print(
                f"  ratio (best of each): cpu {oc:.2f}/{pc:.2f} = {oc / pc:.2f}, "
                f"wall {ow:.2f}/{pw:.2f} = {ow / pw:.2f}"
            )


if __name__ == "__main__":
    main()
