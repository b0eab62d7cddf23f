"""Which files a content folder holds, and reading them safely (size first, then UTF-8, NFC)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from ..errors import ContentError, did_you_mean
from ..ids import is_reserved
from .collect import Collector
from .schema import ID_RE, MAX_FILE_BYTES, TOP_LEVEL


def check_top_level(content_dir: Path, errors: list[ContentError]) -> None:
    """A mistyped folder (``actor/``) or a stray file would otherwise be ignored in silence."""
    for path in sorted(content_dir.iterdir()):
        if path.name.startswith(".") or path.name in TOP_LEVEL:
            continue
        what = "folder" if path.is_dir() else "file"
        close = did_you_mean(path.name, TOP_LEVEL)
        Collector(path, errors).add(
            0,
            "E001",
            f"unexpected {what} '{path.name}' in the content folder",
            close
            or "a content folder holds briefing.yml, articles/, actors/, agreements/ "
            "and events/ only",
        )


def content_files(folder: Path, suffix: str, errors: list[ContentError]) -> list[Path]:
    """Content files of one folder, sorted; odd names and symlinks are errors, not skipped."""
    if folder.is_symlink():
        Collector(folder, errors).add(
            0, "E002", "symbolic links are not allowed in content", "make it a real folder"
        )
        return []
    if not folder.is_dir():
        return []
    out = []
    for path in sorted(folder.iterdir()):
        if path.name.startswith(".") or path.name == "README.md":
            continue
        where = Collector(path, errors)
        if path.is_symlink():
            where.add(
                0,
                "E002",
                "symbolic links are not allowed in content",
                "copy the file instead; links can point outside the repository",
            )
        elif path.is_dir():
            where.add(0, "E001", f"unexpected folder in {folder.name}/", "content folders are flat")
        elif not path.is_file():
            where.add(0, "E001", "not a regular file", "content holds only text files")
        elif path.suffix != suffix:
            where.add(
                0, "E001", f"unexpected file in {folder.name}/", f"files here end in '{suffix}'"
            )
        elif not ID_RE.match(path.stem):
            where.add(
                0,
                "E001",
                f"file name '{path.name}' is not a valid id",
                f"use lower-case letters, digits and single hyphens, e.g. 'vladimir-putin{suffix}'",
            )
        elif is_reserved(path.stem):
            where.add(0, "E001", f"'{path.stem}' is a reserved id", "choose another file name")
        else:
            out.append(path)
    return out


def read_text(path: Path, where: Collector) -> str | None:
    """The file as NFC text (so two spellings of one name are one name), size-checked first
    so a huge file is never read into memory."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            where.add(
                0,
                "E004",
                f"file is {size:,} bytes, more than the {MAX_FILE_BYTES:,} allowed",
                "split it into several articles",
            )
            return None
        text = path.read_text(encoding="utf-8").replace("\r\n", "\n").lstrip("\ufeff")
        return unicodedata.normalize("NFC", text)
    except UnicodeDecodeError:
        where.add(0, "E003", "file is not valid UTF-8", "save it as UTF-8")
    except OSError as exc:
        where.add(0, "E003", f"cannot read file: {exc.strerror}")
    return None
