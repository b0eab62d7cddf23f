"""Names the NER glued to words that are not theirs: an acronym, a state or a nationality
before a name the articles use ("NPR Hamza bin Laden"), a place after a person's name, a
direction before a place, a lower-case word or a sentence's opening word capitalised before a
name ("Bookmaker Ladbrokes said"). Each is cut back to the name, or kept whole where the words
are the name's ("JP Morgan", "BBC Radio Wales").
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import replace

from ..gazetteer import place_kind, state_name
from ..steps import PerArticle, Steps
from ..titles import TITLE_WORDS
from .article import BODY_ENDS, UNIT_WORDS, Candidate, person_like
from .article.words import ORG_HEADS
from .bodies import body_key
from .decide import demonym_state
from .names import (
    BROADCAST_WORDS,
    LONE_HEADS,
    OFFICE_NOUNS,
    OUTLET_HEADS,
    SHIP,
    is_acronym,
    is_common_word,
)
from .sweeps import _each_article
from .vocab import MISSION_SENDERS, OPENING_DESCRIPTORS, SURNAME_HONORIFICS


def _unglue(
    candidates: list[Candidate],
    curated: dict[str, str],
    lowercase: frozenset[str],
    steps: Steps | None = None,
) -> list[Candidate]:
    """'NPR Hamza bin Laden', 'Afghan Taliban': when the end of a name is itself a name the
    articles use, and its beginning an acronym, a state, a nationality or another name, the
    NER glued two things together; the candidate is the name at the end. A common word at
    the end is no name of its own: "Tunisian Parliament" is one body, not "Parliament"; nor
    is a region's body cut: "Maryland Democratic Party" is the state's own party. Each
    article's candidates are cut by the names of all (``_unglue_in``), kept by ``steps``
    while those names are the same."""
    known = frozenset({c.name for c in candidates} | set(curated))
    prefixes = frozenset({n for n in known if " " in n} | set(curated))  # no lone first name
    orgs = frozenset({c.name for c in candidates if c.label == "ORG" and c.name in prefixes})
    firms = _lone_firms(candidates, lowercase)
    made: list[list[Candidate] | bool] = [True] * len(candidates)
    for _article, indexes, cuts in _each_article(
        PerArticle(steps or Steps(None), "unglue", known, prefixes, orgs, lowercase, firms),
        candidates,
        lambda _article, _texts, here: _unglue_in(here, known, prefixes, orgs, lowercase, firms),
        _unglued,
    ):
        for i, cut in zip(indexes, cuts, strict=True):
            made[i] = cut
    out: list[Candidate] = []
    for c, cut in zip(candidates, made, strict=True):
        if cut is True:
            out.append(c)
        elif isinstance(cut, list):
            out += cut
    return out


def _unglued(value: object) -> bool:
    """A kept value of ``_unglue_in``'s form."""
    return isinstance(value, list) and all(
        v is True or (isinstance(v, list) and all(type(c) is Candidate for c in v)) for v in value
    )


def _unglue_in(
    here: list[Candidate],
    known: frozenset[str],
    prefixes: frozenset[str],
    orgs: frozenset[str],
    lowercase: frozenset[str],
    firms: frozenset[str] = frozenset(),
) -> list[list[Candidate] | bool]:
    """``_unglue`` for one article's candidates: each one's (True where it is left as it
    was, as one word kept) or the candidates it is cut into."""
    made: list[list[Candidate]] = []
    for c in here:
        out: list[Candidate] = []
        made.append(out)
        tokens = c.name.split()
        kept = True
        if c.label == "ORG" and tokens[-1].lower() in UNIT_WORDS:
            # "IRGC-Quds Force", "Islamic Revolutionary Guard Corps' Quds Force": a parent
            # joined to its unit by a hyphen or its possessive is cut off as if by a space;
            # not a group named for two companies ("Air France-KLM" is no unit of KLM).
            tokens = _JOINED_UNIT.sub(" ", c.name).split()
        if SHIP.match(c.name):
            out.append(c)  # "MV Namse Bangdzod": a ship's name, prefix and all
            continue
        if state_name(c.name) or place_kind(c.name):
            # "American Samoa", "South Australia", "Northern Ireland": a state or region of
            # its own, not "Samoa" after an adjective.
            out.append(c)
            continue
        if (
            c.label == "PERSON"
            and (at := _place_after_person(tokens, known))
            and c.text.startswith(head := " ".join(tokens[:at]))
        ):
            # "police chief |Hidayat Rote Island| said": the person, then a place the
            # briefing names alone ("Rote Island"); the person stays, the place goes.
            out.append(replace(c, end=c.start + len(head), text=head, name=head))
            continue
        for cut in range(1, len(tokens)):
            head, tail = " ".join(tokens[:cut]), " ".join(tokens[cut:])
            if c.label == "PERSON" and len(tokens) - cut < 2:
                break  # "Jamal Khashoggi" is one name, however often "Khashoggi" appears
            if (
                (
                    head in orgs
                    or _names_body(tokens[:cut])
                    or (cut == 1 and c.label == "PERSON" and head in firms)
                )
                and c.label in ("ORG", "PERSON")
                and person_like(tokens[cut:])
                and not is_common_word(tokens[-1], lowercase)  # "Research Fellow"
                and tokens[-1].lower() not in UNIT_WORDS  # "... Corps Quds Force": a unit
            ):
                # "Amnesty International Man-kei Tam": an organisation, then its speaker;
                # both are named. So is a one-word firm before its chief's name in a list of
                # appointments ("state companies: |Petrobras José Eduardo Dutra|", actors95).
                # An office after the body names no one ("Royal Society University |Research
                # Fellow|"): the body is kept, the office goes (actors105).
                office = tokens[-1].lower() in OFFICE_NOUNS
                at = c.text.find(head)
                if office and at < 0:
                    break  # the body not written as named ("Royal  Society …"): the span
                    # stays one body's, and the office no person's name
                if at >= 0:
                    tail_at = c.text.find(tail, at + len(head))
                    out.append(
                        replace(
                            c,
                            end=c.start + at + len(head),
                            text=head,
                            name=head,
                            label="ORG",
                        )
                    )
                    c = replace(c, start=c.start + tail_at, text=tail)
                if office:
                    kept = False
                    break
                c = replace(c, name=tail, label="PERSON")
                break
            if (
                tail in known
                and not is_common_word(tail, lowercase)
                and not _state_body(c.label, head, tail)
                # "Northern Syria" is a region of its own; "Southern African Development
                # Community", "Northern Alliance" are names a direction word opens.
                and not (head in COMPASS_WORDS and not _region_of(tail, c.label))
                and not _initials_of_the_name(head, tail, c.label, known)
                and not _outlet_channel(tokens[:cut], tokens[cut:], c.label)
                and not _paper_of_place(tokens[:cut], tokens[cut:])
                and (
                    is_acronym(head)
                    or state_name(head)
                    or (place_kind(head) == "a region" and not _names_body(tokens[cut:]))
                    or demonym_state(head)
                    or head in prefixes
                    or _parent_and_unit(tokens[:cut], tokens[cut:], c.label)
                )
            ):
                # "a vote in the |US House of Representatives|": the state cut off is still
                # the one whose body it is.
                state = state_name(head) or demonym_state(head) or ""
                c = replace(c, name=tail, of_state=c.of_state or state)
                break
        if kept:
            out.append(c)
    return [
        True if len(cut) == 1 and cut[0] is c else cut for c, cut in zip(here, made, strict=True)
    ]


def _lone_firms(candidates: list[Candidate], lowercase: frozenset[str]) -> frozenset[str]:
    """One-word names the NER reads alone as an organisation's ("Petrobras said") that begin
    no two different people's names and are no common word: before a person's name of two
    words or more ("|Petrobras José Eduardo Dutra|"), the firm the NER glued to its chief. A
    given name read once as a body ("Kim" of "Kim Jong Un" and "Kim Yo Jong") is no firm."""
    rests: defaultdict[str, set[str]] = defaultdict(set)
    for c in candidates:
        if c.label == "PERSON" and " " in c.name:
            first, rest = c.name.split(" ", 1)
            rests[first].add(rest)
    return frozenset(
        c.name
        for c in candidates
        if c.label == "ORG"
        and " " not in c.name
        and c.name[:1].isupper()
        and len(rests.get(c.name, ())) < 2
        and not is_common_word(c.name, lowercase)
    )


_PLACE_ENDS = frozenset("island islands district province county region".split())
"""Last words of a place's name that a person's never ends with."""


def _place_after_person(tokens: list[str], known: frozenset[str]) -> int | None:
    """Where a place glued after a person's name begins ("Hidayat |Rote Island|"): a name of
    two words or more ending in a place's word (``_PLACE_ENDS``) that the briefing also
    writes alone, after capitalised words that name no state or place; None if none."""
    if len(tokens) < 3 or tokens[-1].lower() not in _PLACE_ENDS:
        return None
    for cut in range(1, len(tokens) - 1):
        head = tokens[:cut]
        if " ".join(tokens[cut:]) in known and all(
            w[:1].isupper() and not state_name(w) and not place_kind(w) for w in head
        ):
            return cut
    return None


_JOINED_UNIT = re.compile(r"(?<=[A-Za-z])-(?=[A-Z])|(?<=[A-Za-z])(?:['’]s?) (?=[A-Z])")
"""A hyphen or a possessive between two capitalised words of one name."""


_CONTINENT = re.compile(r"(?:(?:North|South|Latin|Central) )?Americas?|Europe|Asia|Africa|Oceania")


def _initials_of_the_name(head: str, tail: str, label: str, known: frozenset[str]) -> bool:
    """'|JP Morgan|', '|MG Rover|', '|AOL Europe|', '|BBC Scotland|', '|CU Boulder|': an
    acronym before one word in an organisation's span is part of its name, not an outlet
    or a body glued before another name: a firm's initials (two letters the briefing never
    writes alone: not "UN", "EU") or a body's branch named for the place it serves (a state,
    a region, a city, a continent). Cut, "Morgan" was a page of its own, "Europe" a place,
    "Philippines" the state (issue 8, review17's queue). Not a state's acronym ("US
    Congress"), nor two or more words after it ("NPR Hamza bin Laden", "UN Security
    Council")."""
    if " " in tail or not is_acronym(head) or state_name(head) or demonym_state(head):
        return False
    if len(head) <= 2 and head not in known and label != "PERSON":
        return True  # the NER reads "at |MG Rover's| Longbridge plant" as a place, too
    return label == "ORG" and _a_place(tail)


_BROADCAST_WORDS = BROADCAST_WORDS
"""The words that name an outlet's channel or service ("BBC |Radio| Wales", "Sky |News|")."""


_CHANNEL_NUMBER = re.compile(r"\d{1,2}|One|Two|Three|Four|Five|Live|International|Arabic")
"""A channel's number or edition after the service's word ("Radio 4", "Radio Five Live")."""


def _outlet_channel(head: list[str], tail: list[str], label: str) -> bool:
    """'|BBC Radio Wales|', '|BBC Radio Scotland|', '|BBC Radio 4|', '|Sky News Australia|':
    an organisation's span that is one outlet's channel, named for the place it serves or by
    its number, is that channel's name, not a service glued before a place ("Wales" read as
    the place) nor an outlet before a channel of its own ("Radio 4" a page apart from the
    BBC): either the head ends in a broadcast word and the tail is a place or a channel's
    number, or the head is one outlet's word (not a state's, "US Radio Free Europe" is still
    cut) and the tail is a broadcast word and a number or place (issue 8, actors66's queue)."""
    if label != "ORG":
        return False
    tail_text = " ".join(tail)
    if head[-1] in _BROADCAST_WORDS:
        return bool(_CHANNEL_NUMBER.fullmatch(tail_text) or _a_place(tail_text))
    rest = " ".join(tail[1:])
    return (
        len(head) == 1
        and not state_name(head[0])
        and not demonym_state(head[0])
        and tail[0] in _BROADCAST_WORDS
        and len(tail) == 2
        and bool(_CHANNEL_NUMBER.fullmatch(rest) or _a_place(rest))
    )


def _paper_of_place(head: list[str], tail: list[str]) -> bool:
    """'|The New York Times|', 'the |Jordan Times|', 'the |Korea Herald|': a newspaper is named
    for the city, region or state it serves, and its last word ("Times", ``OUTLET_HEADS``)
    alone is another paper's short name ("The Times" of London), so the place before it is
    the paper's own, not glued on (pool actors104: "an e-mail to The New York Times" joined
    The Times' page where a second article cited that paper)."""
    place = " ".join(head).removeprefix("The ")
    return (
        len(tail) == 1
        and tail[0].lower() in OUTLET_HEADS
        and bool(state_name(place) or place_kind(place) or demonym_state(place))
    )


def _region_of(tail: str, label: str) -> bool:
    """'Western |Sydney|', 'Southern |Europe|': a direction word before a place, cut off as
    the place's region. Not before a state ("Northern Syria" is a region of its own), nor
    before words no place's ("Southern |African Development Community|"), nor before a
    city's name in an organisation's span ("Northern Alliance", "Western Union")."""
    if state_name(tail):
        return False
    kind = place_kind(tail)
    return bool(_CONTINENT.fullmatch(tail) or (kind and (kind != "a city" or label != "ORG")))


def _a_place(name: str) -> bool:
    """A state, a continent, a city or a region by its name ('Europe', 'Canada', 'Texas')."""
    return bool(_CONTINENT.fullmatch(name) or state_name(name) or place_kind(name))


def _lower_word_glued(
    candidates: list[Candidate],
    paragraphs: Mapping[str, tuple[str, ...]],
    lowercase: frozenset[str],
) -> list[Candidate]:
    """'Remarked Center for Biological Diversity scientist Tierra Curry': a word the articles
    write in lower case (a verb, an adverb), capitalised at a sentence's start, that the NER
    glued to the name after it. Where the name goes on in the text as a longer name the
    briefing uses ("Center" + " for Biological Diversity"), or the rest is itself such a name
    and the word is shaped like a verb or adverb ("Reportedly John Smith"), the candidate is
    that name. A given name the articles also write in lower case ("Mark Hay") stays."""
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    by_first: dict[str, list[str]] = defaultdict(list)
    bodies: Counter[str] = Counter()
    for c in candidates:
        if " " in c.name:
            labels[c.name][c.label] += 1
    for name in sorted(labels, key=len, reverse=True):
        by_first[name.split()[0]].append(name)
    # every candidate's longer name first, then every body the text goes on with counted, then
    # the labels read: a body counted mid-way would label the candidates after it by the
    # order they come in (review49)
    glued: list[tuple[Candidate, int, str, list[str]]] = []
    for c in candidates:
        first, _, tail = c.name.partition(" ")
        if not (
            tail
            and c.label in ("PERSON", "ORG")
            and c.text.startswith(first)
            and first[1:].islower()
            and (first.lower() in lowercase or (len(first) > 5 and first.endswith("ed")))
            and (at := c.text.find(tail, len(first))) > 0
        ):
            glued.append((c, -1, tail, []))
            continue
        start = c.start + at
        text = paragraphs[c.article][c.paragraph]
        ahead = text[start : start + 120]
        longer = [
            n
            for n in by_first[tail.split()[0]]
            if n != c.name
            and len(n) > len(tail)
            and ahead.startswith(n)
            and not ahead[len(n) : len(n) + 1].isalnum()
        ]
        if not longer and (body := _BODY_GOES_ON.match(ahead)) and body.group(1) == tail:
            # "Remarked |Center| for Biological Diversity scientist": the body's name the
            # text goes on to give, though the briefing names it nowhere else alone (actors105)
            longer = [body.group(0)]
            bodies[body.group(0)] += 1
        glued.append((c, at, tail, longer))
    for body_name, count in bodies.items():
        labels[body_name]["ORG"] += count
    out = []
    for c, at, tail, longer in glued:
        first = c.name.partition(" ")[0]
        start = c.start + at
        if at < 0:
            out.append(c)
        elif longer:
            name = longer[0]
            label = max(sorted(labels[name]), key=lambda k: labels[name][k])
            out.append(
                replace(c, start=start, end=start + len(name), text=name, name=name, label=label)
            )
        elif (
            tail in labels
            and first.lower() in lowercase
            and (first.endswith(("ed", "ly")) or _GERUND.fullmatch(first))
            and first.lower() not in TITLE_WORDS  # "Acting Secretary": a title, kept for it
            and " " in tail
        ):
            out.append(replace(c, start=start, text=c.text[at:], name=tail))
        else:
            out.append(c)
    return out


_GERUND = re.compile(r"[A-Z][a-z]{2,}ing")
"""'Saying', 'Adding' opening a sentence; not 'King', 'Ewing' (too short to be a verb's)."""
_BODY_GOES_ON = re.compile(
    rf"({'|'.join(sorted(w.capitalize() for w in ORG_HEADS))})"
    r" (?:for|of|on) (?:the )?[A-Z][\w'’-]+(?: (?:and |of |for )?[A-Z][\w'’-]+)*"
)
"""A body's head noun and the name it goes on with ("Center for Biological Diversity"):
what a verb capitalised at a sentence's start leaves of the name the NER glued it to."""


_SENTENCE_OPENS = re.compile(r"(?:^|[.!?]\s+|[.!?]?[\"“‘]\s*)$")
"""The text before a span that opens a sentence (or a quotation)."""


def _opener_glued(
    candidates: list[Candidate],
    paragraphs: Mapping[str, tuple[str, ...]],
    lowercase: frozenset[str],
) -> list[Candidate]:
    """'Bookmaker Ladbrokes said', 'Analysing Mr Brown's position': a word capitalised only
    because it opens the sentence, a company's trade (``OPENING_DESCRIPTORS``) or a verb's
    -ing form before an honorific or a name the briefing writes alone, that the NER glued to
    the name after it. The name is the rest (the honorific dropped: a person), so the actor
    is not split in two pages. Found auditing BBC news (actors23). Before one word, the -ing
    word must be one the articles write in lower case (a verb): "Channing Tatum", "Irving
    Berlin" open sentences too, a given name before a surname written alone. A name the
    articles also write inside a sentence is whole ("members of the Airline Pilots
    Association"): its first word is its own, not the sentence's (fix42)."""
    written = {c.name for c in candidates}

    def glued(c: Candidate) -> bool:  # the cheap tests first: few names open so
        first = c.name.partition(" ")[0]
        return (
            " " in c.name
            and first[1:].islower()
            and (first.lower() in OPENING_DESCRIPTORS or _GERUND.fullmatch(first) is not None)
        )

    maybe = {c.name for c in candidates if glued(c)}
    opening = [
        c.name in maybe
        and bool(_SENTENCE_OPENS.search(paragraphs[c.article][c.paragraph][: c.start]))
        for c in candidates
    ]
    inside = {
        c.name
        for c, opens in zip(candidates, opening, strict=True)
        if c.name in maybe and not opens
    }
    out = []
    for c, opens in zip(candidates, opening, strict=True):
        first, _, tail = c.name.partition(" ")
        rest = tail.split()
        if not (
            rest
            and opens
            and c.name not in inside
            and c.label in ("PERSON", "ORG")
            and c.text.startswith(first)
            and first[1:].islower()
            and (at := c.text.find(tail, len(first))) > 0
        ):
            out.append(c)
            continue
        honoured = rest[0] in SURNAME_HONORIFICS and len(rest) >= 2
        if first.lower() in OPENING_DESCRIPTORS or (
            _GERUND.fullmatch(first)
            and first.lower() not in TITLE_WORDS  # "Acting Director Smith": a title
            and (honoured or (tail in written and (len(rest) > 1 or first.lower() in lowercase)))
        ):
            name = " ".join(rest[1:]) if honoured else tail
            label = "PERSON" if honoured else c.label
            out.append(replace(c, start=c.start + at, text=c.text[at:], name=name, label=label))
        else:
            out.append(c)
    return out


COMPASS_WORDS = frozenset(
    "North South East West Northern Southern Eastern Western Central Upper Lower New".split()
)
"""Words before a state's name that make a region or another place of it ("Northern Syria",
"New Mexico"): no mention of the state."""


def _parent_and_unit(head: list[str], tail: list[str], label: str) -> bool:
    """'Islamic Revolutionary Guard Corps |Quds Force|': a body's name (two words or more,
    ending like one) before the name of a unit the articles name alone is the unit's parent,
    not part of the unit's name."""
    return (
        label == "ORG" and len(tail) >= 2 and tail[-1].lower() in UNIT_WORDS and _names_body(head)
    )


def _state_body(label: str, head: str, tail: str) -> bool:
    """'United States Department of Justice', 'Canadian Parliament', 'Welsh Assembly': a state
    before one of its bodies is part of the body's name, not a state glued to it
    (``bodies.local_folds`` folds the bare "Department of Justice", "Parliament" or
    "Assembly" of the same article into it)."""
    key = body_key(tail)
    return (
        label == "ORG"
        and ((key is not None and key[0] is None) or tail.lower() in LONE_HEADS | {"assembly"})
        and bool(state_name(head) or demonym_state(head))
    )


def _names_body(tokens: list[str]) -> bool:
    """'Amnesty International', 'Human Rights Watch': two words or more that end like an
    organisation's name, which no person's name does."""
    return len(tokens) >= 2 and tokens[-1].lower() in BODY_ENDS


_AND_NAME = re.compile(r" and ((?:[A-Z][\w’'-]*)(?: [A-Z][\w’'-]*){0,2})")
"""' and Kashmir': the conjunction and the capitalised words after a span, which may end the
place name the span began ("Azad Jammu| and Kashmir|")."""


def _place_cut(
    candidates: list[Candidate], paragraphs: Mapping[str, tuple[str, ...]]
) -> list[Candidate]:
    """'|Azad Jammu| and Kashmir', 'the |Union Territory of Jammu| and Kashmir': the NER cut a
    place whose name joins two words with "and" (ISO's "Azad Jammu and Kashmir", "Jammu and
    Kashmir") before the "and", leaving a fragment it read as a person or a body (actors96,
    issue 8: a held-out block's "Azad Jammu" page). Where the span's last words, "and" and
    the capitalised words after it are a region's or city's name (the gazetteer's, never a
    state's: "Trinidad and Tobago" is no place), the candidate is that place, labelled as one,
    for the place rules to judge; spans inside it are dropped."""
    out: list[Candidate] = []
    spans: list[Candidate] = []
    for c in candidates:
        text = paragraphs.get(c.article, ())
        para = text[c.paragraph] if c.paragraph < len(text) else ""
        if not para.startswith(" and ", c.end) or c.label not in ("PERSON", "ORG", "NORP"):
            out.append(c)
            continue
        after = _AND_NAME.match(para, c.end)
        words = para[c.start : c.end].split()
        found = None
        if after:
            tail = after.group(1).split()
            for i in range(len(words)):
                for j in range(len(tail), 0, -1):
                    name = f"{' '.join(words[i:])} and {' '.join(tail[:j])}"
                    if place_kind(name) and not state_name(name):
                        found = (name, i)
                        break
                if found:
                    break
        if found is None:
            out.append(c)
            continue
        name, i = found
        start = c.start + len(" ".join(words[:i])) + (1 if i else 0)
        end = start + len(name)
        if para[start:end] != name:
            out.append(c)
            continue
        placed = replace(c, start=start, end=end, text=name, name=name, label="GPE")
        out.append(placed)
        spans.append(placed)
    return [
        c
        for c in out
        if not any(
            c is not p
            and c.article == p.article
            and c.paragraph == p.paragraph
            and p.start <= c.start
            and c.end <= p.end
            for p in spans
        )
    ]


def _portfolio_glued(candidates: list[Candidate]) -> list[Candidate]:
    """'Assistant Secretary of |State for African Affairs Jendayi Frazer|': an office's
    portfolio ("… Affairs", the subject of the office, no body's name) glued by the NER to the
    name of the person who holds it, written right after it (actors96, issue 8: a held-out
    block missed "Jendayi Frazer" so). The candidate is the name after "Affairs" when it is two
    to four capitalised words, none a title's, that end as a person's name does: not the
    ministry's own unit ("Ministry of Foreign Affairs |Press Office|", "Veterans Affairs
    |Medical Center|", review42)."""
    out = []
    for c in candidates:
        tokens = c.name.split()
        at = tokens.index("Affairs") if "Affairs" in tokens[1:-2] else -1
        rest = tokens[at + 1 :]
        if (
            at < 1
            or c.label not in ("PERSON", "ORG")
            or not 2 <= len(rest) <= 4
            or not all(t[:1].isupper() and t.lower() not in TITLE_WORDS for t in rest)
            or not person_like(rest[-2:])  # "Foreign Affairs |Press Office|" (review42)
            or (offset := c.text.rfind(" ".join(rest))) < 0
        ):
            out.append(c)
            continue
        name = " ".join(rest)
        start = c.start + offset
        out.append(
            replace(c, start=start, end=start + len(name), text=name, name=name, label="PERSON")
        )
    return out


_MISSION_HEADS = frozenset({"Mission", "Operation", "Office", "Force"})
"""The last word of a peacekeeping or political mission's name before the place it serves
("United Nations Mission in South Sudan", "Hybrid Operation in Darfur", "Integrated Office
in Burundi", "Interim Force in Lebanon")."""

_IN_PLACE = re.compile(r" in ((?:the )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})")
_SENT = re.compile(
    r"(?:[Tt]he )?(?:"
    + "|".join(map(re.escape, sorted(MISSION_SENDERS, key=len, reverse=True)))
    + r")[ -]"
)
"""A name that opens with an international body that sends missions ("UN Stabilization
Mission", "African Union-United Nations Mission"), ``MISSION_SENDERS``."""


def _mission_place(
    candidates: list[Candidate], paragraphs: Mapping[str, tuple[str, ...]]
) -> list[Candidate]:
    """'the |African Union-United Nations Mission| in Darfur (UNAMID)', '|UN Stabilization
    Mission| in Haiti': a mission is named for the place it serves, but the NER ends the name
    before "in" and reads the place alone, leaving a cut name on a page of its own beside the
    acronym's (actors96, issue 8). Where a body's name ends in a mission's word
    (``_MISSION_HEADS``) and "in" and a place the NER read there follow, the name goes on to
    the place's end, and the place's span is dropped: the mission's name holds it. Only a
    name that opens with a body that sends missions (``_SENT``): "the Foreign Office in
    London", "the Russian Air Force in Syria" are a state's body and where it is (review42)."""
    places = {
        (c.article, c.paragraph, c.start): c
        for c in candidates
        if c.label in ("GPE", "LOC") or state_name(c.name) or place_kind(c.name)
    }
    out: list[Candidate] = []
    taken: set[int] = set()
    for c in candidates:
        texts = paragraphs.get(c.article, ())
        para = texts[c.paragraph] if c.paragraph < len(texts) else ""
        tail = (
            _IN_PLACE.match(para, c.end)
            if c.name.rsplit(" ", 1)[-1] in _MISSION_HEADS and _SENT.match(c.name)
            else None
        )
        place = tail and places.get((c.article, c.paragraph, tail.start(1)))
        if c.label != "ORG" or not tail or not place or tail.end(1) < place.end:
            out.append(c)
            continue
        taken.add(id(place))
        name = f"{c.name} in {para[tail.start(1) : place.end]}"
        out.append(replace(c, end=place.end, text=para[c.start : place.end], name=name))
    return [c for c in out if id(c) not in taken]
