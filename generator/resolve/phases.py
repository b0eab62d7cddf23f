"""The phases of ``resolve``, each a function of plain values in and out (frozen dataclasses
or a tuple), in the order the orchestration calls them: ``read_articles`` (each article's
spans, the per-article half), ``candidate_passes`` (the candidates rewritten),
``verdicts_of`` (each name decided once for the briefing), then, after ``resolve``'s own
merges and folds, ``mentions_and_entities`` (each mention placed, the entities made)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields, replace
from functools import partial

from ..gazetteer import SHARED_SHORT_NAMES, place_kind, state_name
from ..memo import Memo
from ..model import (
    Article,
    ArticleAnnotation,
    Content,
    Decision,
    Entity,
    Mention,
    Resolved,
    Sentence,
    actor_names,
    in_text_order,
)
from ..organisations import listed_acronyms
from ..steps import PerArticle, Steps
from .aliases import (
    _familiar_given_names,
    _glossed_acronyms,
    _initialisms,
    _known_as,
    _names_on_papers,
    _owners_in_articles,
    _quoted_nicknames,
    _real_names,
    _slipped_openings,
    _spelt_in_brackets,
    _spelt_out,
    _translated_acronyms,
)
from .article import ArticleMentions, Candidate, Dropped, collect, given_alias
from .bearers import _titled_bearers
from .bodies import FORUM_EVENT, forums_with_members
from .decide import (
    Verdict,
    as_media,
    cited_among,
    decide,
    named_only_as_leaders,
    reported_among,
)
from .folds import _body_folds, _keys, _merge, _Placed, _states_headed
from .glued import (
    _lower_word_glued,
    _mission_place,
    _opener_glued,
    _place_cut,
    _portfolio_glued,
    _unglue,
)
from .jargon import (
    _epithets,
    _glossed_things,
    _initials_of_things,
    _jargon,
    _jargon_reads,
    _products,
    _projects_speaking,
    _ships_named_like_people,
)
from .left_out import _left_out, _read_as
from .marks import _in_articles, _Marks, _people_read_as_bodies
from .merge import acronym_definitions, translations
from .names import (
    OUTLET_HEADS,
    is_acronym,
    is_common_word,
    not_an_actor,
    own_words_only,
)
from .nations import (
    _place_names,
    _regions_written,
    _seat_acronyms,
    _short_state,
)
from .nonactors import not_actors, spelling_variants
from .outlets import (
    Citations,
    _broadcaster_services,
    _counted_groups,
    _home_editions,
    _media_citations,
    _newspapers_short,
    _spelt_channels,
    _the_in_name,
)
from .parties import _glossed_parties, _parties, _party_groups
from .persons import (
    _surname_index,
)
from .placements import (
    _placements,
)
from .reasons import NotActor
from .scans import Scanned, scanned
from .surnames import (
    _follow_surnames,
    _full_names,
    _given_names_cut,
    _honoured_bodies,
    _mononyms,
    _popes,
    _royal_names,
    _surname_alone,
    _unread_names,
)
from .sweeps import Words, _glossed, _read_articles, _well_known_written
from .things import things
from .vocab import SEATS_OF_GOVERNMENT, WELL_KNOWN

__all__ = [
    "Passed",
    "Read",
    "Verdicts",
    "candidate_passes",
    "collect_inputs",
    "collect_memo",
    "mentions_and_entities",
    "read_articles",
    "verdicts_of",
]


def collect_memo(content: Content, memo: Memo | None) -> Memo:
    """The ``collect`` memo salted with what every article's collect reads."""
    names = actor_names(content.entities)
    curated = sorted({e.key for e in content.entities})
    return (memo or Memo(None, "collect")).salted(curated, sorted(names))


def collect_inputs(article: Article, key: str, ignore: set[str]) -> tuple[object, ...]:
    """What an article's collect reads of its own, as its memo entry's inputs."""
    return (key, article.id, article.paragraphs, article.annotations, sorted(ignore))


@dataclass(frozen=True)
class Read:
    """What ``read_articles`` found: the curated names and the spans of every article."""

    curated: dict[str, Entity]
    names: dict[str, str]
    folded: dict[str, str]
    lowercase: frozenset[str]
    small_in: dict[str, list[str]]
    sentences: dict[str, tuple[Sentence, ...]]
    mentions: tuple[Mention, ...]
    candidates: tuple[Candidate, ...]
    dropped: tuple[Dropped, ...]
    hinted: dict[str, Counter[str]]
    texts: tuple[str, ...]
    glossed: frozenset[str]


def read_articles(
    content: Content,
    annotations: Sequence[ArticleAnnotation],
    memo: Memo | None,
    collected: Mapping[str, tuple[str, ArticleMentions, str]],
    words: Words,
    steps: Steps | None = None,
) -> Read:
    """A phase because it is the per-article half: each article's spans read (``collect``)
    alone, taken from ``collected`` or ``memo`` when its annotation is unchanged, so a rebuild
    reads again only the edited articles; all that follows reads the briefing as a whole.
    Each article's candidates kept by ``memo`` are known to ``steps`` by the memo entry's key
    (``Steps.seed``): the per-article passes key them without digesting them again."""
    curated = {e.key: e for e in content.entities}
    names = actor_names(content.entities)
    memo = collect_memo(content, memo)
    folded: dict[str, str] = {}
    for name, owner in names.items():
        folded.setdefault(name.casefold(), owner)
    by_article = {a.article: a for a in annotations}
    lowercase, glossed_in, small_in = words
    sentences: dict[str, tuple[Sentence, ...]] = {}
    mentions: list[Mention] = []
    candidates: list[Candidate] = []
    dropped: list[Dropped] = []
    hinted: dict[str, Counter[str]] = defaultdict(Counter)
    texts: list[str] = []
    glossed: set[str] = set()
    with memo:  # saved for the next build
        for article in content.articles:
            annotation = by_article.get(article.id)
            if annotation is None:
                continue
            sentences[article.id] = annotation.sentences
            ignore = set(content.briefing.ignore) | set(article.ignore)
            early = collected.get(article.id)
            entry: str | None
            if early is not None and annotation.key and early[0] == annotation.key:
                found, entry = early[1], early[2]
            else:
                found, entry = memo.keyed(
                    collect_inputs(article, annotation.key, ignore),
                    partial(collect, article, annotation, set(curated), ignore, set(names)),
                    (ArticleMentions.encoded, ArticleMentions.decoded),
                    bool(annotation.key),  # else what the annotation holds is not known
                )
            if steps is not None and entry is not None:
                steps.seed(found.candidates, f"collect\0{entry}")
            mentions.extend(found.mentions)
            candidates.extend(found.candidates)
            dropped.extend(found.dropped)
            hinted[article.id].update(found.states)
            texts.extend(article.paragraphs)
            glossed.update(glossed_in[article.id])
    return Read(
        curated,
        names,
        folded,
        lowercase,
        small_in,
        sentences,
        tuple(mentions),
        tuple(candidates),
        tuple(dropped),
        hinted,
        tuple(texts),
        frozenset(glossed),
    )


Merged = tuple[
    dict[str, str],
    dict[str, str],
    dict[str, str],
    dict[tuple[str, str], tuple[str, str]],
    list[Decision],
]
"""What ``resolve``'s merges made: each name's final name, the types, the keys, the folds
into bodies (by article and name) and the decisions so far."""


@dataclass(frozen=True)
class Passed:
    """What ``candidate_passes`` made of the candidates, and what it read on the way."""

    annotated: dict[str, str]
    proposed: tuple[Candidate, ...]
    candidates: tuple[Candidate, ...]
    paragraphs: dict[str, tuple[str, ...]]
    pre_read: tuple[Candidate, ...]
    marks: _Marks
    scanned: Scanned
    """The paragraphs each briefing-wide scan reads (``scans``), kept per article."""


def candidate_passes(
    read: Read, content: Content, annotations: Sequence[ArticleAnnotation], steps: Steps
) -> Passed:
    """A phase because each pass here rewrites the candidates themselves (cut, completed,
    unglued, re-owned, left out) before any name is voted on: what the NER proposed
    (``proposed``) and what was read before the in-article passes (``pre_read``) are kept
    for the review's record."""
    candidates, lowercase, names = list(read.candidates), read.lowercase, read.names
    sentences = read.sentences
    annotated = {a.article: a.key for a in annotations}
    proposed = [c for c in candidates if c.ner_label in ("PERSON", "ORG")]
    candidates = _given_names_cut(candidates, content.articles, lowercase, steps)
    candidates += _full_names(candidates, content.articles, sentences, lowercase, steps, annotated)
    candidates = _unglue(candidates, names, lowercase, steps)
    paragraphs = {a.id: a.paragraphs for a in content.articles}
    candidates = _lower_word_glued(candidates, paragraphs, lowercase)
    candidates = _opener_glued(candidates, paragraphs, lowercase)
    candidates = _place_cut(candidates, paragraphs)
    candidates = _portfolio_glued(candidates)
    candidates = _mission_place(candidates, paragraphs)
    candidates = _owners_in_articles(candidates, content.articles, steps)
    candidates = _newspapers_short(candidates, paragraphs)  # leaves some out: not kept
    candidates = _regions_by_article(candidates, paragraphs, sentences, annotated, steps)
    scans = scanned(content.articles, sentences, steps)
    well_known = {a: texts for a, texts in paragraphs.items() if a in scans.well_known}
    candidates = _well_known_written(candidates, well_known, sentences)
    pre_read = candidates  # as read before the in-article passes, some of which leave names out
    candidates, marks = _in_articles(candidates, content.articles, lowercase, steps)
    return Passed(
        annotated, tuple(proposed), tuple(candidates), paragraphs, tuple(pre_read), marks, scans
    )


def _regions_by_article(
    candidates: list[Candidate],
    paragraphs: Mapping[str, tuple[str, ...]],
    sentences: Mapping[str, tuple[Sentence, ...]],
    annotated: Mapping[str, str],
    steps: Steps,
) -> list[Candidate]:
    """``_regions_written``, which reads each article's candidates, paragraphs and sentences
    alone, run article by article (in the order of their first candidates, as it runs them)
    and kept by ``steps`` under the article's id, annotation key (its sentences), paragraphs
    and candidates: a rebuild after one edit reads again only that article. What is kept is
    the candidates it changes (True for one left as it was: the very object stays, known to
    the steps after it) and those it adds. An article whose annotation key is not known is
    read every time."""
    kept = PerArticle(steps, "regions-written")
    by_article: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(candidates):
        by_article[c.article].append(i)
    out = list(candidates)
    added: list[Candidate] = []
    for article, indexes in by_article.items():
        here = [candidates[i] for i in indexes]
        texts, key = paragraphs.get(article, ()), annotated.get(article, "")
        compute = partial(_regions_in_article, article, texts, sentences.get(article, ()), here)
        changed, more = (
            kept.get((article, key, texts, here), compute, _regions_kept) if key else compute()
        )
        for i, one in zip(indexes, changed, strict=True):
            if isinstance(one, Candidate):
                out[i] = one
        added.extend(more)
    kept.save()
    return out + added


def _regions_in_article(
    article: str, texts: tuple[str, ...], sentences: tuple[Sentence, ...], here: list[Candidate]
) -> tuple[list[Candidate | bool], list[Candidate]]:
    """``_regions_written`` of one article: each of its candidates (True where the same), and
    the candidates it adds."""
    made = _regions_written(here, {article: texts}, {article: sentences})
    same = [True if c is was else c for c, was in zip(made, here, strict=False)]
    return same, made[len(here) :]


def _regions_kept(value: object) -> bool:
    """A kept value of ``_regions_in_article``'s form."""
    return (
        type(value) is tuple
        and len(value) == 2
        and type(value[0]) is list
        and type(value[1]) is list
        and all(c is True or type(c) is Candidate for c in value[0])
        and all(type(c) is Candidate for c in value[1])
    )


@dataclass(frozen=True)
class OtherNames:
    """The other names the texts give one actor (``_other_names``), each kept for the merge's
    reasons."""

    real_names: dict[str, str]
    known_as: dict[str, str]
    papers: dict[str, str]
    translated: dict[str, str]
    editions: dict[str, Verdict]
    familiar: dict[str, str]
    slips: dict[str, str]
    gloss_of: dict[str, str]


@dataclass(frozen=True)
class Verdicts(OtherNames):
    """What ``verdicts_of`` decided: each name's verdict, the acronyms the texts define, and
    (``OtherNames``' fields) the other names the texts give one actor."""

    labels: dict[str, Counter[str]]
    verdicts: dict[str, Verdict]
    definitions: dict[str, str]
    defined: tuple[str, ...]
    spelt: dict[str, str]
    people: frozenset[str]
    surnames: frozenset[str]
    only_leaders: frozenset[str]


def verdicts_of(
    read: Read,
    passed: Passed,
    content: Content,
    steps: Steps,
    citations: Citations | None,
) -> Verdicts:
    """A phase because it decides each name once for the whole briefing: the vote over its
    mentions (``decide``, kept by ``steps`` as "verdicts"), then the rules that overrule a
    vote from what the texts say (acronyms defined, ships, things, jargon, other names of
    one actor). Nothing here merges or places a mention yet."""
    voted = _voted(read, passed, content, steps, citations)
    verdicts = dict(voted.verdicts)
    candidates = list(passed.candidates)
    definitions, defined, spelt = _overruled_by_texts(
        candidates, verdicts, voted, read, passed, content, steps
    )
    other = _other_names(candidates, verdicts, voted, read, passed, definitions, steps)
    return Verdicts(
        **{f.name: getattr(other, f.name) for f in fields(OtherNames)},
        labels=voted.labels,
        verdicts=verdicts,
        definitions=definitions,
        defined=tuple(defined),
        spelt=spelt,
        people=voted.people,
        surnames=voted.surnames,
        only_leaders=voted.only_leaders,
    )


@dataclass(frozen=True)
class _Voted:
    """The vote over each name's mentions (``_voted``) and what the later rules read of it."""

    labels: dict[str, Counter[str]]
    verdicts: dict[str, Verdict]
    places: dict[str, str]
    people: frozenset[str]
    surnames: frozenset[str]
    only_leaders: frozenset[str]
    titled: frozenset[str]
    own_words: frozenset[str]


def _voted(
    read: Read,
    passed: Passed,
    content: Content,
    steps: Steps,
    citations: Citations | None,
) -> _Voted:
    """Each name's verdict from the vote over its mentions (``decide``, kept by ``steps`` as
    "verdicts"), with the facts beside the NER's labels that the vote reads (a company's noun
    before a name, a gloss, a product's maker, a place's vessel) and the outlets the articles
    cite."""
    candidates, lowercase, names, folded = (
        list(passed.candidates),
        read.lowercase,
        read.names,
        read.folded,
    )
    glossed, texts, small_in = set(read.glossed), list(read.texts), read.small_in
    annotated, marks = passed.annotated, passed.marks
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    for c in candidates:
        labels[c.name][c.label] += 2 if c.said_what else 1
    # "oil firm |Yukos|": a company's noun before the name, a fact beside the NER's votes
    traded = frozenset(c.name for c in candidates if c.traded)
    for name in sorted(labels):
        if (
            " " not in name
            and name[:1].isupper()
            and name + "s" in labels
            and not is_common_word(name, lowercase)  # "Senate", "Senates"
            and name.lower() not in OUTLET_HEADS  # "The Guardian" and a film's "Guardians"
        ):
            # "the Houthis" and "a Houthi spokesman": one group's name, one vote.
            pooled = labels[name] + labels[name + "s"]
            labels[name], labels[name + "s"] = pooled.copy(), pooled.copy()
    for name in _glossed(labels, glossed):
        labels[name]["ORG"] += 2  # "the Sejm (lower house)": the text says what it is
    for name in _products(labels, list(passed.scanned.made)):
        labels[name]["PRODUCT"] += 2  # "the SpaceX |Crew Dragon| capsule", NER or not
    places = _place_names(labels)
    for c in candidates:
        if c.vessel:
            places.setdefault(c.name, f"{c.vessel} {c.name}")  # "the tanker Stena Impero"
    people = frozenset(
        word for c in candidates if "PERSON" in (c.label, c.ner_label) for word in c.name.split()
    )
    only_leaders = named_only_as_leaders(labels, lowercase)
    surnames = (
        frozenset(
            c.name.rsplit(" ", 1)[1]
            for c in candidates
            if "PERSON" in (c.label, c.ner_label) and " " in c.name
        )
        | frozenset(
            # "President Bush announced ... Bush Administration officials": a town's name that
            # the briefing reads alone as a person more than as a place is that person's too
            name
            for name, counts in labels.items()
            if " " not in name and counts["PERSON"] > counts["GPE"] + counts["LOC"]
        )
        | only_leaders
    )
    alone = _surname_alone(candidates, labels, content.articles, steps)
    titled = frozenset(marks.titled)
    # "Shell has signed …": a word another article writes small is no common word here
    own_words = own_words_only(((c.name, c.article) for c in candidates), small_in, lowercase)
    verdicts = steps.run(
        "verdicts",
        lambda: {
            name: decide(
                name,
                counts,
                names.get(name) or folded.get(name.casefold()),
                lowercase,
                places.get(name),
                people,
                alone,
                titled,
                traded,
                surnames,
                own_words,
            )
            for name, counts in sorted(labels.items())
        },
    )
    verdicts.update(_short_state(verdicts, labels))
    forums = [n for n, v in verdicts.items() if not v.name and v.reason == FORUM_EVENT]
    for name, because in forums_with_members(forums, texts).items():
        verdicts[name] = Verdict(name, "organisation", because)
    cites = _media_citations(content.articles, annotated, steps, citations)
    cited = cited_among(labels, cites) | reported_among(labels, cites)
    verdicts = {name: as_media(verdict, cited) for name, verdict in verdicts.items()}
    return _Voted(labels, verdicts, places, people, surnames, only_leaders, titled, own_words)


def _overruled_by_texts(
    candidates: list[Candidate],
    verdicts: dict[str, Verdict],
    voted: _Voted,
    read: Read,
    passed: Passed,
    content: Content,
    steps: Steps,
) -> tuple[dict[str, str], list[str], dict[str, str]]:
    """The rules that overrule a vote from what the texts say of a name: acronyms defined,
    ships, epithets, things the text glosses, works, goods, jargon, a long form spelt out,
    well-known groups. Updates ``verdicts`` (this phase's own dict); returns the acronyms'
    definitions, the acronyms that took their long form's verdict, and the long forms spelt
    out for an acronym."""
    labels, places, names, lowercase = voted.labels, voted.places, read.names, read.lowercase
    paragraphs = passed.paragraphs
    definitions = acronym_definitions(passed.scanned.defined, [*labels, *names])
    defined = []
    for acronym, long in definitions.items():
        # "White House (WH)": the acronym is whatever its long form turned out to be.
        if acronym in verdicts and long in verdicts and verdicts[long].name:
            verdicts[acronym] = verdicts[long]
            defined.append(acronym)
        elif acronym in verdicts and not verdicts[acronym].curated_key and place_kind(long):
            verdicts[acronym] = Verdict(reason=f"stands for '{long}', {place_kind(long)}")
        elif (
            acronym in verdicts
            and not verdicts[acronym].curated_key
            and (why := not_an_actor(long))
        ):
            # "the African Continental Free Trade Area (AfCFTA)": what the long form is.
            verdicts[acronym] = Verdict(reason=f"stands for '{long}', which {why}")
    named_otherwise = {c.name for c in candidates if not c.vessel}
    for name in sorted({c.name for c in candidates if c.vessel} - named_otherwise):
        if name in verdicts and verdicts[name].name and not verdicts[name].curated_key:
            # "MV Professor Albrecht Penck" and nothing else: a ship named after a person
            # (not "MV Alan Kurdi" where the boy is named too).
            verdicts[name] = Verdict(
                reason=f'a ship: the articles name it only as "{places[name]}"'
            )
    for name, where in _ships_named_like_people(candidates, verdicts, paragraphs).items():
        verdicts[name] = Verdict(reason=f'a ship: the articles name it "{where}"')
    for name in _epithets(candidates, verdicts, paragraphs):
        verdicts[name] = Verdict(reason=NotActor.EPITHET.why(name=name))
    for name, what in _glossed_things(candidates).items():
        verdict = verdicts[name]
        if (
            not verdict.curated_key  # "Hagia Sophia, formerly a … church"
            and name not in SEATS_OF_GOVERNMENT  # "The Kremlin, the … palace": its state's
            and verdict.name in (None, name)  # a name already another actor's stays its
        ):
            verdicts[name] = Verdict(reason=f"{what}: the text says what it is")
    for name in _projects_speaking(candidates, verdicts, paragraphs):
        verdicts[name] = Verdict(name, "organisation", "a project that speaks as a body")
    found_as_actors = frozenset(
        name
        for name, verdict in verdicts.items()
        if verdict.name and not verdict.curated_key and verdict.type != "state"
    )
    reads, reads_things = _read_articles(candidates, content.articles, steps)
    for name, why in not_actors(
        candidates, paragraphs, found_as_actors, definitions, lowercase, reads
    ).items():
        verdicts[name] = Verdict(reason=why)  # a work, a cut name, a people, a street
    for name, why in things(candidates, paragraphs, found_as_actors, reads_things).items():
        verdicts[name] = Verdict(reason=why)  # goods, a portfolio, a policy, a tax, a law
    for acronym in defined:
        if verdicts[definitions[acronym]].name and not verdicts[acronym].name:
            # "The American Petroleum Institute (API)": a rule reading the acronym alone as a
            # thing (jargon: "API") does not undo the text's definition, whose name it is.
            verdicts[acronym] = verdicts[definitions[acronym]]
    still_actors = frozenset(name for name in found_as_actors if verdicts[name].name)
    mentioned = {name: counts.total() for name, counts in labels.items()}
    for variant, main in spelling_variants(still_actors, mentioned).items():
        verdicts[variant] = verdicts[main]  # "World Health Organisation": the Organization
    for acronym, (long, why) in _initials_of_things(candidates, verdicts, paragraphs).items():
        verdicts[acronym] = Verdict(reason=f"the initials of '{long}', which {why}")
    heard = _jargon_reads(candidates, content.articles, steps)
    for name, why in _jargon(
        candidates, verdicts, definitions, paragraphs, lowercase, heard
    ).items():
        verdicts[name] = Verdict(reason=why)
    spelt = _spelt_out(candidates, verdicts, definitions, paragraphs)
    for acronym, long in spelt.items():
        # "the Islamic Revolutionary Guard Corps Quds Force ... the IRGC said": the long form
        # is the actor's name, its page's title, and the acronym one of its names.
        verdicts[acronym] = Verdict(long, "organisation", f"spelt out in the text as '{long}'")
    for group in WELL_KNOWN:
        # "al-Qa’ida", read as a lone word of a person's name, where "Al-Qaeda" is an actor.
        taken = [verdicts[n] for n in group if n in verdicts and verdicts[n].name]
        if not taken and (here := [n for n in group if n in verdicts]):
            # "The Houthis" read as a lone word of a person's name: a well-known group.
            taken = [Verdict(here[0], "organisation", "a well-known actor")]
        for name in group:
            if taken and name in verdicts and not verdicts[name].name:
                verdicts[name] = taken[0]
    in_articles = ((c.article, c.name) for c in candidates)
    for acronym, long in listed_acronyms(verdicts, definitions, in_articles).items():
        # "the International Atomic Energy Agency … the IAEA said", never spelt out in
        # brackets: the organisation list (Phoenix's) says whose acronym it is.
        verdicts[acronym] = verdicts[long]
    return definitions, defined, spelt


def _other_names(
    candidates: list[Candidate],
    verdicts: dict[str, Verdict],
    voted: _Voted,
    read: Read,
    passed: Passed,
    definitions: dict[str, str],
    steps: Steps,
) -> OtherNames:
    """Names that are another actor's: honoured bodies, mononyms, popes, seats' acronyms,
    parties, channels, editions, counted groups, initialisms, real names, names on papers,
    nicknames, "known as", translated acronyms, familiar given names, slipped openings and
    glossed acronyms. Updates ``verdicts`` and ``definitions`` (this phase's own dicts)."""
    labels, titled, own_words = voted.labels, voted.titled, voted.own_words
    names, lowercase, texts = read.names, read.lowercase, list(read.texts)
    paragraphs, marks = passed.paragraphs, passed.marks
    royal = set(marks.royal)
    verdicts.update(_honoured_bodies(verdicts, labels, royal))
    verdicts.update(
        _mononyms(verdicts, labels, candidates, titled, royal, names, lowercase, own_words)
    )
    verdicts.update(_popes(verdicts, royal, candidates, paragraphs))
    for name, seat in _seat_acronyms(verdicts, list(passed.scanned.seats)).items():
        # "The WH statement" where the articles name the White House: its state.
        verdicts[name] = decide(seat, Counter({"ORG": 1}), None, lowercase)
        definitions.setdefault(name, seat)
    for name in _parties(verdicts, labels, texts):
        verdicts[name] = Verdict(
            name, "organisation", f"a party: the articles write '{name} party'"
        )
    for name in _glossed_parties(verdicts, labels, passed.scanned.party_glosses):
        verdicts[name] = Verdict(name, "organisation", "a party: the articles say it is one")
    for spelt_name, numbered in _spelt_channels(verdicts).items():
        verdicts[spelt_name] = verdicts[numbered]  # "Channel Four" is "Channel 4"
    verdicts.update(_broadcaster_services(verdicts))
    editions = _home_editions(verdicts, definitions, texts)
    verdicts.update(editions)  # "ABC Australia" is the ABC
    for numbered, spelt_out in _counted_groups(verdicts).items():
        verdicts[numbered] = verdicts[spelt_out]  # "G7" is the "Group of Seven"
    for short, long in _initialisms(verdicts, candidates).items():
        verdicts[short] = verdicts[long]  # "the MoD" is the "Ministry of Defence"
    real_names = _real_names(candidates, paragraphs, verdicts)
    for real, stage in real_names.items():
        verdicts[real] = verdicts[stage]  # "Mars - real name Bob Allen Deal": one person
    papers = _names_on_papers(candidates, paragraphs, verdicts)
    for alias, bearer in papers.items():
        verdicts[alias] = verdicts[bearer]  # "X, whose travel documents read 'Y'": one person
    for nick, full in _quoted_nicknames(candidates, paragraphs, verdicts).items():
        verdicts[nick] = verdicts[full]  # 'Jeremy "Spike" Cohen' … "Spike Cohen": one person
    known_as = _known_as(candidates, paragraphs, verdicts)
    for alias, said_to in known_as.items():
        verdicts[alias] = verdicts[said_to]  # "The Toronto-Dominion Bank, known as TD": one body
    for long, acronym in _spelt_in_brackets(candidates, paragraphs, verdicts).items():
        verdicts[long] = verdicts[acronym]  # "ELAM (Escuela Latinoamericana de Medicina)"
    translated = _translated_acronyms(candidates, verdicts)
    for long, acronym in translated.items():
        verdicts[long] = verdicts[acronym]  # "Escola Latino Americana de Medicina", "ELAM"
    familiar = _familiar_given_names(candidates, verdicts, labels, lowercase, paragraphs, steps)
    for word, person in familiar.items():
        verdicts[word] = verdicts[person]  # "Raila said", "Raila Odinga" in another article
    slips = _slipped_openings(candidates, verdicts, labels)
    for slip, body in slips.items():
        verdicts[slip] = verdicts[body]  # "Amuary" for "The Amaury Sport Organisation"
    gloss_of = _glossed_acronyms(candidates, paragraphs, verdicts)
    for other, english in gloss_of.items():
        # "the Escola Latinoamericana de Medicina (ELAM), the Latin American School of
        # Medicine": the acronym and the body's own-tongue name are the English gloss's.
        verdicts[other] = verdicts[english]
        if is_acronym(other):
            definitions[other] = english  # its lone uses the NER left unread join it too
    return OtherNames(real_names, known_as, papers, translated, editions, familiar, slips, gloss_of)


def merges_and_folds(read: Read, passed: Passed, decided: Verdicts, steps: Steps) -> Merged:
    """A phase of its own: every accepted name merged into its final actor (``_merge``, the
    step "merge") and bodies folded into states or their body (``_body_folds``, the step
    "folds"), with the reason of each merge the review shows."""
    curated, names, folded, hinted = read.curated, read.names, read.folded, read.hinted
    candidates, paragraphs, texts = list(passed.candidates), passed.paragraphs, list(read.texts)
    verdicts, definitions, defined = decided.verdicts, decided.definitions, decided.defined
    labels, people, surnames = decided.labels, decided.people, decided.surnames
    only_leaders, spelt, real_names = decided.only_leaders, decided.spelt, decided.real_names
    known_as, papers, translated = decided.known_as, decided.papers, decided.translated
    editions, familiar, slips = decided.editions, decided.familiar, decided.slips
    gloss_of = decided.gloss_of
    glosses = translations(
        passed.scanned.translated, [n for n, v in verdicts.items() if v.name == n]
    )
    royals = _royal_names(candidates, paragraphs)
    party_groups = _party_groups(verdicts, texts)
    # The merges read of each candidate only its name, article and rank in it (``_Placed``),
    # in no order of theirs: given those alone, sorted, they are kept after an edit that moves
    # no name. The rank tells which of two names an article gives first (fix76).
    placed = _Placed.of(candidates)
    named = sorted(zip(placed.name, placed.article, placed.rank, strict=True))
    final, types, merged = steps.run(
        "merge",
        partial(
            _merge,
            [name for name, _, _ in named],
            [article for _, article, _ in named],
            verdicts,
            definitions,
            names,
            glosses,
            royals,
            [rank for _, _, rank in named],
            party_groups,
        ),
    )
    # The folds read of each candidate what ``_Placed`` holds, not where its sentence is:
    # kept after an edit that moves no name within its article.
    headed = _states_headed(labels, passed.scanned.offices, people, surnames)
    folds = steps.run(
        "folds",
        partial(
            _body_folds,
            placed,
            final,
            types,
            people,
            hinted,
            surnames,
            party_groups,
            headed,
            only_leaders,
        ),
    )
    for target, _why in folds.values():
        # a body, or a state named only in its leader's government ("The Australian Prime
        # Minister John Howard ... the Howard Government"): a state's page all the same
        types.setdefault(target, "state" if state_name(target) == target else "organisation")
    keys = _keys({*final.values(), *(t for t, _ in folds.values())}, curated, names, folded)
    reasons = {m.name: m.reason for m in merged}
    reasons.update(
        {
            a: f"defined in the text as '{definitions[a]} ({a})'"
            for a in defined
            if a in final and a != final[a]  # a rule after the definition may reject it
        }
    )
    reasons.update({a: f"spelt out in the text: '{spelt[a]}'" for a in spelt if a != final[a]})
    reasons.update(
        {r: f"the real name of '{real_names[r]}' in the text" for r in real_names if r != final[r]}
    )
    reasons.update(
        {k: f"another name of '{known_as[k]}' in the text" for k in known_as if k != final[k]}
    )
    reasons.update(
        {a: f"the name on the papers of '{papers[a]}' in the text" for a in papers if a != final[a]}
    )
    reasons.update(
        {
            long: f"spells '{acronym}', which the text gives for '{final[acronym]}'"
            for long, acronym in translated.items()
            if long != final[long] and acronym in final
        }
    )
    reasons.update({e: v.reason for e, v in editions.items() if e in final and e != final[e]})
    reasons.update(
        {
            word: f"the given name of '{person}', named in full in another article that "
            "shares an actor with its own"
            for word, person in familiar.items()
            if word in final and word != final[word]
        }
    )
    reasons.update(
        {
            slip: f"a slip of the pen for the first word of '{body}'"
            for slip, body in slips.items()
            if slip in final and slip != final[slip]
        }
    )
    reasons.update(
        {
            other: f"glossed in the text as '{english}'"
            for other, english in gloss_of.items()
            if other in final and other != final[other]
        }
    )
    by_name: dict[str, list[Candidate]] = defaultdict(list)
    for c in candidates:
        by_name[c.name].append(c)
    decisions = [
        Decision(
            name,
            "merged",
            reason,
            keys[final[name]],
            mentions=len(by_name[name]),
            where=tuple((c.article, c.sentence) for c in by_name[name][:2]),
        )
        for name, reason in sorted(reasons.items())
        if final.get(name) in keys
    ]
    return final, types, keys, folds, decisions


def mentions_and_entities(
    read: Read,
    passed: Passed,
    decided: Verdicts,
    merged: Merged,
    content: Content,
    annotations: Sequence[ArticleAnnotation],
    steps: Steps,
) -> Resolved:
    """A phase because it is the first to touch mentions one by one: each candidate placed
    (a name, a fold into a body, a surname's person, left out), the names no NER read found
    again, and the entities the briefing gains, with the review's decisions."""
    curated, names, lowercase = read.curated, read.names, read.lowercase
    sentences, dropped, mentions = read.sentences, list(read.dropped), list(read.mentions)
    candidates, paragraphs, marks = list(passed.candidates), passed.paragraphs, passed.marks
    pre_read, proposed = list(passed.pre_read), list(passed.proposed)
    verdicts, definitions = decided.verdicts, decided.definitions
    final, types, keys, folds, decisions = merged
    forms: dict[str, set[str]] = defaultdict(set)
    people_read_as_bodies = _people_read_as_bodies(
        candidates, final, types, keys, curated, lowercase, marks, paragraphs
    )
    for name in people_read_as_bodies:
        types[name] = "person"
    persons = {k for k, e in curated.items() if e.type == "person"} | {
        keys[n] for n, t in types.items() if t == "person" and n in keys
    }
    rejected: dict[str, list[Candidate]] = defaultdict(list)
    far: dict[str, list[tuple[Candidate, str]]] = defaultdict(list)
    born: dict[str, list[tuple[Candidate, str]]] = defaultdict(list)
    by_title: dict[str, list[tuple[Candidate, str]]] = defaultdict(list)
    by_honorific: dict[str, list[tuple[Candidate, str]]] = defaultdict(list)
    far_most: dict[str, list[tuple[Candidate, str]]] = defaultdict(list)
    by_article_mentions: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        by_article_mentions[m.article].add(m.entity)
    for c in candidates:
        if c.name in final:
            by_article_mentions[c.article].add(keys[final[c.name]])
    names_of = {key: name for name, key in keys.items()}
    lookup = _surname_index(persons, curated, names_of)
    # Each person's name, asked of every mention a person may own: looked up.
    name_of = {**names_of, **{key: entity.name for key, entity in curated.items()}}
    # The persons each article mentions, sorted once per article, not once per candidate.
    persons_in = {
        article: sorted(k for k in found if k in persons)
        for article, found in by_article_mentions.items()
    }
    into_body: dict[tuple[str, str, str], list[Candidate]] = defaultdict(list)
    went: dict[str, set[str]] = defaultdict(set)
    """A found name's key to the people its mentions were given to as their surname."""
    placed_as = _placements(
        candidates,
        paragraphs,
        steps,
        # In an order of their own: ``keys`` and the index are made from sets, whose order
        # changes from process to process (string hashing), and a key reads a dict's order.
        (
            dict(sorted(final.items())),
            dict(sorted(keys.items())),
            sorted(curated),
            dict(sorted(name_of.items())),
            {word: frozenset(found) for word, found in sorted(lookup.items())},
        ),
        persons_in,
        {(article, name) for article, name in folds},
    )
    placed_as = _titled_bearers(candidates, placed_as, paragraphs, final, keys, curated, lookup)
    for c, (kind, owner) in zip(candidates, placed_as, strict=True):
        key: str | None = keys.get(final.get(c.name, ""))
        if kind == "f":
            into = folds[c.article, final.get(c.name, c.name)]
            mentions.append(_mention(c, keys[into[0]], "ner"))
            if state_name(c.name) in (None, into[0]) or c.name in SHARED_SHORT_NAMES:
                # (not "Republic of the Congo", the name of "the Congolese government" in
                # an article on the DRC: another state's name is no alias of this one; the
                # name both share, "Congo", is)
                forms[keys[into[0]]].add(c.name)
            into_body[c.name, *into].append(c)
        elif kind == "n":
            assert key is not None
            mentions.append(_mention(c, key, "ner"))
            forms[key].add(c.name)
            if alias := given_alias(c, paragraphs[c.article]):
                forms[key].add(alias)  # "under the name |Kim Chol|": the person's alias
        elif kind == "r":
            rejected[c.name].append(c)
        elif kind == "u":
            mentions.append(_mention(c, owner, "surname"))
            went[key or ""].add(owner)
        elif kind == "b":
            mentions.append(_mention(c, owner, "surname"))
            forms[owner].add(c.name)
            went[key or ""].add(owner)
            born[c.name].append((c, owner))
        elif kind == "a":
            rejected[f"ambiguous:{c.name}"].append(c)
        elif kind == "t":
            mentions.append(_mention(c, owner, "surname"))
            went[key or ""].add(owner)
            by_title[c.name].append((c, owner))
        elif kind == "m":
            mentions.append(_mention(c, owner, "surname"))
            far_most[c.name].append((c, owner))
        elif kind == "h":
            mentions.append(_mention(c, owner, "surname"))
            went[key or ""].add(owner)
            by_honorific[c.name].append((c, owner))
        else:  # "w": the one person of that surname in the briefing
            mentions.append(_mention(c, owner, "surname"))
            far[c.name].append((c, owner))
    for name, unused in sorted(rejected.items()):
        ambiguous = name.startswith("ambiguous:")
        plain = name.removeprefix("ambiguous:")
        if not ambiguous and not any(c.ner_label in ("PERSON", "ORG") for c in unused):
            continue  # places and the like the NER never called an actor: not news to editors
        decisions.append(
            Decision(
                plain,
                "ambiguous" if ambiguous else "rejected",
                "a name shared by several people in the article"
                if ambiguous
                else verdicts[plain].reason,
                mentions=len(unused),
                where=tuple((c.article, c.sentence) for c in unused[:2]),
            )
        )
    for (name, target, why), folded_here in sorted(into_body.items()):
        decisions.append(
            Decision(
                name,
                "merged",
                why,
                keys[target],
                mentions=len(folded_here),
                where=tuple((c.article, c.sentence) for c in folded_here[:2]),
            )
        )
    for why, linked_by_name in (
        ("a birth name: the article says the person was born so", born),
        ("the one person of that surname in the briefing, named in full in another article", far),
        (
            "the one person of that surname the briefing gives that title ('President …'), "
            "named in full in another article",
            by_title,
        ),
        (
            "after 'Mrs' or 'Ms', the one person of that surname the text names as a woman "
            "('his wife …', 'Mrs …'), in the article if it names several",
            by_honorific,
        ),
        (
            "the person of that surname the briefing mentions most (three times as often as "
            "any other), or after 'Mr' the one the text never calls a woman, named in full in "
            "another article",
            far_most,
        ),
    ):
        for name, linked in sorted(linked_by_name.items()):
            decisions.append(
                Decision(
                    name,
                    "merged",
                    why,
                    linked[0][1],
                    mentions=len(linked),
                    where=tuple((c.article, c.sentence) for c, _ in linked[:2]),
                )
            )
    mentions, decisions = _follow_surnames(mentions, decisions, went, forms, curated)
    # "The Civil Human Rights Front (CHRF) … a plan by the CHRF": an acronym the text defines
    # and the NER never read is the long name's wherever it stands alone.
    defined_only = {
        acronym: key
        for acronym, long in definitions.items()
        if acronym not in final
        and acronym not in names
        and len(acronym) >= 3
        and acronym.isupper()
        and acronym.lower() not in lowercase
        and (key := keys.get(final.get(long, long))) is not None
        and key not in curated
    }
    unread = _unread_names(
        content.articles,
        sentences,
        mentions,
        forms,
        curated,
        persons,
        names_of,
        lowercase,
        defined_only,
        steps,
        {a.article: a.key for a in annotations},
    )
    # "The United States Coast Guard (USCG)", its long name folded into the state's body in
    # its article: the acronym there is that body too.
    unread = [
        replace(m, entity=keys[fold[0]])
        if m.text in defined_only and (fold := folds.get((m.article, names_of.get(m.entity, ""))))
        else m
        for m in unread
    ]
    for m in unread:
        if m.text in defined_only:
            forms[m.entity].add(m.text)
    mentions += unread
    auto = [
        Entity(
            "actors",
            key.removeprefix("actors/"),
            name,
            types.get(name, "organisation"),
            aliases=tuple(sorted(forms[key] - {name})),
            curated=False,
        )
        for name, key in sorted(keys.items())
        if key not in curated and key in forms  # only names some sentence still uses
    ]
    auto = _the_in_name(auto, mentions, paragraphs, {e.name for e in content.entities})
    entities = sorted([*content.entities, *auto], key=lambda e: e.key)
    decisions += _left_out(dropped, entities, decisions)
    decisions += _read_as(proposed, [*candidates, *pre_read], mentions, entities, decisions)
    return Resolved(tuple(entities), in_text_order(mentions), sentences, tuple(decisions))


def _mention(c: Candidate, key: str, how: str) -> Mention:
    return Mention(key, c.article, c.paragraph, c.sentence, c.start, c.end, c.text, how)
