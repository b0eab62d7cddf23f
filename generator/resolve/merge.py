"""Which found names are one actor, across the whole briefing.

Each rule proposes merging a name into another and says why, so the review can show its
evidence: an acronym defined in the text ("Syrian Democratic Forces (SDF)") or spelling the
initials of exactly one long name; a person's name inside a longer one with the same first and
last names ("John R. Bolton", "Robert Gabriel Mugabe"); transliteration variants of one name
("Usama bin Ladin", "Osama bin Laden"); a singular and its plural ("Defence Force(s)").
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from anyascii import anyascii
from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from ..gazetteer import DEMONYMS, demonym_state, place_kind, state_name, us_state_names
from .article import rank_name_word, title_word
from .bodies import body_key, unit_of
from .names import (
    OUTLET_HEADS,
    SPACED_DASH,
    initials,
    is_acronym,
    person_words,
    strip_titles,
)
from .vocab import (
    COMPANY_SUFFIXES,
    COMPANY_WORDS,
    FIRM_ENDS,
    JOINT_PARENTS,
    SHORT_GIVEN_NAMES,
    SURNAME_HONORIFICS,
    WELL_KNOWN,
)

_DASHED_ACRONYM = re.compile(r"[A-Z](?:[A-Z]{1,5}|[a-z]{1,5})[–—-][A-Z]{1,4}")
"""Two acronyms joined by a dash, the first in capitals or as a word: 'ZANU-PF', 'Zanu-PF'."""

SPELLING_THRESHOLD = 80.0
"""rapidfuzz ratio the plain spellings must reach too: 'Usama bin Ladin' / 'Osama bin Laden'
score 87, two unrelated names with one skeleton far less."""
VARIANT_THRESHOLD = 90.0
"""rapidfuzz ratio (0-100) two names' transliteration skeletons must reach to be one actor.
The skeleton already folds vowels (o/u, e/a, i/y) and doubled letters, so 90 leaves room for
one more letter in a long name and none in a short one; measured on the dev gold."""


@dataclass(frozen=True)
class Merge:
    """``name`` is ``into``: the evidence an editor sees in the review."""

    name: str
    into: str
    reason: str


@dataclass(frozen=True)
class Found:
    """A name accepted as an actor, with what the merge rules need to know about it."""

    name: str
    type: str
    count: int
    articles: frozenset[str]
    neighbours: frozenset[str]
    """Other actors' names in the same articles: a variant must share some context."""
    firsts: tuple[tuple[str, int], ...] = ()
    """Each article, sorted, with the rank of the name's first mention in it (by paragraph
    and start): which of two names an article gives first (empty: not known)."""

    def first_in(self, article: str) -> int | None:
        """The rank of the name's first mention in ``article``, if known."""
        return dict(self.firsts).get(article)


@lru_cache(maxsize=1 << 16)
def skeleton(name: str) -> str:
    """A transliteration-blind spelling: ASCII, lower case, vowels folded, doubles single.
    Cached (pure): resolve asks for the same names' about 20,000 times at 1,000 articles."""
    text = anyascii(name).lower()
    text = re.sub(r"[^a-z ]", "", text).replace("ph", "f").replace("ou", "u")
    text = re.sub(r"[aeiouy]+", "a", text)
    return re.sub(r"(.)\1+", r"\1", text)


_SYSTEMS = (
    ("ck", "k"),
    ("qu", "kw"),
    ("q", "k"),
    ("gh", "g"),
    ("dh", "d"),
    ("zh", "j"),
    ("dj", "j"),
)
"""Consonants that romanisation systems write differently for one sound: Arabic qaf (q/k,
'Aulaqi', 'Awlaki'; but English 'qu' is kw: 'Quirin' is no 'Karen'), ghayn (gh/g), dhal
(dh/d, 'Qadhafi'); Russian zh/j. Not kh/h: 'Khatami' and 'Hatami' are two Iranian
ministers, 'Khan' and 'Han' two names."""


@lru_cache(maxsize=1 << 16)
def transliteration_key(name: str, qaf: str = "k") -> str:
    """``skeleton`` with the consonant systems folded too (``_SYSTEMS``), x as ks ('Aleksei',
    'Alexei'), a w after a vowel as u ('Awlaki'), a final -ff as -v (Russian '-off', '-ov').
    ``qaf``: what a word's first q is, k ('Kadhafi', 'Qaddafi') or g ('Gaddafi', 'Qaddafi'):
    two keys, so that 'Gerber' and 'Kerber' stay two names. Compared whole, word by word,
    never by ratio (``_transliterated``)."""
    words = []
    for word in re.sub(r"[^a-z ]", "", anyascii(name).lower()).split():
        word = re.sub(r"^q(?!u)", qaf, word)
        for written, sound in _SYSTEMS:
            word = word.replace(written, sound)
        word = re.sub(r"(?<=[aeiouy])w", "u", word.replace("x", "ks"))
        words.append(skeleton(re.sub(r"ff$", "v", word)))
    return " ".join(words)


def _romanised_alike(a: str, b: str) -> bool:
    """One ``transliteration_key``, with a word's first q read as k or as g."""
    return any(transliteration_key(a, q) == transliteration_key(b, q) for q in "kg")


def _tokens(name: str) -> list[str]:
    """Words, case- and accent-folded: "Rémy Kuseyo" is written "Remy" in full as well."""
    return [anyascii(t).rstrip(".,").casefold() for t in name.split()]


def merges(
    found: Iterable[Found],
    definitions: dict[str, str],
    curated: Iterable[str] = (),
    glosses: dict[str, str] | None = None,
    royals: Mapping[str, str] | None = None,
    named: Mapping[str, set[str]] | None = None,
    party_groups: frozenset[str] = frozenset(),
) -> list[Merge]:
    """Every merge the rules find, at most one per name, never out of a curated name.
    ``glosses``: a name in brackets -> the name before them ("Oberster Gerichtshof
    (Supreme Court of Justice)"), a translation (``translations``). ``royals``: a short
    name -> the long style of the royal it names in the same article ("Ubolratana Mahidol",
    "Ubolratana Rajakanya Sirivadhana Barnavadi"). ``named``: every candidate name, actor or
    not, -> the articles that name it. ``party_groups``: names "X Group" that are a party's
    group in an assembly, kept apart from "X" ("the EPP Group in the European Parliament")."""
    named = named or {}
    found = sorted(found, key=lambda f: (-f.count, f.name))
    by_name = {f.name: f for f in found}
    curated = set(curated)
    out: dict[str, Merge] = {}

    def add(name: str, into: str, reason: str) -> None:
        if name != into and name not in out and name not in curated:
            target, seen = into, {into}
            while target in out:  # never a loop: "Houthi" -> "Houthis" -> "Houthi"
                target = out[target].into
                if target == name or target in seen:
                    return
                seen.add(target)
            if _two_states(name, into, by_name) or _two_states(name, target, by_name):
                return  # "Sudanese Army", "South Sudanese Army": two states' bodies
            out[name] = Merge(name, into, reason)

    # Acronyms defined in the text, then acronyms that spell one long name's initials.
    for acronym, long in sorted(definitions.items()):
        if acronym in by_name and (long in by_name or long in curated):
            add(acronym, long, f"defined in the text as '{long} ({acronym})'")
    # A name and its translation in brackets; the one an organisation (the NER may call a
    # foreign name a person) is the page, else the translation.
    for inside, before in sorted((glosses or {}).items()):
        a, b = by_name.get(before), by_name.get(inside)
        if a and b and "state" not in (a.type, b.type) and "organisation" in (a.type, b.type):
            if a.type == "organisation" and _abbreviated(inside):
                # "University of Hawaii at Mānoa (UH Mānoa)": a short form, not a translation;
                # so is its acronym alone later ("UH has a strong tradition").
                add(inside, before, f"abbreviated in the text as '{before} ({inside})'")
                head = inside.split()[0]
                if head in by_name and head not in definitions:
                    add(head, before, f"the acronym of '{inside}', short for '{before}'")
            elif b.type == "organisation":
                add(before, inside, f"translated in the text as '{before} ({inside})'")
            else:
                add(inside, before, f"translated in the text as '{before} ({inside})'")
    # Well-known actors' other names ("ISIS", "ISIL" and "Islamic State").
    for group in WELL_KNOWN:
        present = [n for n in group if n in by_name or n in curated]
        present.sort(key=lambda n: n not in curated)  # a curated form first: it wins
        for name in present[1:]:
            add(name, present[0], f"a well-known other name of '{present[0]}'")
    long_names = [f.name for f in found if len(f.name.split()) > 1] + sorted(curated)
    by_initials: dict[str, set[str]] = defaultdict(set)
    for name in long_names:
        if len(initials(name)) >= 2:
            by_initials[initials(name)].add(name)
    for f in found:
        plain = f.name.replace(".", "")
        if is_acronym(f.name) and len(by_initials.get(plain, ())) == 1:
            (long,) = by_initials[plain]
            if _initials_of_a_person(f, by_name.get(long)):
                continue
            add(f.name, long, f"'{f.name}' spells the initials of '{long}'")
    # A party's two acronyms joined by a dash ("ZANU-PF") spell its two names joined by one
    # ("Zimbabwe African National Union – Patriotic Front", actors100).
    dashed = {
        initials(SPACED_DASH.sub(" ", name)): name
        for name in long_names
        if SPACED_DASH.search(name)
    }
    for f in found:
        whole = dashed.get(re.sub("[–—-]", "", f.name).upper())
        if whole is not None and _DASHED_ACRONYM.fullmatch(f.name):
            add(f.name, whole, f"'{f.name}' spells the initials of '{whole}'")
    # An acronym of the subjects a body's name lists ("RMT" for the "National Union of Rail,
    # Maritime and Transport Workers"), in an article that names it in full.
    by_list: dict[str, list[Found]] = defaultdict(list)
    for f in found:
        if f.type == "organisation" and (letters := listed_initials(f.name)):
            by_list[letters].append(f)
    for f in found:
        owners = [o for o in by_list.get(f.name.replace(".", ""), []) if o.articles & f.articles]
        if is_acronym(f.name) and len(owners) == 1:
            add(f.name, owners[0].name, f"'{f.name}' spells the subjects '{owners[0].name}' lists")

    # People: the same first and last name with middle names or initials between.
    # (Each rule below looks only among names that could pass it, found through an index,
    # in the order of ``found``: the same merges as comparing every pair, in linear time.)
    # A second surname counts as a middle name ("Pedro R. Pierluisi Urrutia"); a generation
    # only after a bare first and last name ("John Conyers", "John James Conyers Jr."): "Robert
    # F. Kennedy Jr." is the son of "Robert F. Kennedy".
    people = [f for f in found if f.type == "person" and len(f.name.split()) >= 2]
    by_first: dict[str, list[tuple[str, list[str]]]] = defaultdict(list)
    for p in people:
        tokens = _tokens(p.name)
        by_first[tokens[0]].append((p.name, tokens))
    for short in people:
        st = _tokens(short.name)
        longer = [
            name
            for name, tokens in by_first[st[0]]
            if name != short.name
            and len(tokens) > len(st)
            and _in_order(st, tokens)
            and (tokens[-1] == st[-1] or tokens[-1] not in GENERATIONS or len(st) == 2)
            and not _more_initials(st, tokens)
        ]
        # "George W Bush" and "George W. Bush" are one longer name written two ways (the
        # spellings merge below): "George Bush" is still that one person's (actors63).
        if len({tuple(_tokens(name)) for name in longer}) == 1:
            add(short.name, longer[0], f"'{longer[0]}' with middle names or initials")

    # People: middle initials and the middle names they stand for ("George H. W. Bush",
    # "George Herbert Walker Bush"), when one longer name alone spells them.
    by_ends: dict[tuple[str, str], list[Found]] = defaultdict(list)
    for p in people:
        tokens = _tokens(p.name)
        if len(tokens) >= 3:
            by_ends[tokens[0], tokens[-1]].append(p)
    for short in people:
        middle_letters = _middle_initials(short.name)
        if not middle_letters:
            continue
        tokens = _tokens(short.name)
        spelling = [
            p.name
            for p in by_ends.get((tokens[0], tokens[-1]), [])
            if not _middle_initials(p.name)
            and [w[:1] for w in _tokens(p.name)[1:-1]] == middle_letters
        ]
        if len(spelling) == 1:
            add(short.name, spelling[0], f"'{spelling[0]}': its middle names for the initials")

    # People: a short form of the one middle name, the other words alike ("Daniel Pat
    # Moynihan", "Daniel Patrick Moynihan"); not in a longer name, whose inner words may be
    # surnames ("Pedro R. Pierluisi Urrutia").
    for short in people:
        tokens = _tokens(short.name)
        if len(tokens) != 3:
            continue
        fuller = [
            p.name
            for p in by_ends.get((tokens[0], tokens[-1]), [])
            if len(theirs := _tokens(p.name)) == len(tokens)
            and len(odd := [(a, b) for a, b in zip(tokens, theirs, strict=True) if a != b]) == 1
            and len(odd[0][0]) <= 5  # a clipped name ("Pat", "Alex"), no surname inside
            and _short_form(*odd[0])
        ]
        if len(fuller) == 1:
            add(short.name, fuller[0], f"'{fuller[0]}' with a middle name written short")

    # A royal's short name and long style in one article (found by the resolve stage).
    for brief, style in sorted((royals or {}).items()):
        a, b = by_name.get(brief), by_name.get(style)
        if a and b and a.type == b.type == "person":
            add(brief, style, f"'{style}': the royal's long name, the same first name")

    # People: a short form of the given name and the same surname ("Nick Moreau" and
    # "Nicholas Moreau"; "Alex" a prefix of "Alexander"), when one person alone fits.
    by_rest: dict[tuple[str, ...], list[Found]] = defaultdict(list)
    for p in people:
        by_rest[tuple(_tokens(p.name)[1:])].append(p)
    for short in people:
        given, *rest = _tokens(short.name)
        fuller = [
            p.name
            for p in by_rest[tuple(rest)]
            if p.name != short.name and _short_form(given, _tokens(p.name)[0])
        ]
        if len(fuller) == 1:
            add(
                short.name,
                fuller[0],
                f"'{short.name.split()[0]}' for the given name of '{fuller[0]}'",
            )

    # A person by a rank and surname the NER read as an organisation's name ("General
    # Petraeus") where the article gave no other evidence, and another names the person
    # ("David Petraeus"): the one person of that surname the briefing names, sharing a
    # neighbour with it. Not in an article naming both: there ``article._ranked`` read the
    # text, and left "General Mills" beside "Heather Mills" a firm.
    by_surname: dict[str, list[Found]] = defaultdict(list)
    for p in people:
        by_surname[person_words(p.name)[-1]].append(p)
    for f in found:
        tokens = f.name.split()
        if f.type != "organisation" or not 2 <= len(tokens) <= 4 or not title_word(tokens[0]):
            continue
        if tokens[0] in SURNAME_HONORIFICS:
            continue  # "Dr Pepper", "Mr Porter": firms an honorific opens (``_honoured``)
        rest = strip_titles(f.name).split()
        if not rest or len(rest) >= len(tokens) or not all(rank_name_word(t) for t in rest):
            continue
        bearers = by_surname.get(rest[-1], [])
        if (
            len(bearers) == 1
            and _in_order(_tokens(" ".join(rest)), _tokens(bearers[0].name))
            and not bearers[0].articles & f.articles
            and bearers[0].neighbours & f.neighbours
        ):
            add(f.name, bearers[0].name, f"'{tokens[0]}' and the surname of '{bearers[0].name}'")

    # Organisations: a legal form or "News" dropped ("HDT Limited", "NBC News"); a part of a
    # longer name in the same article ("Revolutionary Guards" in "... Guard Corps").
    orgs = [f for f in found if f.type == "organisation"]
    for f in orgs:
        bare = _without_suffix(f.name)
        if bare != f.name and bare in by_name and f.name not in party_groups:
            add(bare, f.name, f"'{f.name}' without its legal form or 'News'")
    # An Arabic name without its article, in another romanisation ("Shebab", "Chabab" for
    # "Al-Shabaab"): one group, when one such organisation alone fits.
    by_bare: dict[str, list[Found]] = defaultdict(list)
    for f in orgs:
        if stem := _without_arabic_article(f.name):
            by_bare[skeleton(stem)].append(f)
    for f in orgs:
        if " " in f.name or "-" in f.name or len(f.name) < MIN_VARIANT_WORD or is_acronym(f.name):
            continue
        articled = [g.name for g in by_bare.get(skeleton(f.name), []) if g.name != f.name]
        if len(set(articled)) == 1:
            add(f.name, articled[0], f"'{articled[0]}' without its article 'al-'")
    # A longer name written without its Arabic article, word for word ("Nusra Front" for
    # "Al-Nusra Front"): one group, when one such organisation alone fits.
    unarticled: dict[str, set[str]] = defaultdict(set)
    for f in orgs:
        opening = _ARABIC_ARTICLE.match(f.name)
        tail = f.name[opening.end() :] if opening else ""
        if opening and opening.group().lower() not in _ENGLISH_WORDS and " " in tail:
            unarticled[tail].add(f.name)  # (not "At Home Group": an English word)
    for f in orgs:
        if len(articled_names := unarticled.get(f.name, set())) == 1:
            add(f.name, next(iter(articled_names)), f"'{f.name}' with the article 'al-'")
    # A company by its first word ("Ford", "Ford Motor Company"; "Marsh", "Marsh & McLennan")
    # in the same article.
    for f in orgs:
        tokens = f.name.split()
        lead = by_name.get(tokens[0])
        if (
            len(tokens) >= 3
            and (tokens[-1].lower() in COMPANY_SUFFIXES | COMPANY_WORDS or tokens[1] == "&")
            and lead is not None
            and lead.type == "organisation"
            and lead.articles & f.articles
        ):
            add(lead.name, f.name, f"'{f.name}' by its first word in the same article")
    # A firm's short brand, an acronym, and its longer forms in the same article ("TD", "TD
    # Bank", "TD Canada Trust"): one firm, on the page of its shortest longer form.
    by_lead: dict[str, list[Found]] = defaultdict(list)
    for org in orgs:
        by_lead[org.name.split()[0]].append(org)
    for f in orgs:
        if not is_acronym(f.name):
            continue
        forms: list[Found] = sorted(
            (
                form
                for form in by_lead.get(f.name, [])
                if form.articles & f.articles
                and _brand_form(f.name, form.name)
                and form.name not in party_groups
            ),
            key=lambda form: (len(form.name.split()), -form.count, form.name),
        )
        if forms:
            head = forms[0].name
            add(f.name, head, f"'{f.name}', the brand '{head}' begins with, in the same article")
            for form in forms[1:]:
                add(form.name, head, f"'{form.name}' and '{head}': one brand '{f.name}'")
    # A company by the first half of its hyphenated name ("Mercedes", "Mercedes-Benz") in the
    # same article, when the second half is no actor's ("Gazprom-Rosneft" joins two) nor
    # named alone in its articles ("Renault-Nissan", "Nissan said": two companies, even when
    # "Nissan", named once, is no actor).
    for f in orgs:
        halves = f.name.split("-")
        lead = by_name.get(halves[0])
        if (
            len(halves) == 2
            and " " not in f.name
            and halves[1][:1].isupper()
            and halves[1] not in by_name
            and not named.get(halves[1], set()) & f.articles
            and lead is not None
            and lead.type == "organisation"
            and lead.articles & f.articles
        ):
            add(lead.name, f.name, f"'{f.name}' by the first half of its name in the same article")
    for name, into, reason in (
        _by_trade(orgs, by_name, named) + _connector_variants(orgs) + _joint_variants(orgs)
    ):
        add(name, into, reason)
    # A party without the word ("Labour", "Labour Party"; "Likud", "Likud party").
    for f in orgs:
        bare = re.sub(r" [Pp]arty$", "", f.name)
        if bare != f.name and bare in by_name and by_name[bare].type != "person":
            add(bare, f.name, f"'{f.name}' without the word 'Party'")
    # A party's branch in a US state ("Constitution Party of Idaho", "Libertarian Party of
    # Texas") where the briefing names the party alone: the party's page, named as the
    # party is; the branch's name an alias (news tells the branch and the party apart less
    # than it names either).
    for f in orgs:
        head, of, place = f.name.partition(" of ")
        if (
            of
            and head.endswith((" Party", " party"))
            and " of " not in place
            and place.removeprefix("the ") in us_state_names()
            and (party := by_name.get(head)) is not None
            and party.type == "organisation"
        ):
            add(f.name, head, f"the branch in {place} of '{head}'")
    singular = [_singular(o.name) for o in orgs]
    stated = [_singular(_by_state(o.name)) for o in orgs]
    orgs_in: dict[str, list[int]] = defaultdict(list)
    for index, o in enumerate(orgs):
        for article in o.articles:
            orgs_in[article].append(index)
    for index, short in enumerate(orgs):
        words = singular[index]
        if len(words) < 2 or ((key := body_key(short.name)) and not key[0]):
            continue  # "Supreme Court" is each article's own (``bodies.local_folds``)
        near = sorted({i for article in short.articles for i in orgs_in[article]})
        containers = [
            orgs[i].name
            for i in near
            if orgs[i].name != short.name
            and (
                any(_contains(whole, words) for whole in _halves(singular[i]))
                or _state_spelt_part(stated[i], stated[index])
            )
        ]
        if any(_parent_of(short, by_name[c]) for c in containers):
            continue  # a parent named before its unit: no unit is its page
        containers = [c for c in containers if not sub_body(short.name, c)]
        if len(containers) == 1:
            add(short.name, containers[0], f"part of '{containers[0]}' in the same article")

    # A committee's two word orders ("House Committee on Oversight and Reform", "House
    # Oversight and Reform Committee", or its first half, "House Oversight Committee").
    ordered = {tuple(_singular(o.name)): o for o in orgs}
    for formal in orgs:
        if not (written := _COMMITTEE_ON.fullmatch(formal.name)):
            continue
        chamber, subject = written.group(1).split(), written.group(2).split()
        words = [w.casefold() for w in (*chamber, *subject)] + ["committee"]
        for half in _halves(words):
            other = ordered.get(tuple(half))
            if other and other is not formal and (chamber or other.articles & formal.articles):
                add(other.name, formal.name, f"'{formal.name}' with its words in another order")

    # A state's name in any spelling before the rest ("US Geological Survey", "United
    # States Geological Survey").
    first_spelt: dict[str, str] = {}
    for f in orgs:
        if spelt := _state_spelt_out(f.name):
            first = first_spelt.setdefault(spelt, f.name)
            add(f.name, first, f"'{first}' with its state spelt another way")

    # One state's body, however written ("State Department", "US Department of State").
    first_of: dict[tuple[str | None, str, str], str] = {}
    for f in orgs:
        if (key := body_key(f.name)) and key[0]:
            first = first_of.setdefault(key, f.name)
            add(f.name, first, f"the same body of {key[0]} as '{first}'")

    # Hyphens, spaces and accents apart, one spelling ("Kim Jong-un", "Kim Jong Un").
    first_compact: dict[tuple[str, str], str] = {}
    for f in found:
        compact = re.sub(r"[\s\-‐.’']", "", anyascii(f.name).casefold())
        if len(compact) >= 6 and not is_acronym(f.name):
            first = first_compact.setdefault((f.type, compact), f.name)
            add(f.name, first, f"'{first}' written with other hyphens or spaces")

    # Transliteration variants and plurals: same type, a shared article or neighbour.
    alike: dict[tuple[str, int, tuple[str, ...]], list[int]] = defaultdict(list)
    for index, f in enumerate(found):
        alike[_likeness(f)].append(index)
    for i, a in enumerate(found):
        for b in (found[j] for j in alike[_likeness(a)] if j > i):
            if a.type != b.type or len(a.name.split()) != len(b.name.split()):
                continue
            if not (a.articles & b.articles or a.neighbours & b.neighbours):
                continue
            if _plural_of(a.name, b.name) or _plural_of(b.name, a.name):
                if a.name.split()[-1].lower().rstrip("s") not in OUTLET_HEADS and (
                    " " not in a.name or a.articles & b.articles
                ):
                    # "Houthi" and "Houthis"; never a newspaper's name ("The Guardian" is no
                    # "Guardians" of a film's title); names of several words only in one
                    # article ("Rolling Stone", a magazine, and a band, "The Rolling Stones")
                    add(b.name, a.name, "singular and plural of one name")
            elif (
                a.type != "state"
                and _variants(a.name, b.name)
                and not (a.type == "person" and _given_name_extended(a.name, b.name))
            ):
                add(b.name, a.name, f"another spelling of '{a.name}'")
            elif _transliterated(a, b):
                add(b.name, a.name, f"'{a.name}' in another romanisation")
    for slip, into, reason in _slips(found):
        add(slip, into, reason)
    return [out[name] for name in sorted(out)]


def _two_states(a: str, b: str, by_name: Mapping[str, Found]) -> bool:
    """Two bodies' names that open with two states' names or adjectives ("Afghan National
    Army", "US Army"; "Sudanese Army", "South Sudanese Army"): two states' bodies, whatever
    else the names share or however alike they are spelt. People's names are left alone
    ("Jordan Peterson")."""
    if "person" in (
        by_name[a].type if a in by_name else "",
        by_name[b].type if b in by_name else "",
    ):
        return False
    state_a, state_b = opening_state(a), opening_state(b)
    return bool(state_a and state_b and state_a != state_b)


@lru_cache(maxsize=1 << 16)
def opening_state(name: str) -> str | None:
    """The state whose name or adjective opens ``name``, its longest such opening of one to
    three words ("South Sudanese Army": South Sudan, not Sudan; "U.S. Army": the United
    States); an adjective of two words is the state's name with "n" ("Sri Lankan")."""
    words = name.replace("’", "'").split()
    for n in (3, 2, 1):
        if len(words) <= n:
            continue  # the whole name is the state's, no body of it
        opening = " ".join(words[:n]).removesuffix("'s")
        if state := state_name(opening) or demonym_state(opening):
            return state
        if n > 1 and opening.endswith("an") and (state := state_name(opening[:-1])):
            return state
        if n > 1 and opening.endswith("ese") and (state := state_name(opening[:-3])):
            return state  # "South Sudanese"
    return None


SLIP_WORD = 5
"""Letters both spellings of a slipped word need: shorter names differ by a letter as two
names ('Dana', 'Dan'; 'Mara', 'Maria')."""


def _slips(found: list[Found]) -> list[tuple[str, str, str]]:
    """A slip of the pen within one article ("Amuary Sport Organisation" beside "Amaury Sport
    Organisation", "Guiado" beside "Guaido"): two names of one article, the same words but
    one, where that word is the other's with two neighbouring letters swapped or, in a name
    of two words or more, one inner letter dropped (``OSA`` distance 1, rapidfuzz, and no
    letter changed: 'Bashar' and 'Bashir' are two names); first and last letters alike,
    ``SLIP_WORD`` letters at least. The slip is the rarer name, in one article only; its page
    is the other's. The NER may type a slip apart, so a person and an organisation of two
    words or more pair too, never a state (``add`` keeps curated names from merging out)."""
    shapes: dict[tuple[str, int, tuple[tuple[str, str], ...]], list[Found]] = defaultdict(list)
    slips: list[tuple[Found, tuple[str, int, tuple[tuple[str, str], ...]]]] = []
    for f in found:
        if f.type == "state" or is_acronym(f.name):
            continue
        words = _tokens(f.name)
        shape = (len(words), tuple((w[:1], w[-1:]) for w in words))
        for article in f.articles:
            shapes[(article, *shape)].append(f)
        if len(f.articles) == 1:
            slips.append((f, (next(iter(f.articles)), *shape)))
    out = []
    for slip, key in slips:
        article = key[0]
        for other in shapes[key]:
            if other is not slip and _rarer(slip, other, article) and _slipped(slip, other):
                out.append((slip.name, other.name, f"a slip of the pen for '{other.name}'"))
                break
    return out


def slipped_openings(
    alone: Mapping[str, frozenset[str]], bodies: Mapping[str, frozenset[str]]
) -> dict[str, str]:
    """A lone word that is the first word of a body's name in the same article with two
    neighbouring letters swapped ("The Amaury Sport Organisation … a spokesman for Amuary"),
    to the body: a short name written with a slip of the pen, which the NER reads as one word
    named once (too little to tell an actor: its mention was lost) and ``_slips``, pairing
    names of as many words, never meets. ``alone`` and ``bodies``: each lone word, each body's
    name of two words or more -> its articles. The swap is ``_slipped``'s (``OSA`` distance 1,
    the same letters, first letters alike, ``SLIP_WORD`` letters at least: a changed letter
    makes another name); only when one body of the word's articles fits."""
    in_article: dict[str, list[str]] = defaultdict(list)
    for body, articles in bodies.items():
        for article in articles:
            in_article[article].append(body)
    out = {}
    for word, articles in alone.items():
        if len(word) < SLIP_WORD:
            continue
        fits = {
            body
            for article in articles
            for body in in_article.get(article, ())
            if _swapped(word, body.split()[0])
        }
        if len(fits) == 1:
            out[word] = fits.pop()
    return out


def _swapped(word: str, other: str) -> bool:
    """Two neighbouring letters of ``other`` swapped in ``word`` ("Amuary", "Amaury")."""
    return (
        word != other
        and len(word) == len(other)
        and word[0] == other[0]
        and sorted(word) == sorted(other)
        and OSA.distance(word, other) == 1
    )


def _rarer(slip: Found, other: Found, article: str) -> bool:
    """Which of two spellings is the slip: the one in fewer articles, then the one written
    less, then the one the article writes later; the name itself breaks a tie. (The ranks
    in the article are read only on a tie: a hub's ``firsts`` are long.)"""
    mine, theirs = (len(slip.articles), slip.count), (len(other.articles), other.count)
    if mine != theirs:
        return mine < theirs
    return (-(slip.first_in(article) or 0), slip.name) < (
        -(other.first_in(article) or 0),
        other.name,
    )


def _slipped(slip: Found, other: Found) -> bool:
    """``_slips``' test of one pair: types, and the one word that differs."""
    words, others = _tokens(slip.name), _tokens(other.name)
    if slip.type != other.type and (
        len(words) < 2 or {slip.type, other.type} != {"person", "organisation"}
    ):
        return False
    odd = [(a, b) for a, b in zip(words, others, strict=True) if a != b]
    if len(odd) != 1:
        return False
    a, b = odd[0]
    if min(len(a), len(b)) < SLIP_WORD or OSA.distance(a, b) != 1:
        return False
    if len(a) == len(b):
        return sorted(a) == sorted(b)  # two neighbours swapped, no letter changed
    return len(words) >= 2  # one inner letter dropped (first and last alike: ``_slips``)


_COMMITTEE_ON = re.compile(
    r"((?:[A-Z][\w.]* )*)Committee on (?:the )?([A-Z][\w'’-]*(?: [\w'’-]+)*)"
)
"""'House Committee on Oversight and Reform': the chamber, then the committee's subject."""


def _by_trade(
    orgs: list[Found], by_name: Mapping[str, Found], named: Mapping[str, set[str]]
) -> list[tuple[str, str, str]]:
    """A company by its first word(s) where its name is those and its trade or a word like
    it ("Sun", "Sun Microsystems"; "WMC", "WMC Resources"; "Black Lotus", "Black Lotus
    Communications"), or one more plain word before it ("Federated", "Federated Department
    Stores"; "Sumitomo", "Sumitomo Mitsui Financial"), in the same article, when one such
    name alone fits: news names a firm in full once, then by its leading word(s)."""
    longer: dict[str, list[Found]] = defaultdict(list)
    for f in orgs:
        tokens = f.name.split()
        if not 2 <= len(tokens) <= 4 or tokens[-1].lower() not in FIRM_ENDS:
            continue
        for cut in (len(tokens) - 1, len(tokens) - 2):
            between = tokens[cut:-1]
            if cut < 1 or any(not _plain_word(word, f, by_name, named) for word in between):
                continue
            longer[" ".join(tokens[:cut])].append(f)
    out: list[tuple[str, str, str]] = []
    for first, names in sorted(longer.items()):
        lead = by_name.get(first)
        if lead is None or lead.type != "organisation":
            continue
        # Any other company of those first words in its articles ("Mitsubishi UFJ") makes
        # them ambiguous; an article naming them without the long name may mean another
        # ("The Sun" the newspaper): they must only ever stand for the one long name.
        rivals = [f for f in orgs if f.name.startswith(first + " ") and f.articles & lead.articles]
        if (
            len(rivals) == 1
            and rivals[0] in names
            and lead.articles <= rivals[0].articles
            and not _parent_of(lead, rivals[0])
        ):
            into = rivals[0].name
            out.append(
                (
                    first,
                    into,
                    f"'{into}' by its first word{'s' if ' ' in first else ''} and its trade"
                    " dropped",
                )
            )
    return out


FIRM_KINDS = COMPANY_SUFFIXES | COMPANY_WORDS | frozenset(("bank", "trust"))
"""The last word of a brand's longer form: a legal form or a kind of firm ("TD Bank", "HSBC
Holdings", "TD Canada Trust"), not a product line or a unit ("LG Electronics", "SK Telecom",
"BBC World Service", "UN Security Council": other actors of the same family)."""


def _brand_form(brand: str, name: str) -> bool:
    """``name`` is the acronym ``brand`` followed by a kind of firm, with at most a state's
    name between ("TD Bank", "TD Canada Trust"; not "TD Ameritrade")."""
    words = name.split()
    return (
        words[0] == brand
        and 2 <= len(words) <= 3
        and words[-1].lower() in FIRM_KINDS
        and all(state_name(w) for w in words[1:-1])
    )


def _parent_of(short: Found, long: Found) -> bool:
    """Whether some article names the short name before the long one, which is it and a
    firm's ending ("GM said ... its lending arm, GM Financial"; "Rio Tinto ... Rio Tinto
    Minerals"): news names a firm in full first and then by its leading words ("WMC
    Resources ... WMC said", actors46's four pairs), so a short name first is the parent and
    the long name its unit, which no word of the two names tells apart (fix75's probes;
    ``bodies.unit_of``). Unknown order (no ``firsts``) keeps no pair apart."""
    return any(
        unit_of(short.name, long.name, short.first_in(article), long.first_in(article))
        for article in short.articles & long.articles
    )


SUB_BODY_HEADS = frozenset(
    "command corps division brigade regiment battalion wing unit force forces directorate "
    "directorate-general bureau agency office service department inspectorate".split()
)
"""Heads of a unit's own name ("Criminal Investigation Command", "Aviation Corps",
"Directorate-General for Trade") that a body's name may open (``sub_body``)."""
WHOLE_BODY_HEADS = frozenset(
    "army navy police commission ministry department party force forces corps guard guards "
    "court council agency service office bureau authority government".split()
)
"""Last words of a body's whole name ("United States Army", "European Commission")."""


def sub_body(short: str, long: str) -> bool:
    """'United States Army', 'United States Army Criminal Investigation Command': the long name
    opens with the whole short one, a body's name on its own (``WHOLE_BODY_HEADS``), and goes
    on with a unit's own name of two words or more headed by a unit's noun (``SUB_BODY_HEADS``,
    its last word or the word before "for", "of" or "on": "Directorate-General for Trade"). The
    long name is a unit of the short body, never its full form: containment must not fold a
    body into its own sub-body ("the Army" then goes to another state's army). One word more
    ("Kenya Red Cross Society", "US Navy SEALs") is no unit's name of its own."""
    words, longer = short.split(), long.split()
    if len(longer) - len(words) < 2 or longer[: len(words)] != words:
        return False
    if words[-1].lower() not in WHOLE_BODY_HEADS:
        return False
    tail = re.split(r" (?:of|for|on) ", " ".join(longer[len(words) :]))[0].split()
    return tail[-1].lower() in SUB_BODY_HEADS


UNIT_WORDS = frozenset(
    "global international europe european asia asian america americas africa pacific music "
    "credit".split()
)
"""Words between a firm's name and its ending that name where or in what a unit of it works
("Toyota Europe Financial", "Citigroup Global Financial", "Sony Music Entertainment"), like a
state's name or a demonym ("Sears Canada Stores"): not part of the parent's own name (fix75)."""


def _plain_word(
    word: str, f: Found, by_name: Mapping[str, Found], named: Mapping[str, set[str]]
) -> bool:
    """A word between a firm's leading words and its trade that the short name may drop
    ("Department" in "Federated Department Stores", "Mitsui" in "Sumitomo Mitsui
    Financial"): capitalised, no trade or company word ("Sony Pictures Entertainment" is
    a unit of Sony, "Toyota Motor Financial" of Toyota), and named alone in none of the
    firm's articles (then it is a firm of its own); no place or unit word (``UNIT_WORDS``)."""
    lower = word.lower()
    company = FIRM_ENDS | COMPANY_WORDS | COMPANY_SUFFIXES
    return (
        word[:1].isupper()
        and lower not in company
        and lower not in UNIT_WORDS
        and not state_name(word)
        and not demonym_state(word)
        and lower + "s" not in company
        and word not in by_name
        and not named.get(word, set()) & f.articles
    )


_CONNECTORS = re.compile(r" (?:of|for) ")
_DEPARTMENT_HEADS = frozenset("department ministry minister secretary office secretariat".split())
"""First words of a state's own bodies, which states name alike with 'of' or 'for'."""


def _connector_variants(orgs: list[Found]) -> list[tuple[str, str, str]]:
    """Names that differ only in "of" and "for" ("Institute of Fiscal Studies", "Institute
    for Fiscal Studies"): one body, which writers name either way; the one more mentioned
    is the page."""
    groups: dict[str, list[Found]] = defaultdict(list)
    for f in orgs:
        if _CONNECTORS.search(f.name):
            groups[_CONNECTORS.sub(" of ", f.name)].append(f)
    out: list[tuple[str, str, str]] = []
    for _key, names in sorted(groups.items()):
        if len(names) < 2:
            continue
        main = names[0]  # ``orgs`` come most mentioned first
        for f in names[1:]:
            # Each state names its own departments: Ireland's "Department of Transport" is
            # not Britain's "Department for Transport", unless one article names both.
            if f.name.split()[0].lower() in _DEPARTMENT_HEADS and not f.articles & main.articles:
                continue
            out.append((f.name, main.name, f"'{main.name}' with 'of' and 'for' swapped"))
    return out


def joint_key(name: str) -> tuple[str, ...] | None:
    """'African Union-United Nations Mission in Darfur' and 'UN-African Union Mission in
    Darfur': a body two parents run jointly is named with either parent first and either
    written short; its words, the parents' short names spelt out, sorted, are one key. None
    for a name no hyphen joins (no joint body's)."""
    if not re.search(r"\w[-–]\w", name):
        return None
    words: list[str] = []
    for part in re.split(r"[-–\s]+", name):
        words.extend(JOINT_PARENTS.get(part, part).split())
    return tuple(sorted(words)) if len(words) >= 4 else None


def _joint_variants(orgs: list[Found]) -> list[tuple[str, str, str]]:
    """A joint body's names with its parents in either order or written short (``joint_key``,
    actors96, issue 8: "African Union-United Nations Mission in Darfur", "UN-African Union
    Mission in Darfur"): one body; the one more mentioned is the page."""
    groups: dict[tuple[str, ...], list[Found]] = defaultdict(list)
    for f in orgs:
        if (key := joint_key(f.name)) is not None:
            groups[key].append(f)
    return [
        (f.name, names[0].name, f"'{names[0].name}' with its joint parents written otherwise")
        for _key, names in sorted(groups.items())
        for f in names[1:]
    ]


def _state_spelt_out(name: str) -> str | None:
    """'U.S. Park Police' -> 'United States Park Police': the name with the state that
    begins it in its display spelling; None when no state begins it."""
    tokens = name.split()
    for cut in (3, 2, 1):
        head = " ".join(tokens[:cut])
        state = state_name(head) or (DEMONYMS.get(head) if is_acronym(head) else None)
        if len(tokens) > cut and state:
            return " ".join([state, *tokens[cut:]])
    return None


GENERATIONS = frozenset("jr sr ii iii iv".split())


_INITIAL = re.compile(r"[a-z](?:\.[a-z])*")


def _more_initials(short: list[str], long: list[str]) -> bool:
    """Both names give middle initials and the longer adds one ("George W. Bush", "George
    H. W. Bush"): a son named after his father, two people, not one name written fuller."""
    middles = short[1:-1]
    if not any(_INITIAL.fullmatch(w) for w in middles):
        return False
    extra = list(long[1:-1])
    for word in middles:
        if word in extra:
            extra.remove(word)
    return any(_INITIAL.fullmatch(w) for w in extra)


_WRITTEN_INITIALS = re.compile(r"(?:[A-Z]\.?){1,3}")


def _middle_initials(name: str) -> list[str]:
    """The letters of a name's middle initials, when every middle word is initials ("George
    H. W. Bush", "George H.W. Bush", "George HW Bush": h, w), else []."""
    middles = name.split()[1:-1]
    if not middles or not all(_WRITTEN_INITIALS.fullmatch(w) for w in middles):
        return []
    return [ch.lower() for w in middles for ch in w if ch.isalpha()]


def _given_name_extended(a: str, b: str) -> bool:
    """'Laura Bush' and 'Lauren Bush': the same surname, given names with another ending, one
    a vowel and the other a consonant (a final "h" aside: "Fatimah"), neither the other
    written longer ("Muhammadu" for "Muhammad" stays a spelling): two names of a family, not
    two spellings of one, as romanisations differ inside a name ("Mohammed", "Mohammad") or
    at its start ("Osama", "Usama")."""
    ta, tb = _tokens(a), _tokens(b)
    if len(ta) < 2 or ta[1:] != tb[1:] or ta[0] == tb[0]:
        return False
    short, long = sorted((ta[0], tb[0]), key=len)
    if long.startswith(short):
        return False  # "Muhammad", "Muhammadu" (Buhari): one name written longer
    if _diminutive_of(short, long):
        return False  # "Rudy", "Rudolph" (Giuliani): the short form of one given name
    ends = {g.rstrip("h")[-1:] in "aeiouy" for g in (ta[0], tb[0])}
    return len(ends) == 2


def _diminutive_of(short: str, long: str) -> bool:
    """'Rudy' of 'Rudolph', 'Kathy' of 'Katherine': a given name's short form in -y or -ie,
    the longer name's first letters before it (three at least); not "Laura" and "Lauren"
    (review24: actors69's another-ending rule split Rudy and Rudolph Giuliani)."""
    stem = short[:-2] if short.endswith("ie") else short[:-1] if short.endswith("y") else ""
    return len(stem) >= 3 and long.startswith(stem) and len(long) > len(short)


def _in_order(short: list[str], long: list[str]) -> bool:
    """Every word of ``short`` in ``long``, in the same order."""
    words = iter(long)
    return all(word in words for word in short)


def _likeness(f: Found) -> tuple[str, int, tuple[str, ...]]:
    """What two names must share to be plurals or spellings of each other: the type, the
    number of words and each word's first letter (any vowel alike, as ``_variants`` allows;
    y a vowel and q, g and k alike, as ``_transliterated`` allows), a person's surname read
    without Arabic's article (``_ARTICLE``)."""
    name = _ARTICLE.sub("", f.name) if f.type == "person" else f.name
    words = anyascii(name).lower().split()
    firsts = tuple(
        "aeiou" if w[:1] in tuple("aeiouy") else "k" if w[:1] in ("q", "g") else w[:1]
        for w in words
    )
    return f.type, len(f.name.split()), firsts


def _without_suffix(name: str) -> str:
    tokens = name.replace(",", "").split()
    while len(tokens) > 1 and (
        tokens[-1].lower() in COMPANY_SUFFIXES | COMPANY_WORDS or tokens[-1] == "News"
    ):
        tokens = tokens[:-1]
    return " ".join(tokens)


def _singular(name: str) -> list[str]:
    """Words, case-folded, the last one singular ("Revolutionary Guards" -> guard): only the
    head noun, so "United States" keeps its s and is not "State"."""
    words = [t.casefold() for t in name.split()]
    return [*words[:-1], words[-1].removesuffix("s")] if words else []


def _by_state(name: str) -> str:
    """'Kenyan National Commission' -> 'Kenya National Commission': a body's name writes its
    state by name or by adjective, one body either way ("the Kenyan National Commission on
    Human Rights ... the Kenya National Commission said"). States of one word only, so the
    words keep their count ("American" stays)."""
    return re.sub(r"\b[A-Z][a-z]+\b", _state_word, name)


_ARABIC_ARTICLE_FORMS = r"(?:[Aa]l|[Ee]l|[Aa]sh|[Aa]d|[Aa]r|[Aa]n|[Aa]t|[Aa]s)"
"""The Arabic article as romanised, assimilated or not ("al", "el", "ash", "ad", …)."""
_ARABIC_ARTICLE = re.compile(rf"{_ARABIC_ARTICLE_FORMS}[- ‑]")
"""The Arabic article before a name ("Al-Shabaab", "al Qaeda", "Ash-Sharq", "El-Nour"), with
the hyphen or space that joins it."""
_ARTICLE = re.compile(rf"(?<![\w'’-]){_ARABIC_ARTICLE_FORMS}[-‐‑](?=[A-Z])")
"""The same article hyphened before a word of a person's name ("al-Gaddafi", "el-Sisi",
"ash-Shara"), which English news writes or leaves out ("Gaddafi", "Sisi")."""


_ENGLISH_WORDS = frozenset({"an ", "at ", "as "})
"""Romanised articles that are also English words before a name ("At Home Group")."""


def _without_arabic_article(name: str) -> str | None:
    """'Al-Shabaab' -> 'Shabaab': the one word after the Arabic article of a two-part name;
    None for any other name."""
    match = _ARABIC_ARTICLE.match(name)
    if not match:
        return None
    rest = name[match.end() :]
    return rest if rest[:1].isupper() and " " not in rest and "-" not in rest else None


def _state_spelt_part(longer: list[str], part: list[str]) -> bool:
    """``part`` begins ``longer`` and names its head noun, once both write their state by name
    (``_by_state``): "Kenya National Commission" is the "Kenyan National Commission on Human
    Rights". Only the beginning: "Mexican State University" inside "New Mexico State
    University", or "Sudanese Armed Forces" inside "South Sudan Armed Forces", is another
    state's; and only the same head noun: the "Kenyan Parliament" is not the "Kenya
    Parliament Service Commission" (fix71, from probes)."""
    n = len(part)
    if len(longer) <= n or longer[:n] != part:
        return False
    rest = longer[n:]
    head = part[-1] if rest[0] in _COMPLEMENTS else longer[-1]
    return head.removesuffix("s") == part[-1].removesuffix("s")


_COMPLEMENTS = frozenset("of on for in to against".split())
"""Words after a body's head noun that begin what it is of ("Commission |on| Human Rights")."""


def _state_word(match: re.Match[str]) -> str:
    state = demonym_state(match.group())
    return state if state and " " not in state else match.group()


def _halves(words: list[str]) -> list[list[str]]:
    """The name, and each half of a name joined by 'and' with the head noun they share:
    "House Oversight and Reform Committee" is also the "House Oversight Committee" and the
    "House Reform Committee" (so "Oversight Committee" is part of it)."""
    if "and" not in words[1:-2]:
        return [words]
    i = words.index("and", 1)
    return [words, [*words[:i], words[-1]], [*words[: i - 1], *words[i + 1 :]]]


def _contains(longer: list[str], part: list[str]) -> bool:
    """``part`` is a run of whole words inside ``longer`` and shorter than it."""
    n = len(part)
    return len(longer) > n and any(longer[i : i + n] == part for i in range(len(longer) - n + 1))


def _short_form(short: str, given: str) -> bool:
    """'Nick' for 'Nicholas', 'Alex' for 'Alexander': a known short form, or the first three
    letters or more of a longer given name."""
    short, given = short.lower(), given.lower()
    if short == given or len(short) < 3:
        return False
    return given in SHORT_GIVEN_NAMES.get(short, "").split() or (
        given.startswith(short) and len(given) > len(short) + 1
    )


def _plural_of(one: str, other: str) -> bool:
    return one != other and (one + "s" == other or one + "es" == other)


SHORT_WORD = 3
"""Letters of a word that differs whole rather than in spelling: Korean and Chinese given
names are built of such syllables ("Kim Jong Il", his son "Kim Jong Un"), and a name's ratio
stays high when one of them changes."""


def _variants(a: str, b: str) -> bool:
    """Two spellings of one name: every word starts alike, the skeletons nearly match and so
    do the spellings themselves ("Samoans" and "Siemens" share a skeleton, not a name). A
    one-word name is another spelling only when it differs in accents alone."""
    if len(a.replace(" ", "")) < 6 or is_acronym(a) or is_acronym(b):
        return False
    words_a, words_b = anyascii(a).lower().split(), anyascii(b).lower().split()
    if len(words_a) == 1:
        return words_a == words_b
    if _of_state(a) != _of_state(b):
        return False  # "Iranian Parliament" and "Iraqi Parliament": two states' bodies
    # First letters may differ only by a vowel (Osama / Usama): the cheap test, before the ratios
    # (the caller pairs names of as many words).
    for x, y in zip(words_a, words_b, strict=False):
        if x[0] != y[0] and not (x[0] in "aeiou" and y[0] in "aeiou"):
            return False
        if x != y and min(len(x), len(y)) <= SHORT_WORD:
            return False  # "Kim Jong Il", "Kim Jong Un": a syllable differs whole
    if fuzz.ratio(" ".join(words_a), " ".join(words_b)) < SPELLING_THRESHOLD:
        return False
    return fuzz.ratio(skeleton(a), skeleton(b)) >= VARIANT_THRESHOLD


MIN_VARIANT_WORD = 5
"""Letters a word needs before ``_transliterated`` reads a difference in it as romanisation:
short names differ by a letter as different names ('Khan', 'Han'; 'Lowe', 'Lee')."""


def _transliterated(a: Found, b: Found) -> bool:
    """Two romanisations of one name ("Anwar al-Aulaqi", "Anwar al-Awlaki"; "Muammar
    Gaddafi", "Muammar Qaddafi"), beyond ``_variants``: one ``transliteration_key`` word by
    word, every word that differs of ``MIN_VARIANT_WORD`` letters or more and with its first
    letter alike, the whole spelling still at ``SPELLING_THRESHOLD``. Never a state ('Iran',
    'Iraq'; 'Niger', 'Nigeria': states are named one way each), and two people only with
    one given name or one surname, written alike ('Alexei', 'Aleksei Navalny'). A one-word
    name must differ in a consonant the systems write apart (q/k, dh/d, w/u), not in vowels
    alone, and only across articles: Arabic leaves short vowels unwritten, so 'Bashar' and
    'Bashir', 'Ahmed' and 'Ahmad' are as often two names, and one article that writes both
    means two bearers. Pairs measured: tests/fixtures/transliteration-pairs.csv."""
    if "state" in (a.type, b.type) or is_acronym(a.name) or is_acronym(b.name):
        return False
    name_a, name_b = a.name, b.name
    if a.type == b.type == "person" and bool(_ARTICLE.search(name_a)) != bool(
        _ARTICLE.search(name_b)
    ):  # "Muammar al-Gaddafi", "Muammar Gaddafi": Arabic's article written or left out
        name_a, name_b = _ARTICLE.sub("", name_a), _ARTICLE.sub("", name_b)
    words_a, words_b = _tokens(name_a), _tokens(name_b)
    if len(words_a) != len(words_b) or min(len(name_a), len(name_b)) < 6:
        return False
    if not _romanised_alike(name_a, name_b):
        return False
    for x, y in zip(words_a, words_b, strict=True):
        if x == y:
            continue
        if min(len(x), len(y)) < MIN_VARIANT_WORD:
            return False
        if not _romanised_alike(x[:1], y[:1]):
            return False
    if len(words_a) == 1:
        return skeleton(name_a) != skeleton(name_b) and not a.articles & b.articles
    if a.type == "person" and words_a[0] != words_b[0] and words_a[1:] != words_b[1:]:
        return False  # one part of a person's name at a time: the rest written alike
    return fuzz.ratio(" ".join(words_a), " ".join(words_b)) >= SPELLING_THRESHOLD


@lru_cache(maxsize=1 << 16)
def _of_state(name: str) -> str | None:
    """The state whose name or adjective begins ``name`` ('Iraqi Parliament' -> 'Iraq')."""
    first = name.split()[0].removesuffix("'s").removesuffix("’s")
    return state_name(first) or demonym_state(first)


def canonical(merged: list[Merge]) -> dict[str, str]:
    """Each merged name to the name it finally joins (following chains, never looping)."""
    into = {m.name: m.into for m in merged}
    out = {}
    for name in into:
        seen, target = {name}, into[name]
        while target in into and target not in seen:
            seen.add(target)
            target = into[target]
        out[name] = target
    return out


_NAME_GOES_ON = re.compile(r"\b[A-Z][\w'’.-]* (?:of|for|and|in|on|to|at|against|between)$")
"""A capitalised word and a preposition or 'and' right before the name the brackets follow: that
name is the end of a longer one, whose acronym the brackets hold ("Mission in Somalia
(ATMIS)": no Somalia's); not a verb's preposition ("attacks blamed on Kurdistan Workers Party
(PKK) rebels": the party's own)."""


ACRONYM_IN_BRACKETS = re.compile(r"\( ?(\d?[A-Z][A-Za-z.&-]{1,7}) ?\)")
"""An acronym in brackets, as ``acronym_definitions`` reads them: "(PG&E)", "(C-MORE)"; "( KEIN
)": a space inside the brackets pads it (actors94); "(1MDB)": a figure may open it, as it
opens the name's first word ("1Malaysia", actors98). A text without one defines none
(``scans``)."""


def acronym_definitions(texts: Iterable[str], names: Iterable[str]) -> dict[str, str]:
    """'Syrian Democratic Forces (SDF)' in any text: the acronym to the name before it, when
    every definition of that acronym agrees."""
    known = set(names)
    lengths = sorted({len(name) for name in known}, reverse=True)
    seen: dict[str, Counter[str]] = defaultdict(Counter)
    for text in texts:
        for match in ACRONYM_IN_BRACKETS.finditer(text):
            before = text[: match.start()].rstrip()
            acronym = match.group(1)
            # The longest name the text before the brackets ends with, unless a shorter one
            # spells the acronym ("Parliament of New South Wales (NSW)": New South Wales).
            ends = [
                before[-length:]
                for length in lengths
                if length <= len(before) and before[-length:] in known
            ]
            letters = acronym.replace(".", "")
            spelt = [n for n in ends if initials(n) == letters]
            if spelt:
                seen[acronym][spelt[0]] += 1
            elif _home_in_brackets(acronym):
                continue  # "Jakaya Kikwete (Tanzania)": where he is from, no acronym
            elif ends and (tail := _spelt_by(ends[0], letters)):
                # "Parliament of New South Wales (NSW)": the place; but "The Indian Ministry
                # of External Affairs (MEA)": the body, whose state's adjective the acronym
                # leaves out
                head = ends[0][: -len(tail)].strip()
                seen[acronym][ends[0] if " " not in head and _of_state(head) else tail] += 1
            elif ends and not _NAME_GOES_ON.search(before[: -len(ends[0])].rstrip()):
                # "Kurdistan Workers' Party (PKK)": its own tongue; not the end of a longer
                # name ("Communist Party of |Cuba| (PCC)", "the African Union Transition
                # Mission in |Somalia| (ATMIS)")
                seen[acronym][ends[0]] += 1
    return {a: c.most_common(1)[0][0] for a, c in seen.items() if _one_body(c)}


def _one_body(longs: Counter[str]) -> bool:
    """Every definition of an acronym names one body: one long form, or the names of one
    joint body (``joint_key``)."""
    return len(longs) == 1 or (
        len({joint_key(n) for n in longs} - {None}) == 1 and all(joint_key(n) for n in longs)
    )


def _home_in_brackets(word: str) -> bool:
    """'(Tanzania)', '(Nigeria)', '(Kano)': a state's or a place's name written as a word, not
    in capitals, in brackets after a name says where that person or body is from ("former
    Presidents Jakaya Kikwete (Tanzania) and Olusegun Obasanjo (Nigeria)"); it defines no
    acronym. A state's acronym in capitals ("United Arab Emirates (UAE)") still does, and so
    does one that spells the name before it."""
    return not word.isupper() and bool(state_name(word) or place_kind(word))


_LISTED = re.compile(
    r"\b(?:of|for) (?:the )?((?:[A-Z][\w'’-]*, )+[A-Z][\w'’-]*),? (?:and|&) ([A-Z])"
)


def _initials_of_a_person(acronym: Found, long: Found | None) -> bool:
    """``long`` is a person whose initials ``acronym`` spells only by chance: a person's
    initials are a name for him only where the text defines them ("Andres Manuel Lopez
    Obrador (AMLO)", the definitions rule) or an article names both, the acronym read as a
    person too. Not the oil firm "BP" of one article and the footballer Benjamin Pavard of
    another (actors48, b222), nor an article's "BP" beside its analyst Bob Pearson (fix77)."""
    return (
        long is not None
        and long.type == "person"
        and (acronym.type != "person" or not acronym.articles & long.articles)
    )


def listed_initials(name: str) -> str:
    """'National Union of Rail, Maritime and Transport Workers' -> 'RMT': the initials of the
    subjects a body's name lists after 'of' (its head and last noun left out); '' if none."""
    listed = _LISTED.search(name)
    if not listed:
        return ""
    return "".join(w[0] for w in listed.group(1).split(", ")) + listed.group(2)


def _spelt_by(name: str, letters: str) -> str | None:
    """The last words of ``name`` that spell ``letters`` (the acronym names only them)."""
    words = name.split()
    tails = (" ".join(words[i:]) for i in range(1, len(words)) if words[i][:1].isupper())
    return next((tail for tail in tails if initials(tail) == letters), None)


def _abbreviated(name: str) -> bool:
    """'UH Mānoa', 'CU Boulder': an acronym and a word, a body's short form."""
    head, _, rest = name.partition(" ")
    return bool(rest) and " " not in rest and 2 <= len(head) <= 5 and head.isupper()


NAME_IN_BRACKETS = re.compile(r"\((?:the )?([A-Z][^()]{3,80}?)\)")
"""A name in brackets, as ``translations`` reads them: a text without one translates none
(``scans``)."""


def translations(texts: Iterable[str], names: Iterable[str]) -> dict[str, str]:
    """'Oberster Gerichtshof (Supreme Court of Justice)': a name in brackets right after
    another name, both found in the articles and neither an acronym -> the name before."""
    known = {n for n in names if not is_acronym(n) and (" " in n or len(n) > 6)}
    lengths = sorted({len(name) for name in known}, reverse=True)
    out: dict[str, str] = {}
    for text in texts:
        for match in NAME_IN_BRACKETS.finditer(text):
            inside = match.group(1).strip()
            if inside not in known:
                continue
            before = text[: match.start()].rstrip()
            if before.endswith((" Kft.", " Ltd.", " Inc.", " Corp.", " Co.")):
                before = before[:-1]  # "HDT Védelmi Ipari Kft. (HDT Limited)"
            for length in lengths:
                if length <= len(before) and before[-length:] in known:
                    if before[-length:] != inside:
                        out.setdefault(inside, before[-length:])
                    break
    return out
