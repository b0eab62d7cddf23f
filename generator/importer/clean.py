"""Cleaning raw article text: page furniture, datelines, bylines and date lines."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import date as Date

from ..load.names import without_invisible
from ..load.schema import HTML_RE, SNIPPET_RE

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


CREDIT_RE = re.compile(
    r"(?:(?<=[a-z.)\]])|\s+|^)\(?(?:Image|Photo|Photograph|Picture)s?:\s+(?P<credit>[^\n]{1,100}?)\)?\.?$"
)
"""A picture credit closing a caption line, ``… Image: Gage Skidmore.`` or ``(Image: CDCR)``, glued
to the caption's last word where a scraper dropped the line between (``JorgensenImage: …``).
The credit names who made the picture, never an actor of the news: left in, every
photographer and picture agency became an actor page. Wikinews captions carry one on every
picture (seven of the 171 Wikinews 2019 articles, up to 41 credits each)."""


URL_LINE_RE = re.compile(r"^<?https?://[^\s<>]+>?$", re.I)
"""A line that is only a web address: a saved page's address on its first line, above the
headline (``url``, ``date``, ``title``, text, as pasted from a browser or a scraper), which
must not become the article's title."""
SCRIPT_RE = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.I | re.S)
TAG_RE = re.compile(r"</?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?/?>|<!--.*?-->|<![a-zA-Z][^<>]*>", re.S)
"""Markup a scraper left in the text (``<b>Trump</b>``, ``<p>``, ``<!-- ad -->``): the page's
formatting, not its words; content refuses raw HTML (E200), so import keeps the words."""
MEDIA_FILE_RE = re.compile(r"^(?:File|Image):\S.*\.(?:jpe?g|png|gif|svg|tiff?|webp)$", re.I)
"""A media file's name left on a line of its own by a scraper (``File:Keisha Lance Bottoms
(cropped).jpg``)."""


_CREDIT_JOINERS = frozenset("of for and the de del da di du la le van von der den y via by".split())
"""Small words a credit's name may hold ("Voice of America", "Jo Jorgensen for President")."""


def names_only(credit: str) -> bool:
    """``credit`` reads as a name or a list of names, not a sentence: outside brackets, at most
    one lower-case word of two letters or more besides the joiners ("Chris j wood", "John
    Lubbock (flickr)"). "The big Picture: Why Brexit matters to farmers", "Sony Pictures: The
    studio said it would…" and "Picture: Tony Blair said the election…" are text (fix72)."""
    words = re.sub(r"\([^)]*\)?", " ", credit).split()
    lower = [w for w in words if w[:1].islower() and len(w) > 1 and w not in _CREDIT_JOINERS]
    return len(lower) <= 1


def without_credit(line: str) -> str:
    """``line`` without a closing picture credit (the caption itself is kept: it is text the
    outlet published and may name the actors pictured)."""
    found = CREDIT_RE.search(line)
    if found is None or not (found["credit"][0].isupper() or found["credit"] == "unknown"):
        return line  # "the big Picture: was it…": a credit names someone, capitalised
    if not names_only(found["credit"]):
        return line  # "Sony Pictures: The studio said …": a sentence, no credit
    return line[: found.start()].rstrip()


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
    url: str | None = None
    """The address a bare-URL line above the headline gives."""


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


def plain(text: str) -> str:
    """Scraped text as the words a reader saw: entities decoded (``&amp;``), scripts, styles
    and tags dropped, a ``<`` that would still open a tag spaced (``< b``), and the invisible
    characters content refuses (E205) removed. Without this an import wrote articles that
    ``build`` then refused."""
    text = TAG_RE.sub(" ", SCRIPT_RE.sub(" ", html.unescape(text)))
    text = HTML_RE.sub(lambda m: "< " + m.group()[1:], text)
    text = SNIPPET_RE.sub(lambda m: m.group().replace("8<", " 8<"), text)  # E201: inert
    return without_invisible(text)


PARAGRAPH_CHARS = 5_000
"""The longest paragraph import writes: over the longest real one seen (3,444 characters in
the 930 texts of ``make bench-robust``), under content's limit (E004, 20,000). A longer one is
a page that lost its breaks, and resolve's rules, which read a mention's paragraph around it,
take time as its length times its mentions (a 20,000-character one: 12 s, cut: 3.6 s)."""
SENTENCE_END_RE = re.compile(r"(?<=[.!?…\"”’)])\s+(?=\S)")


def short_paragraphs(paragraph: str, limit: int = PARAGRAPH_CHARS) -> list[str]:
    """A paragraph longer than any real one (``PARAGRAPH_CHARS``: a scraped page that lost
    its breaks), cut into paragraphs of whole sentences within ``limit``; a sentence longer
    than that alone is cut at a space."""
    if len(paragraph) <= limit:
        return [paragraph]
    out: list[str] = []
    current = ""
    for sentence in SENTENCE_END_RE.split(paragraph):
        while len(sentence) > limit:
            cut = sentence.rfind(" ", 0, limit + 1)
            cut = cut if cut > 0 else limit
            out.extend([current] if current else [])
            current = ""
            out.append(sentence[:cut].strip())
            sentence = sentence[cut:].strip()
        if current and len(current) + 1 + len(sentence) > limit:
            out.append(current)
            current = sentence
        else:
            current = f"{current} {sentence}" if current else sentence
    return [*out, current] if current else out


def clean_text(text: str, *, title: str | None = None, date: str | None = None) -> Cleaned:
    """Split raw text into front matter and paragraphs, dropping page furniture.

    The first remaining line is the headline unless ``title`` is given; a repeat of the
    headline, a date line, a byline and furniture words are dropped wherever they lead the
    text.
    """
    text = plain(text.replace("\r\n", "\n").replace("\r", "\n"))
    title = " ".join(plain(title).split()) if title is not None else None
    lines = [" ".join(line.split()) for line in text.split("\n")]
    lines = [line for line in lines if line]
    found_date = None
    outlet = None
    url = None
    body: list[str] = []
    for line in lines:
        if not body:
            if line.lower() in FURNITURE:
                continue
            if URL_LINE_RE.match(line):
                url = url or line.strip("<>")
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
        if MEDIA_FILE_RE.match(line) or not (line := without_credit(line)):
            continue
        body.extend(short_paragraphs(line))
    dateline = None
    if body and (match := DATELINE_RE.match(body[0])):
        day = f", {match['date']}" if match["date"] else ""
        dateline = f"{match['place'].strip()}{day} ({match['agency'].strip()})"
        outlet = match["agency"].strip()  # the wire that wrote it, over a byline
        body[0] = body[0][match.end() :]
    return Cleaned(title, date or found_date, tuple(body), dateline, outlet, url)
