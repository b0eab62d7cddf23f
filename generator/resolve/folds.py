"""Folds of bodies, governments and ministries into one actor each: a body's short and
stateless forms into the body of its article (``bodies.local_folds``), a leader's government
into the state it heads, a short name two states share, a bare acronym two states' bodies
spell (each article's own), American bodies and states, party
plurals ("the Tories"); then ``_merge`` of every accepted name into its final actor, and
``_keys``, their entity keys.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from operator import attrgetter
from typing import NamedTuple

from ..gazetteer import SHARED_SHORT_NAMES, state_name, us_state_names
from ..ids import slugify
from ..model import Entity, actor_key
from .article import Candidate
from .bodies import BODIES, EXECUTIVE_KINDS, body_key, local_folds
from .decide import COALITIONS, LEVELS, Verdict, demonym_state, led_by
from .merge import Found, canonical, merges, opening_state
from .names import initials, is_acronym, without_the
from .nations import _us_region
from .vocab import PARTIES_ABROAD, PARTY_NICKNAMES, PARTY_PLURALS


def _merge(
    names: list[str],
    articles_of: list[str],
    verdicts: dict[str, Verdict],
    definitions: dict[str, str],
    curated_names: dict[str, str],
    glosses: dict[str, str],
    royals: Mapping[str, str] | None = None,
    ranks: Sequence[int] = (),
    party_groups: frozenset[str] = frozenset(),
) -> tuple[dict[str, str], dict[str, str], list]:
    """Each accepted candidate name to its final actor name, the type of each final name,
    and the merges made; ``names`` and ``articles_of`` are every candidate's name and article,
    pair by pair, and ``ranks`` (if given) its rank in its article. ``royals``: a short name
    -> the royal's long name it is (``_royal_names``)."""
    accepted = {n: v for n, v in verdicts.items() if v.name}
    counts = Counter(name for name in names if name in accepted)
    articles: dict[str, set[str]] = defaultdict(set)
    for name, article in zip(names, articles_of, strict=True):
        if name in accepted:
            articles[accepted[name].name or ""].add(article)
    in_article: dict[str, set[str]] = defaultdict(set)
    for name, where in articles.items():
        for article in where:
            in_article[article].add(name)
    leading: dict[str, Verdict] = {}  # each final name's first verdict, in the order of names
    totals: Counter[str] = Counter()
    for verdict in accepted.values():
        leading.setdefault(verdict.name or "", verdict)
    for candidate_name, n in counts.items():
        totals[accepted[candidate_name].name or ""] += n
    firsts: dict[str, dict[str, int]] = defaultdict(dict)  # final name -> article -> rank
    for name, article, rank in zip(names, articles_of, ranks, strict=False):
        if name in accepted:
            at = firsts[accepted[name].name or ""]
            at[article] = min(rank, at.get(article, rank))
    found = [
        Found(
            name,
            leading[name].type or "organisation",
            totals[name],
            frozenset(where),
            frozenset(o for a in where for o in in_article[a] if o != name),
            tuple(sorted(firsts[name].items())),
        )
        for name, where in sorted(articles.items())
        if not leading[name].curated_key
    ]
    named: dict[str, set[str]] = defaultdict(set)  # every candidate's, accepted or not
    for name, article in zip(names, articles_of, strict=True):
        named[name].add(article)
    made = merges(found, definitions, curated_names, glosses, royals, named, party_groups)
    joined = canonical(made)
    final = {}
    for name, verdict in accepted.items():
        first = verdict.name or name
        final[name] = joined.get(first, first)
    types = {f.name: f.type for f in found}
    return final, types, made


class _Row(NamedTuple):
    """What ``_body_folds`` reads of one candidate."""

    article: str
    rank: int
    text: str
    name: str
    label: str
    ner_label: str
    of_state: str


_PLACED_FIELDS = attrgetter("article", "text", "name", "label", "ner_label", "of_state")


_PLACE_FIELDS = attrgetter("paragraph", "start")


@dataclass(frozen=True)
class _Placed:
    """The candidates as ``_body_folds`` reads them, a column per field (digested quickly):
    each one's place is its rank in its article (by paragraph and start), which an edit
    elsewhere in the article leaves alone, as it does not the sentence's index."""

    article: tuple[str, ...]
    rank: tuple[int, ...]
    text: tuple[str, ...]
    name: tuple[str, ...]
    label: tuple[str, ...]
    ner_label: tuple[str, ...]
    of_state: tuple[str, ...]

    @classmethod
    def of(cls, candidates: Sequence[Candidate]) -> _Placed:
        # The fields read in C, a row per candidate (some 35,000 at 1,000 articles).
        rows = list(map(_PLACED_FIELDS, candidates))
        article, text, name, label, ner_label, of_state = (
            (tuple(column) for column in zip(*rows, strict=True)) if rows else ((),) * 6
        )
        places = list(map(_PLACE_FIELDS, candidates))
        by_article: dict[str, list[int]] = defaultdict(list)
        for i, here in enumerate(article):
            by_article[here].append(i)
        rank = [0] * len(candidates)
        for indexes in by_article.values():
            # One rank for one place: of two there, the first stays first, as before.
            at: dict[tuple[int, int], int] = {}
            for i in sorted(indexes, key=places.__getitem__):
                rank[i] = at.setdefault(places[i], len(at))
        return cls(article, tuple(rank), text, name, label, ner_label, of_state)

    def rows(self) -> list[_Row]:
        columns = (self.rank, self.text, self.name, self.label, self.ner_label, self.of_state)
        return list(map(_Row, self.article, *columns))


def _body_folds(
    placed: _Placed,
    final: dict[str, str],
    types: dict[str, str],
    people: frozenset[str],
    hinted: dict[str, Counter[str]] | None = None,
    surnames: frozenset[str] = frozenset(),
    party_groups: frozenset[str] = frozenset(),
    headed: Mapping[str, str] | None = None,
    only_leaders: frozenset[str] = frozenset(),
) -> dict[tuple[str, str], tuple[str, str]]:
    """(article, name) -> (organisation or state, why) for the short and stateless forms of
    a body in each article (``bodies.local_folds``), and for a leader's government ("the
    Trump administration"), the state its leader heads where the texts say so (``headed``,
    ``_states_headed``), else the state its article names most (for ``only_leaders``, words
    the briefing writes only before "government", ``decide.named_only_as_leaders``: the one
    state it names); never a curated name.
    ``hinted``: article -> states it names only inside longer names, which count too;
    ``surnames``: as ``decide.led_by`` reads them; ``party_groups``: as ``_party_groups``."""
    candidates = placed.rows()
    present: dict[str, dict[str, bool]] = defaultdict(dict)
    states_in: dict[str, Counter[str]] = defaultdict(Counter)
    described: dict[str, Counter[str]] = defaultdict(Counter)
    for article, states in (hinted or {}).items():
        states_in[article].update(states)
    counts: Counter[str] = Counter()
    names_in: dict[str, set[str]] = defaultdict(set)
    for c in candidates:
        names_in[c.article].add(c.name)
        if c.name in final:
            name = final[c.name]
            counts[name] += 1
            if types.get(name) == "state" and c.ner_label != "NORP":
                # (no candidate the NER read as a nationality ranks the state against the
                # others: neither an adjective, "Russian troops", nor a government named by
                # it, "the Russian government", is a naming of the state)
                states_in[c.article][name] += 1
            elif types.get(name) == "state":
                described[c.article][name] += 1
            elif types.get(name) == "organisation":
                present[c.article][name] = True
                if (key := body_key(name)) and key[0]:
                    described[c.article][key[0]] += 1  # "Nigerian Red Cross": says whose
        elif "ORG" in (c.label, c.ner_label) and c.name[:1].isupper():
            present[c.article].setdefault(c.name, False)
        elif c.ner_label == "NORP" and (state := demonym_state(c.name)):
            described[c.article][state] += 1  # "Iranian": no actor, but says whose
    before: dict[tuple[str, str], set[str]] = defaultdict(set)
    first: dict[tuple[str, str], _Row] = {}
    for c in candidates:
        at = (c.article, final.get(c.name, c.name))
        before[at].add(c.of_state)
        if at not in first or c.rank < first[at].rank:
            first[at] = c
    owners = {k: next(iter(v)) for k, v in before.items() if len(v) == 1 and "" not in v}
    for (article, name), written in before.items():
        if (
            len(stated := written - {""}) == 1
            and (key := body_key(name))
            and (
                key[1] == "party"
                or (key[1] in BODIES and not key[2] and first[article, name].of_state)
                # "Malaysia's Health Ministry said ... The Health Ministry urged calm"
                or (key[1] in EXECUTIVE_KINDS and key[2] and first[article, name].of_state)
                # "Health Ministry director-general ... Malaysia's Health Ministry urged": a
                # ministry written with its state later, the state its article names most
                or (
                    key[1] in EXECUTIVE_KINDS
                    and key[2]
                    and (top := states_in[article].most_common(1))
                    and top[0][0] in stated
                )
            )
        ):
            # "Hong Kong's Democratic Party ... The Democratic Party said", "the US House of
            # Representatives ... The House of Representatives passed": a generic party, or
            # a state's chamber or court first named with its state, and with no other, is
            # that state's all through its article. (A bare "House of Representatives" met
            # before "Australia's" may be another state's.)
            owners[article, name] = next(iter(stated))
    with_state = {at for at, written in before.items() if written - {""}}
    # An article on American politics often names no "United States" ("The Senate confirmed
    # Barr ... trade with China", "the Alabama Senate ... travel to Mexico"): its bare chamber
    # is no other state's, so it counts as one written with its state.
    american = {c.article for c in candidates if _american(c.text)}
    with_state.update(at for at in before if at[0] in american)
    ranks = {at: row.rank for at, row in first.items()}
    folds = local_folds(
        present,
        types,
        states_in,
        counts,
        owners,
        with_state,
        described,
        ranks,
        names_in,
        party_groups,
    )
    folds.update(_party_plurals(candidates, final, present, folds, states_in))
    folds.update(_shared_short_folds(candidates, final, types))
    folds.update(_shared_acronym_folds(candidates, final, types, states_in, described))
    for c in candidates:
        if c.name in final or not (leader := led_by(c.name, people, surnames)):
            continue
        if state := (headed or {}).get(leader):
            # "Australian prime minister John Howard … the Howard Government", in an article
            # naming Iraq, where the troops went, most: the state he heads
            folds[c.article, c.name] = state, f"a leader's government: the state {leader} heads"
            continue
        # a US state is no leader's government's ("New York sued the Trump administration"
        # names New York most, but the administration is the United States')
        ranked = Counter(
            {s: n for s, n in states_in.get(c.article, Counter()).items() if not _us_region(s)}
        ).most_common(2)
        if leader in only_leaders and len(ranked) > 1:
            # "the Fraser government", Fraser named nowhere else and no text saying whose
            # leader he is, in an article on Australia's uranium for India that names India
            # most: a word known only from this name leads no state the article's count picks
            continue
        if ranked[:1] and ranked[0][1] >= max(2, 2 * sum(n for _, n in ranked[1:])):
            why = f"a leader's government: the state its article names most ({ranked[0][0]})"
            folds[c.article, c.name] = ranked[0][0], why
    return folds


_HEAD_OFFICES = r"(?:[Pp]rime [Mm]inister|[Pp]resident|[Pp]remier|[Cc]hancellor)"


_OFFICE_STEMS = ("inister", "resident", "remier", "hancellor")
"""The cheap test before ``_HEAD_OFFICES``' pattern runs on a text."""


_STATE_WORDS = r"[A-Z][a-z]+(?: [A-Z][a-z]+)?|[A-Z](?:\.[A-Z])+\.?|[A-Z]{2,3}"
"""A state's name or adjective of one or two words, or its initials ("U.S.", "US", "UK")."""


_BEFORE_STATE = r"(?:(?:The|Former|Then|Outgoing|Acting|Interim) )?"
"""A capitalised word that may open the phrase before the state ("The Australian Prime
Minister John Howard", "Former U.S. President Bill Clinton"): no state's word, not read as one
(it took the state's place, and "The Australian" names no state)."""


def _states_headed(
    names: Iterable[str], texts: Sequence[str], people: frozenset[str], surnames: frozenset[str]
) -> dict[str, str]:
    """A leader whose government the briefing names ("the Howard Government") -> the state
    the texts say he heads, where they say one only: "Australian prime minister John
    Howard", "Australia's Prime Minister John Howard", "John Howard, the Australian prime
    minister", "The U.S. President George W. Bush" (a state by its initials, a sentence's
    "The" or a "Former" before it, ``_BEFORE_STATE``). Found in one pass over the texts that
    write a leader's name."""
    leaders = sorted(
        {
            leader
            for name in names
            if (leader := led_by(name, people, surnames))
            and " " not in leader
            and leader[:1].isupper()
            and leader.lower() not in COALITIONS | LEVELS
        }
    )
    if not leaders:
        return {}
    who = "|".join(map(re.escape, leaders))
    state = rf"{_BEFORE_STATE}({_STATE_WORDS})(?:['’]s)?"
    told = re.compile(
        rf"\b{state} {_HEAD_OFFICES} (?:[A-Z][\w.'’-]* ){{0,3}}({who})\b"
        rf"|\b({who}), (?:the |then )?{state} {_HEAD_OFFICES}\b"
    )
    found: dict[str, set[str]] = defaultdict(set)
    for text in texts:
        if not any(office in text for office in _OFFICE_STEMS) or not any(
            leader in text for leader in leaders
        ):
            continue
        for match in told.finditer(text):
            words, leader = match.group(1, 2) if match.group(2) else match.group(4, 3)
            if place := state_name(words) or demonym_state(words) or state_name(words[:-1]):
                found[leader].add(place)
    return {leader: next(iter(states)) for leader, states in found.items() if len(states) == 1}


def _shared_short_folds(
    candidates: Sequence[_Row], final: Mapping[str, str], types: Mapping[str, str]
) -> dict[tuple[str, str], tuple[str, str]]:
    """(article, state) -> (the other state, why): "the Democratic Republic of the Congo ...
    eastern |Congo| ... the |Congolese| army" where another article of the briefing names the
    Republic of the Congo. A short name two states share (``SHARED_SHORT_NAMES``), or the
    adjective made of it, is in each article the one of them the article names in full, when
    it names only one and writes the other only by the shared name: ``_short_state`` can
    choose only once for the whole briefing. Never a curated state (no type here)."""
    shared_of = {state: short for short, both in SHARED_SHORT_NAMES.items() for state in both}
    full: dict[str, set[str]] = defaultdict(set)
    """article -> the shared states it writes by a name of their own ("Congo-Brazzaville"),
    as written: a candidate's name may be its state's ("the Congolese government")."""
    written: dict[str, set[str]] = defaultdict(set)
    """article -> the shared states some name of it turned into (after merges)."""
    for c in candidates:
        state = final.get(c.name)
        if state not in shared_of:
            continue
        written[c.article].add(state)
        bare = without_the(c.text).removesuffix("'s").removesuffix("’s")
        if bare != shared_of[state] and state_name(bare) == state:
            full[c.article].add(state)
    out = {}
    for article, states in sorted(written.items()):
        named = full.get(article, set())
        if len(named) != 1:
            continue
        (state,) = named
        for other in sorted(states - named):
            if types.get(other) == "state" and shared_of[other] == shared_of[state]:
                why = f"'{shared_of[other]}', which its article names in full as '{state}'"
                out[article, other] = state, why
    return out


US_SIGNS = frozenset(
    {"Democrats", "Republicans", "GOP", "Republican Party", "White House", "Capitol Hill"}
)
"""Names that American politics uses (not "Congress" or "Democratic Party", which other
states' have): an article naming one is about the United States' (or a US state's)."""


def _shared_acronym_folds(
    candidates: Sequence[_Row],
    final: Mapping[str, str],
    types: Mapping[str, str],
    states_in: Mapping[str, Counter[str]],
    described: Mapping[str, Counter[str]],
) -> dict[tuple[str, str], tuple[str, str]]:
    """(article, acronym's page) -> (long name, why): a bare acronym that spells the long
    names of two states' bodies in the briefing ("ABC": the "Australian Broadcasting
    Corporation" and the "American Broadcasting Company"; "ABC News" too, written without
    "News") is, in each article, the one of the state the article is about: the one it
    writes in full, else the one whose state (``merge.opening_state``) it names or describes
    ("Australian Prime Minister Scott Morrison") when it names one of them only. The
    briefing-wide merge, one page per name, can choose only once (and chose neither: two
    long names spell it). An article naming both states, or neither, keeps the acronym's
    page; so does a curated acronym."""
    longs: dict[str, dict[str, str]] = defaultdict(dict)
    for name in sorted(set(final.values())):  # (a set's order changes between processes)
        if (
            " " in name
            and types.get(name) in ("organisation", "media")
            and (state := opening_state(name))
            and len(letters := initials(name)) >= 2
        ):
            longs[letters].setdefault(state, name)
    shared = {letters: by_state for letters, by_state in longs.items() if len(by_state) > 1}
    if not shared:
        return {}
    pages_in: dict[str, set[str]] = defaultdict(set)
    for c in candidates:
        if c.name in final:
            pages_in[c.article].add(final[c.name])
    out = {}
    for c in candidates:
        page = final.get(c.name, "")
        if not is_acronym(page) or page not in types:
            continue  # (a curated acronym has no type here: its page stays the editor's)
        by_state = shared.get(page.replace(".", ""))
        if not by_state:
            continue
        written = [state for state, long in by_state.items() if long in pages_in[c.article]]
        named = [
            state
            for state in by_state
            if states_in.get(c.article, Counter())[state]
            or described.get(c.article, Counter())[state]
        ]
        chosen = written if written else named
        if len(chosen) == 1:
            long = by_state[chosen[0]]
            why = f"'{page}' spells '{long}', the one of {chosen[0]}, which its article is about"
            out[c.article, page] = long, why
    return out


def _american(text: str) -> bool:
    """'Republicans', 'the White House', 'Alabama', 'the Texas Senate': a name of American
    politics or of a US state (not one the gazetteer knows as a state of its own: "Georgia",
    "Puerto Rico", whose Senate an article about it names)."""
    words = without_the(text).split()
    return bool(words) and (
        words[0] in US_SIGNS
        or " ".join(words[:2]) in US_SIGNS
        or any(
            (name := " ".join(words[:n])) in us_state_names() and not state_name(name)
            for n in (1, 2, 3)
        )
    )


def _party_plurals(
    candidates: Sequence[_Row],
    final: dict[str, str],
    present: Mapping[str, Mapping[str, bool]],
    folds: Mapping[tuple[str, str], tuple[str, str]],
    states_in: Mapping[str, Counter[str]],
) -> dict[tuple[str, str], tuple[str, str]]:
    """(article, plural) -> (party, why) for 'the Tories', 'the Democrats' (``PARTY_PLURALS``)
    in an article that names the party (in the form its folds give it, "Democratic Party of
    Hong Kong"), or its nickname ("the Tories"): the party of the state the article names
    more than the United Kingdom where another has one so called (``PARTIES_ABROAD``: a
    Canadian article's "Tories"). Elsewhere the plural is the party's members, which
    ``../shared/GOLD.md`` counts as generic: no page, even where another article names the
    party."""
    out: dict[tuple[str, str], tuple[str, str]] = {}
    nicknamed = {(c.article, party) for c in candidates if (party := PARTY_NICKNAMES.get(c.name))}
    for c in candidates:
        name = final.get(c.name, c.name)
        if (party := PARTY_PLURALS.get(name)) is None or (c.article, name) in folds:
            continue
        here = present.get(c.article, {})
        named = states_in.get(c.article, Counter())
        abroad = next(
            (
                theirs
                for (ours, state), theirs in sorted(PARTIES_ABROAD.items())
                if ours == party and named[state] > named["United Kingdom"]
            ),
            None,
        )
        if abroad and (here.get(abroad) or (c.article, party) in nicknamed):
            out[c.article, name] = abroad, f"the plural of '{abroad}', which its article names"
        elif here.get(party) or (c.article, party) in nicknamed:
            target = folds.get((c.article, party), (party, ""))[0]
            out[c.article, name] = target, f"the plural of '{party}', which its article names"
    return out


def _keys(
    final: set[str],
    curated: dict[str, Entity],
    names: dict[str, str],
    folded: dict[str, str],
) -> dict[str, str]:
    """Each final actor name to its entity key: a curated actor by one of its names (in any
    case), else the name's slug, with a digest of the name when another entity has it."""
    keys: dict[str, str] = {}
    taken: dict[str, str] = {k: e.name for k, e in curated.items()}
    for name in sorted(final):
        if key := names.get(name) or folded.get(name.casefold()):
            keys[name] = key
            continue
        key = actor_key(slugify(name))
        if key in taken and taken[key].casefold() != name.casefold():
            key = f"{key}-{hashlib.sha256(name.encode()).hexdigest()[:6]}"
        taken[key] = name
        keys[name] = key
    return keys
