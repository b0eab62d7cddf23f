"""Where problems go while a content folder is read: every file adds to one list."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from ..errors import ContentError, display_path
from ..yamlio import Mark


class Collector:
    """Gathers errors (and ``W`` warnings) for one file; keeps call sites short."""

    def __init__(self, path: Path, errors: list[ContentError]):
        self._file = path
        self.errors = errors

    @functools.cached_property
    def path(self) -> str:
        """The file as messages show it (``display_path``), found when first asked: the
        listing of a content folder makes a collector for every file, and most never report
        (outside the working directory each one resolves its path: 0.07 s at 1,000 articles)."""
        return display_path(self._file)

    def add(self, line: int, code: str, message: str, hint: str = "") -> None:
        column = line.column if isinstance(line, Mark) else 0
        self.errors.append(ContentError(self.path, int(line), code, message, hint, column))


@dataclass(frozen=True)
class Wanted:
    """Text a contributor expects to occur in some article: checked once all are loaded."""

    path: str
    mark: int
    what: str
    value: str
    names: tuple[str, ...] = ()
    """The entity's other names: an alias is checked only where they occur."""
