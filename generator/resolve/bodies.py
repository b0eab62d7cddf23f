"""One government body, however the articles write it.

"Russia's Foreign Ministry", "the Foreign Ministry of Russia", "Ministry of Foreign Affairs of
Russia" and "the Russian Ministry of Foreign Affairs" are one organisation; so are "State
Department", "Department of State" and "US Department of State", and "UK Parliament" and
"Parliament of the United Kingdom". ``body_key`` reads any of these forms as (state, kind,
subject); names with one key are one actor. A form that names no state ("the Foreign
Ministry", a lone "Parliament") is the one body of that kind its article names with a state,
or the body of the state its article is about; it is folded there in that article only, as
the same words mean another state's body in another article.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from functools import cache

from anyascii import anyascii

from ..gazetteer import state_name
from .decide import demonym_state
from .names import is_acronym, legislature
from .vocab import COMPANY_SUFFIXES, COMPANY_WORDS, FIRM_ENDS

KINDS = {"ministry": "ministry", "department": "ministry", "office": "office", "agency": "agency"}
"""Head nouns of an executive body; a ministry and a department are one kind ("Department
of Foreign Affairs" is what some states call their foreign ministry)."""
EXECUTIVE_KINDS = frozenset(KINDS.values())
"""The kinds of an executive body with a subject ("Health Ministry", "Foreign Office")."""
BODIES = frozenset(
    """parliament|senate|congress|cabinet|supreme court|constitutional court|high court|
    national assembly|federal assembly|house of representatives|armed forces|army|navy|
    air force|police|national police|coast guard|red cross|red crescent|
    central bank|state duma|duma|treasury|legislative assembly|house of assembly|
    electoral commission|election commission|constitutional council""".replace("\n", "")
    .replace("    ", "")
    .split("|")
)
"""A state's institutions that have no subject: "the Senate", "Supreme Court of X", "the
Treasury" (the UK's in one article, the US's in another: actors48, fix77); and a
state's national society or service that many states have under one name ("Kenya Red Cross",
"Nigerian Red Cross", "United States Coast Guard"), which is that state's, not one body.
A legislature, an election body and a constitutional council many states name alike ("the
Legislative Assembly" of Tonga and of Puerto Rico, "Fiji's Electoral Commission" and the
"Electoral Commission of Solomon Islands") are each state's too (actors106)."""
NOT_FEDERAL = frozenset(
    {"legislative assembly", "house of assembly", "electoral commission", "election commission"}
)
"""Bodies the United States has none of under these names, its states and territories do."""
REGIONAL_LEGISLATURES = frozenset({"legislative assembly", "house of assembly"})
FEDERATIONS = frozenset(
    {"United States", "India", "Canada", "Australia", "Malaysia", "Brazil", "Nigeria", "Pakistan"}
)
"""Federations whose states or provinces each have a "Legislative Assembly" or "House of
Assembly" and the federation none ("the Legislative Assembly" of an article on New Delhi is
Delhi's, not India's; Nigeria's states have Houses of Assembly, the federation a National
Assembly): a bare legislature of those names is never the federation's (actors106)."""
LOCAL = NOT_FEDERAL | {"national assembly", "supreme court", "constitutional court", "high court"}
"""Bodies of ``BODIES`` no one state's name alone stands for (where "Congress" or "the Navy"
alone is often one well-known state's): a bare one in an article one state dominates is that
state's even where no other article ties the name to another state (actors106)."""
SOCIETIES = frozenset({"red cross", "red crescent"})
"""Bodies of ``BODIES`` a bare name of which is often no state's: "the Red Cross" working in
Syria or Yemen is mostly the International Committee, so only the state named with it
("Kenya Red Cross", "Syria's Red Crescent") makes it a state's, never the state its article
names most (fix75)."""
_THE = ("United", "Republic", "Democratic", "Netherlands", "Philippines", "Bahamas", "Gambia")
"""Display names that take 'the' after 'of' ("Parliament of the United Kingdom")."""


Key = tuple[str | None, str, str]


NATIONS = frozenset({"Scottish", "Welsh", "English", "Northern Irish", "Scotland", "Wales"})
"""A state's nations, whose bodies are their own ("Scottish Parliament" is not the UK's)."""
PARTY_WORDS = frozenset(
    "republican democratic democrat conservative labour labor liberal socialist green".split()
)
"""First words that make "Republican Senate" the party's majority there, not another body."""
GENERIC_PARTY = PARTY_WORDS | frozenset(
    "communist social christian national people's progressive workers'".split()
)
"""Words of a party's name that many states' parties share ("Democratic Party" in Hong Kong
and in the United States, "Social Democratic Party", "People's Party"): such a name is keyed
by its state like a body ("Hong Kong's Democratic Party"); a distinctive name ("Bharatiya
Janata Party", "Likud") is one party wherever it is written."""


def _state(text: str) -> str | None:
    text = re.sub(r"^the ", "", text.strip(), flags=re.IGNORECASE)
    text = re.sub(r"['’]s$", "", text)
    if text in NATIONS:
        return None
    return state_name(text) or demonym_state(text)


_EMBASSY = re.compile(
    r"(?:(?P<a>.+?) )?(?P<kind>Embassy|Consulate|Consulate[- ]General)"
    r"(?: of (?P<b>.+?))?(?: in (?P<city>[A-Z][\w'’. -]*))?"
)
"""'US Embassy in Baghdad', 'Embassy of the United States in Baghdad': a state's embassy,
and the city it is in."""


@cache
def body_key(name: str) -> Key | None:
    """(state or None, kind, subject) when ``name`` names a state's body, else None:
    'Russian Foreign Ministry' -> ('Russia', 'ministry', 'foreign'); an embassy's subject is
    its city ('US Embassy in Baghdad' -> ('United States', 'embassy', 'baghdad')), and a bare
    "Embassy", of no state, is no key (often another state's than its article's)."""
    if embassy := _EMBASSY.fullmatch(name):
        state = _state(embassy.group("a") or embassy.group("b") or "")
        kind = "consulate" if embassy.group("kind").startswith("Consulate") else "embassy"
        return (state, kind, (embassy.group("city") or "").lower()) if state else None
    state = None
    rest = name
    if " of " in rest:
        head, _, tail = rest.rpartition(" of ")
        if found := _state(tail):
            state, rest = found, head
    tokens = rest.split()
    for cut in (3, 2, 1):
        if state is None and len(tokens) > cut and (found := _state(" ".join(tokens[:cut]))):
            state, rest = found, " ".join(tokens[cut:])
            break
    lowered = rest.lower()
    if lowered in BODIES:
        return state, lowered, ""
    words = lowered.split()
    if (
        2 <= len(words) <= 4
        and words[-1] == "party"
        and rest.endswith("Party")
        and all(w in GENERIC_PARTY for w in words[:-1])
    ):
        return state, "party", " ".join(words[:-1]).replace("labor", "labour")
    heads = "|".join(k.capitalize() for k in KINDS)
    match = re.fullmatch(rf"({heads}) (?:of|for) (?:the )?(.+)", rest) or re.fullmatch(
        rf"(.+?) ({heads})", rest
    )
    if not match:
        return None
    kind_first = match.group(1).lower() in KINDS
    kind = KINDS[(match.group(1) if kind_first else match.group(2)).lower()]
    subject = match.group(2) if kind_first else match.group(1)
    words = subject.replace("&", "and").split()
    if not 1 <= len(words) <= 4 or not all(w[0].isupper() or w in ("and", "of") for w in words):
        return None
    subject = " ".join(w for w in words if w.lower() != "affairs").lower()
    subject = subject.replace("defense", "defence")
    if not subject:
        return None
    if state is None and kind == "ministry" and subject == "state":
        state = "United States"  # "State Department", "Department of State"
    if kind == "ministry" and subject == "treasury":
        return state, "treasury", ""  # "Treasury Department", "the Treasury": one body
    return state, kind, subject


AFFAIRS_SUBJECTS = frozenset(
    "foreign home internal external economic social religious cultural consumer veterans".split()
)
"""Adjectives a ministry's name holds as its subject, whose standard name adds "Affairs":
"Foreign Ministry" is the "Ministry of Foreign Affairs", "Home Ministry" the "Ministry of
Home Affairs" ("Health Ministry" the "Ministry of Health")."""
_HEAD_LAST = re.compile(r"(?P<subject>.+) (?P<head>Ministry|Department)")


def standard_name(short: str, state: str) -> str:
    """The name of the body ``short`` names, of ``state``, where no article writes it with its
    state: a ministry or department named subject first ("Malaysia's |Health Ministry|",
    "Iran's Foreign Ministry") as such bodies are named in full, head first ("Ministry of
    Health of Malaysia", "Ministry of Foreign Affairs of Iran"); any other form with its
    state after it ("Foreign Office of Germany"). The form written stays the page's alias."""
    the = _the(state)
    written = _HEAD_LAST.fullmatch(short)
    if not written or body_key(short) is None:
        return f"{short} of {the}{state}"
    subject = written.group("subject")
    if subject.split()[-1].lower() in AFFAIRS_SUBJECTS:
        subject += " Affairs"
    return f"{written.group('head')} of {subject} of {the}{state}"


def _the(state: str) -> str:
    return "the " if state.startswith(_THE) else ""


def body_name(key: Key) -> str:
    """A display name for a state's institution no article names in full ('Parliament of
    the United Kingdom'); only for the subject-less ``BODIES``."""
    state, kind, _subject = key
    words = " ".join(w if w == "of" else w.capitalize() for w in kind.split())
    if state is None:
        return words
    return f"{words} of {'the ' if state.startswith(_THE) else ''}{state}"


def local_folds(
    present: dict[str, dict[str, bool]],
    types: dict[str, str],
    states: dict[str, Counter[str]],
    counts: Counter[str],
    owners: dict[tuple[str, str], str] | None = None,
    stated: set[tuple[str, str]] | frozenset[tuple[str, str]] = frozenset(),
    described: dict[str, Counter[str]] | None = None,
    firsts: dict[tuple[str, str], int] | None = None,
    written: Mapping[str, set[str]] | None = None,
    party_groups: frozenset[str] = frozenset(),
) -> dict[tuple[str, str], tuple[str, str]]:
    """(article, name) -> (the organisation it names there, why), for a short or stateless
    form of a body the article names in full, or else (a word too common to be a name alone,
    "Parliament") of the body of the state the article names at least twice as often as
    any other; and a bare ministry with a subject ("the Department of Justice") of that
    state's (or the only state's the article names) where the briefing names it in full.

    ``present``: article -> each name found there -> whether it is an accepted organisation
    (its final name) or a rejected word; ``states``: article -> mentions of each state;
    ``counts``: mentions of each final name in the briefing; ``owners``: (article, name) ->
    the one state named right before every mention of the name there ("Iran's"); ``stated``:
    (article, name) where some mention of the name has a state before it; ``described``:
    article -> each state's nationality words ("Iranian"), which tie a subject-less body
    ("the Air Force") to the state only where the state's own name does not (``_leading``);
    ``firsts``: (article, name) -> the rank of its first mention there (``unit_of``);
    ``written``: article -> every name its candidates write (``_glued``); ``party_groups``:
    "X Group" names that are a party's group in an assembly, no longer form of "X"
    (``resolve._party_groups``).
    """
    firsts = firsts or {}
    written = written or {}
    norp = described or {}
    keyed: dict[Key, str] = {}
    for name in sorted(counts, key=lambda n: (-counts[n], n)):
        if types.get(name) == "organisation" and (key := body_key(name)) and key[0]:
            keyed.setdefault(key, name)
    owned: dict[tuple[str, str], str] = dict(owners or {})
    tied: dict[str, set[str]] = defaultdict(set)
    for article, names in present.items():
        top = states.get(article, Counter()).most_common(1)
        for name in names:
            if _stateless_party(name) and (
                tie := owned.get((article, name)) or (top[0][0] if top else "")
            ):
                tied[name].add(tie)
    for (article, name), tie in sorted(owned.items()):
        if (key := body_key(name)) and _stateless_party(name):
            if len(tied[name]) < 2:
                del owned[article, name]  # one state's party all through: one page
                continue
            # "Hong Kong's Democratic Party" and a US article's "Democratic Party": a
            # generic party's name is the party of the state its article ties it to, also
            # where another article names it alone about that state.
            keyed.setdefault((tie, *key[1:]), f"{name} of {_the(tie)}{tie}")
    apart: dict[str, set[str]] = defaultdict(set)
    for article, names in present.items():
        first = _leading(states.get(article, Counter()), norp.get(article))
        most = first[0][0] if first and _dominates(first) else ""
        for name, accepted in names.items():
            if (
                accepted
                and (key := body_key(name))
                and key[0] is None
                and not key[2]
                and (tie := owned.get((article, name)) or most)
            ):
                apart[name].add(tie)
    states_with: dict[tuple[str, str], set[str]] = defaultdict(set)
    for state, head, subject in keyed:
        if state:
            states_with[head, subject].add(state)
    out: dict[tuple[str, str], tuple[str, str]] = {}
    for article, names in sorted(present.items()):
        orgs = sorted(n for n, accepted in names.items() if accepted)
        for short in sorted(names):
            key = body_key(short)
            containers = sorted(
                {
                    long
                    for long in orgs
                    if long != short
                    and not (long in party_groups and long == f"{short} Group")
                    and (
                        _part(short, key, long)
                        or (
                            names[short]
                            and short_of(short, long)
                            and not _glued(long, written.get(article, set()))
                        )
                    )
                }
            )
            if any(
                unit_of(short, c, firsts.get((article, short)), firsts.get((article, c)))
                for c in containers
            ):
                containers = []  # a parent named before its unit: no unit is its page
            if len(containers) > 1:
                # "House" in "House of Representatives" and "United States House of
                # Representatives": the longer of two forms of one body.
                containers = [
                    c
                    for c in containers
                    if not any(
                        o != c and (_part(c, body_key(c), o) or short_of(c, o)) for o in containers
                    )
                ]
            if len(containers) == 1:
                out[article, short] = containers[0], f"'{containers[0]}' in full in its article"
                continue
            if key and key[0] is None and (state := owned.get((article, short))):
                # "Iran's |Foreign Ministry|": the body of the state named right before it.
                whole = (state, key[1], key[2])
                target = keyed.get(whole) or standard_name(short, state)
                out[article, short] = target, f"the body of the state named before it ({state})"
                continue
            ranked = states.get(article, Counter()).most_common(2)
            dominant = bool(ranked) and _dominates(ranked)
            if (
                not containers
                and key
                and key[0] is None
                and (key[2] or dominant)
                and (dominant or len(ranked) == 1)
                and (full := keyed.get((ranked[0][0], key[1], key[2])))
            ):
                # "the Department of Justice" in an article about the United States (the
                # state it names most, or the only one), where the briefing names "United
                # States Department of Justice" in full; a body without a subject ("Congress",
                # "the Navy") only where that state is the one the article names most.
                why = f"the {key[1]} of the state its article names most ({ranked[0][0]})"
                out[article, short] = full, why
                continue
            only = states_with.get((key[1], key[2]), set()) if key and key[0] is None else set()
            if (
                key
                and names[short]
                and not containers
                and len(only) == 1
                and ranked
                and ranked[0][0] in only
            ):
                # An accepted "Congress" in an article naming that state most (inside longer
                # names too: "US Representative"), where the briefing names one state's
                # Congress in full ("US Congress") and no other's.
                # (A word too common alone, "Senate", is left to the state its article names
                # most: a state's or territory's own senate is often meant.)
                full = keyed[next(iter(only)), key[1], key[2]]
                out[article, short] = full, f"the one {key[1]} the briefing names in full ({full})"
                continue
            if containers or not key or key[0] or key[2] or key[1] in SOCIETIES:
                continue
            lone = _one_state_chamber(key, ranked) and (article, short) not in stated
            if names[short] and len(apart[short]) < 2 and not lone and key[1] not in LOCAL:
                # An accepted "Congress" or "Navy" keeps its page (too often foreign), unless
                # the briefing ties it to two states or more ("the Supreme Court" of an
                # article about Pakistan and of one about the United States): then each
                # article's is the body of the state it names most.
                continue
            counted, nationalities = states.get(article, Counter()), norp.get(article)
            if key[1] in NOT_FEDERAL:
                # The United States has no federal body of these names, its states and
                # territories do: "the Legislative Assembly" of an article on Puerto Rico that
                # names the United States more is Puerto Rico's, or no state's (actors106);
                # nor has another federation a legislature of these names.
                apart_from = FEDERATIONS if key[1] in REGIONAL_LEGISLATURES else {"United States"}
                counted = Counter({s: n for s, n in counted.items() if s not in apart_from})
                nationalities = Counter(
                    {s: n for s, n in (nationalities or {}).items() if s not in apart_from}
                )
                ranked = counted.most_common(2)
                dominant = bool(ranked) and _dominates(ranked)
            if not (dominant or lone) and names[short]:
                # (only for a name accepted as a body: a rejected "Senate" beside "U.S.
                # House" and "Puerto Rican" is often a territory's own)
                ranked = _leading(counted, nationalities)
                dominant = bool(ranked) and _dominates(ranked)
            if dominant or lone:
                whole = (ranked[0][0], key[1], "")
                target = keyed.get(whole) or body_name(whole)
                why = f"the {key[1]} of the state its article names most ({ranked[0][0]})"
                out[article, short] = target, why
    for (article, short), (target, why) in out.items():
        seen = {short}
        while (article, target) in out and target not in seen:
            # "House" in full as "House of Representatives", itself the United States' there.
            seen.add(target)
            target = out[article, target][0]
        out[article, short] = target, why
    return out


CHAMBERS = frozenset({"senate", "house of representatives", "national assembly"})
"""A state's chambers, which a bare name ("the Senate") in an article about one state is."""


def _one_state_chamber(key: Key, ranked: list[tuple[str, int]]) -> bool:
    """A bare chamber ("the Senate voted") in an article that names one state alone, however
    few times ("... the Philippines"), and never with a state before it: that state's. Not
    the United States, whose states have senates and houses of their own, which the gazetteer
    knows no state of."""
    return key[1] in CHAMBERS and len(ranked) == 1 and ranked[0][0] != "United States"


def _stateless_party(name: str) -> bool:
    """A generic party's name with no state ("Democratic Party"): ``GENERIC_PARTY``."""
    return (key := body_key(name)) is not None and key[0] is None and key[1] == "party"


def _leading(states: Counter[str], described: Counter[str] | None) -> list[tuple[str, int]]:
    """An article's first two states by mentions, or, where none dominates, by mentions and
    nationality words together: "Iranian cargo plane crashes ... the Air Force" names Iran
    once, as often as Kyrgyzstan, but is about Iran (the Iranian Air Force's plane), and
    "Nigerian refugee camp airstrike ... the Air Force" names no Nigeria at all. Only for a
    subject-less body that two states' articles name alone, so a nationality word decides
    nothing that a state's own name does."""
    first = states.most_common(2)
    if (first and _dominates(first)) or not described:
        return first
    return (states + described).most_common(2)


def _dominates(ranked: list[tuple[str, int]]) -> bool:
    """The first of an article's states by mentions is named at least twice, and at least
    twice as often as the others together."""
    return ranked[0][1] >= max(2, 2 * sum(n for _, n in ranked[1:]))


def _part(short: str, key: Key | None, long: str) -> bool:
    """``short`` names the body ``long`` names in full: a stateless form of one body ("the
    Foreign Ministry", "Russian Foreign Ministry"), the end of it ("Court of Justice",
    "European Court of Justice"), its beginning ("Supreme Court of the United Kingdom", "Court
    of Appeals for the Ninth Circuit": actors91), or
    a company without its legal form ("Burisma Holdings"), also after the state's name that
    opens the full one ("House", "United States House of Representatives")."""
    other = body_key(long)
    if key and other and key[0] is None and other[0] and key[1:] == other[1:]:
        return True
    if key and other and key[:2] == other[:2] and not key[2] and other[2]:
        return key[1] in ("embassy", "consulate")  # "US Embassy", "US Embassy in Baghdad"
    words, longer = short.split(), long.split()
    if len(longer) <= len(words):
        return False
    if short == "Assembly" and legislature(long):
        return True  # "the Assembly" after "the Legislative Assembly", like "Parliament"
    if longer[-len(words) :] == words and (
        (key and (key[2] or longer[0].lower() not in PARTY_WORDS)) or " of " in short
    ):
        return True  # "European Parliament"; not "Republican Senate", a party's majority
    head, _, tail = long.rpartition(" of ")
    if (
        key
        and key[1] in LOCAL
        and head
        and _state(tail)
        and (named := head.split())[-len(words) :] == words
        and len(named) > len(words)
    ):
        return True  # "Election Commission", "Independent Election Commission of Afghanistan"
    if longer[:-1] == words and longer[-1].lower() in COMPANY_WORDS | COMPANY_SUFFIXES:
        return True  # "Burisma", "Burisma Holdings"
    for cut in (3, 2, 1):  # "United States House of Representatives": the state's name first
        if len(longer) > cut + len(words) and _state(" ".join(longer[:cut])):
            longer = longer[cut:]
            break
    whole = " ".join(longer)
    if " " in short and (
        whole.startswith(short + " for the ") or long.startswith(short + " for the ")
    ):
        # "the Court of Appeals", "U.S. Court of Appeals for the Ninth Circuit"; not an
        # office's "Secretary of the |Air Force for Acquisition|"
        return True
    return whole.startswith(short + " of ") or long.startswith(short + " of ")


_LINKS = frozenset({"of", "the", "and", "for", "&", "de", "du", "des"})
"""Words a body's short form leaves out with the rest ("Foreign and Commonwealth Office")."""


def _name_words(name: str) -> list[str]:
    return [
        w
        for w in re.findall(r"[\w'’.-]+", anyascii(name).casefold())
        if w not in _LINKS and w.strip(".")
    ]


def unit_of(short: str, long: str, short_at: int | None, long_at: int | None) -> bool:
    """``long`` is a unit of the firm ``short``, not its full name: it is ``short`` and a
    firm's ending ("Apple Stores", "GM Financial"), and the article names ``short`` first
    (ranks ``short_at`` < ``long_at``). News names a firm in full first and then by its
    leading words ("Tyson Foods ... Tyson said"); a parent named first and its unit later
    ("Apple said ... its retail arm, Apple Stores") are two (fix76)."""
    return (
        short_at is not None
        and long_at is not None
        and short_at < long_at
        and long.startswith(short + " ")
        and long.rsplit(" ", 1)[-1].lower() in FIRM_ENDS
    )


def _glued(long: str, names: set[str]) -> bool:
    """``long`` is two names of its article glued, each written alone there too: a firm and
    its product ("Microsoft IE has dominated the browser market" beside "investments in
    IE"), no longer form of the first (actors55). A person the NER read as an organisation
    ("Dai Bingguo", "Dai") has no given name alone beside the surname."""
    words = long.split()
    return len(words) == 2 and words[1] in names and words[0] in names


def short_of(short: str, long: str) -> bool:
    """``short`` is an organisation's short form of ``long``, a longer name of its article:
    its words in the same order ending with the head noun ("Commission", "European
    Commission"; "Foreign Office", "Foreign and Commonwealth Office"), a word that opens a
    name of two words and no kind of body ("Dai", "Dai Bingguo"; not "Navy", "Navy Information
    Agency", "House of Commons", "House of Commons Library", nor an acronym, "BBC Three"), or the
    initials with an abbreviation's letters kept ("AKP", "AK Party"). ``local_folds`` folds it
    only where one longer name alone fits (two "... Commission" of an article keep theirs)."""
    if _initialism(long) == short.replace(".", "") and len(short.replace(".", "")) >= 2:
        return True
    if short[:4] == "The " and long[:4] != "The ":
        # "The Times", a newspaper's own full name (``_newspapers_short``), and "The Times of
        # India": two papers, not a word that opens a longer name ("Dai", "Dai Bingguo")
        return False
    words, longer = _name_words(short), _name_words(long)
    if not words or len(longer) <= len(words):
        return False
    rest = iter(longer)
    if not all(word in rest for word in words):
        return False
    if words[-1] == longer[-1]:
        return True
    if len(words) == 1 and (of := long.rfind(" of ")) > 0 and _state(long[of + 4 :]):
        # "the Commission", "the Human Rights Commission of Pakistan" (blind44): the head
        # noun before the state the body is of ends its name as much as the state does
        head = _name_words(long[:of])
        if head and head[-1] == words[0]:
            return True
    # One word before one more: a person the NER read as an organisation, not a body's unit
    # named after it ("House of Commons Library", "Hamas Political Bureau", "Navy Information
    # Agency") nor an acronym's channel ("BBC Three").
    return (
        len(words) == 1
        and not is_acronym(short)
        and len(longer) == 2
        and longer[0] == words[0]
        and body_key(short) is None
        and body_key(long) is None
    )


def _initialism(name: str) -> str:
    """'AK Party' -> 'AKP': the first letter of each capitalised word, all of an abbreviation's."""
    tokens = [t for t in re.split(r"[\s-]+", name) if t and t[0].isupper()]
    if len(tokens) < 2:
        return ""
    return "".join(t.replace(".", "") if t.replace(".", "").isupper() else t[0] for t in tokens)


FORUM_EVENT = "names an event ('Forum')"
"""The reason ``names.not_an_actor`` gives a name that ends in "Forum" (an event's head)."""
_MEMBERS_AFTER = re.compile(
    r"^(?:['’]s?)? (?:member (?:states|countries|nations|governments)|members|countries|"
    r"nations|governments|leaders|secretariat|secretary[- ]general|chair(?:man|woman)?)\b",
    re.IGNORECASE,
)
_MEMBERS_BEFORE = re.compile(
    r"\b(?:members? (?:states? |countries )?of|suspended from|suspension from|expelled from|"
    r"re-?admitted to|rejoin(?:ed|s)?|return(?:ed|s)? to|join(?:ed|s)?|withdr[ae]w from|left)"
    r" (?:the )?$",
    re.IGNORECASE,
)


def forums_with_members(names: Iterable[str], texts: Sequence[str]) -> dict[str, str]:
    """'Pacific Islands Forum countries', 'suspended from the … Forum': a forum the articles
    write with its members (their countries, leaders, secretariat, chair; joining, leaving or
    being suspended from it) is a standing body of states, not one meeting, though "forum"
    names an event ("the Belt and Road Forum, which runs from Oct. 16 to 18"). ``names`` are
    those the event rule rejected for "Forum"; the answer maps each one some text writes so
    to the reason it is a body (actors94: four news texts on the
    Pacific Islands Forum lost it as an event)."""
    found: dict[str, str] = {}
    for name in sorted(names):
        pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
        for text in texts:
            if name not in text:
                continue
            for match in pattern.finditer(text):
                if _MEMBERS_AFTER.match(text[match.end() :]) or _MEMBERS_BEFORE.search(
                    text[max(0, match.start() - 40) : match.start()]
                ):
                    found[name] = (
                        "a forum written with its members ('… countries', 'suspended from "
                        "the …'): a standing body, not a meeting"
                    )
                    break
            if name in found:
                break
    return found
