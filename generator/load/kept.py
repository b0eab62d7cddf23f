"""Articles parsed by the last build, kept in the cache folder: a rebuild after one edit parses
one article's front matter and paragraphs, not a thousand (0.25 s at 1,000 articles).

Each entry is keyed by a digest of the file's bytes, the path it was read from and the path
messages show (``display_path``: the working directory's part), salted with the generator's
code: the parse reads nothing else, so a kept article is the one parsing would give. The file
is read each time (0.02 s at 1,000 articles; its size and time alone could miss an edit made
within the file system's clock tick). An article is kept with the warnings its parse gave
(given again on a hit), never one that gave an error (an error stops the build, and is
reported anew each time), nor one whose file changed while it was parsed. One file, written
by ``marshal`` with ``steps``'s encoding (only the generator's dataclasses are made from
it, no code runs) and sealed by a checksum (``memo.sealed``); a damaged, foreign or
old-version file, or an entry that does not decode, is ignored and the article parsed.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from pathlib import Path

from ..errors import ContentError, display_path
from ..memo import UNREADABLE, Entries, code_digest
from ..model import Article
from .articles import load_article
from .schema import MAX_FILE_BYTES

VERSION = "1"
"""Bump when an entry's form changes."""
FILE = "load-articles.marshal"
"""The kept articles' file in the cache folder (pruned with the annotations when unused)."""


class KeptArticles:
    """``load_article``, from the last build's parse where the file is the same."""

    def __init__(self, folder: Path | None):
        self.path = folder / FILE if folder is not None else None
        self._entries = Entries(self.path)
        self.counts = {"hits": 0, "misses": 0}
        self._folders: dict[Path, str] = {}
        """Each folder's ``display_path``, for ``_shown``."""
        if self.path is None:
            return
        salt = code_digest()
        salt.update(f"load-articles\0{VERSION}\0".encode())
        self._salt = salt.digest()
        self._entries.kept()  # read once, now

    def load(self, path: Path, errors: list[ContentError]) -> Article | None:
        """The article at ``path`` (None if it did not load), its problems added to
        ``errors``, as ``load_article`` gives them."""
        if self.path is None:
            return load_article(path, errors)
        try:
            if path.stat().st_size > MAX_FILE_BYTES:
                raise OSError("too large to read: reported by the parse")
            data = path.read_bytes()
        except OSError:
            return load_article(path, errors)
        digest = hashlib.sha256(self._salt)
        digest.update(f"{path}\0{self._shown(path)}\0".encode())
        digest.update(data)
        key = digest.hexdigest()
        entries = self._entries.kept()
        if key in entries:
            from ..steps import decode  # the build imports it anyway; ``check`` not

            try:
                kept, found = decode(entries[key])
                if type(kept) is not Article or not all(
                    type(e) is ContentError and e.is_warning for e in found
                ):
                    raise ValueError("a kept value of another kind")
            except (*UNREADABLE, KeyError, IndexError, AttributeError, ImportError):
                pass  # parsed below
            else:
                self.counts["hits"] += 1
                self._entries.used[key] = entries[key]
                errors.extend(found)
                article: Article = kept
                return article
        from ..steps import Unknown, encode

        self.counts["misses"] += 1
        self._entries.changed = True
        before = len(errors)
        parsed = load_article(path, errors)
        found = tuple(errors[before:])
        if parsed is not None and all(e.is_warning for e in found) and _unchanged(path, data):
            with contextlib.suppress(Unknown):  # a line that is a ``Mark``, say: parsed each time
                self._entries.used[key] = encode((parsed, found))
        return parsed

    def save(self) -> None:
        """Keep this build's entries (and only them), if any differ from the file's."""
        self._entries.save()

    def _shown(self, path: Path) -> str:
        """``display_path(path)``, its folder's part found once per folder (``_folders``): a
        content folder outside the working directory is resolved, a lookup of every part of
        the path for each of 1,000 articles (0.07 s). The same string: a plain name that is
        no link adds itself to its folder's resolved path; anything else is asked whole."""
        folder = path.parent
        shown = self._folders.get(folder)
        if shown is None:
            shown = self._folders[folder] = display_path(folder)
        if (
            shown in ("", ".")
            or shown.endswith(os.sep)
            or path.name in ("", ".", "..")
            or os.path.islink(path)
        ):
            return display_path(path)
        return shown + os.sep + path.name


def _unchanged(path: Path, data: bytes) -> bool:
    """Whether ``path`` still holds ``data``: the parse reads the file again, and an editor's
    save between the two reads would file the new parse under the old bytes (the edit undone,
    the next build would take it back). Read on a miss only: a rebuild's one or two files."""
    try:
        return path.read_bytes() == data
    except OSError:
        return False
