"""Who a titled or honoured lone surname is ("President |Bush|", "Mrs |Clinton|"): the one
bearer of the surname the briefing names in full after the same title, else the one it
mentions far more than any other, never one named only as someone's relative; a list after a
plural title, a family's plural, someone the article introduces as new tell none. Apart from
the other passes on people because it reads the titles before a name, not the name.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence

from ..model import Entity
from ..titles import TITLE_WORDS
from .article import Candidate
from .names import is_acronym, person_words
from .persons import _names_person, _regnal

_NO_OFFICE = frozenset(
    """mr mrs ms dr sir former late ex acting interim self-declared then lord lady
    representatives senators delegates officials""".split()
)
"""Title words that tell no office apart: honorifics and qualifiers ("former President")."""


def _office_before(c: Candidate, paragraphs: Mapping[str, tuple[str, ...]]) -> str:
    """'President |Bush|', '|Governor Bush|', 'Prime Minister |Blair|': the office's title
    words written right before a person's name (in the NER's span or before it), in lower
    case without honorifics or qualifiers; "" where none is."""
    text = paragraphs[c.article][c.paragraph]
    at = c.text.rfind(c.name)
    head = c.text[:at] if at > 0 else ""
    words = (text[max(0, c.start - 60) : c.start] + " " + head).split()
    office: list[str] = []
    for word in reversed(words):
        low = word.lower().rstrip(".")
        if low not in TITLE_WORDS or word[:1].isdigit():
            break
        if low not in _NO_OFFICE:
            office.append(low)
    return " ".join(reversed(office))


def _titled_bearers(
    candidates: Sequence[Candidate],
    placed_as: list[tuple[str, str]],
    paragraphs: Mapping[str, tuple[str, ...]],
    final: Mapping[str, str],
    keys: Mapping[str, str],
    curated: Mapping[str, Entity],
    lookup: Mapping[str, set[str]],
) -> list[tuple[str, str]]:
    """'President |Bush|' in an article that names no Bush in full, in a briefing with two
    (George W. Bush, called President elsewhere, and Jeb Bush, called Governor): the one
    bearer of the surname whose full name the briefing writes after the same title gets the
    mention (``t``), where the one-bearer rule (``w``) declines; so do the article's other
    lone mentions of that surname, when no other bearer is named there. Only a lone word the
    NER read as a person's, not curated; a title two bearers share (or none) decides nothing
    (issue 8, actors63's "President Bush")."""
    before = _Before(paragraphs)
    names = {key: name for name, key in keys.items()}
    names.update({key: e.name for key, e in curated.items()})
    offices: dict[str, set[str]] = defaultdict(set)
    women: set[str] = set()  # people the text names after "his wife", "Mrs", "Ms", ...
    related: Counter[str] = Counter()  # named in full after "his wife", "'s brother", ...
    unrelated: set[str] = set()  # named in full otherwise at least once
    in_article: dict[str, set[str]] = defaultdict(set)
    for c in candidates:
        key = keys.get(final.get(c.name, ""))
        full = key and " " in c.name and len(person_words(names.get(key, ""))) >= 2
        if full:
            in_article[c.article].add(str(key))
            if before.womans_word(c):
                women.add(str(key))
            if before.relative(c):
                related[str(key)] += 1
            else:
                unrelated.add(str(key))
        if full and (office := before.office(c)):
            offices[str(key)].add(office)
    relatives = set(related) - unrelated
    # "Mrs |Clinton|", "Mr |Clinton|" given to the article's one Clinton in full: what the
    # text calls them, which a lone "Mr Clinton" elsewhere reads (``_most_mentioned``).
    called: dict[str, set[str]] = defaultdict(set)
    for c, (kind, owner) in zip(candidates, placed_as, strict=True):
        if owner and names.get(owner, "").split()[:1] == [c.name] and before.womans_word(c):
            women.add(owner)  # "Clinton's wife |Hillary|": her given name alone
        if (
            kind == "u"
            and c.label == "PERSON"
            and " " not in c.name
            and (word := before.honorific(c)) is not None
        ):
            called[word].add(owner)
    known_women = women | (called["f"] - called["m"])

    def bearers(c: Candidate) -> list[str]:
        return sorted(
            k
            for k in lookup.get(c.name, set())
            if _names_person(c.name, names.get(k, ""))
            and (c.name != names.get(k, "").split()[0] or _regnal(names.get(k, "")))
        )

    out = list(placed_as)
    counts = _mention_counts(candidates, placed_as, keys, final)
    chosen: dict[tuple[str, str], set[str]] = defaultdict(set)
    lone: dict[int, str] = {}  # each lone word's index: the office written before it, or ""
    unnamed: list[int] = []  # lone words no bearer in their article or alone in the briefing
    second: set[tuple[str, str]] = set()  # (article, word): a title named a second bearer
    for i, (c, (kind, owner)) in enumerate(zip(candidates, placed_as, strict=True)):
        if c.label != "PERSON" or " " in c.name or is_acronym(c.name):
            continue
        if kind == "u" and (office := before.office(c)):
            # "Prime Minister |Johnson|'s brother Jo Johnson": the article's one bearer in
            # full never bears the title, the briefing's other bearer of it does (two, as
            # two Presidents Bush: neither is told, but not the First Lady either).
            fits = [k for k in bearers(c) if office in offices.get(k, ())]
            if (
                office not in offices.get(owner, ())
                and fits
                and owner not in fits
                and not _office_told(office, paragraphs[c.article])
            ):
                out[i] = ("t", fits[0]) if len(fits) == 1 else ("a", "")
                second.add((c.article, c.name))
            continue
        if kind == "u" and before.womans_honorific(c) and owner not in women:
            # "George W. Bush ... |Mrs Bush|": not him, the one Bush named as a woman.
            if wife := _far_ahead([k for k in bearers(c) if k in women], counts):
                out[i] = ("h", wife)
            continue
        if kind == "u" and owner in known_women and before.honorific(c) == "m":
            # "Hillary Clinton is telling her husband ... |Mr. Clinton| said": a man's
            # honorific never names the woman; the one other bearer the text never calls a
            # woman, else no one. The article has two, so its other lone words tell neither.
            men = [k for k in bearers(c) if k not in known_women]
            out[i] = ("m", men[0]) if len(men) == 1 else ("a", "")
            second.add((c.article, c.name))
            continue
        if kind not in "nra":
            continue
        key = keys.get(final.get(c.name, ""))
        if kind == "r" and key is None and not _introduced(c, paragraphs) and not before.office(c):
            unnamed.append(i)
        if key in curated or (key is not None and " " in names.get(key, "")):
            continue  # a curated name, or a lone word resolved into a full name's page
        lone[i] = office = before.office(c)
        if not office:
            continue
        fits = [k for k in bearers(c) if office in offices.get(k, ())]
        chosen[c.article, c.name].add(fits[0] if len(fits) == 1 else "")
    for i, (c, (kind, owner)) in enumerate(zip(candidates, out, strict=True)):
        if (
            kind == "u"
            and (c.article, c.name) in second
            and owner in known_women
            and (office := before.office(c))
            and office not in offices.get(owner, ())
        ):
            # "Hillary Clinton ... Mr. Clinton ... |President Clinton|": the article's man of
            # that surname, the one the briefing gives the title she never has
            fits = [k for k in bearers(c) if office in offices.get(k, ()) and k not in known_women]
            if len(fits) == 1:
                out[i] = ("t", fits[0])
            continue
        if (
            kind == "u"
            and (c.article, c.name) in second
            and not before.office(c)
            and not before.womans_honorific(c)  # "Mrs Bush" beside "President Bush"
        ):
            # "President Clinton" went to Bill, Hillary being the article's one Clinton in
            # full: the article has two, and an untitled "Clinton" tells neither.
            out[i] = ("a", "")
    for i, office in lone.items():
        c = candidates[i]
        womans = not office and before.womans_honorific(c)
        if womans and placed_as[i][0] in "ar":
            # "his wife Laura Bush ... |Mrs Bush|": the one bearer in the article (else in
            # the briefing, for an article naming no Bush in full) the text names a woman.
            wives = [k for k in bearers(c) if k in women]
            if placed_as[i][0] == "a":
                wives = [k for k in wives if k in in_article[c.article]]
            if wife := _far_ahead(wives, counts):
                out[i] = ("h", wife)
                continue
            if placed_as[i][0] == "a":
                continue
        owners = chosen.get((c.article, c.name), {""})
        if len(owners) == 1 and (owner := next(iter(owners))):
            if placed_as[i][0] == "a" and not office:
                continue  # several bearers in the article: only the titled mention tells
            if womans and owner not in women and len(bearers(c)) > 1:
                continue  # "President Clinton ... |Mrs Clinton|": a title tells no wife
            out[i] = ("t", owner)
    if unnamed:
        listed = [
            i
            for i in unnamed
            if not _in_a_list(candidates[i], paragraphs)
            and not _family_plural(candidates[i].name, bearers(candidates[i]), names)
        ]
        _most_mentioned(
            candidates,
            out,
            [(i, before.honorific(candidates[i])) for i in listed],
            counts,
            relatives,
            bearers,
            known_women,
        )
    return out


MOST_MENTIONED = 3
"""How many times as many mentions the most-mentioned bearer of a surname needs as the next
one for a lone surname no article around it tells to go to them (Boris Johnson over his
brother Jo in a briefing on Brexit); a closer count (George H. W. and George W. Bush, both
Presidents) tells no one."""


_LISTED_AFTER = re.compile(r"[A-Z][\w'’-]*(?: \d+)?,\s*(?:and\s+)?$")


def _in_a_list(c: Candidate, paragraphs: Mapping[str, tuple[str, ...]]) -> bool:
    """'former Presidents Obama, Bush 43, |Clinton|, and Carter': a surname in a list of
    names after another one and a comma, where the title before the list is plural and
    tells no bearer; a list of people is no place to guess one by counts."""
    text = paragraphs[c.article][c.paragraph]
    return bool(_LISTED_AFTER.search(text[max(0, c.start - 40) : c.start]))


def _mention_counts(
    candidates: Sequence[Candidate],
    placed: Sequence[tuple[str, str]],
    keys: Mapping[str, str],
    final: Mapping[str, str],
) -> Counter[str]:
    """How many mentions each person's key has, by name or by surname."""
    counts: Counter[str] = Counter()
    for c, (kind, owner) in zip(candidates, placed, strict=True):
        if kind == "n" and (key := keys.get(final.get(c.name, ""))):
            counts[key] += 1
        elif kind in "utwbhm" and owner:
            counts[owner] += 1
    return counts


def _far_ahead(keys: Sequence[str], counts: Counter[str]) -> str | None:
    """The one of ``keys`` with ``MOST_MENTIONED`` times as many mentions as any other (the
    only one, if one), else None."""
    ranked = sorted(keys, key=lambda k: (-counts[k], k))
    if len(ranked) == 1:
        return ranked[0]
    if ranked and counts[ranked[0]] >= MOST_MENTIONED * max(1, counts[ranked[1]]):
        return ranked[0]
    return None


def _most_mentioned(
    candidates: Sequence[Candidate],
    out: list[tuple[str, str]],
    unnamed: list[tuple[int, str | None]],
    counts: Counter[str],
    relatives: set[str],
    bearers: Callable[[Candidate], list[str]],
    women: set[str],
) -> None:
    """'|Johnson| told police officers ...' in an article that names no Johnson, in a
    briefing naming several: the bearer the briefing mentions ``MOST_MENTIONED`` times as
    often as any other gets it (``m``), never one named only as someone's relative ("his
    wife Laura Bush", "Boris Johnson's brother Jo Johnson"), whose surname alone the text
    would have given its other bearer. ``unnamed``: each lone word's index and its honorific
    (``_honorific``). A woman's ("Mrs |Clinton|") is told only by a bearer named a woman
    (``h``), never by counts; a man's ("Mr |Clinton|") never goes to a bearer the text calls
    a woman (``women``), and to the one other bearer if one is left (review24: the counts
    gave "Mr Clinton" to Hillary, "Mrs Clinton" to Bill). Changes ``out`` in place."""
    for i, honorific in unnamed:
        if out[i][0] != "r" or honorific == "f":
            continue  # told by a title or an honorific in its article, or a woman's
        ranked = sorted(bearers(candidates[i]), key=lambda k: (-counts[k], k))
        if honorific == "m":
            ranked = [k for k in ranked if k not in women]
            if len(ranked) == 1 and ranked[0] not in relatives:
                out[i] = ("m", ranked[0])
                continue
        if len(ranked) >= 2 and ranked[0] not in relatives and _far_ahead(ranked, counts):
            out[i] = ("m", ranked[0])


_MANS_HONORIFICS = frozenset("mr mister".split())


def _family_plural(word: str, keys: Sequence[str], names: Mapping[str, str]) -> bool:
    """'all three |Clintons|': the plural of the surname of every bearer, a family, which no
    count of mentions gives to one of them."""
    return bool(keys) and all(
        (words := person_words(names.get(k, ""))) and words[-1] + "s" == word for k in keys
    )


def _office_told(office: str, texts: Sequence[str]) -> bool:
    """Whether the article writes the office in lower case ("was elected prime minister",
    "the prime minister"): it may say so of its own bearer named in full (an apposition,
    no title before the name), whom a titled lone surname then need not leave for another
    bearer of the title ("Shehbaz Sharif ... was elected prime minister ... Prime Minister
    |Sharif|", not his brother Nawaz, "former Prime Minister" elsewhere; review24)."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(office)}(?![\w-])")
    return any(pattern.search(text) for text in texts)


_WOMANS_HONORIFICS = frozenset("mrs ms miss madam madame mme lady".split())


_WOMANS_NOUNS = frozenset(
    """wife widow mother daughter sister grandmother granddaughter niece aunt bride
    fiancée fiancee girlfriend lady mrs ms miss madam madame mme""".split()
)
"""Words before a person's full name that say she is a woman ("his wife Laura Bush",
"first lady Laura Bush", "Mrs Laura Bush"): the bearer a woman's honorific names."""


def _words_before(c: Candidate, paragraphs: Mapping[str, tuple[str, ...]]) -> list[str]:
    """The words right before the name (in the NER's span or before it), lower case."""
    text = paragraphs[c.article][c.paragraph]
    at = c.text.rfind(c.name)
    head = c.text[:at] if at > 0 else ""
    words = (text[max(0, c.start - 30) : c.start] + " " + head).split()
    return [w.lower().strip(".,;:'’\"") for w in words[-2:]]


_RELATIVE_NOUNS = (
    _WOMANS_NOUNS - _WOMANS_HONORIFICS
    | frozenset(
        """husband widower father son brother grandfather grandson nephew uncle cousin
        stepson stepdaughter stepfather stepmother half-brother half-sister""".split()
    )
) - {"lady"}
"""Words before a person's full name that introduce them as someone's relative."""


class _Before:
    """What the words before each candidate tell, as ``_titled_bearers`` asks it: an office,
    a woman's or a relative's noun, an honorific. Each candidate's words are read once a
    call (it asks a name up to five questions of them, some twice: 0.07 s over 30,000 calls
    at 1,000 articles when each question read them again), remembered by the candidate's
    ``id`` for the call, whose list holds every candidate asked about."""

    def __init__(self, paragraphs: Mapping[str, tuple[str, ...]]):
        self._paragraphs = paragraphs
        self._last: dict[int, str | None] = {}
        self._offices: dict[int, str] = {}

    def last(self, c: Candidate) -> str | None:
        """The word right before the name (``_words_before``'s last), None where none is."""
        key = id(c)
        if key not in self._last:
            words = _words_before(c, self._paragraphs)
            self._last[key] = words[-1] if words else None
        return self._last[key]

    def office(self, c: Candidate) -> str:
        """``_office_before``."""
        key = id(c)
        if key not in self._offices:
            self._offices[key] = _office_before(c, self._paragraphs)
        return self._offices[key]

    def honorific(self, c: Candidate) -> str | None:
        """'f' after a woman's honorific ("Mrs |Clinton|"), 'm' after a man's ("Mr
        |Clinton|"), else None."""
        word = self.last(c)
        if word in _WOMANS_HONORIFICS:
            return "f"
        return "m" if word in _MANS_HONORIFICS else None

    def womans_honorific(self, c: Candidate) -> bool:
        """'|Mrs Clinton|', 'Ms |May|': a woman's honorific right before the lone name."""
        return self.last(c) in _WOMANS_HONORIFICS

    def relative(self, c: Candidate) -> bool:
        """'his wife |Laura Bush|', 'Boris Johnson's brother |Jo Johnson|': named as a
        relative."""
        return self.last(c) in _RELATIVE_NOUNS

    def womans_word(self, c: Candidate) -> bool:
        """'his wife |Laura Bush|', 'Mrs |Laura Bush|': the text names her as a woman."""
        return self.last(c) in _WOMANS_NOUNS


_INTRODUCED = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother) (?:[\w-]+ ){0,4}(?:named|called) $"
    r"|(?:['’]s?|\b(?:[Hh]is|[Hh]er|[Tt]heir)) (?:(?:late|elder|younger|eldest|youngest) )?"
    rf"(?:{'|'.join(sorted(_RELATIVE_NOUNS, key=len, reverse=True))}),? $"
)


def _introduced(c: Candidate, paragraphs: Mapping[str, tuple[str, ...]]) -> bool:
    """'A university student named |Wong| said', "Mohamed's father, |Ali|": a name the article
    gives someone it introduces as new (a relative of someone it names by kin and name alone),
    no one another article names in full ("Tak-Sing Wong", "Haider Ali")."""
    before = paragraphs[c.article][c.paragraph][max(0, c.start - 60) : c.start]
    return bool(_INTRODUCED.search(before))
