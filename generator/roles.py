"""Roles a person holds, as the articles state them (part of the evidence stage).

News names an office next to its holder: before the name ("Kremlin spokesman Dmitry
Peskov", "Iran's Supreme Leader Ayatollah Ali Khamenei") or in an apposition after it
("Yuri Ushakov, a Kremlin aide,"). Each role keeps the sentence that states it, so the page can
cite it with its date like every other claim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Linked, Mention

ROLE_WORDS = frozenset(
    """
    president vice-president minister spokesman spokeswoman spokesperson leader secretary
    ambassador envoy chief head general commander chairman chairwoman director governor mayor
    senator king queen prince princess ayatollah speaker chancellor premier adviser advisor aide
    founder ceo emir sultan judge prosecutor representative lawmaker official negotiator
    """.split()
)
"""Words that make a phrase an office; the phrase around them is the role."""

MODIFIERS = frozenset(
    "supreme deputy foreign prime vice former top senior chief acting interim defence defense "
    "national security state interior finance economy trade energy press".split()
)
"""Lower-case words inside an office's name: "supreme leader", "deputy foreign minister"."""
LEADING_WORDS = frozenset(
    "as both when while after before but and or if since under with by from in on at to for "
    "also even once though although because where whom whose current currently".split()
)
"""Words that start a sentence or clause before a title ("As President Trump said", "Both
President Macron and ...") and are no part of the office."""
OFFICE_LINKS = frozenset("of to for at in on with".split())
"""Words that may follow an office's role word: "minister of", "adviser to", "spokesman for"."""
_AFTER = re.compile(r"^,\s+((?:the|a|an)\s+[^,;:()\"“”]{3,70}?)(?=,|\.|;|$)")
_LEADING = re.compile(r"^(?:[Tt]he|[Aa]n?)\s+")
MAX_ROLES = 6


@dataclass(frozen=True)
class Role:
    """An office as one sentence states it, with where it says so."""

    title: str
    """As written, without a leading article: "Kremlin spokesman", "Russian President"."""
    mention: Mention


def _word(word: str) -> str:
    """'Iran's' -> 'iran', 'Leader.' -> 'leader'."""
    return word.lower().rstrip(".,").removesuffix("'s").removesuffix("’s")


def _office(phrase: str) -> str | None:
    """The phrase when it names an office (ends in, or has, a role word), else None."""
    kept = _LEADING.sub("", " ".join(phrase.split())).strip(" ,").split()
    while kept and _word(kept[0]) in LEADING_WORDS:
        kept = kept[1:]
    phrase = " ".join(kept)
    words = [_word(w) for w in kept]
    if not words or not any(w in ROLE_WORDS for w in words) or len(words) > 8:
        return None
    if words[-1] in {"and", "of", "for", "the"}:
        return None
    last = max(i for i, w in enumerate(words) if w in ROLE_WORDS)
    if last < len(words) - 1 and words[last + 1] not in OFFICE_LINKS:
        return None  # a clause, not an office: "the Queen suspended parliament for five weeks"
    return phrase


def _before(text: str) -> str | None:
    """'... Kremlin spokesman ' -> 'Kremlin spokesman': the title words right before a name,
    read back from the name while they are capitalised, role words or their modifiers."""
    words = text.split()
    taken: list[str] = []
    for word in reversed(words):
        low = _word(word)
        if word.endswith((",", ";", ":", ".")) and taken:
            break
        if word[:1].isupper() or low in ROLE_WORDS or low in MODIFIERS or low == "of":
            taken.insert(0, word)
            if len(taken) > 6:
                return None
            continue
        break
    while taken and _word(taken[0]) in {"of", "the"} | LEADING_WORDS:
        taken = taken[1:]
    roles = [i for i, w in enumerate(taken) if _word(w) in ROLE_WORDS]
    if not roles or not (roles[-1] == len(taken) - 1 or _word(taken[roles[-1] + 1]) == "of"):
        return None  # the office ends the phrase, or is "of" something: "Secretary of State"
    if len(taken) == 1 and not taken[0][:1].isupper():
        return None  # "leader" alone says too little to list
    return _office(" ".join(taken))


def roles_of(linked: Linked, key: str) -> tuple[Role, ...]:
    """Distinct roles the articles give a person, first statement of each, newest first."""
    entity = linked.entities[key]
    if entity.type != "person":
        return ()
    found: dict[str, Role] = {}
    for mention in linked.mentions.get(key, ()):
        sentence = linked.sentences[mention.article][mention.sentence]
        paragraph = linked.articles[mention.article].paragraphs[mention.paragraph]
        before = paragraph[sentence.start : mention.start]
        after = paragraph[mention.end : sentence.end]
        for title in (_before(before), _after(after)):
            if title and title.casefold() not in {t.casefold() for t in found}:
                found[title] = Role(title, mention)
    dated = sorted(
        found.values(),
        key=lambda r: (linked.articles[r.mention.article].date, r.mention.article),
        reverse=True,
    )
    return tuple(dated[:MAX_ROLES])


def _after(text: str) -> str | None:
    match = _AFTER.search(text)
    return _office(match.group(1)) if match else None
