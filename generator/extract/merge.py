"""One page per real event or agreement: proposals merged, curated records absorbing theirs.

A proposal is what one sentence says (a type, the actors involved, a date, a place). The
same occurrence reported by several sentences or articles is merged (same type, a shared
actor, compatible dates and places); a curated event or agreement absorbs the proposals that
match it, and never has a field overwritten: its page simply quotes their sentences too.
Ids come from the content (type, actors, date), not from the order things were found in.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from ..dates import human_date
from ..ids import slugify
from ..model import Entity, Mention, actor_key, type_name
from ..words import folded_quote
from .vocabulary import AGREE, AGREEMENT_NOUNS, GENERAL, OWNED_BY_SIDES, PACT_HEADS, RECOGNISE

SPOKEN = frozenset({"statement", "announcement", "pledge", "proposal", "report", "publication"})
"""Types of words said: named by their speaker and what they were about; one speaker's
words are theirs, whoever else they name ("Two speakers criticising one decision")."""
ONCE = frozenset({"statement", "death", "birth", "killing", "founding"})
"""Types an undated sentence means the article's dated one of, whatever its year: a person
dies, is born or is killed once, a body founded once."""


@dataclass(frozen=True)
class Proposal:
    """What one sentence says about an event or agreement, tied to resolved actors."""

    kind: str
    """``events`` or ``agreements``."""
    type: str
    agents: tuple[str, ...]
    """Actor ids that acted (events) or the parties (agreements)."""
    patients: tuple[str, ...]
    date: str | None
    date_text: str | None
    place: str | None
    mention: Mention
    """The words that name it, as a mention of the proposal (its evidence sentence)."""
    article_date: str
    value: str | None = None
    subject: str | None = None
    status: str | None = None
    name: str | None = None
    separate: bool = False
    """Its sentence says it is another occurrence than one reported ("in a separate case",
    "another federal judge sentenced Manafort"): it joins only one of the very same date."""
    reference: str | None = None
    """The day its article's relative dates count from (the dateline's), when not its date."""
    agreement: int | None = field(default=None, compare=False)
    """For a signing: the index of the agreement proposal it signs, among the proposals."""
    affiliations: tuple[str, ...] = ()
    """Actor ids named only in a participant's title ("Taliban spokesperson Zabiullah
    Mujahid"): no participants, but the same event as a report in which they take part ("The
    Taliban have claimed responsibility")."""
    occasion: str | None = None
    """For a statement: the audience (an actor id) or setting ("twitter", "press conference")
    its words were said on, named or continued (``events.occasions``); None when its article
    names none for the speaker."""

    @property
    def actors(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys((*self.agents, *self.patients)))


def _other_agreement(p: Proposal, q: Proposal) -> bool:
    """Two agreements by what their words say they are: two names sharing no capitalised
    word ("the Paris Agreement", "the Joint Comprehensive Plan of Action"), or a phrase
    whose kind no word of the other's name or phrase is ("trade agreements" signed after
    "the Joint Comprehensive Plan of Action" was left)."""
    if p.name and q.name:  # "the Paris Agreement" and "the Paris climate accord" are one
        mine, theirs = set(p.name.split()), set(q.name.split())
        if mine - _generic(p.name) and theirs - _generic(q.name):
            mine, theirs = mine - _generic(p.name), theirs - _generic(q.name)
        return not {w for w in mine if w[:1].isupper()} & theirs
    mine, theirs = _kind_words(p), _kind_words(q)
    return bool(mine) and bool(theirs) and not mine & theirs


def _same_name(p: Proposal, q: Proposal) -> bool:
    """Two names of one agreement, whoever the sentences name as its parties: the
    distinctive words of one name are all in the other's ("the Paris Agreement" and "the
    Paris Climate Accord"; not "the Treaty of Rome" and "the Treaty of Lisbon")."""
    mine, theirs = _distinctive(p.name), _distinctive(q.name)
    if not (mine and theirs):
        return False
    extra = {w.casefold() for w in mine ^ theirs}
    return (mine <= theirs or theirs <= mine) and extra <= TOPIC_WORDS


TOPIC_WORDS = frozenset("climate nuclear trade arms".split())
"""Words one name of an agreement may add to another's ("the Paris Climate Accord" for "the
Paris Agreement"); any other ("the Paris Peace Accords", a second place) makes another."""


def _distinctive(name: str | None) -> set[str]:
    """The capitalised words of an agreement's name that are not its kind's ("Paris")."""
    if not name:
        return set()
    words = {w for w in name.split() if w[:1].isupper() and w.casefold() not in DETERMINERS}
    return words - _generic(name)


def _generic(name: str) -> set[str]:
    """The words of a name any agreement's may have ("Treaty", "Agreement", "Joint"): (the
    Treaty of Lisbon, the Treaty of Rome) and (the Paris Agreement, the Minsk Agreement) are
    two."""
    return {w for w in name.split() if w.casefold() in GENERIC_NAME_WORDS}


def _kind_words(p: Proposal) -> set[str]:
    """The words of an agreement's name, or the lower-case words before its noun ("trade",
    "nuclear" of "the 2015 nuclear deal")."""
    if p.name:
        return {w.casefold() for w in p.name.replace("-", " ").split()}
    words = p.mention.text.split()
    cut = next(
        (i for i, w in enumerate(words) if w.lower().strip(",.;:") in PHRASE_NOUNS), len(words)
    )
    return {
        w.lower()
        for w in words[:cut]
        if w[:1].islower() and w.isalpha() and w.lower() not in DETERMINERS | KIND_NEUTRAL
    }


AMOUNT_WORDS = frozenset(
    "dollar dollars pound pounds euro euros yen yuan rupees roubles rubles francs "
    "million billion trillion".split()
)
"""Words of a value before an agreement noun ("the dollars 3bn deal", "a 3 trillion yen
(dollars 29bn) deal", "a US$2 billion contract"): its price, not what it is about, so no
other subject than "Turkcell's mobile deal"."""


RATINGS = frozenset("historic landmark controversial key major troubled fragile so-called".split())
"""Words before an agreement noun that rate it or tell how it fares ("the landmark accord",
"the troubled power-sharing agreement"), never what it is about."""


KIND_NEUTRAL = (
    AMOUNT_WORDS
    | RATINGS
    | frozenset("new another other second separate fresh final draft proposed".split())
)
"""Words before an agreement noun that say nothing of what it is about ("the new deal")."""


def compatible_dates(a: str | None, b: str | None) -> bool:
    """Dates agree as far as both are precise ("2025-01" and "2025-01-17" do)."""
    return a is None or b is None or a.startswith(b) or b.startswith(a)


COURT_STAGES = (
    ("charge", ("charg", "indict", "extradit", "prosecut")),
    ("arrest", ("arrest", "detain", "detention", "custody", "jail", "imprison", "incarcerat")),
    ("conviction", ("convict", "plead", "pled", "found")),
    ("sentence", ("sentenc",)),
)
"""The stages of one person's case, each its own occurrence (GOLD.md: one event per real
occurrence): an arrest, a charge, a conviction and a sentence are told by the word that
names them ("was arrested", "was charged", "was convicted", "was sentenced"), though CAMEO
files arrests and charges under one code (173) and convictions and sentences under another."""


def court_stage(p: Proposal) -> str | None:
    """The stage of a case its trigger word names, for arrests and sentencings; else None."""
    if p.kind != "events" or p.type not in ("arrest", "sentencing"):
        return None
    word = p.mention.text.split()[0].casefold() if p.mention.text.split() else ""
    return next((s for s, stems in COURT_STAGES if word.startswith(stems)), None)


JUDGMENT = frozenset({"conviction", "sentence"})
"""The stages one judgment may pronounce together ("He was convicted and sentenced to life
imprisonment in 2006": one verdict, as its sentence tells it)."""


def _other_stage(p: Proposal, q: Proposal) -> bool:
    """Two stages of a case, not one judgment told in one sentence."""
    mine, theirs = court_stage(p), court_stage(q)
    if mine is None or theirs is None or mine == theirs:
        return False
    return not (
        {mine, theirs} == JUDGMENT
        and p.mention.article == q.mention.article
        and p.mention.sentence == q.mention.sentence
    )


QUOTED_WORDS = 6
"""Words a quotation needs before its words alone say it is the one another article quotes:
a phrase shorter ("God is great", "a serious violation") two speakers' reports may share."""


def quoted_words(p: Proposal) -> str | None:
    """A statement's quotation (its mention is the quoted words), folded (``folded_quote``);
    None for a short one (``QUOTED_WORDS``) or another type."""
    if p.type != "statement":
        return None
    return folded_quote(p.mention.text) if len(p.mention.text.split()) >= QUOTED_WORDS else None


def _same_words(p: Proposal, q: Proposal) -> bool:
    """Two articles quoting one speaker's very words: one occasion, whatever else each names
    or leaves undated (an undated statement otherwise joins only its own article's)."""
    words = quoted_words(p)
    return (
        words is not None
        and q.mention.article != p.mention.article
        and set(q.agents) == set(p.agents)
        and quoted_words(q) == words
        and compatible_dates(p.date, q.date)
    )


def _fits(p: Proposal, group: list[Proposal]) -> bool:
    first = group[0]
    if p.kind != first.kind or p.type != first.type:
        return False
    if first.type == "statement" and _other_occasion(p, group):
        return False  # "told the BBC", then "in an interview with Folha": two occasions
    if first.type == "statement" and any(_same_words(p, q) for q in group):
        return True  # one quotation printed by two articles (a wire story two outlets ran)
    if any(_other_stage(p, q) for q in group):
        return False  # "Smith was arrested … Smith was charged with fraud": two stages,
        # two occurrences, even on one day ("arrested and charged on Monday")
    same_article = any(q.mention.article == p.mention.article for q in group)
    if first.kind == "agreements" and any(_siblings(p, q) for q in group):
        return False  # "awarded SpaceX and Boeing contracts": one phrase, one contract each
    if first.kind == "agreements" and _other_pair(p, group):
        return False  # "the deal between Israel and the UAE", then "a deal … between Bahrain
        # and Israel"
    shared = _shared(p.actors, p.affiliations, [(q.actors, q.affiliations) for q in group])
    if first.type in SPOKEN and p.agents:
        # Two speakers criticising one decision made two statements: what a statement is
        # about does not make it the same as another's about it.
        shared = _shared(p.agents, p.affiliations, [(q.agents, q.affiliations) for q in group])
    if first.type == "interview" and not set(p.patients) & {a for q in group for a in q.patients}:
        return False  # "told National Geographic", then "told Wikinews": two interviews,
        # one per outlet that took it
    named = [q for q in group if q.name]
    if (
        first.kind == "agreements"
        and named
        and all(_same_name(p, q) and compatible_dates(p.date, q.date) for q in named)
    ):
        return True  # one agreement named in two articles, each naming other parties
    if not shared and not _same_contest(p, group):
        return False
    if (
        first.type == "meeting"
        and any(_other_side(p, q) for q in group)
        and not any(set(p.actors) <= set(q.actors) for q in group if len(q.actors) > 2)
    ):
        # "Basbug met President Gul … Gul met Besir Atalay": two meetings; but "Putin,
        # Erdogan and Rouhani met … Rouhani also met Putin at the summit" is one, told again
        # with two of the sides a sentence names together
        return False
    if first.kind == "agreements" and any(_other_agreement(p, q) for q in group):
        return False
    if first.type in ("death", "birth") and same_article:
        return True  # one dies once: "his death" dated by "a stroke on Monday" is still the
        # death "yesterday" its article reports
    places = {q.place.casefold() for q in group if q.place}
    dates = [q.date for q in group if q.date]
    if (
        first.type == "election"
        and p.place
        and p.place.casefold() not in places
        and (places or not (dates and p.date) or not _next_to(p, group))
    ):
        return False  # "Sanders won the Nevada caucuses yesterday … In New Hampshire, Sanders
        # secured a plurality of the vote": an undated vote somewhere else is another contest;
        # so is a dated one told apart from votes placed nowhere ("On Tuesday, the Democratic
        # Party held primary elections … The same day, Trump … after winning the party's
        # primaries in Florida and Illinois": primaries of one day, one a party's)
    if same_article and (p.separate or any(q.separate for q in group)):
        return bool(p.date) and all(d == p.date for d in dates) and bool(dates)
    if (not dates or not p.date) and _elsewhere(p, places):
        return False  # "Russian helicopters set fire to the Borjomi park … units blew up
        # the bridge at Kaspi": undated, but two places, two occurrences (as dated ones are)
    if not dates or not p.date:
        # An undated sentence merges only with its own article's, and is of the article's
        # year: not the same as a dated past occurrence ("joined the Assembly in 1983" and
        # "became the chair of the committee" are two appointments).
        year = p.article_date[:4]
        if first.kind != "events" or first.type in ONCE:  # a treaty named again is the
            # one named; "his killing" is the one the article dates
            return same_article or (first.kind == "agreements" and _known_again(p, group))
        next_to = _next_to(p, group)  # "Thunberg began her climate protest on August 20,
        # 2018 … She protested alone on the first day": the sentence after tells more of it
        if first.type == "appointment" and not next_to:
            known = {a for q in group for a in q.actors}
            if any(a not in known for a in p.actors):
                return False  # an obituary's offices: "He took office in 1965 … then joined
                # the House Judiciary Committee", another body's seat, not the same taking
        return same_article and (
            next_to or all(compatible_dates(d, year) for d in [*dates, p.date] if d)
        )
    if p.place and places and p.place.casefold() not in places:
        return False
    if any(_weeks_apart(p, q) or _weeks_apart(q, p) for q in group):
        return False
    return all(compatible_dates(p.date, d) for d in dates)


def _elsewhere(p: Proposal, places: set[str]) -> bool:
    """An event placed where none of the group's placed proposals is: another occurrence
    even when a date is missing (GOLD.md: one event per real occurrence), as a dated one
    is. Not a once-only type (a death told with the hospital and with the city is one)."""
    return (
        p.kind == "events"
        and p.type not in ONCE
        and bool(p.place and places and p.place.casefold() not in places)
    )


def _other_occasion(p: Proposal, group: list[Proposal]) -> bool:
    """One speaker's words on two occasions: "told the BBC" and "In an interview with Folha",
    "wrote in a newspaper column" and "added during the session" (GOLD: one statement event
    per speaker per occasion, however many quotations it gives). Only two named occasions
    differ: words that name none are of any (a body's words beside its head's, whose title
    names the body: "the United Nations … urging the Security Council" and Ban's at the
    summit; one article's "said on Monday" and another's "told Reuters on Monday")."""
    return bool(p.occasion) and any(q.occasion and q.occasion != p.occasion for q in group)


def _known_again(p: Proposal, group: list[Proposal]) -> bool:
    """An undated report in a later article of an agreement it names as one known ("Iran's
    parliament approved the treaty with Russia", not "a treaty"), between exactly the two or
    more parties of a group other articles date within the year before it: that agreement,
    one page (issue 7, item 4). Not a group of other parties, nor one of another year (a
    2001 treaty of the same two states is told with its year, and dated so), nor one whose
    words never say what the report's do ("defence" of "the defence treaty")."""
    words = [w.casefold().strip(",.;:'\"") for w in p.mention.text.split()]
    if not words or words[0] in INDEFINITE or not any(w in AGREEMENT_NOUNS for w in words):
        return False
    theirs = {a for q in group for a in q.actors}
    dates = [q.date for q in group if q.date]
    if len(set(p.actors)) < 2 or set(p.actors) != theirs or not dates:
        return False
    told = {w for q in group for w in _kind_words(q) | _words_of(q.subject)}
    if not _kind_words(p) <= told:
        return False  # "the defence treaty with Russia" is not "a treaty on energy
        # cooperation" of the same two states, but their "defence treaty" (review25)
    written = date.fromisoformat(p.article_date[:10])
    since, until = (written - timedelta(days=366)).isoformat(), written.isoformat()
    return all(since[: len(d)] <= d <= until[: len(d)] for d in dates)


def _words_of(text: str | None) -> set[str]:
    return {w.lower() for w in (text or "").replace("-", " ").split() if w.isalpha()}


def _other_side(p: Proposal, q: Proposal) -> bool:
    """Two meetings of one article, each of two sides or more, that share someone but each
    name another the other does not ("Cheney met Peres … Cheney met Abbas and Fayyad"):
    one person's meetings with different people, not one meeting told twice ("Libya and
    Switzerland will meet", then their ministers by name, is one: a side's title counts)."""
    if p.mention.article != q.mention.article or len(p.actors) < 2 or len(q.actors) < 2:
        return False
    mine, theirs = set(p.actors), set(q.actors)
    return bool(mine - theirs - set(q.affiliations)) and bool(theirs - mine - set(p.affiliations))


def _same_contest(p: Proposal, group: list[Proposal]) -> bool:
    """ "Biden secured 39 of South Carolina's 54 delegates … Tom Steyer came in third": a
    result told in the sentence next to a vote of its article, at no other place or time, is
    of that vote, whoever it names."""
    first = group[0]
    if first.kind != "events" or first.type != "election":
        return False
    places = {q.place.casefold() for q in group if q.place}
    return (
        _next_to(p, group)
        and (not p.place or p.place.casefold() in places)
        and all(compatible_dates(p.date, q.date) for q in group)
    )


def _next_to(p: Proposal, group: list[Proposal]) -> bool:
    """A sentence of the group's is ``p``'s or the one before or after it, in its article."""
    return any(
        q.mention.article == p.mention.article and abs(q.mention.sentence - p.mention.sentence) <= 1
        for q in group
    )


def _other_pair(p: Proposal, group: list[Proposal]) -> bool:
    """Another agreement of two or more parties, one party shared, beside a group of two or
    more of which each names one the other does not: a new one its own article tells of ("a
    deal"), or one of another article that its words set apart from the group's (one of a
    plural phrase's, each with its own partner: NASA's contracts with SpaceX and with
    Boeing; or both named by their sides, "the Israel–UAE deal", "the Bahrain–Israel deal").
    An act of agreeing ("agreed to …") is new as "a deal" is.
    Not an article's "a deal" or "the nuclear deal" beside another's naming other parties:
    articles name one agreement's sides differently (the UK or May, the US or Trump)."""
    here = any(q.mention.article == p.mention.article for q in group)
    new = here and p.mention.text.split()[0].lower() in INDEFINITE | AGREE  # "a deal", or
    # an act of agreeing its own clause tells ("The presidents of each country agreed to end
    # the conflict … Ortega also agreed to reinstate diplomatic ties with Colombia")
    apart = not here and (
        p.separate
        or any(q.separate for q in group)
        or all(PAIR.search(q.mention.text) for q in (p, *group))
    )
    bought = p.type == "acquisition"  # a firm is bought once: one buyer's buys of two firms
    # ("Urchin, which Google bought in 2005", "Google bought Android in 2005") are two
    if len(p.agents) < 2 or not (new or apart or bought):
        return False
    theirs = {a for q in group for a in q.agents}
    return len(theirs) >= 2 and bool(set(p.agents) - theirs) and bool(theirs - set(p.agents))


def _siblings(p: Proposal, q: Proposal) -> bool:
    """Two agreements one plural phrase names, each with its own partner ("agreements with
    China and Russia", "awarded SpaceX and Boeing contracts"): two, whatever their dates."""
    return (
        p.separate
        and q.separate
        and p.mention.article == q.mention.article
        and p.mention.paragraph == q.mention.paragraph
        and p.mention.start == q.mention.start
        and set(p.agents) != set(q.agents)
    )


def _shared(
    actors: tuple[str, ...],
    affiliations: tuple[str, ...],
    group: list[tuple[tuple[str, ...], tuple[str, ...]]],
) -> set[str]:
    """Actors a proposal shares with a group: taking part in both, or taking part in one and
    the body of a participant's title in the other (not a title's in both: "U.S. envoy
    Khalilzad met" and "U.S. President Trump met" are two meetings)."""
    theirs = {a for actors_, _ in group for a in actors_}
    titles = {a for _, titled in group for a in titled}
    return (set(actors) & (theirs | titles)) | (set(affiliations) & theirs)


def _weeks_apart(a: Proposal, b: Proposal) -> bool:
    """ "Manafort was sentenced last week" is not the sentencing "on Wednesday" of the
    article's own week, though both are in March: "last week" ended before this Monday (the
    week of the day the article's dates count from, its dateline's)."""
    if not (a.date_text and a.date_text.casefold().endswith("last week")):
        return False
    if a.mention.article != b.mention.article or not b.date or len(b.date) != 10:
        return False
    written = date.fromisoformat((a.reference or a.article_date)[:10])
    return b.date >= (written - timedelta(days=written.weekday())).isoformat()


def cluster(proposals: Iterable[Proposal]) -> list[list[Proposal]]:
    """Proposals grouped by occurrence, in the order of the articles and their text."""
    groups: list[list[Proposal]] = []
    # Only a group of the same kind and type sharing an actor can fit: look among those,
    # the earliest first, as if every group were tried in turn. An event or statement
    # fits only a group of its own article or, dated, one whose dates are all of its year
    # (``_fits``): those are looked up by actor and article or year, so that a state named
    # in thousands of reports is not tried against all of them. An agreement's name is
    # looked up as its actors are ("the Paris Agreement" of one article, "the Paris Climate
    # Accord" of another naming other parties).
    sharing: dict[tuple[str, str, str, str], set[int]] = defaultdict(set)
    actors: list[set[str]] = []
    places: list[set[str]] = []  # each group's articles and "year:" of its dates
    order = sorted(
        proposals, key=lambda p: (p.article_date, p.mention.article, p.mention.paragraph,
                                  p.mention.start)
    )  # fmt: skip
    for p in order:
        if p.kind == "agreements":
            mine, where = {*p.actors, *(f"name:{w}" for w in _distinctive(p.name))}, {""}
        else:
            mine = {*p.actors, *p.affiliations}
            if p.type == "election":  # the votes of its article, whoever they name
                mine.add(f"contest:{p.mention.article}")  # (``_same_contest``)
            where = {p.mention.article, *([f"year:{p.date[:4]}"] if p.date else [])}
            if words := quoted_words(p):  # the same words in another article (``_same_words``)
                where.add(f"words:{words}")
        near = sorted({i for a in mine for w in where for i in sharing[p.kind, p.type, a, w]})
        home = next((i for i in near if _fits(p, groups[i])), None)
        if home is None:
            home = len(groups)
            groups.append([p])
            actors.append(set())
            places.append(set())
        else:
            groups[home].append(p)
        # Every pair of the group's actors and places finds it: the new actors with all its
        # places, and all its actors with the new places.
        new_actors, new_places = mine - actors[home], where - places[home]
        actors[home] |= mine
        places[home] |= where
        for a in new_actors:
            for w in places[home]:
                sharing[p.kind, p.type, a, w].add(home)
        for a in actors[home]:
            for w in new_places:
                sharing[p.kind, p.type, a, w].add(home)
    return _one_agreement_each(_one_ban_each(groups))


BANS = frozenset({"sanctions", "suspension"})
"""Event types one measure against someone may be reported as ("Germany banned Mahan Air",
"the Federal Aviation Office suspended its permit")."""


def _one_ban_each(groups: list[list[Proposal]]) -> list[list[Proposal]]:
    """A ban and a suspension one article reports of one patient on one day (or with no day
    of its own) are one measure: the later group joins the earlier."""
    return _joined_in_articles(
        groups, lambda p: p.kind == "events" and p.type in BANS, _same_measure
    )


def _joined_in_articles(
    groups: list[list[Proposal]],
    kept: Callable[[Proposal], bool],
    same: Callable[[list[Proposal], list[Proposal]], bool],
) -> list[list[Proposal]]:
    """Groups (those whose first proposal is ``kept``) that one article tells of twice,
    joined: a later group joins the first earlier one of an article they share that is
    ``same``. Few such groups per article: looked up by article, not pair by pair."""
    by_article: dict[str, list[int]] = defaultdict(list)
    for i, group in enumerate(groups):
        if kept(group[0]):
            for article in dict.fromkeys(p.mention.article for p in group):
                by_article[article].append(i)
    merged = {i: list(groups[i]) for indices in by_article.values() for i in indices}
    gone: set[int] = set()
    for indices in by_article.values():
        for later_at, j in enumerate(indices):
            if j in gone:
                continue
            for i in indices[:later_at]:
                if i not in gone and same(merged[i], merged[j]):
                    merged[i].extend(merged[j])
                    gone.add(j)
                    break
    if not gone:
        return groups
    return [merged.get(i, g) for i, g in enumerate(groups) if i not in gone]


def _same_measure(first: list[Proposal], then: list[Proposal]) -> bool:
    if first[0].type == then[0].type:
        return False  # ``_fits`` has judged them
    acted_on = {a for p in first for a in p.patients}
    if not acted_on & {a for p in then for a in p.patients}:
        return False
    dates = {p.date for p in (*first, *then) if p.date}
    return len(dates) <= 1 and not any(p.separate for p in (*first, *then))


AGREEMENT_WORDS = frozenset({"deal", "agreement"})
"""Agreement types any other may be called by ("the memorandum" is "the November 27 deal")."""


DOCUMENTS = frozenset({"treaty", "memorandum", "contract", "letter-of-intent"})
"""Agreement types of any subject ("a maritime border agreement" may be the memorandum)."""


def _one_agreement_each(groups: list[list[Proposal]]) -> list[list[Proposal]]:
    """Groups of agreements one article tells of in other words joined: a group with no name
    of its own sharing two parties (or all) with another of that article, of the same kind
    or called a deal or agreement ("the Turkish-Libyan agreement", "a maritime boundary
    deal", "the memorandum"), with compatible dates and no other subject ("trade" against
    "nuclear"). Few agreements per article: looked up by article."""
    return _joined_in_articles(groups, lambda p: p.kind == "agreements", _told_again)


def _told_again(first: list[Proposal], then: list[Proposal]) -> bool:
    if any(p.name for p in first) and any(p.name for p in then):
        return False  # two names: ``_fits`` has judged them
    if _introduced(first) and _introduced(then):
        return False  # "signed a memorandum on Syria … also signed a gas pipeline agreement"
    if _named_apart(first, then) or _named_apart(then, first):
        return False  # "the Camp David Accords" and "the Egypt–Israel peace treaty"
    if _year_unsaid(first, then) or _year_unsaid(then, first):
        return False  # "quit a global nuclear treaty" and "the 2015 nuclear deal"
    if _kinds_apart(first, then) or _kinds_apart(then, first):
        return False  # "the ceasefire agreement along the LoC" and "the Indus Waters Treaty"
    mine = {a for p in first for a in p.actors}
    theirs = {a for p in then for a in p.actors}
    if not (len(mine & theirs) >= 2 or (mine and mine == theirs) or _retold(first, then)):
        return False
    dates = [p.date for p in (*first, *then) if p.date]
    if not all(compatible_dates(a, b) for a in dates for b in dates):
        return False
    kinds, other_kinds = {p.type for p in first}, {p.type for p in then}
    words, others = _subject_words(first), _subject_words(then)
    if words and others and not words & others and not kinds == other_kinds == {"acquisition"}:
        return False  # "a trade deal" and "the nuclear deal"; not "agreed to buy wine company
        # Chalone" and "the acquisition" of its two firms: words of the buying, not a subject
    if kinds & other_kinds or kinds | other_kinds <= AGREEMENT_WORDS:
        return True  # "a peace deal" and "the Doha accord": a deal is an agreement
    if kinds <= AGREEMENT_WORDS:  # "the deal" may be the memorandum; "a trade deal" is no
        # ceasefire, loan or acquisition; but "the largest-ever takeover deal" is the takeover
        return not words or other_kinds <= DOCUMENTS or _called(words, other_kinds)
    if other_kinds <= AGREEMENT_WORDS:
        return not others or kinds <= DOCUMENTS or _called(others, kinds)
    return False  # a treaty and a contract


def _kinds_apart(first: list[Proposal], then: list[Proposal]) -> bool:
    """A group whose own words name a kind of agreement ("the ceasefire agreement": a
    ceasefire) that the other group is not and whose words do not name ("the Indus Waters
    Treaty"): two agreements, though one is called only "agreement". A deal or an agreement
    said so names no kind ("the trade deal" and "the accord" may be one)."""
    mine = _kinds_said(first) - {"agreement", "deal"}
    theirs = {p.type for p in then} | _kinds_said(then)
    return bool(mine) and not mine & theirs


def _kinds_said(group: list[Proposal]) -> set[str]:
    """The agreement types the words of a group's names or phrases before their noun say
    ("ceasefire" of "the ceasefire agreement", "treaty" of "the Indus Waters Treaty")."""
    return {AGREEMENT_NOUNS[w] for p in group for w in _kind_words(p) if w in AGREEMENT_NOUNS}


PHRASE_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _year_unsaid(introduced: list[Proposal], dated: list[Proposal]) -> bool:
    """An agreement the article introduced as a new one ("a global nuclear treaty"), with no
    name or date and not made in its sentences, and another whose own words give it a year
    ("the 2015 nuclear deal"): a year the first was never told to have, so another
    agreement. One made undated ("reached a nuclear deal") may be dated by the other."""
    return (
        _introduced(introduced)
        and not any(p.date or p.name or p.status == "signed" for p in introduced)
        and any(PHRASE_YEAR.search(p.mention.text) for p in dated)
    )


def _called(words: set[str], kinds: set[str]) -> bool:
    """A deal whose own words name the other group's kind ("Japan's largest-ever takeover
    deal" beside "Mitsubishi's takeover of UFJ"): the same agreement, called a deal."""
    return any(AGREEMENT_NOUNS.get(w) in kinds for w in words)


def _retold(first: list[Proposal], then: list[Proposal]) -> bool:
    """A later group the article tells of as one already known ("the dollars 1.75bn agreement
    Lenovo signed with IBM", not "a deal"), all of whose parties the earlier group has, or
    which has all the earlier's ("signing a deal to buy the PC division of IBM", Lenovo's
    alone): the deal told of before, its other side named only now. Two deals a party makes
    are each introduced ("a deal with IBM … a contract with AMD"), and stay two; a verb's
    frame names no deal told of before ("Mugabe was able to negotiate immunity … in exchange
    for his resignation" beside his power-sharing agreement)."""
    opening = min(then, key=lambda p: (p.mention.paragraph, p.mention.start))
    words = [w.casefold().strip(",.;:'\"") for w in opening.mention.text.split()]
    if not words or words[0] in INDEFINITE or not any(w in AGREEMENT_NOUNS for w in words):
        return False
    mine = {a for p in first for a in p.actors}
    theirs = {a for p in then for a in p.actors}
    return bool(mine and theirs) and (mine <= theirs or theirs <= mine)


PAIR = re.compile(r"\b[A-Z][\w.]*[-–—][A-Z][\w.]*")
"""Two names a dash joins ("Egypt–Israel", "Turkish-Libyan"): the sides of an agreement."""


def _named_apart(named: list[Proposal], other: list[Proposal]) -> bool:
    """A name of no sides ("the Camp David Accords") and an agreement every phrase of which
    names it by its sides, words the name has not ("the Egypt–Israel peace treaty"): two.
    Not "the Turkish-Libyan agreement" and "the Turkey–Libya deal", both named by sides."""
    name = next((p.name for p in named if p.name), None)
    if name is None or PAIR.search(name):
        return False
    own = set(re.split(r"[\s\-–—]+", name.casefold()))
    for p in other:
        pair = PAIR.search(p.mention.text)
        if pair is None or any(w in own for w in re.split(r"[-–—]", pair.group().casefold())):
            return False
    return True


INDEFINITE = frozenset({"a", "an", "another"})


def _introduced(group: list[Proposal]) -> bool:
    """The article first tells of the group's agreement as a new one ("a memorandum", "another
    deal"): two groups so introduced are two agreements, whatever their kinds."""
    opening = min(group, key=lambda p: (p.mention.paragraph, p.mention.start))
    words = opening.mention.text.split()
    return bool(words) and words[0].casefold() in INDEFINITE


def _subject_words(group: list[Proposal]) -> set[str]:
    """The lower-case words saying what a group's agreement is about ("trade", "maritime"),
    from its phrases and names (not "Turkish-Libyan": who, not what), after its owner's name
    (not "the one underpinning" of "the one underpinning SBC's AT&T deal": another phrase's
    words)."""
    out: set[str] = set()
    for p in group:
        words = (p.name or p.mention.text).replace("-", " ").split()
        cut = next(
            (i for i, w in enumerate(words) if w.lower().strip(",.;:") in PHRASE_NOUNS),
            len(words),
        )
        owner = max(
            (i + 1 for i, w in enumerate(words[:cut]) if w.endswith(("'s", "\u2019s"))),
            default=0,
        )
        out.update(
            w.lower()
            for w in words[owner:cut]
            if w[:1].islower() and w.isalpha() and w.lower() not in DETERMINERS | KIND_NEUTRAL
        )
    return out


def absorbing(group: list[Proposal], curated: Sequence[Entity], named: set[str]) -> Entity | None:
    """The curated record a group is a report of: one of its type filed under the group's own
    id (the review's "Accept", which an undated proposal could match no other way); else one
    of its type whose words the sentences
    already use (``named``: keys of curated entities mentioned in the group's sentences); else
    one of its type with an acting party of the group's and a compatible date ("Moscow
    condemned U.S. strikes": the Kremlin's statement, not the strikes it names); else one the
    sentences name that shares an actor ("condemned U.S. strikes" in an article whose
    statement about the strikes is a record too). Each rank is searched over every record:
    the order of the curated files decides only between records of one rank (a record listed
    first used to win over a better one listed later)."""
    actors = {a for p in group for a in p.actors}
    agents = {a for p in group for a in p.agents} or actors
    date = next((p.date for p in group if p.date), None)
    same_kind = [e for e in curated if e.kind == group[0].kind]

    def same_type(entity: Entity) -> bool:
        return entity.type == group[0].type or entity.kind == "agreements"

    ids = proposal_ids(group)
    ranks = (
        # the file the review offered to accept it: an undated proposal has no date to match
        (e for e in same_kind if e.id in ids and same_type(e)),
        (e for e in same_kind if e.key in named and same_type(e)),
        (
            e
            for e in same_kind
            if same_type(e) and agents & set(e.parties) and date and compatible_dates(date, e.date)
        ),
        (e for e in same_kind if e.key in named and actors & set(e.parties)),
    )
    return next((e for rank in ranks for e in rank), None)


def best(values: Iterable[str | None]) -> str | None:
    """The most precise of a group's values (the longest date), the first on a tie."""
    found = [v for v in values if v]
    return max(found, key=len) if found else None


def event_name(
    group: list[Proposal],
    names: dict[str, str],
    agreement: str | None,
    types: Mapping[str, str] | None = None,
) -> str:
    """A readable name from the type and the actors: "Meeting of Vladimir Putin and Masoud
    Pezeshkian, Ashgabat (11 October 2024)". ``types`` (actor key to person, state, ...) names
    whom a death, resignation, appointment or election is about: "Death of Akilisi Pohiva", not
    "Death by Akilisi Pohiva and Tonga"."""
    types = types or {}
    type_ = group[0].type
    agent_ids = list(dict.fromkeys(a for p in group for a in p.agents))
    # One actor once: acting in one report and acted on in another ("Larijani met the envoy",
    # "the envoy is to meet Larijani") it is named among those who acted.
    patient_ids = list(dict.fromkeys(a for p in group for a in p.patients if a not in agent_ids))
    # "Election in the United Kingdom": its actors' names as a sentence reads them (only
    # theirs: the briefing's thousands of names, once per event, would make it quadratic).
    keys = {actor_key(a) for a in (*agent_ids, *patient_ids)}
    names = {key: _the(names[key]) for key in keys}
    agents, patients = _names(agent_ids, names), _names(patient_ids, names)
    label = type_name(type_)
    everyone = list(dict.fromkeys([*patient_ids, *agent_ids]))  # "X died"; "X's death"
    people = [a for a in everyone if types.get(actor_key(a)) == "person"]
    law = _law(group) if type_ in ("passage", "signing") else None
    if type_ == "signing" and agreement:
        text = f"Signing of {_definite(agreement)}"
    elif type_ == "withdrawal" and agreement:
        # its parties are the agreement's, not all who withdrew: "Trump withdrew the US from
        # the nuclear deal with Iran" is no withdrawal by Iran
        text = f"Withdrawal from {_definite(agreement)}"
    elif type_ == "ruling" and all(p.mention.text.lower().startswith("acquit") for p in group):
        # "The Senate acquitted both of them": an acquittal of the accused by the court
        text = f"Acquittal of {_join(patients)}" + (f" by {_join(agents)}" if agents else "")
        text = text if patients else f"Acquittal by {_join(agents)}"
    elif law is not None or type_ == "passage":
        # "Passage of the Affordable Care Act by the United States Congress", "Signing of
        # Conyers's bill by Ronald Reagan": the law is what was passed or signed, not a party
        doers = _join(agents or patients) if agents or patients else None
        text = f"{label} of {law or 'a law'}" + (f" by {doers}" if doers else "")
    elif type_ == "signing" and agents and not patients:
        text = f"{label} by {_join(agents)}"  # "Kay Ivey signed the bill": no party but her
    elif type_ == "meeting" and not agents and len(patients) == 1 and people:
        text = f"{label} with {patients[0]}"  # "he met guitarist Jerry Garcia": who met him
        # is unnamed; Garcia held no meeting alone
    elif type_ in ("meeting", "signing"):
        text = f"{label} of {_join([*agents, *patients])}"
    elif type_ == "founding" and _told_by(group, ("independence",)):
        # "since winning independence from Portugal in 1974": the state that won it, from
        # the one it left; not "Founding of Portugal"
        text = "Independence" + (f" of {_join(agents)}" if agents else "")
        text += f" from {_join(patients)}" if patients else ""
    elif type_ in SPOKEN and not agents and patients and _told_by(group, RECOGNISE):
        # "after his country recognized Kosovo's independence", "after recognising Kosovo", the
        # recogniser unnamed: the recognition of Kosovo, not a statement by it (every form of
        # the verb, the "-ing" one too: review49)
        text = f"Recognition of {_join(patients)}"
    elif type_ == "arrest" and patients and {court_stage(p) for p in group} == {"charge"}:
        # "was arrested on Thursday and charged with corruption": two stages, two pages
        # (``COURT_STAGES``), so not two of one name
        text = f"Charges against {_join(patients)}" + (f" by {_join(agents)}" if agents else "")
    elif type_ in ("seizure", "strike", "assault") and all(p.subject for p in group):
        # "captured the U.S. embassy": the embassy was seized, not the United States
        thing = best(p.subject for p in group) or ""
        by = f" by {_join(agents)}" if agents else ""
        text = f"{label} of {thing}{by}" if type_ == "seizure" else f"{label}{by} on {thing}"
    elif (
        type_
        in (
            "killing",
            "arrest",
            "sentencing",
            "appointment",
            "founding",
            "dismissal",
            "impeachment",
            "release",
            "investigation",
            "subpoena",  # "Subpoena of Mike Pompeo by the House of Representatives"
            "suspension",  # "Suspension of Parliament of the United Kingdom by Boris Johnson"
            "seizure",  # "Seizure of Crimea by Russia"
            "pardon",  # "Pardon of Michael Flynn by Donald Trump"
            "nomination",  # "Nomination of John Paul Stevens by Gerald Ford"
            "approval",  # "Approval of the merger by the commission", not "Approval on"
        )
        and patients
    ):
        if type_ in ("appointment", "nomination") and (
            named := [a for a in patient_ids if a in people]
        ):  # the one appointed or put forward, not the court it is to
            patients = _names(named, names)
        where = type_ in ("killing", "arrest", "sentencing") and all(
            types.get(actor_key(a)) == "state" for a in patient_ids
        )  # "36 people have been executed in Saudi Arabia": no state is killed or arrested;
        # the state standing for the people no one named is where it happened
        text = f"{label} {'in' if where else 'of'} {_join(patients)}" + (
            f" by {_join(agents)}" if agents else ""
        )
    elif type_ == "award" and patients:
        # "Award to Nickey Iyambo": the one honoured, by whoever gave it
        text = f"{label} to {_join(patients)}" + (f" by {_join(agents)}" if agents else "")
    elif type_ == "handover" and len(patients) > 1:
        # "Britain handed Hong Kong back to China": what was handed, to whom, by whom
        text = f"{label} of {_join(patients[:-1])} to {patients[-1]}" + (
            f" by {_join(agents)}" if agents else ""
        )
    elif agents and (
        type_ in ("dismissal", "appointment") or (type_ == "impeachment" and not people)
    ):  # "Mugabe fired his vice president", "the House impeached two presidents"
        text = f"{label} by {_join(agents)}"
    elif type_ == "death" and not people:
        text = f"Deaths in {_join(_names(everyone, names))}"  # "12 died in Myanmar"
    elif type_ in (
        "death",
        "birth",
        "resignation",
        "appointment",
        "dismissal",
        "impeachment",
        "campaign-end",  # "End of the campaign of Bill de Blasio"
        "illness",  # "Illness of Pranab Mukherjee"
        "funeral",  # "Funeral of Qasem Soleimani"
        "disappearance",  # "Disappearance of Park Won-soon"
        "hearing",  # "Court appearance of Tendai Biti"
    ):
        text = f"{label} of {_join(_names(people or everyone, names))}"
    elif (
        type_ == "election"
        and everyone
        and all(_voting_body(names[actor_key(a)]) for a in everyone)
    ):
        # "the House of Representatives confirmed him": a body's vote, not an election in it
        text = f"Vote in {_join(_names(everyone, names))}"
    elif type_ == "election":
        parties = all(types.get(actor_key(a)) == "organisation" for a in everyone)
        text = (
            f"{label} of {_join(_names(people, names))}"
            if people
            else (f"{label} {'of' if parties else 'in'} {_join(_names(everyone, names))}")
        )  # fmt: skip  (a party elected: "At the elections in 2008, the MDC won a majority")
    elif (
        type_ == "protest"
        and not agents
        and patient_ids
        and all(types.get(actor_key(a)) == "organisation" for a in patient_ids)
    ):
        text = f"{label} at {_join(patients)}"  # "rallied outside the National Council": a
        # protest where the body sits, not one by it
    elif (
        type_ == "protest"
        and not agents
        and patient_ids
        and all(types.get(actor_key(a)) == "person" for a in patient_ids)
    ):
        text = f"{label} against {_join(patients)}"  # "activists protesting against him":
        # the protesters are unnamed; the person protested against protested nothing
    elif type_ == "accident" and everyone:
        # "Accident involving Viazul in Cuba": a vehicle or a building has no will, so its
        # operator is involved and its state is where it happened, no one is "by" (events59)
        states = [a for a in everyone if types.get(actor_key(a)) == "state"]
        others = [a for a in everyone if a not in states]
        text = (
            label
            + (f" involving {_join(_names(others, names))}" if others else "")
            + (f" in {_join(_names(states, names))}" if states else "")
        )
    elif type_ == "interview" and agents and patients:
        text = f"{label} of {_join(agents)} by {_join(patients)}"  # "Interview of Vlada
        # Stamenković by Wikinews": the one who speaks, the outlet that asks
    elif type_ in SPOKEN:
        text = f"{label} by {_join(agents or patients)}" + _topic(group)
    elif type_ == GENERAL and agents and (done := best(p.subject for p in group)):
        text = f"{_join(agents)}: {done}"  # an act no word list names: "Franky Zapata:
        # crossed the English Channel"
    elif type_ == "protest" or not patients:
        text = f"{label} by {_join(agents or patients)}"
    else:
        on = {
            "visit": "to",
            "withdrawal": "from",
            "lawsuit": "against",
            "request": "to",
            "apology": "to",
            "accusation": "against",
            "threat": "against",
            "aid": "to",  # "Aid by the United States to Yemen"
            "refusal": "over",  # "Refusal by Russia over Georgia" (its sanctions on it)
        }.get(type_, "on")
        text = f"{label} by {_join(agents)} {on} {_join(patients)}" if agents else (
            f"{label} {on} {_join(patients)}"
        )  # fmt: skip
    place, date = best(p.place for p in group), best(p.date for p in group)
    if place and place.removeprefix("the ") in {n.removeprefix("the ") for n in names.values()}:
        place = None  # "Protest by Hong Kong", not "Protest by Hong Kong, Hong Kong"
    tail = (f", {place}" if place else "") + (f" ({human_date(date)})" if date else "")
    return _shortened(text, max(NAME_LENGTH - len(tail), NAME_KEPT)) + tail


NAME_LENGTH = 120
"""Characters an event's name may take, place and date included: a longer one (a list of
bodies' full names and a statement's topic) fills a timeline's line and a page's title."""
NAME_KEPT = NAME_LENGTH // 2
"""Characters of the name before its place and date kept however long those are: a place of
a long official name is no reason to cut "Meeting of …" to "…" (review48)."""
BREAKS = re.compile(r", | and | on | by | over | against | to | from | with | between ")
"""Where a name's phrases and list items part ("…, the United Kingdom", "… and Abu Mahdi
al-Muhandis", "… over Iran's programme"); not " of ", which names hold ("House of
Representatives")."""
DANGLING = frozenset("a an and the of on by to in at with for from against over or".split())
"""Words a name cut within a phrase may not end with ("… on an impeachment", not "… on an")."""


def _shortened(text: str, room: int) -> str:
    """``text`` cut to ``room`` characters and marked cut ("…"), as it is when it fits: at the
    last break between phrases or list items that keeps half of it ("Strike by the United
    States on Qasem Soleimani…", not "… and Abu Mahdi…"), else at a word's end without a word
    left hanging (``DANGLING``)."""
    if len(text) <= room:
        return text
    breaks = [m.start() for m in BREAKS.finditer(text, 0, room) if m.start() < room]
    if breaks and breaks[-1] >= room // 2:
        return text[: breaks[-1]] + "…"
    head = text[:room]
    words = (head.rsplit(" ", 1)[0] if " " in head else head[:-1]).split()  # room - 1
    # characters and the mark (a single word longer than the room is cut within it)
    while len(words) > 2 and words[-1].casefold().rstrip(",;:") in DANGLING:
        words.pop()
    return " ".join(words).rstrip(",;:") + "…"


def _told_by(group: list[Proposal], words: Collection[str]) -> bool:
    """Whether every report of a group is told by one of ``words`` (its trigger's first)."""
    return all(next(iter(p.mention.text.casefold().split()), "") in words for p in group)


def _topic(group: list[Proposal]) -> str:
    """ " on the documents": what a statement was about (its reported clause's first noun
    phrase), so that one speaker's statements read apart on a timeline; "his bid" is "the
    bid" (the speaker's, named before it)."""
    topic = best(p.subject for p in group)
    if not topic:
        return ""
    first, _, rest = topic.partition(" ")
    if first.lower() in ("his", "her", "its", "their") and rest:
        topic = f"the {rest}"
    return f" on {topic}"


VOTING_BODIES = frozenset(
    "house senate congress parliament assembly committee council legislature cabinet duma "
    "chamber".split()
)
"""Words naming a body that votes on laws and nominees."""


def _voting_body(name: str) -> bool:
    """ "House Oversight and Reform Committee", "U.S. Congress"; not a party ("Movement for
    Democratic Change", which takes part in elections)."""
    return any(w.lower() in VOTING_BODIES for w in name.split())


LAW_DETERMINERS = frozenset("the this that its their his her".split())


def _law(group: list[Proposal]) -> str | None:
    """The fullest words a group calls its law by, a name rather than a description ("the
    Affordable Care Act" over "the act"); an unnamed one is "a bill", not "the bill" of a
    sentence that had named it before."""
    found = [" ".join(p.subject.replace('"', "").replace("“", "").replace("”", "").split())
             for p in group if p.subject]  # fmt: skip
    if not found:
        return None
    words = max(found, key=lambda t: (_capitalised(t), len(t.split()))).split()
    words[0] = words[0].lower() if words[0].lower() in DETERMINERS else words[0]
    if words[0] in LAW_DETERMINERS and not _capitalised(" ".join(words)):
        words[0] = "an" if words[1][:1].lower() in "aeiou" else "a"
    return " ".join(words)


def _capitalised(text: str) -> bool:
    return any(w[:1].isupper() for w in text.split()[1:])


def agreement_name(group: list[Proposal], names: dict[str, str]) -> str:
    """Its proper name; else the words the article calls it by, its parties added when those
    name none ("1994 agreement between Britain and the United States", "NATO treaty", "2015
    accord with Iran"); else its parties and type ("Rosatom–Iran acquisition"). Not
    capitalised: a signing's name has it after "Signing of the"."""
    proper = best(p.name for p in group)
    if proper:
        return proper
    parties = _names(dict.fromkeys(a for p in group for a in p.actors), names)
    phrase = _phrase(group)
    if phrase is not None:
        words = phrase.split()
        if parties and not any(w[:1].isupper() or w in ("with", "between") for w in words):
            ties = _join([_the(n) for n in parties])
            phrase += f" between {ties}" if len(parties) > 1 else f" with {ties}"
        elif parties and any(p.separate for p in group):
            # one of several a plural phrase names ("long-term agreements with key partners
            # like China and Russia"): which one, or their pages read the same
            phrase += f" ({_join(parties)})"
        subject = best(p.subject for p in group)
        return phrase + (f" {subject}" if subject and subject not in phrase else "")
    label = group[0].type.replace("-", " ")
    subject = best(p.subject for p in group)
    if (
        subject
        and len(subject.split()) <= 3
        and subject.split()[0].lower() not in SUBJECT_PREPOSITIONS
    ):
        # What it is about comes first: "power-sharing agreement between Robert Mugabe and
        # Morgan Tsvangirai", not "… agreement power-sharing".
        label = f"{subject} {label}"
        subject = None
        if len(parties) > 1:
            return f"{label} between {_join([_the(n) for n in parties])}"
    text = f"{'–'.join(parties[:3])} {label}" if parties else label.capitalize()
    return text + (f" {subject}" if subject else "")


SUBJECT_PREPOSITIONS = frozenset("to on over for about with in at by from under of".split())
"""What begins a subject that reads after the agreement's kind ("agreement over Kashmir",
"agreement to resume talks"), not before it as "power-sharing" does."""

PHRASE_NOUNS = frozenset(
    "treaty treaties pact pacts convention protocol accord accords agreement agreements deal "
    "deals contract contracts memorandum memoranda mou ceasefire cease-fire truce "
    "arrangement".split()
)
"""Nouns of an agreement phrase the page may be named by ("a 1994 agreement between …")."""
GENERIC_NAME_WORDS = PHRASE_NOUNS | PACT_HEADS | {"joint"}
"""Words of agreements' names that say which of them no more than its kind."""
DETERMINERS = frozenset("a an the this that these those its their his her our".split())


def _phrase(group: list[Proposal]) -> str | None:
    """The fullest words the article calls an unnamed agreement by, without its determiner
    ("1994 agreement between Britain and the United States" of "a 1994 agreement between
    …"); None when every sentence makes it by a verb ("acquired", "agreed to …")."""
    found = []
    for p in group:
        words = p.mention.text.split()
        if not any(w.lower().strip(",.;:") in PHRASE_NOUNS for w in words):
            continue
        if (owner := OWNED_BY_SIDES.match(" ".join(words))) is not None:
            words = words[len(owner.group(0).split()) :]  # "the countries' 1994 treaty": its
            # parties are named after it ("1994 treaty between Israel and Jordan")
        while words and words[0].lower() in DETERMINERS:
            words = words[1:]
        if len(words) > 1:  # not "the deal" alone: it says nothing of which
            found.append(" ".join(words))
    if not found:
        return None
    return max(found, key=lambda text: (len(_own_words(text)), -len(text.split())))


def _own_words(text: str) -> list[str]:
    """A phrase's words but its parties ("treaty" of "treaty between Russia and Iran"): a
    later report's "the treaty between Russia and Iran" says less of what the agreement is
    than "a comprehensive strategic partnership treaty", whose page adds the parties anyway
    (``agreement_name``; review25): of two saying as much, the one without parties, to which
    the page adds them all ("defence treaty between Russia and Iran", not "… with Russia")."""
    words = text.split()
    cut = next((i for i, w in enumerate(words) if w in ("with", "between")), len(words))
    return words[:cut]


def _definite(agreement: str) -> str:
    """An agreement's name after "of" or "from", with "the" once: "Signing of the Paris
    Agreement", "Signing of the border agreement between India and China" (its name "A border
    agreement between India and China": a description, read definite once signed)."""
    first, _, rest = agreement.partition(" ")
    if first.lower() in ("a", "an", "the") and rest:
        agreement = rest
    return f"the {agreement}"


def _the(name: str) -> str:
    """A state's or body's name as it reads in a sentence: "the United States", "the
    Philippines", "the European Union"; "Iran", "NATO" as they are."""
    first = name.split()[0] if name.split() else ""
    if first in THE_FIRST or (" " not in name and name.endswith(("ines", "lands"))):
        return f"the {name}"
    return name


THE_FIRST = frozenset(
    "United European African Arab Republic Kingdom Democratic Islamic Federal State People's "
    "Supreme National International World Central Federation Commonwealth Holy Czech Gambia "
    "Organisation Organization Council Court Department Ministry House Senate Bank".split()
)
"""First words of names read with "the" ("the United Kingdom", "the Czech Republic")."""


def _names(ids: Iterable[str], names: dict[str, str]) -> list[str]:
    return [names[actor_key(a)] for a in ids][:3]


def _join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items) or "unnamed actors"
    return ", ".join(items[:-1]) + " and " + items[-1]


def proposal_id(group: list[Proposal], taken: set[str]) -> str:
    """Stable id from the content: a named agreement's name, else type and actors, and the
    date; a digest of its first sentence when another page already has it."""
    base, digested = proposal_ids(group)
    return base if f"{group[0].kind}/{base}" not in taken else digested


def proposal_ids(group: list[Proposal]) -> tuple[str, str]:
    """The two ids a group may have (``proposal_id``): plain, and with its sentence's digest.
    An editor's record under either id is the group accepted as the review offered it."""
    first = group[0]
    actors = sorted({a for p in group for a in p.actors})[:3]
    proper = best(p.name for p in group) if first.kind == "agreements" else None
    label = [proper] if proper else [first.type, *actors]  # "paris-climate-accord"
    base = slugify(" ".join([*label, best(p.date for p in group) or ""]), 70)
    words = f"{first.mention.article}\n{first.mention.text}\n{first.mention.start}"
    return base, f"{base}-{hashlib.sha256(words.encode()).hexdigest()[:6]}"
