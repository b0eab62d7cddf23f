"""The generated files of a build, passed from render to publish."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, MutableMapping
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class OnDisk:
    """A page's bytes left in the last build's file, known unchanged since that build without
    reading it (``reuse.Previous.data``): read only if something asks for the text."""

    path: str | Path
    """The file (a string as the rebuild made it: a ``Path`` for each kept page cost more)."""


class Pages(MutableMapping[str, str]):
    """Generated files by path relative to the docs folder, read and written as text but
    held as UTF-8 bytes.

    A build holds every page at once between render and publish. As Python strings they
    cost two bytes a character whenever a page holds one curly quote or dash: measured at
    10,000 articles, 799 MB of strings for 443 MB of files, most of the build's peak memory.
    """

    def __init__(self, items: Mapping[str, str] | Iterable[tuple[str, str]] = ()) -> None:
        self._data: dict[str, bytes | OnDisk] = {}
        self.update(items)

    def __getitem__(self, path: str) -> str:
        return self.data(path).decode()

    def __setitem__(self, path: str, text: str) -> None:
        self._data[path] = text.encode()

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

    def sorted(self) -> Pages:
        """The same files in path order (the order pages are written and reported)."""
        out = Pages()
        out._data = dict(sorted(self._data.items()))
        return out


def encoded(files: Mapping[str, str], path: str) -> bytes:
    """A generated file's bytes, from ``Pages`` without decoding it or from a plain dict."""
    return files.data(path) if isinstance(files, Pages) else files[path].encode()
