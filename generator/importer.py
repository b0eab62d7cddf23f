"""Turn raw articles (plain text like the seeds, or a news CSV) into content files to review.

Page furniture (a lone ``logo`` line, the repeated headline, a date line, a byline such as
``By Jane Doe | Reuters``, a wire dateline such as ``MOSCOW, Oct 20 (Reuters):``) is removed;
what was removed that carries information becomes front matter (``dateline``, and the outlet
the dateline or byline names as ``source``). Existing files are never overwritten; with
``skip_existing`` they are left alone and reported, so a growing CSV can be re-imported.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator
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
    r"^(?P<place>[A-Z][A-Z .'-]{1,40})(?:,\s+(?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}))?\s+"
    r"\((?P<agency>[A-Za-z][A-Za-z .&-]{1,29})\)\s*[:\-–—]\s*"
)
"""``MOSCOW, Oct 20 (Reuters):`` or ``WASHINGTON (AP) —``: the place, day and agency."""
BYLINE_RE = re.compile(r"^By\s+(?P<rest>[A-Z][^.!?:;]{1,100})$")
OUTLET_RE = re.compile(r"^[A-Za-z][\w&.' -]{1,39}$")
NAME_WORDS = frozenset("and de del der di da van von bin al la le staff".split())
"""Lower-case words that may stand in a byline's names ('Ursula von der Leyen')."""
AGENCIES = frozenset(
    (
        "reuters",
        "ap",
        "associated press",
        "the associated press",
        "afp",
        "agence france-presse",
        "bloomberg",
        "tass",
        "ria novosti",
        "xinhua",
        "irna",
        "dpa",
        "efe",
        "ansa",
        "upi",
        "anadolu",
        "kyodo",
        "yonhap",
        "pa media",
    )
)
"""Outlets a byline may name after a bare comma ('By Jane Doe, Reuters'): after a comma an
unknown name is more likely a second author than an outlet."""
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


@dataclass(frozen=True)
class Cleaned:
    """Raw text split into what becomes front matter and the paragraphs."""

    title: str | None
    date: str | None
    paragraphs: tuple[str, ...]
    dateline: str | None = None
    outlet: str | None = None
    """The outlet the dateline ('(Reuters)') or else the byline ('By X | Reuters') names."""


def byline(line: str) -> tuple[bool, str | None]:
    """Whether ``line`` is a byline, and the outlet it names, if any.

    Only a short line of capitalised names counts ('By Jane Doe and Li Wei (Reuters)'), so a
    sentence such as 'By Friday, the talks had stalled.' stays text.
    """
    match = BYLINE_RE.match(line)
    if not match:
        return False, None
    rest, outlet = match["rest"].strip(), None
    if found := re.search(r"\s*\(([^()]+)\)$", rest):
        rest, outlet = rest[: found.start()], found[1].strip()
    elif len(parts := re.split(r"\s+[|–—-]\s+", rest)) > 1:
        rest, outlet = " ".join(parts[:-1]), parts[-1].strip()
    elif ", " in rest and rest.rsplit(", ", 1)[1].casefold() in AGENCIES:
        rest, outlet = rest.rsplit(", ", 1)
    words = rest.replace(",", " ").split()
    if not words or len(words) > 12:
        return False, None
    if not all(w[0].isupper() or w.casefold() in NAME_WORDS for w in words):
        return False, None
    if outlet is None and re.sub(r"\s+staff$", "", rest, flags=re.I).casefold() in AGENCIES:
        outlet = re.sub(r"\s+staff$", "", rest, flags=re.I)  # 'By Reuters Staff'
    if outlet is not None and not OUTLET_RE.match(outlet):
        outlet = None
    return True, outlet


def clean_text(text: str, *, title: str | None = None, date: str | None = None) -> Cleaned:
    """Split raw text into front matter and paragraphs, dropping page furniture.

    The first remaining line is the headline unless ``title`` is given; a repeat of the
    headline, a date line, a byline and furniture words are dropped wherever they lead the
    text.
    """
    lines = [" ".join(line.split()) for line in text.replace("\r\n", "\n").split("\n")]
    lines = [line for line in lines if line]
    found_date = None
    outlet = None
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
            if (found := byline(line))[0]:
                outlet = outlet or found[1]
                continue
        body.append(line)
    dateline = None
    if body and (match := DATELINE_RE.match(body[0])):
        day = f", {match['date']}" if match["date"] else ""
        dateline = f"{match['place'].strip()}{day} ({match['agency'].strip()})"
        outlet = match["agency"].strip()  # the wire that wrote it, over a byline
        body[0] = body[0][match.end() :]
    return Cleaned(title, date or found_date, tuple(body), dateline, outlet)


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
        out.append(
            RawArticle(
                cleaned.title,
                cleaned.date,
                cleaned.paragraphs,
                source or cleaned.outlet or "",
                url,
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
        if not cleaned.paragraphs or not row_title:
            errors.append(ContentError(shown, line, "E303", "row has no title or text"))
            continue
        row_url = row["url"].strip() or None
        host = re.match(r"^https?://(?:www\.)?([^/]+)", row_url or "")
        yield RawArticle(
            row_title,
            row_date,
            cleaned.paragraphs,
            source or cleaned.outlet or (host[1] if host else ""),
            row_url,
            cleaned.dateline,
        )


def _bad_csv(shown: str, line: int, exc: csv.Error) -> ContentError:
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


@dataclass(frozen=True)
class Written:
    """What ``write_articles`` did: files created, and existing ones left alone."""

    written: tuple[Path, ...]
    skipped: tuple[Path, ...] = ()


def write_articles(
    articles: list[RawArticle], content_dir: Path, *, skip_existing: bool = False
) -> Written:
    """Write article files; never overwrite one. An existing file is an error (all reported
    at once, nothing written) unless ``skip_existing``: then it is kept as is, edits and all,
    and reported as skipped, so a CSV that gained rows can be imported again."""
    folder = content_dir / "articles"
    targets: dict[Path, RawArticle] = {}
    skipped: list[Path] = []
    errors: list[ContentError] = []
    for article in articles:
        base = f"{article.date}-{slugify(article.title)}"
        target = folder / f"{base}.md"
        n = 2
        while target in targets or target in skipped:
            target = folder / f"{base}-{n}.md"
            n += 1
        if target.exists():
            if skip_existing:
                skipped.append(target)
                continue
            errors.append(
                ContentError(
                    display_path(target),
                    0,
                    "E305",
                    "article file already exists",
                    "delete or rename it first, or pass --skip-existing; import never overwrites",
                )
            )
        targets[target] = article
    if errors:
        raise BuildError(errors)
    folder.mkdir(parents=True, exist_ok=True)
    for target, article in targets.items():
        with target.open("x", encoding="utf-8") as handle:
            handle.write(render_article(article))
    return Written(tuple(sorted(targets)), tuple(sorted(skipped)))
