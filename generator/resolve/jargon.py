"""Names of things, not actors: a maker's products, projects and systems, names the text
glosses as no actor ("Hagia Sophia, formerly a church"), acronyms of things ("ISS"),
technical jargon the NER read as a body ("Big Data"), ships named like people, and epithets
("the Bandit King"). Each is left out, with the thing it is.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from rapidfuzz import fuzz

from ..gazetteer import state_name
from ..model import Article
from ..steps import PerArticle, Steps
from .article import Candidate, body_word
from .decide import Verdict, demonym_state
from .merge import VARIANT_THRESHOLD
from .names import initials, is_acronym, title_only
from .reasons import NotActor
from .sweeps import _each_article
from .things import ACTS_AFTER, ACTS_BEFORE, NOT_MODIFIED, PREPOSITIONS
from .vocab import COMPANY_WORDS, CONNECTORS, PREMISES_NOUNS, VEHICLE_NOUNS, WELL_KNOWN

_MADE = re.compile(
    r"(?:(?<![\w'’-])(?:its|their)|[a-z] ([A-Z][\w.&-]*?)(?:['’]s)?) "
    r"([A-Z][\w-]*(?: [A-Z][\w-]*){0,2}) (" + "|".join(sorted(VEHICLE_NOUNS)) + r")\b"
)


_MADE_NOUN = re.compile(r" (?:" + "|".join(sorted(VEHICLE_NOUNS)) + r")\b")
"""The end of every ``_MADE`` match: a paragraph without one has none (the pattern itself
may begin at almost any letter, so it is slow to scan with)."""


def _products(labels: dict[str, Counter[str]], texts: list[str]) -> list[str]:
    """Names the text writes as a maker's product, whether the NER saw them there or not:
    "SpaceX tested its |Falcon Heavy| rocket", "the SpaceX |Crew Dragon| capsule" (a state
    or nationality before is no maker: "the U.S. |Navy| jet"; nor a word the name goes on
    from: "the Royal |Air Force| jets" where the briefing names the "Royal Air Force"; nor a
    one-word name the NER reads as an organisation's: "its |Boeing| jets" is the maker's)."""
    found = {
        match.group(2)
        for text in texts
        if _MADE_NOUN.search(text)  # every match ends in one of these: far cheaper to look for
        for match in _MADE.finditer(text)
        if not (
            match.group(1)
            and (
                state_name(match.group(1))
                or demonym_state(match.group(1))
                or f"{match.group(1)} {match.group(2)}" in labels  # "the Royal Air Force jets"
            )
        )
    }
    # "Ryanair grounded its |Boeing| jets" where "Boeing said": a one-word name the NER reads
    # as an organisation's is the maker; only longer names ("Falcon Heavy") are products.
    return sorted(n for n in found if n in labels and (" " in n or not labels[n]["ORG"]))


_PROJECT = "names a product or idea ('Project')"


_PRODUCT = "names a technology product ("


_SPEAKS_AFTER = re.compile(
    r"(?:,[^,.;:\"“”]{1,80},)? (?:(?:also|then|later|has|had|have) )?(?:said|says|announced|"
    r"announces|stated|states|declared|declares|confirmed|confirms|decided|decides|voted|"
    r"votes|elected|elects|told|tells|aims|aimed|plans|planned|intends|intended|hopes|hoped|"
    r"wants|wanted)\b"
)
"""Verbs of speech, decision and intent after a project's or a distribution's name: a body
acting ("Rocky Linux aims to …", "the Fedora Project plans …"); a product has no aims."""


_ACTS_AFTER = re.compile(
    r"(?:,[^,.;:\"“”]{1,80},)? (?:(?:also|then|later|has|had|have) )?(?:reported|reports|filed|"
    r"files|sued|sues|argued|argues|urged|urges|condemned|condemns|welcomed|welcomes|"
    r"criticised|criticized|criticises|criticizes|called (?:on|for)|calls (?:on|for))\b"
)
"""A project's name then a verb only a body does as one besides speaking: it reports, goes to
court or urges ("the Marshall Project reported", "the Innocence Project filed a motion":
review36); not a product's ("Microsoft Windows reports an error")."""


_SPEAKS_BEFORE = re.compile(r"(?:[,\"”]\s*(?:said|says|told)|\b(?i:according to))\s+(?:the\s+)?$")
"""The speaker after its words ('…," said the Debian Project', 'according to the Fedora
Project'); not "Oracle said |Oracle Linux| would", where the name is what is said of."""


def _projects_speaking(
    candidates: list[Candidate],
    verdicts: Mapping[str, Verdict],
    paragraphs: Mapping[str, tuple[str, ...]],
) -> list[str]:
    """Names ending in 'Project' or an operating system's word, which the words alone make a
    project or a product (``not_an_actor``), that some sentence has speak, announce, decide or
    vote ("the CentOS Project announced", "said the Debian Project", "Rocky Linux said"), or
    a project that reports, goes to court or urges (``_ACTS_AFTER``, review36): a
    project acting as a body, an organisation by GOLD.md (actors85); "the Manhattan Project
    developed", "Enterprise Linux is the company's flagship" stay no actor."""
    out = []
    for c in candidates:
        verdict = verdicts.get(c.name)
        if (
            verdict is None
            or not (verdict.reason == _PROJECT or verdict.reason.startswith(_PRODUCT))
            or verdict.curated_key
            or " " not in c.name
        ):
            continue
        text = paragraphs[c.article][c.paragraph]
        if (
            _SPEAKS_AFTER.match(text, c.end)
            or (verdict.reason == _PROJECT and _ACTS_AFTER.match(text, c.end))
            or _SPEAKS_BEFORE.search(text, max(0, c.start - 30), c.start)
        ):
            out.append(c.name)
    return sorted(set(out))


def _glossed_things(candidates: list[Candidate]) -> dict[str, str]:
    """Names the text glosses as no actor, with what it says they are ("|Hagia Sophia|,
    formerly a Greek Orthodox church": a building), and their spellings in the same articles
    ("Ayasofya [|Haghia Sophia|]", ``VARIANT_THRESHOLD`` alike)."""
    glossed = {(c.article, c.name): c.glossed for c in candidates if c.glossed}
    found = {name: what for (_, name), what in sorted(glossed.items())}
    in_article: dict[str, list[str]] = defaultdict(list)
    for article, name in sorted(glossed):
        in_article[article].append(name)  # indexed once: each name meets its article's only
    for c in candidates:
        if c.name in found:
            continue
        for name in in_article.get(c.article, ()):
            if fuzz.ratio(c.name, name) >= VARIANT_THRESHOLD:
                found[c.name] = found[name]
                break
    return found


def _initials_of_things(
    candidates: list[Candidate],
    verdicts: dict[str, Verdict],
    paragraphs: Mapping[str, tuple[str, ...]],
) -> dict[str, tuple[str, str]]:
    """'the International Space Station' ... 'the crew of the ISS': an acronym no editor
    curated whose letters are the initials of a name its article also writes, and which is
    no actor (a building, a product, an event), is that thing too; an acronym that is also
    the initials of an actor the article names stays. Where its article writes no such name,
    the one name of the briefing with those initials (the long form ``merge`` would fold it
    into: "released Java under the |GPL|" beside another article's "GNU Public License", a
    document, actors80) when it is no actor and no mention of the acronym acts, even by
    having ("|UH| has a strong tradition": a university, not "U.S. House")."""
    names_in: dict[str, set[str]] = defaultdict(set)
    for c in candidates:
        names_in[c.article].add(c.name)
    out: dict[str, tuple[str, str]] = {}
    initials_of: dict[str, str] = {}  # a name's initials, made once for all its articles
    alone: set[str] = set()  # acronyms whose articles write no name of their initials
    for names in names_in.values():
        acronyms = [
            name
            for name in sorted(names)
            if is_acronym(name)
            and (verdict := verdicts.get(name))
            and verdict.name
            and not verdict.curated_key
        ]
        if not acronyms:
            continue  # no initials asked for: none made
        by_initials: dict[str, list[str]] = defaultdict(list)
        for name in sorted(names):
            if len(name.split()) >= 2:
                if name not in initials_of:
                    initials_of[name] = initials(name)
                by_initials[initials_of[name]].append(name)
        for name in acronyms:
            longs = by_initials.get(name.replace(".", ""), [])
            if longs and all(not verdicts[n].name and verdicts[n].reason for n in longs):
                out.setdefault(name, (longs[0], verdicts[longs[0]].reason))
            elif not longs:
                alone.add(name)
    alone -= out.keys()
    if not alone:
        return out
    briefing: dict[str, list[str]] = defaultdict(list)
    for name in sorted({c.name for c in candidates}):
        if len(name.split()) >= 2:
            briefing[initials_of.get(name) or initials(name)].append(name)
    for name in sorted(alone):
        longs = briefing.get(name.replace(".", ""), [])
        if (
            len(longs) == 1
            and not verdicts[longs[0]].name
            and verdicts[longs[0]].reason
            and not any(_written_acting(c, paragraphs) for c in candidates if c.name == name)
        ):
            out.setdefault(name, (longs[0], verdicts[longs[0]].reason))
    return out


def _written_acting(c: Candidate, paragraphs: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether a mention reads as an actor's: the subject of a verb, even of having ("UH has
    a strong tradition"), the agent or speaker, or a possessive (``_jargon_read``'s test)."""
    text = paragraphs[c.article][c.paragraph]
    return bool(
        ACTS_AFTER.match(text[c.end : c.end + 120])
        or ACTS_BEFORE.search(text[max(0, c.start - 80) : c.start])
        or c.text.endswith(("'s", "’s", "'", "’"))
    )


_A_THING_BEFORE = re.compile(
    r"(?<![\w'’-])(?:[Aa]n?|[Nn]o|[Aa]ny|[Ee]very|[Ee]ach|[Aa]nother)\s+"
    r"(?:(?!(?:" + "|".join(sorted(PREPOSITIONS)) + r")\s)[a-z][\w-]*\s+)?$"
)
"""An indefinite article or a quantifier before the name, with no noun after it ("an ETA
yet", "a free Enterprise Linux."): a kind of thing, which no organisation's own name takes
("a Walmart store" has the article for the store)."""


_THE_BEFORE = re.compile(r"(?<![\w'’-])[Tt]he\s+$")


_MODIFIER_AFTER = re.compile(r"\s+([a-z][a-z-]{2,})\b")


_ORG_MODIFIED = frozenset(
    """member members official officials spokesman spokeswoman spokesperson chief chiefs
    leader leaders head troops forces soldiers staff employees workers ally allies countries
    states nations press report reports statement statements guidelines headquarters summit
    secretary-general director president executive executives agents officers investigators
    reporter reporters correspondent journalist journalists anchor broadcast interview poll
    lawyers spokespeople envoy ambassador commander commanders minister ministers agent
    video footage documentary article story investigation guidance loan loans sanctions
    peacekeepers resolution ruling data figures mission style scientists researchers
    engineers astronauts experts analysts players coaches volunteers inspectors negotiators
    diplomats lawmakers legislators delegates delegation representatives""".split()
)
"""Nouns after a name that make it a body's: its people, its words, its meetings ("NATO
members", "a NATO press release", "NASA scientists"), or its manner ("a new NATO style
trade pact")."""


_NOUN_ENDING = re.compile(r"(?:tion|sion|ity|ment|ness|ism|ics|ware|ing)$")
"""Endings of abstract nouns that no person's surname has ("Cloud Computing")."""


_BEING_AFTER = re.compile(r"(?:,[^,.;:]{1,80},)? (?:is|was|are|were|has|have|had)\b")
"""After an acronym, a verb of being ("ET, for example, is genetic"): said of a thing too."""


def _acronym_acts(c: Candidate, paragraphs: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether a mention of an acronym the text spells reads as an actor's: the agent or
    speaker ("According to RWB"), a possessive, or the subject of a verb other than one of
    being ("RWB appealed"; not "ET, for example, is genetic", said of a disease too)."""
    text = paragraphs[c.article][c.paragraph]
    before, after = text[max(0, c.start - 80) : c.start], text[c.end : c.end + 120]
    return bool(
        ACTS_BEFORE.search(before)
        or c.text.endswith(("'s", "’s"))
        or (ACTS_AFTER.match(after) and not _BEING_AFTER.match(after))
    )


_ACTS, _BODY_AFTER, _MODIFIES, _KIND_BEFORE, _THE, _USED = 1, 2, 4, 8, 16, 32
"""What ``_jargon`` reads of the words around one mention (``_jargon_read``), as bits."""


_HYPHENED = 64
"""A bit ``_jargon_read`` uses only while reading: the adjective is hyphened to the name."""


_USED_BEFORE = re.compile(
    r"(?<![\w'’-])(?:(?:(?:boot|install|deploy|download|use)(?:s|ed|ing)?|runs?|ran|running"
    r"|using|via"
    r"|(?:migrat(?:e|es|ed|ing)|switch(?:es|ed|ing)?|upgrad(?:e|es|ed|ing)|port(?:s|ed|ing)?) to"
    r"|chat(?:s|ted|ting)? (?:on|over))"
    r"|(?:see|read|consult|check)(?:s|ing)?(?: the)?)\s+$"
)
"""A verb of running, installing or using a technology right before an acronym ("migrate to
|RHEL|", "chat on |IRC|", "using |SSH|"), or of reading a document ("see the |FAQ|"): the
thing used, as no body is written; not after "the" ("ran the CIA": a body run by a person),
but for a document read."""


_HYPHEN_MODIFIER_AFTER = re.compile(r"-([a-z]{3,})\b(?<!ed)")
"""A lower-case adjective hyphened to the name ("|DRM|-free", "|FOSS|-friendly"): the name
modifies it as a noun would; not a participle ("NATO-led", "UN-backed": the body acts)."""


def _jargon_read(c: Candidate, texts: tuple[str, ...]) -> tuple[int, str]:
    """What ``_jargon`` reads around one mention: its bits (it acts; a body's noun follows;
    another noun follows, which it modifies; a kind of thing before it; "the" before it; a
    verb of use before an acronym, ``_USED_BEFORE``) and
    the kind of thing ("an", "a free"), "" if none."""
    text = texts[c.paragraph]
    before, after = text[max(0, c.start - 80) : c.start], text[c.end : c.end + 120]
    flags = 0
    if (
        ACTS_AFTER.match(after)
        or ACTS_BEFORE.search(before)
        or c.text.endswith(("'s", "’s", "'", "’"))  # "Marine Traffic's database"
    ):
        flags |= _ACTS
    follows = _MODIFIER_AFTER.match(after)
    if follows and (follows.group(1) in _ORG_MODIFIED or follows.group(1) in VEHICLE_NOUNS):
        flags |= _BODY_AFTER
    if follows and follows.group(1) not in NOT_MODIFIED:
        flags |= _MODIFIES
    elif is_acronym(c.name) and _HYPHEN_MODIFIER_AFTER.match(after):
        flags |= _MODIFIES | _HYPHENED  # "the DRM-free music": the article is the noun's
    if is_acronym(c.name) and _USED_BEFORE.search(before, max(0, len(before) - 30)):
        flags |= _USED
    kind = _A_THING_BEFORE.search(before)
    if kind:
        flags |= _KIND_BEFORE
    if _THE_BEFORE.search(before) and not flags & _HYPHENED:
        flags |= _THE
    return flags & ~_HYPHENED, kind.group(0).strip() if kind else ""


def _ships_named_like_people(
    candidates: Sequence[Candidate],
    verdicts: Mapping[str, Verdict],
    paragraphs: Mapping[str, tuple[str, ...]],
) -> dict[str, str]:
    """Names of two words or more the vote reads as a person's that some sentence writes right
    after a noun of ships ("the French navy ship |La Foudre|", actors82) and that no sentence
    writes as a person's is written: never its last word alone ("Foudre", as a surname is
    written) and never with a possessive ("Alan Kurdi's father": the boy a ship is named
    after). A ship is named whole every time. A word the NER cut from a ship named after a
    person by rank ("the frigate Admiral |Gorshkov|", actors86) is named the ship's, not left
    a fragment for a later pass to make a person of. Each such name with its ship's words."""
    vessel: dict[str, str] = {}
    words: set[str] = set()
    owned: set[str] = set()
    for c in candidates:
        words.add(c.name)
        if c.vessel:
            vessel.setdefault(c.name, f"{c.vessel} {c.name}")
        if c.text.endswith(("'s", "’s")) or paragraphs[c.article][c.paragraph].startswith(
            ("'s", "’s"), c.end
        ):
            owned.add(c.name)  # "Alan Kurdi's father", the possessive in the span or not
    out = {}
    for name, where in sorted(vessel.items()):
        verdict = verdicts.get(name)
        if (
            verdict is not None
            and " " not in name
            and " " in where.removesuffix(f" {name}")
            and not verdict.name
            and not verdict.curated_key
        ):
            out[name] = where  # "the frigate Admiral |Gorshkov|": the ship, not a word
        elif (
            verdict is not None
            and verdict.name == name
            and verdict.type == "person"
            and not verdict.curated_key
            and " " in name
            and name.rsplit(" ", 1)[1] not in words
            and name not in owned
        ):
            out[name] = where
    return out


_TRADE_AFTER = re.compile(
    rf" (?:{'|'.join(sorted(PREMISES_NOUNS | COMPANY_WORDS))}|restaurants|shops|stores|chain|"
    r"franchise|brand|outlet|outlets|owner|founder|spokesman|spokeswoman|spokesperson)\b"
)
"""A trade's noun after a name that "the" opens ("the |Burger King| restaurant", "the Dairy
Queen chain"): the name is a business's, which a nickname is not (review36)."""


_RULERS = frozenset("king queen prince princess emperor empress tsar czar sultan baron".split())
"""Titles of rulers and nobles that end an epithet ("the Bandit King", "the Cocaine Queen")."""


def _epithets(
    candidates: Sequence[Candidate],
    verdicts: Mapping[str, Verdict],
    paragraphs: Mapping[str, tuple[str, ...]],
) -> list[str]:
    """Names of two words ending in a ruler's title (``_RULERS``) that every mention writes
    after "the" ("a man they called |the Bandit King|", actors86), whose first word is no
    title, state or people's ("the Saudi King", "the Crown Prince"): a nickname, no bearer
    named (GOLD.md counts no epithet as an actor). A ruler's or a person's name is written
    bare ("King Salman", "Stephen King said"), and a company's too ("Burger King said")."""
    bare: set[str] = set()
    names: set[str] = set()
    for c in candidates:
        names.add(c.name)
        text = paragraphs[c.article][c.paragraph]
        before = text[: c.start]
        if (
            not c.text.lower().startswith("the ") and not before.endswith(("the ", "The "))
        ) or _TRADE_AFTER.match(text, c.end):
            bare.add(c.name)
    out = []
    for name in sorted(names - bare):
        words = name.split()
        verdict = verdicts.get(name)
        if (
            len(words) == 2
            and words[1].lower() in _RULERS
            and verdict is not None
            and verdict.name == name
            and not verdict.curated_key
            and not title_only(words[0])
            and not state_name(words[0])
            and not demonym_state(words[0])
        ):
            out.append(name)
    return out


def _jargon_reads(
    candidates: Sequence[Candidate], articles: Sequence[Article], steps: Steps
) -> list[tuple[int, str] | None]:
    """``_jargon_read`` of every candidate, in order (None where its article is not among
    ``articles``): a function of its own article's text, kept per article by ``steps`` (as
    the bits, one character each, and the kinds), so that a rebuild after one edit reads
    again only the edited article's words around its names."""
    out: list[tuple[int, str] | None] = [None] * len(candidates)
    for _article, indexes, (bits, kinds) in _each_article(
        PerArticle(steps, "jargon"),
        candidates,
        lambda _article, texts, here: _jargon_reads_in(texts, here),
        _jargon_kept,
        articles,
    ):
        for i, flags, kind in zip(indexes, bits, kinds, strict=True):
            out[i] = (ord(flags) - 64, kind)
    return out


def _jargon_reads_in(texts: tuple[str, ...], here: list[Candidate]) -> tuple[str, tuple[str, ...]]:
    """``_jargon_reads`` in one article: each candidate's bits as one character, and kinds."""
    reads = [_jargon_read(c, texts) for c in here]
    return "".join(chr(64 + flags) for flags, _ in reads), tuple(kind for _, kind in reads)


def _jargon_kept(value: object) -> bool:
    """A kept value of ``_jargon_reads_in``'s form."""
    return (
        isinstance(value, tuple)
        and len(value) == 2
        and type(value[0]) is str
        and isinstance(value[1], tuple)
        and len(value[0]) == len(value[1])
        and all(64 <= ord(b) < 128 for b in value[0])
        and all(type(k) is str for k in value[1])
    )


def _jargon(
    candidates: list[Candidate],
    verdicts: Mapping[str, Verdict],
    definitions: Mapping[str, str],
    paragraphs: Mapping[str, tuple[str, ...]],
    lowercase: frozenset[str],
    heard: Sequence[tuple[int, str] | None] | None = None,
) -> dict[str, str]:
    """Technology, product and jargon words read as an organisation's name in a technical
    article ("Big Data", "End of Life", "HPC", "STIG", "IBM Power"): no mention in the
    briefing has the name act (no verb it is the subject of, no possessive, no 'by' or
    'said' before it, no noun of a body's people, words or fleet after it: "NATO members",
    "a UN helicopter"), and the words say what it is instead: a kind of thing ("an ETA", "a
    free Enterprise Linux"), an acronym of three letters or more the text never spells out
    that only modifies nouns, never after "the" ("HPC centres", "a STIG profile"), words all
    common nouns the articles write in lower case, no body's and never after "the" ("Big
    Data", "End of Life"; not "the Red Cross"), or a company's name then such a word ("IBM
    Power", its product). An organisation acts somewhere in its article."""
    by_name: dict[str, list[Candidate]] = defaultdict(list)
    at: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(candidates):
        by_name[c.name].append(c)
        at[c.name].append(i)
    actors = {n for n, v in verdicts.items() if v.name == n and v.type == "organisation"}
    spelt: dict[str, list[str]] = defaultdict(list)  # long form -> the acronyms it spells
    for acronym, long in definitions.items():
        spelt[long].append(acronym)
    # "WADA" where its article also names the "World Anti-Doping Agency" (actors97): an
    # acronym an organisation's name there spells is that body's, whatever nouns it modifies
    spelt_here = {
        (c.article, initials(c.name)) for c in candidates if " " in c.name and c.name in actors
    }
    out: dict[str, str] = {}
    for name, found in sorted(by_name.items()):
        verdict = verdicts.get(name)
        if (
            not verdict
            or verdict.name != name
            or verdict.curated_key
            or verdict.type not in ("organisation", "person")
            or name in definitions
            or state_name(name)
            or any(name in group for group in WELL_KNOWN)
            or (is_acronym(name) and any((c.article, name) in spelt_here for c in found))
        ):
            continue
        if any(_acronym_acts(c, paragraphs) for a in spelt.get(name, ()) for c in by_name[a]):
            continue  # "Reporters Without Borders (RWB)" ... "According to RWB": a body's
        thing, modifier, the, used = "", True, False, False
        for i, c in zip(at[name], found, strict=True):
            read = heard[i] if heard is not None else None
            flags, kind = read if read is not None else _jargon_read(c, paragraphs[c.article])
            if flags & _ACTS:
                break  # "Marine Traffic's database", "said NATO"
            if flags & _BODY_AFTER:
                break  # "NATO members", "a CNN video", "a UN helicopter": a body's own
            modifies = bool(flags & _MODIFIES)
            used = used or bool(flags & _USED)
            modifier = modifier and (modifies or bool(flags & (_KIND_BEFORE | _USED)))
            if not thing and not modifies and flags & _KIND_BEFORE:
                thing = kind
            the = the or bool(flags & _THE and not flags & _USED)
        else:
            words = [w for w in name.split() if w.lower() not in CONNECTORS]
            common = [w.lower() in lowercase and not body_word(w) for w in words]
            head, _, last = name.rpartition(" ")
            if thing and (verdict.type == "organisation" or any(common)):
                # "a free |Enterprise Linux|": no person's name either, with a common word
                out[name] = NotActor.KIND_OF_THING.why(thing=thing, name=name)
            elif (
                is_acronym(name)
                and len(name) >= 3  # "UN", "EU": a body's, whatever follows
                and modifier
                and not the
                and verdict.type == "organisation"
            ):
                # every mention "HPC centres", "a STIG profile", "migrate to RHEL"; not
                # "talking to NBC"
                why = NotActor.ACRONYM_USED if used else NotActor.MODIFYING_ACRONYM
                out[name] = why.why(name=name)
            elif (
                len(words) >= 2
                and all(common)
                and not the  # "the Centers for Disease Control", "the Red Cross": a body's
                and (verdict.type == "organisation" or _NOUN_ENDING.search(name))
            ):
                # A person's name may be common words ("Bill Gates"), not "Cloud Computing".
                out[name] = NotActor.COMMON_NOUNS.why()
            elif head in actors and common[-1]:
                out[name] = NotActor.PRODUCT_OF.why(head=head, last=last)
    return out
