"""Short and unread forms of names: names the NER left unread in other sentences
(``_unread_names``), a full name read only as a surname, a given name the NER cut off, a full
name whose surname the article writes alone, a person whose own mentions went to another
(``_follow_surnames``), and people who go by one name (mononyms, royals, popes, one word
after an honorific). Each links a short form to the one actor it names.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import partial
from operator import itemgetter

from ..gazetteer import capital_state, place_kind, state_name
from ..model import Article, Decision, Entity, Mention, Sentence
from ..steps import PerArticle, Steps
from ..titles import TITLE_WORDS
from .article import Candidate, person_like
from .decide import Verdict, demonym_state
from .merge import skeleton
from .names import (
    given_name,
    is_common_word,
    looks_like_name,
    not_an_actor,
    person_words,
    style_cut,
)
from .persons import ROYAL_TITLES, _name_of, _titled_before
from .placements import _word_opening
from .sweeps import _each_article

_GENERATION_NEXT = re.compile(r",? (?:Jr|Sr)\b|,? (?:II|III|IV)\b|[\w'’-]")


_CAPITAL_NEXT = re.compile(r" [A-Z]")


_PARTICLE_BEFORE = re.compile(
    r"(?<![\w'’-])(?:de|da|di|du|del|van|von|der|den|la|le|al|el|bin|ibn) $"
)


_CAPITAL_BEFORE = re.compile(r"([A-Z][\w'’.-]*) $")


_WORD = re.compile(r"\w+")


_OPENERS = frozenset("the a an in on at for by with from to and but as of if when while".split())
"""Words a sentence opens with, capitalised there: no part of the name after them."""


def _unread_names(
    articles: Sequence[Article],
    sentences: Mapping[str, tuple[Sentence, ...]],
    mentions: list[Mention],
    forms: Mapping[str, set[str]],
    curated: Mapping[str, Entity],
    persons: set[str],
    names_of: Mapping[str, str],
    lowercase: frozenset[str],
    acronyms: Mapping[str, str],
    steps: Steps,
    annotated: Mapping[str, str],
) -> list[Mention]:
    """Mentions the NER did not read: a found actor's name of two words or more that it
    read in another sentence ("Mazars USA", read once in three), an acronym the text defines
    for it (``acronyms``, out of its defining brackets), and the lone surname of a
    person the article names ("Rosselló is set to be replaced", with no span). Only where
    no span or mention holds the words, the name is no part of a longer capitalised one,
    and it names one actor (a surname one person of the article, and no lower-case word:
    "Day" for "Doris Day" stays text)."""
    owners: dict[str, set[str]] = defaultdict(set)
    for key, names in forms.items():
        if key in curated:
            continue  # curated names are the EntityRuler's, already read everywhere
        for name in {*names, names_of.get(key, "")}:
            words = name.split()
            if len(words) >= 2 and not all(w.lower() in lowercase for w in words):
                owners[name].add(key)
    table = {name: next(iter(keys)) for name, keys in owners.items() if len(keys) == 1}
    for acronym, key in acronyms.items():
        table.setdefault(acronym, key)
    # Names are looked up by their first word where a word starts in the text: one pattern of
    # every name of the briefing, per article, would be quadratic (375 s at 1,000 articles).
    by_word = _NameIndex.of(table)
    # Each article's search reads its text, its sentences (named by its annotation's key in
    # ``annotated``)
    # and mentions, its own surnames and these two tables: kept per article, one file.
    # Sorted: the tables' order comes from sets (another in each process), and the search
    # reads them only by name.
    kept = PerArticle(steps, "unread", sorted(table.items()), sorted(acronyms.items()))
    by_article: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_article[m.article].append(m)
    out: list[Mention] = []
    for article in articles:
        here = by_article.get(article.id, [])
        told = sorted({m.entity for m in here if m.entity in persons})
        surnames: dict[str, set[str]] = defaultdict(set)
        for key in told:
            words = person_words(_name_of(key, curated, names_of))
            if len(words) >= 2:
                surnames[words[-1]].add(key)
        for m in here:
            if m.how == "surname" and m.entity in persons and " " not in m.text:
                # "Rosselló" for "Ricardo Rosselló Nevares": the lone name the NER read here
                surnames[re.sub(r"['’]s?$", "", m.text)].add(m.entity)
        wanted: dict[str, str] = {}
        for surname, keys in surnames.items():
            if (
                len(keys) == 1
                and len(surname) >= 3
                and surname[0].isupper()
                and surname.lower() not in lowercase
                and surname.lower() not in TITLE_WORDS
                and "." not in surname
                and state_name(surname) is None  # "Jordan said": as often the state
            ):
                wanted[surname] = next(iter(keys))
        if not table and not wanted:
            continue
        compute = partial(
            _unread_in,
            article,
            sentences.get(article.id, ()),
            here,
            wanted,
            by_word,
            table,
            acronyms,
        )
        annotation = annotated.get(article.id, "")
        # The search reads the mentions and surnames in no order of theirs: keyed sorted.
        inputs = (article.id, annotation, article.paragraphs, sorted(here, key=_place))
        out += (
            kept.get((*inputs, sorted(wanted.items())), compute, _mentions)
            if annotation
            else compute()  # its sentences are not known by a key: computed every time
        )
    kept.save()
    return out


def _place(m: Mention) -> tuple[int, int, int, int, str, str, str]:
    return (m.paragraph, m.sentence, m.start, m.end, m.entity, m.text, m.how)


def _mentions(value: object) -> bool:
    return isinstance(value, list) and all(type(m) is Mention for m in value)


def _candidates(value: object) -> bool:
    return isinstance(value, list) and all(type(c) is Candidate for c in value)


def _words(value: object) -> bool:
    return isinstance(value, frozenset) and all(type(w) is str for w in value)


def _unread_in(
    article: Article,
    sentences: tuple[Sentence, ...],
    here: list[Mention],
    wanted: dict[str, str],
    by_word: _NameIndex,
    table: Mapping[str, str],
    acronyms: Mapping[str, str],
) -> list[Mention]:
    """``_unread_names`` in one article: ``wanted`` its own surnames, ``by_word`` the index
    of ``table``."""
    out: list[Mention] = []
    finder = by_word.with_names(wanted) if wanted else by_word
    held: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for sentence in sentences:
        for span in sentence.spans:
            held[sentence.paragraph].append((span.start, span.end))
    for m in here:
        held[m.paragraph].append((m.start, m.end))
    for index, sentence in enumerate(sentences):
        text = article.paragraphs[sentence.paragraph]
        for start, end in finder.find(text, sentence.start, sentence.end):
            before = _CAPITAL_BEFORE.search(text[max(0, start - 40) : start])
            if (
                any(s < end and start < e for s, e in held[sentence.paragraph])
                or (text[start:end] in acronyms and text[start - 1 : start] == "(")
                or _word_opening(text, start, end)
                or _GENERATION_NEXT.match(text, end)
                or _PARTICLE_BEFORE.search(text[max(0, start - 6) : start])
                or (_CAPITAL_NEXT.match(text, end) and not text.startswith("'s", end))
                or (before and before.group(1).lower().rstrip(".") not in TITLE_WORDS | _OPENERS)
            ):
                continue
            found = text[start:end]
            out.append(
                Mention(
                    table[found] if found in table else wanted[found],
                    article.id,
                    sentence.paragraph,
                    index,
                    start,
                    end,
                    found,
                    "text",
                )
            )
            held[sentence.paragraph].append((start, end))
    return out


class _NameIndex:
    """Names found in text as a regular expression of them all would find them (leftmost;
    at one place the longest; never inside a word), looked up by the first word at each
    place a word starts: each place tries the few lengths of the names with that first word,
    however many names the briefing holds (a pattern of every name per article was
    quadratic: 375 s at 1,000 articles)."""

    def __init__(
        self,
        index: Mapping[str, _Names],
        marks: Sequence[str],
        own: Mapping[str, _Names] | None = None,
    ):
        self._index = index
        self._marks = marks
        self._own = own or {}
        """An article's own names by first word, looked up before ``index`` (two plain
        lookups: a ``ChainMap`` cost more than the search at 1,000 articles)."""

    @classmethod
    def of(cls, names: Iterable[str]) -> _NameIndex:
        index = {first: _Names.of(found) for first, found in _by_first_word(names).items()}
        return cls(index, sorted(_marks(index)))

    def with_names(self, names: Iterable[str]) -> _NameIndex:
        """This index and ``names`` (few, an article's own), the index itself unchanged."""
        grouped = _by_first_word(names)
        own = {
            first: _Names.of({*found, *(self._index[first].names if first in self._index else ())})
            for first, found in grouped.items()
        }
        return _NameIndex(self._index, sorted({*self._marks, *_marks(grouped)}), own)

    def _get(self, first: str) -> _Names | None:
        found = self._own.get(first)
        return self._index.get(first) if found is None else found

    def find(self, text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
        """Where names occur in ``text[start:end]``, without overlaps, in order."""
        after = start
        get = self._get
        # Only the places where a name opens matter: the words no name opens with are
        # dropped here, not looked up again below.
        places = [
            (w.start(), found)
            for w in _WORD.finditer(text, start, end)
            if (found := get(w.group(0))) is not None
        ]
        for mark in self._marks:
            found = get(mark)
            at = text.find(mark, start, end)
            while at >= 0 and found is not None:
                places.append((at, found))
                at = text.find(mark, at + 1, end)
        if self._marks:
            places.sort(key=itemgetter(0))  # a place holds one word or one mark
        for at, found in places:
            if at < after or (at > 0 and _NAME_BEFORE.match(text[at - 1])):
                continue
            for length in found.lengths:
                stop = at + length
                if (
                    stop <= end
                    and text[at:stop] in found.names
                    and (stop == end or not _NAME_AFTER.match(text[stop]))
                ):
                    yield at, stop
                    after = stop
                    break


@dataclass(frozen=True)
class _Names:
    """The names that open with one word, and their lengths, longest first."""

    names: frozenset[str]
    lengths: tuple[int, ...]

    @classmethod
    def of(cls, names: Iterable[str]) -> _Names:
        found = frozenset(names)
        return cls(found, tuple(sorted({len(n) for n in found}, reverse=True)))


def _by_first_word(names: Iterable[str]) -> dict[str, set[str]]:
    grouped: dict[str, set[str]] = defaultdict(set)
    for name in names:
        grouped[_first_word(name)].add(name)
    return grouped


def _marks(firsts: Iterable[str]) -> Iterator[str]:
    """The first "words" that are marks, no word (a name opening with no letter)."""
    return (c for c in firsts if c and not _WORD.match(c))


def _first_word(name: str) -> str:
    word = _WORD.match(name)
    return word.group(0) if word else name[:1]  # a name opening with no letter: its mark


_NAME_BEFORE = re.compile(r"[\w'’-]")


_NAME_AFTER = re.compile(r"[\w-]")


def _follow_surnames(
    mentions: list[Mention],
    decisions: list[Decision],
    went: dict[str, set[str]],
    forms: dict[str, set[str]],
    curated: Mapping[str, Entity],
) -> tuple[list[Mention], list[Decision]]:
    """Mentions and merges that name a person whose own mentions all went to someone else.

    "Pierluisi" is given to "Pierluisi Urrutia", while "Pierluisi Urrutia" itself is the end
    of "Pedro Pierluisi Urrutia": no sentence keeps the middle name, which gets no page, so
    what pointed at it follows its mentions to the one person they went to. A name whose
    mentions went to several people keeps a page of its own: every key mentioned is in
    ``forms`` after this, so nothing points at a page that does not exist."""

    def home(key: str) -> str:
        seen = set()
        while key not in forms and key not in curated and len(went.get(key, ())) == 1:
            if key in seen:
                break
            seen.add(key)
            key = next(iter(went[key]))
        return key

    out = []
    for m in mentions:
        target = home(m.entity)
        forms.setdefault(target, set())  # a page even if no sentence names it in full
        out.append(m if target == m.entity else replace(m, entity=target))
    followed = [
        d if d.key is None or d.key == home(d.key) else replace(d, key=home(d.key))
        for d in decisions
    ]
    return out, followed


def _mononyms(
    verdicts: dict[str, Verdict],
    labels: dict[str, Counter[str]],
    candidates: list[Candidate],
    titled: frozenset[str],
    royal: set[str],
    curated: dict[str, str],
    lowercase: frozenset[str],
    own_words: frozenset[str] = frozenset(),
) -> dict[str, Verdict]:
    """One-word names of people who go by one name ("Indonesia's security minister Wiranto"):
    named at least twice, mostly as a person and once after a title (``titled``), no common
    word (by its own articles, ``own_words``, as ``decide`` reads it) nor place, and no word
    of any other name in the briefing (then it is a surname, linked to its person), nor a
    spelling of one in its own articles (``skeleton``; not in an unrelated article, whose
    arrival must not take a page away). After a royal title ("Queen |Rania|", ``royal``) a
    name is a person's even where a town has it."""
    words = {w for c in candidates if " " in c.name for w in c.name.split()}
    words |= {w for name in curated for w in name.split()}
    spelt = {skeleton(w) for name in curated for w in name.split()}
    # A spelling of a surname is sought in the name's own articles only: "Yukos" folds like
    # "Oakes", a man of an unrelated crash report, which took the firm's page (actors49).
    # Each article's words of longer names, their skeletons made only for the articles of
    # a name that reaches that test (a few), not some 45,000 times a build at 1,000 articles.
    words_in: dict[str, set[str]] = defaultdict(set)
    articles_of: dict[str, set[str]] = defaultdict(set)
    for c in candidates:
        articles_of[c.name].add(c.article)
        if " " in c.name:
            words_in[c.article].update(c.name.split())
    spelt_of: dict[str, set[str]] = {}

    def spelt_in(article: str) -> set[str]:
        found = spelt_of.get(article)
        if found is None:
            found = spelt_of[article] = {skeleton(w) for w in words_in.get(article, ())}
        return found

    words |= {w + "s" for w in words} | {w + "s" for w in spelt}
    # "the frigate Admiral |Gorshkov|": the rank is the ship's name's, not a person's title
    ships = {c.name for c in candidates if " " in c.vessel}
    out = {}
    for name, verdict in verdicts.items():
        counts = labels[name]
        if (
            verdict.name
            or verdict.curated_key
            or name not in titled
            or name in ships
            or not re.fullmatch(r"[A-Z][a-z]{2,}", name)
            or counts["PERSON"] < 2
            or 3 * counts["PERSON"] < 2 * counts.total()
            or name in words
            or skeleton(name) in spelt
            or any(skeleton(name) in spelt_in(a) for a in articles_of[name])
            or (is_common_word(name, lowercase) and name not in own_words)
            or not_an_actor(name)
            or not looks_like_name(name, "ORG")
            or state_name(name)
            or demonym_state(name)
            or (place_kind(name) and name not in royal)
            or capital_state(name)
        ):
            continue
        out[name] = Verdict(name, "person", "a person known by one name, named twice or more")
    return out


def _honoured_bodies(
    verdicts: Mapping[str, Verdict], labels: Mapping[str, Counter[str]], royal: set[str]
) -> dict[str, Verdict]:
    """One-word names typed an organisation that some mention writes right after a royal or
    religious honorific ("Prime Minister Sheikh |Hasina|", "Emir |Tamim|"; ``royal``): no
    body is styled so, so the honorific counts as one more reading as a person's, and a name
    the NER read as a person's at least as often as a body's, less that one, is a person's
    ("Sheikh Hasina ... Hasina said", read once each way). Not a name the NER never read as
    a person's, nor one of several words."""
    return {
        name: Verdict(verdict.name, "person", "a one-word name after an honorific: a person's")
        for name in sorted(royal)
        if (verdict := verdicts.get(name)) is not None
        and verdict.name == name
        and verdict.type == "organisation"
        and " " not in name
        and labels[name]["PERSON"] > 0
        and labels[name]["ORG"] <= labels[name]["PERSON"] + 1
    }


def _popes(
    verdicts: Mapping[str, Verdict],
    royal: set[str],
    candidates: Sequence[Candidate],
    paragraphs: Mapping[str, Sequence[str]],
) -> dict[str, Verdict]:
    """A pope's page under the name the articles and readers give him, "Pope Francis", not
    his one name "Francis" (which stays an alias): a one-word person's name written after
    "Pope" in an article that names him (``royal`` holds the words after royal titles and
    "pope")."""
    articles: dict[str, set[str]] = defaultdict(set)
    for c in candidates:
        if c.name in royal:
            articles[c.name].add(c.article)
    out = {}
    for name in sorted(articles):
        verdict = verdicts.get(name)
        if verdict is None or verdict.name != name or verdict.type != "person":
            continue
        titled = re.compile(rf"(?<![\w-])Pope {re.escape(name)}(?![\w-])")
        if any(titled.search(p) for a in sorted(articles[name]) for p in paragraphs.get(a, ())):
            out[name] = replace(verdict, name=f"Pope {name}")
    return out


def _full_names(
    candidates: list[Candidate],
    articles: Sequence[Article],
    sentences: Mapping[str, tuple[Sentence, ...]],
    lowercase: frozenset[str],
    steps: Steps | None = None,
    annotated: Mapping[str, str] | None = None,
) -> list[Candidate]:
    """'the death of cosmonaut Alexei Leonov. Leonov was famous ...': a surname the NER reads
    alone at least twice in an article where it read no full name ending in it, once at least
    as a person's (the NER reads a Spanish first surname alone as an organisation's as often:
    "proceedings against |Rosselló|"), is that person's, whose given name the text writes
    before the surname somewhere (a capitalised word that is no title, common word, place or
    nationality), with a second surname after it if one follows ("Governor Ricardo Rosselló
    Nevares", where the NER read no name): a candidate for the full name there. ``steps``
    keeps each article's for the next build, under its annotation's key in ``annotated`` (an
    article without one is searched every time)."""
    out: list[Candidate] = []
    by_article: dict[str, list[Candidate]] = defaultdict(list)
    for c in candidates:  # once, not a scan of every candidate per article
        by_article[c.article].append(c)
    # Each article's search reads its text, its sentences (named by its annotation's key),
    # its candidates and the lower-case words: kept per article, one file.
    kept = PerArticle(steps or Steps(None), "full-names", lowercase)
    keys = annotated or {}
    for article in articles:
        here = by_article.get(article.id, [])
        compute = partial(_full_names_in, article, here, sentences.get(article.id, ()), lowercase)
        key = keys.get(article.id, "")
        inputs = (article.id, key, article.paragraphs, here)
        out += kept.get(inputs, compute, _candidates) if key else compute()
    kept.save()
    return out


def _full_names_in(
    article: Article,
    here: list[Candidate],
    sentences: tuple[Sentence, ...],
    lowercase: frozenset[str],
) -> list[Candidate]:
    """``_full_names`` in one article, from its candidates ``here`` and its ``sentences``."""
    out: list[Candidate] = []
    lone: Counter[str] = Counter()
    person: set[str] = set()
    for c in here:
        if re.fullmatch(r"[A-Z][a-zà-ÿ'’-]{2,}", c.name) and {c.label, c.ner_label} & {
            "PERSON",
            "ORG",
        }:
            lone[c.name] += 1
            if "PERSON" in (c.label, c.ner_label):
                person.add(c.name)
    ends = {word for c in here if " " in c.name for word in c.name.split()[1:]}
    for surname, n in sorted(lone.items()):
        if n < 2 or surname not in person or surname in ends or is_common_word(surname, lowercase):
            continue
        pattern = re.compile(
            rf"(?<![\w'’.-])([A-Z][a-zà-ÿ'’-]+) {re.escape(surname)}"
            rf"(?: ([A-Z][a-zà-ÿ'’-]+[a-zà-ÿ]))?(?![\w'’-]| [A-Z])"
        )
        for p, paragraph in enumerate(article.paragraphs):
            found = next(
                (
                    m
                    for m in pattern.finditer(paragraph)
                    if given_name(m.group(1), lowercase)
                    # "Tan |Sri Muhyiddin|": the last word of a style of honour, no given name
                    and style_cut(m.group(0), paragraph[: m.start()]) == m.group(0)
                ),
                None,
            )
            if found is None:
                continue
            index = next(
                (
                    i
                    for i, s in enumerate(sentences)
                    if s.paragraph == p and s.start <= found.start() < s.end
                ),
                -1,
            )
            if index >= 0:
                start, end = found.start(), found.end()
                if found.group(2) and not given_name(found.group(2), lowercase):
                    end = found.start(2) - 1  # "Alexei Leonov Monday": no second surname
                text = paragraph[start:end]
                out.append(Candidate(article.id, p, index, start, end, text, text, "PERSON"))
                break
    return out


_WORD_BEFORE = re.compile(r"(?:[a-z],|\b[a-z]+) ([A-Z][a-zà-ÿ'’-]*[a-zà-ÿ]) $")
"""A capitalised word after a lower-case one or a comma: not a sentence's first word, which
is as often a role ("Violinist Brigit O'Regan", "Legislator Tanya Chan")."""


_AFTER_THE = re.compile(r"\b[Tt]he $")
"""A word right after "the" is a noun, no given name: "Chancellor of the Exchequer |Gordon
Brown|" (actors48's b195, b210) named "Exchequer Gordon Brown"."""


_TITLE_FIRST = re.compile(
    r"(?:^|[.!?] )(?P<role>[A-Z][a-z]+) (?P<given>[A-Z][a-zà-ÿ'’-]*[a-zà-ÿ]) $"
)
"""A sentence's first word, then a capitalised word: the role and the given name when the
first is a role's word alone (``_ROLES_ALONE``: "Activist Agnes |Chow Ting|")."""


_ROLES_ALONE = frozenset(
    """activist lawmaker legislator journalist writer singer actor actress author reporter
    scientist researcher economist analyst comedian presenter spokesman spokeswoman
    spokesperson lawyer professor judge senator mayor governor ambassador envoy""".split()
)
"""Words of a role that stand alone before a name; not the first word of a longer office's
("Chief Executive Carrie Lam", "Prime Minister", "Deputy Director")."""


def _given_names_cut(
    candidates: list[Candidate],
    articles: Sequence[Article],
    lowercase: frozenset[str],
    steps: Steps | None = None,
) -> list[Candidate]:
    """'her aunt, Gertrude |Vanderbilt Whitney|': a person's name of two or three words the
    NER began one word late; the capitalised word right before it, after a comma or a
    lower-case word, is its given name when it may be one (no title, common word, place,
    nationality, or name the NER read on its own). Each article's cuts, all but the last
    test (a name the NER read anywhere), are kept by ``steps`` for the next build."""
    cuts: dict[tuple[str, int], tuple[str, int, str]] = {}
    for article, _indexes, found in _each_article(
        PerArticle(steps or Steps(None), "given-names", lowercase),
        candidates,
        partial(_given_names_cut_in, lowercase=lowercase),
        _cuts,
        articles,
    ):
        cuts.update({(article, i): (given, start, text) for i, given, start, text in found})
    named = {c.name for c in candidates}
    out = []
    seen: Counter[str] = Counter()
    for c in candidates:
        at = (c.article, seen[c.article])
        seen[c.article] += 1
        if (cut := cuts.get(at)) is not None and cut[0] not in named:
            c = replace(c, start=cut[1], text=cut[2], name=cut[2])
        out.append(c)
    return out


def _given_names_cut_in(
    _article: str, paragraphs: tuple[str, ...], here: list[Candidate], lowercase: frozenset[str]
) -> list[tuple[int, str, int, str]]:
    """``_given_names_cut`` in one article: (index in ``here``, the given name, the name's new
    start and text) for each candidate whose given name was cut, whether or not the NER read
    that word as a name elsewhere (the caller's test)."""
    out = []
    for i, c in enumerate(here):
        tokens = c.name.split()
        before = paragraphs[c.paragraph][: c.start]
        match = _WORD_BEFORE.search(before) if c.label == "PERSON" else None
        if c.label == "PERSON" and not match and (titled := _TITLE_FIRST.search(before)):
            # "Activist Agnes |Chow Ting|": a role opening the sentence, then the given name.
            match = titled if titled.group("role").lower() in _ROLES_ALONE else None
        if (
            match
            and 2 <= len(tokens) <= 3
            and not _AFTER_THE.search(before[: match.start(match.lastindex or 1)])
            and c.text == c.name
            and person_like(tokens)
            and given_name(given := match.group(match.lastindex or 1), lowercase)
        ):
            start = match.start(match.lastindex or 1)
            out.append((i, given, start, paragraphs[c.paragraph][start : c.end]))
    return out


def _cuts(value: object) -> bool:
    """A kept value of ``_given_names_cut_in``'s form."""
    return isinstance(value, list) and all(
        isinstance(v, tuple)
        and len(v) == 4
        and type(v[0]) is int
        and isinstance(v[1], str)
        and type(v[2]) is int
        and isinstance(v[3], str)
        for v in value
    )


def _surname_alone(
    candidates: list[Candidate],
    labels: dict[str, Counter[str]],
    articles: Sequence[Article],
    steps: Steps | None = None,
) -> frozenset[str]:
    """People's names of two or three words ("Doris Day", "Jeremy Hunt") whose last word an
    article that names them also writes alone as a surname is written: read alone as a
    person's by the NER, or with a capital between lower-case words ("Mary Quant described
    Day to the BBC"), where the NER often reads no name."""
    lone = {(c.article, c.name) for c in candidates if "PERSON" in (c.label, c.ner_label)}
    paragraphs = {a.id: a.paragraphs for a in articles}
    between: dict[str, frozenset[str]] = {}  # per article, read once: not a pattern per name
    # A function of each article's text alone: kept per article, one file.
    kept = PerArticle(steps or Steps(None), "after-lowercase")
    out = set()
    for c in candidates:
        tokens = c.name.split()
        if not 2 <= len(tokens) <= 3 or not labels[c.name]["PERSON"] or c.name in out:
            continue
        if (c.article, tokens[-1]) in lone:
            out.add(c.name)
            continue
        if c.article not in between:
            # Keyed by the paragraphs (their digest made once a build, for every per-article
            # step), joined only to be read: a key of the joined text digested each
            # article's text again (0.02-0.03 s a rebuild at 1,000 articles).
            texts = paragraphs.get(c.article, ())
            words = kept.get((texts,), partial(_words_after_joining, texts), _words)
            between[c.article] = words
        if tokens[-1] in between[c.article]:
            out.add(c.name)
    kept.save()
    return frozenset(out)


_AFTER_LOWERCASE = re.compile(r"(?:^|\s)(?=[a-z][\w'’-]*,? ([^\sa-z]\S*)( [a-z])?)")
"""A lower-case word (a comma may follow it), a space, then the run of text up to the next
space when it begins as no lower-case word does, and whether a lower-case word follows."""


def _words_after_joining(texts: tuple[str, ...]) -> frozenset[str]:
    """``_words_after_lowercase`` of an article's paragraphs, joined by new lines."""
    return _words_after_lowercase("\n".join(texts))


def _words_after_lowercase(text: str) -> frozenset[str]:
    """Every word written after a lower-case one as "described Day to", "told Day's aide" or
    "met Day, who" write it: followed by a lower-case word (a possessive between) or by
    punctuation."""
    words: set[str] = set()
    for match in _AFTER_LOWERCASE.finditer(text):
        run, lower_next = match.group(1), match.group(2)
        words.update(run[:i] for i in range(1, len(run)) if run[i] in ",.;:")
        if lower_next:
            words.add(run)
            if run.endswith(("'s", "’s")) and len(run) > 2:
                words.add(run[:-2])
    return frozenset(words)


_NO_ROYAL_STYLE = re.compile(r"\b(?:bin|bint|ibn|al|Al|von|van|of|de|[IVX]+)\b|-")
"""Words of a name whose first word is a given name many share ("Mohammed bin Salman",
"Carl XVI Gustaf", "Beatrice of York"): no long style of one royal."""


def _royal_names(
    candidates: list[Candidate], paragraphs: Mapping[str, tuple[str, ...]]
) -> dict[str, str]:
    """'Princess Ubolratana Rajakanya Sirivadhana Barnavadi … Ubolratana Mahidol gave up her
    titles': a person's name of two words whose first word begins a royal's long name of
    three words or more (written after a royal title, with no patronymic, particle or
    regnal number) in the same article is that royal, when no other person of the briefing
    has that first word. Short name -> long name."""
    long_names: dict[tuple[str, str], set[str]] = defaultdict(set)
    shorts: dict[tuple[str, str], set[str]] = defaultdict(set)
    firsts: dict[str, set[str]] = defaultdict(set)
    for c in candidates:
        if "PERSON" not in (c.label, c.ner_label):
            continue
        words = c.name.split()
        if len(words) >= 2:
            firsts[words[0]].add(c.name)
        if len(words) == 2:
            shorts[c.article, words[0]].add(c.name)
        elif (
            len(words) >= 3
            and not _NO_ROYAL_STYLE.search(c.name)
            and (
                _titled_before(c, paragraphs, ROYAL_TITLES)
                or c.text.split()[0].lower() in ROYAL_TITLES  # "|Princess Ubolratana …|"
            )
        ):
            long_names[c.article, words[0]].add(c.name)
    out: dict[str, str] = {}
    for (article, first), longs in sorted(long_names.items()):
        if len(longs) != 1 or len(firsts[first]) != 2:
            continue  # "Ubolratana" opens two names only: this royal's long and short one
        (long,) = longs
        for short in shorts.get((article, first), ()):
            out[short] = long
    return out
