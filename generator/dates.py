"""Dates named in article sentences, resolved against the article's own date.

News text dates things relative to the day it was written: "on Monday", "last month", "in
January". Resolving those against the dateline (or the publication date) lets an event page
show which date the evidence itself supports, beside the date the editors recorded. Only
unambiguous, common forms are resolved; anything else is left alone rather than guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from .model import Article

MONTHS = (
    "january february march april may june july august september october november december"
).split()
_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)}
WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()

_MONTH = r"(?P<month>" + "|".join(m.capitalize() for m in MONTHS) + r")"
_DAY = r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
PATTERNS = [
    # 17 January 2025 / January 17, 2025 / January 17 / 17 January
    re.compile(rf"\b{_DAY} {_MONTH}(?:,? {_YEAR})?\b"),
    re.compile(rf"\b{_MONTH} {_DAY}(?:, {_YEAR})?\b(?!\d)"),
    # in January 2025 / since April / January
    re.compile(rf"\b(?:in|since|by|until|from|early|late|mid-|last|this) ?{_MONTH}(?: {_YEAR})?\b"),
    re.compile(r"\b(?P<weekday>" + "|".join(w.capitalize() for w in WEEKDAYS) + r")\b"),
    re.compile(
        r"\b(?P<relative>yesterday|today|last month|this month|last year|this year)\b", re.I
    ),
    re.compile(rf"\bin {_YEAR}\b"),
]


@dataclass(frozen=True)
class DateMention:
    """A date expression in a sentence and the (possibly partial) ISO date it stands for."""

    text: str
    start: int
    end: int
    value: str


def reference_date(article: Article) -> date:
    """The day the article's relative dates count from: its dateline's day if it gives one
    ("MOSCOW, Oct 20 (Reuters)") within a week before publication, else its publication date."""
    published = date.fromisoformat(article.date)
    found = re.search(r"\b([A-Z][a-z]{2,8})\.? (\d{1,2})\b", article.dateline or "")
    month = _MONTH_ABBR.get(found.group(1).lower()[:3]) if found else None
    if found and month:
        try:
            day = _latest(published.year, month, int(found.group(2)), published)
        except ValueError:
            return published
        if (published - day).days <= 7:
            return day
    return published


def _latest(year: int, month: int, day: int, reference: date) -> date:
    """That month and day in the reference year, or the year before if it would be later."""
    candidate = date(year, month, day)
    return candidate if candidate <= reference else date(year - 1, month, day)


def find_dates(text: str, reference: date) -> list[DateMention]:
    """Date expressions in ``text`` that resolve against ``reference``; no overlaps, in order."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for pattern in PATTERNS:
        for match in pattern.finditer(text):
            if any(match.start() < e and s < match.end() for s, e in taken):
                continue
            value = _resolve(match.groupdict(), reference)
            if value:
                taken.append((match.start(), match.end()))
                found.append(DateMention(match.group(0), match.start(), match.end(), value))
    return sorted(found, key=lambda d: d.start)


def _resolve(parts: dict[str, str | None], reference: date) -> str | None:
    if parts.get("relative"):
        word = parts["relative"].lower()
        first = reference.replace(day=1)
        return {
            "today": reference.isoformat(),
            "yesterday": (reference - timedelta(days=1)).isoformat(),
            "this month": first.isoformat()[:7],
            "last month": (first - timedelta(days=1)).isoformat()[:7],
            "this year": str(reference.year),
            "last year": str(reference.year - 1),
        }[word]
    if parts.get("weekday"):
        back = (reference.weekday() - WEEKDAYS.index(parts["weekday"].lower())) % 7
        return (reference - timedelta(days=back)).isoformat()
    year = int(parts["year"]) if parts.get("year") else None
    if not parts.get("month"):
        return str(year) if year else None
    month = MONTHS.index(parts["month"].lower()) + 1
    if parts.get("day"):
        try:
            day = date(year, month, int(parts["day"])) if year else None
            day = day or _latest(reference.year, month, int(parts["day"]), reference)
        except ValueError:
            return None
        return day.isoformat()
    if year is None:
        year = reference.year if month <= reference.month else reference.year - 1
    return f"{year:04d}-{month:02d}"


def support_note(recorded: str, found: str) -> str | None:
    """How a date named in the evidence supports the recorded one, in words; None when it
    does not. A more precise date is no support: in "later on Monday, less than a week after
    they met", Monday is another event's day."""
    if found == recorded:
        return "as recorded"
    if recorded.startswith(found):
        return f"the record is more precise than the {'month' if len(found) == 7 else 'year'}"
    return None
