"""Names the NER reads as actors that the words around them show are things: goods sold
under a brand, a minister's portfolio, a policy, a tax or grant, a law's title cut at its
parenthesis.

Rules found by auditing pages built from business, technology and British politics news
(BBC), a source none of the other rules was tuned on. Kept apart from ``nonactors`` so each
set of rules can change alone; each rule is its own function and says why, for the review.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from ..gazetteer import state_name
from ..organisations import listed as listed_organisations
from ..steps import decode_columns
from .article import Candidate, after_spaces, aligned, by_article, every_read, runs
from .names import BODIES_OF, is_acronym
from .reasons import NotActor
from .vocab import (
    AUTHORING_VERBS,
    BODY_WORDS_BEFORE_HEADS,
    BRANDED_GOODS_NOUNS,
    COMPETITION_HEADS,
    CRAFT_NOUNS,
    LAW_NOUNS,
    LICENCE_NOUNS,
    MATCH_NOUN_FOLLOWERS,
    MATCH_NOUN_IDIOMS,
    MATCH_NOUNS,
    OCCASION_NOUNS,
    OPERATOR_WORDS,
    PORTFOLIO_TITLES,
    TAXES_AND_GRANTS,
    TECH_ACRONYMS,
    TITLED_NOUNS,
)

_GOODS = BRANDED_GOODS_NOUNS | CRAFT_NOUNS | LICENCE_NOUNS
"""Nouns of goods, craft or licences a maker's, type's or licence's name stands before
(``_maker``, ``_GOODS_AFTER``)."""
_GOODS_AFTER = re.compile(
    r"^ (?:((?!(?:an?|the|its|their|his|her|our|and|or|of|in|on|at|to|for|with|by|from|as|"
    r"is|was|are|were|has|had|have|will|would|said|says)\b)[a-z][a-z-]*) )?"
    rf"({'|'.join(sorted(_GOODS | OCCASION_NOUNS | MATCH_NOUNS))})\b(?!-)"
    r"(?! (?:crews?|footage|makers?|firms?|compan(?:y|ies)|industry|markets?|networks?|"
    r"operators?|hacking|charges|roaming|calls?|records|users|customers|owners|"
    r"statements?|communiqu[eé]s?|declarations?|sessions?|days?|reports?|votes?|decisions?)\b)"
)
"""After a name, a noun of goods, of an occasion or of a competition's matches, maybe after
one word that modifies it ("Optio SV digital camera"); no article, preposition or verb
between, and no hyphen after ("a tie-up"). Not where the noun modifies a noun of people,
trade or use ("a Reuters camera crew", "the EU mobile phone roaming charges"), nor where
"final" is an adjective ("the Arab League final communique"): the name is their owner's, maybe
a body's. Group 1: the modifying word, group 2: the noun."""
_AUTHORED_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(AUTHORING_VERBS))}) (?:the|his|her|their|a) (?:[a-z-]+ )?$"
)
_AUTHORED_SPACES = max(verb.count(" ") for verb in AUTHORING_VERBS) + 3
"""The most spaces an ``_AUTHORED_BEFORE`` match holds: searched after the one before them."""
_TITLED_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(TITLED_NOUNS))}),? (?:(?:also |commonly |popularly )?known as|"
    r"entitled|titled|called|dubbed) (?:the )?[\"“‘']?$"
)
"""A noun of a work, an occasion or a plan, then the words that give its name ("a speech
entitled |Global Relations: A Conversation|")."""
_TITLED_SPACES = 5
"""The most spaces a ``_TITLED_BEFORE`` match holds ("drill, also known as the |…|")."""
_ACTS_VERBS = (
    "said says say told tells has have had is was were are will would could can may might "
    "must should did does do won wins lost loses wants plans announces offers makes made took "
    "takes gave gives became becomes bought buys sold sells owns runs ran leads led began "
    "begins sent sends held holds paid pays got gets spent spends left leaves built builds "
    "brought brings found finds kept keeps met meets fought fights calls agreed agrees"
)
PREPOSITIONS = frozenset(
    """at in into from for of to on onto with within without by as and or the about over
    under against between among through after before during near via like than""".split()
)
NOT_MODIFIED = PREPOSITIONS | frozenset(
    """that since yet too also alone itself who which where when while if but so nor until
    because although though unless then now here there today yesterday tomorrow last next
    this these those its their his her our your my it they them we he she you
    not""".split()
)
"""Lower-case words after a name that start no noun phrase it modifies."""
_MATCH_ENDS = re.compile(
    r"(?! [a-z])| (?:"
    + "|".join(sorted(NOT_MODIFIED | MATCH_NOUNS | MATCH_NOUN_FOLLOWERS | set(_ACTS_VERBS.split())))
    + r"|[a-z]{2,}(?<!e)ed)\b"
)
"""After a noun of matches, the end of its noun phrase: no lower-case word, or one that starts
no noun it would modify (a preposition; a verb, "-ed" but not "-eed": "the Champions League
final last season", "the Champions League match against Maccabi", not "the title deed"), or a
noun of sport's (``MATCH_NOUN_FOLLOWERS``: "the Champions League quarter-final second leg").
Any other noun after it ("the Arab League final resolution", "the Assembly of First Nations
title claim") makes it a modifier, no match's (fix70)."""
ACTS_AFTER = re.compile(
    r"(?:['’]s?(?!\w)|,? (?:who|which)\b|(?:,[^,.;:]{1,80},)? (?:(?:also|then|now|later|"
    r"not|already|still) )?(?:[a-z]{3,}ed|" + "|".join(_ACTS_VERBS.split()) + r")\b"
    r"| (?!(?:" + "|".join(sorted(NOT_MODIFIED)) + r")\b)[a-z]{3,} (?:a|an|the|its|their|his|"
    r"her|our)\b)"
)
"""After a name, what an actor does: a verb it is the subject of ("IBM bought", "the Red
Cross, which …, said", "NASA launches a probe": a word, no preposition ("a bio-based PET
for their packaging"), then an object's determiner, which no noun the name modifies takes),
or its possessive ("Red Hat's engineers")."""
ACTS_BEFORE = re.compile(
    r"(?i:\b(?:by|according to|said|told|with|(?:speaking|talking|spoke|talked) to|"
    r"(?:editor|analyst|economist|researcher|correspondent)s? (?:at|of)))"
    r"\s+(?:the\s+|an?\s+)?$|[\"“”]\s*$"
)
"""Before a name, an actor's part: the agent ("bought by IBM"), the speaker ("said the UN",
"According to NBC", "Speaking to BBC Sport"), the employer ("editor of Mac Format", "analyst
at Gartner")."""
_APPOSITION = re.compile(r"^, (?:the|a|an)\b")
"""After a name, an apposition that says what it is ("HP, the world's biggest printer firm")."""
_DEFINED_AFTER = re.compile(r"^,? (?:is|was) (?:a|an)\b")
"""After a name, a definition ("Workplace is a suite of programs"): what it is, no act."""
_WITH_BEFORE = re.compile(r"(?i:\bwith)\s+(?:the\s+|an?\s+)?$")
"""Before a name, "with": the jargon rule's partner ("talks with IBM"), also a thing's
("devices with Workplace")."""
_OWNED_BEFORE = re.compile(
    r"(?i:\b(?:the|an?|its|their|his|her|our|this|that|on|in|onto|via|over))\s+$|['’]s?\s+$"
)
"""Before a name, a determiner, an owner or a medium's preposition ("the IPO", "Facebook's
IPO", "the film on UMD"): a thing's, no body's."""
_PORTFOLIO_AFTER = re.compile(rf"^ (?:{'|'.join(sorted(PORTFOLIO_TITLES))}|ministers?(?!-))\b")
"""After a name, a minister's title: capitalised, or "minister" in lower case, as Australian
and British news write a (shadow) minister's ("Shadow State Development minister Andrew
Powell", actors82); not "minister-president"."""
_LISTED_BEFORE_TITLE = re.compile(
    r"^(?:,? (?:and |& )?[A-Z][\w'’-]*)+ "
    rf"(?:{'|'.join(sorted(PORTFOLIO_TITLES))}|ministers?)\b(?!-)"
)
"""After a name, the rest of a list of portfolios and the minister's title ("|Public Works|
and Transport minister: Ghazi Aridi", actors95): the first portfolio, cut by the NER."""
_PORTFOLIO_LISTED = re.compile(rf"^, (?:{'|'.join(sorted(PORTFOLIO_TITLES))})\b")
"""After a list of portfolios, a comma and the minister's title ("|Commerce, Industry and
Tourism|, Minister María Lombana", actors93)."""
_BODY_HEADS = BODIES_OF | frozenset(
    "senate congress parliament cabinet assembly house legislature presidency chamber".split()
)
"""Head nouns of a body: a name with one is no portfolio, after an office too ("Minister of
|Legislative Assembly|", "chief-minister of |Civil House|": a body the office sits in)."""
_OFFICE_OF_BEFORE = re.compile(
    r"(?<!Prime )(?<!Chief )(?<!First )\b(?:[Mm]inisters?|[Ss]ecretar(?:y|ies)|[Cc]ommissioners?"
    r"|(?<![\w-])Director)"
    r"(?: in[- ]charge)? (?:of|for) (?:[A-Z][\w'’.-]*,? (?:(?:and|&) )?)*$"
)
"""Before a name, a minister's or secretary's office and "of" or "for", with the portfolio's
earlier words ("Minister of Family and |Gender Promotion|", "deputy minister of |Industry and
Commerce|", "Secretary for |International Foreign Relations|", "State minister in-charge of
|Public Health and Primary Healthcare|", "Minister of Foreign Affairs, |International Trade
and Worship|", actors93): the office's subject. Not a prime, chief or first minister's ("Prime
Minister of |Bangladesh|": a country). A capitalised "Director of" too, a civil servant's
office named by its field ("Director of |Medical Service| Dr. James Nyikal", blind44;
"Director of Public Prosecutions"); a listed organisation after it is a body
(``_portfolio``)."""
_LIST_LINE = re.compile(
    r"\s*(?:[–—:]|-(?= ))\s*(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Dame|Sir)\.? )?"
    r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,4}\s*$"
)
"""After a name that opens its paragraph, a dash or a colon and a person's name ending it: a
cabinet list's line ("|Finance| – Professor Mthuli Ncube", "|Public Works|: Ghazi Aridi"),
whose head is the minister's portfolio."""
_LIST_NUMBER = " \t0123456789.)"
"""What may stand before a list line's head: its number ("4. |Foreign Affairs| – SB Moyo")."""
_LIST_BODIES = BODIES_OF - {"government"}
"""Words that make a list line's head a body ("Ministry of Finance – …"); not "government",
a portfolio's word too ("Local Government – July Moyo")."""
_PORTFOLIOS_BEFORE = re.compile(
    r"(?:\b[Pp]ortfolios? (?:of|for)|\bcharge of) (?:[A-Z][\w'’.-]*,? (?:(?:and|&) )?)*$"
)
"""Before a name, "the portfolios of" and the list's earlier items, or "charge of": the
portfolio a minister is given ("the portfolios of Institutional Relations, General Counsel,
…", "has been given charge of |Information and Broadcasting|")."""
_MINISTER_AFTER = re.compile(r" (?:Ministers?|Secretary)\b(?!-)")
"""After a one-word name, a minister's capitalised title ("the new |Education| Minister",
"|Home| Secretary Amber Rudd"); "Secretary" follows a body's acronym as often ("UN Secretary",
"UN Secretary-General"), which ``_one_word_portfolio`` never reads as a portfolio. Not a
lower-case "minister", which follows a party's name as often ("a Hamas minister")."""
_ABOARD_BEFORE = re.compile(r"(?i:\b(?:aboard|on board|onboard))\s+(?:the\s+)?$")
"""Before a name, where people travel: "a press briefing aboard |Air Force One|"."""
_VERSION = (
    r" (?:version |release |v)?\d+(?:\.\d+)+(?![\d.]*\d)(?!\w)"
    r"(?! ?(?:%|per\b|percent|million|billion|trillion|bn\b|points?|dollars|euros|pounds|yen|"
    r"barrels|tons|tonnes|metres|meters|miles|kilometres|kilometers|km|kg|seconds|hours|times))"
)
_VERSION_AT = re.compile(_VERSION)
_WORD_BEFORE = re.compile(r"[\w@+-]+$")
"""A version number ("wxWidgets 2.6.3", "CUPS version 1.2.0", "SUSE 10.1") and the word
right before it: dotted, not a decimal of an amount ("Sony 3.5 billion", "the Dow 1.2
percent"). Found from the number back, as a pattern starting at any word was slower."""
_A_QUOTE_BEFORE = re.compile(r"\b(?:[Aa]n?) [“\"‘]$")
_QUOTE_AFTER = re.compile(rf"[”\"’](?! (?!(?:{'|'.join(sorted(NOT_MODIFIED))})\b)[a-z])")
"""A name quoted after "a" or "an", and no noun after the quote ("to purchase a |“Linux
Kit”| from Sony"; a preposition may follow): an item's name, no person's or body's
(``quoted_items``)."""
_LAW_AFTER = re.compile(rf"^ \([^()]+\) (?:{'|'.join(sorted(LAW_NOUNS))})\b")


def _acts(c: Candidate, paragraphs: Mapping[str, tuple[str, ...]]) -> bool:
    return _acts_in(c, paragraphs[c.article][c.paragraph])


def _acts_in(c: Candidate, text: str) -> bool:
    after = text[c.end :]
    before = text[max(0, c.start - 80) : c.start]
    return bool(
        (ACTS_AFTER.match(after) and not _DEFINED_AFTER.match(after))
        or _APPOSITION.match(after)
        or (ACTS_BEFORE.search(before) and not _WITH_BEFORE.search(before))
        or c.text.endswith(("'s", "’s"))
    )


def acting(
    candidates: Sequence[Candidate], paragraphs: Mapping[str, tuple[str, ...]]
) -> frozenset[str]:
    """Names some sentence shows acting: a possessive, an apposition ("HP, the world's
    biggest printer firm"), what ``ACTS_AFTER`` and ``ACTS_BEFORE`` read as an actor's part
    ("IBM said", "bought by IBM"), but for a definition ("Workplace is a suite of programs")
    and "with" ("devices with Workplace"), which things take too. The rules that read a name
    as a thing by its words alone leave these: an actor acts somewhere."""
    return frozenset(c.name for c in candidates if _acts(c, paragraphs))


def _maker(name: str, noun: str) -> bool:
    """A plain one-word name before the plural of goods the list has in the singular too
    ("Samsung phones", "Huawei handsets", "Intel chips"): the maker's line of goods, the
    company an actor; not a brand's ("Havana Club rum", "an |iPod| jukebox", "VHS machines").
    An airline's name or an acronym before a craft's noun ("a |Saha Airlines| aircraft", "a
    |UN| helicopter") is its operator's, a body's fleet."""
    if noun in CRAFT_NOUNS and (name.split()[-1] in OPERATOR_WORDS or is_acronym(name)):
        return True
    return (
        noun.endswith("s")
        and noun[:-1] in _GOODS
        and name.isalpha()
        and name[0].isupper()
        and name[1:].islower()
    )


def goods(
    candidates: Sequence[Candidate],
    paragraphs: Mapping[str, tuple[str, ...]],
    nouns: Sequence[str | None],
) -> dict[str, str]:
    """Names some sentence writes right before a noun of goods ("Havana Club rum", "VHS
    machines") that no sentence shows acting (``acting``): a brand, not its maker; or, a
    competition's name, before a noun of its matches ("the |Champions League| clash": found
    in BBC sport news, actors39), the competition's.
    ``nouns``: each candidate's ``_goods_noun``."""
    noun: dict[str, str] = {}
    # Only the names some sentence writes before such a noun are asked whether they act
    # (asking every name cost 0.16 s at 1,000 articles).
    found = [(c, n) for c, n in zip(candidates, nouns, strict=True) if n is not None]
    before_goods = {c.name for c, _ in found}
    acts = acting([c for c in candidates if c.name in before_goods], paragraphs)
    for c, n in found:
        if c.name in acts:
            continue
        if n in MATCH_NOUNS:
            if competition(c.name):
                noun.setdefault(c.name, n)
        elif not _maker(c.name, n):
            noun.setdefault(c.name, n)
    return {name: _reason(word).why(word=word) for name, word in sorted(noun.items())}


def _reason(word: str) -> NotActor:
    """The reason a name written before ``word`` (and never acting) is no actor."""
    if word in OCCASION_NOUNS:
        return NotActor.OCCASION
    if word in LICENCE_NOUNS:
        return NotActor.LICENCE
    return NotActor.COMPETITION if word in MATCH_NOUNS else NotActor.GOODS


def competition(name: str) -> bool:
    """'Champions League', 'Six Nations', 'Australian Open': a name whose last word is a
    competition's (``COMPETITION_HEADS``), of two words or more. Before a noun of its matches
    ("the Champions League clash") such a name is the competition's; a team's name there
    ("the Barcelona game", "a Manchester United match") has no such word, and stays, as does
    a body's with a word no competition's name has (``BODY_WORDS_BEFORE_HEADS``: "League of
    Nations", "United Nations", "Arab League", "Democratic Rally")."""
    words = name.lower().split()
    return (
        len(words) >= 2
        and words[-1] in COMPETITION_HEADS
        and not BODY_WORDS_BEFORE_HEADS.intersection(words[:-1])
    )


def _goods_noun(c: Candidate, text: str) -> str | None:
    """The noun of goods right after the candidate (``_GOODS_AFTER``), or None; a noun of
    matches only where it ends its phrase (``_MATCH_ENDS``) and makes no idiom of politics
    with the word before it (``MATCH_NOUN_IDIOMS``: "the Arab League blame game")."""
    after = text[c.end :]
    m = _GOODS_AFTER.match(after)
    if not m:
        return None
    modifier, noun = m.group(1, 2)
    if noun in MATCH_NOUNS and (
        modifier in MATCH_NOUN_IDIOMS or not _MATCH_ENDS.match(after, m.end())
    ):
        return None
    return noun


def authored(candidates: Sequence[Candidate], read: Sequence[str]) -> dict[str, str]:
    """Names every sentence writes right after a verb of writing, an article and at most an
    adjective ("Negroponte published the bestselling |Being Digital|"): a work's title. The
    article is needed: "…, wrote |Cattelan|" names the writer. And names every sentence
    gives after a noun of a work, an occasion or a plan and "entitled", "called" or "known
    as" ("a speech entitled |Global Relations: A Conversation|", actors105). ``read``: each
    candidate's ``_work_before`` (``read_article``)."""
    found = {
        name: NotActor.AUTHORED.why()
        for name in every_read(candidates, [r == "authored" for r in read])
    }
    for name in every_read(candidates, [r == "titled" for r in read]):
        found.setdefault(name, NotActor.TITLED.why())
    return found


def _work_before(text: str, start: int) -> str:
    """ "authored" after a verb of writing (``_AUTHORED_BEFORE``), "titled" after a noun of a
    work or an occasion and the words that give its name (``_TITLED_BEFORE``), or ""."""
    if _AUTHORED_BEFORE.search(text, after_spaces(text, _AUTHORED_SPACES, start), start):
        return "authored"
    if _TITLED_BEFORE.search(text, after_spaces(text, _TITLED_SPACES, start), start):
        return "titled"
    return ""


def portfolios(
    candidates: Sequence[Candidate], read: Sequence[bool | str | None]
) -> dict[str, str]:
    """Names of two words or more that every sentence writes right before a minister's title
    ("International Development Secretary Hilary Benn") or as the office's subject ("Minister
    of |Family and Gender Promotion|", "|Commerce, Industry and Tourism|, Minister …") and
    that name no body ("Foreign Office Minister" names one): the office's portfolio, not an
    actor. ``read``: each candidate's ``_before_title``."""
    office = {c.name for c, how in zip(candidates, read, strict=True) if how == "office"}
    listed = {c.name for c, how in zip(candidates, read, strict=True) if how == "list"}
    return {
        name: (
            NotActor.PORTFOLIO_LISTED
            if name in listed
            else NotActor.PORTFOLIO_OF
            if name in office
            else NotActor.PORTFOLIO
        ).why()
        for name in every_read(candidates, read)  # type: ignore[arg-type]
    }


def _before_title(c: Candidate, text: str) -> bool | str | None:
    """True before a minister's title ("International Development |Secretary| Hilary Benn"),
    "office" where the office stands before it ("Minister of |Gender Promotion|") or a list of
    portfolios before ", Minister" (``_OFFICE_OF_BEFORE``, ``_PORTFOLIO_LISTED``), False
    elsewhere, None for a name of one word or a body's ("… Council", "Ministry of …"). A
    person's name is no portfolio, and a list's is one only with its "and" or comma."""
    words = c.name.split()
    after = text[c.end :]
    if c.start < 8 and not text[: c.start].strip(_LIST_NUMBER) and _LIST_LINE.match(after):
        # "|Local Government| – July Moyo", "|ICT| – Kazembe Kazembe": a cabinet list's line
        # (actors95); a ministry's name there is its body's ("Ministry of Finance – …").
        return "list" if not _LIST_BODIES.intersection(w.lower() for w in words) else False
    if len(words) < 2:
        return _one_word_portfolio(c, text, after)
    if c.name.endswith(" Local Government"):
        words = words[:-2]  # a tier's subject: "Minister of |Housing and Local Government|"
    elif words[-1].lower() in BODIES_OF:
        return None
    if _PORTFOLIO_AFTER.match(after):
        return True
    if c.label == "PERSON" or any(w.lower() in _BODY_HEADS for w in words):
        return False
    if _LISTED_BEFORE_TITLE.match(after):
        return True  # (not a person's name: "Prime Minister |Beata Szydło| and Defence Minister")
    listed = " and " in c.name or "," in c.name or " & " in c.name
    if listed and _PORTFOLIO_LISTED.match(after):
        return "office"
    # the substring test first: most paragraphs name no such office
    offices = "inister" in text or "ecretar" in text or "ommissioner" in text or "Director" in text
    if (
        offices
        and _OFFICE_OF_BEFORE.search(text, max(0, c.start - 90), c.start)
        # (not a listed organisation: "Director of |Amnesty International|")
        and not listed_organisations().every.fullmatch(c.name)
    ):
        return "office"
    return _given_portfolio(c, text)


def _given_portfolio(c: Candidate, text: str) -> str | bool:
    """ "list" after "the portfolios of" and the list's earlier items, or after "charge of"
    ("the portfolios of Institutional Relations, … |Science and Technology|", "given charge
    of |Information and Broadcasting|", actors95), else False."""
    if "ortfolio" not in text and "charge of" not in text:  # most paragraphs: cheaply
        return False
    return "list" if _PORTFOLIOS_BEFORE.search(text, max(0, c.start - 300), c.start) else False


def _one_word_portfolio(c: Candidate, text: str, after: str) -> bool | str | None:
    """A one-word name's read: a portfolio's ("list") in a list of portfolios, or right
    before "Minister" ("the new |Education| Minister", actors95), False elsewhere (every
    sentence must read it so); None for a state's, a person's, an acronym's or a body's
    ("Cabinet Minister"). The cheap tests first: most names are before no title."""
    read: bool | str = bool(_MINISTER_AFTER.match(after)) or _given_portfolio(c, text)
    if not read:
        return False
    name = c.name
    if c.label in ("PERSON", "GPE", "NORP", "LOC") or not name.isalpha() or name.isupper():
        return None
    if name.lower() in _BODY_HEADS or state_name(name):
        return None
    return read


def cut_at_parenthesis(candidates: Sequence[Candidate], read: Sequence[bool]) -> dict[str, str]:
    """Names every sentence writes right before a parenthesis and a law's noun ("the |Health
    Service| (Miscellaneous Provisions) Bill"): the start of a law's title, no body.
    ``read``: each candidate's test (``read_article``)."""
    return {name: NotActor.LAW_CUT.why() for name in every_read(candidates, read)}


def aboard(candidates: Sequence[Candidate], read: Sequence[bool]) -> dict[str, str]:
    """Names every sentence writes right after "aboard" or "on board" ("a briefing aboard
    |Air Force One|"): a vehicle people ride, no body; an airline written so once and acting
    elsewhere keeps its page. ``read``: each candidate's ``_rides``."""
    return {name: NotActor.VEHICLE.why() for name in every_read(candidates, read)}


def _rides(c: Candidate, text: str) -> bool:
    before = text[max(0, c.start - 20) : c.start]
    # the substring test first: a third of the regex's cost on most candidates
    return ("oard" in before or "OARD" in before) and bool(_ABOARD_BEFORE.search(before))


def money(name: str) -> str | None:
    """Why a name is a policy ('Common Agricultural Policy': three words or more, as a
    magazine called 'Foreign Policy' is not), a tax or a public grant, or None."""
    words = name.split()
    if len(words) >= 3 and words[-1] == "Policy":
        return NotActor.POLICY.why()
    if name in TAXES_AND_GRANTS:
        return NotActor.TAX.why()
    return None


def jargon(candidates: Sequence[Candidate], read: Sequence[bool | None]) -> dict[str, str]:
    """Acronyms of a technology, a format or finance jargon ("USB", "LCD", "IPO") unless some
    sentence writes one bare, with no determiner or owner before it, acting ("API said": the
    American Petroleum Institute; "UMD said": a university), as a body's name is written; "the
    IPO raised", "Facebook's IPO was", "on UMD will be" are the thing's. ``read``: each
    candidate's ``_bare_acting``."""
    bodies = {c.name for c, bare in zip(candidates, read, strict=True) if bare}
    why = NotActor.JARGON.why()
    return {c.name: why for c in candidates if c.name in TECH_ACRONYMS and c.name not in bodies}


def _bare_acting(c: Candidate, text: str) -> bool | None:
    """Whether a jargon acronym is written bare and acting (None for another name)."""
    if c.name not in TECH_ACRONYMS:
        return None
    return not _OWNED_BEFORE.search(text[max(0, c.start - 20) : c.start]) and _acts_in(c, text)


Read = tuple[list[Any], ...]
"""What ``things``' rules read of one article (``read_article``), as columns of atoms."""
_ATOM = frozenset((str, bool, type(None)))


def versioned(
    candidates: Sequence[Candidate],
    paragraphs: Mapping[str, tuple[str, ...]],
    read: Sequence[bool | None],
) -> dict[str, str]:
    """Names some sentence writes with a version number ("the release of |wxWidgets| 2.6.3",
    "|Linux| 2.6.16", "|PC-BSD| version 1.1") that no sentence shows acting (``acting``): a
    product's name, as software, operating systems and devices are written in technology
    news (actors74); a maker named so ("Opera 9.5 … Opera said") acts elsewhere and stays.
    ``read``: each candidate's ``_versioned``."""
    found = {c.name for c, yes in zip(candidates, read, strict=True) if yes}
    acts = acting([c for c in candidates if c.name in found], paragraphs)
    return {name: NotActor.VERSIONED.why(name=name) for name in sorted(found - acts)}


def quoted_items(candidates: Sequence[Candidate], read: Sequence[bool]) -> dict[str, str]:
    """Names every sentence quotes right after "a" or "an" ("you needed to purchase a |“Linux
    Kit”| from Sony", technology news, actors74): one of a kind of goods, as no person or
    body is written. Not where a noun follows the quote ("a “Big Four” firm": the name
    modifies it). ``read``: each candidate's ``_quoted_item``."""
    why = NotActor.QUOTED_ITEM.why()
    return {name: why for name in every_read(candidates, read)}


def _quoted_item(c: Candidate, text: str) -> bool:
    """Whether the candidate is quoted right after "a" or "an" (``_A_QUOTE_BEFORE``)."""
    return bool(
        _A_QUOTE_BEFORE.search(text, max(0, c.start - 4), c.start)
        and _QUOTE_AFTER.match(text, c.end)
    )


_ARTICLE_BEFORE = re.compile(r"(?<![\w'’-])(?:[Aa]n?|[Tt]he)\s+$")
_MODEL_AFTER = re.compile(
    r" (?:[A-Z][a-z]?-?)?\d{2,3}(?:-\d{1,3})?[A-Z]*\b"
    r"(?! ?(?:%|percent|per\b|million|billion|bn\b|m\b|years?|people|jobs))"
)
"""After a maker's name, a model's designation ("777", "737-800", "A320", "Tu-154"): two or
three digits, so no year; not an amount ("a Boeing 25 percent stake")."""


def craft_by_maker(candidates: Sequence[Candidate], read: Sequence[str | None]) -> dict[str, str]:
    """One-word names some sentence writes after "a" or "the" and before a model's number ("a
    |Boeing| 777") and every other sentence after "a" or "the" ("the |Boeing| crashed"): the
    maker's name standing for the craft, as a company's own name takes no article ("Boeing
    said" keeps the maker; found where the brief's air crash news named planes so, actors80).
    ``read``: each candidate's ``_craft_read``."""
    model: set[str] = set()
    bare: set[str] = set()
    for c, how in zip(candidates, read, strict=True):
        if how is None:
            bare.add(c.name)
        elif how == "model":
            model.add(c.name)
    why = NotActor.CRAFT_BY_MAKER.why()
    return {name: why for name in sorted(model - bare)}


def _craft_read(c: Candidate, text: str) -> str | None:
    """ "model" for a one-word name after "a" or "the" and before a model's number, "article"
    after "a" or "the" only, None otherwise (a bare name, or one of several words)."""
    if " " in c.name or not _ARTICLE_BEFORE.search(text, max(0, c.start - 6), c.start):
        return None
    return "model" if _MODEL_AFTER.match(text, c.end) else "article"


_MADE_BY_AFTER = re.compile(r" (?:made|built|manufactured|produced|designed) by\b")
"""After a name, its maker: "the |Gripen NG| made by Sweden's Saab" is the product's."""
_MODEL_CODE = r"[A-Z]{1,3}(?:/[A-Z]{1,3})?-\d{1,4}[A-Z]{0,2}"
_MODEL_CODE_BEFORE = re.compile(rf"(?<![\w-]){_MODEL_CODE} $")
_MODEL_CODE_NAME = re.compile(rf"{_MODEL_CODE} (?=[A-Z])")
"""A model's code before a name ("the A-29 |Super Tucano|", "F/A-18 Super Hornet"): the
type's name, no actor's (letters, a hyphen and a number: not "COVID-19", longer)."""
_CAPACITY = r"\d[\d,.]*\s?(?:[MGk]W|megawatts?|gigawatts?)"
_CAPACITY_AFTER = re.compile(rf" \({_CAPACITY}\)")
_CAPACITY_BEFORE = re.compile(rf"(?<![\w.,]){_CAPACITY}[ -]$")
"""A power plant's capacity after its name in brackets ("|Machadinho| (1,140 MW)") or before
it ("the 3.3 GW |Jirau| plant", "the 3,150MW |Santo Antônio| project")."""


_PLANT_NAME = re.compile(r"(?:Hydroelectric|Hydropower|Nuclear|Thermal)(?: Power)?$")
_PLANT_AFTER = re.compile(r" (?:power )?(?:plant|station|dam)s?\b")
"""A name ending in a source of power before "plant" or "station" ("the |Estreito
Hydroelectric Power| plant"): the plant's."""


_FIELD_BEFORE = re.compile(
    r"\b(?:stud(?:y|ies|ied|ying)|majored in|(?:degrees?|doctorate|PhD|master['’]?s|"
    r"bachelor['’]?s|diploma|courses?|lectures?|lecturer|classes) in|"
    r"(?:professor|lecturer) of)\s+$"
)
"""Before a name, studies or a chair ("studied |International Politics| at", "a professor of
|International Relations| at"): a field of study or a course, no body (actors95). Not a
name written with "the" ("professor of the Sorbonne"), nor after "chair of" (an office's:
"chair of the Federal Reserve")."""


_FIELD_ENDS = ("in ", "of ", "dy ", "ed ", "es ", "ng ")
"""The last letters of ``_FIELD_BEFORE``'s words, tested before it."""


def _made_read(c: Candidate, text: str) -> str | None:
    """ "capacity" for a plant's name written with its capacity or as a plant's, "made" for
    a product's written before its maker or after its model's code, "field" for a field of
    study's, None elsewhere (most names: the substring tests first)."""
    after = text[c.end : c.end + 24]
    before = text[max(0, c.start - 24) : c.start]
    if "W" in after and _CAPACITY_AFTER.match(after):
        return "capacity"
    if _PLANT_NAME.search(c.name) and _PLANT_AFTER.match(after):
        return "capacity"
    if ("W" in before or "watt" in before) and _CAPACITY_BEFORE.search(before):
        return "capacity"
    if " by" in after and _MADE_BY_AFTER.match(after):
        return "made"
    if "-" in before and _MODEL_CODE_BEFORE.search(before):
        return "made"
    if (
        text.endswith(_FIELD_ENDS, 0, c.start)  # (the substring test first: most names fail it)
        and c.text[:1].isupper()
        and _FIELD_BEFORE.search(text, max(0, c.start - 30), c.start)
    ):
        return "field"
    return None


def made_things(
    candidates: Sequence[Candidate],
    paragraphs: Mapping[str, tuple[str, ...]],
    read: Sequence[str | None],
) -> dict[str, str]:
    """Names some sentence writes with a power plant's capacity ("|Barra Grande| (708 MW)"):
    a plant, no body; and names some sentence writes before their maker ("the |Gripen NG|
    made by Saab") or after a model's code ("the A-29 |Super Tucano|", also as one name the
    NER read with its code) that no sentence shows acting (``acting``): an aircraft's or
    another product's type, no actor (GOLD.md; found in arms deals and dam projects,
    actors95); so are names some sentence writes as studied or taught ("studied |International
    Politics| at", ``_FIELD_BEFORE``) that no sentence shows acting: a field of study.
    ``read``: each candidate's ``_made_read``."""
    how: dict[str, str] = {}
    for c, this in zip(candidates, read, strict=True):
        if this == "capacity" or (this and c.name not in how):
            how[c.name] = this
    named = {c.name for c in candidates}
    for c in candidates:
        if (m := _MODEL_CODE_NAME.match(c.name)) and (rest := c.name[m.end() :]) in named:
            how.setdefault(rest, "made")
    products = {name for name, this in how.items() if this != "capacity"}
    # the sentence that names the maker is no act ("|X| made by Saab" reads as "X made")
    others = [
        c for c, this in zip(candidates, read, strict=True) if c.name in products and not this
    ]
    acts = acting(others, paragraphs) if others else frozenset()
    why = {"capacity": NotActor.PLANT, "made": NotActor.MADE_THING, "field": NotActor.FIELD}
    return {
        name: why[this].why()
        for name, this in sorted(how.items())
        if this == "capacity" or name not in acts
    }


def _versions(texts: Sequence[str]) -> frozenset[str]:
    """The words an article writes right before a version number, in lower case."""
    found = set()
    for text in texts:
        for m in _VERSION_AT.finditer(text):
            word = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
            if word:
                found.add(word.group().lower())
    return frozenset(found)


def _versioned(c: Candidate, texts: Sequence[str], words: frozenset[str]) -> bool | None:
    """Whether the article writes the candidate's name, in any case, right before a version
    number (None when its last word is never before one: most names stop there, cheaply)."""
    if c.name.split()[-1].lower() not in words:
        return None
    pattern = re.compile(re.escape(c.name) + _VERSION, re.IGNORECASE)
    return any(pattern.search(text) for text in texts)


def read_article(texts: Sequence[str], here: Sequence[Candidate]) -> Read:
    """What ``things``' rules read of one article's paragraphs ``texts``, for each of its
    candidates ``here`` in order, one list each: ``_bare_acting``, ``_goods_noun``,
    ``_work_before`` (a verb of writing or a work's noun before it), ``_before_title``, a
    law's title after it, ``_rides``, ``_versioned``, ``_quoted_item``, ``_craft_read``,
    ``_made_read``. Each article's alone, and lists of atoms: kept per article between builds,
    so that after one edit only the edited article is read again (but ``goods``' test of
    acting, which reads every mention of the few names before goods, is made each build)."""
    columns: Read = ([], [], [], [], [], [], [], [], [], [])
    words = _versions(texts)
    for c in here:
        text = texts[c.paragraph]
        columns[0].append(_bare_acting(c, text))
        columns[1].append(_goods_noun(c, text))
        columns[2].append(_work_before(text, c.start))
        columns[3].append(_before_title(c, text))
        columns[4].append(bool(_LAW_AFTER.match(text[c.end :])))
        columns[5].append(_rides(c, text))
        columns[6].append(_versioned(c, texts, words))
        columns[7].append(_quoted_item(c, text))
        columns[8].append(_craft_read(c, text))
        columns[9].append(_made_read(c, text))
    return columns


def read_decoded(data: object) -> Read:
    """A kept value of ``read_article``'s form, from its encoded form (``encode``'s): nine
    columns of atoms, of equal lengths; ``ValueError`` for anything else."""
    value = decode_columns(data, 10, _ATOM)
    if len({len(column) for column in value}) != 1:
        raise ValueError("columns of other lengths")
    return value


def things(
    candidates: Sequence[Candidate],
    paragraphs: Mapping[str, tuple[str, ...]],
    actors: frozenset[str],
    reads: Mapping[str, Read] | None = None,
) -> dict[str, str]:
    """Every name found as an actor (``actors``, none curated, none a state) that these rules
    show is a thing, with why; ``reads``: each article's ``read_article`` of its candidates
    in ``candidates``' order, when read already."""
    if reads is None:
        reads = {a: read_article(paragraphs[a], here) for a, here in by_article(candidates).items()}
    order = runs(candidates)
    per = [aligned(order, {a: read[i] for a, read in reads.items()}) for i in range(10)]
    found = {name: why for name in sorted(actors) if (why := money(name))}
    for rule in (
        jargon(candidates, per[0]),
        goods(candidates, paragraphs, per[1]),
        authored(candidates, per[2]),
        portfolios(candidates, per[3]),
        cut_at_parenthesis(candidates, per[4]),
        aboard(candidates, per[5]),
        versioned(candidates, paragraphs, per[6]),
        quoted_items(candidates, per[7]),
        craft_by_maker(candidates, per[8]),
        made_things(candidates, paragraphs, per[9]),
    ):
        for name, why in rule.items():
            if name in actors:
                found.setdefault(name, why)
    return found
