"""Pages of the last build reused when nothing they are made from changed (render's helper).

A page is a function of its view (the frozen data the evidence stage made for it), the
templates, the generator's code, the libraries it reads (``memo.code_digest``) and a few
briefing-wide settings (title, content folder, repository). Its *digest* hashes all of them;
the docs folder keeps the digest of every page it holds (``DIGESTS``, a dotfile MkDocs
skips), so a rebuild after one edit renders only the pages whose digest changed and takes the
others' text from the last build, byte for byte.

The digest must cover everything a page reads. Entity and article pages read only their view
(their templates look up no other entity); the index and overview pages may look up any
entity, so their digest also covers every entity; the review's index is always rendered. A
view is hashed as its pickle without the memo (so equal values give equal bytes whatever
objects they share); an article inside a view is hashed once per build
and stands for itself by that digest, so an actor quoted in 500 articles does not hash 500
article texts.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import json
import operator
import pickle
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .memo import code_digest
from .model import Article, Source, encoded

DIGESTS = ".briefing-pages.json"
"""The docs folder's record of each page's digest (dotfiles are not pages: MkDocs skips them)."""
VERSION = "2"
"""Bump when the digest changes meaning."""


@dataclass(frozen=True)
class Previous:
    """The last build's pages: each page's digest and its text's hash, and the folder holding
    the text (a page edited there by hand no longer matches its hash and is made again)."""

    folder: Path
    digests: Mapping[str, list[str]]

    def data(self, page: str, digest: str) -> bytes | None:
        """The last build's file of ``page`` (UTF-8) if it was made from the same inputs."""
        known = self.digests.get(page)
        if not isinstance(known, list) or len(known) != 2 or known[0] != digest:
            return None
        try:
            data = (self.folder / page).read_bytes()
        except OSError:
            return None  # gone: render it again
        if hashlib.sha256(data).hexdigest() != known[1]:
            return None
        return data


def previous_pages(docs: Path) -> Previous:
    """What the docs folder of the last build holds (nothing if it has no valid record)."""
    try:
        data = json.loads((docs / DIGESTS).read_text(encoding="utf-8"))
        digests = data["pages"] if data.get("version") == VERSION else {}
    except (OSError, ValueError, AttributeError, KeyError, TypeError):
        digests = {}
    if not isinstance(digests, dict):
        digests = {}
    return Previous(docs, digests)


def digests_file(
    digests: Mapping[str, str],
    pages: Mapping[str, str],
    previous: Previous | None = None,
    unchanged: frozenset[str] = frozenset(),
) -> str:
    """The record written beside the pages: each page's digest and its text's hash, sorted
    so equal builds write equal bytes. The pages in ``unchanged`` (their text checked against
    ``previous``'s record) keep the hash recorded there instead of being hashed again."""

    def text_hash(page: str) -> str:
        if previous is not None and page in unchanged:
            return str(previous.digests[page][1])
        return hashlib.sha256(encoded(pages, page)).hexdigest()

    record = {page: [digest, text_hash(page)] for page, digest in sorted(digests.items())}
    return json.dumps({"version": VERSION, "pages": record}, indent=0)


class Digester:
    """Hashes views into page digests, salted with everything else every page reads."""

    def __init__(self, templates: Path, settings: Iterable[object]):
        salt = code_digest(templates)
        salt.update(VERSION.encode() + b"\0" + repr(tuple(settings)).encode())
        self._salt = salt
        self._articles: dict[int, tuple[Article, bytes]] = {}
        # Where a file is (articles' and entities' paths, for messages) is written relative to
        # the working directory and shown on no page: left out, so that a build started from
        # another directory does not render every page again.
        self._reducers = _Reducers({Article: self._reduce_article, Source: _reduce_source})

    def digest(self, kind: str, view: object) -> str:
        """The digest of a page of ``kind`` made from ``view``."""
        h = self._salt.copy()
        h.update(kind.encode() + b"\0")
        h.update(self._pickle(view))
        return h.hexdigest()

    def _pickle(self, value: object) -> bytes:
        buffer = io.BytesIO()
        pickler = pickle.Pickler(buffer, protocol=5)
        # An article pickles as its digest. A dispatch table is looked up in C for each
        # object, where ``reducer_override`` would call Python for every one (500,000 a
        # rebuild at 1,000 articles); the bytes are the same.
        pickler.dispatch_table = self._reducers
        pickler.fast = True  # no memo: the bytes depend on values only, not on sharing
        pickler.dump(value)
        return buffer.getvalue()

    def _reduce_article(self, article: Article) -> tuple[type[bytes], tuple[bytes]]:
        return (bytes, (self._article(article),))

    def _article(self, article: Article) -> bytes:
        """An article's digest, without its ``path`` (see ``__init__``)."""
        known = self._articles.get(id(article))
        if known is None or known[0] is not article:
            buffer = io.BytesIO()
            pickler = pickle.Pickler(buffer, protocol=5)
            pickler.fast = True
            pickler.dump(dataclasses.replace(article, path=""))
            known = (article, hashlib.sha256(buffer.getvalue()).digest())
            self._articles[id(article)] = known
        return known[1]


def _reduce_source(source: Source) -> tuple[type[int], tuple[int]]:
    return (int, (source.line,))


class _Reducers(dict[type, Callable[[Any], tuple[Any, ...]]]):
    """The digest's dispatch table. A dataclass with slots pickles through the
    ``__getstate__`` that ``dataclasses`` writes in Python (it lists the fields anew for each
    of the 180,000 records a rebuild at 1,000 articles hashes: a third of the digests' time);
    here it is reduced to its class and its field values, read by one ``attrgetter``. Other
    types are left to pickle (a ``KeyError`` sends the pickler to its own rules)."""

    def __missing__(self, cls: type) -> Callable[[Any], tuple[Any, ...]]:
        if not (dataclasses.is_dataclass(cls) and "__slots__" in vars(cls)):
            raise KeyError(cls)
        names = [f.name for f in dataclasses.fields(cls)]
        if not names:
            raise KeyError(cls)
        getter = operator.attrgetter(*names)

        if len(names) == 1:

            def reduce(value: Any) -> tuple[Any, ...]:
                return (cls, (getter(value),))
        else:

            def reduce(value: Any) -> tuple[Any, ...]:
                return (cls, getter(value))

        self[cls] = reduce
        return reduce
