"""The speaker named before: what a pronoun, a title or an unnamed subject ("he said", "the
spokesman said") stands for, read back through the article's sentences."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from ...model import Article, Mention, QuoteFrame, Sentence
from ...titles import TITLE_WORDS
from .issuers import _SPEAKS_FOR
from .sentences import (
    _first_named,
    _inside_quotation,
    _person_like,
    _Quoted,
    _sentence_of,
    _unquoted,
)
from .words import (
    BODIES,
    DEFINITE_TITLES,
    HONORIFIC,
    PERSONAL,
    PLATFORMS,
    REPLIES,
    REPRESENTATIVES,
    TITLES,
)


def _named_before(
    frame: QuoteFrame,
    sentences: Sequence[Sentence],
    actors: Sequence[Mention],
    persons: frozenset[str],
    unnamed: set[int | None] | frozenset[int | None] = frozenset(),
    gap: int = 1,
    quoted: _Quoted | None = None,
) -> str | None:
    """What a pronoun or title stands for when no speaker was named just before: the first
    actor (a person for "he", "she" or a title) of the nearest earlier sentence naming one,
    in this paragraph or the one before; "" when that sentence names someone (the NER saw a
    name) who is no actor. A name in the speaker's own sentence ("Speaking to Martin Smith,
    he said") is who is spoken to, not who speaks. ``gap``: paragraphs back to look (a
    document's author may be named further back than a pronoun's). A name inside a quotation
    (``quoted``: the article's, made once by ``attribute``) is someone the words are about
    ('"Gordon Brown is a great chancellor." … he said'), never the one who says them, unless
    the quotation is no more than a name ('"El Chapo" was sentenced. "…," he said')."""
    assert frame.head is not None
    quoted = quoted or _Quoted(())
    actors = [m for m in actors if not quoted(m.paragraph, m.start)]
    known = _persons_by_name(actors, persons)
    own = _sentence_of(sentences, frame.paragraph, frame.head.start)
    if own is None:
        return None
    wants_person = frame.form == "title" or frame.head.text.lower() in PERSONAL
    impersonal = _text_reads(frame)
    if frame.head.text.casefold() == "they" and _UNNAMED_SAYS.fullmatch(
        sentences[own].text[: frame.head.start - sentences[own].start]
    ):
        return ""  # "Prosecutors said they planned to charge him for "…"": they, unnamed
    if frame.form == "pronoun" and wants_person:
        # "Imus was dropped by CBS Radio after he referred to …": the person named before
        # the pronoun in its own sentence, unless spoken to ("Speaking to Martin Smith, he")
        sentence = sentences[own]
        here = [
            m
            for m in actors
            if m.sentence == own
            and m.entity in persons
            and m.start < frame.head.start
            and sentence.text[: m.start - sentence.start].split()[-1:] != ["to"]
        ]
        if here:
            return min(here, key=lambda m: m.start).entity
    anchor = frame.paragraph  # a "he" sentence skipped carries the window back with it
    for index in range(own - 1, -1, -1):
        if anchor - sentences[index].paragraph > gap:
            break
        if _inside_quotation(sentences[index], quoted):
            # '"… He (President Kufuor) wouldn't move … he asked him …," he said': a
            # sentence of quoted words names whom they are about, never who says them
            continue
        if (
            anchor != frame.paragraph
            and frame.form == "pronoun"
            and (speaks := _PRONOUN_SPEAKS.search(sentences[index].text)) is not None
            and speaks.group(1).lower() == frame.head.text.lower()
        ):
            # past a "he" sentence, '"…," he said.' and "It is a battle Yahoo is winning, he
            # believes." are the same "he" again, not whom they name
            continue
        if index in unnamed:
            return ""
        if index == own - 1 and sentences[index].paragraph == frame.paragraph:
            opening = _UNNAMED_SUBJECT.match(sentences[index].text)
            if opening and opening.group(1) not in BODIES | REPRESENTATIVES:
                # "The researchers suggested …. They reported, "…"": the people the sentence
                # before opens with, unnamed, not anyone named earlier
                return ""
        same = _PRONOUN_SUBJECT.match(sentences[index].text)
        if (
            frame.form == "pronoun"
            and same is not None
            and same.group(1).lower() == frame.head.text.lower()
        ):
            if frame.cue.lower() not in REPLIES:
                # "Parry is … . And he confessed Arsenal's deal … . He said": the same "he",
                # who may have been named a paragraph before that sentence
                anchor = sentences[index].paragraph
                continue
            # "He accused Smith of cheating. He replied: "…"": one who replies answers the
            # "he" before, so is the other named there, or no one known
            others = [
                m for m in actors
                if m.sentence == index and m.entity in persons and m.start > sentences[index].start
            ]  # fmt: skip
            return min(others, key=lambda m: m.start).entity if others else ""
        here = [
            m for m in actors if m.sentence == index
            and (m.entity in persons or not wants_person)
            and not (impersonal and m.entity in persons)
        ]  # fmt: skip
        # "But Parry, speaking to BBC Sport, admits Gerrard …": a name the NER saw that no
        # mention covers but that names a person elsewhere comes first as written
        here += _unlinked(sentences[index], index, actors, known, quoted)
        # "In his letter to President Zelensky, Honcharuk wrote …. He added": not the one
        # written or spoken to, unless no one else there writes or speaks ("Wikinews spoke
        # with Dr Jane Holloway. She said": the one spoken with)
        # "The politician was greeted by the First Lady, Anne Morel. "…," she said": the
        # one a passive's "by" names acts on the subject, who is the one referred to
        starts = [m.start for m in here]
        here = [m for m in here if not _agent_of_passive(sentences[index], m.start, starts)]
        # "…?", and addressed Prime Minister Narendra Modi demanding "…". She said': the one
        # a demand or an appeal is put to, never the one who goes on (statements43)
        here = [m for m in here if not _appealed_to(sentences[index], m.start)]
        # "Faced with losing the character of Anya Jenkins, the producers …": a role played,
        # no one who speaks (statements46)
        here = [m for m in here if not _role_played(sentences[index], m.start)]
        # "A spokesman for Gaddafi, Moussa Ibrahim, … said: "…"" then "he added": the
        # spokesman named there, not the one he speaks for (statements44)
        spoken_for = [m for m in here if _speaks_for(sentences[index], m)]
        if len(spoken_for) < len(here):
            here = [m for m in here if m not in spoken_for]
        addressed = [m for m in here if _addressed(sentences[index], m)]
        if len(addressed) < len(here) or _someone_else(sentences[index], addressed):
            here = [m for m in here if m not in addressed]
        if here:
            return min(here, key=lambda m: (m.paragraph, m.start)).entity
        surname = _surname_in(sentences[index].text, actors, persons, sentences[index])
        if surname is not None:  # "Maróth pointed out …" where the NER saw no name
            return surname
        if HONORIFIC.search(_unquoted(sentences[index].text)):
            return ""  # "Ms Detakats said she was a collector": someone who is no actor
        wanted = ("PERSON",) if wants_person else ("PERSON", "ORG")
        sentence = sentences[index]
        bodies = [m for m in actors if m.sentence == index and m.entity not in persons]
        if any(
            span.label in wanted
            and span.text.casefold() not in PLATFORMS
            and not quoted(sentence.paragraph, span.start)
            and not any(m.start <= span.start < m.end for m in bodies)
            and not _agent_of_passive(
                sentence, span.start, [p.start for p in sentence.spans if p.label == "PERSON"]
            )
            and not _appealed_to(sentence, span.start)
            and not _role_played(sentence, span.start)
            for span in sentence.spans
        ):  # "In a statement on Twitter, he wrote": the NER may call Twitter a person; "He
            # underlined Lib Dem plans": nor is a party it calls one someone unknown
            return ""  # someone named there who is no actor, not anyone named earlier
    return None


_PRONOUN_SPEAKS = re.compile(r",[\"'”’]?\s+(he|she)\s+[a-z]+s?\b\W*$")
"""A sentence closing with "…, he said" or "…, she believes": the pronoun says it."""
_PRONOUN_SUBJECT = re.compile(r"(?:(?:And|But|So|Then|Yet) )?(He|She|he|she)\b")
"""A sentence opening with "he" or "she", who is whoever the pronoun after it stands for."""


_COLON_BEFORE = re.compile(r":\s*[\"“‘']?$")
"""A quotation's opening right after a colon ("… shared a similar sentiment: "…")."""


def _colon_named(
    article: Article,
    frame: QuoteFrame,
    sentences: Sequence[Sentence],
    actors: Sequence[Mention],
    persons: frozenset[str],
) -> str | None:
    """The person a clause names before the colon that opens a quotation no cue introduced
    ("In a comment to the Bangkok Post, Colonel Winthai Suwaree shared a similar sentiment:
    "…""; "Senator Jimmy Chamorro has the same opinion: "…""): the clause's first person
    (its subject, as a rule), not one the clause speaks to or of ("to", "with", "by", "for"
    before him); None when the clause names no person (statements44)."""
    text = article.paragraphs[frame.paragraph]
    if not _COLON_BEFORE.search(text[: frame.quote.start]):
        return None
    colon = text.rfind(":", 0, frame.quote.start)
    own = _sentence_of(sentences, frame.paragraph, colon)
    if own is None:
        return None
    start = sentences[own].start
    named = [
        m
        for m in actors
        if m.sentence == own
        and m.entity in persons
        and m.end <= colon
        and text[start : m.start].split()[-1:] not in (["to"], ["with"], ["by"], ["for"])
    ]
    return min(named, key=lambda m: m.start).entity if named else None


def _text_reads(frame: QuoteFrame) -> bool:
    """ "…," it read': a message's or document's words (State television flashed a message
    … "…," it read), whose "it" is never a person (statements44). Not "it" as the subject of
    other cues, which the parse may take from a clause a person's words are about ("saying
    that it will speak for all countries which "…"")."""
    return (
        frame.form == "pronoun"
        and frame.head is not None
        and frame.head.text.lower() == "it"
        and frame.cue.lower() in ("read", "reads")
    )


def _speaks_for(sentence: Sentence, mention: Mention) -> bool:
    """Whether the sentence names the actor as the one a spokesperson, representative or
    aide speaks for ("A spokesman for Gaddafi, Moussa Ibrahim, said")."""
    before = sentence.text[: max(0, mention.start - sentence.start)]
    return _SPEAKS_FOR.search(before[-80:]) is not None


def _persons_by_name(actors: Sequence[Mention], persons: frozenset[str]) -> dict[str, set[str]]:
    """The persons each name written for one stands for, for ``_unlinked``."""
    known: dict[str, set[str]] = {}
    for m in actors:
        if m.entity in persons:
            known.setdefault(m.text, set()).add(m.entity)
    return known


def _unlinked(
    sentence: Sentence,
    index: int,
    actors: Sequence[Mention],
    known: dict[str, set[str]],
    quoted: _Quoted,
) -> list[Mention]:
    """Persons the NER saw in a sentence where no mention covers them, named so elsewhere
    (``known``: "Parry" of "Parry explained"), each as a mention there."""
    return [
        Mention(
            next(iter(known[span.text])), m0.article, sentence.paragraph, index,
            span.start, span.end, span.text, "unlinked",
        )
        for span in sentence.spans
        for m0 in actors[:1]
        if span.label == "PERSON"
        and len(known.get(span.text, ())) == 1
        and not quoted(sentence.paragraph, span.start)
        and not any(
            m.sentence == index and m.start < span.end and span.start < m.end for m in actors
        )
    ]  # fmt: skip


_ADDRESSED = re.compile(
    r"(?:\b(?i:letter|message|statement|speaking|writing|wrote|spoke|talking|talked|addressed)"
    r"(?: [a-z]+){0,2} (?:to|with)|\b(?i:standing|sitting|appearing) (?:alongside|beside|next to))"
    r"(?: [A-Z][\w.'’-]*| prime minister)*\s*$"
)
"""Words before someone written or spoken to ("his letter to President", "Speaking with"), or
stood beside ("Standing alongside President"): company, not the one who goes on to speak."""


_PASSIVE_BY = re.compile(
    r"\b(?:was|were|is|are|been|being) (?:[a-z]+ ){0,2}[a-z]+(?:ed|en)\b[^.;:\"“”]*?\bby\b"
    r"[^.;:\"“”]*$"
)
"""Words before the agent of a passive ("was greeted at the air base by the President and")."""


def _agent_of_passive(sentence: Sentence, start: int, people: Sequence[int]) -> bool:
    """Whether a name at ``start`` (a paragraph offset) is the agent of a passive in the
    sentence whose subject is someone, so not whom a pronoun after it stands for ("The
    politician was greeted by Anne Morel"); the agent of a passive on a thing is the one
    acting there ("The bill was opposed by Michael Howard. "…," he said"). ``people`` are
    the paragraph offsets of the persons named in the sentence."""
    before = sentence.text[: start - sentence.start]
    passive = _PASSIVE_BY.search(before)
    if passive is None:
        return False
    if any(sentence.start <= p < sentence.start + passive.start() for p in people):
        return True  # "Clara Ruiz was greeted by …"
    last = re.search(r"([A-Za-z'’-]+)\W*$", before[: passive.start()])
    word = last.group(1).lower() if last else ""
    return (
        word in PERSONAL | TITLES | DEFINITE_TITLES | {"they", "we", "i"}
        or word.endswith(("ian", "man", "men"))  # "The politician", "the chairwoman"
    )


_APPEALED_TO = re.compile(
    r"\b(?:addressed|urged|implored|petitioned|lobbied|beseeched)(?: [A-Z][\w.'’-]*)*\s*$"
)
"""A verb of appeal right before a name, its object ("and addressed Prime Minister")."""


_ROLE_OF = re.compile(
    r"\b(?:character|role|part|persona) of\s*$|\b(?:playing|portraying|voicing)\s*$", re.I
)
"""Words before a name that make it a role someone plays ("the character of Anya Jenkins",
"playing Hamlet"), not a person of the news."""


def _role_played(sentence: Sentence, start: int) -> bool:
    return _ROLE_OF.search(sentence.text[: start - sentence.start]) is not None


def _appealed_to(sentence: Sentence, start: int) -> bool:
    """Whether the name at ``start`` (a paragraph offset) is the one an appeal or a demand in
    the sentence is put to ("addressed Prime Minister Narendra Modi demanding"): asked, not
    asking, whoever else the sentence names or leaves unnamed."""
    before = sentence.text[: start - sentence.start]
    return _APPEALED_TO.search(before) is not None


def _addressed(sentence: Sentence, mention: Mention) -> bool:
    """The person a letter or a speech in this sentence is addressed to."""
    return _ADDRESSED.search(sentence.text[: mention.start - sentence.start]) is not None


def _someone_else(sentence: Sentence, addressed: Sequence[Mention]) -> bool:
    """A person's name in the sentence that none of ``addressed`` holds: someone who may write
    or speak to them, actor or not, also when the NER called the name an organisation
    ("Speaking with Prime Minister Boris Johnson, Nicola Sturgeon raised …"); not "Wikinews
    spoke with Dr Jane Holloway of Kingston University", where only the one spoken with is."""
    return any(
        (span.label == "PERSON" or (span.label == "ORG" and _person_like(span.text)))
        and span.text.casefold() not in PLATFORMS
        and not any(m.start < span.end and span.start < m.end for m in addressed)
        for span in sentence.spans
    )


_UNNAMED_SUBJECT = re.compile(
    r"(?:(?:One|Some|Many|Most|All|Both|Several|Two|Three) of )?[Tt]he ([a-z]+[^su]s) (?!of\b)"
)
"""A sentence opening with people of a kind, unnamed ("The researchers", "One of the
victims"); not a body ("The police"), a thing's part ("The results of …") or an
adjective ("The previous day")."""


_UNNAMED_SAYS = re.compile(
    r"(?:[Tt]he )?[A-Z]?[a-z]+[^su]s (?:said|say|says|stated|claimed|told [a-z]+|added) "
    r"(?:that )?"
)
"""A sentence opening with people of a kind, unnamed, who say what "they" after does
("Prosecutors said they planned to charge him"): "they" are them (blind44), not a body named
before ("Officials said he …" is someone else: only "they")."""


_BY_AGENT = re.compile(r"\b(?:was|were|is|are|been|being) (?:[a-z]+ ){0,2}[a-z]+(?:ed|en) by ")
"""A passive's verb and "by", before its agent ("was gang raped by ")."""


def _surname_in(
    text: str,
    actors: Sequence[Mention],
    persons: frozenset[str],
    sentence: Sentence | None = None,
) -> str | None:
    """The one person whose surname (given in full elsewhere in the article) a sentence
    names, when the NER missed it there; with the ``sentence`` the text is, not the agent of
    a passive on the subject ("she was gang raped by Quirin": she is the one referred to,
    as ``_agent_of_passive`` reads a name the NER saw)."""
    if sentence is not None:
        agent = _BY_AGENT.search(text) if " by " in text else None
        if agent is not None and _agent_of_passive(sentence, sentence.start + agent.end(), ()):
            text = text[: agent.end()]
    surnames: dict[str, set[str]] = {}
    for m in actors:
        words = m.text.split()
        if (m.entity in persons or _person_like(m.text)) and len(words) > 1:
            surnames.setdefault(words[-1], set()).add(m.entity)
    text = _unquoted(text)  # not a word quoted
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    found = {
        e
        for before, word in pairwise(["", *words])
        if not before[:1].isupper() or before.casefold() in TITLE_WORDS
        for e in surnames.get(word, ())
    }  # "Maróth pointed out", "Commissioner Maróth"; not the "Kong" of "Hong Kong"
    if len(found) > 1:  # "Osbourne said" after "Ozzy Osbourne" and "Sharon Osbourne"
        return _first_named(found, actors)
    return found.pop() if len(found) == 1 else None
