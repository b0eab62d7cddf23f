"""The generated files of a build, passed from render to publish."""

from __future__ import annotations

import functools
import hashlib
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class OnDisk:
    """A page's bytes left in the last build's file, known unchanged since that build without
    reading it (``reuse.Previous.data``): read only if something asks for the text."""

    path: str | Path
    """The file (a string as the rebuild made it: a ``Path`` for each kept page cost more)."""


@dataclass(frozen=True)
class Spooled(OnDisk):
    """A page made by this build and written to its spool (``Spool``) as soon as made, with
    its text's hash and size: publishing moves the file into the docs folder, and the record
    of the pages (``reuse.digests_file``) takes the hash without reading it again."""

    sha256: str
    size: int


class Spool:
    """A folder the build's new files are written into as they are made (``Pages`` with a
    spool, the export), so that a build never holds them all at once: at 10,000 articles the
    pages were 443 MB of files, a quarter of the generator's peak memory, and the export 116
    MB. It lies in the staging folder publishing swaps in (``publish.staging_folder``),
    removed with it whatever happens: nothing here touches the docs folder."""

    def __init__(self, folder: Path | Callable[[], Path]) -> None:
        self._folder = folder
        self._made: set[str] = set()

    @functools.cached_property
    def folder(self) -> str:
        """The folder, asked for (made) when the first file is written."""
        return os.fspath(self._folder() if callable(self._folder) else self._folder)

    def open(self, path: str) -> SpoolFile:
        """A new file at ``path`` (relative, ``/``-separated) to write in parts."""
        parent = path.rpartition("/")[0]
        if parent not in self._made:
            os.makedirs(os.path.join(self.folder, parent), exist_ok=True)
            self._made.add(parent)
        return SpoolFile(os.path.join(self.folder, path))

    def write(self, path: str, data: bytes) -> Spooled:
        """``data`` written at ``path``, whole."""
        with self.open(path) as out:
            out.write(data)
        return out.spooled()


class SpoolFile:
    """One file of a spool being written, hashed as it goes (a context manager)."""

    def __init__(self, path: str) -> None:
        self._path = path
        self._file = open(path, "wb")  # noqa: SIM115 - closed by ``__exit__``
        self._hash = hashlib.sha256()
        self._size = 0

    def write(self, data: bytes | memoryview) -> None:
        self._file.write(data)
        self._hash.update(data)
        self._size += len(data)

    def __enter__(self) -> SpoolFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self._file.close()

    def spooled(self) -> Spooled:
        """The file as written so far (call once it is closed)."""
        return Spooled(self._path, self._hash.hexdigest(), self._size)


class Pages(MutableMapping[str, str]):
    """Generated files by path relative to the docs folder, read and written as text but
    held as UTF-8 bytes.

    As Python strings pages cost two bytes a character whenever a page holds one curly quote
    or dash: measured at 10,000 articles, 799 MB of strings for 443 MB of files. With a
    ``spool`` (a build's), a page set as text is written there at once and only its file is
    held (``Spooled``): the build never holds every page at once.
    """

    def __init__(
        self, items: Mapping[str, str] | Iterable[tuple[str, str]] = (), spool: Spool | None = None
    ) -> None:
        self._data: dict[str, bytes | OnDisk] = {}
        self._spool = spool
        self.update(items)

    def __getitem__(self, path: str) -> str:
        return self.data(path).decode()

    def __setitem__(self, path: str, text: str) -> None:
        self.add(path, text.encode())

    def add(self, path: str, data: bytes) -> None:
        """Add a page made by this build, encoded: written to the spool if there is one."""
        self._data[path] = data if self._spool is None else self._spool.write(path, data)

    def __delitem__(self, path: str) -> None:
        del self._data[path]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __repr__(self) -> str:
        return f"Pages({len(self)} files)"

    def put(self, path: str, data: bytes | OnDisk) -> None:
        """Add a file already encoded as UTF-8 (the JSON export), without a text copy, or
        one that is the last build's file, unread."""
        self._data[path] = data

    def data(self, path: str) -> bytes:
        """The file's bytes as written, without decoding them (read if they are on disk)."""
        found = self._data[path]
        return Path(found.path).read_bytes() if isinstance(found, OnDisk) else found

    def entry(self, path: str) -> bytes | OnDisk:
        """The file as held: its bytes, or where they are (``OnDisk``, ``Spooled``)."""
        return self._data[path]

    def sorted(self) -> Pages:
        """The same files in path order (the order pages are written and reported)."""
        out = Pages(spool=self._spool)
        out._data = dict(sorted(self._data.items()))
        return out


def encoded(files: Mapping[str, str], path: str) -> bytes:
    """A generated file's bytes, from ``Pages`` without decoding it or from a plain dict."""
    return files.data(path) if isinstance(files, Pages) else files[path].encode()


def text_hash(files: Mapping[str, str], path: str) -> tuple[str, int]:
    """A generated file's SHA-256 and size in bytes; a spooled file's as hashed when written."""
    found = files.entry(path) if isinstance(files, Pages) else None
    if isinstance(found, Spooled):
        return found.sha256, found.size
    data = encoded(files, path)
    return hashlib.sha256(data).hexdigest(), len(data)
