"""Staging folders and the atomic swap into place (part of publish).

Every build writes into its own staging folder beside the target, locked for the build's
life, and swaps it in only on success; leftovers of dead builds are removed, never a running
build's.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import stat
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from . import Targets

IO_THREADS = 8
"""Threads that share the file-system calls of writing or removing a folder of pages. Each
call waits on the disk, not on Python (it releases the GIL), and on a busy disk one call
after another is the whole cost: at 1,000 articles an old docs folder (7,000 files in 1,300
folders, most of them redirects) took 3 s to remove one call at a time, 0.6 s with eight."""

IO_BATCH = 64
"""Calls one thread makes per task it takes: a task per call cost more in handing it over
(about 50 microseconds of Python each, 20,000 at 1,000 articles) than the call itself."""

T = TypeVar("T")
R = TypeVar("R")


def in_threads(pool: ThreadPoolExecutor, call: Callable[[T], R], items: Sequence[T]) -> list[R]:
    """``[call(item) for item in items]``, in order, the calls shared by ``pool``'s threads
    ``IO_BATCH`` at a time."""
    batches = [items[i : i + IO_BATCH] for i in range(0, len(items), IO_BATCH)]
    done = pool.map(lambda batch: [call(item) for item in batch], batches)
    return [result for batch in done for result in batch]


OLD_INFIX = ".old-"
"""A replaced output folder is renamed ``.<name>.old-<pid>-<random>`` beside its target."""
STAGING_PREFIX = ".briefing-staging-"
STAGING_LOCK = "build.lock"
"""File in each staging folder, ``flock``-ed by its build for the build's whole life."""


def old_folders(targets: Targets) -> list[Path]:
    """The replaced output folders waiting beside ``targets`` to be removed: the last
    build's docs folder (``replace_folder`` keeps it, see ``sweeping``) and those that
    interrupted builds left behind."""
    found: list[Path] = []
    for target in (targets.docs, targets.site):
        parent = target.resolve().parent
        if parent.is_dir():
            found.extend(parent.glob(f".{target.name}{OLD_INFIX}*"))
    return found


def spare_folder(targets: Targets, marker: str) -> Path | None:
    """The replaced docs folder (``old_folders``) that the next swap can be made in: a real
    folder holding ``marker`` (made by a build), the most recently changed if there are
    several. Most of its files are still links to the live folder's (those the last swap
    did not change), so making the next docs folder there (``publish.write_tree``) touches
    only the files that differ, where a fresh folder took a link per file (9,500 at 1,000
    articles) and the old one's removal an unlink per file: together some 0.4-0.6 s of CPU,
    a tenth of a rebuild after one edit, for a handful of pages changed."""
    parent = targets.docs.resolve().parent
    found: list[tuple[int, Path]] = []
    for path in parent.glob(f".{targets.docs.name}{OLD_INFIX}*"):
        try:
            status = path.lstat()
        except OSError:
            continue
        if stat.S_ISDIR(status.st_mode) and (path / marker).is_file():
            found.append((status.st_mtime_ns, path))
    return max(found)[1] if found else None


def claimed(spare: Path, folder: Path) -> bool:
    """Move ``spare`` (a ``spare_folder``) to ``folder`` (in the build's own staging folder),
    atomically: of two builds claiming one spare, one has it. False where it is gone, or is
    no longer a real folder (whatever was moved is removed then)."""
    try:
        os.rename(spare, folder)
    except OSError:
        return False
    try:
        if stat.S_ISDIR(folder.lstat().st_mode):
            return True
        folder.unlink()
    except OSError:
        pass
    return False


@contextlib.contextmanager
def sweeping(targets: Targets, spare: Path | None = None) -> Iterator[None]:
    """Remove ``old_folders`` but ``spare`` (left for the swap, ``spare_folder``) in a thread
    while the block runs; wait for it on leaving.

    Removing the last build's docs folder (9,000 links in 1,400 folders at 1,000 articles)
    right after the swap cost 0.3-2 s of a rebuild's wall time, waiting on the disk at the
    very end of the command; at the start of the next build it overlaps the stages before
    publishing (loading, and waiting for the spaCy process after an edit). The thread never
    outlives the block, whatever ends it."""
    folders = [folder for folder in old_folders(targets) if folder != spare]
    if not folders:
        yield
        return

    def sweep() -> None:
        for folder in folders:
            remove_tree(folder)

    sweeper = threading.Thread(target=sweep, name="briefing-sweep")
    sweeper.start()
    try:
        yield
    finally:
        sweeper.join()


def remove_leftovers(targets: Targets, spare: Path | None = None) -> None:
    """Old output folders (but ``spare``, ``spare_folder``) and staging folders that
    interrupted builds left behind.

    Another briefing may be building into the same parent folder right now: its staging
    folder is locked, and only unlocked ones are removed.
    """
    for path in old_folders(targets):
        if path != spare:
            shutil.rmtree(path, ignore_errors=True)
    for target in (targets.docs, targets.site):
        parent = target.resolve().parent
        if not parent.is_dir():
            continue
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


def replace_folder(new: Path, target: Path, *, keep_old: bool = False) -> Path | None:
    """Swap ``new`` into ``target``; the old folder is removed only after the swap, or with
    ``keep_old`` left beside it under a hidden name (``old_folders``) for the caller or the
    next build to remove (``sweeping``), and returned."""
    target.parent.mkdir(parents=True, exist_ok=True)
    if new.stat().st_dev != target.parent.stat().st_dev:
        # On another file system (``--docs`` on a tmpfs, the site elsewhere) no rename can
        # move it: copied beside the target first, so the swap stays a rename and a build
        # stopped while copying leaves the live folder whole (the copy, named as an old
        # folder, is removed by the next build).
        copy = Path(tempfile.mkdtemp(prefix=f".{target.name}{OLD_INFIX}copy-", dir=target.parent))
        shutil.copytree(new, copy, dirs_exist_ok=True)
        new = copy
    old = None
    if target.exists():
        # Unique even if a kept folder of an earlier process with this number is still there.
        old = Path(
            tempfile.mkdtemp(prefix=f".{target.name}{OLD_INFIX}{os.getpid()}-", dir=target.parent)
        )
        os.rename(target, old)  # onto the empty folder just made: rename replaces it
    try:
        os.rename(new, target)
    except OSError:
        shutil.copytree(new, target)
    if old is not None and not keep_old:
        remove_tree(old)
        return None
    return old


def remove_tree(folder: Path) -> None:
    """``shutil.rmtree(folder, ignore_errors=True)``, its calls spread over ``IO_THREADS``
    threads: every file first, then the folders, deepest first, a level at a time. A link
    named like a folder to remove is removed itself, never followed."""
    if folder.is_symlink():
        with contextlib.suppress(OSError):
            folder.unlink()
        return
    files: list[str] = []
    levels: dict[int, list[str]] = {}
    for root, folders, names in os.walk(folder):  # links to folders are listed, not followed
        files.extend(os.path.join(root, name) for name in names)
        files.extend(
            os.path.join(root, f) for f in folders if os.path.islink(os.path.join(root, f))
        )
        levels.setdefault(root.count(os.sep), []).append(root)

    def quietly(call: Callable[[str], None]) -> Callable[[str], None]:
        def run(path: str) -> None:
            with contextlib.suppress(OSError):
                call(path)

        return run

    with ThreadPoolExecutor(IO_THREADS) as pool:
        in_threads(pool, quietly(os.unlink), files)
        for depth in sorted(levels, reverse=True):
            in_threads(pool, quietly(os.rmdir), levels[depth])
    shutil.rmtree(folder, ignore_errors=True)  # whatever a call above could not remove


LOCK_SUFFIX = ".briefing-lock"
OUTPUT_LOCK = ".{name}" + LOCK_SUFFIX
"""The lock file of one output folder, hidden beside it (in the folder its staging folder is
made in); it exists only while a build holds it (or after one was killed: then unlocked)."""


class OutputBusy(RuntimeError):
    """Another build holds an output folder and this one was told not to wait (``--no-wait``)."""


def lock_path(target: Path) -> Path:
    """The lock file of the output folder ``target``, keyed by where it really is: two builds
    naming one folder by different paths (relative, through a link) share it."""
    resolved = target.resolve()
    return resolved.parent / OUTPUT_LOCK.format(name=resolved.name)


@contextlib.contextmanager
def output_locked(
    targets: Sequence[Path],
    *,
    wait: bool | float = True,
    say: Callable[[str], None] | None = None,
) -> Iterator[None]:
    """Hold every output folder of ``targets`` for one build, from before it first reads the
    live output (or its record) to after its swap: two builds into one output never mix.

    A second build waits, saying so once through ``say``; with ``wait=False`` it raises
    ``OutputBusy`` at once, and with a number of seconds once it has waited that long in all
    (a hung build must not hold a CI job until the job's own limit). The locks are POSIX
    record locks (``lockf``): they belong to this process alone, so neither the annotation
    workers it forks (which could outlive a killed build) nor a crash keep them; the kernel
    drops them when the process ends, however it ends. They are taken in one order (by
    path), so two builds sharing two outputs never wait on each other. Folders made to hold
    a lock file are removed on leaving if still empty."""
    paths = sorted({lock_path(target) for target in targets})
    made = [folder for path in paths for folder in (path.parent, *path.parent.parents)]
    made = sorted({f for f in made if not f.exists()}, key=lambda f: len(f.parts), reverse=True)
    said: list[Path] = []

    def waiting(path: Path, holder: str) -> None:
        """Say once per build that it waits, however many of its outputs are held."""
        if not said:
            said.append(path)
            if say is not None:
                say(_waiting_message(path, holder))

    deadline = None if isinstance(wait, bool) else time.monotonic() + max(0.0, wait)
    gated: list[threading.Lock] = []
    held: list[tuple[Path, int]] = []
    try:
        for path in paths:
            gated.append(_gate(path, wait is not False, deadline, waiting))
            held.append((path, _acquired(path, wait is not False, deadline, waiting)))
        yield
    finally:
        for path, fd in reversed(held):
            # Unlinked while still held: a build waiting on this file then takes a lock on a
            # file no longer at ``path``, sees so, and opens a new one (``_acquired``).
            with contextlib.suppress(OSError):
                path.unlink()
            os.close(fd)
        for gate in reversed(gated):
            gate.release()
        for folder in made:
            with contextlib.suppress(OSError):
                folder.rmdir()


def _named(path: Path, holder: str) -> str:
    """'site/ (process 1234)': the output folder a lock file ``path`` guards, and its holder."""
    from ..errors import display_path

    name = path.name[1 : -len(LOCK_SUFFIX)]
    return display_path(path.parent / name) + "/" + (f" (process {holder})" if holder else "")


def _busy(path: Path, holder: str, *, limit: bool = False) -> OutputBusy:
    """The error of a build that may wait no longer (``limit``: its ``--wait`` has passed)."""
    if limit:
        return OutputBusy(
            f"another build into {_named(path, holder)} is still running after the --wait "
            "limit; run again when it has finished, or with a longer --wait"
        )
    return OutputBusy(
        f"another build into {_named(path, holder)} is running; run again when it has "
        "finished, or without --no-wait to wait for it"
    )


def _waiting_message(path: Path, holder: str) -> str:
    return f"waiting for another build into {_named(path, holder)} …"


_GATES: dict[Path, threading.Lock] = {}
_GATES_GUARD = threading.Lock()
"""One lock per output lock file for the threads of this process. A POSIX record lock is the
whole process's: two threads building into one output would both "hold" it, and either one
closing its descriptor would drop the other's lock. So a thread first passes this gate, then
takes the file's lock. Process-wide by nature, as the kernel's locks are (the one module-level
state of the generator); entries are never removed, one per output folder ever built."""


def _gate(
    path: Path, wait: bool, deadline: float | None, waiting: Callable[[Path, str], None]
) -> threading.Lock:
    """This process's gate for ``path``, taken: at once, after waiting (until ``deadline``
    if there is one), or ``OutputBusy`` as ``_acquired`` would say it."""
    with _GATES_GUARD:
        gate = _GATES.setdefault(path, threading.Lock())
    if gate.acquire(blocking=False):
        return gate
    holder = str(os.getpid())
    if not wait:
        raise _busy(path, holder)
    waiting(path, holder)
    if gate.acquire(timeout=-1 if deadline is None else max(0.0, deadline - time.monotonic())):
        return gate
    raise _busy(path, holder, limit=True)


WAIT_POLL = 0.2
"""Seconds between two tries for a held lock when the wait has a limit (``lockf`` itself has
no timeout; a blocking wait with none is woken by the kernel instead)."""


def _acquired(
    path: Path, wait: bool, deadline: float | None, waiting: Callable[[Path, str], None]
) -> int:
    """An open descriptor of ``path`` holding its lock, the file still at ``path`` (one a
    releasing build unlinked while this one waited on it is given up, and a new one made).
    With a ``deadline`` (``time.monotonic``), ``OutputBusy`` once it passes."""
    while True:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
        try:
            try:
                fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except (BlockingIOError, PermissionError):  # EAGAIN or EACCES: held by another
                holder = _holder(fd)
                if not wait:
                    raise _busy(path, holder) from None
                waiting(path, holder)
                if deadline is None:
                    fcntl.lockf(fd, fcntl.LOCK_EX)
                else:
                    _wait_until(fd, path, deadline)
            try:
                same = os.path.samestat(os.fstat(fd), os.stat(path))
            except FileNotFoundError:
                same = False
            if same:
                with contextlib.suppress(OSError):
                    os.ftruncate(fd, 0)
                    os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
                return fd
        except BaseException:
            os.close(fd)
            raise
        os.close(fd)


def _wait_until(fd: int, path: Path, deadline: float) -> None:
    """Take ``fd``'s lock, trying every ``WAIT_POLL`` seconds; ``OutputBusy`` at ``deadline``."""
    while True:
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except (BlockingIOError, PermissionError):
            left = deadline - time.monotonic()
            if left <= 0:
                raise _busy(path, _holder(fd), limit=True) from None
            time.sleep(min(WAIT_POLL, left))


def _holder(fd: int) -> str:
    """The process id the holder wrote into the lock file ('' if none yet)."""
    with contextlib.suppress(OSError, UnicodeDecodeError):
        text = os.pread(fd, 32, 0).decode().strip()
        if text.isdigit():
            return text
    return ""
