"""Roles a person holds, as the articles state them (part of the evidence stage).

News names an office next to its holder: before the name ("Kremlin spokesman Dmitry
Peskov", "Iran's Supreme Leader Ayatollah Ali Khamenei") or in an apposition after it
("Yuri Ushakov, a Kremlin aide,"). Each role keeps the sentence that states it, so the page can
cite it with its date like every other claim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..gazetteer import demonym_state, state_name
from ..model import Linked, Mention

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
    "also even once though although because where whom whose current currently one another "
    "each every".split()
)
"""Words that start a sentence or clause before a title ("As President Trump said", "Both
President Macron and ...") and are no part of the office."""
OFFICE_LINKS = frozenset("of to for at in on with".split())
"""Words that may follow an office's role word: "minister of", "adviser to", "spokesman for"."""
_AFTER = re.compile(r"^,\s+((?:the|a|an)\s+[^,;:()\"“”]{3,70}?)(?=,|\.|;|$)")
_LEADING = re.compile(r"^(?:[Tt]he|[Aa]n?)\s+")
MAX_ROLES = 6
DESCRIPTORS = frozenset(
    "incumbent sitting current then outgoing newly republican democratic democrat conservative "
    "labour liberal".split()
)
"""Words before an office that describe its holder, not the office: "Republican President"
and "Incumbent President" are the president the articles name elsewhere."""
FORMER = frozenset({"former", "ex"})
_OF_STATE = re.compile(r"(?P<office>.+?)\s+of\s+(?:the\s+)?(?P<state>.+)", re.IGNORECASE)


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
    """Distinct roles the articles give a person, newest first: one line per office however
    it is written ("US President", "United States President", "president of the United
    States", "Republican President" are one), cited by the sentence of the form shown."""
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
        fold(list(found.values())),
        key=lambda r: (linked.articles[r.mention.article].date, r.mention.article),
        reverse=True,
    )
    return tuple(dated[:MAX_ROLES])


def _after(text: str) -> str | None:
    match = _AFTER.search(text)
    return _office(match.group(1)) if match else None


def office(title: str) -> tuple[str, str | None]:
    """What a title names, written one way: its office words in lower case, without words
    that describe the holder, and the state it is of (display name) or None. "US President",
    "United States President", "President of the United States" and "Republican President"
    give ("president", "United States") but the last, ("president", None)."""
    words = title.replace("Ex-", "Former ").replace("ex-", "former ").split()
    former = bool(words) and _word(words[0]) in FORMER
    words = words[1:] if former else words
    state = None
    match = _OF_STATE.fullmatch(" ".join(words))
    if match and (found := state_name(match["state"]) or demonym_state(match["state"])):
        state, words = found, match["office"].split()
    if state is None:
        for size in (3, 2, 1):  # "United States President", "Iran's supreme leader"
            head = " ".join(words[:size]).removesuffix("'s").removesuffix("’s")
            if size < len(words) and (found := state_name(head) or demonym_state(head)):
                state, words = found, words[size:]
                break
    while (
        len(words) > 1
        and _word(words[0]) in DESCRIPTORS
        and _word(words[1]) in (ROLE_WORDS | MODIFIERS)
    ):
        words = words[1:]
    core = " ".join(_word(w) for w in words)
    return ("former " if former else "") + core, state


def fold(roles: list[Role]) -> list[Role]:
    """One role per office: titles naming the same office of the same state are one, and a
    title naming no state ("President") joins the one office of that name that has a state,
    when there is exactly one. The form shown is the one naming the state with "of" (the
    fullest), else the longest, with a capital; its sentence is the one cited."""
    groups: dict[tuple[str, str | None], list[Role]] = {}
    for role in roles:
        groups.setdefault(office(role.title), []).append(role)
    for core, state in list(groups):
        if state is None:
            with_state = [key for key in groups if key[0] == core and key[1] is not None]
            if len(with_state) == 1:
                groups[with_state[0]].extend(groups.pop((core, None)))
    shown = [
        max(group, key=lambda r: (_OF_STATE.fullmatch(r.title) is not None, len(r.title)))
        for group in groups.values()
    ]
    return [Role(r.title[:1].upper() + r.title[1:], r.mention) for r in shown]
