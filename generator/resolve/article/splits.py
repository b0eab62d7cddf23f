"""Spans that join two names or a name and a word: split them, or join a list's parts.

``_split_glued_pairs`` and ``_comma_listed`` ("Gazprom and Rosneft", "Walt Disney, Touchstone"
read as one name), ``_join_coordinated_departments``, ``_extend_national_bodies``,
``_nationality_adjectives``, ``_split_participles`` and ``_split_possessives`` (a name and what
it owns), and ``_complete_well_known`` (a well-known group's name written in part)."""

from __future__ import annotations

import re
from collections import defaultdict

from ...gazetteer import place_kind, state_name
from ...model import Span
from ..decide import demonym_state, is_demonym
from ..names import clean_name, is_acronym, strip_titles, without_the
from ..vocab import COORDINATED_DEPARTMENTS, HYPHEN_PARTICIPLES, WELL_KNOWN_GROUPS
from .people import DOMAINS
from .records import _at_end
from .words import BODY_ENDS, ORG_HEADS, ORG_WORDS, person_like

_NAME_VERB = (
    r"(?:said|says|has|have|had|is|was|were|are|will|would|can|could|may|might|must|should"
    r"|did|does|told|[a-z]{3,}(?<!e)ed)\b"
)  # a past tense, not a noun in "-ed" ("red", "shed", "breed")
_ADJECTIVE_USE = re.compile(rf"^ (?!{_NAME_VERB})[a-z]")
"""A lowercase word after a nationality's adjective: the adjective before its noun ("|Welsh|
patients"), not a name acting ("Swiss said", "Swiss cut fares": an airline's short name; a
past tense in "-ed" is a verb, the nouns after a nationality are not)."""
_NAME_USE = re.compile(rf"^ {_NAME_VERB}")
_PREDICATE_BEFORE = re.compile(r"\b(?:is|was|are|were|be|been|being)\s+$")


def _nationality_adjectives(
    spans: list[tuple[int, Span]], paragraphs: tuple[str, ...]
) -> list[tuple[int, Span]]:
    """'|Welsh| patients', 'whose father was |Welsh|': a nationality's adjective alone, which
    the NER read as an organisation or a person, is a nationality where it is used as an
    adjective (before a lowercase noun, or after "was"), so it names no page of its own.
    Found auditing BBC politics news (actors36: four articles with a page "Welsh"); a name
    that goes on ("Welsh Liberal") is another span and kept."""
    # A word the article also uses as a name acting ("Swiss said", "English told") is that
    # name everywhere in it: the airline "Swiss" or a Mr "English" also "cut" or "flew".
    acting = {span.text for p, span in spans if _NAME_USE.match(paragraphs[p][span.end :])}
    out: list[tuple[int, Span]] = []
    for p, span in spans:
        if (
            span.entity is None
            and span.label in ("ORG", "PERSON")
            and " " not in span.text
            and span.text not in acting
            and is_demonym(span.text)
            and (
                _ADJECTIVE_USE.match(paragraphs[p][span.end :])
                or _PREDICATE_BEFORE.search(paragraphs[p][: span.start])
            )
        ):
            span = Span(span.text, "NORP", span.start, span.end, None)
        out.append((p, span))
    return out


_NAME_RUN = r"(?:[Tt]he )?[A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*){0,3}"
_GLUED_PAIR = re.compile(rf"({_NAME_RUN})(, | and )({_NAME_RUN})")
"""Two names glued into one span by "and" or a comma ("Gazprom and Rosneft")."""
_TOWN_BEFORE = re.compile(r"\b(?:in|at|from|near|outside|of)\s+$")
"""A preposition of place before "Town, State": one place written with its state, no pair."""
_LIST_BEFORE = re.compile(r"[A-Z][\w'’.&-]*, $")
_LIST_AFTER = re.compile(r"^(?:, | and | or )[A-Z]")
"""A list's comma or conjunction before or after a span, with a name on its other side
("Sony Pictures, |Walt Disney, Touchstone|, Miramax", "companies |Dell, Samsung| and
Matsushita")."""
_COMMA_SUFFIXES = frozenset(
    "Inc Inc. Ltd Ltd. LLC LLP plc PLC Co Co. Corp Corp. SA S.A. AG NV N.V. Jr Jr. Sr Sr.".split()
)
"""Words a name itself writes after a comma ("Apple, Inc.", "Martin Luther King, Jr."): no
second name."""


def _comma_listed(paragraph: str, start: int, end: int, right: str) -> bool:
    """'Sony Pictures, |Walt Disney, Touchstone|, Miramax', 'like Commodore, |Atari,
    Spectrum|,', 'such as |Eastenders, Casualty|, Top Gear': two names glued by a comma inside
    a list of names (a name and a comma before, or a comma, "and" or "or" and a name after),
    each its own item, whether or not either is written alone. Found auditing BBC technology
    news (actors52: three glued pages in two tune articles, one in a check article). Not a
    town and its state ("born in Carvel, Ostland, in 1951": no name after the comma) nor a
    suffix of one name ("Apple, Inc. and Google")."""
    return right not in _COMMA_SUFFIXES and bool(
        _LIST_BEFORE.search(paragraph, max(0, start - 40), start)
        or _LIST_AFTER.match(paragraph[end : end + 6])
    )


def _is_place(text: str) -> bool:
    """A state or a place the gazetteer knows by this whole name ("Trinidad and Tobago")."""
    return state_name(text) is not None or place_kind(text) is not None


_COORDINATED_DEPARTMENT = re.compile(
    r"(?<![\w'’-])(?:(?:[Tt]he) )?("
    + "|".join(re.escape(n) for n in sorted(COORDINATED_DEPARTMENTS, key=len, reverse=True))
    + r")(?![\w-]|['’](?![sS]\b))"
)  # "the Department for Culture, Media and Sport's budget" is the department's


def _join_coordinated_departments(
    spans: list[tuple[int, Span]], paragraphs: tuple[str, ...]
) -> list[tuple[int, Span]]:
    """'|Department for Education| and |Skills|': a government department whose full name
    (``COORDINATED_DEPARTMENTS``) the NER cut at its "and" or comma is one span over the whole
    name, so neither a page for the first piece nor one for "Skills" is made. Only the NER's
    own guesses inside the name are joined (a curated span, or one running out of the name,
    stays as it is)."""
    found: dict[int, list[re.Match[str]]] = {}
    for p, paragraph in enumerate(paragraphs):
        if any(head in paragraph for head in ("Department", "Ministry", "Office")) and (
            hits := list(_COORDINATED_DEPARTMENT.finditer(paragraph))
        ):
            found[p] = hits
    if not found:
        return spans
    out: list[tuple[int, Span]] = []
    joined: set[tuple[int, int]] = set()
    for p, span in spans:
        hit = next(
            (m for m in found.get(p, ()) if m.start() <= span.start and span.end <= m.end()),
            None,
        )
        if hit is None:
            out.append((p, span))
            continue
        inside = [s for q, s in spans if q == p and hit.start() <= s.start and s.end <= hit.end()]
        touching = [s for q, s in spans if q == p and s.start < hit.end() and hit.start() < s.end]
        if len(touching) != len(inside) or any(s.entity is not None for s in inside):
            out.append((p, span))
        elif (p, hit.start()) not in joined:
            joined.add((p, hit.start()))
            start = min(s.start for s in inside)
            start = start if start < hit.start(1) else hit.start(1)
            text = paragraphs[p][start : hit.end()]
            out.append((p, Span(text, "ORG", start, hit.end(), None)))
    return out


def _split_glued_pairs(
    spans: list[tuple[int, Span]], paragraphs: tuple[str, ...]
) -> list[tuple[int, Span]]:
    """'|Gazprom and Rosneft|', '|Oakfield, Brandt|': two names the NER read as one, where
    the article writes one of them alone as a name elsewhere (of any label, "Gazprom" read as a
    place's; not next to "and", a piece of a longer name cut by the NER): each is its own
    span (the one named alone with that label), so neither the glued page nor a page named
    for both is made. A name that is one body's ("Oslo Fire and Rescue", "Johnson and
    Johnson") has no half written alone as a name, or halves alike. Found auditing BBC news
    (actors36: five articles). One body named for two ("Procter and Gamble" and its short
    "Procter"; fix63) is written whole more than once with only one half alone, two bodies
    once each (actors36's five) or with both halves alone; a state's or place's whole name
    in the gazetteer ("Bosnia and Herzegovina", "Bosnia" alone) is one place, and a
    department's listed name (``COORDINATED_DEPARTMENTS``, joined just before) one body.
    Two names glued by a comma inside a list are split whether or not either is written
    alone (``_comma_listed``, actors52)."""
    alone: dict[str, str] = {}
    whole: dict[str, int] = defaultdict(int)  # a glued span's text: how often it is written
    for p, span in spans:
        if _GLUED_PAIR.fullmatch(span.text):
            whole[span.text] += 1
        if not (
            _GLUED_PAIR.fullmatch(span.text)
            or paragraphs[p][: span.start].endswith((" and ", " & "))
            or paragraphs[p][span.end :].startswith((" and ", " & "))
        ):  # alone, not a piece cut from a longer name ("Fire and |Rescue|"); of any label
            alone.setdefault(without_the(span.text), span.label)
    out: list[tuple[int, Span]] = []
    for p, span in spans:
        pair = (
            _GLUED_PAIR.fullmatch(span.text)
            if span.entity is None and span.label in ("ORG", "PERSON")
            else None
        )
        if pair is None:
            out.append((p, span))
            continue
        left, right = pair.group(1), pair.group(3)
        bare = [without_the(n) for n in (left, right)]
        if (
            bare[0] == bare[1]
            or not (
                bare[0] in alone
                or bare[1] in alone
                or (
                    pair.group(2) == ", "
                    and _comma_listed(paragraphs[p], span.start, span.end, right)
                )
            )
            or (whole[span.text] > 1 and not (bare[0] in alone and bare[1] in alone))
            or _is_place(without_the(span.text))
            or without_the(span.text) in COORDINATED_DEPARTMENTS
            or (pair.group(2) == ", " and _TOWN_BEFORE.search(paragraphs[p][: span.start]))
        ):
            out.append((p, span))
            continue
        for name, bare_name, at in (
            (left, bare[0], span.start),
            (right, bare[1], span.end - len(right)),
        ):
            label = alone.get(bare_name, span.label)
            out.append((p, Span(name, label, at, at + len(name), None)))
    return out


_HEAD_OF = re.compile(
    r"\b(?:[Pp]resident|[Cc]hairman|[Cc]hairwoman|[Cc]hair|[Cc]hief [Ee]xecutive|CEO|[Hh]ead"
    r"|[Ll]eader|[Dd]irector|[Dd]irector[- ][Gg]eneral|[Mm]anaging [Dd]irector|[Gg]overnor"
    r"|[Bb]oss|[Cc]hief|[Ss]ecretary[- ][Gg]eneral|[Cc]ommander) of (?:the )?$"
)
"""An office that heads a body, and its "of", just before a name: "the President of
|Petrobras José Eduardo Dutra|" (not the broader ``TITLE_WORDS``: "the father of |Robert F.
Kennedy Jr.|", "the government of |Recep Tayyip Erdogan|" name no body before a holder)."""


def _split_office_holders(
    spans: list[tuple[int, Span]], paragraphs: tuple[str, ...]
) -> list[tuple[int, Span]]:
    """'the President of |Petrobras José Eduardo Dutra|', 'the chief executive of |Gazprom
    Alexei Miller| said': after an office's "of", a one-word body and then its holder's name
    with no comma between, read by the NER as one person's or body's name. The body is its
    own span, the holder's two or three words a person's, so neither the glued page nor a
    lost holder is made. Not before "'s" (the holder's office: "head of |Maria Elena Gomez|'s
    office"), nor where the words after the first are a body's or an office's domain ("head
    of |Amnesty International Agnes Callamard|", "President of |Imperial College London|");
    a place or a domain before the holder ("Mayor of |Koszalin Piotr Jedlinski|", "Minister
    of |Tourism Najib Balala|") is ``people._after_place``'s.
    Found in a reader's briefing (blind42's appointments) and a probe of the shape in
    business news; the other one-word firms the NER glues are ``glued._lone_firms``'."""
    out: list[tuple[int, Span]] = []
    for p, span in spans:
        words = span.text.split()
        tail = words[1:]
        if (
            span.entity is None
            and span.label in ("ORG", "PERSON")
            and 3 <= len(words) <= 4
            and _at_end(_HEAD_OF, paragraphs[p][: span.start], 4)
            and not paragraphs[p][span.end :].startswith(("'s", "’s", "'", "’"))
            and words[0][:1].isupper()
            and not (is_demonym(words[0]) or state_name(words[0]) or place_kind(words[0]))
            and words[0].lower() not in DOMAINS
            and person_like(tail)
            and not any(w.lower() in BODY_ENDS | DOMAINS for w in tail)
        ):
            body = words[0]
            at = span.start + len(body) + 1
            out.append((p, Span(body, "ORG", span.start, span.start + len(body), None)))
            out.append((p, Span(span.text[len(body) + 1 :], "PERSON", at, span.end, None)))
            continue
        out.append((p, span))
    return out


_HYPHENED_PAIR = re.compile(
    r"(?:(?:[Tt]he|[Aa]n?) )?([A-Z][\w'’.]*(?: [A-Z][\w'’.]*){0,2})"
    r"-([A-Z][\w'’.]*(?: [A-Z][\w'’.]*){0,2})"
)
"""Two capitalised names joined by one hyphen, an article before them or none."""


def _split_hyphened_pairs(
    spans: list[tuple[int, Span]], paragraphs: tuple[str, ...]
) -> list[tuple[int, Span]]:
    """'a |Labour-New Zealand| First coalition', 'the |Japan-South Korea| relationship': two
    names joined by a hyphen into a modifier, which the NER read as one name. Where one half
    is a state's name and the other a state's or one the article's NER reads alone (or as a
    longer name's first word, "the Labour Party"), each
    half is its own span (a state's labelled as a place); the pair is no actor. A state or
    region the gazetteer knows by the whole ("Guinea-Bissau", "Baden-Württemberg") is one
    place, and a company named for a state and a word never read alone ("Georgia-Pacific")
    one name (actors97)."""
    alone: dict[str, str] = {}
    for _p, span in spans:
        if "-" not in span.text:
            alone.setdefault(without_the(span.text), span.label)
    # "Labour" of "Labour-New Zealand", where the article reads "the Labour Party's"
    opening = {name.split()[0] for name in alone if " " in name}
    out: list[tuple[int, Span]] = []
    for p, span in spans:
        pair = (
            _HYPHENED_PAIR.fullmatch(span.text)
            if span.entity is None and span.label in ("ORG", "GPE", "NORP")
            else None
        )
        halves = (pair.group(1), pair.group(2)) if pair else ()
        whole = "-".join(halves)
        if not (
            pair
            and any(state_name(h) for h in halves)
            and all(state_name(h) or h in alone or h in opening for h in halves)
            and not state_name(whole)
            and not place_kind(whole)
        ):
            out.append((p, span))
            continue
        for i, half in enumerate(halves):
            at = span.start + pair.start(i + 1)
            label = "GPE" if state_name(half) else alone.get(half, "ORG")
            out.append((p, Span(half, label, at, at + len(half), None)))
    return out


_NATIONAL_BODY_AFTER = re.compile(r"^ (Executive|Parliament|Assembly)\b(?! [A-Z])")
"""A legislature's or an executive's head noun, capitalised, right after a nation's adjective
("the |Scottish| Executive"), and no longer name going on after it."""


def _extend_national_bodies(
    spans: list[tuple[int, Span]], paragraphs: tuple[str, ...]
) -> list[tuple[int, Span]]:
    """'the |Scottish| Executive': a nation's adjective the NER read as a nationality, and the
    capitalised executive or legislature after it left out; the whole is the body's name.
    Found auditing BBC politics news (actors33: three articles, no page for the Scottish
    Executive)."""
    starts = {(p, span.start) for p, span in spans}
    out: list[tuple[int, Span]] = []
    for p, span in spans:
        if (
            span.entity is None
            and span.label == "NORP"
            and " " not in span.text
            and demonym_state(span.text)
            and (head := _NATIONAL_BODY_AFTER.match(paragraphs[p][span.end :]))
            and (p, span.end + 1) not in starts
        ):
            end = span.end + len(head.group(0))
            span = Span(paragraphs[p][span.start : end], "ORG", span.start, end, None)
        out.append((p, span))
    return out


_POSSESSIVE_INSIDE = re.compile(r"['’]s (?=[A-Z])")


_PARTICIPLE_INSIDE = re.compile(rf"(?<=[\w.])-({'|'.join(HYPHEN_PARTICIPLES)})\b\s*")
"""'|European Union-brokered| ceasefire', '|Yemen-based Houthi| movement': a name the NER
glued to the hyphenated participle after it (and to the name after that)."""


def _split_participles(spans: list[tuple[int, Span]]) -> list[tuple[int, Span]]:
    """A name glued to a participle ("|The European Union-brokered| ceasefire", "|The
    African Union-mediated| talks") is the name alone, as the NER reads "NATO-led" ("NATO"):
    so a page is the Union's, not "European Union-brokered", and agreements see the dash after
    it (a broker, no party). Before "-based" it is where a body sits, no mention ("the
    |Yemen-based Houthi| movement": the Houthis alone). A name after the participle is its
    own."""
    out: list[tuple[int, Span]] = []
    for p, span in spans:
        glued = _PARTICIPLE_INSIDE.search(span.text) if span.entity is None else None
        if glued is None or not re.split(r"[\s-]", span.text[: glued.start()])[-1][:1].isupper():
            # "Hit-and-run": no name right before the dash
            out.append((p, span))
            continue
        head = span.text[: glued.start()]
        start = span.start
        if head[:4] in ("The ", "the "):  # the NER's own names start after "the"
            head, start = head[4:], start + 4
        if head[:1].isupper() and glued.group(1) != "based":
            word = head.split()[-1] if len(head.split()) == 1 else ""
            label = "NORP" if is_demonym(word) else span.label
            out.append((p, Span(head, label, start, start + len(head), None)))
        rest = span.text[glued.end() :]
        if rest[:1].isupper():
            at = span.start + glued.end()
            out.append((p, Span(rest, span.label, at, span.end, None)))
    return out


def _split_possessives(spans: list[tuple[int, Span]]) -> list[tuple[int, Span]]:
    """'|Yulia Tymoshenko's Batkivshchyna| party': a person's name, their possessive, then
    another name the NER read as one person's: the person, and the name after (an
    organisation's). Names with a possessive of their own ("People's Liberation Army",
    "Kurdistan Workers' Party") begin with no person's name."""
    out: list[tuple[int, Span]] = []
    people: frozenset[str] | None = None  # read once, at the first possessive in an ORG span
    for p, span in spans:
        cut = _POSSESSIVE_INSIDE.search(span.text) if span.label == "PERSON" else None
        head = strip_titles(clean_name(span.text[: cut.start()])) if cut else ""
        if cut and span.entity is None and person_like(head.split()):
            end = span.start + cut.end() - 1
            out.append((p, Span(span.text[: cut.end() - 1], "PERSON", span.start, end, None)))
            rest = span.text[cut.end() :]
            out.append((p, Span(rest, "ORG", span.start + cut.end(), span.end, None)))
            continue
        owned = _POSSESSIVE_INSIDE.search(span.text) if span.label == "ORG" else None
        owner = None
        if owned and span.entity is None:
            if is_acronym(span.text.split()[0]) and len(span.text[owned.end() :].split()) >= 2:
                # "|CU Boulder's Cooperative Institute for Research| …", "|NATO's Allied
                # Command|": an owner named by its acronym, then its body's own name.
                owner = "ORG"
            else:
                people = _people_words(spans) if people is None else people
                if _owned_by_person(span.text, owned, people):
                    # "|Zungu's Movement for Civic Change|": a leader's possessive glued to the
                    # party's name, the leader named as a person elsewhere in the article.
                    owner = "PERSON"
        if owned and owner:
            end = span.start + owned.start()
            out.append((p, Span(span.text[: owned.start()], owner, span.start, end, None)))
            at = span.start + owned.end()
            out.append((p, Span(span.text[owned.end() :], "ORG", at, span.end, None)))
            continue
        second = _THE_INSIDE.search(span.text) if span.label in ("ORG", "PERSON") else None
        if second and span.entity is None:
            # "leaving |Blues Incorporated for The Rolling Stones|": two names.
            left = span.text[: second.start()]
            out.append((p, Span(left, span.label, span.start, span.start + len(left), None)))
            at = span.start + second.end() - 4
            out.append((p, Span(span.text[second.end() - 4 :], "ORG", at, span.end, None)))
            continue
        out.append((p, span))
    return out


def _people_words(spans: list[tuple[int, Span]]) -> frozenset[str]:
    """The words of the article's spans read as people's names, but for their possessives."""
    return frozenset(
        word
        for _, span in spans
        if span.label == "PERSON"
        for word in _POSSESSIVE_END.sub("", span.text).split()
    )


_POSSESSIVE_END = re.compile(r"['’]s?$")
_BODY_WORDS = ORG_HEADS | ORG_WORDS
"""A body's nouns and words, joined once, not for every word after a possessive."""


def _owned_by_person(text: str, owned: re.Match[str], people: frozenset[str]) -> bool:
    """'Zungu's Movement for Civic Change': one or two capitalised words the article also
    writes as a person's name, their possessive, then a body's name of two words or more with
    a body's noun; not a name with a possessive of its own ("People's Liberation Army")."""
    owner = text[: owned.start()].split()
    rest = text[owned.end() :].split()
    return (
        1 <= len(owner) <= 2
        and all(w[:1].isupper() and w in people for w in owner)
        and len(rest) >= 2
        and any(w.lower() in _BODY_WORDS for w in rest)
    )


_THE_INSIDE = re.compile(r" (?:for|to|from|with|against|over|than) The (?=[A-Z])")
"""A capitalised 'The' after a preposition inside a span: a second name begins there ("left
Blues Incorporated for The Rolling Stones"); names write their own inner 'the' in lower case
("Islamic State of Iraq and the Levant")."""


_GROUPS_LONGEST_FIRST = tuple(sorted(WELL_KNOWN_GROUPS, key=len, reverse=True))
"""Sorted once, not for every span of every article."""


def _complete_well_known(
    spans: list[tuple[int, Span]], paragraphs: tuple[str, ...]
) -> list[tuple[int, Span]]:
    """'Hayat |Tahrir al-Sham|': the end of a well-known group's name, whose first words the
    NER left out, is the whole name (an organisation's, whatever label the NER gave)."""
    out: list[tuple[int, Span]] = []
    for p, span in spans:
        if span.entity is None:
            for name in _GROUPS_LONGEST_FIRST:
                if not name.endswith(" " + span.text):
                    continue  # most spans end no group's name: no slicing of the paragraph
                head = name[: len(name) - len(span.text)]
                before = paragraphs[p][: span.start]
                if (
                    len(head) > 1
                    and before.endswith(head)
                    and not before[: len(before) - len(head)][-1:].isalnum()
                ):
                    start = span.start - len(head)
                    span = Span(paragraphs[p][start : span.end], "ORG", start, span.end, None)
                    break
        out.append((p, span))
    return out
