"""Names a reader can trust: no invisible or control characters, no lookalike letters from
another script (Unicode's security mechanisms, UTS #39)."""

from __future__ import annotations

import re
import unicodedata

from ..errors import describe_char
from .collect import Collector

_IGNORABLE_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u034f\u17b4\u17b5")
"""Invisible characters that Unicode does not file as format characters (UTS #39
Default_Ignorable_Code_Point): the Hangul fillers, the grapheme joiner, Khmer vowels."""
_JOINERS = frozenset("\u200c\u200d")
"""Zero-width (non-)joiners: needed inside Persian and Indic names, between two letters."""
_JOINER_SCRIPTS = frozenset(
    "ARABIC SYRIAC DEVANAGARI BENGALI GURMUKHI GUJARATI ORIYA TAMIL TELUGU KANNADA MALAYALAM "
    "SINHALA MYANMAR KHMER".split()
)
_NOT_PLAIN_ASCII = re.compile(r"[^ -~\n]")
"""The only characters ``_refused`` can refuse (printable ASCII never is): a whole article is
checked at the speed of a regex scan, not a call per character."""
_CONFUSABLE_SCRIPTS = frozenset({"CYRILLIC", "GREEK"})
_CJK = frozenset({"HAN", "HIRAGANA", "KATAKANA", "BOPOMOFO", "HANGUL"})


def check_invisible(value: str, line: int, where: Collector) -> None:
    """Refuse characters a reader cannot see (UTS #39): a name with a zero-width space, a
    right-to-left override or a byte-order mark looks like another and would get a second
    page. Zero-width (non-)joiners stay allowed between letters, as Persian names need."""
    for index, char in enumerate(value):
        if not _refused(value, index):
            continue
        where.add(
            line,
            "E205",
            f"invisible or control character {describe_char(char)} at position {index + 1}",
            "retype the text without it; it would make a name look like another",
        )
        return


def _refused(value: str, index: int) -> bool:
    """Whether ``check_invisible`` refuses the character at ``index`` of ``value``."""
    char = value[index]
    category = unicodedata.category(char)
    if char in _JOINERS:
        before, after = value[index - 1 : index], value[index + 1 : index + 2]
        if _joins(before) and (after.isalpha() or char == "\u200d"):
            return False
    elif category not in {"Cc", "Cf", "Co", "Cn"} and char not in _IGNORABLE_LETTERS:
        return False
    return not (char in "\n\t" and category == "Cc")


def without_invisible(value: str) -> str:
    """``value`` without the characters ``check_invisible`` refuses: what ``import`` keeps
    of a scraped page's soft hyphens, zero-width spaces, direction marks and byte-order marks,
    which a reader never saw and which would give a name a second page."""
    drop = {m.start() for m in _NOT_PLAIN_ASCII.finditer(value) if _refused(value, m.start())}
    if not drop:
        return value
    return "".join(char for index, char in enumerate(value) if index not in drop)


def _joins(char: str) -> bool:
    """A letter or mark of a script that writes zero-width (non-)joiners inside words
    (Arabic and Persian, the Indic scripts after a virama), not Latin, Cyrillic or Greek."""
    if not char or unicodedata.category(char) not in {"Lo", "Mn", "Mc"}:
        return False
    return unicodedata.name(char, "LATIN").split()[0] in _JOINER_SCRIPTS


def _scripts(text: str) -> dict[str, str]:
    """The scripts of the letters in ``text`` (first letter seen of each), from Unicode
    character names: 'CYRILLIC SMALL LETTER A' is Cyrillic."""
    out: dict[str, str] = {}
    for char in text:
        if unicodedata.category(char) not in {"Lu", "Ll", "Lt", "Lo"}:
            continue
        words = unicodedata.name(char, "UNKNOWN").split()
        script = words[1] if words[0] in {"FULLWIDTH", "HALFWIDTH"} else words[0]
        script = "HAN" if script == "CJK" else script
        out.setdefault(script, char)
    return out


def scripts_allowed(scripts: set[str]) -> bool:
    """UTS #39 'moderately restrictive': one script; Latin with Chinese, Japanese or Korean
    scripts; or Latin with one other script that does not look like it (not Cyrillic or
    Greek, whose letters pass for Latin ones)."""
    other = scripts - {"LATIN"}
    if len(other) <= 1 and not (other and "LATIN" in scripts and other <= _CONFUSABLE_SCRIPTS):
        return True
    return other <= _CJK and not ({"HANGUL", "BOPOMOFO"} <= other)


def check_scripts(value: str, line: int, where: Collector) -> None:
    scripts = _scripts(value)
    if scripts_allowed(set(scripts)):
        return
    counts = {s: sum(1 for c in value if _scripts(c).get(s)) for s in scripts}
    rare = min(sorted(scripts), key=lambda s: counts[s])
    where.add(
        line,
        "E206",
        f"'{value}' mixes scripts: {describe_char(scripts[rare])} among "
        + ", ".join(s.title() for s in sorted(scripts) if s != rare)
        + " letters",
        "retype the name in one script; a lookalike letter would make a second page",
    )
