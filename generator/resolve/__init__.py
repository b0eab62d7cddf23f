"""Stage 3: turn raw spans into mentions of one canonical entity each.

Order of authority: a contributor's explicit annotation, then curated names and aliases
(matched by the EntityRuler), then the statistical NER. The NER's guesses are decided for the
whole briefing at once (``decide.py``): a vote over every mention of a name, then the word rules
(titles, events, laws, places); accepted names that are one actor are merged (``merge.py``:
acronyms, middle names, transliterations); a lone surname links to the one person of that
name in its article. Every rejection and merge is recorded as a ``Decision`` for the review.

This module keeps the orchestration only (``resolve``, ``collected_ahead``) and re-exports the
names other code imports from ``generator.resolve``. The package holds one concern per module,
lowest first (each imports only from those before it): ``vocab`` (word lists), ``reasons`` (why
a name is no actor), ``memo`` (per-article steps), ``names`` (cleaning a name), ``decide`` (the
type vote), ``bodies`` (bodies' keys and folds), ``article`` (one article's candidates),
``merge`` (variants, acronyms, fuzzy names), ``nonactors`` and ``things`` (names that are no
actors); then the briefing-wide passes: ``persons`` (people's names compared), ``sweeps`` (per-
article reads of the texts), ``bearers`` (who a title is), ``placements`` (person, firm or
place by the words around), ``surnames`` (short forms and one-name people), ``glued`` (names
the NER glued to another word), ``nations`` (states and regions acting), ``marks`` (passes over
one article alone), ``jargon`` (things, not actors) and ``outlets`` (outlets and media
citations).
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import partial
from itertools import accumulate, pairwise
from operator import attrgetter
from typing import NamedTuple

from rapidfuzz.distance import OSA, Levenshtein

from ..gazetteer import SHARED_SHORT_NAMES, place_kind, state_name, us_state_names
from ..ids import slugify
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
    actor_key,
    actor_names,
    in_text_order,
)
from ..organisations import listed_acronyms
from ..titles import TITLE_WORDS
from .article import (
    BODY_HEADS,
    ArticleMentions,
    Candidate,
    Dropped,
    body_word,
    collect,
    given_alias,
)
from .bearers import _titled_bearers
from .bodies import BODIES, EXECUTIVE_KINDS, body_key, local_folds
from .decide import (
    COALITIONS,
    COMMON_WORD,
    LEVELS,
    Verdict,
    as_media,
    cited_among,
    decide,
    demonym_state,
    led_by,
    named_only_as_leaders,
)
from .glued import (
    _a_place,
    _lower_word_glued,
    _opener_glued,
    _outlet_channel,
    _place_after_person,
    _unglue,
    _unglue_in,
)
from .jargon import (
    _HYPHEN_MODIFIER_AFTER,
    _USED_BEFORE,
    _epithets,
    _glossed_things,
    _initials_of_things,
    _jargon,
    _jargon_reads,
    _products,
    _projects_speaking,
    _ships_named_like_people,
)
from .marks import _in_articles, _people_read_as_bodies
from .memo import PerArticle, Steps
from .merge import Found, acronym_definitions, canonical, merges, translations
from .names import (
    OUTLET_HEADS,
    POSSESSIVES,
    clean_name,
    initials,
    is_acronym,
    is_common_word,
    is_initialism,
    looks_like_name,
    not_an_actor,
    own_words_only,
    person_words,
    spells_initialism,
    strip_titles,
    title_only,
    without_the,
)
from .nations import (
    _NATION_ACTS,
    _NATION_GOVERNED,
    _NATION_PLACE_BEFORE,
    _REGION_NAME_BEFORE,
    _after_list,
    _place_names,
    _region_spelt,
    _regions_written,
    _seat_acronyms,
    _short_state,
    _us_region,
)
from .nonactors import not_actors, spelling_variants
from .outlets import (
    _LOWER_WORD_BEFORE,
    _THE_ENDS,
    _broadcaster_services,
    _counted_groups,
    _home_editions,
    _media_citations,
    _newspapers_short,
    _paper_of_its_own,
    _papers_in_text,
    _spelt_channels,
    _the_in_name,
)
from .persons import (
    SWAP_DISTANCE,
    _names_person,
    _Owners,
    _owners_named,
    _surname_index,
    _swapped_in,
)
from .placements import (
    FIRM_READINGS,
    _called_a_person,
    _firm_before_a_name,
    _placements,
    _state_use,
    _state_used,
    _written_times,
)
from .reasons import NotActor
from .surnames import (
    _follow_surnames,
    _full_names,
    _given_names_cut,
    _honoured_bodies,
    _mononyms,
    _NameIndex,
    _popes,
    _royal_names,
    _surname_alone,
    _unread_names,
)
from .sweeps import (
    _GLOSSED,
    Words,
    _changed_kept,
    _each_article,
    _glossed,
    _read_articles,
    words_of_texts,
)
from .things import things
from .vocab import (
    KNOWN_AS_BEFORE,
    NAMED_UNTIL_BEFORE,
    PARTIES_ABROAD,
    PARTY_NICKNAMES,
    PARTY_PLURALS,
    REAL_NAME_BEFORE,
    RENAMED_BEFORE,
    RENAMED_CLOSED,
    SEATS_OF_GOVERNMENT,
    UNTIL_CLOSED,
    WELL_KNOWN,
)

__all__ = [
    "FIRM_READINGS",
    "OSA",
    "SWAP_DISTANCE",
    "_CLAUSE_END",
    "_FOUND_TO_BE",
    "_GLOSSED",
    "_HYPHEN_MODIFIER_AFTER",
    "_INSIDE_AFTER",
    "_INSIDE_BEFORE",
    "_IS",
    "_LOWER_WORD_BEFORE",
    "_NATION_ACTS",
    "_NATION_GOVERNED",
    "_NATION_PLACE_BEFORE",
    "_PAPERS_READ",
    "_REGION_NAME_BEFORE",
    "_SMALL",
    "_THE_ENDS",
    "_USED_BEFORE",
    "Levenshtein",
    "Steps",
    "Words",
    "_NameIndex",
    "_Owners",
    "_Placed",
    "_Texts",
    "_after_list",
    "_body_folds",
    "_called_a_person",
    "_epithets",
    "_firm_before_a_name",
    "_follow_surnames",
    "_full_names",
    "_given_names_cut",
    "_home_editions",
    "_honoured_bodies",
    "_in_articles",
    "_jargon",
    "_jargon_reads",
    "_known_as",
    "_media_citations",
    "_names_person",
    "_outlet_channel",
    "_owners_in_articles",
    "_owners_named",
    "_paper_of_its_own",
    "_papers_in_text",
    "_party_groups",
    "_place_after_person",
    "_placements",
    "_read_articles",
    "_region_spelt",
    "_regions_written",
    "_ships_named_like_people",
    "_spelling",
    "_state_use",
    "_state_used",
    "_states_headed",
    "_surname_alone",
    "_surname_index",
    "_swapped_in",
    "_translated_acronyms",
    "_unglue",
    "_unglue_in",
    "_unread_names",
    "_written_times",
    "clean_name",
    "collected_ahead",
    "given_alias",
    "looks_like_name",
    "person_words",
    "resolve",
    "strip_titles",
    "words_of_texts",
]


def collected_ahead(
    content: Content, keys: Mapping[str, str], memo: Memo
) -> dict[str, tuple[str, ArticleMentions]]:
    """Each article's spans read (``collect``) as ``memo`` keeps them for its annotation's
    key in ``keys``, with that key: found before the annotations are all there (while the
    spaCy process parses an edit), so ``resolve`` reads only the others. An article it
    lacks is collected by ``resolve``; what it holds counts as used."""
    memo = _collect_memo(content, memo)
    ignored = set(content.briefing.ignore)
    found: dict[str, tuple[str, ArticleMentions]] = {}
    for article in content.articles:
        key = keys.get(article.id)
        if not key:
            continue
        inputs = _collect_inputs(article, key, ignored | set(article.ignore))
        value = memo.found(inputs, ArticleMentions.decoded)
        if value is not None:
            found[article.id] = (key, value)
    return found


def _collect_memo(content: Content, memo: Memo | None) -> Memo:
    """The ``collect`` memo salted with what every article's collect reads."""
    names = actor_names(content.entities)
    curated = sorted({e.key for e in content.entities})
    return (memo or Memo(None, "collect")).salted(curated, sorted(names))


def _collect_inputs(article: Article, key: str, ignore: set[str]) -> tuple[object, ...]:
    """What an article's collect reads of its own, as its memo entry's inputs."""
    return (key, article.id, article.paragraphs, article.annotations, sorted(ignore))


def resolve(
    content: Content,
    annotations: Sequence[ArticleAnnotation],
    memo: Memo | None = None,
    collected: Mapping[str, tuple[str, ArticleMentions]] | None = None,
    steps: Steps | None = None,
    words: Words | None = None,
) -> Resolved:
    """Every mention resolved to one entity key; NER-found actors added to the entities.
    ``memo`` keeps each article's spans read (``collect``, the per-article half of the work)
    for the next build, which then reads again only the articles whose annotation changed,
    and in the same folder the briefing-wide steps (``memo.Steps``: one file per step), taken
    from it when they read the same values as in the last build, and the per-article half of
    the unread-names search, the full names, the words of each text and the words after
    lower-case ones (``memo.PerArticle``: one file each for every article). ``collected``
    holds articles' spans read already (``collected_ahead``), by annotation key. ``steps``,
    when given, is that step memo (in ``memo``'s folder), shared with ``extract`` by the
    build so that the digests made for resolve's keys serve extract's. ``words``: the
    articles' ``words_of_texts`` with ``steps``, found already (they read the texts alone, so
    a rebuild finds them while the spaCy process parses the edit)."""
    if steps is None:
        steps = Steps(memo.folder, ahead=memo.ahead) if memo is not None else Steps(None)
    curated = {e.key: e for e in content.entities}
    names = actor_names(content.entities)
    memo = _collect_memo(content, memo)
    collected = collected or {}
    folded: dict[str, str] = {}
    for name, owner in names.items():
        folded.setdefault(name.casefold(), owner)
    by_article = {a.article: a for a in annotations}
    lowercase, glossed_in, small_in = words or words_of_texts(content.articles, steps)
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
            if early is not None and annotation.key and early[0] == annotation.key:
                found = early[1]
            else:
                found = memo.get(
                    _collect_inputs(article, annotation.key, ignore),
                    partial(collect, article, annotation, set(curated), ignore, set(names)),
                    ArticleMentions.encoded,
                    ArticleMentions.decoded,
                    keep=bool(annotation.key),  # else what the annotation holds is not known
                )
            mentions.extend(found.mentions)
            candidates.extend(found.candidates)
            dropped.extend(found.dropped)
            hinted[article.id].update(found.states)
            texts.extend(article.paragraphs)
            glossed.update(glossed_in[article.id])

    annotated = {a.article: a.key for a in annotations}
    proposed = [c for c in candidates if c.ner_label in ("PERSON", "ORG")]
    candidates = _given_names_cut(candidates, content.articles, lowercase, steps)
    candidates += _full_names(candidates, content.articles, sentences, lowercase, steps, annotated)
    candidates = _unglue(candidates, names, lowercase, steps)
    paragraphs = {a.id: a.paragraphs for a in content.articles}
    candidates = _lower_word_glued(candidates, paragraphs, lowercase)
    candidates = _opener_glued(candidates, paragraphs, lowercase)
    candidates = _owners_in_articles(candidates, content.articles, steps)
    candidates = _newspapers_short(candidates, paragraphs)  # leaves some out: not kept
    candidates = _regions_written(candidates, paragraphs, sentences)
    pre_read = candidates  # as read before the in-article passes, some of which leave names out
    candidates, marks = _in_articles(candidates, content.articles, lowercase, steps)
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
    for name in _products(labels, texts):
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
    cited = cited_among(labels, _media_citations(content.articles, annotated, steps))
    verdicts = {name: as_media(verdict, cited) for name, verdict in verdicts.items()}
    definitions = acronym_definitions(texts, [*labels, *names])
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
    royal = set(marks.royal)
    verdicts.update(_honoured_bodies(verdicts, labels, royal))
    verdicts.update(
        _mononyms(verdicts, labels, candidates, titled, royal, names, lowercase, own_words)
    )
    verdicts.update(_popes(verdicts, royal, candidates, paragraphs))
    for name, seat in _seat_acronyms(verdicts, texts).items():
        # "The WH statement" where the articles name the White House: its state.
        verdicts[name] = decide(seat, Counter({"ORG": 1}), None, lowercase)
        definitions.setdefault(name, seat)
    for name in _parties(verdicts, labels, texts):
        verdicts[name] = Verdict(
            name, "organisation", f"a party: the articles write '{name} party'"
        )
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
    known_as = _known_as(candidates, paragraphs, verdicts)
    for alias, said_to in known_as.items():
        verdicts[alias] = verdicts[said_to]  # "The Toronto-Dominion Bank, known as TD": one body
    for long, acronym in _spelt_in_brackets(candidates, paragraphs, verdicts).items():
        verdicts[long] = verdicts[acronym]  # "ELAM (Escuela Latinoamericana de Medicina)"
    translated = _translated_acronyms(candidates, verdicts)
    for long, acronym in translated.items():
        verdicts[long] = verdicts[acronym]  # "Escola Latino Americana de Medicina", "ELAM"
    glosses = translations(texts, [n for n, v in verdicts.items() if v.name == n])
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
    headed = _states_headed(labels, texts, people, surnames)
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
        {a: f"defined in the text as '{definitions[a]} ({a})'" for a in defined if a != final[a]}
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


LEFT_OUT_MIN = 2
"""How often a name ``collect`` left out must be written for the review to list it: a name
written once is mostly the NER's noise ("the |Bernie and Sid| Show"), and a real actor named
once is seldom one a reader looks for; twice is the line the gold (GOLD.md) draws too."""


_LEFT_OUT_SILENT = frozenset({NotActor.STATE_MODIFIER.code, NotActor.PRONOUN_US.code})
"""Reasons the review does not list: a state written only as a modifier ("a |US|-based
firm", "the |Russian| presidential election") is a place, not an actor acting (GOLD.md), as a
place is, which the review leaves out too; "Help US" is the pronoun."""


def _read_as(
    proposed: Sequence[Candidate],
    final: Sequence[Candidate],
    mentions: Sequence[Mention],
    entities: Sequence[Entity],
    decisions: Sequence[Decision],
) -> list[Decision]:
    """A decision for each name the NER proposed as a person or an organisation that the
    briefing-wide passes read as another name (``_unglue``: "|AOL Europe|" as "Europe" where
    the briefing names Europe; a body folded into its parent, "|BBC Radio Wales|" as the BBC)
    and that neither a page (its name or alias) nor another decision shows, written at least
    ``LEFT_OUT_MIN`` times: "merged" into the page its words went to, else "rejected" with
    the name they were read as. Mentions given to a person as a surname are the surname
    rule's, which the page shows, and are left as they are; so are places ("Wales" read as
    a body now and then: the review leaves places out) and a name read as itself written
    out ("Guardian" as "The Guardian", "Macy" as "Macy's", "… Corp" as "… Corporation")."""
    shown = {d.name.casefold() for d in decisions}
    shown |= {n.casefold() for e in entities for n in (e.name, *e.aliases)}
    lost: dict[str, list[Candidate]] = defaultdict(list)
    for c in proposed:
        if c.name.casefold() not in shown and not title_only(c.name):
            lost[c.name].append(c)
    for name in [n for n in lost if state_name(n) or place_kind(n)]:
        del lost[name]
    lost = {name: here for name, here in lost.items() if len(here) >= LEFT_OUT_MIN}
    if not lost:
        return []
    wanted = {(c.article, c.paragraph) for here in lost.values() for c in here}
    over: dict[tuple[str, int], list[tuple[int, int, str, str]]] = defaultdict(list)
    for m in mentions:
        if (m.article, m.paragraph) in wanted:
            over[m.article, m.paragraph].append((m.start, m.end, m.entity, m.how))
    read: dict[tuple[str, int], list[tuple[int, int, str]]] = defaultdict(list)
    for f in final:
        if (f.article, f.paragraph) in wanted:
            read[f.article, f.paragraph].append((f.start, f.end, f.name))
    names = {e.key: e.name for e in entities}
    out = []
    for name, here in sorted(lost.items()):
        went: Counter[str] = Counter()
        as_name: Counter[str] = Counter()
        surnamed = False  # "Hewitt" of "Ms Hewitt": the person's, as the surname rule says
        for c in here:
            at = (c.article, c.paragraph)
            keys = [(k, how) for s, e, k, how in over[at] if s < c.end and c.start < e]
            surnamed |= any(how == "surname" for _, how in keys)
            went.update(k for k, _ in keys[:1])
            as_name.update(n for s, e, n in read[at] if s < c.end and c.start < e and n != name)
        if surnamed:
            continue
        where = tuple((c.article, c.sentence) for c in here[:2])
        if went:
            key = min(went, key=lambda k: (-went[k], k))
            other = names.get(key, key)
            if other.casefold().removeprefix("the ").startswith(name.casefold()):
                continue  # "Guardian" as "The Guardian": its own name, written out
            why = NotActor.READ_AS.why(other=other)
            out.append(Decision(name, "merged", why, key, mentions=len(here), where=where))
        elif as_name:
            other = min(as_name, key=lambda n: (-as_name[n], n))
            why = NotActor.READ_AS_REJECTED.why(other=other)
            out.append(Decision(name, "rejected", why, mentions=len(here), where=where))
        else:
            why = NotActor.READ_AS_NOTHING.why()
            out.append(Decision(name, "rejected", why, mentions=len(here), where=where))
    return out


def _left_out(
    dropped: Sequence[Dropped], entities: Sequence[Entity], decisions: Sequence[Decision]
) -> list[Decision]:
    """A rejection for each name ``collect`` left out by a rule of its own ("|United Nations|
    personnel" read as people, "House of |Representatives|" as cut from a longer name) that
    no page holds (no actor's name or alias), no other decision names, and the briefing
    writes at least ``LEFT_OUT_MIN`` times: the editor sees it, why, and the YAML that
    accepts it, instead of a name lost without a trace (issue 8)."""
    shown = {d.name.casefold() for d in decisions}
    paged = {n.casefold() for e in entities for n in (e.name, *e.aliases)}
    left: dict[str, list[Dropped]] = defaultdict(list)
    for d in dropped:
        if d.name.casefold() not in shown and d.name.casefold() not in paged:
            left[d.name].append(d)
    out = []
    for name, here in sorted(left.items()):
        if len(here) < LEFT_OUT_MIN or title_only(name):
            continue
        reasons = Counter(d.why for d in here)
        why = min(reasons, key=lambda r: (-reasons[r], r))
        if why.rsplit("[", 1)[-1].rstrip("]") in _LEFT_OUT_SILENT:
            continue
        out.append(
            Decision(
                name,
                "rejected",
                why,
                mentions=len(here),
                where=tuple((d.article, d.sentence) for d in here[:2]),
            )
        )
    return out


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
            and of.group(1).lower() not in TITLE_WORDS | BODY_HEADS
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


_PARTY_DETERMINERS = frozenset("the his her their its our".split())
"""Words before "X party" that leave X the party's whole name ("the Labour party"); not "Law
and |Justice Party|", "the UK |Independence Party|", nor "a |Birthday| party" (fix42)."""


def _parties(
    verdicts: Mapping[str, Verdict], labels: Mapping[str, Counter[str]], texts: Sequence[str]
) -> list[str]:
    """One-word names rejected as common words ("labour" in "child labour laws") that the
    articles also write before "party" ("the interests of the Labour party"), not inside a
    longer name ("the UK Independence Party", ``_PARTY_DETERMINERS``): a party named twice or
    more, an actor. Found
    auditing BBC politics news (actors23), where Labour, named 27 times, had no page. Only
    a name read as an organisation's, and written capitalised inside a sentence too ("an
    attack on Labour's record"): a word capitalised only where it opens sentences ("Tea
    prices rose") is the common word there, not "the Tea Party" (fix42)."""
    out = []
    joined: _Texts | None = None
    for name, verdict in sorted(verdicts.items()):
        if verdict.reason != COMMON_WORD or " " in name or labels[name].total() < 2:
            continue
        if not labels[name]["ORG"] + labels[name]["NORP"]:
            continue
        joined = joined or _Texts(texts)
        # (?<=[a-z,;:] )NAME\b(?! [Pp]arty), the name inside a sentence, not a party's
        if not joined.search(name, _INSIDE_BEFORE, _INSIDE_AFTER):
            continue
        before_party = joined.holding(name, " Party") + joined.holding(name, " party")
        party = re.compile(rf"(?:^|(\S+) ){re.escape(name)} [Pp]arty\b") if before_party else None
        if party and any(
            m.group(1) is None or m.group(1).lower() in _PARTY_DETERMINERS
            for text in before_party
            for m in party.finditer(text)
        ):
            out.append(name)
    return out


_INSIDE_BEFORE = re.compile(r"(?<=[a-z,;:] )")


_INSIDE_AFTER = re.compile(r"\b(?! [Pp]arty)")


_ASSEMBLY = (
    r"(?:Parliament|Assembly|Westminster|Senate|Congress|Bundestag|Holyrood|Sejm|Duma|"
    r"Knesset|Dáil|Senedd|Council)"
)


_GROUP_OF_PARTY = (
    r"(?:{name} Group (?:in|at|of) (?:the )?(?:[A-Z][\w'’-]* ){{0,2}}" + _ASSEMBLY + r"\b"
    r"|{name} (?:parliamentary|political) group\b"
    r"|(?<![\w-]){name} (?:MPs|MEPs|MSPs|MLAs|lawmakers|deputies|councillors|senators)\b"
    r"|(?<![\w-]){name} (?:won|wins|took|takes|holds|held|has|had|lost|gained) \d+ seats\b"
    r"|\b[Tt]he {name} [Pp]arty\b)"
)
"""A party's group of members in an assembly, by what the text says of "X Group" ("the SNP
Group at Westminster", "the EPP Group in the European Parliament") or of X ("EPP MEPs", "the
EPP won 188 seats", "the EPP Party")."""


def _party_groups(verdicts: Mapping[str, Verdict], texts: Sequence[str]) -> frozenset[str]:
    """The accepted names "X Group" that are a party's group in an assembly, not a firm's
    name with its company word (``_GROUP_OF_PARTY``): "X" and "X Group" are two actors, a
    party and its members elected to one assembly, which the merge of a name with its company
    word ("Burisma Holdings", "HSBC Group") and of a brand with its firm's forms leave apart
    (review27: "The EPP won 188 seats ... the EPP Group re-elected Manfred Weber")."""
    groups = [
        name
        for name, verdict in verdicts.items()
        if verdict.name == name and name.endswith(" Group") and name[: -len(" Group")] in verdicts
    ]
    if not groups:
        return frozenset()
    out = set()
    for group in groups:
        party = group[: -len(" Group")]
        pattern = re.compile(_GROUP_OF_PARTY.format(name=re.escape(party)))
        if any(pattern.search(text) for text in texts if party in text):
            out.add(group)
    return frozenset(out)


class _Texts:
    """Texts joined by new lines, searched as one for the few places a word stands: asking
    each text in turn cost some 8,000 searches a name at 1,000 articles."""

    def __init__(self, texts: Sequence[str]):
        self.texts = texts
        self.text = "\n".join(texts)
        self._starts = list(accumulate((len(t) + 1 for t in texts[:-1]), initial=0))
        self._found: dict[str, list[int]] = {}

    def _places(self, word: str) -> list[int]:
        """Where ``word`` starts in the joined text (kept: ``holding`` asks again)."""
        places = self._found.get(word)
        if places is None:
            places = self._found[word] = []
            at = self.text.find(word)
            while at >= 0:
                places.append(at)
                at = self.text.find(word, at + 1)
        return places

    def search(self, word: str, before: re.Pattern[str], after: re.Pattern[str]) -> bool:
        """Whether ``word`` stands in one of the texts where ``before`` matches (a lookbehind)
        and ``after`` does at its end (word boundaries, lookaheads), as the pattern of the
        three in a row would find it: in the texts joined, a new line is no space, no letter,
        no word's, as the ends of a text are not, so no context is read across two texts (a
        word holding one is searched in each text alone)."""
        if "\n" in word or not word or not self.texts:
            pattern = re.compile(before.pattern + re.escape(word) + after.pattern)
            return any(pattern.search(text) for text in self.texts if word in text)
        size = len(word)
        return any(
            before.match(self.text, at) and after.match(self.text, at + size)
            for at in self._places(word)
        )

    def holding(self, word: str, after: str = "") -> list[str]:
        """The texts that hold ``word + after``, in their order."""
        texts, starts, whole = self.texts, self._starts, word + after
        if "\n" in whole or not word or not texts:
            return [text for text in texts if whole in text]
        found = {
            bisect_right(starts, at) - 1
            for at in self._places(word)
            if self.text.startswith(whole, at)
        }
        return [texts[i] for i in sorted(found) if whole in texts[i]]  # none across two


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


def _mention(c: Candidate, key: str, how: str) -> Mention:
    return Mention(key, c.article, c.paragraph, c.sentence, c.start, c.end, c.text, how)
