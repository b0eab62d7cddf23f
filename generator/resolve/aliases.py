"""Other names the text gives an actor: a real name after a stage name, a name on papers,
"known as", a long name in brackets or in another tongue for an acronym, an acronym spelt out
or an initialism ("MoD") of one name in its articles, a company whose name ends in 's, a
person's surname glued to the body they work for, a body's own-tongue name and acronym glossed
in English, a body's first word with a slip of the pen, and a familiar given name alone in
another article. Each becomes one actor, the other name its alias.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace
from functools import partial
from itertools import pairwise
from typing import NamedTuple

from ..gazetteer import state_name
from ..model import Article
from ..steps import PerArticle, Steps
from ..titles import TITLE_WORDS
from .article import HEADS_BEFORE_OF, Candidate, body_word
from .decide import Verdict
from .glued import _a_place
from .merge import slipped_openings
from .names import (
    POSSESSIVES,
    given_name,
    initials,
    is_acronym,
    is_initialism,
    spells_initialism,
)
from .sweeps import _changed_kept, _each_article
from .vocab import (
    KNOWN_AS_BEFORE,
    NAMED_UNTIL_BEFORE,
    REAL_NAME_BEFORE,
    RENAMED_BEFORE,
    RENAMED_CLOSED,
    UNTIL_CLOSED,
)


def _owners_in_articles(
    candidates: list[Candidate], articles: Sequence[Article], steps: Steps | None = None
) -> list[Candidate]:
    """``_surname_of_body`` then ``_possessive_names``, which read each candidate's own
    article alone and make one candidate of one, article by article; each article's kept
    by ``steps`` (only the candidates they change: most are left as they were)."""
    out = list(candidates)
    for _article, indexes, made in _each_article(
        PerArticle(steps or Steps(None), "owners"),
        candidates,
        _owners_in_article,
        _changed_kept,
        articles,
    ):
        for i, changed in zip(indexes, made, strict=True):
            if isinstance(changed, Candidate):
                out[i] = changed
    return out


def _owners_in_article(
    article: str, texts: tuple[str, ...], here: list[Candidate]
) -> list[Candidate | bool]:
    """``_owners_in_articles`` in one article: each candidate's, True where it is the same."""
    paragraphs = {article: texts}
    made = _possessive_names(_surname_of_body(here, paragraphs), paragraphs)
    return [True if c is was else c for c, was in zip(made, here, strict=True)]


def _spelt_out(
    candidates: list[Candidate],
    verdicts: Mapping[str, Verdict],
    definitions: Mapping[str, str],
    paragraphs: Mapping[str, tuple[str, ...]],
) -> dict[str, str]:
    """An organisation's acronym of three letters or more that no brackets define, whose
    letters begin the words of one capitalised name in its articles ("IRGC": "Islamic
    Revolutionary Guard Corps", even inside "… Corps Quds Force"): that long form, when no
    found name is (the merge joins an acronym to a found name its letters spell), and when a
    word of it names a body ("Corps", "Institute"): capitalised words that spell the letters
    by chance, as a headline's "New Rules Apply" does the NRA's, name none."""
    articles: dict[str, set[str]] = defaultdict(set)
    for c in candidates:
        articles[c.name].add(c.article)
    chains: dict[str, _Chains] = {}
    out: dict[str, str] = {}
    for name, verdict in sorted(verdicts.items()):
        if (
            verdict.name != name
            or verdict.type != "organisation"
            or verdict.curated_key
            or name in definitions
            or not (len(name) >= 3 and name.isalpha() and name.isupper())
        ):
            continue
        longs = {
            re.sub(r"['’]s?$", "", " ".join(found.split()))  # "… Corps' Quds Force"
            for article in sorted(articles.get(name, ()))
            for text in paragraphs.get(article, ())
            for found in _spelling(name, text, chains)
        }
        long = longs.pop() if len(longs) == 1 else ""
        if (
            long
            and long not in verdicts
            and not _a_place(long)
            and any(body_word(w) for w in long.split())  # not "New Rules Apply" (NRA)
        ):
            out[name] = long
    return out


_SMALL = r"(?:\s+(?:of|and|for|the|on|in))*\s+"
"""Words a long form may hold between the words its acronym's letters begin."""


_CHAIN = re.compile(rf"(?<![\w'’-])[A-Z][a-z][\w'’-]*(?:{_SMALL}[A-Z][a-z][\w'’-]*)*(?![\w'’-])")
"""Capitalised words joined by white space and those small words: an acronym's long form is
some of them in a row."""


_CAPITALISED = re.compile(r"[A-Z][\w'’-]*")


_INITIAL = re.compile(r"(?<!\S)[A-Z]")


class _Chains(NamedTuple):
    """A text's ``_CHAIN`` rows: each one's initials, and all of them joined by "|"."""

    initials: str
    rows: list[tuple[str, int, int]]


def _spelling(acronym: str, text: str, chains: dict[str, _Chains]) -> Iterator[str]:
    r"""What ``(?<![\w'’-])I[a-z][\w'’-]*(?:\s+(?:of|and|for|the|on|in))*\s+R[a-z][\w'’-]*…
    (?![\w'’-])`` finds in ``text`` for the acronym "IR…", without compiling a pattern per
    acronym (some 40 a build, 0.05 s): the acronym's letters as the initials of capitalised
    words in a row of ``_CHAIN``'s, left to right, never overlapping. ``chains`` keeps each
    text's rows for the next acronym."""
    if not (acronym.isascii() and acronym.isalpha() and acronym.isupper()):
        pattern = re.compile(  # a letter out of A to Z: the pattern itself
            r"(?<![\w'’-])" + _SMALL.join(f"{ch}[a-z][\\w'’-]*" for ch in acronym) + r"(?![\w'’-])"
        )
        yield from (match.group(0) for match in pattern.finditer(text))
        return
    found = chains.get(text)
    if found is None:
        rows = [("".join(_INITIAL.findall(m.group())), *m.span()) for m in _CHAIN.finditer(text)]
        found = chains[text] = _Chains("|".join(row[0] for row in rows), rows)
    if acronym not in found.initials:
        return
    size = len(acronym)
    for letters, start, end in found.rows:
        at = letters.find(acronym)
        if at < 0:
            continue
        words = [m.span() for m in _CAPITALISED.finditer(text, start, end)]
        while at >= 0:
            yield text[words[at][0] : words[at + size - 1][1]]
            at = letters.find(acronym, at + size)


def _surname_of_body(
    candidates: list[Candidate], paragraphs: Mapping[str, tuple[str, ...]]
) -> list[Candidate]:
    """'The study's lead authors, |Wilson of C-MORE| and Nick Hawco of USC': the surname of
    a person the article names in full, then the body they work for, read as one
    organisation's name; the candidate is the person (the body is named on its own). Not a
    body's head word after 'the' or of its own ("Charlotte Church criticised the |Church of
    England|"), nor one before a place: a company's arm there ("|Ford of Europe|", "General
    Motors of Canada") where the article names Henry Ford."""
    surnames: dict[str, set[str]] = defaultdict(set)
    for c in candidates:
        if c.label == "PERSON" and " " in c.name:
            surnames[c.article].add(c.name.split()[-1])
    out = []
    for c in candidates:
        of = re.fullmatch(r"([A-Z][\w'’-]+) of (?:the )?[A-Z]\S*(?: \S+){0,5}", c.name)
        if (
            of
            and c.label in ("ORG", "PERSON")
            and of.group(1) in surnames[c.article]
            and of.group(1).lower() not in TITLE_WORDS | HEADS_BEFORE_OF
            and (at := c.text.find(of.group(1))) >= 0
            and not re.search(r"\b[Tt]he\s+$", paragraphs[c.article][c.paragraph][: c.start + at])
            and not _a_place(c.name.split(" of ", 1)[1].removeprefix("the "))
        ):
            word = of.group(1)
            c = replace(
                c,
                start=c.start + at,
                end=c.start + at + len(word),
                text=word,
                name=word,
                label="PERSON",
            )
        out.append(c)
    return out


_NOT_AFTER_POSSESSIVE = re.compile(
    r"\s*(?:[,.;:!?)]|(?:said|says|say|is|was|has|had|have|will|would|could|announced|"
    r"confirmed|closed|opened|denied|added|downgraded|upgraded|rated|warned|estimated|and|or|in|"
    r"at|on|to|for|with)\b)"
)
"""What follows a name that is no possessive: a verb, a preposition or punctuation
("McDonald's said", "at McDonald's,"); "Trump's decision" has a noun."""


def _possessive_names(
    candidates: list[Candidate], paragraphs: Mapping[str, tuple[str, ...]]
) -> list[Candidate]:
    """'McDonald's said it would close', 'a McDonald's spokeswoman': a company whose name
    ends in 's, which cleaning took for a possessive. Where its article writes the name with
    the 's before a verb, a preposition or punctuation, and never without it, the 's is the
    name's own, in every mention of that article; so too where that mention was read as a
    place ("analysts at Moody's said") and another as an organisation."""
    owned: dict[tuple[str, str], str] = {}
    orgs = {(c.article, c.name) for c in candidates if c.label == "ORG"}
    for c in candidates:
        key = (c.article, c.name)
        text = paragraphs[c.article][c.paragraph]
        mark = text[c.end - 2 : c.end] if c.text.endswith(POSSESSIVES) else text[c.end : c.end + 2]
        if (
            key in owned
            or key not in orgs
            or c.label not in ("ORG", "LOC")  # "analysts at |Moody's| said", read as a place
            or mark not in POSSESSIVES
            or c.name.endswith("s")
            or c.name.isupper()  # "user ID's, photos": an acronym's plural
        ):
            continue
        if not _NOT_AFTER_POSSESSIVE.match(
            text, c.end + (0 if c.text.endswith(POSSESSIVES) else 2)
        ):
            continue
        bare = re.compile(rf"\b{re.escape(c.name)}\b(?!['’]s\b)")
        if not any(bare.search(p) for p in paragraphs[c.article]):
            owned[key] = mark
    out = []
    for c in candidates:
        if own := owned.get((c.article, c.name)):
            c = replace(c, name=c.name + own)
        out.append(c)
    return out


def _real_names(
    candidates: Sequence[Candidate],
    paragraphs: Mapping[str, tuple[str, ...]],
    verdicts: Mapping[str, Verdict],
) -> dict[str, str]:
    """Real names written right after a stage name ("Mars - real name Bob Allen Deal", "The
    Game, whose real name is Jayceon Taylor"), to the name of the actor they are: one person,
    one page. A one-word stage name is the person of the article whose full name ends with it
    ("Mick Mars"). A real name given for two stage names is left alone, and so is one after
    a name of another type ("arrested by |Scotland Yard| - real name Peter Jones": the
    person is someone else, fix42)."""
    here: dict[tuple[str, int], list[Candidate]] = defaultdict(list)
    full: dict[str, set[str]] = defaultdict(set)
    for c in candidates:
        here[c.article, c.paragraph].append(c)
        if " " in c.name and "PERSON" in (c.label, c.ner_label):
            full[c.article].add(c.name)
    found: dict[str, set[str]] = defaultdict(set)
    for (article, p), spans in sorted(here.items()):
        spans.sort(key=lambda c: c.start)
        text = paragraphs[article][p]
        for stage, real in pairwise(spans):
            if " " not in real.name or not _REAL_NAME.match(text[stage.end : real.start]):
                continue
            name = stage.name
            if " " not in name:
                ends = {n for n in full[article] if n.endswith(f" {name}") and n != real.name}
                name = next(iter(ends)) if len(ends) == 1 else name
            if name != real.name:
                found[real.name].add(name)
    return {
        real: stage
        for real, (stage,) in ((r, tuple(s)) for r, s in found.items() if len(s) == 1)
        if stage in verdicts
        and verdicts[stage].name
        and real in verdicts
        and verdicts[real].name
        and verdicts[real].type == verdicts[stage].type
        and not verdicts[real].curated_key
    }


_REAL_NAME = re.compile(REAL_NAME_BEFORE)


_PAPERS_READ = re.compile(
    r"\s*,\s*whose\s+(?:(?:travel|identity|diplomatic)\s+)?(?:passports?|documents?|papers)\s+"
    r"(?:read|reads|bore|bear|bears|showed|show|shows|gave|give|gives)\s+"
    r"(?:the\s+name\s+(?:of\s+)?)?[\"“‘']?\s*$"
)
"""'X, whose travel documents read "|Y|"': the name after is the bearer's on his papers."""


_FOUND_TO_BE = re.compile(r"(?:\bthat|\bknown\s+as|\bnamed)\s+$")
"""'established that |Y| is |X|', 'the body known as |Y| is |X|': a finding that the name
first read is the second's person."""


_IS = re.compile(r"\s+is\s+$")


_CLAUSE_END = re.compile(r"\s*(?:[,.;:!?\"”)]|['’](?!s\b)|$)")
"""The second name ends the finding: not "Joe Biden's rival"."""


def _names_on_papers(
    candidates: Sequence[Candidate],
    paragraphs: Mapping[str, tuple[str, ...]],
    verdicts: Mapping[str, Verdict],
) -> dict[str, str]:
    """Another name the text says a person bears ("Kim Jong Nam, whose travel documents read
    "|Kim Chol|"", "we have established that |Kim Chol| is |Kim Jong Nam|", "the body known as
    Y is X"), to that person's name: one person, one page, the name on the papers an alias.
    Only between two full names both found as people and neither curated; a name said to be
    two people's is left alone. "She held a passport with the name Siti Aishah" names no
    other person: her own."""
    here: dict[tuple[str, int], list[Candidate]] = defaultdict(list)
    for c in candidates:
        if " " in c.name and "PERSON" in (c.label, c.ner_label):
            here[c.article, c.paragraph].append(c)
    found: dict[str, set[str]] = defaultdict(set)
    for (article, p), spans in sorted(here.items()):
        spans.sort(key=lambda c: c.start)
        text = paragraphs[article][p]
        for first, second in pairwise(spans):
            between = text[first.end : second.start]
            if _PAPERS_READ.fullmatch(between):
                found[second.name].add(first.name)
            elif (
                _IS.fullmatch(between)
                and _FOUND_TO_BE.search(text, max(0, first.start - 12), first.start)
                and _CLAUSE_END.match(text, second.end)
            ):
                found[first.name].add(second.name)
    return {
        alias: bearer
        for alias, (bearer,) in ((a, tuple(b)) for a, b in found.items() if len(b) == 1)
        if alias != bearer
        and all(
            n in verdicts and verdicts[n].type == "person" and not verdicts[n].curated_key
            for n in (alias, bearer)
        )
    }


_NICKNAME_INSIDE = re.compile(
    r"\b([A-Z][\w.'-]+) [“\"](\w[\w.-]*)[”\"] ([A-Z][\w'-]+(?: [A-Z][\w'-]+)?)"
)
"""'Jeremy "Spike" Cohen': a given name, a quoted nickname, a surname (``_quoted_nicknames``)."""


def _quoted_nicknames(
    candidates: Sequence[Candidate],
    paragraphs: Mapping[str, tuple[str, ...]],
    verdicts: Mapping[str, Verdict],
) -> dict[str, str]:
    """The nickname and surname of a person written with a quoted nickname inside the name
    ('Jeremy "Spike" Cohen' → "Spike Cohen"), to the name without it ("Jeremy Cohen", which
    name cleaning keeps): the text says one person, so "Spike Cohen" later in the article is
    an alias, not a second page. Only where the article names both as people, neither
    curated, and the nickname form is given to one full name only."""
    names_in: dict[str, set[str]] = defaultdict(set)
    for c in candidates:
        names_in[c.article].add(c.name)
    found: dict[str, set[str]] = defaultdict(set)
    for article, names in sorted(names_in.items()):
        for text in paragraphs.get(article, ()):
            if '"' not in text and "“" not in text:
                continue
            for match in _NICKNAME_INSIDE.finditer(text):
                given, nickname, surname = match.groups()
                full, nick = f"{given} {surname}", f"{nickname} {surname}"
                if full in names and nick in names:
                    found[nick].add(full)
    return {
        nick: full
        for nick, (full,) in ((n, tuple(f)) for n, f in sorted(found.items()) if len(f) == 1)
        if all(
            n in verdicts and verdicts[n].type == "person" and not verdicts[n].curated_key
            for n in (nick, full)
        )
        and verdicts[nick].name != verdicts[full].name
    }


def _known_as(
    candidates: Sequence[Candidate],
    paragraphs: Mapping[str, tuple[str, ...]],
    verdicts: Mapping[str, Verdict],
) -> dict[str, str]:
    """Other names an organisation's text gives it right after its name ("The Toronto-Dominion
    Bank, known as TD", "X (First MSMU), also called Sechenov University", "X (also known as
    Daesh)"), to the name they follow, and a former name ("X (formerly Y)", "X, formerly known
    as Y"; "Y, renamed X in 1987" to the new name, second): the text itself says one body, one
    page, the other name an alias on it. Only between
    two names found as organisations: a person's nickname ("Joaquin Guzman, known as El
    Chapo", read as a body) is left as the NER read it, and so is a name said to be another
    of two names. A person's name then "known as" or "called" another name ("Joko Widodo,
    known as Jokowi"; "Joaquin Guzman, known as El Chapo", read as a body) gives the person's
    nickname: the nickname joins the person (never a former name: "formerly Y" after a person
    tells an office more often than a name), never a state, never a curated name."""
    here: dict[tuple[str, int], list[Candidate]] = defaultdict(list)
    for c in candidates:
        here[c.article, c.paragraph].append(c)
    found: dict[str, set[str]] = defaultdict(set)
    nicknames: set[tuple[str, str]] = set()
    """(other name, name) said by "known as" or "called", not by "formerly" or a renaming."""
    for (article, p), spans in sorted(here.items()):
        text = paragraphs[article][p]
        ends = {c.end: c for c in spans}
        for other in spans:
            before = text[max(0, other.start - 24) : other.start]
            if not any(word in before for word in _ANOTHER_NAME_WORDS):
                continue
            renamed = _RENAMED.search(text, 0, other.start)
            until = _UNTIL_CLOSED.match(text, other.end)
            closed = _CLOSED.match(text, other.end) or (
                _RENAMED_CLOSED.match(text, other.end) if renamed else until
            )
            match = renamed or _KNOWN_AS.search(text, 0, other.start)
            if until and not match:
                match = _NAMED_UNTIL.search(text, 0, other.start)
            if not closed or not match:
                continue  # "X, called Human Rights Watch a partner": a verb's object
            named = ends.get(len(text[: match.start()].rstrip()))
            if named is not None and named.name != other.name and not _ends_clause(text, named):
                if renamed:  # "Y, renamed X in 1987": the new name, second, is the page's
                    found[named.name].add(other.name)
                else:
                    found[other.name].add(named.name)
                    if _NICKNAMED.search(match.group()) and not until:
                        nicknames.add((other.name, named.name))

    def typed(name: str, *kinds: str) -> bool:
        verdict = verdicts.get(name)
        return bool(verdict and verdict.name and verdict.type in kinds)

    return {
        other: named
        for other, (named,) in ((o, tuple(n)) for o, n in sorted(found.items()) if len(n) == 1)
        if not verdicts[other].curated_key
        and (
            (typed(other, "organisation") and typed(named, "organisation"))
            or (
                (other, named) in nicknames
                and typed(named, "person")
                and typed(other, "person", "organisation")
                and verdicts[other].name != verdicts[named].name
            )
        )
    }


def _spelt_in_brackets(
    candidates: Sequence[Candidate],
    paragraphs: Mapping[str, tuple[str, ...]],
    verdicts: Mapping[str, Verdict],
) -> dict[str, str]:
    """A long name in brackets right after an organisation's acronym, in any tongue ("ELAM
    (Escuela Latinoamericana de Medicina)"), to the acronym: the text spells the acronym out,
    so the two are one body (actors71), whatever the NER made of the long name (a person, for
    a Spanish name). Not a state, nor a curated name, nor a long name spelt for two acronyms.
    An acronym and a translation with no brackets between them stay apart."""
    here: dict[tuple[str, int], dict[int, Candidate]] = defaultdict(dict)
    for c in candidates:
        here[c.article, c.paragraph][c.start] = c
    found: dict[str, set[str]] = defaultdict(set)
    for c in candidates:
        if not is_acronym(c.name):
            continue
        text = paragraphs[c.article][c.paragraph]
        opened = _OPENED.match(text, c.end)
        long = here[c.article, c.paragraph].get(opened.end()) if opened else None
        if long is not None and " " in long.name and text[long.end : long.end + 1] == ")":
            found[long.name].add(c.name)

    def body(name: str) -> bool:
        verdict = verdicts.get(name)
        return bool(verdict and verdict.name and verdict.type == "organisation")

    return {
        long: acronym
        for long, (acronym,) in ((n, tuple(a)) for n, a in sorted(found.items()) if len(a) == 1)
        if body(acronym)
        and (verdict := verdicts.get(long)) is not None
        and verdict.type != "state"
        and not verdict.curated_key
    }


def _translated_acronyms(
    candidates: Sequence[Candidate], verdicts: Mapping[str, Verdict]
) -> dict[str, str]:
    """A body's name in its own tongue whose initials spell an acronym that the text already
    gives for another, English, name ("Escola Latino Americana de Medicina" beside "the Latin
    American School of Medicine, known as ELAM"), to the acronym: the acronym is the one
    body's, so its two names are too (a translation, which no bracket need join). Only in an
    article that writes the acronym; only where the English name does not spell the acronym
    itself (then the two long names are two bodies sharing one), never a state or a curated
    name, and each acronym for one long name only."""
    articles_of: dict[str, set[str]] = defaultdict(set)
    for c in candidates:
        articles_of[c.name].add(c.article)
    acronyms: dict[str, set[str]] = defaultdict(set)
    written: dict[str, str] = {}
    for name, where in articles_of.items():
        verdict = verdicts.get(name)
        if (
            verdict is not None
            and verdict.name
            and verdict.name != name
            and verdict.type in ("organisation", "media")
            and is_acronym(name)
            and initials(verdict.name) != (letters := name.replace(".", ""))
        ):
            acronyms[letters] |= where
            written.setdefault(letters, name)
    if not acronyms:
        return {}
    spelling: dict[str, set[str]] = defaultdict(set)
    for name, where in articles_of.items():
        verdict = verdicts.get(name)
        if (
            " " in name
            and verdict is not None
            and verdict.name == name
            and verdict.type != "state"
            and not verdict.curated_key
            and (letters := initials(name)) in acronyms
            and where & acronyms[letters]
        ):
            spelling[letters].add(name)
    return {
        next(iter(longs)): written[letters]
        for letters, longs in sorted(spelling.items())
        if len(longs) == 1
    }


_OPENED = re.compile(r" \((?:the )?")
"""An opening bracket right after a name, before the long form it spells out."""


def _ends_clause(text: str, named: Candidate) -> bool:
    """The name ends an aside clause the comma after it closes ("The minister, who had spoken
    to |Oxfam|, called the Red Cross"): what follows is the sentence's verb, not another name
    of it (fix71, from probes). Only a clause opened by a comma and its word: "said that
    the Toronto-Dominion Bank, known as TD, ..." opens no aside before the name."""
    begun = text.rfind(",", 0, named.start)
    if begun < 0 or any(text.find(mark, begun, named.start) >= 0 for mark in ";:()."):
        return False
    aside = _CLAUSE_OPENER.match(text, begun + 1, named.start)
    # "John Smith, a spokesman for |Oxfam|, called the Red Cross": an apposition whose last
    # words are a preposition and the name (review12)
    return bool(aside or _APPOSITION.fullmatch(text, begun + 1, named.start))


_KNOWN_AS = re.compile(KNOWN_AS_BEFORE)


_RENAMED = re.compile(RENAMED_BEFORE)


_RENAMED_CLOSED = re.compile(RENAMED_CLOSED)


_NAMED_UNTIL = re.compile(NAMED_UNTIL_BEFORE)


_UNTIL_CLOSED = re.compile(UNTIL_CLOSED)


_NICKNAMED = re.compile(
    r"(?<!formerly )(?<!previously )(?<!once )(?<!originally )(?<!then )"
    r"(?:known as|called)\s"
)
""""known as" or "called" that gives a name now, not a former one (``_known_as``)."""


_ANOTHER_NAME_WORDS = ("known as", "called", "formerly", "previously", "renamed", "named")
"""A cheap first test of the 24 characters before a name, before the patterns run."""


_CLAUSE_OPENER = re.compile(
    r"\s*(?:who|whom|whose|which|where|when|while|after|before|since|because|if|although)\b",
    re.IGNORECASE,
)


_APPOSITION = re.compile(
    r"\s*(?:a|an|the|its|his|her|their)\s[^,;:()]*\b(?:for|of|at|from|with|by|to|in|on)\s+"
    r"(?:the\s+)?",
    re.IGNORECASE,
)


_CLOSED = re.compile(r"\s*(?:[,;:)]|\.(?!\w)|$)")
"""What ends an aside naming another name ("known as TD, reported", "(also known as Daesh)")."""


def _initialisms(
    verdicts: Mapping[str, Verdict], candidates: Sequence[Candidate]
) -> dict[str, str]:
    """A body's initialism with its small words' letters in lower case ("MoD", "BoE", "TfL",
    ``names.is_initialism``) in an article that names one organisation it spells
    (``names.spells_initialism``): that organisation, whatever the initialism was read as
    alone ("MoD" as a place, "BoE" as a region of Nauru). Found in BBC and Wikinews pools
    (actors38: the Ministry of Defence, the Bank of England, Transport for London), where
    the merge's initials rule, which wants capitals only, left each a lost mention."""
    shorts = {
        name
        for name, verdict in verdicts.items()
        if is_initialism(name) and not verdict.curated_key
    }
    if not shorts:
        return {}
    names_in: dict[str, set[str]] = defaultdict(set)
    for c in candidates:
        names_in[c.article].add(c.name)
    beside: dict[str, list[set[str]]] = defaultdict(list)  # each initialism's articles' names
    for _article, names in sorted(names_in.items()):
        for short in shorts & names:
            beside[short].append(names)
    out = {}
    for short in sorted(beside):
        longs = {
            verdict.name: name
            for names in beside[short]
            for name in sorted(names)  # one pick whatever the hash seed
            if (verdict := verdicts.get(name)) is not None
            and verdict.name
            and verdict.type == "organisation"
            and spells_initialism(short, name)
        }
        if len(longs) == 1:
            (out[short],) = longs.values()
    return out


_GLOSS_AFTER = re.compile(r" \(([A-Z](?:\.?[A-Z]){1,5}\.?)\),? (?:or |also |known as )*(?:the )?")
"""'|Escola … Medicina| (ELAM), the |Latin American School of Medicine|': an acronym in
brackets after a name, then an English gloss in apposition (``_glossed_acronyms``)."""
_GLOSS_INSIDE = re.compile(r" \((?:in |the )?(?:[A-Z][a-z]+: |[A-Z][a-z]+ name:? )?(?:the )?")
"""'|National Liberation Army| (Spanish: |Ejército de Liberación Nacional|, ELN)': the body's
own-tongue name opens the brackets after its English name, its tongue named or not."""
_GLOSS_INSIDE_END = re.compile(r", ([A-Z](?:\.?[A-Z]){1,5}\.?)\)")
_GLOSS_ENDS = re.compile(r"\s*(?:[,;:)]|\.(?!\w)|$)")
"""What ends an apposition gloss: not "and", which makes the name one of a list."""
_LIST_GOES_ON = re.compile(r"\s*,\s*(?:and |or )?(?:the )?[A-Z]|\s+(?:and|or|&)\s")
"""A name after the gloss ("…, the United Nations, and NATO"): a list, no gloss."""


_INTRODUCED = (
    r"\b{0},\s+(?:an?\s|\d{{1,3}}\s*,)"
    r"|\b(?:[Aa]n? (?:[\w-]+ ){{1,3}}(?:named|called)|identified(?: only)? as|known only as"
    r"|gav?e (?:his|her|their) (?:first )?name(?: only)? as)\s+{0}\b"
)
"""A name introduced as someone new: by the apposition after it, an indefinite description or
an age ("Mohammed, a shopkeeper in Cairo,", "John, 45,"), or by the words that give a new
person's name ("a farmer named John", "who gave his name only as Mohammed"; not "Uhuru called
Raila a liar": only after an indefinite noun); never how a known person is named again
(review41). ``{0}``: the name."""


def _familiar_given_names(
    candidates: Sequence[Candidate],
    verdicts: Mapping[str, Verdict],
    labels: Mapping[str, Counter[str]],
    lowercase: frozenset[str],
    paragraphs: Mapping[str, tuple[str, ...]],
    steps: Steps | None = None,
) -> dict[str, str]:
    """A lone word read as a person's name in articles that name no one in full with it, or
    named twice or more only in articles that name its bearer in full (read as anything:
    "|Raila| and Kibaki" beside "Raila Odinga", actors105), to the one person of the
    briefing whose full name it opens ("Raila told supporters …
    Raila said", "Raila Odinga" in another article): East African, Arab, Thai and Korean news
    name a leader by the given name (or, Korean, the family name written first) as the
    familiar form; Brazilian news by a word inside the full name ("Lula" of "Luiz Inácio
    Lula da Silva", after a capitalised word). Only where the word opens or is inside one
    person's full name (two words or more) and is the last of none (then it is a surname,
    ``_placed_in``'s), no curated name, state or other actor's, and may be a given name
    (``given_name``: no common word, title or place); and only where its articles and the
    person's share an actor (a given name alone in an unrelated article is anyone's:
    "Francis" of the Pope beside a "Francis Rooney"), a person or a body: a state or an
    outlet is named across unrelated news ("Wyatt", Don Imus's son, and Gloria Vanderbilt's
    husband "Wyatt Cooper" both name the United States). A word an apposition introduces as
    someone new ("Mohammed, a shopkeeper in Cairo, said", ``_INTRODUCED``) is that article's
    own bearer, not the briefing's (review41). That test is the one part of the join that
    reads text, per word: kept by ``steps`` under the word and the texts it reads
    (``_introduced_in``), so that a rebuild after one edit reads again, and compiles a
    pattern for, only the words the edited article is read for (perf81)."""
    articles: dict[str, set[str]] = defaultdict(set)
    actors_in: dict[str, set[str]] = defaultdict(set)
    for c in candidates:
        articles[c.name].add(c.article)
        verdict = verdicts.get(c.name)
        if verdict is not None and verdict.name and verdict.type not in ("state", "media"):
            actors_in[c.article].add(verdict.name)  # (a state, an outlet: named everywhere)
    opening: dict[str, set[str]] = defaultdict(set)
    closing: set[str] = set()
    for name, verdict in verdicts.items():
        words = name.split()
        if verdict.name == name and verdict.type == "person" and len(words) >= 2:
            opening[words[0]].add(name)
            closing.add(words[-1])
            for before, word in pairwise(words[:-1]):
                if before[:1].isupper() and word[:1].isupper():
                    # "President Lula" where another article names "Luiz Inácio Lula da
                    # Silva": a familiar name inside the full one (not a father's after
                    # "bin", "ibn", "ould": "Rashid" of "Mohammed bin Rashid Al Maktoum")
                    opening[word].add(name)
    out = {}
    kept: PerArticle | None = None  # made (its file read) only where a word is tested
    for word, bearers in opening.items():
        verdict = verdicts.get(word)
        if (
            len(bearers) != 1
            or verdict is None
            or verdict.curated_key
            or verdict.name not in (None, word)
            or verdict.type == "state"
            or word in closing
            or is_acronym(word)
            or not given_name(word, lowercase)
        ):
            continue
        (person,) = bearers
        if verdicts[person].curated_key:
            continue
        here = articles[word] - articles[person]
        read = labels.get(word, Counter())
        if (
            not here
            and person.split()[0] == word  # opens it: not "Hindu" inside a body's name
            and sum(read.values()) >= 2
            and not read["NORP"]  # "the Hindu god": a faith's or a people's adjective
        ):
            # "The deal between |Raila| and Kibaki" where the article names "Raila Odinga":
            # the one bearer of the article, however the NER labelled the word (actors105)
            out[word] = person
            continue
        if not read["PERSON"]:
            continue
        texts = [paragraphs.get(a, ()) for a in sorted(here)]
        kept = kept or PerArticle(steps or Steps(None), "introduced")
        if kept.get((word, *texts), partial(_introduced_in, word, texts), _is_bool):
            continue
        theirs = set().union(*(actors_in[a] for a in articles[person])) - {person}
        shared = set().union(*(actors_in[a] for a in here)) & theirs if here else set()
        if here and shared - {word}:
            out[word] = person
    if kept is not None:
        kept.save()
    return out


def _introduced_in(word: str, texts: Sequence[tuple[str, ...]]) -> bool:
    """Whether a paragraph of ``texts`` (articles' paragraphs) introduces ``word`` as someone
    new (``_INTRODUCED``): what ``_familiar_given_names`` reads of the text for a word."""
    introduced = re.compile(_INTRODUCED.format(re.escape(word)))
    return any(introduced.search(text) for paragraphs in texts for text in paragraphs)


def _is_bool(value: object) -> bool:
    return type(value) is bool


def _slipped_openings(
    candidates: Sequence[Candidate],
    verdicts: Mapping[str, Verdict],
    labels: Mapping[str, Counter[str]],
) -> dict[str, str]:
    """``merge.slipped_openings`` of the candidates: each lone word that is no curated name,
    state or other actor's, and each body's own name of two words or more, with their
    articles. A word the NER reads as a person's name more often than a body's is a person,
    no body's slip ("Marnie, the widow …" beside "the Marine Corps", review41)."""
    articles: dict[str, set[str]] = defaultdict(set)
    for c in candidates:
        if c.name in verdicts:
            articles[c.name].add(c.article)
    alone, bodies = {}, {}
    for name, where in articles.items():
        verdict = verdicts[name]
        if verdict.curated_key:
            continue
        if " " in name:
            if verdict.name == name and verdict.type == "organisation":
                bodies[name] = frozenset(where)
        elif (
            not is_acronym(name)
            and verdict.name in (None, name)
            and verdict.type != "state"
            and not state_name(name)
            and not _read_as_person(labels.get(name, Counter()))
        ):
            alone[name] = frozenset(where)
    return slipped_openings(alone, bodies) if alone and bodies else {}


def _read_as_person(label: Counter[str]) -> bool:
    """The NER read a word as a person's name more often than as a body's."""
    return label["PERSON"] > label["ORG"] + label["NORP"] + label["FAC"]


def _glossed_acronyms(
    candidates: Sequence[Candidate],
    paragraphs: Mapping[str, tuple[str, ...]],
    verdicts: Mapping[str, Verdict],
) -> dict[str, str]:
    """A body's own-tongue name, its acronym and its English gloss written together, each to
    the English name (GOLD.md's standard English name): "F (A), the E," (the gloss in
    apposition after the acronym's brackets) and "E (Spanish: F, A)" (the own-tongue name and
    acronym in brackets after the English name). The acronym opens with the first letter of
    F (it is F's, however loosely it spells it: "ELAM", "Escola Latinoamericana de
    Medicina"); E is a name of two words or more found as an organisation, and a gloss ends
    where the apposition does (a comma, a bracket, the sentence), never before "and" or
    another name (a list: "Tampere University (TAU), the University of Helsinki and …", "the
    European Union (EU), the United Nations, and NATO"). Never a state, a curated name, or a
    name glossed two ways."""
    here: dict[tuple[str, int], dict[int, Candidate]] = defaultdict(dict)
    for c in candidates:
        here[c.article, c.paragraph][c.start] = c
    found: dict[str, set[str]] = defaultdict(set)

    def body(name: str) -> bool:
        verdict = verdicts.get(name)
        return bool(verdict and verdict.name and verdict.type == "organisation")

    for (article, p), starts in here.items():
        text = paragraphs[article][p]
        for c in starts.values():
            if " " not in c.name or is_acronym(c.name):
                continue
            if (after := _GLOSS_AFTER.match(text, c.end)) and after.group(1)[0] == c.name[0]:
                # (the NER's span may open with the "the" the pattern read past)
                english = starts.get(after.end()) or starts.get(after.end() - len("the "))
                if (
                    english is not None
                    and " " in english.name
                    and _GLOSS_ENDS.match(text, english.end)
                    and not _LIST_GOES_ON.match(text, english.end)
                    and body(english.name)
                ):
                    found[after.group(1)].add(english.name)
                    found[c.name].add(english.name)
            if (inside := _GLOSS_INSIDE.match(text, c.end)) and body(c.name):
                own = starts.get(inside.end()) or starts.get(inside.end() - len("the "))
                closed = _GLOSS_INSIDE_END.match(text, own.end) if own is not None else None
                if own is not None and closed and closed.group(1)[0] == own.name[0]:
                    found[closed.group(1)].add(c.name)
                    found[own.name].add(c.name)
    out = {}
    for other, (gloss,) in ((o, tuple(e)) for o, e in sorted(found.items()) if len(e) == 1):
        verdict = verdicts.get(other)
        if other == gloss or (verdict is not None and verdict.curated_key):
            continue
        if verdict is not None and verdict.type == "state" and verdict.name:
            continue
        out[other] = gloss
    return out
