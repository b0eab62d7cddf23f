"""Robustness benchmark: every real article text the repository holds, built as one briefing.

Usage: .venv/bin/python benchmarks/bench_robust.py [--exclude GLOB]... [--only GLOB]...
       [--no-default-exclude] [--keep DIR] [--once] [--no-locate]
       (``make bench-robust``; not part of ``make test``)

A user imports any news, and one article that crashes the build blocks the whole site: this
gathers every real text the repository and ``../shared`` hold (the 2019 Wikinews corpus, all
rows; the seeds; every committed url,date,title,text CSV under ``benchmarks/pools/`` and
``tests/gold/``; the committed one-article ``.txt`` files in a pool's ``raw/``, ``texts/`` or
``probes/`` folder), reads them with ``generator import``'s reader (a ``.txt`` with no date line
gets ``FALLBACK_DATE``), drops repeated texts, writes one content folder and builds it with no
curated data, twice, each build a fresh interpreter with its own empty annotation cache:

- ``generator build`` (the Markdown, then ``mkdocs build --strict`` as ``build`` runs it);
- any exception or strict warning, with its traceback; on a crash the articles that cause it
  are narrowed down (delta debugging on ``--pages-only`` builds sharing the first cache), so
  the report names them;
- wall time per stage, peak memory, pages per kind;
- determinism: the two builds' docs and site folders compared byte for byte;
- pages a reader would call broken (``site_check.py``), counted by kind and problem.

``--exclude GLOB`` (repeatable) leaves out source files whose path matches (``tests/gold/x.csv``,
``benchmarks/pools/...``, ``shared/corpora/...``); the blind blocks 45-48 are always left out
unless ``--no-default-exclude`` (the lead builds those apart). ``--only GLOB`` keeps only the
files a pattern matches (one pool, to reproduce a finding quickly).
"""

from __future__ import annotations

import argparse
import contextlib
import fnmatch
import json
import resource
import subprocess
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpora" / "wikinews_2019.csv"
SEEDS = SHARED / "seeds"
FALLBACK_DATE = "2020-01-01"
"""The date of a ``.txt`` article with no date line (``import --date``)."""
DEFAULT_EXCLUDE = ("*blind4[5-9]*", "*blind[5-9][0-9]*")
"""The blind blocks from 45 on, which only the lead reads (and builds apart)."""
TEXT_FOLDERS = ("raw", "texts", "probes")
"""A pool's folders holding one article per ``.txt`` file (others hold outputs and lists)."""
CSV_COLUMNS = {"url", "date", "title", "text"}
STAMP = ".briefing-seal"
"""Not compared: the docs folder's device, inode and time (``reuse.SEAL``), which tells the next
build whether the folder is the one it recorded; it differs between any two folders."""


def committed(*folders: str) -> list[Path]:
    out = subprocess.run(
        ["git", "ls-files", "-z", *folders], cwd=ROOT, capture_output=True, check=True
    ).stdout.decode()
    return [ROOT / name for name in out.split("\0") if name]


def is_article_csv(path: Path) -> bool:
    with path.open(encoding="utf-8", newline="") as handle:
        header = handle.readline()
    return {h.strip().strip('"') for h in header.strip().split(",")} >= CSV_COLUMNS


def sources(excludes: list[str], only: list[str] | None = None) -> list[Path]:
    """Every source file, in a fixed order, minus those an exclude pattern matches (and, with
    ``only``, those no pattern of it matches)."""
    found = [CORPUS, *sorted(SEEDS.glob("*.txt"))]
    for path in committed("benchmarks/pools", "tests/gold"):
        relative = path.relative_to(ROOT)
        if (path.suffix == ".csv" and is_article_csv(path)) or (
            path.suffix == ".txt"
            and relative.parts[:2] == ("benchmarks", "pools")
            and len(relative.parts) == 5
            and relative.parts[3] in TEXT_FOLDERS
        ):
            found.append(path)

    return [
        p
        for p in found
        if not any(fnmatch.fnmatch(shown(p), g) for g in excludes)
        and (not only or any(fnmatch.fnmatch(shown(p), g) for g in only))
    ]


def shown(path: Path) -> str:
    """A source's path as ``--exclude`` matches it: from the project's folder
    (``tests/gold/x.csv``), or ``shared/...`` for ``../shared``."""
    for base, prefix in ((ROOT, ""), (SHARED, "shared/")):
        if base in path.parents:
            return prefix + path.relative_to(base).as_posix()
    return str(path)


def read_all(files: list[Path]) -> tuple[list, list[str], Counter[str]]:
    """The articles of every file, first copy of each text only; unreadable files listed."""
    from generator.errors import BuildError
    from generator.importer import read_sources

    seen: set[str] = set()
    kept = []
    problems: list[str] = []
    counts: Counter[str] = Counter()
    for path in files:
        try:
            articles = read_sources([path], date=None)
        except BuildError as exc:
            if path.suffix == ".txt" and all(e.code == "E302" for e in exc.errors):
                articles = read_sources([path], date=FALLBACK_DATE)
            else:
                problems.append(f"{path}: {exc}")
                continue
        for article in articles:
            key = " ".join(" ".join(article.paragraphs).split()).casefold()
            counts["read"] += 1
            if key in seen:
                counts["repeated"] += 1
                continue
            seen.add(key)
            kept.append(article)
    return kept, problems, counts


def make_content(articles: list, folder: Path) -> Path:
    from generator.importer import write_articles

    content = folder / "content"
    write_articles(articles, content)
    (content / "briefing.yml").write_text("title: Every real text\n", encoding="utf-8")
    return content


# -- one build in a fresh interpreter ---------------------------------------------------------
def child(args: list[str]) -> None:
    """``child CONTENT SITE DOCS CACHE [--pages-only]``: build, print one JSON line: timings,
    pages per kind, peak memory, and the exception (type, message, traceback) if it failed."""
    from generator.paths import Paths

    paths = Paths(*map(Path, args[:4]))
    result: dict = {}
    try:
        from generator.build import build

        report = build(paths, pages_only="--pages-only" in args)
        result.update(
            timings=report.timings,
            pages=report.pages,
            warnings=[str(w) for w in report.warnings],
        )
    except Exception as exc:  # the point: every failure, reported with where it happened
        result["error"] = {
            "type": type(exc).__name__,
            "message": str(exc)[:4000],
            "where": where(exc),
            "traceback": traceback.format_exc()[-6000:],
        }
    usage = resource.getrusage
    result["peak_mb"] = (
        max(usage(resource.RUSAGE_SELF).ru_maxrss, usage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    )
    print(json.dumps(result))


def where(exc: BaseException) -> str:
    """The innermost frame of the generator's own code: the crash's identity for narrowing."""
    frames = traceback.extract_tb(exc.__traceback__)
    own = [f for f in frames if "/generator/" in f.filename] or frames
    last = own[-1] if own else None
    return f"{last.filename.split('/generator/')[-1]}:{last.name}" if last else ""


def run_child(
    content: Path, out: Path, cache: Path, pages_only: bool = False
) -> tuple[dict, float]:
    args = [str(content), str(out / "site"), str(out / "docs"), str(cache)]
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, __file__, "child", *args, *(["--pages-only"] if pages_only else [])],
        capture_output=True,
        text=True,
        check=False,
    )
    wall = time.perf_counter() - start
    lines = done.stdout.strip().splitlines()
    try:
        return json.loads(lines[-1]), wall
    except (IndexError, json.JSONDecodeError):
        tail = (done.stdout + done.stderr)[-4000:]
        return {"error": {"type": "Died", "message": tail, "where": "", "traceback": tail}}, wall


# -- narrowing a crash to its articles -------------------------------------------------------
def narrow(articles: Path, tmp: Path, cache: Path, identity: tuple[str, str]) -> list[str]:
    """The smallest set of article files found that still fails the same way (same exception
    type, same innermost frame of the generator): delta debugging, removing chunks."""
    files = sorted(articles.glob("*.md"))
    runs = 0

    def fails(subset: list[Path]) -> bool:
        nonlocal runs
        runs += 1
        folder = tmp / f"narrow-{runs}"
        content = folder / "content"
        (content / "articles").mkdir(parents=True)
        (content / "briefing.yml").write_text("title: Narrowing\n", encoding="utf-8")
        for path in subset:
            (content / "articles" / path.name).write_bytes(path.read_bytes())
        result, _ = run_child(content, folder, cache, pages_only=True)
        error = result.get("error")
        return bool(error) and (error["type"], error["where"]) == identity

    chunks = 2
    while len(files) >= 2:
        size = max(1, len(files) // chunks)
        parts = [files[i : i + size] for i in range(0, len(files), size)]
        for part in parts:
            rest = [f for f in files if f not in part]
            if rest and fails(rest):
                files, chunks = rest, max(chunks - 1, 2)
                break
        else:
            if chunks >= len(files):
                break
            chunks = min(len(files), chunks * 2)
    print(f"  narrowed in {runs} builds to {len(files)} article(s)")
    return [f.name for f in files]


# -- comparing two builds ----------------------------------------------------------------------
def differing(a: Path, b: Path) -> list[str]:
    def tree(root: Path) -> dict[str, bytes]:
        if not root.is_dir():
            return {}
        return {
            p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()
        }

    left, right = tree(a), tree(b)
    names = left.keys() | right.keys()
    return sorted(k for k in names if k != STAMP and left.get(k) != right.get(k))


def report_build(label: str, result: dict, wall: float) -> None:
    timings = " ".join(f"{k} {v:.1f}" for k, v in result.get("timings", {}).items())
    print(f"{label}: wall {wall:.1f}s | {timings} | peak {result.get('peak_mb', 0):.0f} MB")
    if result.get("pages"):
        kinds = ", ".join(f"{k} {n}" for k, n in sorted(result["pages"].items()))
        print(f"  pages {sum(result['pages'].values())}: {kinds}")
    for warning in result.get("warnings", []):
        print(f"  warning: {warning}")
    if error := result.get("error"):
        print(f"  FAILED {error['type']} at {error['where']}: {error['message'][:2000]}")
        print("  " + error["traceback"].replace("\n", "\n  ")[-3000:])


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "child":
        child(sys.argv[2:])
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--exclude", action="append", default=[], metavar="GLOB")
    parser.add_argument("--no-default-exclude", action="store_true")
    parser.add_argument("--only", action="append", default=[], metavar="GLOB")
    parser.add_argument("--keep", type=Path, help="build in this (new) folder and keep it")
    parser.add_argument("--once", action="store_true", help="one build: no determinism check")
    parser.add_argument("--no-locate", action="store_true", help="do not narrow a crash")
    args = parser.parse_args()
    excludes = args.exclude + ([] if args.no_default_exclude else list(DEFAULT_EXCLUDE))
    with contextlib.ExitStack() as stack:
        if args.keep:
            args.keep.mkdir(parents=True)
            tmp = args.keep
        else:
            tmp = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="bench-robust-")))
        start = time.perf_counter()
        files = sources(excludes, args.only)
        articles, problems, counts = read_all(files)
        content = make_content(articles, tmp)
        print(
            f"import: {len(files)} files, {counts['read']} articles read, {counts['repeated']} "
            f"repeated texts dropped, {len(articles)} built ({time.perf_counter() - start:.1f}s)"
        )
        for problem in problems:
            print(f"  import error: {problem}")
        failed = bool(problems)
        builds = []
        for n in (1,) if args.once else (1, 2):
            result, wall = run_child(content, tmp / f"build{n}", tmp / f"cache{n}")
            report_build(f"build {n}", result, wall)
            builds.append(result)
            if result.get("error"):
                failed = True
                if not args.no_locate:
                    error = result["error"]
                    names = narrow(
                        content / "articles", tmp, tmp / "cache1", (error["type"], error["where"])
                    )
                    print("  caused by: " + ", ".join(names))
                break
        if len(builds) == 2 and not failed:
            diff = differing(tmp / "build1" / "docs", tmp / "build2" / "docs")
            diff += [f"site/{d}" for d in differing(tmp / "build1/site", tmp / "build2/site")]
            print(f"determinism: {len(diff)} files differ between the two builds")
            for name in diff[:40]:
                print(f"  differs: {name}")
            failed = failed or bool(diff)
        if not builds[0].get("error"):
            from site_check import check_site

            broken = check_site(tmp / "build1" / "docs", tmp / "build1" / "site")
            print(f"broken pages: {sum(len(v) for v in broken.values())}")
            for (kind, problem), pages in sorted(broken.items()):
                print(f"  {kind:<12} {problem:<28} {len(pages):4}  e.g. {', '.join(pages[:3])}")
        print(f"total {time.perf_counter() - start:.1f}s")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
