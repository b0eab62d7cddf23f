"""Where each of an article's candidates goes (``_placements``): a lone word to the person of
that surname or birth name, or to the state of that name ("Jordan"), a firm or a place the
NER glued before a person's first name ("Yahoo Messenger") left out; read from the words
around its mentions (pronouns after it, "born", kin words), kept per article by ``steps``
(``PerArticle``) so an edit redoes only its article.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Mapping, MutableMapping, Sequence
from functools import lru_cache, partial

from ..gazetteer import place_kind, state_name
from ..steps import PerArticle, Steps
from .article import Candidate, person_like
from .bearers import _introduced
from .decide import demonym_state, region_that_acts
from .merge import skeleton
from .names import is_acronym, strip_titles
from .nonactors import particle_surname
from .persons import (
    _ends_name,
    _names_person,
    _Owners,
    _owners_named,
    _person_words,
    _regnal,
    _without_article,
)
from .vocab import ETHNIC_DEMONYMS

_PLACEMENTS = frozenset("fnruabw")
"""What ``_placed_in`` tells of a candidate: folded into a body, a mention of its own key
(``n``), rejected, a surname's person (``u``), a birth name's, ambiguous, or the one person
of that surname in the briefing (``w``, "far")."""


def _placements(
    candidates: Sequence[Candidate],
    paragraphs: Mapping[str, tuple[str, ...]],
    steps: Steps,
    tables: tuple[
        dict[str, str], dict[str, str], list[str], dict[str, str], Mapping[str, frozenset[str]]
    ],
    persons_in: Mapping[str, list[str]],
    folded: set[tuple[str, str]],
) -> list[tuple[str, str]]:
    """Each candidate's placement (``_placed_in``), in order: read article by article, each
    kept by ``steps`` (``PerArticle``) under its article, texts, candidates, persons and
    folded names, with the briefing-wide ``tables`` (final names, keys, curated keys, each
    key's name, the surname index) as the shared inputs. After one edit that changes no
    name's decision, only the edited article's candidates are placed again."""
    kept = PerArticle(steps, "placed", tables)
    final = tables[0]
    out: list[tuple[str, str]] = [("", "")] * len(candidates)
    by_article: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(candidates):
        by_article[c.article].append(i)
    for article, indexes in by_article.items():
        here = [candidates[i] for i in indexes]
        texts = paragraphs[article]
        persons = persons_in.get(article, [])
        folds = sorted({c.name for c in here if (article, final.get(c.name, c.name)) in folded})
        kinds, owners = kept.get(
            (article, texts, here, persons, folds),
            partial(_placed_in, article, texts, here, persons, folds, tables),
            partial(_placed_kept, len(here)),
        )
        for i, kind, owner in zip(indexes, kinds, owners, strict=True):
            out[i] = (kind, owner)
    kept.save()
    return out


def _placed_kept(size: int, value: object) -> bool:
    """A kept value of ``_placed_in``'s form for ``size`` candidates."""
    return (
        type(value) is tuple
        and len(value) == 2
        and type(value[0]) is str
        and len(value[0]) == size
        and _PLACEMENTS.issuperset(value[0])
        and type(value[1]) is tuple
        and len(value[1]) == size
        and all(type(o) is str for o in value[1])
    )


def _placed_in(
    article: str,
    texts: tuple[str, ...],
    here: list[Candidate],
    persons: list[str],
    folds: list[str],
    tables: tuple[
        dict[str, str], dict[str, str], list[str], dict[str, str], Mapping[str, frozenset[str]]
    ],
) -> tuple[str, tuple[str, ...]]:
    """Where each of one article's candidates ``here`` goes (``_PLACEMENTS``' letters, and
    the person's key where a surname or birth name is given to one, else ""): read of its
    own article's texts and persons and the names folded there, and the briefing-wide
    tables, nothing else."""
    final, keys, curated_keys, name_of, lookup = tables
    curated = frozenset(curated_keys)
    paragraphs = {article: texts}
    persons_in = {article: persons}
    folded = frozenset(folds)
    kinds: list[str] = []
    owned: list[str] = []
    state_uses: dict[tuple[str, str], bool] = {}
    told: dict[tuple[str, str, tuple[str, ...]], list[tuple[int, int, int, bool]]] = {}
    # The persons a name may be of in its article, asked once per article and name (and
    # key), not once per mention: a name is mentioned some three times an article.
    ending: dict[tuple[str, str, str | None], list[str]] = {}
    naming: dict[tuple[str, str], list[str]] = {}
    read_as: dict[str, int] = {}
    owners_in: dict[str, _Owners] = {}
    """The article's persons indexed by the words that may name them alone."""
    for c in here:
        if c.name in folded:
            kinds.append("f")
            owned.append("")
            continue
        key: str | None = keys.get(final.get(c.name, ""))
        if key not in curated and c.label == "PERSON" and (subject := _born_as(c, paragraphs)):
            # "Ginger Baker was born Peter Edward Baker": a birth name is the person's own.
            others = [k for k in persons_in.get(c.article, ()) if k != key]
            owners = [
                k
                for k in others
                if (name := name_of.get(k, "")) == subject
                or (" " not in subject and _names_person(subject, name))
            ]
            if len(owners) == 1:
                kinds.append("b")
                owned.append(owners[0])
                continue
        if (
            key not in curated
            and (
                c.label == "PERSON"
                or (c.label == "ORG" and person_like(c.name.split()))
                or particle_surname(c.name)  # "fell short of |De La Fuente|"
            )
            and 2 <= len(c.name.split()) <= 3
        ):
            # "Rivera Schatz", "De Blasio": a surname of several words, the end of one
            # person's full name in the article; the NER reads two surnames alone as an
            # organisation's name as often as a person's ("Vázquez Garced said").
            ends = (c.article, c.name, key)
            if ends not in ending:
                ending[ends] = [
                    k
                    for k in persons_in.get(c.article, ())
                    if k != key and _ends_name(c.name, name_of.get(k, ""))
                ]
            owners = ending[ends]
            if len(owners) == 1:
                kinds.append("u")
                owned.append(owners[0])
                continue
        if key not in curated and " " not in c.name and not is_acronym(c.name):
            if _word_opening(paragraphs[c.article][c.paragraph], c.start, c.end):
                kinds.append("r")  # "Little is known about …": not Mark Little
                owned.append("")
                continue
            if key is not None and c.label == "GPE" and region_that_acts(c.name):
                # "a lawsuit against the state of |Montana|" where "Montana Native Vote" is
                # read as a person's name: a region read as a place, kept as acting in its
                # article (``_nations_acting``), is the region, no one's first name.
                owners = []
            else:
                if (c.article, c.name) not in naming:
                    if (index := owners_in.get(c.article)) is None:
                        index = owners_in[c.article] = _Owners(
                            persons_in.get(c.article, []), name_of
                        )
                    naming[c.article, c.name] = _owners_named(c.name, index, name_of)
                owners = naming[c.article, c.name]
                if owners and c.name in ETHNIC_DEMONYMS:
                    # "|Huthi| leaders" beside "Abdel Malek al-Huthi": the adjective of a
                    # people or movement without a state (named after its leaders' family) is
                    # the movement's, no man's surname alone (actors99).
                    owners = []
                if owners and c.ner_label == "NORP" and demonym_state(c.name):
                    # "the |Georgian| ambassador" beside "Georgian Dream", read as a person's
                    # name: a nationality is no one's first name ("English" of "Bill English",
                    # his surname, stays his; actors97)
                    owners = [k for k in owners if name_of.get(k, "").split()[:1] != [c.name]]
                if owners:
                    # A firm only where the word was decided an actor alone: "Jamal" for
                    # "Jamal Khashoggi" (dev), read as an organisation three times, is none.
                    # A place's name, decided or not ("Chelsea" the club, named twice).
                    if not read_as:
                        read_as.update(_read_as_person(here))
                    owners = [
                        k
                        for k in owners
                        if not _firm_before_a_name(
                            c.name,
                            name_of.get(k, ""),
                            read_as,
                            paragraphs[c.article],
                            firm=key is not None,
                        )
                    ]
            if (
                _state_meant(c, paragraphs, [name_of.get(k, "") for k in owners], told)
                if owners
                else _state_in_article(c, paragraphs, state_uses)
            ):
                # "Pompeo met |Jordan|'s king": the state, not Representative Jim Jordan; where
                # the article names a Jordan in full, the state where it was the last told of
                kinds.append("r" if key is None else "n")
                owned.append("")
                continue
            if len(owners) == 1:
                kinds.append("u")
                owned.append(owners[0])
                continue
            if len(owners) > 1:
                subject = _family_subject(owners, texts, name_of)
                kinds.append("u" if subject else "a")
                owned.append(subject)
                continue
            if key is None and c.label == "PERSON" and not _introduced(c, paragraphs):
                # Named in full only in another article: the one person of that surname in
                # the whole briefing ("Khamenei"), shown in the review as a merge.
                everywhere = sorted(
                    k
                    for k in lookup.get(c.name, set()) | lookup.get(skeleton(c.name), set())
                    if _names_person(c.name, name_of.get(k, ""))
                    # A given name alone is no one's in another article ("Francis"), but a
                    # monarch's is ("Queen Elizabeth" for "Elizabeth II").
                    and (c.name != name_of.get(k, "").split()[0] or _regnal(name_of.get(k, "")))
                )
                if len(everywhere) == 1:
                    kinds.append("w")
                    owned.append(everywhere[0])
                    continue
        kinds.append("r" if key is None else "n")
        owned.append("")
    return "".join(kinds), tuple(owned)


def _read_as_person(here: Sequence[Candidate]) -> dict[str, int]:
    """Each name of one article's candidates -> how many more times the NER reads it as a
    person's than as anything else (negative: mostly a firm's, a place's)."""
    votes: dict[str, int] = defaultdict(int)
    for c in here:
        votes[c.name] += 1 if c.label == "PERSON" else -1
    return dict(votes)


def _firm_before_a_name(
    word: str, name: str, read_as: Mapping[str, int], texts: Sequence[str], *, firm: bool = True
) -> bool:
    """``word`` opens the person ``name`` but is no given name of it: a firm or a place the
    NER reads as one more often than as a person in the article (``FIRM_READINGS``), glued
    before a word that made the two a person's name ("Yahoo Messenger", with "Yahoo" alone 21
    times; "In Venezuela Chavez doesn't rule"): the lone word stays the firm's or the
    place's, as often named in other articles, not the glued name's (actors55; a given name
    alone, "Hamza" for "Hamza bin Laden", is read as a person's). A firm glued is an accident
    of one sentence: a name the article writes twice or more ("Raila Odinga ... Raila
    Odinga", with "Raila" alone read as an organisation, actors57), or once but whose lone
    word the article refers back to as "he" or "she" rather than "it" (actors71,
    ``_called_a_person``), is a person's, and its lone given name stays the person's. A
    state's name stays the state's however often the person is named ("Jordan" beside
    "Jordan Henderson"), and so does a city's (or its club's: "Chelsea" beat Arsenal beside
    "Chelsea Clinton", actors71) unless the article calls the lone word "he" or "she" ("Paris
    said she", Paris Jackson: a given name the NER reads as the city, review27)."""
    tokens = _person_words(name)
    if len(tokens) < 2 or word != tokens[0] or word == _without_article(tokens[-1]):
        return False
    votes = read_as.get(word, 0)
    if votes < 0 and state_name(word):
        return True
    if votes < 0 and place_kind(word):
        # A city's name the article calls "she" where it stands alone is a given name:
        # "Paris Jackson ... Paris said she" (read as a place), not "Chelsea beat Arsenal",
        # nor "Paris Jackson released her album ... recorded in Paris" (review27).
        alone = tuple(text.replace(name, tokens[-1]) for text in texts)
        return not _called_a_person(word, alone)
    return (
        firm
        and votes <= -FIRM_READINGS
        and _written_times(name, texts) <= 1
        and not _called_a_person(word, texts)
    )


_PERSON_PRONOUN = re.compile(r"\b(?:he|him|his|she|her|hers)\b", re.IGNORECASE)


_THING_PRONOUN = re.compile(r"\b(?:it|its)\b", re.IGNORECASE)


_REPORTING = re.compile(
    r"\b(?:he|she)\s+(?:says|said|believes|believed|adds|added|told|tells|thinks|thought|"
    r"argues|argued|notes|noted|explains|explained|writes|wrote|warns|warned)\b",
    re.IGNORECASE,
)
"""A quoted speaker's reporting clause (", he believes"): the pronoun is the speaker's."""


_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'\u201d\u2019]?\s+(?=[\"'\u201c\u2018]?[A-Z])")


def _called_a_person(word: str, texts: Sequence[str]) -> bool:
    """The article refers back to the lone ``word`` as a person: after each time it is
    written, to the end of its sentence and through the next one (unless that one names the
    word again, so its pronouns are someone else's), "he", "his", "she" or "her" outnumber
    "it" and "its" (a pronoun agrees with its antecedent: a firm is "it"). A reporting clause
    (", he believes") is a quoted speaker's, not the word's. "Raila said if elected, his
    vision ... He vowed" (a Kenyan paper's "Raila" read as an organisation) against "Yahoo
    said it would ..." and a BBC piece's analyst ("Yahoo is winning, he believes")."""
    pattern = _as_words(word)
    person = thing = 0
    for text in texts:
        ends = [m.end() for m in _SENTENCE_END.finditer(text)] + [len(text)]
        for found in pattern.finditer(text):
            at = bisect_right(ends, found.end())
            end = ends[min(at, len(ends) - 1)]
            following = ends[min(at + 1, len(ends) - 1)]
            if not pattern.search(text, end, following):
                end = following
            window = _REPORTING.sub(" ", text[found.end() : end])
            person += len(_PERSON_PRONOUN.findall(window))
            thing += len(_THING_PRONOUN.findall(window))
    return person > thing


def _written_times(name: str, texts: Sequence[str]) -> int:
    """How many times ``name`` is written whole, as words, in an article's ``texts``."""
    pattern = _as_words(name)
    return sum(len(pattern.findall(text)) for text in texts)


@lru_cache(maxsize=4096)
def _as_words(text: str) -> re.Pattern[str]:
    """``text`` written whole, as words (not inside a longer word): one compiled pattern per
    name, asked for again across a briefing's articles."""
    return re.compile(rf"(?<!\w){re.escape(text)}(?!\w)")


FIRM_READINGS = 3
"""How many more times the NER must read a lone word as a firm's (or anything but a person's)
than as a person's for it to be no given name of the person it opens (a state's name: any
more). News names a person alone by the surname: a given name alone is rare, and read as an
organisation once or twice ("Natasha" for "Natasha Gownaris", "Sean", "Tasha" in actors44's
Wikinews rows); a firm alone is its article's subject, named again and again ("Yahoo" 19
times as a firm, twice as a person)."""


_BORN = re.compile(r"((?:[A-Z][\w'’.-]+ )*[A-Z][\w'’.-]+)(?: was|,) born $")


_BORN_WHEN = re.compile(
    r"\b[Ww]hen ((?:[A-Z][\w'’.-]+ )*[A-Z][\w'’.-]+) was born\b[^.;!?]{0,100}, (?:she|he) was $"
)
"""'When |Baloch| was born, about 250 miles southwest of Lahore, she was |Fouzia Azeem|'."""


def _born_as(c: Candidate, paragraphs: Mapping[str, tuple[str, ...]]) -> str:
    """The person whose birth name the candidate is ("|Day| was born |Doris Mary Ann
    Kappelhoff|", "Ginger Baker, born Peter Edward Baker,", "When Baloch was born, ..., she
    was Fouzia Azeem"), or ''."""
    if " " not in c.name:
        return ""
    before = paragraphs[c.article][c.paragraph][max(0, c.start - 160) : c.start]
    born = _BORN.search(before[-60:]) or _BORN_WHEN.search(before)
    return strip_titles(born.group(1)) if born else ""


OPENING_WORDS = frozenset(
    "Little Much More Most Few Many Still Even Well Long Soon Early Late Only Rather Less "
    "Such Both Never Ever Almost Further Hardly Enough".split()
)
"""Words that open a sentence as a quantity or an adverb and are also surnames ('Little is
known about …', 'Much of the city …', 'Long before …')."""


_AS_A_WORD = re.compile(
    r" (?:(?:is|was|has been|had been|remains|remained) (?:known|said|understood|clear|left|"
    r"done|certain|sure)\b|of |more |else |than |before |after |since |as |have |are |were )"
)
"""What follows such a word opening a sentence as the word ('Little |is known|'), not as a
person ('Little said')."""


_KIN_BEFORE = re.compile(
    r"\b(?:father|mother|son|daughter|brother|sister|wife|husband|widow|widower|uncle|aunt"
    r"|nephew|niece|cousin|(?:grand|step|great-grand)(?:father|mother|son|daughter)"
    r"|(?:father|mother|brother|sister|son|daughter)-in-law|parents?|sons|daughters)"
    r"(?:\s+of)?(?:\s+[^\s.,;:()\"“”]+){0,5}\s+$",
    re.IGNORECASE,
)
"""A kinship noun, and up to five words of the same clause, right before a name: "his father
|Hafez al-Assad|", "the son of the country's founding president |Jomo Kenyatta|"."""


def _family_subject(owners: Sequence[str], texts: Sequence[str], name_of: Mapping[str, str]) -> str:
    """'Syrian President Bashar al-Assad said … |Assad|, who succeeded his father Hafez
    al-Assad': a family name alone, where its article names several of the family, is the
    one of them the article does not introduce as another's kin. Every other bearer is named
    in full only right after a kinship noun (``_KIN_BEFORE``), and the one left is named in
    full before any of them: the article's subject, of whom the relatives are told. Else ""
    (two named alike, "Kim Jong Nam … Kim Chol": neither is told as the other's kin)."""
    firsts: dict[str, tuple[int, int]] = {}
    kin: list[str] = []
    for key in owners:
        name = name_of.get(key, "")
        told = [(p, at) for p, text in enumerate(texts) for at in _written_at(name, text)]
        if not name or not told:
            return ""
        firsts[key] = min(told)
        if all(_KIN_BEFORE.search(texts[p][max(0, at - 80) : at]) for p, at in told):
            kin.append(key)
    rest = [k for k in owners if k not in kin]
    if len(rest) != 1 or not kin or any(firsts[k] < firsts[rest[0]] for k in kin):
        return ""
    return rest[0]


def _written_at(name: str, text: str) -> list[int]:
    """Where ``name`` is written whole in ``text`` (no word goes on before or after it)."""
    out, at = [], text.find(name)
    while at >= 0:
        end = at + len(name)
        before, after = text[at - 1 : at], text[end : end + 1]
        if not (before.isalnum() or before == "-" or after.isalnum() or after == "-"):
            out.append(at)
        at = text.find(name, at + 1)
    return out


def _word_opening(text: str, start: int, end: int) -> bool:
    """A surname that is an opening word, at the start of a sentence and used as the word."""
    if text[start:end] not in OPENING_WORDS or not _AS_A_WORD.match(text, end):
        return False
    before = text[max(0, start - 4) : start].rstrip()
    return (start < 4 and not before) or before.endswith((".", "!", "?", '"', "”"))


_STATE_PLACE_WORDS = "in|from|into|across|visit|visited|visiting|visits"


_STATE_RULERS = "King|Queen|Emir|Sultan|Prince|Princess"


_STATE_OWNED = (
    "king|queen|emir|monarch|crown prince|royal|government|foreign minister|"
    "prime minister|parliament|army|military|capital|embassy|ambassador|border|"
    "foreign ministry|state media"
)


_STATE_USE = (
    rf"(?:\b(?:{_STATE_PLACE_WORDS}) {{w}}\b"
    rf"|\b(?:{_STATE_RULERS})(?: [A-Z][\w'’-]*){{{{0,3}}}} of {{w}}\b"
    rf"|\b{{w}}['’]s (?:{_STATE_OWNED})\b)"
)
"""A country's name used as the country: after a preposition of place or a ruler's title
('King Abdullah II of |Jordan|'), or owning a ruler, a government or a border ('met
|Jordan|'s king', 'refugees in |Jordan|')."""


_PLACE_WORD_BEFORE = re.compile(rf"\b(?:{_STATE_PLACE_WORDS}) \Z")


_RULER_OF_BEFORE = re.compile(rf"\b(?:{_STATE_RULERS})(?: [A-Z][\w'’-]*){{0,3}} of \Z")


_OWNED_AFTER = re.compile(rf"['’]s (?:{_STATE_OWNED})\b")


_BOUNDARY = re.compile(r"\b")
"""``_STATE_USE``'s three parts around a name found where it stands, compiled once: a pattern
per name costs its compiling (some 70 names, 0.1 s a build) where most articles never use
the name so."""


@lru_cache(maxsize=256)
def _state_use(name: str) -> re.Pattern[str]:
    """``_STATE_USE`` for one state's name (few: only names that are states and surnames)."""
    return re.compile(_STATE_USE.format(w=re.escape(name)))


def _state_used(name: str, text: str) -> bool:
    """Whether ``_state_use(name)`` matches somewhere in ``text``, without compiling it: at
    each place the name stands, the words before it or after it, as that pattern reads them
    (the word boundaries looked at in the whole text)."""
    size = len(name)
    at = text.find(name)
    while at >= 0:
        end = at + size
        if (
            _BOUNDARY.match(text, end)
            # "visiting " is the longest place word: a match starts at most 9 before
            and (_PLACE_WORD_BEFORE.search(text, max(0, at - 10), at) or _ruled(text, at))
        ) or (_BOUNDARY.match(text, at) and _OWNED_AFTER.match(text, end)):
            return True
        at = text.find(name, at + 1)
    return False


def _ruled(text: str, at: int) -> bool:
    """Whether ``_RULER_OF_BEFORE`` matches ending at ``at``: looked for after the sixth space
    before it, as the title, three words, "of" and the spaces between hold at most five."""
    if not text.endswith(" of ", 0, at):
        return False
    start = at
    for _ in range(6):
        start = text.rfind(" ", 0, start)
        if start < 0:
            start = 0
            break
    return bool(_RULER_OF_BEFORE.search(text, start, at))


def _state_meant(
    c: Candidate,
    paragraphs: Mapping[str, tuple[str, ...]],
    people: Sequence[str],
    seen: MutableMapping[tuple[str, str, tuple[str, ...]], list[tuple[int, int, int, bool]]],
) -> bool:
    """In an article naming a person of that surname in full, the lone word is the state where
    it is used as one, or where the state was told of after the person ('|Jim Jordan| said
    … Jordan said' is his, 'Pompeo met Jordan's king. Jordan said' the state's). The uses
    of the state and of the people are found once per article, name and people (``seen``),
    not once per mention."""
    if state_name(c.name) is None:
        return False
    key = (c.article, c.name, tuple(people))
    uses = seen.get(key)
    if uses is None:
        # (paragraph, start, rank, the state's): at one place, the first listed is told
        uses = []
        for at, text in enumerate(paragraphs[c.article]):
            if _state_used(c.name, text):  # else the pattern, compiled, finds nothing
                uses += [(at, m.start(), 0, True) for m in _state_use(c.name).finditer(text)]
            uses += [
                (at, m.start(), rank, False)
                for rank, n in enumerate(people, 1)
                for m in re.finditer(re.escape(n), text)
            ]
        uses.sort()
        seen[key] = uses
    last = bisect_right(uses, (c.paragraph, c.start, len(people) + 1)) - 1
    if last < 0:
        return False
    first = bisect_left(uses, (*uses[last][:2], -1))  # the first listed there
    return uses[first][3]


def _state_in_article(
    c: Candidate,
    paragraphs: Mapping[str, tuple[str, ...]],
    seen: MutableMapping[tuple[str, str], bool],
) -> bool:
    """A lone word that is both a state's name and a person's surname ('Jordan') is the state
    where the article uses it as one somewhere; only state names are looked at, each article
    and name once (``seen``), so the cost does not grow with the names of the briefing."""
    if c.label not in ("GPE", "LOC", "NORP", "ORG", "PERSON") or state_name(c.name) is None:
        return False
    if (c.article, c.name) not in seen:
        seen[c.article, c.name] = _state_used(c.name, "\n".join(paragraphs[c.article]))
    return seen[c.article, c.name]
