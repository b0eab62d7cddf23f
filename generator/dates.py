"""Dates named in article sentences, resolved against the article's own day.

News text dates things relative to the day it was written: "on Monday", "last month", "in
January". Resolving those against the dateline (or the publication date) lets an event page
show which date the evidence itself supports, beside the date the editors recorded.

Only unambiguous forms are resolved; anything else is left alone rather than guessed. A
weekday or a month needs a lead-in word ("on Monday", "in January"), a day or a year, so names
such as "Good Friday Agreement", "Russia Today" or "a letter from May" are not dates; "next",
"by", "until", "before" and "from" point forwards or at a boundary and are not resolved, but a
span of years begins with its first ("from 1999 to 2004", "1980–1987"). "Monday's vote" is
Monday's; "last week" is the calendar week before, given as its month when one month holds it;
"five years ago" is a year, "three weeks ago" a month: no more precise than the count's unit.
A day and month without a year falling within the month after the article's day is to come
("effective next Wednesday, July 31"), so it is not resolved to the year before; after a plan
or a forecast ("will", "expected", "predict") a bare month is the coming one and a weekday is
left alone.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import astuple
from datetime import date, timedelta

from .memo import Memo
from .model import Article, DateMention, Sentence
from .numerals import SPELT_NUMBERS

SentenceDates = tuple[tuple[DateMention, ...], ...]
"""The dates of each sentence of one article, in the order of its sentences."""

MONTHS = (
    "January February March April May June July August September October November December"
).split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_MONTH_WORDS = {m.lower(): i + 1 for i, m in enumerate(MONTHS)} | {
    m.lower()[:3]: i + 1 for i, m in enumerate(MONTHS)
}
_MONTH_WORDS["sept"] = 9

SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11)}
"""Northern seasons' first and last months (winter spans two years: left alone)."""
_MONTH = r"(?P<month>" + "|".join(MONTHS) + r")"
# With a day, abbreviations are dates too: "Oct. 1", "Jan 17, 2025", "Sept 5".
_MONTH_OR_ABBR = (
    r"(?P<month>" + "|".join(MONTHS) + r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
)
_DAY = r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_NO_NUMBER = r"(?![,.]?\d)"  # "May 3,000 people" is a count, not 3 May
_NOT_AHEAD = r"(?<![Uu]ntil )(?<![Bb]y )(?<![Nn]ext )(?<![Ff]rom )(?<![Bb]efore )"
""""until March 2026", "by June": a deadline or boundary, not when something happened."""
_NOT_NAMED_DAY = "".join(
    f"(?<!{word} )"
    for word in ("Super", "Good", "Black", "Bloody", "Ash", "Easter", "Palm", "Holy")
)
"""Words that make a weekday a named day ("Good Friday", "Easter Sunday"): not a date here."""
_NOT_SPAN_END = r"(?<![Ii]nto )(?<![Tt]hrough )"
""""from tomorrow night into Friday morning", "through Friday night": where a span ends."""
_LEAD = r"(?P<lead>[Ii]n|[Ss]ince|[Ll]ast|[Tt]his|[Ee]arly|[Ll]ate|[Mm]id-|[Ee]arlier in)"
_COUNTS = {word: n for n, word in enumerate(SPELT_NUMBERS, 1)} | {
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
}
"""Counts written as words, for "eleven years ago"."""
_SPELT_COUNT = (
    f"(?:twenty|thirty|forty|fifty)-(?:{'|'.join(SPELT_NUMBERS[:9])})|{'|'.join(sorted(_COUNTS))}"
)
"""A count spelt out, "twenty-five" (its tens and one to nine) or a word of ``_COUNTS``."""
_OCCASIONS = (
    r"(?i:elections?|primar(?:y|ies)|caucus(?:es)?|campaign|race|referendum|midterms?"
    r"|convention|summit|conference|olympics|games|world cup|championships?|tournament"
    r"|war|invasion|coup|uprising|revolution|earthquake|attacks?)"
)
"""Occasions a year before them names ("the 2016 United States presidential election")."""
_RELATED = re.compile(
    r"\b(?:[Aa]fter|[Bb]efore|[Ff]ollowing|[Ss]ince|[Uu]ntil|[Aa]head of)\b[^,;]*$"
)
"""A clause that relates its act to the occasion it names ("Following Democratic victories in
the 2018 midterm elections, Cummings became chair"): the act is not in the occasion's year."""
PATTERNS = [
    # 17 January 2025, 17 Jan.; January 17, 2025, Oct. 1, January 17 2025
    re.compile(rf"\b{_NOT_AHEAD}{_DAY} {_MONTH_OR_ABBR}(?:,? {_YEAR})?(?!\w){_NO_NUMBER}"),
    re.compile(rf"\b{_NOT_AHEAD}{_MONTH_OR_ABBR} {_DAY}(?:,? {_YEAR})?\b{_NO_NUMBER}"),
    # in January, since April 2024, in March, 2024, last March, mid-June
    re.compile(rf"\b{_LEAD} ?{_MONTH}(?:,? {_YEAR})?\b(?!['’]s\b)"),
    # January 2025 (a year makes a bare month a date)
    re.compile(rf"\b{_NOT_AHEAD}{_MONTH} {_YEAR}\b"),
    # on Monday, last Friday
    re.compile(r"\b(?P<wlead>[Oo]n|[Ll]ast|[Tt]his) (?P<weekday>" + "|".join(WEEKDAYS) + r")\b"),
    # Monday's vote, Saturday's attack (not "Super Tuesday's", "Good Friday's")
    re.compile(
        r"(?<!Super )(?<!Good )(?<!Black )\b(?P<weekday>" + "|".join(WEEKDAYS) + r")['’]s\b"
    ),
    # late Wednesday, early Tuesday (a news way of dating a night: "late Wednesday")
    re.compile(
        rf"\b{_NOT_AHEAD}{_NOT_SPAN_END}(?:[Ll]ate|[Ee]arly) (?P<weekday>"
        + "|".join(WEEKDAYS)
        + r")\b(?!['’]s\b)"
    ),
    # Wednesday night, Friday morning (not "Easter Sunday morning", "Good Friday evening", nor
    # a deadline or a span's end: "by Monday morning", "into Friday morning")
    re.compile(
        _NOT_NAMED_DAY
        + rf"\b{_NOT_AHEAD}{_NOT_SPAN_END}(?P<weekday>"
        + "|".join(WEEKDAYS)
        + r") (?:night|morning|afternoon|evening)\b"
    ),
    # 1980–1987, from 1999 to 2004, between 2001 and 2005: the span begins with the first
    re.compile(
        r"\b(?:[Ff]rom |[Bb]etween )?(?P<year>1[7-9]\d\d|20\d\d) ?(?:–|-|to|until|and) ?"
        r"(?P<until>1[7-9]\d\d|20\d\d)\b(?![,.]?\d)"
    ),
    re.compile(
        r"\b(?P<relative>yesterday|today|[Ll]ast month|[Tt]his month"
        r"|[Ll]ast year|[Tt]his year|[Ll]ast week|[Tt]his week"
        r"|(?:[Ll]ast|[Tt]his) (?:spring|summer|autumn))\b"
    ),
    # "Yesterday, ..." opening a sentence (capitalised elsewhere it is a name: "USA Today")
    re.compile(r"(?:^|(?<=[.!?] ))(?P<relative>Yesterday|Today)\b"),
    # in the 2016 United States presidential election, at the 1972 Democratic National
    # Convention: a year naming an occasion the clause is in (not "the 2016 report": a
    # document's year, nor "the 2020 budget"); see ``_occasion_year``
    re.compile(
        r"\b(?:[Ii]n|[Aa]t|[Dd]uring) the (?P<occasion>1[7-9]\d\d|20\d\d) (?:[\w.'’-]+ ){0,5}?"
        rf"(?:{_OCCASIONS})\b"
    ),
    # in 2008, since 2011; in 1868 (an earlier century only after these words: "1868
    # people" is a count)
    re.compile(r"\b(?:[Ii]n|[Ss]ince) (?P<year>1[7-9]\d\d|20\d\d)\b(?![,.]?\d)"),
    # five years ago, a year ago, three weeks ago, 388 days ago, Twenty-five years ago (not
    # "weeks ago" nor "a few days ago": no count; not the end of "1,000", "2.5" or
    # "twenty-five" read alone)
    re.compile(
        rf"\b(?<![,.-])(?P<ago>[Aa]n?|\d{{1,3}}|(?i:{_SPELT_COUNT})) "
        r"(?P<unit>year|month|week|day)s? ago\b"
    ),
]
# The lookbehinds of ``_NOT_AHEAD`` come after ``\b``, so they are tried only where a word
# starts (same matches: both are zero-width at the same place), not at every character.
_MAYBE_DATE = re.compile(
    r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|day|month|year|week|spring|summer|autumn"
    r"|(?:[Ii]n|nce|the) [12]"
    r"|\d(?: ?[–-]| to | until | and )[12]"
)
"""Text every pattern needs one of (a month's first three letters, the ``day`` of a weekday,
today and yesterday, ``month``, ``year``, or ``in``, ``since`` or ``the`` before a year): most
sentences of a briefing have none, and one search rules all the patterns out (a third of
the link stage at 1,000 articles)."""


def reference_date(article: Article) -> date:
    """The day the article's relative dates count from: its dateline's day if it gives one
    ("MOSCOW, Oct 20 (Reuters)", "PARIS, 3 March") within a week before publication, else its
    publication date."""
    published = date.fromisoformat(article.date)
    dateline = article.dateline or ""
    found = re.search(r"\b([A-Z][a-z]{2,8})\.? (\d{1,2})\b", dateline)
    month_word, day = (found.group(1), found.group(2)) if found else ("", "")
    if not found or month_word.lower() not in _MONTH_WORDS:
        found = re.search(r"\b(\d{1,2}) ([A-Z][a-z]{2,8})\b", dateline)
        day, month_word = (found.group(1), found.group(2)) if found else ("", "")
    month = _MONTH_WORDS.get(month_word.lower())
    if month:
        when = _latest(month, int(day), published)
        if when and (published - when).days <= 7:
            return when
    return published


def _latest(month: int, day: int, reference: date) -> date | None:
    """The most recent such day on or before ``reference`` (29 February: up to 8 years back)."""
    for year in range(reference.year, reference.year - 9, -1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate <= reference:
            return candidate
    return None


def _coming(month: int, day: int, reference: date) -> bool:
    """Whether the day, without a year, comes within a month after ``reference``: news
    names such a day for what is to come, not for the same day eleven months before."""
    for year in (reference.year, reference.year + 1):
        try:
            ahead = (date(year, month, day) - reference).days
        except ValueError:
            continue
        if 0 < ahead <= 31:
            return True
    return False


_PLAN_ENDS = (
    r"(?:\b(?:which|who|whom|whose|but)\b"
    r"|,\s*(?:after|before)\b(?!\s+\w+ing\b)"
    r"|,\s*(?:when|while|since|as|because|although|though|and|then)\b"
    r"|,\s*(?:[a-z]+ed|met|held|took|gave|made|won|lost|left|went|came|began|fell|led|sent"
    r"|spoke|found|became|was|were|had)\b)"
)
"""What ends a plan's words before a date: a relative clause or a clause of its own ("is
expected to vote on the bill, which the House passed in May"; ", after he pleaded guilty in
March"; not ", before weakening on Thursday"), or a past verb after an aside ("Johnson, who
will face a vote, met Merkel in August")."""


_AHEAD = re.compile(
    r"(?<![-\w])(?<!\b[Tt]he )(?<!\b[Aa]n )(?<!\b[Aa] )(?<!\bhad )(?<!\bhad been )"
    r"(?:will|would(?! (?:go on|later|eventually)\b)|shall|expected|forecast(?:s|ed)?"
    r"|predict(?:s|ed)?|scheduled|set to"
    r"|(?:is|are|was|were|be) due to|plans? to|planned to|is to|are to)\b"
    r"(?![^\"“”]*\b(?:said|says|told|announced|added)\b)(?![^\"“”]*" + _PLAN_ENDS + r")"
    r"[^\"“”.!?;]*$"
)
"""A forecast or a plan before a weekday or a bare month in its sentence ("meteorologists
predict landfall Saturday morning", "will be buried on Tuesday", "would meet in early
September"). Such a weekday, unless it is the article's own ("is set to meet later on
Monday" in a Monday dispatch), is ahead of the article or a day before it (a dateline may be a
day older than the publication), which the text does not say, so it is not resolved; such a
month is the coming one. A reporting verb after the plan dates the report instead ("Trump will
visit, the White House said on Monday"), a quotation mark or a semicolon ends the plan's
words, and so does ``_PLAN_ENDS``. A cause, an adjective or a noun is no plan ("grounded due
to the storm", "the long-expected report", "the will of the people"), nor is a past perfect
or a narrative's "would go on to"."""


def _bare_month(parts: dict[str, str | None]) -> bool:
    """A month named with neither day nor year nor a backward word ("in March", "early
    September"; not "last March", "since March")."""
    backward = (parts.get("lead") or "").lower() in ("last", "since", "earlier in")
    return bool(parts.get("month")) and not (parts.get("day") or parts.get("year") or backward)


def _ahead_month(parts: dict[str, str | None], reference: date) -> str:
    """The coming month of that name, this one included: "will meet in early September"."""
    month = _MONTH_WORDS[(parts.get("month") or "").lower()]
    year = reference.year if month >= reference.month else reference.year + 1
    return f"{year:04d}-{month:02d}"


def find_dates(text: str, reference: date) -> list[DateMention]:
    """Date expressions in ``text`` that resolve against ``reference``; no overlaps, in order."""
    found: list[DateMention] = []
    if not _MAYBE_DATE.search(text):
        return found
    taken: list[tuple[int, int]] = []
    for pattern in PATTERNS:
        for match in pattern.finditer(text):
            if any(match.start() < e and s < match.end() for s, e in taken):
                continue
            parts = match.groupdict()
            weekday, month_ahead = parts.get("weekday"), False
            if (weekday or _bare_month(parts)) and _AHEAD.search(text, 0, match.start()):
                if weekday and weekday != WEEKDAYS[reference.weekday()]:
                    continue  # ahead of the article or a day before it: the text does not say
                month_ahead = not weekday
            if parts.get("occasion") and _RELATED.search(text, 0, match.start()):
                continue
            value = _ahead_month(parts, reference) if month_ahead else _resolve(parts, reference)
            if value:
                taken.append((match.start(), match.end()))
                found.append(DateMention(match.group(0), match.start(), match.end(), value))
    if len(found) > 1:  # an occasion's year gives way to any other date of its sentence
        found = [d for d in found if not _OCCASION_AT.match(d.text)]
    return sorted(found, key=lambda d: d.start)


_OCCASION_AT = re.compile(r"(?:[Ii]n|[Aa]t|[Dd]uring) the \d{4} ")
"""How an occasion's year is written (``PATTERNS``): "in the 2016 … election"; in a sentence
with another date ("Yesterday, Biden announced Harris as his running mate in the 2020 United
States presidential election") the other date is the act's."""


def _resolve(parts: dict[str, str | None], reference: date) -> str | None:
    if relative := parts.get("relative"):
        first = reference.replace(day=1)
        season = relative.lower().split()[-1]
        if season in SEASONS:  # "last summer": the latest one ended before the reference
            end = SEASONS[season][1]
            this = relative.lower().startswith("this") or reference.month > end
            return str(reference.year if this else reference.year - 1)
        if relative.lower() == "last week":
            return _week(reference - timedelta(days=reference.weekday() + 7))
        if relative.lower() == "this week":  # ("earlier this week")
            return _week(reference - timedelta(days=reference.weekday()))
        return {
            "today": reference.isoformat(),
            "yesterday": (reference - timedelta(days=1)).isoformat(),
            "this month": first.isoformat()[:7],
            "last month": (first - timedelta(days=1)).isoformat()[:7],
            "this year": str(reference.year),
            "last year": str(reference.year - 1),
        }[relative.lower()]
    if ago := parts.get("ago"):
        return _ago(ago, parts.get("unit") or "", reference)
    if weekday := parts.get("weekday"):
        back = (reference.weekday() - WEEKDAYS.index(weekday)) % 7
        if (parts.get("wlead") or "").lower() == "last" and back == 0:  # same pattern: always set
            back = 7  # "last Monday", said on a Monday, is a week ago
        return (reference - timedelta(days=back)).isoformat()
    if occasion := parts.get("occasion"):
        return occasion
    year_text, month_word, day_text = parts.get("year"), parts.get("month"), parts.get("day")
    year = int(year_text) if year_text else None
    if parts.get("until") and (year is None or int(parts["until"] or 0) <= year):
        return None  # "2004-1999" is no span of years
    if not month_word:
        return str(year) if year else None
    month = _MONTH_WORDS[month_word.lower().rstrip(".")]
    if day_text:
        day = int(day_text)
        if year is None:
            if _coming(month, day, reference):
                return None  # "effective next Wednesday, July 31" in a 28 July article
            when = _latest(month, day, reference)
            return when.isoformat() if when else None
        try:
            return date(year, month, day).isoformat()
        except ValueError:
            return None
    if year is None:
        lead = (parts.get("lead") or "").lower()
        if lead == "this":
            year = reference.year
        elif lead == "last":  # the most recent such month before this one
            year = reference.year if month < reference.month else reference.year - 1
        else:  # "in January": the most recent January, this month included
            year = reference.year if month <= reference.month else reference.year - 1
    return f"{year:04d}-{month:02d}"


def _ago(count: str, unit: str, reference: date) -> str | None:
    """ "five years ago" -> the year, "two months ago" -> the month, "three weeks ago" -> the
    month of that calendar week (as ``_week`` gives it), "388 days ago" -> the day: never more
    precise than the count's unit."""
    words = count.lower().split("-")  # "twenty-five": 20 + 5
    n = 1 if count.lower() in ("a", "an") else sum(_COUNTS.get(w, 0) for w in words)
    n = n or int(count)
    if unit == "year":
        return str(reference.year - n)
    if unit == "month":
        months = reference.year * 12 + reference.month - 1 - n
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    if unit == "week":
        return _week(reference - timedelta(days=reference.weekday() + 7 * n))
    return (reference - timedelta(days=n)).isoformat()


def _week(monday: date) -> str | None:
    """The calendar week from ``monday`` ("last week", "three weeks ago") as its month when it
    lies in one, else its year; None when it spans two years: one rule for every week."""
    sunday = monday + timedelta(days=6)
    if monday.month == sunday.month:
        return monday.isoformat()[:7]
    return str(monday.year) if monday.year == sunday.year else None


_WEEK_WORDS = re.compile(r"\bweeks?\b", re.IGNORECASE)


def support_note(
    recorded: str, found: str, words: str = "", *, proposed: bool = False
) -> str | None:
    """How a date named in the evidence supports the recorded one, in words; None when it
    does not. A more precise date is no support: in "later on Monday, less than a week after
    they met", Monday is another event's day. ``words``, the words naming it: a week ("last
    week", "three weeks ago") is given as its month (``_week``), but says more than the month.
    ``proposed``: the date is the machine's proposal, not an editor's record, so an equal date
    is "as proposed" ("as recorded" would claim a record no editor made)."""
    if found == recorded:
        return "as proposed" if proposed else "as recorded"
    if recorded.startswith(found):
        if _WEEK_WORDS.search(words):  # its month, or its year when it spans two months
            return "the article gives only the week"
        return f"the article gives only the {'month' if len(found) == 7 else 'year'}"
    return None


def human_date(value: str | None) -> str:
    """'2025-01-17' -> '17 January 2025'; partial dates stay partial ('September 2025')."""
    if not value:
        return "undated"
    parts = value.split("-")
    if len(parts) == 1:
        return parts[0]
    month = MONTHS[int(parts[1]) - 1]
    return f"{month} {parts[0]}" if len(parts) == 2 else f"{int(parts[2])} {month} {parts[0]}"


BARE_WEEKDAY = re.compile(
    r"\b(?P<before>[a-z][a-z'’-]*) (?P<weekday>" + "|".join(WEEKDAYS) + r")\b"
    r"(?=[,.;:]|\s+(?:in|at|on|that|which|who|after|before|with|and|from|by|for|when|as|amid"
    r"|while)\b)"
)
"""A weekday with no lead-in after a lower-case word and before a comma or a small word:
news writes "died Saturday, aged 78", "resigned Monday.", "said Tuesday that", "released a
statement Wednesday which", "was uploaded Wednesday on"; not "the
Sunday Times", "Super Tuesday", "every Friday", "next Monday", "Monday to Friday"."""
PLACED_WEEKDAY = re.compile(
    r"\b(?:in|at) (?P<before>[A-Z][a-z'’-]+) (?P<weekday>" + "|".join(WEEKDAYS) + r")\b"
    r"(?=[,.;:])"
)
"""A bare weekday right after a one-word place ("dropped two bombs on a stronghold in Basra
Saturday, as"): the day of the act, as after a lower-case word."""
NAMED_WEEKDAY = re.compile(
    r"\b(?P<before>[A-Z][\w'’.-]*) (?P<weekday>" + "|".join(WEEKDAYS) + r")\b"
    r"(?=[,.;:]|\s+(?:to|in|at|that|after|before|with|and|from|by|for|when|as|amid|while)\b)"
    r"|(?:^|(?<=[.!?] ))(?P<opening>"
    + "|".join(WEEKDAYS)
    + r")(?=, (?!(?:"
    + "|".join(MONTHS)
    + r")\b))"
)
"""A bare weekday after a name ("visited the White House Monday to", "told CNN Sunday that"),
or opening its sentence before a comma ("Friday, the House issued a subpoena"; not the
dateline "Friday, January 4, 2019"): the day of the act, as after a lower-case word."""
NAMED_DAYS = frozenset(
    "super good black bloody ash easter palm holy cyber maundy whit shrove".split()
)
"""Words that make a weekday after them a named day ("Good Friday", "Cyber Monday")."""
NOT_BEFORE_WEEKDAY = frozenset(
    "every each next until by before from into through of the a is are will be this last on "
    "early late to or and".split()
)
"""Words before a bare weekday that make it no past day, or a day ``find_dates`` reads."""


def bare_weekdays(text: str, reference: date) -> list[DateMention]:
    """The days ``BARE_WEEKDAY``, ``PLACED_WEEKDAY`` and ``NAMED_WEEKDAY`` name, each the
    latest such day on or before ``reference`` (what ``find_dates`` does for "on Monday"), not
    after a plan or a forecast. Only extract reads them, beside ``find_dates``'s, to date an
    event's verb ("died Saturday, aged 78")."""
    out: list[DateMention] = []
    if "day" not in text:
        return out  # (most sentences: no search at all)
    named = [
        found
        for found in NAMED_WEEKDAY.finditer(text)
        if found.group("opening")
        or (found.group("before") or "").casefold() not in NAMED_DAYS | NOT_BEFORE_WEEKDAY
    ]  # ("the White House Monday to", "Friday, the House"; not "Good Friday,", "Next Monday,")
    for found in (*BARE_WEEKDAY.finditer(text), *PLACED_WEEKDAY.finditer(text), *named):
        group = "weekday" if found.group("weekday") else "opening"
        weekday, (start, end) = found.group(group), found.span(group)
        if found.group("before") in NOT_BEFORE_WEEKDAY or (
            weekday != WEEKDAYS[reference.weekday()] and _AHEAD.search(text, 0, start)
        ):
            continue  # ("will make landfall Saturday, forecasters said": as ``find_dates``)
        value = _resolve({"weekday": weekday}, reference)
        if not any(d.start == start for d in out):  # (a weekday two patterns read)
            out.append(DateMention(weekday, start, end, value or ""))
    return sorted(out, key=lambda d: d.start)


TOLD_DAY = re.compile(
    r"\b(?:(?P<same>[Tt]he same day|[Tt]hat (?:same )?(?:day|night|morning|afternoon|evening)"
    r"|(?:[Ee]arlier|[Ll]ater) in the (?:day|morning|afternoon|evening))"
    r"|(?P<next>[Tt]he (?:next|following) (?:day|morning|afternoon|evening|night)"
    r"|[Tt]he day after(?=[,.;:]))"
    r"|(?P<previous>[Tt]he previous (?:day|morning|afternoon|evening|night)"
    r"|[Tt]he day before(?=[,.;:])))\b"
)
"""A day told by the day before it in the text ("On the same day, Volker resigned", "He died
that night", "Earlier in the day, judge Pablo Ruz said", "the following day", "the previous
day"): ``told_days`` gives its shift from
that day; not "the day before the blast", the blast's day, nor one after a plan ("is to
present them on October 14, the same day the Queen speaks")."""


def told_days(text: str) -> list[tuple[int, int, int]]:
    """Start, end and shift in days (0, 1 or -1) of each ``TOLD_DAY`` phrase in ``text``."""
    if not any(word in text for word in ("day", "night", "orning", "fternoon", "vening")):
        return []  # (most sentences: no search at all)
    return [
        (
            found.start(),
            found.end(),
            1 if found.group("next") else -1 if found.group("previous") else 0,
        )
        for found in TOLD_DAY.finditer(text)
        if not _AHEAD.search(text, 0, found.start())
    ]


def shifted_day(value: str, days: int) -> str:
    """A day's ISO date ``days`` later (earlier when negative)."""
    return (date.fromisoformat(value) + timedelta(days=days)).isoformat()


def sentence_dates(
    articles: Sequence[Article],
    sentences: Mapping[str, Sequence[Sentence]],
    memo: Memo | None = None,
) -> dict[str, SentenceDates]:
    """Each article's dates of every sentence (``find_dates`` against its reference day),
    found once for extract and link, which both read them; ``memo`` keeps each article's for
    the next build (a regular-expression search of every sentence)."""
    by_id = {a.id: a for a in articles}
    with memo or Memo(None, "dates") as kept:  # saved for the next build
        return {
            article_id: _dates_of(by_id[article_id], found, reference_date(by_id[article_id]), kept)
            for article_id, found in sentences.items()
        }


def _dates_of(
    article: Article, sentences: Sequence[Sentence], reference: date, memo: Memo
) -> SentenceDates:
    texts = [article.paragraphs[s.paragraph][s.start : s.end] for s in sentences]
    return memo.get(
        (reference.isoformat(), texts),
        lambda: tuple(tuple(find_dates(text, reference)) for text in texts),
        lambda found: [[astuple(d) for d in here] for here in found],
        lambda rows: tuple(tuple(DateMention(*row) for row in here) for here in rows),
    )


OTHER_TIME = re.compile(
    r"\b(?:previously|earlier|later|formerly|once|since|ago|before|after|until|during|then on"
    r"|next|will|would|shall|had|has|have|is to|are to|was to|were to|to be|in the past"
    r"|first|last|born|died|yet|again|now|says|claims|maintains|insists|argues|believes"
    r"|denies|contends|alleges|hopes|wants|thinks)\b",
    re.IGNORECASE,
)
"""Words by which a sentence tells of another time than the sentence before it ("He had
previously called it …", "Moeldoko reportedly later said", "said he is to leave office",
"has said", "was born"), or whose reporting verb is in the present ("Kohail claims the
confession was obtained under duress" after his sentencing "on March 3, 2008"): such a
sentence does not carry the day of the one before (``continues_day``)."""


def continues_day(text: str) -> bool:
    """Whether a sentence may go on with the day of the sentence before ("The head of counter
    terror police, Neil Basu, on Sunday said … He also said there is no suggestion …"): it
    names no date (``find_dates``, a weekday ``bare_weekdays`` reads, "the same day") and has
    no word of another time (``OTHER_TIME``)."""
    if OTHER_TIME.search(text):
        return False
    reference = date(2000, 1, 1)  # (only whether any date is named: the day is not read)
    return not (find_dates(text, reference) or bare_weekdays(text, reference) or told_days(text))
