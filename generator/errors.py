"""Every problem a contributor can cause: one catalogue of codes, one error type.

Errors are collected, never raised one at a time, so a contributor sees every problem in
their pull request at once, each as ``path:line:col: CODE message (hint: ...)``. Codes that
start with ``W`` are warnings: printed, but a build still succeeds unless ``--strict``.
The catalogue below is the single list of codes; ``content/README.md`` documents each and a
test keeps the two in step.
"""

from __future__ import annotations

import difflib
import os
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

CATALOGUE: dict[str, str] = {
    # Files and folders
    "E000": "content folder not found",
    "E001": "unexpected file or folder, or a file name that is not a valid id",
    "E002": "symbolic link (not allowed: it could point outside the repository)",
    "E003": "file is not UTF-8, or cannot be read",
    "E004": "file, article or paragraph too large to process",
    # YAML and fields
    "E010": "malformed YAML (tabs, indentation, duplicate key, unsupported tag, nesting)",
    "E011": "file is not a mapping of fields",
    "E012": "unknown field (with a 'did you mean')",
    "E013": "missing required field",
    "E014": "field has the wrong shape (text vs list)",
    "E015": "unknown type",
    "E016": "invalid date (or outside the years allowed) or Wikidata id",
    "E017": "article file name does not start with its date",
    "E018": "repo_url (or $BRIEFING_REPO_URL) is not an https address of a repository, or "
    "edit_branch is not a branch name",
    "E020": "article has no front matter",
    "E021": "article front matter is not closed",
    "E022": "article has no body text",
    # References between files
    "E103": "unknown id in a reference (with a 'did you mean')",
    "E104": "a name, alias or adjective used by two entities",
    "E105": "the same alias, party or annotation listed twice",
    "E106": "annotated or ignored text does not occur in the article",
    "E107": "a name listed under ignore in briefing.yml that a curated file names",
    # Unsafe or ambiguous text
    "E200": "raw HTML tag",
    "E201": "snippet include syntax",
    "E202": "URL is not http(s)",
    "E204": "characters not allowed in a name, an alias too generic to match, an adjective "
    "without a capital",
    "E205": "invisible, bidirectional-control or control character in a name or title",
    "E206": "a name that mixes scripts (a Cyrillic letter in a Latin name)",
    # Import
    "E300": "import: file not found",
    "E301": "import: unsupported file type",
    "E302": "import: missing or invalid date",
    "E303": "import: no article text (or a CSV row without title or text)",
    "E304": "import: CSV without the columns url, date, title, text",
    "E305": "import: the article file already exists (see --skip-existing)",
    "E306": "import: file is not UTF-8",
    "E307": "import: malformed CSV (wrong number of fields, stray quote, file cut off)",
    "E308": "init refused: the folder already holds a briefing, or is a file",
    "E309": "import: an article longer than content allows (100,000 characters)",
    # Output folders
    "E400": "refused output folder: it would overwrite sources",
    "E401": "refused output folder: it exists and was not made by the generator",
    "E402": "refused output folders: docs and site overlap",
    # Warnings
    "W100": "an alias, adjective or ignore entry that matches no article",
    "W101": "a list item that looks like two items merged by indentation",
    "W102": "a reject entry that names no proposal (its article changed, or a typo)",
}
"""Code -> what it means, in one line; details come with each message and hint."""

_UNSAFE_CHARS = re.compile(
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]"
)
"""Control characters, zero-width and bidirectional controls: shown escaped, never raw."""


def printable(text: str) -> str:
    """Text safe to print in a terminal or CI log: no escape sequences, no hidden reordering."""
    return _UNSAFE_CHARS.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


_CONTROL_NAMES = {0: "NULL", 7: "BELL", 8: "BACKSPACE", 0x1B: "ESCAPE", 0x7F: "DELETE"}


def describe_char(char: str) -> str:
    """``U+200B ZERO WIDTH SPACE``: how a message names a character it refuses."""
    name = unicodedata.name(char, "") or _CONTROL_NAMES.get(ord(char), "CONTROL CHARACTER")
    return f"U+{ord(char):04X} {name}"


@dataclass(frozen=True, order=True)
class ContentError:
    """A problem in a content file, located precisely enough to fix it."""

    path: str
    """File the problem is in, relative to the working directory where possible."""
    line: int
    """1-based line number; 0 when the problem concerns the whole file."""
    code: str
    """A code of ``CATALOGUE``, such as ``E103``; documented in ``content/README.md``."""
    message: str
    hint: str = ""
    column: int = 0
    """1-based column; 0 when unknown or the whole line."""

    @property
    def is_warning(self) -> bool:
        return self.code.startswith("W")

    def __str__(self) -> str:
        where = self.path
        if self.line:
            where += f":{self.line}:{self.column or 1}"
        text = f"{where}: {self.code} {self.message}"
        return printable(f"{text} (hint: {self.hint})" if self.hint else text)


class BuildError(Exception):
    """Raised at a stage boundary when content has errors; carries all of them."""

    def __init__(self, errors: Iterable[ContentError]):
        self.errors = sorted(set(errors))
        super().__init__("\n".join(str(e) for e in self.errors))


def display_path(path: Path) -> str:
    """Path as a contributor would type it: relative to the current directory if inside it.
    A path under the working directory as written needs no lookup of its links (a build reads
    thousands of files); any other is resolved first."""
    cwd = os.getcwd()
    inside = cwd.rstrip(os.sep) + os.sep
    written = os.path.normpath(os.path.join(cwd, path))
    if written.startswith(inside) and ".." not in path.parts:  # "link/.." is not "."
        return written[len(inside) :]
    try:
        # ``getcwd`` gives the folder's own path (no link, no ".."): resolved already.
        return str(path.resolve().relative_to(cwd))
    except ValueError:
        return str(path)


def did_you_mean(word: str, candidates: Iterable[str]) -> str:
    """A hint naming the closest known spelling, or an empty string."""
    close = difflib.get_close_matches(word, sorted(candidates), n=1, cutoff=0.6)
    return f"did you mean '{close[0]}'?" if close else ""
