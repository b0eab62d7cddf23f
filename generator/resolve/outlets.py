"""Outlets and media citations: each article's citations of news media, newspapers named by
their last word ("the |Post|"), "The" written as part of a name, channels spelt out
("Channel Four"), a broadcaster's services and home editions ("BBC Radio 4", "ABC
Australia"), and groups named by a number ("G7" for "Group of Seven"). One outlet, one page.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Container, Mapping, Sequence
from dataclasses import replace
from functools import partial

from ..gazetteer import state_name
from ..model import Article, Entity, Mention
from ..numerals import SPELT_NUMBERS
from ..steps import PerArticle, Steps
from .article import Candidate, publisher_named
from .decide import Verdict, demonym_state, media_citations, newspaper
from .names import NUMBERED_BODY, OUTLET_HEADS, initials

_LOWER_WORD_BEFORE = re.compile(r"(?:(?<![\w'’.-])[a-z][a-z'’-]*|,)\s+$")
"""A word in lower case or a comma right before: the middle of a sentence written in
sentence case, neither its start nor a headline's capitals ("told |The Verge|", "In
January, |The Wall Street Journal| made")."""


_THE_ENDS = re.compile(r"(?<![\w'’-])The\s+$")


def _the_in_name(
    auto: Sequence[Entity],
    mentions: Sequence[Mention],
    paragraphs: Mapping[str, Sequence[str]],
    curated_names: set[str],
) -> list[Entity]:
    """'a spokesperson told |The Verge|', 'as reported by The New York Times': a body the
    text names after a capital 'The' in the middle of a sentence (``_LOWER_WORD_BEFORE``)
    writes the article as part of its own name, and its page is called so, the name without
    it kept as an alias; a name written small ("told the BBC", "the UN said") or only at a
    sentence's start ("The Washington Post said") stays as it is. Only the found names of
    organisations and outlets, never a curated one, and not where "The X" names another page
    already."""
    bodies = {
        e.key: e for e in auto if e.type in ("organisation", "media") and e.name[:4] != "The "
    }
    taken = {e.name for e in auto} | curated_names
    with_the: set[str] = set()
    for m in mentions:
        e = bodies.get(m.entity)
        if e is None or m.entity in with_the:
            continue
        head = paragraphs[m.article][m.paragraph][: m.start]
        if m.text[:4] == "The ":
            bare = m.text[4:]
        elif the := _THE_ENDS.search(head[-12:]):
            bare, head = m.text, head[: len(head) - len(the.group())]
        else:
            continue
        bare = bare.removesuffix("'s").removesuffix("’s")
        if bare.casefold() == e.name.casefold() and _LOWER_WORD_BEFORE.search(head[-40:]):
            with_the.add(m.entity)
    out = []
    for e in auto:
        name = f"The {e.name}"
        if e.key in with_the and name not in taken:
            e = replace(e, name=name, aliases=tuple(sorted({*e.aliases, e.name} - {name})))
        out.append(e)
    return out


Citations = Mapping[str, Sequence[Sequence[str]]]
"""Each article's citations of a name as news media, by article id (``citations_of_texts``)."""


def citations_of_texts(articles: Sequence[Article], steps: Steps) -> dict[str, list[list[str]]]:
    """Each article's citations of a name as news media ("told CNN", "an AFP reporter":
    ``decide.media_citations``), then its own publisher named (``publisher_named``), by
    article. Both read the article's source and text alone: each article's are kept
    (``PerArticle``), so a rebuild after one edit searches only that article's text (its
    publisher's name was searched for in every article on every build, 0.07 s of CPU at
    1,000 articles), and finds them while the spaCy process parses the edit (``build``)."""
    kept = PerArticle(steps, "media-citations")
    found = {
        a.id: kept.get((a.id, a.source, a.paragraphs), partial(_cited_in, a), _cites)
        for a in articles
    }
    kept.save()
    return found


def _cited_in(article: Article) -> list[list[str]]:
    """``citations_of_texts`` of one article."""
    publisher = [[name] for name in sorted(publisher_named(article))]
    return [*media_citations(article.paragraphs), *publisher]


def _media_citations(
    articles: Sequence[Article],
    annotated: Container[str],
    steps: Steps,
    cited: Citations | None = None,
) -> list[Sequence[str]]:
    """Every annotated article's citations of a name as news media, its own publisher's
    included, in the articles' order: ``cited``, found already for these articles
    (``citations_of_texts``), or found now."""
    if cited is None:
        cited = citations_of_texts(articles, steps)
    return [c for a in articles if a.id in annotated for c in cited[a.id]]


def _cites(value: object) -> bool:
    """A kept value of ``media_citations``' form."""
    return isinstance(value, (list, tuple)) and all(
        isinstance(c, (list, tuple)) and all(type(n) is str for n in c) for c in value
    )


def _newspapers_short(
    candidates: list[Candidate], paragraphs: Mapping[str, tuple[str, ...]]
) -> list[Candidate]:
    """'The Washington Post said ... the company told the |Post|', 'according to the
    |Guardian|': a newspaper named by its last word after 'the'. It is the newspaper its
    article names in full with that word ("the Times of India" too); else its own name is
    'The' and the word ("The Guardian", "The Times"), an outlet, never a person or a one-word
    organisation. Where the article names two such papers, the word is left as it was. Where
    it writes "The" and the word alone in the middle of a sentence ("Sunak told |The Times|
    that"), that is a paper's own full name, not the Times of India's short form: every
    "The Times" of that article is that paper."""
    papers: dict[tuple[str, str], set[str]] = defaultdict(set)
    for c in candidates:
        if " " in c.name and c.label in ("ORG", "PERSON"):
            words = c.name.split()
            if newspaper(c.name):
                papers[(c.article, words[-1])].add(c.name)
            elif len(words) >= 3 and words[1] == "of" and words[0].lower() in OUTLET_HEADS:
                papers[(c.article, words[0])].add(c.name)  # "the Times of India"
    out = []
    for c in candidates:
        if (
            " " not in c.name
            and c.name.lower() in OUTLET_HEADS
            and c.name[:1].isupper()
            and c.name[1:].islower()
            and c.label not in ("GPE", "LOC", "NORP")
            and re.search(r"\b[Tt]he\s+$", paragraphs[c.article][c.paragraph][: c.start])
        ):
            named = papers.get((c.article, c.name), set())
            if (
                named
                and _THE_ENDS.search(paragraphs[c.article][c.paragraph][: c.start])
                and _paper_of_its_own(paragraphs[c.article], c.name)
            ):
                named = set()  # "told The Times" and "The Times of India": two papers
            elif len(named) > 1 or _papers_in_text(paragraphs[c.article], c.name) - named:
                # "the Times" where both the Times of India and the Hindustan Times are named,
                # or "the Post" where the text also names the New York Post, which the NER
                # did not find: not told which, so no mention (nor a page "Post").
                continue
            name = next(iter(named)) if named else f"The {c.name}"
            c = replace(c, name=name, label="ORG")
        out.append(c)
    return out


def _paper_of_its_own(paragraphs: Sequence[str], word: str) -> bool:
    """'Sunak told |The Times| that', 'a poll, The Sun reported': "The" and the newspaper's
    word written alone after a word in lower case or a comma (``_LOWER_WORD_BEFORE``), no
    "of …" after it, which only a paper called "The Times" is written as."""
    return any(
        _LOWER_WORD_BEFORE.search(paragraph[: m.start()])
        for paragraph in paragraphs
        for m in re.finditer(rf"(?<![\w'’-])The {re.escape(word)}\b(?! of\b)", paragraph)
    )


def _papers_in_text(paragraphs: Sequence[str], word: str) -> set[str]:
    """'New York Post' for 'Post': every name in the text of capitalised words ending in a
    newspaper's ``word``, without a leading 'The', found by the NER or not."""
    found = set()
    for paragraph in paragraphs:
        for m in re.finditer(rf"((?:[A-Z][\w.'’-]* )+){re.escape(word)}\b", paragraph):
            # "in June. The Times": a sentence's end, and a paper's name has no "The" within
            if head := m.group(1).rpartition("The ")[2].strip():
                found.add(f"{head} {word}")
    return found


_COUNTS = tuple(word.capitalize() for word in SPELT_NUMBERS)
"""One to twenty spelt out as a name writes them ("Channel Four", "Group of Seven")."""


def _spelt_channels(verdicts: Mapping[str, Verdict]) -> dict[str, str]:
    """A channel or station named by its number spelt out ("Channel Four's winter season")
    where the articles also name it in figures ("Channel 4"): one broadcaster, one page."""
    out = {}
    for name, verdict in verdicts.items():
        head, _, number = name.rpartition(" ")
        if verdict.name and head in ("Channel", "Radio", "BBC Radio") and number.isdigit():
            index = int(number) - 1  # one figure only: "Channel 1" to "Channel 9"
            spelt = f"{head} {_COUNTS[index]}" if 0 <= index < 9 else ""
            if spelt in verdicts and not verdicts[spelt].curated_key:
                out[spelt] = name
    return out


def _counted_groups(verdicts: Mapping[str, Verdict]) -> dict[str, str]:
    """A body named by capitals and a number ("G7", ``names.NUMBERED_BODY``) where the
    articles also spell it out ("Group of Seven"): the initials of the words before "of" and
    the count spelt out. One group, one page. The spelt-out names are indexed once, and only
    when some name is numbered."""
    numbered = {
        name: (found.group(1), int(found.group(2)))
        for name, verdict in verdicts.items()
        if verdict.name and (found := NUMBERED_BODY.fullmatch(name))
    }
    if not numbered:
        return {}
    spelt: dict[tuple[str, str], str] = {}
    for long, verdict in verdicts.items():
        head, of, count = long.partition(" of ")
        if of and verdict.name and count.removeprefix("the ") in _COUNTS:
            initials = "".join(w[0] for w in head.split())
            spelt.setdefault((initials, count.removeprefix("the ")), long)
    return {
        name: spelt[initials, _COUNTS[count - 1]]
        for name, (initials, count) in numbered.items()
        if 1 <= count <= len(_COUNTS) and (initials, _COUNTS[count - 1]) in spelt
    }


_SERVICE = re.compile(
    r"([A-Z]{2,5}) (?:News(?: Online)?|Radio(?: \d{1,2}| One| Two| Three| Four| Five)?"
    r"(?: (?:Scotland|Wales|Ulster|Cymru|Foyle|London))?|World Service|World News|Online)"
)
"""A broadcaster's acronym and one of its services: its news, its radio stations (by number
or by nation), its world service ("BBC News", "BBC Radio 4", "BBC Radio Scotland"). Not its
TV channels by number ("BBC Three"), programmes of their own."""


_NATIONAL_ARM = re.compile(r"([A-Z]{2,5}) (?:Scotland|Wales|Northern Ireland|Cymru)")
"""An acronym and a nation of the United Kingdom ("BBC Scotland"): a broadcaster's arm there
only where the briefing cites that acronym by a service (``_SERVICE``) too; else a body of
its own, which need be no broadcaster's ("NHS Wales", "NFU Scotland": fix60)."""


def _broadcaster_services(verdicts: Mapping[str, Verdict]) -> dict[str, Verdict]:
    """A broadcaster's service (``_SERVICE``) is the broadcaster: one outlet, one page, however
    an article cites it ("told BBC Radio 4 ... told BBC News": the BBC); so is its arm in a
    nation (``_NATIONAL_ARM``) where it is cited by a service too. Found auditing BBC
    politics news (actors33), whose articles cite the BBC by its stations, each a page of its
    own beside the BBC's."""
    out = {}
    arms = {}
    for name, verdict in verdicts.items():
        if not verdict.name or verdict.curated_key:
            continue
        if service := _SERVICE.fullmatch(name):
            outlet = service.group(1)
            out[name] = Verdict(outlet, verdict.type, f"a service of the broadcaster {outlet}")
        elif arm := _NATIONAL_ARM.fullmatch(name):
            arms[name] = arm.group(1), verdict.type
    broadcasters = {v.name for v in out.values()}
    for name, (outlet, kind) in arms.items():
        if outlet in broadcasters:
            out[name] = Verdict(outlet, kind, f"a nation's arm of the broadcaster {outlet}")
    return out


_EDITION = re.compile(r"([A-Z]{2,5}) ([A-Z][a-z]+(?: [A-Z][a-z]+)?)")
"""An acronym and a state's name after it ("ABC Australia", "CBC Canada")."""


_BROADCAST_LONG = frozenset("Broadcasting Broadcaster Broadcast Television Radio TV".split())
"""Words of a broadcaster's long name ("Australian Broadcasting Corporation")."""


_CALLED_BROADCASTER = (
    r"\b([A-Z][a-z]+)(?:['’]s)? (?:[a-z-]+ ){{0,2}}"
    r"(?:broadcaster|network|channel|station|news agency),? (?:the )?{}\b"
)
"""A state's adjective or name before "broadcaster X" ("Australian public broadcaster ABC")."""


def _home_editions(
    verdicts: Mapping[str, Verdict], definitions: Mapping[str, str], texts: Sequence[str]
) -> dict[str, Verdict]:
    """A broadcaster's acronym with its home state after it ("ABC Australia", "CBC Canada")
    is the broadcaster: the state tells it from a namesake abroad (America's ABC), it names
    no other body. Joined only when the texts say the acronym is that state's broadcaster,
    by its long name ("Australian Broadcasting Corporation") or in words ("Australian
    broadcaster ABC"); a body's national section ("UNICEF Australia") or another state's
    edition ("CNN Indonesia") stays its own."""
    out = {}
    spelling: dict[str, list[str]] | None = None
    for name, verdict in verdicts.items():
        edition = _EDITION.fullmatch(name)
        if not edition or not verdict.name or verdict.curated_key:
            continue
        outlet, state = edition.group(1), state_name(edition.group(2))
        own = verdicts.get(outlet)
        if state is None or own is None or not own.name:
            continue
        if spelling is None:  # only where some edition is written: one pass over the names
            spelling = defaultdict(list)
            for long, its in verdicts.items():
                if its.name == long and _BROADCAST_LONG & set(long.split()):
                    spelling[initials(long)].append(long)
        # "The Australian Broadcasting Corporation ... ABC Australia": the long name the
        # acronym spells, never defined in brackets, names the home too; of two ("American
        # Broadcasting Company" beside it), the one of that state is the edition's page.
        spelt = [n for n in spelling.get(outlet, ()) if _names_state(n, state)]
        if len(spelt) == 1 and spelt[0] not in (own.name, definitions.get(outlet)):
            own = verdicts[spelt[0]]
        longs = [n for n in (own.name, definitions.get(outlet)) if n and n != outlet]
        if any(_BROADCAST_LONG & set(n.split()) and _names_state(n, state) for n in longs):
            why = f"'{longs[0]}'"
        else:
            called = re.compile(_CALLED_BROADCASTER.format(re.escape(outlet)))
            said = (m.group(1) for text in texts if outlet in text for m in called.finditer(text))
            if not any(_names_state(word, state) for word in said):
                continue
            why = f"{state}'s broadcaster, as the text calls it"
        out[name] = Verdict(own.name, own.type, f"the broadcaster {outlet} with its home: {why}")
    return out


def _names_state(words: str, state: str) -> bool:
    """Some word of ``words`` is ``state``'s name or adjective."""
    return any(state_name(w) == state or demonym_state(w) == state for w in words.split())
