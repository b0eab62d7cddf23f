"""Stage 6: write the pages and publish them with the site engine (MkDocs).

The only module that knows MkDocs. Everything is generated into a staging folder beside the
target and moved into place only after ``mkdocs build --strict`` succeeded, so a failed
build never leaves a half-written site, and a folder that does not look like one of ours
(no marker file) is never replaced: a mistyped ``--site .`` cannot delete a repository.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import yaml

from .errors import BuildError, ContentError, display_path
from .model import encoded
from .search_index import SEARCH_INDEX, trim_search_index
from .search_split import SPLIT_PAGES, worker_name, write_split_index
from .staging import (
    IO_THREADS,
    in_threads,
    remove_leftovers,
    replace_folder,
    staging_folder,
)

MARKER = ".briefing-output"
"""File written into every folder the generator owns; only such folders are replaced."""
SITEMAPS = ("sitemap.xml", "sitemap.xml.gz")
NO_SITE_URL = (
    "SITE_URL is not set, so no sitemap.xml was written (a sitemap needs the site's public "
    "address) and 404.html links assume the site is served from the root of its host (/). "
    "When deploying, set SITE_URL to the public address, e.g. "
    "SITE_URL=https://example.org/briefing/ (see README, Deploy)."
)
"""What a build without a site address cannot do; MkDocs itself says nothing about it."""


class PublishError(Exception):
    """MkDocs failed; carries its output so the user sees the real reason."""


@dataclass(frozen=True)
class Targets:
    docs: Path
    site: Path
    config: Path
    """The project's mkdocs.yml, inherited by the generated config."""
    assets: Path
    """Static files copied into the docs (CSS)."""
    theme: Path
    """The theme overrides (MkDocs ``custom_dir``) that make the theme safe for content."""
    sources: tuple[Path, ...]
    """Folders an output must not be, contain or lie inside (content, templates, code)."""
    roots: tuple[Path, ...]
    """Folders an output must not be or contain (the project, the working directory)."""


def _overlap(out: Path, targets: Targets) -> Path | None:
    """The source or root folder that ``out`` would overwrite or pollute, if any."""
    out = out.resolve()
    for keep in (p.resolve() for p in targets.sources):
        if out == keep or out in keep.parents or keep in out.parents:
            return keep
    for keep in (p.resolve() for p in targets.roots):
        if out == keep or out in keep.parents:
            return keep
    return None


def check_targets(targets: Targets, pages_only: bool) -> None:
    """Refuse output folders that would overwrite sources or foreign files."""
    errors = []
    outputs = [targets.docs] if pages_only else [targets.docs, targets.site]
    for out in outputs:
        if (keep := _overlap(out, targets)) is not None:
            errors.append(
                ContentError(
                    display_path(out),
                    0,
                    "E400",
                    f"refusing to write output over {display_path(keep)}",
                    "choose an output folder outside the content, templates and project root",
                )
            )
        elif out.exists() and (
            not out.is_dir() or (any(out.iterdir()) and not (out / MARKER).exists())
        ):
            errors.append(
                ContentError(
                    display_path(out),
                    0,
                    "E401",
                    "output folder exists and was not made by the generator",
                    "remove it or choose another folder; it is never overwritten",
                )
            )
    docs, site = targets.docs.resolve(), targets.site.resolve()
    if not pages_only and (docs == site or docs in site.parents or site in docs.parents):
        errors.append(
            ContentError(
                display_path(targets.site),
                0,
                "E402",
                "the docs and site folders must be separate (neither inside the other)",
            )
        )
    if errors:
        raise BuildError(errors)


def write_tree(
    files: Mapping[str, str],
    folder: Path,
    assets: Path,
    previous: Path | None = None,
    unchanged: frozenset[str] = frozenset(),
) -> int:
    """Write generated files (and static assets) into a fresh folder, with the marker; return
    how many files were new or changed.

    A file identical to the one in ``previous`` (the folder this one will replace) is linked
    to it instead of written: it keeps its modification time, so whatever watches the folder
    (``mkdocs serve``, an rsync, an editor) sees only what changed. Nothing ever writes into
    a file in place, so the link is safe. The files in ``unchanged`` are known to hold their
    text in ``previous`` already (render checked them against its record): linked unread.
    """
    folder.mkdir(parents=True)

    def put(relative: str) -> int:
        """Link or write one file; 1 if it was written."""
        path = folder / relative
        last = None if previous is None else previous / relative
        if last is not None and relative in unchanged and _linked(last, path):
            return 0
        data = encoded(files, relative)  # read here if it is the last build's, unread so far
        if last is not None and _same_file(last, data) and _linked(last, path):
            return 0
        path.write_bytes(data)
        return 1

    parents = {relative.rpartition("/")[0] for relative in files} - {""}
    levels: dict[int, list[Path]] = {}
    for parent in parents:  # by depth, counted in the string: Path.parts costs far more
        levels.setdefault(parent.count("/"), []).append(folder / parent)
    # The calls wait on the disk: threads share them (``IO_THREADS``), folders a level at a time.
    with ThreadPoolExecutor(IO_THREADS) as pool:
        for depth in sorted(levels):
            in_threads(pool, lambda p: p.mkdir(parents=True, exist_ok=True), levels[depth])
        changed = sum(in_threads(pool, put, list(files)))
    if assets.is_dir():
        shutil.copytree(assets, folder / "assets", dirs_exist_ok=True, symlinks=False)
    (folder / MARKER).write_text("generated by python -m generator; safe to delete\n")
    return changed


def _linked(source: Path, path: Path) -> bool:
    """Hard-link ``path`` to ``source``; False if the file system refused (write it then)."""
    try:
        os.link(source, path)
    except OSError:
        return False
    return True


def _same_file(path: Path, data: bytes) -> bool:
    try:
        return path.stat().st_size == len(data) and path.read_bytes() == data
    except OSError:
        return False


def sync_tree(files: Mapping[str, str], folder: Path, assets: Path) -> int:
    """Update a live folder in place (for ``serve``): rewrite changed files, drop stale ones."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / MARKER).write_text("generated by python -m generator; safe to delete\n")
    changed = 0
    wanted = {folder / r: t for r, t in files.items()}
    for path, text in wanted.items():
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8", newline="\n")
            changed += 1
    for path in sorted(folder.rglob("*.md")):
        if path not in wanted:
            path.unlink()
            changed += 1
    if assets.is_dir():
        shutil.copytree(assets, folder / "assets", dirs_exist_ok=True)
    return changed


def mkdocs_config(
    targets: Targets,
    docs: Path,
    site: Path,
    site_name: str,
    folder: Path,
    site_url: str | None = None,
    search_worker: str | None = None,
) -> Path:
    """A config inheriting the project's mkdocs.yml with this build's folders, title and
    public address (``None``: unknown, as when SITE_URL is unset), and the search worker
    the theme's search box uses when it is not the theme's own (a large briefing's).

    Paths are absolute: MkDocs resolves relative ones against this file, not mkdocs.yml.
    """
    config = {
        "INHERIT": str(targets.config.resolve()),
        "docs_dir": str(docs.resolve()),
        "site_dir": str(site.resolve()),
        "site_name": site_name,
        "site_url": site_url,
        "theme": {"custom_dir": str(targets.theme.resolve())},
    }
    if search_worker:
        config["extra"] = {"search_worker": search_worker}
    path = folder / "mkdocs.yml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=True), encoding="utf-8")
    return path


EPOCH_RANGE = (
    int(datetime(1980, 1, 1, tzinfo=UTC).timestamp()),
    int(datetime(2106, 2, 7, tzinfo=UTC).timestamp()),
)
"""SOURCE_DATE_EPOCH values every consumer can store: gzip (the sitemap) writes an unsigned
32-bit mtime, so no date before 1970 or after early 2106, and zip nothing before 1980."""


def build_epoch(dates: list[str]) -> str:
    """SOURCE_DATE_EPOCH from the newest article: same content, same sitemap bytes.

    Clamped into ``EPOCH_RANGE``: a briefing of 1950s articles would otherwise crash MkDocs
    while it gzips the sitemap (``struct.error``); the clamp keeps the value deterministic.
    """
    newest = max(dates, default="2000-01-01")
    epoch = int(datetime.fromisoformat(newest).replace(tzinfo=UTC).timestamp())
    low, high = EPOCH_RANGE
    return str(min(max(epoch, low), high))


def run_mkdocs(config: Path, epoch: str, *command: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SOURCE_DATE_EPOCH": epoch, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", *command, "-f", str(config)],
        env=env,
        text=True,
        capture_output=command[0] == "build",
        check=False,
    )


def publish(
    files: Mapping[str, str],
    targets: Targets,
    *,
    site_name: str,
    dates: list[str],
    site_url: str | None = None,
    pages_only: bool = False,
    step: Callable[[str], None] | None = None,
    split_pages: int = SPLIT_PAGES,
    unchanged: frozenset[str] = frozenset(),
) -> list[str]:
    """Write docs and build the site in staging; move both into place only on success.

    A site of more than ``split_pages`` pages gets the split search index
    (``search_split``), a smaller one the theme's own, trimmed to its budget if need be.
    Returns notes for the user: what the site lacks because no ``site_url`` was given.
    ``unchanged`` names pages whose text the docs folder's files already hold (linked unread).
    ``step(name)`` is called as each part ends (``write``, then ``mkdocs``), for timing.
    """
    step = step or (lambda name: None)
    notes = []
    check_targets(targets, pages_only)
    parent = (targets.docs if pages_only else targets.site).resolve().parent
    parent.mkdir(parents=True, exist_ok=True)
    remove_leftovers(targets)
    with staging_folder(parent) as staging:
        docs, site = staging / "docs", staging / "site"
        live = targets.docs if (targets.docs / MARKER).is_file() else None
        write_tree(files, docs, targets.assets, previous=live, unchanged=unchanged)
        step("write")
        if not pages_only:
            pages = sum(1 for relative in files if relative.endswith(".md"))
            split = pages > split_pages
            worker = worker_name() if split else None
            config = mkdocs_config(targets, docs, site, site_name, staging, site_url, worker)
            result = run_mkdocs(config, build_epoch(dates), "build", "--strict")
            if result.returncode != 0:
                lines = (result.stdout + result.stderr).splitlines()
                problems = [line for line in lines if line.startswith(("WARNING", "ERROR"))]
                raise PublishError(
                    "mkdocs build --strict failed; the previous site is untouched:\n"
                    + "\n".join(problems or lines)
                )
            if split:
                write_split_index(site)
            else:
                trim_search_index(site / SEARCH_INDEX)
            if not site_url:
                # MkDocs writes an empty sitemap without the address: crawlers would read
                # "no pages". Publish none, and say why.
                for name in SITEMAPS:
                    (site / name).unlink(missing_ok=True)
                notes.append(NO_SITE_URL)
            (site / MARKER).write_text("generated by python -m generator; safe to delete\n")
            replace_folder(site, targets.site)
            step("mkdocs")
        replace_folder(docs, targets.docs)
    return notes
