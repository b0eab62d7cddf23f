"""One error type for every problem a contributor can cause.

Errors are collected, never raised one at a time, so a contributor sees every problem in
their pull request at once, each as ``path:line: CODE message (hint: ...)``.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, order=True)
class ContentError:
    """A problem in a content file, located precisely enough to fix it."""

    path: str
    """File the problem is in, relative to the working directory where possible."""
    line: int
    """1-based line number; 0 when the problem concerns the whole file."""
    code: str
    """Stable code such as ``E103``; documented in ``content/README.md``."""
    message: str
    hint: str = ""

    def __str__(self) -> str:
        text = f"{self.path}:{self.line}: {self.code} {self.message}"
        return f"{text} (hint: {self.hint})" if self.hint else text


class BuildError(Exception):
    """Raised at a stage boundary when content has errors; carries all of them."""

    def __init__(self, errors: Iterable[ContentError]):
        self.errors = sorted(set(errors))
        super().__init__("\n".join(str(e) for e in self.errors))


def display_path(path: Path) -> str:
    """Path as a contributor would type it: relative to the current directory if inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def did_you_mean(word: str, candidates: Iterable[str]) -> str:
    """A hint naming the closest known spelling, or an empty string."""
    close = difflib.get_close_matches(word, sorted(candidates), n=1, cutoff=0.6)
    return f"did you mean '{close[0]}'?" if close else ""
