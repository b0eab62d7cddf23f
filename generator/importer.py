"""Turn raw articles (plain text like the seeds, or a news CSV) into content files to review.

Page furniture (a lone ``logo`` line, the repeated headline, a date line, a wire dateline such
as ``MOSCOW, Oct 20 (Reuters):``) is removed; what was removed that carries information
becomes front matter (``dateline``). Existing files are never overwritten.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import date as Date
from pathlib import Path

import yaml

from .errors import BuildError, ContentError, display_path
from .ids import slugify
from .model import is_calendar_day

MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for m in names
}
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+"
DATE_LINE_RES = (
    re.compile(rf"^(?:{_WEEKDAY})?(?P<d>\d{{1,2}})\s+(?P<m>[a-z]+)\.?,?\s+(?P<y>\d{{4}})$", re.I),
    re.compile(rf"^(?:{_WEEKDAY})?(?P<m>[a-z]+)\.?\s+(?P<d>\d{{1,2}}),?\s+(?P<y>\d{{4}})$", re.I),
    re.compile(r"^(?P<y>\d{4})-(?P<mm>\d{2})-(?P<d>\d{2})$"),
)
DATELINE_RE = re.compile(
    r"^(?P<place>[A-Z][A-Z .'-]{1,40}),\s+(?P<date>[A-Z][a-z]{2,8}\.? \d{1,2})\s+"
    r"\((?P<agency>[A-Za-z ]{2,30})\)\s*[:\-–—]\s*"
)
FURNITURE = {"logo", "advertisement", "share", "share this article"}


@dataclass(frozen=True)
class RawArticle:
    title: str
    date: str
    paragraphs: tuple[str, ...]
    source: str = ""
    url: str | None = None
    dateline: str | None = None


def parse_date_line(line: str) -> str | None:
    """ISO date from a page date line such as 'Tuesday, 21 October 2025', else None."""
    text = line.strip().rstrip(".")
    for pattern in DATE_LINE_RES:
        match = pattern.match(text)
        if not match:
            continue
        groups = match.groupdict()
        month = int(groups["mm"]) if groups.get("mm") else MONTHS.get(groups["m"].lower())
        if not month:
            return None
        try:
            return Date(int(groups["y"]), month, int(groups["d"])).isoformat()
        except ValueError:
            return None
    return None


def clean_text(
    text: str, *, title: str | None = None, date: str | None = None
) -> tuple[str | None, str | None, tuple[str, ...], str | None]:
    """Split raw text into (title, date, paragraphs, dateline), dropping page furniture.

    The first remaining line is the headline unless ``title`` is given; a repeat of the
    headline, a date line and furniture words are dropped wherever they lead the text.
    """
    lines = [" ".join(line.split()) for line in text.replace("\r\n", "\n").split("\n")]
    lines = [line for line in lines if line]
    found_date = None
    body: list[str] = []
    for line in lines:
        if not body:
            if line.lower() in FURNITURE:
                continue
            if (iso := parse_date_line(line)) is not None:
                found_date = found_date or iso
                continue
            if title is None:
                title = line
                continue
            if line == title:
                continue
        body.append(line)
    dateline = None
    if body and (match := DATELINE_RE.match(body[0])):
        dateline = f"{match['place'].strip()}, {match['date']} ({match['agency'].strip()})"
        body[0] = body[0][match.end() :]
    return title, date or found_date, tuple(body), dateline


def render_article(article: RawArticle) -> str:
    """The content file text: YAML front matter (safely dumped) and blank-line paragraphs."""
    front: dict[str, str] = {"title": article.title, "date": article.date}
    front["source"] = article.source or "unknown"
    if article.url:
        front["url"] = article.url
    front["language"] = "en"
    if article.dateline:
        front["dateline"] = article.dateline
    # safe_dump quotes anything YAML 1.1 would re-type (dates, 'no'), so it reads back as text.
    dumped = yaml.safe_dump(front, sort_keys=False, allow_unicode=True, width=1000)
    return "---\n" + dumped + "---\n\n" + "\n\n".join(article.paragraphs) + "\n"


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
        found_title, found_date, paragraphs, dateline = clean_text(raw, title=title, date=date)
        if not found_date:
            errors.append(
                ContentError(
                    shown, 1, "E302", "no publication date found", "pass --date YYYY-MM-DD"
                )
            )
            continue
        if not paragraphs or not found_title:
            errors.append(ContentError(shown, 1, "E303", "no article text found"))
            continue
        out.append(RawArticle(found_title, found_date, paragraphs, source or "", url, dateline))
    if errors:
        raise BuildError(errors)
    return out


def _read_csv(path: Path, shown: str, errors: list[ContentError], *, source: str | None):
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = {"url", "date", "title", "text"} - set(reader.fieldnames or ())
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
        for row in reader:
            line = reader.line_num
            row_title = " ".join((row["title"] or "").split())
            row_date = (row["date"] or "").strip()[:10]
            if not is_calendar_day(row_date):
                errors.append(
                    ContentError(
                        shown, line, "E302", f"bad date '{row['date']}'", "dates must be YYYY-MM-DD"
                    )
                )
                continue
            _, _, paragraphs, dateline = clean_text(
                row["text"] or "", title=row_title, date=row_date
            )
            if not paragraphs or not row_title:
                errors.append(ContentError(shown, line, "E303", "row has no title or text"))
                continue
            row_url = (row["url"] or "").strip() or None
            host = re.match(r"^https?://(?:www\.)?([^/]+)", row_url or "")
            yield RawArticle(
                row_title,
                row_date,
                paragraphs,
                source or (host[1] if host else ""),
                row_url,
                dateline,
            )


def write_articles(articles: list[RawArticle], content_dir: Path) -> list[Path]:
    """Write article files; refuse (all at once) to overwrite anything that exists."""
    folder = content_dir / "articles"
    targets: dict[Path, RawArticle] = {}
    errors: list[ContentError] = []
    for article in articles:
        base = f"{article.date}-{slugify(article.title)}"
        target = folder / f"{base}.md"
        n = 2
        while target in targets:
            target = folder / f"{base}-{n}.md"
            n += 1
        if target.exists():
            errors.append(
                ContentError(
                    display_path(target),
                    0,
                    "E305",
                    "article file already exists",
                    "delete or rename it first; import never overwrites",
                )
            )
        targets[target] = article
    if errors:
        raise BuildError(errors)
    folder.mkdir(parents=True, exist_ok=True)
    for target, article in targets.items():
        with target.open("x", encoding="utf-8") as handle:
            handle.write(render_article(article))
    return sorted(targets)
