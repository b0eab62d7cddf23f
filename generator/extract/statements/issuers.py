"""Who issued a document or statement whose speaker phrase is no person: the body its phrase
names as issuer, signer or sender, the government spoken for, a title that stands for its
holder."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from typing import TYPE_CHECKING

from ...gazetteer import demonym_state, state_name
from ...ids import slugify
from ...model import Article, Mention, QuoteFrame, Role, Sentence
from ...titles import TITLE_WORDS
from .sentences import _back_from, _body_by_words, _person_like, _sentence_of
from .words import BODIES, DOCUMENTS, REPORTS, SPOKESPEOPLE, TITLES

if TYPE_CHECKING:
    from ..tie import Context


def _document(frame: QuoteFrame) -> bool:
    """A speaker phrase that is a document the article spoke of before ("The proclamation
    said", "the letter reads"), not one from someone unnamed ("a letter from 100 scholars")."""
    if frame.form != "unnamed" or frame.speaker is None or frame.head is None:
        return False
    words = frame.speaker.text.casefold().split()
    return (
        frame.head.text.casefold() in DOCUMENTS
        and words[0] in ("the", "this")
        and not {"from", "by", "of"} & set(words)
    )


ISSUED = REPORTS | frozenset(("release", "text"))
"""What a body or person issues, whose words are its issuer's ("a resolution passed by X";
"The text of the agreement, as released by the Indian Ministry of External Affairs, states",
statements45)."""
_ISSUER_BEFORE = re.compile(
    r"\b(?:(?:signed|issued|written|sent|released|published|posted|passed|adopted|approved"
    r"|put out)(?: [\d–-]+)? by|from|(?P<on>on)) (?:the )?$",
    re.IGNORECASE,
)
"""Words before the issuer in a document's phrase ("passed 27-21 by the", "released by
the", "from"; "on the" only for a website, ``_ON_SITE``)."""
_ON_SITE = re.compile(r"^(?:['’]s)? (?:official )?(?:web ?site|website|web page|page|account)\b")
_POSSESSIVE = re.compile(r"^['’]s?\b")


def _forces_named(frame: QuoteFrame, speaker: str, actors: Sequence[Mention]) -> bool:
    """Whether "forces" read as a body named before is that body: "the armed forces" after
    the Supreme Council of the Armed Forces, not "government forces" or "security forces"
    after the Rapid Support Forces (each word before the head in the body's name)."""
    assert frame.head is not None and frame.speaker is not None
    if frame.head.text.casefold() != "forces":
        return True
    text = frame.speaker.text[: frame.head.start - frame.speaker.start].casefold()
    words = set(re.findall(r"[^\W\d_]+", text)) - {"the", "its", "their", "these", "those"}
    named = {w for m in actors if m.entity == speaker for w in m.text.casefold().split()}
    return words <= named


def _issuer_named(article: Article, frame: QuoteFrame, actors: Sequence[Mention]) -> str | None:
    """The actor a document's or statement's own phrase says issued it, up to its cue
    ("A resolution passed by the European Parliament asked", "The resolution, passed by
    the House Committee on Foreign Affairs, states that", "A statement on the Turkish
    Foreign Ministry web site said"); not someone whose aide or thing is named ("a letter
    from Trump's lawyers"); None when it names none."""
    if frame.speaker is None or frame.head is None:
        return None
    if frame.head.text.casefold() not in ISSUED:
        return None
    text = article.paragraphs[frame.paragraph]
    start = frame.speaker.start
    end = frame.speaker.end
    # up to its cue ("A resolution passed by the Nordic Council on Thursday asked", "The
    # resolution, passed 27-21 by the Committee, states"), not the reported words after it
    # ("The statement said the group had letters from the Interior Ministry "…"")
    limit = min(frame.quote.start if frame.quote.start > end else len(text), end + 120)
    if cue := re.search(rf"\b{re.escape(frame.cue)}\b", text[end:limit]):
        end += cue.start()
    here = sorted((m for m in actors if m.paragraph == frame.paragraph), key=lambda m: m.start)
    for m in here:
        if not start <= m.start < end:
            continue
        before = _ISSUER_BEFORE.search(text[start : m.start])
        if before is None:
            continue
        after = text[m.end : end]
        if before.group("on") is not None and not _ON_SITE.match(after):
            continue
        if before.group("on") is None and _POSSESSIVE.match(after):
            continue
        return m.entity
    return None


_APPOSED = re.compile(r",\s*$")
_PLACED = re.compile(
    r"\b(?:in|at|near|outside|inside|from|across|around)\b(?:\s+[\w'’-]+){1,3},\s*$"
)
"""A location preposition before the apposed name's comma: a name no person's is a place
there ("in the capital, Addis Ababa"), a person's is not ("the top Republican in the Senate,
Mitch McConnell")."""
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?][\"”’]?\s+)$")


def _apposed(
    article: Article, frame: QuoteFrame, actors: Sequence[Mention], persons: frozenset[str]
) -> str | None:
    """The person an unnamed speaker phrase names in apposition: after it ("EU commissioner
    for Home Affairs, Cecilia Malmström said", "One protester, Kim In-seok, stated") or
    right before it ("Glen Collins, the second protester said"); the parse heads such a
    phrase with its common noun. None when no person is named so."""
    if frame.speaker is None:
        return None
    text = article.paragraphs[frame.paragraph]
    phrase = frame.speaker
    determined = phrase.text.split()[0].casefold() in ("the", "a", "an")
    for m in actors:
        # the NER may call a person so named an organisation ("Cecilia Malmström")
        if m.paragraph != frame.paragraph or not (m.entity in persons or _person_like(m.text)):
            continue
        after = phrase.start < m.start and m.end == phrase.end
        # not a place taken for a person: "a police spokesman in the capital, Addis Ababa"
        between = text[phrase.start : m.start]
        placed = m.entity not in persons and _PLACED.search(between)
        if after and _APPOSED.search(between) and not placed:
            return m.entity
        # the name opens the sentence: not "According to the BBC, a spokesman said"
        before = (
            m.end <= phrase.start
            and re.fullmatch(r",\s*", text[m.end : phrase.start])
            and _SENTENCE_OPENS.search(text[: m.start])
        )
        if before and determined:
            return m.entity
    return None


PARTS = BODIES | frozenset("wing branch arm military".split())
"""Head words of a phrase for a body or a part of one that the phrase names ("the UN
country office for Somalia", "the armed wing of Hamas")."""


STAFF = frozenset("correspondent correspondents reporter reporters".split())
"""Head words of an outlet's unnamed journalist ("a BBC correspondent in Cairo"), whose words
the outlet reports as its own."""


def _outlet_of(
    article: Article, frame: QuoteFrame, actors: Sequence[Mention], others: Collection[str]
) -> str | None:
    """The outlet an unnamed journalist's phrase names ("A BBC correspondent said", "the
    Guardian's reporter"): the organisation named before the head, as ``_body_of`` reads a
    body's, never a person or a state (``others``: "a Moscow correspondent" names where he
    works, not for whom); statements43."""
    if frame.head is None or frame.head.text.casefold() not in STAFF:
        return None
    outlet = _body_of(article, frame, actors, STAFF)
    return outlet if outlet is not None and outlet not in others else None


def _body_of(
    article: Article,
    frame: QuoteFrame,
    actors: Sequence[Mention],
    heads: Collection[str] = PARTS,
) -> str | None:
    """The actor an unnamed body's phrase names as what it belongs to: before its head ("the
    UN country office for Somalia": the UN, not Somalia after "for"; "the UN's relief
    agency") or right after "of" ("the armed wing of Hamas"), which wins over a place before
    ("the London office of Goldman Sachs"); not a name a hyphen joins to a word ("the
    US-backed forces", "the Saudi-led coalition"); None when it names none so."""
    if frame.speaker is None or frame.head is None:
        return None
    if frame.head.text.casefold() not in heads:
        return None
    text = article.paragraphs[frame.paragraph]
    phrase, head = frame.speaker, frame.head
    before = None
    here = sorted((m for m in actors if m.paragraph == frame.paragraph), key=lambda m: m.start)
    for m in here:
        if not phrase.start <= m.start < phrase.end:
            continue
        if text[m.end : m.end + 1].isalpha():
            continue  # part of a word ("Ruritanian"): an adjective ``_government`` reads
        if text[m.end : m.end + 1] in ("-", "‐", "–"):
            continue  # "the US-backed forces", "the Saudi-led coalition": not the US's
        if m.end <= head.start:  # "the UN country office", "Erdogan's office"
            before = before or m.entity
        elif re.fullmatch(r"\s+of\s+(?:the\s+)?", text[head.end : m.start]):
            return m.entity  # "the London office of Goldman Sachs": the bank, not London
    return before


def _two_words(frame: QuoteFrame, firsts: Collection[str], nouns: Collection[str]) -> bool:
    """An unnamed speaker phrase of just two words, a pointer or owner word then a document's
    noun ("its report", "the statement"): what ``_owned_report``, ``_the_statement`` and
    ``_the_report`` share."""
    if frame.form != "unnamed" or frame.speaker is None:
        return False
    words = frame.speaker.text.casefold().split()
    return len(words) == 2 and words[0] in firsts and words[1] in nouns


def _owned_report(frame: QuoteFrame) -> bool:
    """A speaker phrase that is a body's own report or statement ("its report", "their
    statement"), owned by whoever the article named before."""
    return _two_words(frame, ("its", "their"), REPORTS)


def _the_statement(frame: QuoteFrame) -> bool:
    """A speaker phrase that is the statement the article spoke of before ("read the
    statement"), not one whose owner it names ("the statement from CJTF-OIR")."""
    return frame.head is not None and _two_words(frame, ("the", "this", "that"), ("statement",))


_ISSUED = re.compile(
    r"\b(?:(?:released|issued|published|put out|posted)|(?:said|announced|stated) in)\s+"
    r"(?:a|an|its|their)\s+(?:[\w-]+\s+){0,2}statement\b"
)
"""An actor issuing a statement, named before ("the Task Force released a statement saying",
"the ministry said in a statement")."""
_IN_A_STATEMENT = re.compile(
    r"^(?:In|in) (?:a|an|its|their) (?:[\w-]+ ){0,2}(?:statement|release|communiqu[ée])\b"
)
"""A sentence opening with the statement, its author named after ("In a statement, the
ministry said"; "In an official release from Amnesty International put out Friday, the
organization said", statements45)."""


def _issued_by(
    frame: QuoteFrame,
    sentences: Sequence[Sentence],
    actors: Sequence[Mention],
    spoken: Mapping[int, str] | None = None,
) -> str | None:
    """The actor named last before the words of the nearest earlier sentence (this paragraph
    or the two before) that says a statement was issued, or first in one that opens with it
    ("In a statement, the ministry said"); None when none says so. ``spoken``: the speaker
    already found for a sentence's quotation, who issued the statement that sentence opens
    with ("In a statement broadcast on state media in Egypt, the army said: "…"": the army,
    not Egypt, named where it was broadcast; statements43)."""
    assert frame.head is not None
    own = _sentence_of(sentences, frame.paragraph, frame.head.start)
    for index, sentence in _back_from(sentences, frame.paragraph, own if own is not None else -1):
        named = [
            m for m in actors
            if m.sentence == index and (index != own or m.start < frame.head.start)
        ]  # fmt: skip
        if index != own and _IN_A_STATEMENT.match(sentence.text):
            if spoken and index in spoken:
                return spoken[index]
            return min(named, key=lambda m: m.start).entity if named else None
        found = _ISSUED.search(sentence.text)
        if found is None or (index == own and sentence.start + found.start() > frame.head.start):
            continue
        named = [m for m in named if m.start < sentence.start + found.start()]
        return max(named, key=lambda m: m.start).entity if named else None
    return None


def _sent_by(
    frame: QuoteFrame, sentences: Sequence[Sentence], actors: Sequence[Mention]
) -> str | None:
    """Whom an earlier sentence (this paragraph or the two before) says the document is from
    ("Zelensky received a letter from Oleksiy Honcharuk. The letter read"): not whoever that
    sentence names first, who may be its addressee."""
    assert frame.head is not None
    word = re.escape(frame.head.text.casefold())
    # "by the" as the name's mention may begin after its "the" ("passed by the |European
    # Parliament|") or before it
    sent = re.compile(
        rf"\b(?i:{word})\b(?: [\w-]+){{0,3}}? (?:from|by)(?: the)?(?: [A-Z][\w.'’-]*)* $"
    )
    own = _sentence_of(sentences, frame.paragraph, frame.head.start)
    for index, sentence in _back_from(sentences, frame.paragraph, (own or 0) - 1):
        for m in sorted((m for m in actors if m.sentence == index), key=lambda m: m.start):
            if sent.search(sentence.text[: m.start - sentence.start]):
                return m.entity
    return None


_SIGNED_BY = re.compile(
    r"\b(?:(?:signed|issued|written|sent|penned|authored|drafted) by|from)\b", re.IGNORECASE
)
"""Words saying whose a document is ("signed by", "from"); not "seen by Reuters"."""


def _signer(article: Article, frame: QuoteFrame, actors: Sequence[Mention]) -> str | None:
    """Who a document is said to be from between it and its cue ("The executive order,
    signed by Trump, said"): the one actor named after ``_SIGNED_BY`` there; None when
    another or several are; "" when none is said to sign it (the author is named before)."""
    assert frame.speaker is not None
    end = min(frame.quote.start, frame.speaker.end + 120)
    between = article.paragraphs[frame.paragraph][frame.speaker.end : end]
    if not (by := _SIGNED_BY.search(between)):
        return ""
    named = {
        m.entity
        for m in actors
        if m.paragraph == frame.paragraph and frame.speaker.end + by.end() <= m.start < end
    }
    return named.pop() if len(named) == 1 else None


_CLAUSE_WORDS = "(?:who|whom|whose|which|that|through|via|with|by|from|and|or|after|when)"
"""Words that open a clause or a phrase after a name, not an apposition giving a title."""


def _titled(
    article: Article, frame: QuoteFrame, actors: Sequence[Mention], persons: frozenset[str]
) -> str | None:
    """The person the article named with this title before ("The governor tweeted" after
    "Governor Kay Ivey signed"; "the judge's statement" after "Judge Gray Miller"), the one
    named so most recently; None when nobody was."""
    assert frame.head is not None
    word = frame.head.text.casefold()
    # a spokesperson also by apposition ("Dmitry Peskov, the Kremlin's spokesman,"), not a
    # clause that names one ("Vladimir Putin, through his spokesman,")
    gloss = (
        re.compile(rf",\s+(?:(?!{_CLAUSE_WORDS}\b)[\w'’.-]+\s+){{0,3}}{word}\b", re.IGNORECASE)
        if word in SPOKESPEOPLE
        else None
    )
    titled = [
        m
        for m in actors
        if m.entity in persons
        and (m.paragraph, m.start) < (frame.paragraph, frame.head.start)
        and (
            word
            in (
                " ".join(article.paragraphs[m.paragraph][: m.start].split()[-1:]).casefold(),
                m.text.split()[0].casefold(),
            )
            or (gloss is not None and gloss.match(article.paragraphs[m.paragraph], m.end))
        )
    ]
    return max(titled, key=lambda m: (m.paragraph, m.start)).entity if titled else None


def _capital_title(frame: QuoteFrame) -> bool:
    """A speaker phrase "the" + title the parse read as a name for its capital letters ("the
    Chinese Premier", "The President"), which stands for the one named with it before."""
    if frame.form != "name" or frame.speaker is None or frame.head is None:
        return False
    words = frame.speaker.text.split()
    return (
        len(words) <= 3
        and words[0].casefold() == "the"
        and frame.head.text.casefold() in TITLES
        and frame.speaker.text.endswith(frame.head.text)
    )


def _titled_fully(
    article: Article, frame: QuoteFrame, actors: Sequence[Mention], persons: frozenset[str]
) -> str | None:
    """The one person named before with all the title's words ("Chinese Premier Wen Jiabao"
    for "the Chinese Premier"; "Vice President Dick Cheney", not "President Mahmoud Abbas",
    for "the Vice President"); None when nobody was, or when two people were ("Prime
    Minister Tony Blair met Irish Prime Minister Bertie Ahern. The Prime Minister said": either
    may be meant). A title another word makes someone else's ("Former Prime Minister John
    Major", "Shadow Chancellor Oliver Letwin") is not the title."""
    assert frame.speaker is not None
    title = frame.speaker.text.casefold().split()[1:]
    titled = {
        m.entity
        for m in actors
        if m.entity in persons
        and (m.paragraph, m.start) < (frame.paragraph, frame.speaker.start)
        and (words := article.paragraphs[m.paragraph][: m.start].casefold().split())[-len(title) :]
        == title
        and not NOT_THE_TITLE.intersection(words[-len(title) - 1 : -len(title)])
    }
    return next(iter(titled)) if len(titled) == 1 else None


NOT_THE_TITLE = frozenset("former ex then late vice deputy acting assistant shadow".split())
"""Words before a title that make it another's ("former", "shadow": not the one in office)."""


_SPOKESPERSON_AFTER = re.compile(r"['’]?s?\s+spokes(?:man|woman|person)\b", re.IGNORECASE)
"""A spokesperson's title right after a person's name ("a Trump spokesman")."""
_SPEAKS_FOR = re.compile(
    r"\b(?:spokes(?:man|woman|person)|representative|aide)s?\s+(?:for|of|to)\s+"
    r"(?:the\s+)?((?:[\w'’.-]+\s+){0,4})$",
    re.IGNORECASE,
)
"""The words before a person someone speaks for ("a spokesman for Prime Minister …"); only a
person's titles between ("representative of Iran Majid Takht-Ravanchi" is the
representative)."""


_TITLE_NOT_BODY = (TITLE_WORDS - BODIES) | {"of"}
"""Words of a title that names no body ("for Iraqi Prime Minister", not "for the ministry")."""


def _spoken_for(
    article: Article,
    frame: QuoteFrame,
    speaker: str,
    actors: Sequence[Mention],
    persons: frozenset[str],
) -> bool:
    """True when the speaker found is the person a spokesperson speaks for ("a spokesman
    for Abdul-Mahdi said", the parse taking the name for the body spoken for): the words
    are the unnamed spokesperson's, not the leader's."""
    if speaker not in persons or frame.head is None or frame.form != "name":
        return False
    at = next(
        (m for m in actors if m.paragraph == frame.paragraph and m.entity == speaker
         and m.start <= frame.head.start < m.end),
        None,
    )  # fmt: skip
    if at is None:
        return False
    text = article.paragraphs[frame.paragraph]
    if _SPOKESPERSON_AFTER.match(text, at.end):
        return True  # "a Trump spokesman said": the parse made the name the body spoken for
    found = _SPEAKS_FOR.search(text[max(0, at.start - 80) : at.start])
    return found is not None and all(
        w.casefold() in _TITLE_NOT_BODY or (demonym_state(w) and not state_name(w))
        for w in found.group(1).split()
    )  # "for Iraqi Prime Minister", not "of Iran" nor "for the ministry"


_GOVERNMENT_OF = re.compile(
    r"\b(?:[Tt]he )?(?!The\b)([A-Z][\w.-]+(?: (?!The\b)[A-Z][\w.-]+)?)(?:['’]s)?"
    r" (?:government|cabinet)\b"
    r"|\b(?:government|cabinet) of (?:the )?([A-Z][\w.-]+(?: [A-Z][\w.-]+)*)"
)
"""A state's government or cabinet in words: "the German government", "Iran's government",
"the government of South Korea", "The Egyptian cabinet" (statements44); not across a
sentence's end ("control of Sinai. The cabinet's decisions")."""
GOVERNING = ("government", "cabinet")
"""Heads of a phrase for the body that governs a state and speaks for it."""


def _government(
    article: Article,
    frame: QuoteFrame,
    actors: Sequence[Mention],
    context: Context | None = None,
) -> str | None:
    """The state a government or cabinet speaks for ("The German government said", "the
    government said" after "the Iraqi government" was named; "The Egyptian cabinet said",
    "the cabinet statement said" after it: GOLD folds a cabinet into its state; statements44):
    the state's actor, None when the phrase
    or the text before names no state or the state is no actor. An adjective is read as the
    tie step reads a deal's parties (``Context.adjective_actors``: "Brazilian"), else by the
    gazetteer (an irregular one: "Dutch")."""
    if frame.head is None or not frame.speaker:
        return None
    text = article.paragraphs[frame.paragraph]
    phrase = text[frame.speaker.start : frame.speaker.end]
    parts = phrase.split()
    if len(parts) == 3 and parts[2].casefold() == "statement":
        # "the cabinet statement said": the statement of the cabinet named before
        phrase = " ".join(parts[:2])
        if parts[0].casefold() not in ("the", "this") or parts[1].casefold() not in GOVERNING:
            return None
    elif frame.head.text.casefold() not in GOVERNING:
        return None
    found = list(_GOVERNMENT_OF.finditer(phrase))
    if not found and phrase.casefold().removeprefix("the ") in GOVERNING:
        # "the government" alone: the state whose government the article named last
        earlier = [*article.paragraphs[: frame.paragraph], text[: frame.speaker.start]]
        found = [m for paragraph in earlier for m in _GOVERNMENT_OF.finditer(paragraph)]
    if not found:
        return None
    words = found[-1].group(1) or found[-1].group(2)
    if words in ("Scottish", "Welsh"):
        return None  # a devolved government, not the United Kingdom's
    state = state_name(words)
    if state is None and context is not None:
        adjective = Role(0, len(words), words)
        states = {f"actors/{a}" for a in context.adjective_actors([adjective])} & context.states
        named = next((m.entity for m in actors if m.entity in states), None)
        if named is not None:
            return named
    state = state or demonym_state(words)
    if state is None and " " in words and words.endswith("an"):
        state = state_name(words[:-1])  # "South African", "North Korean"
    if state is None:
        return None
    key = f"actors/{slugify(state)}"
    return next((m.entity for m in actors if m.entity == key or m.text == state), None)


_PASSED = re.compile(
    r"\b(?:passed|adopted|approved|voted for|voted through)\s+(?:a|an|the|its|their)\s+"
    r"(?:[\w-]+\s+){0,2}?resolutions?\b"
)
"""A body passing a resolution ("the Dublin city council passed a resolution to endorse")."""
_SUBJECT_WORDS = re.compile(r"\b(?:the|a|an)\s+((?:[\w'’-]+\s+){1,4})$", re.IGNORECASE)
"""The words of the noun phrase right before a verb ("the Dublin city council ")."""


def _passed_by(
    frame: QuoteFrame,
    sentences: Sequence[Sentence],
    actors: Sequence[Mention],
    others: frozenset[str],
) -> str | None:
    """Who passed the resolution quoted ("The resolution read") as the nearest earlier
    sentence (this paragraph or the two before) says: the body named last before "passed a
    resolution" there, else the body whose name its words share ("the Dublin city council
    passed a resolution": the City Council, ``_body_by_words``); never a person or a state
    (``others``: a resolution is a body's, passed by its vote). None when no sentence says
    so; statements45."""
    assert frame.head is not None
    own = _sentence_of(sentences, frame.paragraph, frame.head.start)
    for index, sentence in _back_from(sentences, frame.paragraph, (own or 0) - 1):
        found = _PASSED.search(sentence.text)
        if found is None:
            continue
        named = [
            m for m in actors
            if m.sentence == index and m.entity not in others
            and m.start < sentence.start + found.start()
        ]  # fmt: skip
        if named:
            return max(named, key=lambda m: m.start).entity
        words = _SUBJECT_WORDS.search(sentence.text[: found.start()])
        if words is None:
            return None
        return _body_by_words(re.findall(r"[\w-]+", words.group(1)), actors, others)
    return None


_BY_AFTER = re.compile(r"\s+(?:by|from)\s+(?:the\s+)?([A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*)*)")
"""A statement's issuer named right after it ("read a statement by the ONLF")."""


def _issued_after(
    article: Article, frame: QuoteFrame, actors: Sequence[Mention], others: frozenset[str]
) -> str | None:
    """The body a statement's phrase is said to be by or from right after it, when the parse
    left that out of the phrase ("…," read a statement by the ONLF): the mention there, else
    the actor the article names with those very words elsewhere (the name an alias after
    "the" that made no mention there); never a person or a state (``others``); None when no
    body is named so; statements45."""
    if frame.speaker is None or frame.head is None or frame.head.end != frame.speaker.end:
        return None
    if frame.head.text.casefold() not in ISSUED or frame.form != "unnamed":
        return None
    text = article.paragraphs[frame.paragraph]
    found = _BY_AFTER.match(text, frame.speaker.end)
    if found is None:
        return None
    start, name = found.start(1), found.group(1)
    for m in actors:
        if m.paragraph == frame.paragraph and m.start == start and m.entity not in others:
            return m.entity
    names = (name, name.rstrip("."))  # "by the ONLF." ends its sentence
    named = {m.entity for m in actors if m.text in names and m.entity not in others}
    return named.pop() if len(named) == 1 else None


_OWNED_BY = re.compile(
    r"(?:['’]s?)?\s+(?:(?:official|joint|brief|written|new|latest|earlier|short)\s+)?"
)
"""Between an owner and its statement ("a Kremlin statement", "the ministry's official
statement")."""


def _owner_before(article: Article, frame: QuoteFrame, actors: Sequence[Mention]) -> str | None:
    """The actor named right before a statement's or report's noun in its phrase, whose words
    they are ("…," a Kremlin statement said: the Kremlin's, folded into its state by
    resolve; "the ministry's official statement"); not one a hyphen joins to a word ("a
    US-backed statement"). None when no actor is named so; statements45."""
    if frame.speaker is None or frame.head is None or frame.form != "unnamed":
        return None
    if frame.head.text.casefold() not in ISSUED:
        return None
    text = article.paragraphs[frame.paragraph]
    for m in actors:
        if (
            m.paragraph == frame.paragraph
            and frame.speaker.start <= m.start
            and m.end <= frame.head.start
            and _OWNED_BY.fullmatch(text, m.end, frame.head.start)
        ):
            return m.entity
    return None
