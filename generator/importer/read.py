"""Reading .txt articles and news CSVs into RawArticles, every unreadable row an error."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import BuildError, ContentError, display_path
from ..load.schema import MAX_ARTICLE_CHARS
from ..model import is_calendar_day
from .clean import RawArticle, clean_text


def read_sources(
    files: list[Path],
    *,
    date: str | None = None,
    source: str | None = None,
    url: str | None = None,
    title: str | None = None,
) -> list[RawArticle]:
    """Read .txt and .csv files into RawArticles; every unreadable row is an error."""
    errors: list[ContentError] = []
    out: list[RawArticle] = []
    for path in files:
        shown = display_path(path)
        if not path.is_file():
            errors.append(ContentError(shown, 0, "E300", "file not found"))
            continue
        if path.suffix.lower() == ".csv":
            out.extend(_read_csv(path, shown, errors, source=source))
            continue
        if path.suffix.lower() != ".txt":
            errors.append(
                ContentError(
                    shown,
                    0,
                    "E301",
                    "cannot import this file type",
                    "import .txt articles or a .csv with url,date,title,text",
                )
            )
            continue
        try:
            raw = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            errors.append(
                ContentError(shown, 0, "E306", "file is not valid UTF-8", "convert it to UTF-8")
            )
            continue
        cleaned = clean_text(raw, title=title, date=date)
        if not cleaned.date:
            errors.append(
                ContentError(
                    shown, 1, "E302", "no publication date found", "pass --date YYYY-MM-DD"
                )
            )
            continue
        if not cleaned.paragraphs or not cleaned.title:
            errors.append(ContentError(shown, 1, "E303", "no article text found"))
            continue
        if too_long := _too_long(shown, 1, cleaned.paragraphs):
            errors.append(too_long)
            continue
        out.append(
            RawArticle(
                cleaned.title,
                cleaned.date,
                cleaned.paragraphs,
                source or cleaned.outlet or "",
                url or web_address(cleaned.url or ""),
                cleaned.dateline,
            )
        )
    if errors:
        raise BuildError(errors)
    return out


class _CountedLines:
    """The file's lines, remembering where the row being read starts: csv reports only the
    line it stopped at, which for a multi-line row (or a truncated one) is not where it is."""

    def __init__(self, handle: Iterable[str]):
        self.lines = iter(handle)
        self.count = 0
        self.row_start = 0

    def __iter__(self) -> _CountedLines:
        return self

    def __next__(self) -> str:
        line = next(self.lines)
        self.count += 1
        if not self.row_start and line.strip():
            self.row_start = self.count
        return line


def _read_csv(
    path: Path, shown: str, errors: list[ContentError], *, source: str | None
) -> Iterator[RawArticle]:
    """Rows of a url,date,title,text CSV; a malformed or truncated file is an error (E307)
    naming the row, never a silently shortened article."""
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")  # a spreadsheet's byte-order mark is not a column name
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        errors.append(ContentError(shown, line, "E306", "file is not valid UTF-8", "save as UTF-8"))
        return
    lines = _CountedLines(io.StringIO(text, newline=""))
    # strict: a quote left open at the end of the file (a truncated download) is an error
    reader = csv.DictReader(lines, strict=True)
    try:
        header = reader.fieldnames or []
    except csv.Error as exc:
        errors.append(_bad_csv(shown, 1, exc))
        return
    missing = {"url", "date", "title", "text"} - set(header)
    if missing:
        errors.append(
            ContentError(
                shown,
                1,
                "E304",
                f"CSV lacks columns: {', '.join(sorted(missing))}",
                "the header must be url,date,title,text",
            )
        )
        return
    while True:
        lines.row_start = 0
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            errors.append(_bad_csv(shown, lines.row_start or lines.count, exc))
            return  # the rest of the file cannot be trusted to be cut into rows correctly
        line = lines.row_start
        if None in row or None in row.values():  # extra fields, or too few
            fields = len(header) + len(row.get(None) or ()) - list(row.values()).count(None)
            errors.append(
                ContentError(
                    shown,
                    line,
                    "E307",
                    f"row has {fields} fields; the header has {len(header)}",
                    "quote fields that contain commas; a short last row may be truncated",
                )
            )
            continue
        row_title = " ".join(row["title"].split())
        row_date = row["date"].strip()[:10]
        if not is_calendar_day(row_date):
            errors.append(
                ContentError(
                    shown, line, "E302", f"bad date '{row['date']}'", "dates must be YYYY-MM-DD"
                )
            )
            continue
        cleaned = clean_text(row["text"], title=row_title, date=row_date)
        row_title = cleaned.title or ""  # its markup and invisible characters dropped
        if not cleaned.paragraphs or not row_title:
            errors.append(ContentError(shown, line, "E303", "row has no title or text"))
            continue
        if too_long := _too_long(shown, line, cleaned.paragraphs):
            errors.append(too_long)
            continue
        row_url = web_address(row["url"])
        host = re.match(r"^https?://(?:www\.)?([^/]+)", row_url or "")
        yield RawArticle(
            row_title,
            row_date,
            cleaned.paragraphs,
            source or cleaned.outlet or (host[1] if host else ""),
            row_url,
            cleaned.dateline,
        )


UNSAFE_IN_URL = {" ": "%20", '"': "%22", "<": "%3C", ">": "%3E"}
HOST_RE = re.compile(r"^(?:[a-z0-9-]+\.)+[a-z]{2,}(?:[/?#]|$)", re.I)


def web_address(value: str) -> str | None:
    """A CSV row's url as content accepts it (E202: an http(s) address): the scheme in lower
    case, spaces and quotes percent-encoded, ``https://`` before a bare host
    (``www.bbc.co.uk/news/…``, as spreadsheets keep them); anything else (``javascript:``, a
    path of the outlet's site) is no address a reader could follow, and is left out rather
    than written for ``build`` to refuse."""
    value = value.strip()
    for char, code in UNSAFE_IN_URL.items():
        value = value.replace(char, code)
    if scheme := re.match(r"^https?://", value, re.I):
        value = scheme.group().lower() + value[scheme.end() :]
    elif HOST_RE.match(value):
        value = "https://" + value
    return value if re.match(r"^https?://[^/\s]+\.[^/\s]", value) else None


def _too_long(shown: str, line: int, paragraphs: tuple[str, ...]) -> ContentError | None:
    """An article longer than content allows (E004), refused here, where its row is known,
    not written for ``build`` to refuse."""
    total = sum(len(p) for p in paragraphs)
    if total <= MAX_ARTICLE_CHARS:
        return None
    return ContentError(
        shown,
        line,
        "E309",
        f"article of {total:,} characters, more than the {MAX_ARTICLE_CHARS:,} allowed",
        "split it into several articles",
    )


def _bad_csv(shown: str, line: int, exc: csv.Error) -> ContentError:
    if "field larger than field limit" in str(exc):
        return ContentError(
            shown,
            line,
            "E309",
            f"a field of this row is longer than the csv module reads ({csv.field_size_limit():,}"
            f" characters), more than the {MAX_ARTICLE_CHARS:,} an article may hold",
            "split the article into several rows",
        )
    if "unexpected end of data" in str(exc):
        return ContentError(
            shown,
            line,
            "E307",
            "CSV ends inside a quoted field that starts in this row",
            "the file looks truncated; export or download it again",
        )
    return ContentError(
        shown, line, "E307", f"malformed CSV: {exc}", "double every quote inside a quoted field"
    )
