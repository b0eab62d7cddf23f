"""The passes that read each candidate's own article alone (``_in_articles``): a role or a
company's noun around a name, a photo credit, a title inside the span, a titled person,
nations acting, and names the NER read as a body that are a person's
(``_people_read_as_bodies``), with the names their words mark (``_Marks``). Kept per article
by ``steps``.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import partial

from ..gazetteer import place_kind, state_name
from ..model import Article, Entity
from ..steps import PerArticle, Steps
from ..titles import TITLE_WORDS
from .article import Candidate, person_like
from .decide import demonym_state
from .names import OFFICE_NOUNS, clean_name, is_common_word
from .nations import _nations_acting
from .persons import ROYAL_TITLES, _titled_before
from .sweeps import _each_article
from .vocab import SURNAME_HONORIFICS


@dataclass(frozen=True)
class _Marks:
    """The names some mention of which the words around it mark, each list sorted."""

    titled: tuple[str, ...]
    """One word after a title ("President |Wiranto|", "|King Salman|")."""
    royal: tuple[str, ...]
    """One word after a royal title or "pope"."""
    roled: tuple[str, ...]
    """Next to a role (``_in_a_role``)."""
    traded: tuple[str, ...]
    """Next to a company's noun (``_traded``)."""


def _in_articles(
    candidates: list[Candidate],
    articles: Sequence[Article],
    lowercase: frozenset[str],
    steps: Steps | None = None,
) -> tuple[list[Candidate], _Marks]:
    """The passes over candidates that read their own article alone (``_in_article``), in
    the candidates' order, and the names their words mark; each article's kept by ``steps``
    for the next build, which makes again only the articles whose text or candidates differ."""
    out: list[Candidate | None] = [None] * len(candidates)
    marked: tuple[set[str], ...] = (set(), set(), set(), set())
    for _article, indexes, (made, marks) in _each_article(
        PerArticle(steps or Steps(None), "in-article", lowercase),
        candidates,
        partial(_in_article, lowercase=lowercase),
        _in_article_kept,
        articles,
    ):
        for i, left in zip(indexes, made, strict=True):
            out[i] = candidates[i] if left is True else left or None
        for names, found in zip(marked, marks, strict=True):
            names.update(found)
    return [c for c in out if c is not None], _Marks(*(tuple(sorted(m)) for m in marked))


def _in_article(
    article: str, texts: tuple[str, ...], here: list[Candidate], lowercase: frozenset[str]
) -> tuple[list[Candidate | bool], tuple[list[str], ...]]:
    """One article's candidates ``here`` after the passes that read it alone (True for one
    left as it was, False for one left out: most are the one, and are kept as one word),
    and the names its mentions mark (``_Marks``' fields, in order)."""
    paragraphs = {article: texts}
    made = _titled_people(here, paragraphs)  # one candidate for one
    acting = {id(c) for c in _nations_acting(made, paragraphs)}  # the same objects, fewer
    left: list[Candidate | None] = [
        _without_common_given(c, lowercase) if id(c) in acting else None for c in made
    ]
    left = [c if c is not None and not _credited(c, paragraphs) else None for c in left]
    final = [c for c in left if c is not None]
    royal = ROYAL_TITLES | {"pope"}
    marks = (
        [
            c.name
            for c in final
            if " " not in c.name and (_titled_in_span(c.text) or _titled_before(c, paragraphs))
        ],
        [
            c.name
            for c in final
            if " " not in c.name
            and (_titled_before(c, paragraphs, royal) or _titled_in_span(c.text, royal))
        ],
        [c.name for c in final if _in_a_role(c, paragraphs)],
        [c.name for c in final if _traded(c, paragraphs)],
    )
    made_here: list[Candidate | bool] = [
        True if c is was else c or False for c, was in zip(left, here, strict=True)
    ]
    return made_here, tuple(sorted(set(names)) for names in marks)


def _in_article_kept(value: object) -> bool:
    """A kept value of ``_in_article``'s form."""
    if not (isinstance(value, tuple) and len(value) == 2):
        return False
    made, marks = value
    return (
        isinstance(made, list)
        and all(type(c) is bool or type(c) is Candidate for c in made)
        and isinstance(marks, tuple)
        and len(marks) == 4
        and all(isinstance(m, list) and all(type(n) is str for n in m) for m in marks)
    )


def _people_read_as_bodies(
    candidates: list[Candidate],
    final: dict[str, str],
    types: dict[str, str],
    keys: dict[str, str],
    curated: Mapping[str, Entity],
    lowercase: frozenset[str],
    marks: _Marks,
    paragraphs: Mapping[str, tuple[str, ...]],
) -> list[str]:
    """Names the NER read as an organisation's that are a person's ("Ricardo Rosselló
    Nevares"): two or three capitalised words, none an organisation's, a place's or a common
    one, and one of them used alone in the same article as a surname is ("Rosselló said"),
    which no organisation's name is; or a role next to it says a person holds it ("Sea-Eye
    spokesperson |Carlotta Weibl|", "|Jasim Uddin|, a spokesperson for the fire service");
    or it is two words, the first a given name of another person of the briefing. A last
    word that is also a town's ("Gerald |Mason|") counts where the article writes it alone
    after an honorific ("Mr Mason said"): a person's surname there."""
    alone = {(c.article, c.name) for c in candidates if " " not in c.name}
    honoured = {
        (c.article, c.name)
        for c in candidates
        if " " not in c.name and _after_honorific(c, paragraphs)
    }
    roled = {final[name] for name in marks.roled if name in final}  # ``_in_a_role``
    traded = {final[name] for name in marks.traded if name in final}  # ``_traded``
    # Given names the briefing knows: the first word of a curated person's name, or of two
    # people's names the NER read ("Santiago" of "Santiago Peña" and "Santiago Calatrava"
    # makes "Santiago Abascal", read as an organisation's, a person's). One person is not
    # enough: one the NER misread would make every name opening with its word a person's
    # ("Oberster Gerichtshof"), more of them the larger the briefing.
    bearers = Counter(
        name.split()[0]
        for name, kind in types.items()
        if kind == "person" and len(name.split()) >= 2 and keys.get(name) not in curated
    )
    given = {
        e.name.split()[0] for e in curated.values() if e.type == "person" and " " in e.name
    } | {word for word, count in bearers.items() if count >= 2}
    articles: dict[str, set[str]] = defaultdict(set)
    for c in candidates:
        if c.name in final:
            articles[final[c.name]].add(c.article)
    out = []
    for name, kind in sorted(types.items()):
        tokens = name.split()
        known = (
            len(tokens) == 2
            and tokens[0] in given
            and tokens[0] != tokens[1]
            and name not in traded  # "Tobacco firm Philip Morris" beside "Philip Hammond"
        )
        two = known or (len(tokens) == 2 and name in roled)
        if (
            kind != "organisation"
            or keys.get(name) in curated
            or not person_like(tokens, adjectives=not two)
            or any(
                is_common_word(t, lowercase)
                or state_name(t)
                # "Santiago Abascal", "Sydney Sweeney": a city's name is a given name too;
                # "Gerald Mason ... Mr Mason said": and a surname
                or (
                    place_kind(t)
                    and not (i == 0 and place_kind(t) == "a city" and two)
                    and not (
                        i == len(tokens) - 1
                        and i > 0
                        and any((a, t) in honoured for a in articles[name])
                    )
                )
                or demonym_state(t)
                for i, t in enumerate(tokens)
            )
        ):
            continue
        if (
            known
            or name in roled
            or any((a, t) in alone for a in articles[name] for t in tokens[1:])
        ):
            out.append(name)
    return out


def _after_honorific(c: Candidate, paragraphs: Mapping[str, tuple[str, ...]]) -> bool:
    """'Mr |Mason|', '|Mr Mason|': a short honorific opens the mention or stands right
    before it, so the one word is a person's surname."""
    words = c.text.split()
    if len(words) == 2 and words[0] in SURNAME_HONORIFICS:
        return True
    before = paragraphs[c.article][c.paragraph][: c.start].rsplit(None, 1)[-1:]
    return bool(before) and before[0] in SURNAME_HONORIFICS


ROLE_WORDS = (TITLE_WORDS | OFFICE_NOUNS | frozenset("member founder co-founder owner".split())) - {
    *"agency council government ministry parliament state national security foreign".split(),
    *"defence defense supreme field crown late former ex acting interim vice deputy".split(),
}
"""Words for what a person is, without the title words that begin bodies' names ('agency')."""


_ROLE_AFTER = re.compile(r"^, (?:a |an |[A-Z][\w-]*['’]s )?(?:former |then-|new )?([\w-]+)")
"""', a spokeswoman for', ', Hagan's former spokeswoman': not ', the president of', which
as often begins the sentence's subject after a clause ("Speaking to AFP, the president")."""


def _in_a_role(c: Candidate, paragraphs: Mapping[str, tuple[str, ...]]) -> bool:
    """A role in lower case right before the name ("spokesperson |Carlotta Weibl|") or in an
    apposition after it ("|Connie Moganedi|, a spokeswoman for the police"): a person."""
    text = paragraphs[c.article][c.paragraph]
    before = text[: c.start].split()[-1:]
    after = _ROLE_AFTER.match(text[c.end :])
    return bool(
        (before and before[0].islower() and before[0].rstrip(".") in ROLE_WORDS)
        or (after and after.group(1).lower() in ROLE_WORDS)
    )


_COMPANY_BEFORE = frozenset(
    "firm company chain maker giant group retailer brand carrier airline bank corporation "
    "conglomerate manufacturer producer".split()
)


_COMPANY_AFTER = re.compile(
    r"^(?:['’]s )?(?:shares|stock|stores|restaurants|outlets|products|executives|employees|"
    r"staff|workers|Inc|Corp|Ltd|plc)\b"
)


def _traded(c: Candidate, paragraphs: Mapping[str, tuple[str, ...]]) -> bool:
    """A company's noun right before the name or its shares, shops or staff right after it
    ("tobacco firm |Philip Morris|", "|Tim Hortons| executives"): a body named after a
    person, whatever given name it opens with."""
    text = paragraphs[c.article][c.paragraph]
    before = text[: c.start].split()[-1:]
    return bool(
        (before and before[0].lower() in _COMPANY_BEFORE)
        or _COMPANY_AFTER.match(text[c.end :].lstrip())
    )


_CREDIT = re.compile(
    r"\b(?:Images?|Photos?|Photographs?|Pictures?|Video|Credits?|Photo credit)"
    r"(?: \(\w+\))?: [^:!?\"“”]{0,80}$"
)
"""'… the remains of the spire. Image: |Remi Mathis| (photos), |Incnis Mrsi| (montage).':
a caption's credit names who took the picture; a caption glued to the text before it
('fursuiters Image: |Nicholas Moreau|.') has no full stop before its credit."""


def _credited(c: Candidate, paragraphs: Mapping[str, tuple[str, ...]]) -> bool:
    """A name in a photo or image credit is no actor mentioned by the news."""
    before = paragraphs[c.article][c.paragraph][max(0, c.start - 100) : c.start]
    return ": " in before and bool(_CREDIT.search(before))  # the colon first: most have none


def _titled_in_span(text: str, titles: frozenset[str] = TITLE_WORDS) -> bool:
    """'|King Salman|', '|Prince Harry|': the NER's span holds the title before the one name
    left once titles are stripped."""
    words = clean_name(text).split()
    return len(words) >= 2 and all(w.lower().rstrip(".") in titles for w in words[:-1])


ROLE_NOUNS = frozenset(
    """spokesman spokeswoman spokesperson minister senator mp mep lawmaker congressman
    congresswoman assemblyman assemblywoman president governor mayor ambassador envoy
    chairman chairwoman secretary commissioner judge lawyer attorney professor dr mr mrs ms
    rep sen councillor councilor""".split()
)
"""Words of a person's office or style, written right before that person's name; no body's
word ("Security", "National", "Council") that also opens an organisation's name."""


def _titled_people(
    candidates: list[Candidate], paragraphs: Mapping[str, tuple[str, ...]]
) -> list[Candidate]:
    """'Vatican spokesman |Matteo Bruni| said', 'opponent MP |Tanya Davies| said': a name of
    two or three capitalised words that no body's word ends, right after a word of a
    person's office, is a person's, whatever the NER read it as."""
    out = []
    for c in candidates:
        if c.label == "ORG" and person_like(c.name.split()):
            before = paragraphs[c.article][c.paragraph][max(0, c.start - 30) : c.start].split()
            if before and before[-1].lower().rstrip(".") in ROLE_NOUNS:
                c = replace(c, label="PERSON")
        out.append(c)
    return out


def _without_common_given(c: Candidate, lowercase: frozenset[str]) -> Candidate:
    """'Born Robert Burns', 'Elder Nelson White': a word taken as a given name from before
    the NER's span (``Candidate.given``) that the briefing also writes in lower case is a
    common word; the name is the NER's."""
    first, _, rest = c.name.partition(" ")
    if not c.given or first.lower() not in lowercase or not rest:
        return c
    at = c.text.find(rest)
    return replace(c, name=rest, text=c.text[at:], start=c.start + at, given=False)
