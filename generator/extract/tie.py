"""Tying a frame's phrases to resolved actors, sentences and dates (after resolve; cheap)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from ..dates import bare_weekdays, find_dates
from ..gazetteer import demonym_state, state_name
from ..ids import slugify
from ..model import Article, DateMention, Mention, Role, Sentence
from ..organs import GOVERNMENT_ORGANS, NOT_IN_A_WORD, STATE_ORGANS, organ_tail
from ..titles import TITLE_WORDS
from .parse import quote_spans

MEDIA = "media"
PERSONAL_PRONOUNS = frozenset("he she him her his".split())
PAIRS = frozenset(
    "both|both of them|the two|the pair|both men|both women|the two men|the two women|"
    "the two leaders|both leaders".split("|")
)
"""Phrases that stand for the two people named just before ("Bill Clinton was impeached in
1998, and Andrew Johnson in 1868. The Senate acquitted both of them", "Both were acquitted
in the Senate")."""
HEADS = frozenset(
    "department ministry court tribunal council committee commission agency party senate "
    "parliament assembly congress company firm airline bank army police service office "
    "bureau union alliance coalition movement group network foundation institute".split()
)
"""Head words by which an article names again a body it named in full ("the Department")."""
DESCRIBED_BODIES = frozenset("company firm group".split())
"""Nouns by which an article names again the body it has just named ("The company agreed a
deal with Vodafone" after "Japanese firm Softbank"); "the airline" or "the bank" may be
another body than the one named last, of another kind ("The Aviation Herald reports …. The
airline denies this"), so they are left to ``HEADS``."""
OPENS = re.compile(r"^(?:(?:And|But|So|Meanwhile),? )?(?:[Tt]he )?$")
"""Words a sentence may open with before its subject ("But the", "The")."""
POSSESSIVE = re.compile(r"['\u2019]s?(?:\s|$)")
"""A possessive ending right after a name ("Daimler's", "Yukos' "): the name owns the noun
after it, which is the subject."""
CALLED_BODIES = frozenset("airline carmaker retailer insurer operator".split())
"""Nouns that name again only the body the article called so before its name ("German
airline Lufthansa … the airline announced"): of a kind, unlike "the company"."""
JOINED = re.compile(r"^\s*(?:,|and|or|&)\s*$")
"""What lies between two names sharing a sentence's subject ("Fiat and GM")."""
ANAPHOR_REACH = 3
"""Sentences back a body's "it" or "the company" may look, past those speaking of it again."""
ANAPHOR = re.compile(
    r"(?:(?:And|But|So|Yet|However,?|Instead,?) )?"
    r"(?:It|Its|The (?:" + "|".join(sorted(DESCRIBED_BODIES)) + r"))\b"
)
"""A sentence opening with "It", "Its" or "The firm": about the body named before it; not "The
US firm", which may be another ("Fiat shares fell. The US firm is offering $2bn": GM's)."""
NOT_FIRST_NAMES = TITLE_WORDS | {"democrat", "republican"}
"""Capitalised words before a surname that are no other first name ("Democrat Spearman")."""


HELD_TITLES = frozenset(
    "president governor mayor chancellor premier senator judge king queen pope spokesman "
    "spokeswoman spokesperson ambassador minister chairman".split()
)
"""Titles that, written small after "the", still mean the one person the article gave the
title to before ("Governor Ricardo Rosselló … The governor resigned on Friday")."""
NOT_THE_HOLDER = frozenset("former ex late then vice deputy assistant lieutenant".split())
"""Words before a title that make its bearer someone other than "the President" or "the
Queen" a later sentence speaks of ("Vice President Mike Pence", "Former President Barack
Obama")."""


def _holds(before: list[str], title: str) -> bool:
    """The words before a name end with the title itself, not a deputy's or a former holder's
    form of it."""
    return [w.casefold() for w in before[-1:]] == [title.casefold()] and not (
        len(before) >= 2 and before[-2].casefold() in NOT_THE_HOLDER
    )


@dataclass(frozen=True)
class Context:
    """One article as the tie step sees it."""

    article: Article
    sentences: Sequence[Sentence]
    mentions: Sequence[Mention]
    reference: date
    adjectives: Mapping[str, str] = field(default_factory=dict)
    """An actor's adjective ("Brazilian") to its id, for parties named by one."""
    persons: frozenset[str] = frozenset()
    """Keys of the person actors, whose surnames name them ("May's … agreement")."""
    states: frozenset[str] = frozenset()
    """Keys of the state actors: a state is never the one who dies, is born or arrested."""
    known_dates: Sequence[Sequence[DateMention]] = ()
    """Each sentence's dates when already found (``dates.sentence_dates``), else none."""
    _dates: dict[tuple[int, int], list[DateMention]] = field(
        default_factory=dict, compare=False, repr=False
    )
    """Each sentence's dates, found once: several frames of one sentence ask for them."""
    _quotes: dict[int, list[tuple[int, int, bool]]] = field(
        default_factory=dict, compare=False, repr=False
    )
    """Each paragraph's quotation spans, found once."""

    def _actors_inside(self, paragraph: int, roles: Sequence[Role]) -> list[Mention]:
        """The paragraph's actor mentions that lie inside one of the phrases (``_inside``)."""
        return [
            m
            for m in self.mentions
            if m.paragraph == paragraph
            and m.entity.startswith("actors/")
            and any(_inside(m, r) for r in roles)
        ]

    def actors_in(self, paragraph: int, roles: Sequence[Role]) -> tuple[str, ...]:
        """Actor ids named inside the phrases, in text order, each once."""
        found = sorted(self._actors_inside(paragraph, roles), key=lambda m: m.start)
        named = [m.entity.split("/", 1)[1] for m in found]
        for r in roles:
            if not any(_inside(m, r) for m in found):
                by_name = (
                    self._part_of_name(paragraph, r)
                    or self._surnames(r)
                    or self._state_of(r.text)
                    or self._short_name(r)
                    or self._body_head(paragraph, r)
                    or self._titled(paragraph, r)
                    or self._country(paragraph, r)
                    or self._government(paragraph, r)
                    or self._organ(paragraph, r)
                )
                named.extend(by_name)
                if r.text.casefold() in PERSONAL_PRONOUNS:
                    named.extend(self._antecedent(paragraph, r.start))
                elif r.text.casefold() in PAIRS:
                    named.extend(self._pair(paragraph, r.start))
                elif r.text.casefold() in ("it", "its"):
                    named.extend(self._it(paragraph, r.start))
                elif _described_body(r.text) and not by_name:  # "the company" after "Ford
                    # Motor Company" is that company, whichever body was named last
                    named.extend(self._described(paragraph, r))
        return tuple(dict.fromkeys(named))

    def affiliations(self, paragraph: int, roles: Sequence[Role]) -> frozenset[str]:
        """Actor ids the phrases name only in the title of a person they name ("United States
        District Judge Gray Miller", "future Grateful Dead guitarist Jerry Garcia", "Apple CEO
        Tim Cook"): whom the person works for, not who took part; not "Russia and President
        Putin", where each is named for itself."""
        text = (
            self.article.paragraphs[paragraph] if paragraph < len(self.article.paragraphs) else ""
        )
        found = self._actors_inside(paragraph, roles)
        people = [m for m in found if m.entity in self.persons]
        titled, free = set(), set()
        for m in found:
            if m.entity not in self.persons and any(
                p.start > m.end
                and any(_inside(m, r) and _inside(p, r) for r in roles)
                and _title_between(text[m.end : p.start])
                for p in people
            ):
                titled.add(m.entity)
            else:
                free.add(m.entity)
        return frozenset(e.split("/", 1)[1] for e in titled - free)

    def _it(self, paragraph: int, offset: int, described: bool = False) -> list[str]:
        """The body "it", "its" or (``described``) "the company" means, as statements read
        "he said" (the nearest earlier sentence naming someone), but typed and never guessed:
        for "it", the one body named before it in its sentence, when nothing else is named
        there; else the body the sentence before in its paragraph opens with, or the one body
        it names ("Mahan has been the subject of United States sanctions since 2011. It was
        founded in 1992"), past sentences that speak of it again when it is their subject
        ("Softbank widened losses. The firm was born in 1995. It bought Japan Telecom").
        Nothing when two bodies compete there and neither is its subject, when the phrase or
        the body lies in a quotation or a quotation lies between them (its words are
        someone's, about whomever), or when a person or a state is all the sentence names (a
        firm's "it" is no person; a country's is left alone)."""
        sentence = self.sentence_at(paragraph, offset)
        if sentence < 0 or self._quoted(paragraph, offset):
            return []
        actors = self._actors_of(sentence)
        own = {m.entity for m in actors if m.paragraph == paragraph and m.start < offset}
        if own:
            if described:  # "Fiat sued GM, and the company …": a description after a name
                return []  # in one sentence is mostly another's, else "it" would do
            bodies = own - self.persons - self.states
            named = [m for m in actors if m.start < offset]
            if any(start < offset for start in self._unknown_bodies(sentence, named)):
                return []
            return [bodies.pop().split("/", 1)[1]] if len(bodies) == 1 == len(own) else []
        for index in range(sentence - 1, max(sentence - 1 - ANAPHOR_REACH, -1), -1):
            earlier = self.sentences[index]
            if earlier.paragraph != paragraph:
                break  # a paragraph's "It" may be whoever the one before reported it
            named = self._actors_of(index)
            if named:
                text = self.article.paragraphs[earlier.paragraph]
                first = min(named, key=lambda m: m.start)
                bodies = {m.entity for m in named} - self.persons - self.states
                others = self._unknown_bodies(index, named)  # names no actor: bodies too
                joined = any(  # "Volkswagen and Daimler reported losses": two subjects
                    JOINED.match(text[first.end : start])
                    for start in [m.start for m in named] + others
                    if start > first.end
                )
                owner = POSSESSIVE.match(text, first.end)  # "Daimler's rival Volkswagen":
                # the owner of the subject is not it (fix75)
                if (
                    first.entity in bodies
                    and not joined
                    and not owner
                    and OPENS.match(text[earlier.start : first.start])
                ):
                    bodies = {first.entity}  # its subject ("Deutsche Bank is being sued by
                    # Yukos. It had agreed to loan …"), whom the "it" after speaks of again
                elif index < sentence - 1 or others:
                    return []  # past sentences about a body, only their subject is it
                if len(bodies) != 1:
                    return []
                (body,) = bodies
                last = max((m for m in named if m.entity == body), key=lambda m: m.start)
                if self._quote_between(last, paragraph, offset):
                    return []
                return [body.split("/", 1)[1]]
            text = self.article.paragraphs[earlier.paragraph][earlier.start : earlier.end]
            if not ANAPHOR.match(text):
                return []  # a sentence naming no one, not about the body: the chain breaks
        return []

    def _described(self, paragraph: int, role: Role) -> list[str]:
        """The body "the company" (``_it``) or "the airline" (``_called`` only: "the airline"
        after "Boeing said" is no Boeing) stands for; none when the two ways disagree."""
        called = self._called(paragraph, role)
        if role.text.split()[-1].casefold() not in DESCRIBED_BODIES:
            return called
        near = self._it(paragraph, role.start, described=True)
        return near or called if not (near and called and near != called) else []

    def _called(self, paragraph: int, role: Role) -> list[str]:
        """The one body the article called by the phrase's noun before, right before its
        name ("the airline" after "German airline Lufthansa", "the firm" after "Japanese
        communications firm Softbank"); none when it so called two."""
        noun = role.text.split()[-1].casefold()
        if self._quoted(paragraph, role.start):
            return []
        found = {
            m.entity
            for m in self.mentions
            if m.entity.startswith("actors/")
            and m.entity not in self.persons | self.states
            and (m.paragraph, m.start) < (paragraph, role.start)
            and [w.casefold() for w in self.article.paragraphs[m.paragraph][: m.start].split()[-1:]]
            == [noun]
        }
        return [found.pop().split("/", 1)[1]] if len(found) == 1 else []

    def _unknown_bodies(self, sentence: int, named: Sequence[Mention]) -> list[int]:
        """Where the sentence names, outside quotation marks, a body the NER saw that no
        actor mention covers ("Shares in Volkswagen and Daimler rose", Daimler no actor): a
        candidate for "it" as much as the actors, as statements count such names."""
        s = self.sentences[sentence]
        return [
            span.start
            for span in s.spans
            if span.label == "ORG"
            and not self._quoted(s.paragraph, span.start)
            and not any(m.start <= span.start < m.end for m in named)
        ]

    def _actors_of(self, sentence: int) -> list[Mention]:
        """The sentence's actor mentions outside quotation marks."""
        return [
            m
            for m in self.mentions
            if m.sentence == sentence
            and m.entity.startswith("actors/")
            and not self._quoted(m.paragraph, m.start)
        ]

    def _quotes_of(self, paragraph: int) -> list[tuple[int, int, bool]]:
        """The paragraph's quotations, found once per paragraph."""
        if paragraph not in self._quotes:
            self._quotes[paragraph] = quote_spans(self.article.paragraphs[paragraph])
        return self._quotes[paragraph]

    def _quoted(self, paragraph: int, offset: int) -> bool:
        """Whether the paragraph's character lies inside a quotation."""
        if paragraph >= len(self.article.paragraphs):
            return False
        return any(a <= offset < b for a, b, _ in self._quotes_of(paragraph))

    def _quote_between(self, mention: Mention, paragraph: int, offset: int) -> bool:
        """Whether a quotation opens between the mention and the paragraph's ``offset``."""
        for index in range(mention.paragraph, paragraph + 1):
            if index >= len(self.article.paragraphs):
                break
            low = mention.end if index == mention.paragraph else 0
            high = offset if index == paragraph else len(self.article.paragraphs[index])
            if any(low <= a < high for a, _, _ in self._quotes_of(index)):
                return True
        return False

    def _antecedent(self, paragraph: int, offset: int) -> list[str]:
        """The person "he" or "she" means: the last person the article named before it, in
        its sentence or the one before ("Mugabe co-founded ZANU. He was arrested in 1963");
        none when two people are named there (which one is a guess)."""
        sentence = self.sentence_at(paragraph, offset)
        near = [
            m
            for m in self.mentions
            if m.entity in self.persons
            and sentence - 1 <= m.sentence <= sentence
            and (m.paragraph, m.start) < (paragraph, offset)
        ]
        people = {
            sp.text.split()[-1]
            for s in self.sentences[max(sentence - 1, 0) : sentence + 1]
            for sp in s.spans
            if sp.label == "PERSON" and (s.paragraph, sp.start) < (paragraph, offset)
        }
        own = {m.entity.split("/", 1)[1] for m in near if m.sentence == sentence}
        own_people = {
            sp.text.split()[-1]
            for sp in self.sentences[sentence].spans
            if sp.label == "PERSON" and sp.start < offset
        }
        if len(own) == 1 and len(own_people) <= 1:
            # the one person named before it in its own sentence, whoever the sentence before
            # named ("Buttigieg followed suit. Senator Klobuchar's campaign said she was ending
            # her presidential bid")
            return list(own)
        named = {m.entity.split("/", 1)[1] for m in near}
        for s in self.sentences[max(sentence - 1, 0) : sentence + 1]:
            if s.paragraph == paragraph and s.start < offset:
                # a surname the NER left untagged there and resolved elsewhere ("Conyers ran
                # for Congress in 1964. He took office 1965")
                text = self.article.paragraphs[paragraph][s.start : min(s.end, offset)]
                for word in text.replace("’", "'").split():
                    word = word.removesuffix("'s").strip(",.;:")
                    if len(people_of := self._surname_people.get(word, set())) == 1:
                        named.update(people_of)
        if not named and not people and sentence > 0 and (main := self._main_person):
            # no one named there ("… Condolences to his wife and family." Last year, poor
            # health was cited when he stepped down"): the one the article is about
            return [main]
        if len(named) != 1 or len(people) > 1:
            return []  # two people named there, actors or not: which one is a guess
        return list(named)

    @cached_property
    def _main_person(self) -> str | None:
        """The one person the article's first sentence names, when the article names no one
        more often: whom an obituary or a profile is about."""
        first = {m.entity for m in self.mentions if m.sentence == 0 and m.entity in self.persons}
        if len(first) != 1:
            return None
        counts = Counter(m.entity for m in self.mentions if m.entity in self.persons)
        (main,) = first
        if any(n >= counts[main] for e, n in counts.items() if e != main):
            return None
        return main.split("/", 1)[1]

    def _pair(self, paragraph: int, offset: int) -> list[str]:
        """The two people "both of them" or "the two" means: the persons named before it in
        its sentence, else in the one before, when they are exactly two."""
        sentence = self.sentence_at(paragraph, offset)
        for index in (sentence, sentence - 1):
            people = [
                m.entity.split("/", 1)[1]
                for m in sorted(self.mentions, key=lambda m: (m.paragraph, m.start))
                if m.entity in self.persons
                and m.sentence == index
                and (m.paragraph, m.start) < (paragraph, offset)
            ]
            distinct = list(dict.fromkeys(people))
            if distinct:
                return distinct if len(distinct) == 2 else []
        return []

    @cached_property
    def _surname_people(self) -> dict[str, set[str]]:
        """One-word names resolved to person actors somewhere in the article ("Conyers"), to
        the ids they were resolved to."""
        out: dict[str, set[str]] = {}
        for m in self.mentions:
            if m.entity in self.persons and " " not in m.text and m.text[:1].isupper():
                out.setdefault(m.text, set()).add(m.entity.split("/", 1)[1])
        return out

    @cached_property
    def _seen_as_people(self) -> frozenset[str]:
        """Every text the NER read as a person's in the article."""
        return frozenset(sp.text for s in self.sentences for sp in s.spans if sp.label == "PERSON")

    @cached_property
    def _names_by_last_word(self) -> dict[str, list[list[str]]]:
        """The article's names of two words or more (any label), by their last word."""
        out: dict[str, list[list[str]]] = {}
        for s in self.sentences:
            for sp in s.spans:
                if len(words := sp.text.split()) > 1:
                    out.setdefault(words[-1], []).append(words)
        return out

    @cached_property
    def _persons_by_surname(self) -> dict[str, dict[str, list[str]]]:
        """Person actors named in two words or more, by surname: key to the words of its
        last such mention."""
        out: dict[str, dict[str, list[str]]] = {}
        for m in self.mentions:
            if m.entity in self.persons and len(words := m.text.split()) > 1:
                out.setdefault(words[-1], {})[m.entity] = words
        return out

    def _other_names(self, word: str, name: list[str]) -> bool:
        """Whether the article names someone else with that surname ("Elijah Eugene
        Cummings" beside "Ruth Elma Cummings")."""
        return any(words != name for words in self._names_by_last_word.get(word, ()))

    def _short_name(self, role: Role) -> list[str]:
        """The one organisation a bare capitalised word opens the name of ("Mahan flies
        fighters to Syria": Mahan Air, named in full in the article, the NER reading "Mahan"
        as a place); nothing when it opens two names or is a person's or a state's."""
        text = role.text.removeprefix("the ").removesuffix("'s")
        if " " in text or not text[:1].isupper():
            return []
        found = {
            m.entity
            for m in self.mentions
            if m.entity.startswith("actors/")
            and m.text.startswith(f"{text} ")
            and m.entity not in self.persons | self.states
        }
        return [found.pop().split("/", 1)[1]] if len(found) == 1 else []

    def _country(self, paragraph: int, role: Role) -> list[str]:
        """The one state "the country" takes up: the only state named in its sentence before
        it, else in the sentence before ("Iran denied the claims. The country launched
        missiles"); none when two are named there."""
        if role.text.casefold() not in ("the country", "the nation"):
            return []
        sentence = self.sentence_at(paragraph, role.start)
        for index in (sentence, sentence - 1):
            found = {
                m.entity
                for m in self.mentions
                if m.entity in self.states
                and m.sentence == index
                and (m.paragraph, m.start) < (paragraph, role.start)
            }
            if found:
                return [found.pop().split("/", 1)[1]] if len(found) == 1 else []
        return []

    def _government(self, paragraph: int, role: Role) -> list[str]:
        """The state a bare "the government" is in an article that has named one state and
        no other before it ("… in Mindanao, Philippines. … on Friday the government announced
        the new region": the Philippines'); none where two states were named."""
        if role.text.casefold() not in ("the government", "the authorities"):
            return []
        found = {
            m.entity
            for m in self.mentions
            if m.entity in self.states and (m.paragraph, m.start) < (paragraph, role.start)
        }
        return [found.pop().split("/", 1)[1]] if len(found) == 1 else []

    def _organ(self, paragraph: int, role: Role) -> list[str]:
        """The state whose organ a bare "police", "troops", "the army" or "officials" is
        ("… in Babyninsky, Russia. … Police have opened a criminal case": Russia's), read as
        ``_government`` reads "the government" but more warily, since a force may be another
        state's than the one named: only when every state the text names up to the end of
        the phrase's sentence, by name or by adjective (an actor or not: "Nigerian
        authorities … near the border with Cameroon" gives none), is one state, named as an
        actor there (not only by an adjective: "American IT giant EDS") before the phrase or
        as its place ("Police in Russia"; not "Police said he fled to Mexico"); never
        in a quotation, nor for a local or a state's own force ("State prosecutors",
        "Local officials", "county police")."""
        if not ORGAN.fullmatch(role.text) or self._quoted(paragraph, role.start):
            return []
        sentence = self.sentence_at(paragraph, role.start)
        if sentence < 0:
            return []
        end = max(self.sentences[sentence].end, role.end)
        text = self.article.paragraphs[paragraph]
        named = {
            m.entity
            for m in self.mentions
            if m.entity in self.states and (m.paragraph, m.start) < (paragraph, end)
        }
        # Named before the phrase, or as its place ("Police in Russia"): a state named only
        # later in the sentence is where someone went ("… fled to Mexico"), no owner.
        first = {
            m.entity
            for m in self.mentions
            if m.entity in self.states
            and (
                (m.paragraph, m.start) < (paragraph, role.start)
                or (m.paragraph == paragraph and _IN_STATE.fullmatch(text[role.end : m.start]))
            )
        }
        told = {
            f"actors/{slugify(state)}"
            for state in _states_told([*self.article.paragraphs[:paragraph], text[:end]])
        }
        found = named | told
        if len(found) != 1 or found != named or found != first:
            return self._organs_state(paragraph, role, sentence)
        return [found.pop().split("/", 1)[1]]

    def _organs_state(self, paragraph: int, role: Role, sentence: int) -> list[str]:
        """The one state whose organs the text has named before the phrase, by adjective or
        name ("South Korean authorities are refusing … beef imports from the United States. …
        On Monday, police raided the offices"): a bare organ is that state's though other
        states are named, as a place or a trade's origin, but never where a second state's
        organ was named before ("The Venezuelan government said … The Colombian government
        said"), nor where the phrase's sentence names another state ("police in Mexico").
        Only a force ("police", "the military", "troops"): bare "officials" or "the
        authorities" are as often a town's, a firm's or another state's, and are mostly who
        reports ("with officials reporting at the time 150 security forces … killed")."""
        if role.text.split()[-1].casefold() not in FORCES:
            return []
        before = [
            *self.article.paragraphs[:paragraph],
            self.article.paragraphs[paragraph][: role.start],
        ]
        organs = {
            f"actors/{slugify(state)}"
            for text in before
            for match in STATE_ORGAN.finditer(text)
            for state in _organ_states(match.group(1))
        }  # by adjective or by name, actor or not: "U.S. officials" as "the Mexican government"
        if len(organs) != 1 or not organs <= self.states:
            return []
        told = self.sentences[sentence]
        here = {
            m.entity
            for m in self.mentions
            if m.entity in self.states and m.paragraph == paragraph and m.sentence == sentence
        } | {f"actors/{slugify(state)}" for state in _states_told([told.text])}
        if not here <= organs:
            return []
        return [organs.pop().split("/", 1)[1]]

    def _titled(self, paragraph: int, role: Role) -> list[str]:
        """The one person named before after the title the phrase is ("asked the Queen" after
        "Queen Elizabeth II", whose name resolve keeps without the title; "the governor
        resigned" after "Governor Ricardo Rosselló", for ``HELD_TITLES`` written small)."""
        words = role.text.split()
        if len(words) != 2 or words[0].casefold() != "the":
            return []
        if not words[1][:1].isupper() and words[1] not in HELD_TITLES:
            return []  # ("the governor resigned" after "Governor Ricardo Rosselló")
        title = words[1]
        if title.casefold() not in TITLE_WORDS:
            return []
        found = {
            m.entity
            for m in self.mentions
            if m.entity in self.persons
            and (m.paragraph, m.start) < (paragraph, role.start)
            and _holds(self.article.paragraphs[m.paragraph][: m.start].split(), title)
        }
        return [found.pop().split("/", 1)[1]] if len(found) == 1 else []

    def _body_head(self, paragraph: int, role: Role) -> list[str]:
        """The one organisation named before whose name has the phrase's head word ("The
        Department issued a statement" after "The California Department of Corrections and
        Rehabilitation"; "the court ruled" after "the Court of Session"); nothing when two
        named bodies have it ("the court" after two courts), nor for a state or a person."""
        words = role.text.split()
        if len(words) != 2 or words[0].casefold() != "the" or words[1].casefold() not in HEADS:
            return []
        head = words[1].casefold()
        found = {
            m.entity
            for m in self.mentions
            if m.entity.startswith("actors/")
            and (m.paragraph, m.start) < (paragraph, role.start)
            and m.entity not in self.persons | self.states
            and head in m.text.casefold().replace(",", " ").split()
        }
        return [found.pop().split("/", 1)[1]] if len(found) == 1 else []

    def _part_of_name(self, paragraph: int, role: Role) -> list[str]:
        """The actor whose named mention the phrase is a piece of: a name the
        parser split at a hyphen or an ampersand ("Abdel al-Farsi" parsed as "Abdel" + "al" +
        "-" + "Farsi", the event's phrase only "Abdel"; "Johnson & Johnson"), which no mention
        lies inside; not a word of a name the parser kept whole ("Contract" of "Project and
        Contract Office" is a contract, not that office). A state's long name whose last word
        the parser read as the place ("in the Democratic Republic of the |Congo|") is that
        state's. A name the parser split at its "and", the clause hung on its last word ("the
        National Council for Peace and Order, who announced": "Order" announced), is the name's
        too (but not a word inside it: "Contract" of "Project and Contract Office")."""
        if not role.text[:1].isalpha():
            return []
        around = {
            m.entity
            for m in self.mentions
            if m.paragraph == paragraph
            and m.entity.startswith("actors/")
            and (
                any(c in m.text for c in NAME_SPLITS)
                or (m.entity in self.states and m.end == role.end)
                or (" and " in m.text and m.end == role.end)
            )
            and m.start <= role.start
            and role.end <= m.end
            and (m.start, m.end) != (role.start, role.end)
        }
        return [around.pop().split("/", 1)[1]] if len(around) == 1 else []

    def _surnames(self, role: Role) -> list[str]:
        """People a phrase names by a surname the NER did not see as a person ("May's
        negotiated Brexit agreement": Theresa May, named in full in the article); a surname
        it did see and resolve left unlinked is shared by several people."""
        out = []
        words = [w.removesuffix("'s").strip(",.;:") for w in role.text.replace("’", "'").split()]
        for index, word in enumerate(words):
            if not word[:1].isupper():
                continue
            people = dict(self._persons_by_surname.get(word, {}))
            if len(people) != 1:
                continue
            (key, name), before = people.popitem(), words[index - 1] if index else ""
            if word in self._seen_as_people and self._surname_people.get(word) != {
                key.split("/", 1)[1]
            }:
                continue  # resolve saw that name as a person and left it (shared, ambiguous),
                # not one it linked to this person elsewhere ("Baloch was murdered")
            first = before[:1].isupper() and before.lower() not in NOT_FIRST_NAMES
            if first and before not in name:
                continue  # "Elijah Cummings" is not Ruth Cummings
            if self._other_names(word, name):
                continue
            out.append(key.split("/", 1)[1])
        return out

    def adjective_actors(self, roles: Sequence[Role]) -> tuple[str, ...]:
        """Actor ids of the phrases that are an actor's adjective ("Brazilian compliance"):
        an adjective listed for it, else a state the article names whose name the adjective
        begins like ("Brazilian": Brazil)."""
        found = []
        for r in roles:
            actor = self.adjectives.get(r.text)
            if actor is None and _demonym(r.text):
                named, states = self._begun_like(r.text)
                named = states or named  # "Turkish": Turkey, not "Turkish foreign ministry"
                actor = named.pop() if len(named) == 1 else None
            if actor is None and " " not in r.text:
                actor = self._demonym_of(r.text)  # "Greek": Greece, "French": France
            if actor is not None:
                found.append(actor)
        return tuple(dict.fromkeys(found))

    def _demonym_of(self, adjective: str) -> str | None:
        """The state actor an adjective the gazetteer knows stands for ("Greek": Greece,
        "British": the United Kingdom named "Britain"), when the article names that state:
        adjectives that begin unlike their state's name, which ``_begun_like`` misses."""
        state = demonym_state(adjective)
        if state is None:
            return None
        ids = {
            m.entity.split("/", 1)[1]
            for m in self.mentions
            if m.entity in self.states
            and (state_name(m.text.removeprefix("the ")) or m.text) == state
        }
        return ids.pop() if len(ids) == 1 else None

    def _state_of(self, text: str) -> list[str]:
        """The state a lone adjective stands for ("the Turkish-Libyan agreement": Turkey), so
        that a body named from it ("the Turkish foreign ministry") does not take its place."""
        actor = self.adjectives.get(text)
        if actor is not None:
            return [actor] if f"actors/{actor}" in self.states else []
        if " " in text or not _demonym(text):
            return []  # a lone word: "Turkish", not "Turkish foreign ministry"
        _, named = self._begun_like(text)
        return [named.pop()] if len(named) == 1 else []

    def _begun_like(self, adjective: str) -> tuple[set[str], set[str]]:
        """Ids of the actors (and of the states among them) the article names in words that
        begin like the adjective ("Brazilian": Brazil), for ``adjective_actors`` and
        ``_state_of``."""
        named = {
            m.entity.split("/", 1)[1]
            for m in self.mentions
            if m.entity.startswith("actors/") and m.text[:4] == adjective[:4]
            and m.text[:1].isupper()
        }  # fmt: skip
        return named, {a for a in named if f"actors/{a}" in self.states}

    def named(self, paragraph: int, sentence: int, kind: str) -> set[str]:
        """Keys of entities of a kind (``events``) the sentence already mentions."""
        return {
            m.entity
            for m in self.mentions
            if m.paragraph == paragraph and m.sentence == sentence and m.entity.startswith(kind)
        }

    def sentence_at(self, paragraph: int, offset: int) -> int:
        for index, s in enumerate(self.sentences):
            if s.paragraph == paragraph and s.start <= offset < s.end + 1:
                return index
        return -1

    def mention(self, paragraph: int, role: Role) -> Mention | None:
        """The phrase as a mention (its entity filled in once the proposal has an id)."""
        index = self.sentence_at(paragraph, role.start)
        if index < 0:
            return None
        return Mention(
            "", self.article.id, paragraph, index, role.start, role.end, role.text, "extract"
        )

    def date_near(
        self, paragraph: int, sentence: int, offset: int, skip: Sequence[Role] = ()
    ) -> DateMention | None:
        """The date the sentence names closest to ``offset``, outside quotation marks and
        the phrases in ``skip`` (clauses about something else). Quotations are the
        paragraph's: a sentence may begin inside one ("… with it.'" Democrat Spearman … was
        first elected … in 2012"), so counting marks from its start reads it inside out."""
        s = self.sentences[sentence]
        text = self.article.paragraphs[paragraph][s.start : s.end]
        if (paragraph, sentence) not in self._dates:
            known = sentence < len(self.known_dates) and s.paragraph == paragraph
            dated = list(self.known_dates[sentence]) if known else find_dates(text, self.reference)
            dated += [
                d
                for d in bare_weekdays(text, self.reference)
                if not any(f.start < d.end and d.start < f.end for f in dated)
            ]  # ("died Saturday, aged 78")
            self._dates[paragraph, sentence] = dated
        quotes = self._quotes_of(paragraph)
        found = [
            d
            for d in self._dates[paragraph, sentence]
            if not any(a <= s.start + d.start < b for a, b, _ in quotes)
            and not any(r.start <= s.start + d.start < r.end for r in skip)
        ]
        if not found:
            return None
        return min(found, key=lambda d: abs(s.start + d.start - offset))


NAME_SPLITS = "-&\u2010\u2011\u2013"
"""Where the parser splits a name into pieces that an event's phrase may hold one of."""


def _described_body(text: str) -> bool:
    """A phrase "the company" or "the airline" (``DESCRIBED_BODIES``, ``CALLED_BODIES``),
    with no other word."""
    words = text.casefold().split()
    return len(words) == 2 and words[0] == "the" and words[1] in DESCRIBED_BODIES | CALLED_BODIES


def _inside(mention: Mention, role: Role) -> bool:
    """The mention lies in the phrase, but for a "the" the name's mention begins with and the
    phrase leaves to the noun after it ("the US Supreme Court ruling": the phrase of the
    ruling's modifier is "US Supreme Court", the court's mention "the US Supreme Court")."""
    start = mention.start + 4 if mention.text[:4].casefold() == "the " else mention.start
    return role.start <= start and mention.end <= role.end


NOT_IN_TITLES = frozenset(
    "and or nor but with by of to from for against on in at the a an under over after "
    "either neither other another together".split()
)
"""Words that join or relate two actors: between a body and a name, they make it no title."""
TITLE_ACRONYMS = frozenset("ceo cfo coo cto".split())
PERSON_ENDINGS = (
    "er", "ers", "or", "ors", "ist", "ists", "man", "woman", "men", "women", "ant", "ian",
    "ary", "chief", "head", "aide",
)  # fmt: skip
"""Endings of lowercase nouns for people ("guitarist", "spokesman", "manager")."""


def _title_between(gap: str) -> bool:
    """The words between a body and a person's name are a title of the person's ("District
    Judge", "'s foreign minister", "guitarist", "CEO"): no more than four words, none a
    conjunction or preposition but the "of" of a title, one a title or a noun for a person."""
    words = gap.replace("’", "'").removeprefix("'s").removeprefix("'").split()
    return (
        0 < len(words) <= 4
        and all(w.replace(".", "").replace("-", "").isalpha() for w in words)
        and not any(
            w.casefold() in NOT_IN_TITLES
            and not (w == "of" and i and words[i - 1].casefold() in TITLE_WORDS)
            for i, w in enumerate(words)
        )  # (but "Secretary of State", "Minister of Defence")
        and any(
            w.casefold() in TITLE_WORDS
            or w.casefold() in TITLE_ACRONYMS
            or (w.islower() and w.endswith(PERSON_ENDINGS))
            for w in words
        )
    )


def _demonym(text: str) -> bool:
    """Words shaped like a state's adjective ("Brazilian", "Iraqi", "South African")."""
    return len(text) > 4 and text.endswith(("an", "ese", "i", "ish"))


ORGAN = re.compile(
    r"(?:[Tt]he )?(?:(?:[Ff]ederal|[Gg]overnment|[Rr]iot|[Aa]rmed|[Ss]ecurity|[Mm]ilitary) )?"
    r"(?:police|troops|army|military|security forces|officials|ministry|regime|junta|"
    r"prosecutors|administration|soldiers|authorities|government)"
    r"|[Pp]olice|[Tt]roops|[Ss]oldiers|[Oo]fficials|[Pp]rosecutors"
)
"""A state's organ named by no name ("police", "the army", "riot police", "Federal
authorities"; "the government" alone is ``_government``'s first): a capitalised word before
it is a name or an adjective, read elsewhere; "State", "Local", "county" make it no
state's."""
FORCES = frozenset("police troops soldiers army military forces".split())
"""The organs that are a state's force, the only bare ones ``Context._organs_state`` reads."""
STATE_ORGAN = re.compile(
    rf"\b{NOT_IN_A_WORD}([A-Z][\w.]*(?: [A-Z][\w.]*)?)(?:['’]s)? "
    + organ_tail(STATE_ORGANS + GOVERNMENT_ORGANS)
)
"""A state's organ named with its state ("South Korean authorities", "the Nigerian
military", "U.S. officials", "Mexico's government"): the capitalised words name the state.
The organs and what makes a phrase no organ ("Russian military analysts", "French police
officers", "Chinese government bonds") are resolve's (``organs``), so a bare force is never
given to a state whose organ resolve did not read there (fix80)."""
_IN_STATE = re.compile(r" in (?:the )?")
"""What stands between an organ and the state it is of: "Police |in| Russia"."""
STATE_WORDS = re.compile(r"\b[A-Z][\w.]*(?:[ -][A-Z][\w.]*){0,3}")
"""Runs of capitalised words, among which a text names states ("South Korea", "Nigerian")."""


def _organ_states(words: str) -> set[str]:
    """The states the words before an organ name ("U.S.", which ``_states_told`` reads with
    its last dot cut, "Mexican", "South Korean")."""
    state = state_name(words) or demonym_state(words)
    return {state} if state else _states_told([words])


def _states_told(texts: Sequence[str]) -> set[str]:
    """The states the texts name by name or adjective, actors or not (the gazetteer's
    names): "Nigerian" tells Nigeria though no page is Nigeria's."""
    found = set()
    for text in texts:
        for run in STATE_WORDS.finditer(text):
            words = run.group().split()
            for i in range(len(words)):
                for j in range(i + 1, len(words) + 1):
                    piece = " ".join(words[i:j]).strip(".,")
                    state = state_name(piece) or (
                        demonym_state(piece)
                        if j == i + 1
                        else state_name(piece[:-1])
                        if piece.endswith("an")
                        else None
                    )  # "Nigerian", "South Korean"
                    if state is not None:
                        found.add(state)
    return found
