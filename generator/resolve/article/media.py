"""Media: outlets, publishers, programmes, channels, devices and the platforms things go on.

``_cited_outlets`` and ``publisher_named`` (the outlet an article cites or is published by),
``_programme`` and ``_host`` (a show, its host), ``_uttered`` (a phrase shouted or chanted,
"shouting Allahu Akbar"), ``_news_channels`` and ``_broadcast_prefixed`` (a channel: "France
24", "TV Chosun"), ``device_read`` (a device's initialism: "CCTV footage"), ``_medium`` (an app
or a website). Each tells a name of a medium, or of a thing said or shown on one, from an
actor's."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...gazetteer import state_name
from ...model import Article, Span
from ..decide import newspaper
from ..names import given_name, is_acronym
from ..vocab import MEDIUM_NOUNS, PLATFORMS
from .records import _at_end

_APP_AFTER = re.compile(
    r"^,? an? (?:[\w-]+ ){0,2}(?:app|application|platform|website|site|service)\b"
)


_UPLOADED_TO = re.compile(r"\b(?i:upload(?:s|ed|ing)?)\s+(?:\w+\s+){0,3}?(?:to|on|onto)\s+$")
"""'uploaded to |Wikimedia Commons|', 'uploads the files to |GitHub|': one uploads to a website
or a repository, the medium that holds what is shared (GOLD.md), never to a person or a body
(actors85)."""


def _medium(name: str, before: list[str], after: list[str], rest: str) -> bool:
    """'a YouTube video', 'via Telegram', 'Telegram, a messaging app', 'on Twitter': a
    website or app that carries a message, not an actor ("Facebook said" is one). The words
    before or after it make a medium of a known platform only: "a CNN video" is a source's."""
    if " " in name:
        return False
    return bool(
        _APP_AFTER.match(rest)
        or (
            name in PLATFORMS
            and (before in (["on"], ["via"]) or bool(after and after[0] in MEDIUM_NOUNS))
        )
    )


_BROADCASTER = r"(?:[A-Z]{2,6}|Fox|Sky|(?:[A-Z][\w-]*\s)+(?:News|TV|Television|Radio))['’]s?\s+"
"""A broadcaster's possessive before its programme's name ("NBC's", "Fox News'", "CBS's")."""
_ON_AIR = re.compile(
    r"\b(?i:appear(?:s|ed|ing)?|said|says|saying|spoke|speak(?:s|ing)|interview(?:ed)?)"
    rf"\s+on\s+(?:the\s+)?({_BROADCASTER})?$"
)
"""'appearing on |Morning Joe|', 'said on CBS's |Face the Nation|': where a message is given,
on the air; one appears or speaks on a show, never on a person or a body."""
_TOLD = re.compile(rf"\btold\s+({_BROADCASTER})?$")
"""'told |Meet the Press|', 'told NBC's |Meet the Press|'; 'told CNN's |Jake Tapper|' names the
host, a person, which the NER's label tells."""
_SHOW_TITLE = re.compile(r"[A-Z][a-z]+ the [A-Z][a-z]+")
"""'Meet the Press', 'Face the Nation': a verb, "the" and a noun, a show's title; no person's
name holds a lower-case "the", and a body's puts it after "of" or "for"."""
_BROADCAST_WORDS = frozenset("News TV Television Radio Channel Network".split())
_SHOW_WORDS = frozenset("Morning Tonight Sunday Hour Show Live Edition Minutes".split())
"""Words of a show's title ("Morning Joe", "Fox News Sunday", "The Daily Show"), which, after
"told" or "said on", make the name a programme's, though no show's title shape."""


def _programme(name: str, label: str, before: str, after: str) -> bool:
    """A broadcast programme named as the medium of a message (``PROGRAMME``): after
    "appeared on", "said on" or "told", with a broadcaster's possessive before it, a person's
    name where one cannot be ("appearing on |Morning Joe|") or a show's title ("told |Face the
    Nation|"). An outlet's own name ("appeared on |Fox News|", "told |CNN|") stays the outlet,
    and a name that owns what follows ("said on |Trump|'s orders") is no show."""
    if after.startswith(("'s", "’s")) or is_acronym(name) or newspaper(name):
        return False
    if name.split()[-1] in _BROADCAST_WORDS:
        return False
    shape = bool(_SHOW_TITLE.fullmatch(name)) or any(w in _SHOW_WORDS for w in name.split())
    if shape and _HOST_AFTER.match(after):
        return True  # "|Meet the Press| host Chuck Todd", "|Morning Joe| co-host Mika Brzezinski"
    if on_air := _at_end(_ON_AIR, before, 6):
        return shape or label == "PERSON" or bool(on_air.group(1))
    if told := _at_end(_TOLD, before, 4):
        return shape or (bool(told.group(1)) and label != "PERSON" and not _host(name))
    return False


_UTTERED = re.compile(
    r"\b(?i:shout(?:s|ed|ing)?|chant(?:s|ed|ing)?|yell(?:s|ed|ing)?|scream(?:s|ed|ing)?"
    r"|cr(?:y|ies|ied|ying)|chants? of|cries of|shouts of)\s+['‘\"“]?$"
)
"""A verb of shouting right before a name, with no "at" or "to" between: "shouting |Allahu
Akbar|", "chanted |Stop the Steal|", "cries of |Allahu Akbar|": what is shouted, a phrase;
one shouts at or to a person, and chants a person's name, not the person."""


def _uttered(before: str, after: str) -> bool:
    """A phrase shouted or chanted (``UTTERANCE``), by ``_UTTERED``; a name that owns what
    follows ("chanting |Trump|'s name") is the person."""
    return not after.startswith(("'s", "’s")) and bool(_at_end(_UTTERED, before, 3))


_HOST_AFTER = re.compile(r" (?:co-)?(?:host|anchor|presenter|moderator)s?\b")
"""A show's staff after its title: "|Meet the Press| host", "|Morning Joe| co-hosts"."""
_HOST_NAME = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?: [A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,2}")


def _host(name: str) -> bool:
    """A person's name shape after a broadcaster's possessive, which the NER labels an
    organisation's there ("told NBC's |Lester Holt|"): two or three capitalised words, the
    first a possible given name (``given_name``); a show's title has a show word or a
    lower-case word ("Morning Joe", "Meet the Press"), caught before this."""
    return bool(_HOST_NAME.fullmatch(name)) and given_name(name.split()[0], frozenset())


_CHANNEL_24 = re.compile(
    r" 24(?![\w.,:/]?\d)(?!\s?[-–]\s?\d)(?!\s?%)"
    r"(?![,;]?\s*(?:[-–—]\s*)?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?\s+\d)"
)
"""' 24' after a state's name, as a 24-hour news channel is named ("France 24", "Russia 24");
not a score ("France 24 Wales 18", "France 24-17", "Italy 24, Scotland 18", "Ireland 24 -
Wales 10": a name and a number follow), a share ("Japan 24%", a tariff table, review24) or
a count ("France 24 hours")."""
_NO_CHANNEL = re.compile(
    r"(?:hours?|years?|days?|points?|per|percent|pc|times|million|billion|people|dead|killed|"
    r"of|to|and|or|in|out)\b"
)
"""Words after '<state> 24' that make the number a count, not a channel's name."""
_SCORE_BEFORE = re.compile(
    r"\b(?:beat|beats|beating|defeated|against|led|lead|leads|trail\w*|v|vs)\.? $"
)


def _channel_after(text: str, span: Span) -> bool:
    """Whether ' 24' after the state's name ``span`` names its news channel (``_CHANNEL_24``,
    ``_NO_CHANNEL``, ``_SCORE_BEFORE``)."""
    rest = text[span.end :]
    return (
        bool(_CHANNEL_24.match(rest))
        and not _NO_CHANNEL.match(rest[3:].lstrip())
        and not _SCORE_BEFORE.search(text[max(0, span.start - 12) : span.start])
    )


_OUTLET_NAME = (
    r"(?:The [A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,3}"  # "The Verge", "The Jakarta Post"
    r"|[A-Z][\w-]*(?:\.[a-z]{2,4}){1,2}\b"  # a domain: "News.com.au", "Politico.eu"
    r"|[A-Z][a-z]+(?:[A-Z][a-z]+)+\b"  # words run together: "RealClearPolitics"
    r"|[A-Z]{2,5}\d{0,2}\b"  # capitals and a channel's number: "TF1", "WSET"
    r")"
)
_CITED_OUTLET = re.compile(
    r"\b(?:told|[Aa]ccording to|(?:first )?reported by|interviewed by|in an interview with|"
    r"speaking to|quoted by|cited by)\s+"
    rf"({_OUTLET_NAME})(?=[\s,.;:)!?\"”’]|$)(?!\s[A-Z])"
    rf"|\b({_OUTLET_NAME})['’]s? (?:average|poll|polling|report|reporting|analysis|tally|"
    r"count|survey|sources?)\b"
)
"""An outlet cited as the source of a report, an interview or a poll's average, which the NER
left unread or read as a number ("told |The Verge|", "according to |TF1|", "reported by
|News.com.au|", "|RealClearPolitics|' average"): a name of an outlet's shape only (a leading
"The", a domain, words run together, capitals and a channel's number), not any name after
"told" ("told Kremlin aides"), and no name running on ("according to The Wall Street
Journal's" is the NER's)."""
_NOT_NAMED = frozenset({"CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT", "PRODUCT"})
"""Labels of spans that read no name: an outlet's name read so ("TF1" as a number) is freed."""


def _cited_outlets(
    spans: list[tuple[int, Span]], paragraphs: tuple[str, ...]
) -> list[tuple[int, Span]]:
    """'a Verizon spokesperson told |The Verge|', 'according to |TF1|': an outlet's name
    cited as a source (``_CITED_OUTLET``) where the NER read no name, read as an
    organisation, there and wherever else the article writes it unread ("Photo by … / The
    Verge"). A span that reads a name there (a person's, a body's) wins; one that reads a
    number ("TF1" as CARDINAL) gives way."""
    cited = {m.group(1) or m.group(2) for text in paragraphs for m in _CITED_OUTLET.finditer(text)}
    return _read_as_outlet(spans, paragraphs, cited)


def _read_as_outlet(
    spans: list[tuple[int, Span]],
    paragraphs: tuple[str, ...],
    names: set[str],
    *,
    ignore_case: bool = False,
) -> list[tuple[int, Span]]:
    """Every place the article writes one of ``names`` where the NER read no name, read as
    an organisation (a span that reads a number gives way); ``ignore_case`` finds a name in
    any case, written with a capital ("wikinews" as "Wikinews")."""
    if not names:
        return spans
    found: list[tuple[int, int, int]] = []
    for name in sorted(names, key=len, reverse=True):
        pattern = (
            _publisher_pattern(name)
            if ignore_case  # not in an address: "en.wikinews.org", "@wikinews"
            else re.compile(rf"(?<![\w.])({re.escape(name)})(?![\w]|\.[a-z])")
        )
        for p, text in enumerate(paragraphs):
            for m in pattern.finditer(text):
                start, end = m.span(1)
                if ignore_case and not text[start].isupper():
                    continue  # "wikinews" in lower case: a word or an address, no name
                if any(q == p and s < end and start < e for q, s, e in found) or any(
                    q == p
                    and span.start < end
                    and start < span.end
                    and span.label not in _NOT_NAMED
                    for q, span in spans
                ):
                    continue
                found.append((p, start, end))
    if not found:
        return spans
    out = [
        (p, span)
        for p, span in spans
        if not any(q == p and span.start < e and s < span.end for q, s, e in found)
    ]
    out += [(p, Span(paragraphs[p][s:e], "ORG", s, e, None)) for p, s, e in found]
    return sorted(out, key=lambda ps: (ps[0], ps[1].start, -ps[1].end))


_HOST_SUFFIXES = frozenset("com org net gov edu int info news co ac or ne go".split())
"""Labels of a web host after its owner's name: top-level domains and the second level some
countries put under theirs ("bbc.co.uk", "abc.net.au")."""


def publisher_name(source: str) -> str | None:
    """The name an article's publisher goes by, from its ``source``: a web host's owner label
    ("en.wikinews.org" -> "wikinews", "www.bbc.co.uk" -> "bbc"), else the source as written
    ("Reuters"); None for one too short to be told from a word (two letters or fewer)."""
    source = source.strip()
    if " " not in source and "." in source:
        labels = [w for w in source.casefold().split(".") if w]
        while len(labels) > 1 and (labels[-1] in _HOST_SUFFIXES or len(labels[-1]) == 2):
            labels.pop()
        source = labels[-1] if labels else ""
    return source if len(source) > 2 and re.fullmatch(r"[\w&' .-]+", source) else None


def _publisher_pattern(name: str) -> re.Pattern[str]:
    """A publisher's name in any case, whole, and not inside a web or e-mail address."""
    return re.compile(rf"(?<![\w./@-])({re.escape(name)})(?![\w@-]|\.[a-z])", re.IGNORECASE)


def publisher_named(article: Article) -> frozenset[str]:
    """How the article writes its own publisher's name (``publisher_name``) with a capital
    ("Wikinews" in a Wikinews article): the outlet that reported it, news media by that alone."""
    name = _publisher_in(article.source, article.paragraphs)
    if not name:
        return frozenset()
    pattern = _publisher_pattern(name)
    return frozenset(
        m.group(1)
        for text in article.paragraphs
        for m in pattern.finditer(text)
        if m.group(1)[0].isupper()
    )


def _own_publisher(
    spans: list[tuple[int, Span]], paragraphs: tuple[str, ...], source: str
) -> list[tuple[int, Span]]:
    """'|Wikinews| attended the event', 'Smith told |Wikinews|': the article's own publisher
    (``publisher_name`` of its source) named in its text, with a capital, where the NER read
    no name: the outlet that reported, asked or interviewed, read as an organisation. Its name
    is known from the article itself, as a curated one is, so no verb's shape need show it."""
    name = _publisher_in(source, paragraphs)
    return _read_as_outlet(spans, paragraphs, {name}, ignore_case=True) if name else spans


def _publisher_in(source: str, paragraphs: Sequence[str]) -> str | None:
    """``publisher_name`` of ``source``, unless the article also writes it as a word in lower
    case ("dawn" of dawn.com, "time" of time.com): then a capital may be a sentence's start,
    and the publisher is not read."""
    name = publisher_name(source)
    if name is None or not name.islower():
        return name
    pattern = _publisher_pattern(name)
    lower = any(m.group(1).islower() for text in paragraphs for m in pattern.finditer(text))
    return None if lower else name


_DEVICE_INITIALISMS = frozenset({"CCTV"})
"""Initialisms of a device that are also an outlet's name: closed-circuit television and
China Central Television."""
_DEVICE_AFTER = re.compile(
    r"\s(?:cameras?|footage|images?|video(?:s|tape)?|recordings?|stills?|systems?|monitors?|"
    r"surveillance|evidence|operators?|captured|showed|shows|recorded|filmed|"
    r"caught|revealed|appeared to show)\b"
)
_DEVICE_BEFORE = re.compile(
    r"\b(?:caught|captured|seen|filmed|recorded|spotted|visible) on (?:the )?$"
    r"|\b(?:footage|images?|pictures?|stills?|video) (?:from|of) (?:the )?$",
    re.IGNORECASE,
)
"""What makes "CCTV" the device, not the broadcaster: a noun of its recordings or a verb of
recording after it ("CCTV footage", "CCTV cameras", "CCTV captured their arrival"), or a
verb of being caught on it or a recording's noun before it ("caught on CCTV", "images from
CCTV"); "according to CCTV", "told CCTV", "reported by CCTV", "appeared on CCTV" stay the
broadcaster's."""

_OUTLET_BEFORE = re.compile(
    r"\b(?i:broadcaster|television|TV|channel|network|station|China['’]s|Chinese)\s+$"
)
"""Before "CCTV", the words that make it the broadcaster whatever follows ("state
broadcaster CCTV showed the meeting", "China's CCTV footage")."""


def device_read(text: str, span: Span) -> bool:
    """'|CCTV| footage showed the suspect': a device's initialism (``_DEVICE_INITIALISMS``)
    written as the device (``_DEVICE_AFTER``, ``_DEVICE_BEFORE``, no broadcaster's word
    before it) names no actor there; ``collect`` leaves the span out with its reason, so China
    Central Television keeps its page where it is cited."""
    if span.text not in _DEVICE_INITIALISMS:
        return False
    before = text[max(0, span.start - 30) : span.start]
    return not _OUTLET_BEFORE.search(before) and bool(
        _DEVICE_AFTER.match(text, span.end) or _DEVICE_BEFORE.search(before)
    )


def _news_channels(
    spans: list[tuple[int, Span]], paragraphs: tuple[str, ...]
) -> list[tuple[int, Span]]:
    """'|France| 24 reported': a state's name the NER read as the place, and the number
    after it it left out or read as a date: the outlet "France 24" (a 24-hour news channel
    named after its country, as "Russia 24", "Ukraine 24"), read as an organisation. Never a
    score or a count ("beat France 24-17", "France 24 Wales 18", "France 24 hours")."""
    out: list[tuple[int, Span]] = []
    channels: set[tuple[int, int, int]] = set()
    for p, span in spans:
        text = paragraphs[p]
        if span.text.endswith(" 24") and state_name(span.text[:-3]):
            # "|Italy 24|, Scotland 18": the NER's own span, read back to the state where
            # the words around make the number a score, a share or a count.
            state = Span(span.text[:-3], "GPE", span.start, span.end - 3, None)
            if not _channel_after(text, state):
                span = state
            out.append((p, span))
            continue
        if (
            span.label in ("GPE", "LOC", "ORG", "NORP")
            and state_name(span.text)
            and _channel_after(text, span)
        ):
            end = span.end + 3
            span = Span(text[span.start : end], "ORG", span.start, end, None)
            channels.add((p, span.start, end))
        out.append((p, span))
    if not channels:
        return out
    return [
        (p, span)
        for p, span in out
        if (p, span.start, span.end) in channels
        or not any(q == p and s <= span.start < e for q, s, e in channels)
    ]


_BROADCAST_PREFIX = re.compile(r"(?<![\w-])(?:TV|Radio) $")
"""'broadcaster |Chosun|' after 'TV ': a channel's name that opens with its medium ("TV
Chosun", "TV Asahi", "Radio Sawa"), the medium not after another name ("Press TV")."""


def _broadcast_prefixed(
    spans: list[tuple[int, Span]], paragraphs: tuple[str, ...]
) -> list[tuple[int, Span]]:
    """'|Chosun|' of "TV Chosun said": a one-word name the NER read (as a person's, even)
    without the medium's word before it, where the article writes that word before every
    mention of the name: the channel "TV Chosun", an organisation. A name also written alone
    ("TV Tokyo reported ... in Tokyo") keeps the NER's reading."""
    out: list[tuple[int, Span]] = []
    for p, span in spans:
        text = paragraphs[p]
        head = text[max(0, span.start - 7) : span.start]
        if (
            span.entity is None
            and span.label in ("PERSON", "ORG", "GPE", "NORP")
            and " " not in span.text
            and (medium := _BROADCAST_PREFIX.search(head))
            and _after_no_name(text[: span.start - len(medium.group(0))])
            and _always_after(span.text, medium.group(0), paragraphs)
        ):
            start = span.start - len(medium.group(0))
            span = Span(text[start : span.end], "ORG", start, span.end, None)
        out.append((p, span))
    return out


def _after_no_name(before: str) -> bool:
    """The word before the medium's opens no name ("broadcaster TV …", "The TV …", a
    sentence's start), unlike "Press TV", "Sky TV"."""
    words = before.split()
    return (
        not words or words[-1] == "The" or words[-1][-1] in '.:;!?"“”' or not words[-1][0].isupper()
    )


def _always_after(name: str, medium: str, paragraphs: tuple[str, ...]) -> bool:
    """Every whole-word mention of ``name`` in the article comes right after ``medium``."""
    alone = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
    return all(
        paragraph[max(0, m.start() - len(medium)) : m.start()] == medium
        for paragraph in paragraphs
        for m in alone.finditer(paragraph)
    )
