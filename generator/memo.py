"""Results of a pure per-article step kept between builds, so a rebuild redoes one article's.

A rebuild after one edit still resolves the whole briefing, and most of that is reading each
article's spans again (``resolve.collect``), the same work with the same answer for the 999
articles that did not change. A ``Memo`` keeps such a step's result for each article in the
annotation cache's folder, under a digest of everything the step reads (the article's
annotation, its text, the curated names, the generator's code), and hands it back when the
digest is the same. A step's entries are all in one file (``step + SUFFIX``: one read a
build, not one per article), written by ``save`` with this build's entries only, as plain
values (lists, tuples, dicts, strings, numbers) by ``marshal`` (a shared or restored cache
must not be able to run code, as a pickle could; ``marshal`` runs none) after a checksum
(``sealed``: a damaged file is no file); it is pruned with
the annotations (``annotate.prune_cache``: same folder, same age), and an entry that cannot
be read is computed again: a memo never changes an answer, only how soon it comes.
"""

from __future__ import annotations

import contextlib
import copy
import functools
import hashlib
import json
import marshal
import os
import sys
import tempfile
import zlib
from collections import Counter
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from importlib import metadata
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

VERSION = "2"
"""Bump when an entry's form changes (2: one file a step, was one file an article)."""
SUFFIX = ".marshal"
MARSHAL_VERSION = 2
"""``marshal``'s format 2: equal values give equal bytes (3 and later mark objects referred to
more than once, which follows how this process happened to share them), so a build on a
cluster leaves the same cache as one here (``tests/test_cluster.py``)."""
UNREADABLE = (OSError, ValueError, EOFError, TypeError)
"""What reading a missing, damaged or foreign file raises (``marshal.loads``: the last three)."""
_HEAD = b"gmc2"
"""A sealed file's first bytes (``sealed``), then the CRC-32 of the ``marshal`` bytes after."""
CODE = Path(__file__).resolve().parent
"""The generator's code: any change in it may change a step's answer."""
LIBRARIES = ("anyascii", "Jinja2", "MarkupSafe", "pycountry", "PyYAML", "rapidfuzz")
"""Libraries whose data or behaviour the generator's output reads (spelling folds, the
states' names, fuzzy ratios, templates, escaping): an upgrade of one is a change of code too
(spaCy and its model are in the annotation cache's key)."""


def tree_digest(*folders: Path) -> hashlib._Hash:
    """A running digest of every file under ``folders`` (names and bytes, sorted), for salting
    what a change of code or templates must invalidate; compiled files are left out."""
    digest = hashlib.sha256()
    for folder in folders:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            if "__pycache__" in path.parts:
                continue
            digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
            digest.update(path.read_bytes() + b"\0")
    return digest


class ReadAhead:
    """Sealed cache files read (``unsealed``) before the stages that ask for them, while the
    build waits for something else (the spaCy process's parse after an edit): each file's
    values go once to the first reader of its path (``take``); any other read is from disk,
    as before. A memo's entries are filed under digests of all they read, so a file that
    another build rewrote in between still gives right answers, at worst fewer hits.

    Made with ``behind=True`` (a build's), it also writes the files the memos save
    (``write``) in a thread of its own while the build goes on, in the order given, and
    ``wait`` (or leaving its ``with`` block) returns once all are on disk. Writing them is
    mostly waiting for the file system (after one edit at 1,000 articles: 19 files, 17 MB,
    0.01 s of CPU and 0.2-0.35 s of wall on a loaded machine, the rename over the old file
    above all), which the thread does without the interpreter's lock."""

    def __init__(self, *, behind: bool = False) -> None:
        self._values: dict[Path, Any] = {}
        self._behind = behind
        self._writer: ThreadPoolExecutor | None = None

    def read(self, paths: Iterable[Path]) -> None:
        """Read ``paths`` now; a missing or damaged one is left to its reader to find so."""
        for path in paths:
            with contextlib.suppress(*UNREADABLE):
                self._values[path] = unsealed(path.read_bytes())

    def take(self, path: Path) -> Any:
        """``unsealed`` of the file's bytes: read ahead (once), else read now."""
        try:
            return self._values.pop(path)
        except KeyError:
            return unsealed(path.read_bytes())

    def write(self, path: Path, data: bytes) -> None:
        """``write_atomic(path, data)``, in the thread when ``behind``, else now; a file that
        cannot be written is left unwritten (a read-only cache still builds), as the memos'
        ``save`` did when it wrote in place."""
        if not self._behind:
            with contextlib.suppress(OSError):
                write_atomic(path, data)
            return
        if self._writer is None:  # made on the first write: no thread while a stage forks
            self._writer = ThreadPoolExecutor(1, thread_name_prefix="memo-writes")
        self._writer.submit(_written, path, data)

    def wait(self) -> None:
        """Return once every file given to ``write`` is written; the thread ends."""
        if self._writer is not None:
            self._writer.shutdown(wait=True)
            self._writer = None

    def __enter__(self) -> ReadAhead:
        return self

    def __exit__(self, *_: object) -> None:
        self.wait()


def _written(path: Path, data: bytes) -> None:
    with contextlib.suppress(OSError):
        write_atomic(path, data)


class Memo:
    """One step's per-article results in ``folder`` (none kept when it is None); ``ahead``,
    its file when it was read ahead."""

    def __init__(self, folder: Path | None, step: str, ahead: ReadAhead | None = None):
        self.folder = folder
        self.step = step
        self.ahead = ahead or ReadAhead()
        """Shared with the memos ``salted`` makes of this one, and with resolve's ``Steps``."""
        # Nothing kept, nothing to name: the code is digested only where a memo is kept.
        self._salt = code_digest() if folder is not None else hashlib.sha256()
        self._salt.update(f"{VERSION}\0{step}\0".encode())
        self.counts: Counter[str] = Counter()
        """``hits`` and ``misses``, shared with the memos ``salted`` makes of this one."""
        self._entries = Entries(
            folder / f"{step}{SUFFIX}" if folder is not None else None, self.ahead
        )
        """The step's file, read once; shared with the memos ``salted`` makes of this one."""

    def salted(self, *parts: object) -> Memo:
        """The same memo with what every entry of this build reads besides its own inputs (the
        curated names, say) added to each entry's digest."""
        memo = copy.copy(self)  # the same counts
        memo._salt = self._salt.copy()
        memo._salt.update(json.dumps(parts, sort_keys=True, default=repr).encode())
        return memo

    def get(
        self,
        inputs: Iterable[object],
        compute: Callable[[], T],
        encode: Callable[[T], Any],
        decode: Callable[[Any], T],
        *,
        keep: bool = True,
    ) -> T:
        """``compute()``'s value, from the folder when an entry for the same ``inputs`` (JSON
        values or objects whose ``repr`` says all they hold) is there; else computed and kept.
        ``encode`` makes the value plain values (``marshal``'s); ``decode`` makes it back; the
        entries are kept by ``save``. ``keep=False`` computes it
        (inputs that do not name all the step reads)."""
        return self.keyed(inputs, compute, (encode, decode), keep)[0]

    def keyed(
        self,
        inputs: Iterable[object],
        compute: Callable[[], T],
        coding: tuple[Callable[[T], Any], Callable[[Any], T]],
        keep: bool = True,
    ) -> tuple[T, str | None]:
        """``get``'s value (``coding``: its ``encode`` and ``decode``) with its entry's key,
        or None when it is not kept: a digest of all the value is made of, which a later step
        may key the value by instead of digesting the value again (``steps.Steps.seed``)."""
        encode, decode = coding
        if self.folder is None or not keep:
            return compute(), None
        key = self._key(inputs)
        hit = self._hit(key, decode)
        if hit is not None:
            return hit[0], key
        value = compute()
        self.counts["misses"] += 1
        self._entries.changed = True
        self._entries.used[key] = encode(value)
        return value, key

    def found(self, inputs: Iterable[object], decode: Callable[[Any], T]) -> T | None:
        """The value ``get`` would take from the folder for ``inputs`` (counted and kept as
        its hit would be), or None where it would compute one: for a caller that can ask
        before it has what computing needs."""
        hit = self.found_keyed(inputs, decode)
        return hit[0] if hit is not None else None

    def found_keyed(
        self, inputs: Iterable[object], decode: Callable[[Any], T]
    ) -> tuple[T, str] | None:
        """``found``'s value with its entry's key (as ``keyed``'s), or None."""
        if self.folder is None:
            return None
        key = self._key(inputs)
        hit = self._hit(key, decode)
        return (hit[0], key) if hit is not None else None

    def _key(self, inputs: Iterable[object]) -> str:
        digest = self._salt.copy()
        digest.update(json.dumps(list(inputs), sort_keys=True, default=repr).encode())
        return digest.hexdigest()

    def _hit(self, key: str, decode: Callable[[Any], T]) -> tuple[T] | None:
        """The kept value of ``key``, counted and kept as used; None if there is none."""
        kept = self._entries.kept()
        if key not in kept:
            return None
        try:
            value = decode(kept[key])
        except (ValueError, TypeError, KeyError, IndexError, AttributeError):
            return None  # computed by the caller, outside this handler
        self.counts["hits"] += 1
        self._entries.used[key] = kept[key]
        return (value,)

    def save(self) -> None:
        """Keep this build's entries (and only them) for the next, if any differ from the
        file's; else mark the file used (``annotate.prune_cache``). Saving again writes only
        what was asked since (a ``with`` block's save after the step's own is free)."""
        self._entries.save()

    def __enter__(self) -> Memo:
        return self

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        """Saved when the block ends (``save`` cannot be forgotten); after an error, not."""
        if kind is None:
            self.save()


class Entries:
    """One sealed file of entries (a step's, ``{"entries": {key: value}}``): the entries it
    held, read when first asked, and this build's (``used``), which ``save`` keeps. Set
    ``changed`` when an entry is computed anew."""

    def __init__(self, path: Path | None, ahead: ReadAhead | None = None):
        self.path = path
        self._ahead = ahead or ReadAhead()
        self._kept: dict[str, Any] | None = None
        self.used: dict[str, Any] = {}
        self.changed = False
        self.notes: dict[str, str] = {}
        """A short string kept beside some entries (``{"notes": {key: note}}`` in the file),
        read with them: what a later step needs to know of a value without decoding it (a
        fingerprint of it, say). ``save`` keeps the notes of this build's entries."""

    def kept(self) -> dict[str, Any]:
        """The file's entries, read on the first call ({} if it is missing, damaged or not
        one: then ``save`` writes it anew)."""
        if self._kept is None:
            self._kept = {}
            try:
                if self.path is None:
                    raise OSError("no folder")
                data = self._ahead.take(self.path)
                if not isinstance(data, dict) or not isinstance(data.get("entries"), dict):
                    raise ValueError("not a file of entries")
                notes = data.get("notes", {})
                if not isinstance(notes, dict):
                    raise ValueError("not a file of entries")
                self._kept = data["entries"]
                self.notes = notes
            except UNREADABLE:
                self.changed = True  # written anew by ``save``
        return self._kept

    def save(self) -> None:
        """Keep this build's entries (and only them) if any differ from the file's, else
        mark the file used (``annotate.prune_cache``); nothing if it was never read."""
        if self.path is None or self._kept is None:
            return  # nothing was asked
        if not self.changed and len(self.used) == len(self._kept):
            mark_used(self.path)
            return
        notes = {key: self.notes[key] for key in self.used if key in self.notes}
        data = {"entries": self.used, "notes": notes} if notes else {"entries": self.used}
        with contextlib.suppress(ValueError):  # a value ``marshal`` cannot keep: no file
            self._ahead.write(self.path, sealed(data))  # unwritable: none (read-only cache)
        self._kept, self.changed = dict(self.used), False  # what the file holds now
        self.notes = notes


def sealed(values: Any) -> bytes:
    """``values`` (plain values) as a cache file holds them: ``marshal``'s bytes after a
    checksum of them. A byte changed on disk or in a copy inside a kept value leaves a file
    ``marshal`` reads, of the right form and under the right key, with another value in it
    (a title a letter off): the checksum makes such a file unreadable, computed again. A
    CRC-32 costs 1.4 ms a megabyte here, a tenth of ``marshal.loads``."""
    data = marshal.dumps(values, MARSHAL_VERSION)
    return _HEAD + zlib.crc32(data).to_bytes(4, "big") + data


def unsealed(data: bytes) -> Any:
    """Back from ``sealed``; ``ValueError`` (or ``EOFError``, ``TypeError``) for a file that
    is not one, is cut short or was changed since."""
    view = memoryview(data)
    body = view[len(_HEAD) + 4 :]
    if view[: len(_HEAD)] != _HEAD or view[len(_HEAD) : len(_HEAD) + 4] != zlib.crc32(
        body
    ).to_bytes(4, "big"):
        raise ValueError("not a sealed cache file, or changed since it was written")
    return marshal.loads(body)


def code_digest(*folders: Path) -> hashlib._Hash:
    """A running digest of the generator's code, the Python version, ``LIBRARIES``' versions
    and ``folders`` (templates): what every memo entry and page digest is salted with. The
    code is the code this process runs, read once: a ``serve`` left running while the code
    is edited still runs the old code and must not file its results under the new code's
    name. The templates are read anew each time, as each build reads them."""
    digest = hashlib.sha256(_running_code())
    if folders:
        digest.update(tree_digest(*folders).digest())
    return digest


@functools.cache
def _running_code() -> bytes:
    digest = tree_digest(CODE)
    digest.update(repr((sys.version_info[:2], _versions(LIBRARIES))).encode())
    return digest.digest()


def _versions(names: Iterable[str]) -> list[str | None]:
    found: list[str | None] = []
    for name in names:
        try:
            found.append(metadata.version(name))
        except metadata.PackageNotFoundError:
            found.append(None)
    return found


def mark_used(path: Path) -> None:
    """Touch a kept cache file: ``annotate.prune_cache`` removes files unused for a while, by
    modification time. A read-only cache still serves its entries."""
    with contextlib.suppress(OSError):
        os.utime(path)


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``path`` whole or not at all: a build stopped halfway leaves no half-written
    cache entry (a stray ``.tmp`` at most, which ``annotate.prune_cache`` removes)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError) and exc.filename is None:  # say which file (disk full)
            raise OSError(exc.errno, exc.strerror, str(path)) from exc
        raise
