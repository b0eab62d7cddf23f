"""Stage 6: write the pages and publish them with the site engine (MkDocs).

The only module that knows MkDocs. Everything is generated into a staging folder beside the
target and moved into place only after ``mkdocs build --strict`` succeeded, so a failed
build never leaves a half-written site, and a folder that does not look like one of ours
(no marker file) is never replaced: a mistyped ``--site .`` cannot delete a repository.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import yaml

from .errors import BuildError, ContentError, display_path

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
STAGING_PREFIX = ".briefing-staging-"
STAGING_LOCK = "build.lock"
"""File in each staging folder, ``flock``-ed by its build for the build's whole life."""


SEARCH_INDEX = Path("search") / "search_index.json"
SEARCH_INDEX_BUDGET = 1_000_000
"""Bytes of search index a briefing may ship. The theme's search downloads the whole index
and indexes it in the browser before it shows a first result (26 s for a 59 MB index), so a
larger one is trimmed (``trim_search_index``); a small briefing keeps its full index."""
SNIPPET = 160
"""Characters of text kept per page when the index is trimmed to short texts."""


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
    files: dict[str, str], folder: Path, assets: Path, previous: Path | None = None
) -> int:
    """Write generated files (and static assets) into a fresh folder, with the marker; return
    how many files were new or changed.

    A file identical to the one in ``previous`` (the folder this one will replace) is linked
    to it instead of written: it keeps its modification time, so whatever watches the folder
    (``mkdocs serve``, an rsync, an editor) sees only what changed. Nothing ever writes into
    a file in place, so the link is safe.
    """
    folder.mkdir(parents=True)
    made: set[Path] = set()
    changed = 0
    for relative, text in files.items():
        path = folder / relative
        if path.parent not in made:
            path.parent.mkdir(parents=True, exist_ok=True)
            made.add(path.parent)
        data = text.encode()
        if previous is not None and _same_file(previous / relative, data):
            with contextlib.suppress(OSError):
                os.link(previous / relative, path)
                continue
        path.write_bytes(data)
        changed += 1
    if assets.is_dir():
        shutil.copytree(assets, folder / "assets", dirs_exist_ok=True, symlinks=False)
    (folder / MARKER).write_text("generated by python -m generator; safe to delete\n")
    return changed


def _same_file(path: Path, data: bytes) -> bool:
    try:
        return path.stat().st_size == len(data) and path.read_bytes() == data
    except OSError:
        return False


def sync_tree(files: dict[str, str], folder: Path, assets: Path) -> int:
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
) -> Path:
    """A config inheriting the project's mkdocs.yml with this build's folders, title and
    public address (``None``: unknown, as when SITE_URL is unset).

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
    files: dict[str, str],
    targets: Targets,
    *,
    site_name: str,
    dates: list[str],
    site_url: str | None = None,
    pages_only: bool = False,
    step: Callable[[str], None] | None = None,
) -> list[str]:
    """Write docs and build the site in staging; move both into place only on success.

    Returns notes for the user: what the site lacks because no ``site_url`` was given.
    ``step(name)`` is called as each part ends (``write``, then ``mkdocs``), for timing.
    """
    step = step or (lambda name: None)
    notes = []
    check_targets(targets, pages_only)
    parent = (targets.docs if pages_only else targets.site).resolve().parent
    parent.mkdir(parents=True, exist_ok=True)
    _remove_leftovers(targets)
    with staging_folder(parent) as staging:
        docs, site = staging / "docs", staging / "site"
        live = targets.docs if (targets.docs / MARKER).is_file() else None
        write_tree(files, docs, targets.assets, previous=live)
        step("write")
        if not pages_only:
            config = mkdocs_config(targets, docs, site, site_name, staging, site_url)
            result = run_mkdocs(config, build_epoch(dates), "build", "--strict")
            if result.returncode != 0:
                lines = (result.stdout + result.stderr).splitlines()
                problems = [line for line in lines if line.startswith(("WARNING", "ERROR"))]
                raise PublishError(
                    "mkdocs build --strict failed; the previous site is untouched:\n"
                    + "\n".join(problems or lines)
                )
            trim_search_index(site / SEARCH_INDEX)
            if not site_url:
                # MkDocs writes an empty sitemap without the address: crawlers would read
                # "no pages". Publish none, and say why.
                for name in SITEMAPS:
                    (site / name).unlink(missing_ok=True)
                notes.append(NO_SITE_URL)
            (site / MARKER).write_text("generated by python -m generator; safe to delete\n")
            _replace(site, targets.site)
            step("mkdocs")
        _replace(docs, targets.docs)
    return notes


def trim_search_index(path: Path, budget: int = SEARCH_INDEX_BUDGET) -> int:
    """Keep the theme's search index within ``budget`` bytes; return its size.

    An index within the budget is left byte for byte as the theme wrote it. A larger one loses
    detail in steps until it fits, or until only the last step is left: first the sections
    (one entry per page, its title, tags and opening text), then all but the first
    ``SNIPPET`` characters of each page's text, then the text (titles and tags, which hold the
    aliases, so a name still finds its page first). The same site gives the same bytes.
    """
    if not path.is_file() or path.stat().st_size <= budget:
        return path.stat().st_size if path.is_file() else 0
    data = json.loads(path.read_text(encoding="utf-8"))
    docs = [doc for doc in data["docs"] if "#" not in doc["location"]]
    steps = (
        docs,
        [{**doc, "text": _snippet(doc["text"])} for doc in docs],
        [{**doc, "text": ""} for doc in docs],
    )
    for trimmed in steps:
        text = json.dumps({**data, "docs": trimmed}, separators=(",", ":"), ensure_ascii=False)
        if len(text.encode()) <= budget:
            break
    path.write_text(text, encoding="utf-8")
    return len(text.encode())


def _snippet(text: str) -> str:
    """The start of an entry's text, as plain text cut at a word (the theme inserts it as
    HTML: no tag or character reference is left cut in two)."""
    plain = " ".join(re.sub(r"<[^>]*>", " ", text).split())
    if len(plain) <= SNIPPET:
        return plain
    cut = plain[:SNIPPET].rsplit(" ", 1)[0]
    return re.sub(r"&[#\w]*$", "", cut) + " …"


def _remove_leftovers(targets: Targets) -> None:
    """Old output folders and staging folders that interrupted builds left behind.

    Another briefing may be building into the same parent folder right now: its staging
    folder is locked, and only unlocked ones are removed.
    """
    for target in (targets.docs, targets.site):
        parent = target.resolve().parent
        if not parent.is_dir():
            continue
        for path in parent.glob(f".{target.name}.old-*"):
            shutil.rmtree(path, ignore_errors=True)
        with _locked(parent):
            for path in parent.glob(f"{STAGING_PREFIX}*"):
                if path.is_dir() and not _in_use(path):
                    shutil.rmtree(path, ignore_errors=True)


@contextlib.contextmanager
def staging_folder(parent: Path) -> Iterator[Path]:
    """A fresh staging folder in ``parent``, locked while in use and removed afterwards.

    It is created and locked while the parent folder itself is locked, the same lock under
    which leftovers are removed, so a cleanup never sees a live folder before its lock.
    """
    with _locked(parent):
        folder = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=parent))
        lock = os.open(folder / STAGING_LOCK, os.O_CREAT | os.O_RDWR, 0o600)
        fcntl.flock(lock, fcntl.LOCK_EX)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        os.close(lock)


@contextlib.contextmanager
def _locked(folder: Path) -> Iterator[None]:
    """An exclusive ``flock`` on a folder, held briefly to create or remove staging folders."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def _in_use(staging: Path) -> bool:
    """True while a live build holds the staging folder's lock (the kernel drops the lock
    when the process ends, however it ends)."""
    try:
        fd = os.open(staging / STAGING_LOCK, os.O_RDWR)
    except OSError:
        return False  # no lock file: a folder of an older version, or one being removed
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)
    return False


def _replace(new: Path, target: Path) -> None:
    """Swap ``new`` into ``target``; the old folder is removed only after the swap."""
    target.parent.mkdir(parents=True, exist_ok=True)
    old = None
    if target.exists():
        old = target.with_name(f".{target.name}.old-{os.getpid()}")
        os.rename(target, old)
    try:
        os.rename(new, target)
    except OSError:
        shutil.copytree(new, target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
