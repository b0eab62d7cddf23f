"""Bodies the NER cut short: extend a span to the whole body's name.

``_extend_state_bodies`` and ``_state_governments`` (a state's body, a demonym's government),
``_extend_cut_bodies`` and ``_extend_to_body_head`` (a body's name cut before its head, or at
its "of"), ``_extend_joined_bodies``, ``_join_listed_bodies`` and ``_group_heads`` (a name cut
at its "and", a list of bodies, a group's last word), ``_counted_groups_read`` and
``_bodies_in_words`` (bodies the article names in words, "the Polish parliament"),
``_extend_pronoun_names`` ("His Master's Voice", a name a possessive pronoun opens), and
``_body_for`` (a portfolio that acts, "Veterans Affairs said", is the body named for it)."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from ...gazetteer import place_kind, state_name, us_state_names
from ...model import Article, Span
from ...organisations import listed
from ...organs import NOT_IN_A_WORD, STATE_ORGANS, organ_tail
from ...titles import TITLE_WORDS
from ..decide import demonym_state
from ..names import FOREIGN_PARTICLES, JOINED_COUNT, clean_name, is_acronym, without_the
from ..vocab import CALENDAR_WORDS, CONNECTORS, GOVERNMENT_WORDS
from .records import Candidate, _at_end, _without_inner
from .words import (
    _SENTENCE_OPENERS,
    BODY_HEADS,
    GROUP_HEADS,
    ORG_HEADS,
    ORG_WORDS,
    SPEAKER_NOT_PERSON,
    STATE_BODY_HEADS,
    _a_place,
    _court_seat,
    _name_word,
)

_OFFICE_OF = re.compile(
    r"\b(?:(?:Prime|Chief) Minister|(?:Vice[ -])?President|Governor|Mayor|Chancellor|Premier|"
    r"Attorney[ -]General|Auditor[ -]General|First Minister|Taoiseach|Ombudsman)['’]s Office\b"
)
"""'the Prime Minister's Office': an executive's office, an organisation of its own."""
_PROSECUTOR_OF = re.compile(
    r"\b((?:(?!(?:The|An|Former|Then|Acting|Interim|Ex|Retired|Veteran|Longtime)\b)"
    r"[A-Z][a-z]+ ){0,1}(?!(?:The|An|Former|Then|Acting|Interim|Ex|Retired|Veteran|Longtime)\b)"
    r"[A-Z][a-z]+)(['’]s)? (?:([Dd]istrict|[Cc]ounty|[Ss]tate['’]s|[Cc]ity) [Aa]ttorney|DA)['’]s "
    r"[Oo]ffice\b"
)
"""'the Manhattan District Attorney's Office', 'the Cook County State's Attorney's Office', 'the
Manhattan district attorney's office', 'Manhattan's DA's office': a place's prosecutor,
named with its place (a bare "District Attorney's Office" is any), by the name with capitals
and without the place's possessive ("Manhattan District Attorney's Office"); a word that
tells when or how one served there ('Former Manhattan District Attorney's Office
prosecutor') is no word of its place."""
_PARLIAMENT = re.compile(
    r"\b[Tt]he ((?:[A-Z][a-z]+ )?[A-Z][a-z]+?)(['’]s)? (parliament|legislature)\b"
)
"""'the Canadian parliament', 'Iran's parliament': a state's parliament in lower case."""


_GLOSS_BEFORE = re.compile(r"(?:[\w'’)] [A-Z][\w'’-]*,|\()\s*$")
_GLOSS_AFTER = re.compile(r"^\s*(?:,|\(|\s[-–—])\s*(?:the |known as |called )?[A-Z]")
"""A parliament in lower case next to the name it glosses ("the Knesset, the Israeli
parliament", "the Polish parliament (Sejm)")."""


_MINISTRY = re.compile(
    r"(\b[Tt]he )?\b((?:[A-Z][a-z]+ )?[A-Z][a-z]+?)(['’]s)? (foreign|defen[cs]e|interior|"
    r"finance|health|justice|education|trade|energy|economy|agriculture) ministry\b"
)
"""'China's foreign ministry', 'the Chinese foreign ministry': a state's ministry in lower
case."""


def _bodies_in_words(paragraph: str) -> list[tuple[int, int, str, str]]:
    """(start, end, name, state) of the executives' offices and the states' parliaments the
    paragraph names in words the NER does not read as a name ("the Prime Minister's Office",
    "the Canadian parliament"); a parliament's name is its words with a capital
    ("Canadian Parliament"), which ``merge`` joins with "Parliament of Canada"."""
    if not any(word in paragraph for word in ("ffice", "arliament", "egislature", "inistry")):
        return []  # each pattern's match ends in one of these words: most paragraphs have none
    found = [(m.start(), m.end(), m.group(0), "") for m in _OFFICE_OF.finditer(paragraph)]
    for m in _PROSECUTOR_OF.finditer(paragraph) if "ffice" in paragraph else ():
        kind = (m.group(3) or "district").replace("’", "'").title().replace("'S", "'s")
        found.append((m.start(), m.end(), f"{m.group(1)} {kind} Attorney's Office", ""))
    for m in _PARLIAMENT.finditer(paragraph):
        place = m.group(1)
        state = state_name(place) if m.group(2) else demonym_state(place)
        if _GLOSS_BEFORE.search(paragraph[: m.start()]) or _GLOSS_AFTER.match(paragraph[m.end() :]):
            continue  # "the Knesset, the Israeli parliament,": the name it glosses is the body
        if state and place not in ("Scottish", "Welsh"):  # a nation's own parliament
            name = f"{place}{m.group(2) or ''} {m.group(3).capitalize()}"
            found.append((m.start(1), m.end(), name, state))
    for m in _MINISTRY.finditer(paragraph):
        place = m.group(2)
        state = state_name(place) if m.group(3) else demonym_state(place) if m.group(1) else None
        if state:
            name = f"{place}{m.group(3) or ''} {m.group(4).capitalize()} Ministry"
            found.append((m.start(2), m.end(), name, state))
    return found


_NAME_WORDS = r"[A-Z][\w'’-]*(?: (?:of|and|the|for|on|in|[A-Z][\w'’-]*))*"
_GOES_ON = {
    "for": re.compile(rf"^ for (?:the )?{_NAME_WORDS}"),
    "on": re.compile(rf"^ on (?:the )?{_NAME_WORDS}"),
    "and": re.compile(r"^ and (the )?([A-Z][\w'’-]*)(?=[^\w\s'’-]|$| (?!for\b|of\b|on\b)[a-z])"),
}


_OFFICE_OF_HOLDER = re.compile(rf"^ of the {_NAME_WORDS}")
"""'the UN Office| of the High Commissioner for Human Rights|', 'the Office| of the Director of
National Intelligence|': an office named for the holder it serves (a title among the words),
which the NER cut at "of"."""


_STATE_BODY_AFTER = re.compile(r"^ [A-Z][\w'’-]*(?:(?: (?:of|and|for|on|the))* [A-Z][\w'’-]*)*")
"""The capitalised words (and the small words inside a name) right after a state's name."""


_SUBJECT_AFFAIRS = re.compile(
    r"(?:Foreign|Internal|Home|Public|Veterans['’]?|Consumer|Indian|External) Affairs"
)
"""A portfolio's name, no body's alone (``names.not_an_actor``: "a subject")."""


def _body_for(name: str, text: str) -> str | None:
    """'Veterans Affairs said': a portfolio that speaks or acts is the body the article names
    for it ("the Department of Veterans Affairs"), the one body of that portfolio it names;
    None when it names none, or several ("the Ministry of Home Affairs" and "the Office of
    Home Affairs")."""
    if not _SUBJECT_AFFAIRS.fullmatch(name):
        return None
    bodies = set(
        re.findall(
            rf"\b(?:Department|Ministry|Office|Bureau|Secretariat) of (?:the )?{re.escape(name)}\b",
            text,
        )
    )
    return bodies.pop() if len(bodies) == 1 else None


def _extend_state_bodies(
    spans: list[tuple[int, Span]], paragraphs: tuple[str, ...]
) -> list[tuple[int, Span]]:
    """'|the United States| House of Representatives': a body whose full name opens with its
    state's, which the NER cut after the state. The state is only the start of the body's
    name, no mention of its own; the whole is the body. Spans inside the whole are dropped
    (the NER's "House" of "United States House of Representatives")."""
    out: list[tuple[int, Span]] = []
    covered: list[tuple[int, int, int]] = []
    for p, span in sorted(spans, key=lambda ps: (ps[0], ps[1].start, -ps[1].end)):
        if any(q == p and s <= span.start and span.end <= e for q, s, e in covered):
            continue
        if (
            span.entity is None
            and span.label in ("GPE", "ORG")
            and not span.text.endswith(("'s", "’s", "'", "’"))  # "the United States' NSF"
            and state_name(clean_name(span.text))
            and (run := _STATE_BODY_AFTER.match(paragraphs[p][span.end :]))
        ):
            words = run.group(0).split()
            while words and words[-1].lower() not in STATE_BODY_HEADS:
                words.pop()
            rest = run.group(0)[len(" ".join(words)) + 1 :]
            if words and words[-1] == "Court" and (seat := _court_seat().match(rest)):
                words += seat.group(0).split()  # "... District Court| for the Southern ..."
            if words and words[0][:1].isupper():
                end = span.end + 1 + len(" ".join(words))
                if paragraphs[p][span.end + 1 : end] == " ".join(words) and not any(
                    q == p and span.end < s < end and e > end for q, s, e in _ends(spans)
                ):
                    span = Span(paragraphs[p][span.start : end], "ORG", span.start, end, None)
                    covered.append((p, span.start, end))
        out.append((p, span))
    return out


_FIRST_PARTY = re.compile(r" First(?= (?:[Pp]arty|leader|MPs?|caucus|ministers?)\b)")
"""'|New Zealand| First party', '|NZ| First leader': a state's name and "First" before a
party's noun, which says the two words are a party's name."""
_FIRST_AFTER = re.compile(r" First(?![\w'’-]| [A-Z])")
"""" First" after a name, no longer name going on ("First Minister", "First Lady")."""


def _extend_first_parties(
    spans: list[tuple[int, Span]], paragraphs: tuple[str, ...]
) -> list[tuple[int, Span]]:
    """'|New Zealand| First will have four ministers': a party named for its state and
    "First", which the NER read as the state and an ordinal. Where the article writes the
    name once before a party's noun ("New Zealand First party", "NZ First leader"), every
    "First" right after that state's name there is the party's, and the ordinal's span is
    dropped (actors97)."""
    named: set[str] = set()
    for p, span in spans:
        if (
            span.entity is None
            and span.label == "GPE"
            and _FIRST_PARTY.match(paragraphs[p], span.end)
        ):
            named.add(without_the(span.text))
    if not named:
        return spans
    out: list[tuple[int, Span]] = []
    grown: list[tuple[int, int, int]] = []
    for p, span in spans:
        if (
            span.entity is None
            and span.label == "GPE"
            and without_the(span.text) in named
            and _FIRST_AFTER.match(paragraphs[p], span.end)
        ):
            end = span.end + len(" First")
            start = span.end - len(without_the(span.text))
            span = Span(paragraphs[p][start:end], "ORG", start, end, None)
            grown.append((p, start, end))
        out.append((p, span))
    return _without_inner(out, grown)


def _ends(spans: list[tuple[int, Span]]) -> list[tuple[int, int, int]]:
    return [(p, span.start, span.end) for p, span in spans]


_HEAD_BEFORE = re.compile(r"(?:^|(?<=\s))((?:[A-Z][\w'’-]* ){1,4})(?:for|of) $")
"""'|Democratic Alliance| for the Betterment': capitalised words, then 'for' or 'of' right
before a span that opens with 'the'."""


def _head_before(text: str, span: Span) -> re.Match[str] | None:
    """The capitalised head a body's name has before the span, after a word in lower case or
    'The' (not inside a longer capitalised run), or None."""
    if not span.text.startswith("the "):
        return None
    head = _at_end(_HEAD_BEFORE, text[: span.start], 6)
    if (
        head is None
        or head.group(1).split()[-1].lower() not in ORG_HEADS | ORG_WORDS | SPEAKER_NOT_PERSON
    ):
        return None  # "Members of the House of Commons": no body's head
    previous = text[: head.start(1)].split()[-1:]
    return (
        head
        if not previous or previous[0] in ("The", "the") or not previous[0][0].isupper()
        else None
    )


_PLACE_NEXT = re.compile(r"^ (?:the )?([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})(?=[\s,.;:)(]|$)")


_MISSIONS = frozenset({"Embassy", "Consulate", "Consulate-General"})
"""Last words of a state's mission abroad, which news names with its city after "in"."""
_IN_CITY = re.compile(r" in ((?:[A-Z][\w'’.-]*)(?: [A-Z][\w'’.-]*)?)(?![\w'’-])")
"""' in Baghdad', ' in Kuala Lumpur': the city right after a mission's name."""


def _extend_cut_bodies(
    spans: list[tuple[int, Span]], paragraphs: tuple[str, ...]
) -> list[tuple[int, Span]]:
    """An organisation's name the NER cut short: 'Tunisian League' + 'for the Defence of
    Human Rights' after a noun like 'League' ('on Benghazi' after a committee), or 'High
    Court of England' + 'and Wales' after an 'of' name ("Islamic State of Iraq and the
    Levant"); spans inside the whole are dropped."""
    out: list[tuple[int, Span]] = []
    covered: list[tuple[int, int, int]] = []
    ends_at = [(p, span.end) for p, span in spans]
    labels = {(p, span.start): span.label for p, span in spans}
    for p, span in sorted(spans, key=lambda ps: (ps[0], ps[1].start)):
        if any(q == p and s <= span.start and span.end <= e for q, s, e in covered):
            continue
        if (
            span.label in ("ORG", "FAC")
            and span.entity is None
            and span.text.split()[-1] in _MISSIONS
            and (city := _IN_CITY.match(paragraphs[p], span.end))
            and not state_name(city.group(1))
            and place_kind(city.group(1)) == "a city"
        ):
            # "the U.S. Embassy| in Baghdad|": a state's mission is named by its city, as
            # ``bodies.body_key`` keys it; "the U.S. Embassy in Iraq" names the state it is in
            end = city.end()
            span = Span(paragraphs[p][span.start : end], "ORG", span.start, end, None)
            covered.append((p, span.start, end))
            out.append((p, span))
            continue
        if (
            span.label == "ORG"
            and span.entity is None
            and (head := _head_before(paragraphs[p], span))
            and not any(q == p and head.start(1) < e <= span.start for q, e in ends_at)
            and not any(
                w.lower() in TITLE_WORDS | CALENDAR_WORDS | CONNECTORS | _SENTENCE_OPENERS
                or state_name(w)
                for w in head.group(1).split()
            )
        ):
            # "the pro-Beijing |Democratic Alliance for| the Betterment and Progress of Hong
            # Kong": the NER began the name after its head's "for"; the head is the name's.
            start = head.start(1)
            span = Span(paragraphs[p][start : span.end], "ORG", start, span.end, None)
        if span.label == "ORG" and span.entity is None:
            rest = paragraphs[p][span.end :]
            words = span.text.split()
            goes = None
            if words[-1:] in (["Court"], ["Appeals"]) and (seat := _court_seat().match(rest)):
                goes = seat  # "the United States Court of Appeals| for the Ninth Circuit|"
            elif words and words[-1].lower() in ORG_HEADS:
                goes = _GOES_ON["for"].match(rest)
                chapter = _CHAPTER_OF.match(rest)
                if not goes and chapter and chapter.group(1) in us_state_names():
                    goes = chapter  # "American Civil Liberties Union| of Montana|": a chapter
                if not goes and words[-1].lower() in ("committee", "commission", "council"):
                    goes = _GOES_ON["on"].match(rest)  # "Select Committee on Benghazi"
                    if goes and goes.group(0).split()[1].lower() in CALENDAR_WORDS:
                        goes = None  # "sued the House Oversight Committee| on Tuesday|": a date
                if (
                    not goes
                    and words[-1] == "Office"
                    and (goes := _OFFICE_OF_HOLDER.match(rest))
                    and not any(w.lower() in TITLE_WORDS for w in goes.group(0).split()[2:])
                ):
                    goes = None  # "the Foreign Office| of the United Kingdom|": its state's
            elif (
                words[-1:] == ["of"]
                and len(words) >= 2
                and words[-2].lower() in _CUT_AT_OF
                and (place := _PLACE_NEXT.match(rest))
                and _a_place(place.group(1), cities=False)
            ):  # (a body's head before "of": "Patrice Talon of| Benin" is a president of his)
                goes = place  # "|The Communist Party of| Cuba (PCC)": the NER stopped at "of"
            elif len(words) >= 3 and words[-2] == "of" and _a_place(words[-1], cities=False):
                goes = _GOES_ON["and"].match(rest)
                if goes and not (goes.group(1) or _a_place(goes.group(2))):
                    goes = None  # "Bank of England and Barclays": two names
            elif _headed_for(words[:-1] if words[-1] == "and" else words) and (
                goes := (_WORD_NEXT if words[-1] == "and" else _GOES_ON["and"]).match(rest)
            ):
                # "the |National Council for Peace| and |Order|, who …", "|… for Peace and|
                # Order" (blind43): a body's "for" or "of" name cut at its "and", the one word
                # after it no name of its own
                at = span.end + goes.start(2)
                if goes.group(1) or not _no_name_of_its_own(goes.group(2), labels.get((p, at))):
                    goes = None
            elif FOREIGN_PARTICLES & set(words[1:]):
                goes = _FOREIGN_AND.match(rest)  # "the |Brigade de Recherche| et d’Intervention"
            if goes:
                tail = re.sub(r"(?: (?:of|and|the|for|on|in))+$", "", goes.group(0))
                end = span.end + len(tail)
                span = Span(paragraphs[p][span.start : end], "ORG", span.start, end, None)
                covered.append((p, span.start, end))
        out.append((p, span))
    return out


_WORD_NEXT = re.compile(r"^ ()?([A-Z][\w'’-]*)(?=[^\w\s'’-]|$| (?!for\b|of\b|on\b)[a-z])")
"""After a span ending in "and", the one capitalised word that ends the name (``_GOES_ON``'s
"and" without its "and"; the empty group stands for its "the")."""


_FOREIGN_AND = re.compile(
    r"^ (?:et|y|e|und) (?:(?:de|du|des|del|la|le|les) |[dl]['’])?[A-Z][\w'’-]*"
    r"(?: (?:(?:de|du|des|del|la|le|les) |[dl]['’])?[A-Z][\w'’-]*)*(?![\w'’-])"
)
"""'et d’Intervention', 'y Libertad': that language's own "and" and the capitalised words
after it. A body's name in that language (``names.FOREIGN_PARTICLES`` within it) goes on past it:
the NER stops at an elided article it does not know ("d’" with a curly apostrophe: pool
actors104, "the Brigade de Recherche et d’Intervention" cut to its first half)."""


def _headed_for(words: list[str]) -> bool:
    """'National Council for Peace', 'Ministry of Agriculture': a body's head noun, then "for"
    or "of" and capitalised words only, none a place's."""
    for i, word in enumerate(words[1:-1], 1):
        if word in ("for", "of"):
            tail = words[i + 1 :]
            return (
                words[i - 1].lower() in ORG_HEADS | SPEAKER_NOT_PERSON
                and all(w[:1].isupper() for w in tail)
                and not any(_a_place(w) for w in tail)
            )
    return False


def _no_name_of_its_own(word: str, label: str | None) -> bool:
    """``word``, after a body's "and", names nothing alone: no state, nationality, place,
    acronym or listed organisation, and the NER reads it as no body or place ("Order" read as
    a person's name, or not read)."""
    return (
        label not in ("ORG", "GPE", "LOC", "NORP", "FAC")
        and not state_name(word)
        and not demonym_state(word)
        and not place_kind(word)
        and not is_acronym(word)
        and not listed().every.fullmatch(word)
    )


_NAME_HEADS = ORG_HEADS | frozenset("party campaign congress".split())
"""Last words that close a long body's name ("... Awami Party", "... Solidarity Campaign")."""
_HYPHEN_PARTS = re.compile(r"^(?:-[a-z]{1,3}-[A-Z][\w'’]*)+(?:-[A-Z][\w'’]*)?(?![\w-])")
_HYPHEN_REST = re.compile(r"^-[A-Z][\w'’]*(?:-[a-z]{1,3}-[A-Z][\w'’]*)*(?:-[A-Z][\w'’]*)?(?![\w-])")
"""'Jamiat Ulema|-e-Islam-Fazl|', 'Jamiat Ulema-e|-Islam|': a name's hyphenated parts after
a cut (a faction's name after them: '-Fazl'); not '|Hamas|-Israel', two names."""
_IZAFAT = re.compile(r"[a-z]-[ei]-[A-Z]")
"""The Persian and Urdu izafat joining the words of a party's or a group's name
('Jamaat-e-Islami', 'Tehreek-e-Insaf', 'Majlis-i-Amal'); a person's Arabic name joins with
'-ul-', '-ud-' ('Zia-ul-Haq'), not with it."""
_CAPITALS_AFTER = re.compile(r"^((?: [A-Z][\w'’-]*){1,3})(?![\w'’-])")
_IN_PLACE_TAIL = re.compile(r"^ in ([A-Z][\w'’-]*)(?![\w'’-])(?! [A-Z])")
_STATE_AFTER_THE = re.compile(r"(?:^|[.!?] |\b[Tt]he )([A-Z][\w'’-]*) $")


_POSSESSED = re.compile(r"['’]s?$")


def _whole_words(name: str) -> bool:
    """A name that may go on: capitalised words and the small words of a name ('for', 'of'),
    not ended by its head ('… Party') nor by a small word ('Ace Tyre and'), owning nothing
    ('Imperial College London's'), and no state's name alone, which a body's name after it
    leaves apart ('|United States| Central Intelligence Agency')."""
    words = name.split()
    return bool(
        words
        and words[-1][:1].isupper()
        and words[-1].lower() not in _NAME_HEADS
        and all(w[:1].isupper() or w in ("for", "of", "the", "and") for w in words)
        and not any(_POSSESSED.search(w) for w in words)
        and not state_name(name)
    )


def _extend_to_body_head(
    spans: list[tuple[int, Span]], paragraphs: tuple[str, ...]
) -> list[tuple[int, Span]]:
    """An organisation's name the NER cut inside: the capitalised words after it up to the
    head word that closes a body's name ('Pashtunkhwa Milli| Awami Party|'), the hyphenated
    parts of a word it cut ('Jamiat Ulema|-e-Islam|'), the 'in' and a place of a name for a
    cause ('National Students for Justice| in Palestine|'), and, once cut at its end, a
    state's name between 'the' and it ('the |Ireland| Palestine Solidarity Campaign')."""
    out: list[tuple[int, Span]] = []
    covered: list[tuple[int, int, int]] = []
    for p, span in sorted(spans, key=lambda ps: (ps[0], ps[1].start)):
        if any(q == p and s <= span.start and span.end <= e for q, s, e in covered):
            continue
        if span.label not in ("ORG", "PERSON") or span.entity is not None or not span.text:
            out.append((p, span))
            continue
        text = paragraphs[p]
        start, end = span.start, span.end
        cut = False
        label = span.label
        if re.search(r"\w-[a-z]{1,3}-$", span.text):
            end -= 1  # "|Jamiat Ulema-e-|Islam": the NER kept the hyphen of the part it cut
        if hyphen := _HYPHEN_PARTS.match(text[end:]) or (
            re.search(r"\w-[a-z]{1,3}$", text[start:end]) and _HYPHEN_REST.match(text[end:])
        ):
            end, cut = end + hyphen.end(), True
        elif _whole_words(span.text) and (after := _CAPITALS_AFTER.match(text[end:])):
            words = after.group(1).split()
            closing = [i for i, w in enumerate(words) if w.lower() in _NAME_HEADS]
            if closing and not any(
                state_name(w) or w.lower() in CONNECTORS | CALENDAR_WORDS or _POSSESSED.search(w)
                for w in words[: closing[-1] + 1]
            ):
                end += len(" " + " ".join(words[: closing[-1] + 1]))
                cut, label = True, "ORG"  # a name closed by "Party" is a body's
        if (
            " for " in text[start:end]
            and _whole_words(text[start:end])
            and (tail := _IN_PLACE_TAIL.match(text[end:]))
            and _a_place(tail.group(1), cities=False)
        ):
            end += tail.end()
        if cut and (place := _STATE_AFTER_THE.search(text[:start])) and state_name(place.group(1)):
            start = place.start(1)
        if label == "PERSON" and _IZAFAT.search(text[start:end]):
            label = "ORG"  # "|Majlis Wahdat-e-Muslimeen|" read as a person's name
        if label == "PERSON" and not cut:
            out.append((p, span))
            continue
        if (start, end, label) != (span.start, span.end, span.label):
            span = Span(text[start:end], label, start, end, None)
            covered.append((p, start, end))
        out.append((p, span))
    return [
        (p, span)
        for p, span in out
        if not any(
            q == p and s <= span.start and span.end <= e and (s, e) != (span.start, span.end)
            for q, s, e in covered
        )
    ]


_STATE_GOVERNMENT_WORDS = sorted(GOVERNMENT_WORDS - {"state"})
"""A government's nouns but "state", which an adjective before it does not make the state
("the Chinese state media")."""
_DEMONYM_GOVERNMENT = re.compile(
    rf"\b(?:[Tt]he )([A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:{'|'.join(_STATE_GOVERNMENT_WORDS)})\b"
    r"(?![-'’])"
)
"""'the Sudanese government', 'the Pakistani authorities': a state's adjective before its
government's noun, in lower case (a capitalised 'Government' is a body's name the NER reads)."""
_DEMONYM_ORGAN = re.compile(
    rf"\b{NOT_IN_A_WORD}([A-Z][a-z]+(?: [A-Z][a-z]+)?) {organ_tail(STATE_ORGANS)}"
)
"""A state's adjective before one of its organs (``organs.STATE_ORGANS``, one list with
``extract.tie``'s: what makes the phrase no organ is said there): "Nigerian authorities",
"South Korean riot police"; not "Argentine police officer", "Chinese government bonds",
"Saudi-led", "the Cuban military's tourist section"."""


def _state_governments(
    article: Article,
    candidates: Sequence[Candidate],
    taken: Mapping[tuple[bool, int], list[tuple[int, int]]],
    sentence_at: Callable[[int, int], int],
) -> list[Candidate]:
    """The state a government named by its adjective stands for ("the Sudanese government
    said"), where no actor's mention and no other candidate than the adjective holds the
    words: GOLD.md folds a government into its state."""
    out: list[Candidate] = []
    for p, paragraph in enumerate(article.paragraphs):
        for start, end, state in _demonym_governments(paragraph):
            if (
                any(s < end and start < e for s, e in taken.get((True, p), ()))
                or any(
                    c.paragraph == p and c.start < end and start < c.end and c.label != "NORP"
                    for c in candidates
                )
                or (index := sentence_at(p, start)) < 0
            ):
                continue
            out.append(
                Candidate(
                    article.id, p, index, start, end, paragraph[start:end], state, "GPE", "NORP"
                )
            )
    return out


_REGION_WORDS = frozenset("Latin North South East West Central Middle Northern Southern".split())
"""Words that make a region of the adjective after them ("Latin American officials")."""
_PART_DEMONYMS = frozenset(("Scottish", "Welsh", "English", "Northern Irish"))
"""Adjectives of a part of a state the gazetteer maps to the whole ("the Scottish
government" is a devolved one, not the United Kingdom)."""


def _adjective_state(adjective: str) -> str | None:
    """The state an adjective names: a demonym ("Iranian"), or a state of two words with
    "n" added ("South Korean", "Sri Lankan"), which the gazetteer's demonyms lack; not a
    part's adjective (``_PART_DEMONYMS``)."""
    if adjective in _PART_DEMONYMS:
        return None
    if " " in adjective and adjective.endswith("an"):
        return demonym_state(adjective) or state_name(adjective[:-1])
    return demonym_state(adjective)


def _demonym_governments(paragraph: str) -> list[tuple[int, int, str]]:
    """The paragraph's states named by their adjective before their government's noun
    (``_DEMONYM_GOVERNMENT``) or one of their organs (``_DEMONYM_ORGAN``): each phrase's
    start, end and state, once. Of two capitalised words before an organ the adjective may be
    the second alone ("On Monday Nigerian authorities")."""
    found: dict[int, tuple[int, int, str]] = {}
    patterns = [_DEMONYM_GOVERNMENT] * any(w in paragraph for w in _STATE_GOVERNMENT_WORDS)
    patterns += [_DEMONYM_ORGAN] * any(w in paragraph for w in STATE_ORGANS)
    for pattern in patterns:  # most paragraphs name neither: the patterns need not run
        for match in pattern.finditer(paragraph):
            start, adjective = match.start(1), match.group(1)
            state = _adjective_state(adjective)
            first = adjective.split(" ", 1)[0]
            if not state and " " in adjective and first not in _REGION_WORDS:
                start, adjective = start + adjective.index(" ") + 1, adjective.split(" ", 1)[1]
                state = _adjective_state(adjective)
            if state and start not in found:
                found[start] = (start, match.end(), state)
    return [found[start] for start in sorted(found)]


_LONE_BEFORE = re.compile(
    r"\b[Tt]he ((?:Co|Pro|Anti|Non|Pan|Inter)-[a-z]+|[A-Z][a-z]+(?:-[A-Z][a-z]+)?) $"
)
"""'the |Jamaah| Ansharut Daulah', 'the |Co-operative| Commonwealth Federation'; a lower-case
part after a hyphen only after a prefix: 'the Western-backed |Government of National Accord|'
names whom it is backed by, no word of the name."""
_GROUP_AFTER = re.compile(r"^ (?:network|group|movement|militia|faction|organi[sz]ation)\b")
"""'the Jamaah |Ansharut Daulah| network': a group's name, whatever the NER's label."""
_JOINED_BEFORE = re.compile(r"((?:[A-Z][\w'’-]+ ){1,3})(?:and|&) $")
"""'House Oversight and |Reform Committee|': the first half of a body's name joined by 'and'."""


_CUT_AT_OF = (
    BODY_HEADS
    | STATE_BODY_HEADS
    | frozenset("party republic government kingdom church bank people's".split())
)
"""Heads of bodies whose name goes on with "of" and a state ("Communist Party of Cuba")."""


_CHAPTER_OF = re.compile(r"^ of ([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?![\w'’-]| [A-Z])")
"""'| of Montana|' after a body: the state chapter named in full ("the American Civil
Liberties Union of Montana"), not the national body."""
_GROUP_HEAD_AFTER = re.compile(
    r"^ (?:" + "|".join(h.capitalize() for h in sorted(GROUP_HEADS)) + r")(?![\w'’-])"
)
"""'Disaster and Emergency Management| Presidency|': a body's last word the NER left out."""
_TRIBE_OF = re.compile(r"^ of (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}(?=[,.;:)]| [a-z]|$)")
"""'Assiniboine and Sioux Tribes| of Fort Peck|': the tribes' reservation, part of the name."""


def _group_heads(
    spans: list[tuple[int, Span]], paragraphs: tuple[str, ...]
) -> list[tuple[int, Span]]:
    """A body's name that ends in a word no person's name ends with ("Presidency", "Tribes",
    ``GROUP_HEADS``) is an organisation's, whatever the NER read it as ("|Crow Tribe|" as a
    person); the NER's name goes on through such a word written right after it, and a
    tribe's through its reservation's "of" ("Sioux Tribes of Fort Peck"), when no other span
    holds those words."""
    starts = {(p, span.start) for p, span in spans}
    out: list[tuple[int, Span]] = []
    for p, span in spans:
        if span.entity is None and span.label in ("ORG", "PERSON", "GPE"):
            rest = paragraphs[p][span.end :]
            head = _GROUP_HEAD_AFTER.match(rest)
            possessive = re.search(r"['’]s\b", span.text)
            if head and span.label == "ORG" and not possessive and (p, span.end + 1) not in starts:
                end = span.end + head.end()
                span = Span(paragraphs[p][span.start : end], "ORG", span.start, end, None)
                rest = paragraphs[p][end:]
            words = span.text.split()
            if (
                len(words) >= 2
                and words[-1].lower() in GROUP_HEADS
                and span.label != "GPE"
                and not possessive  # "Zine El Abidine Ben Ali's Presidency": his term
            ):
                span = Span(span.text, "ORG", span.start, span.end, None)
                joined = _JOINED_BEFORE.search(paragraphs[p][: span.start])
                if (
                    words[-1].lower() in ("tribes", "nations")
                    and joined
                    and not any(
                        w.lower() in TITLE_WORDS | _SENTENCE_OPENERS or state_name(w)
                        for w in joined.group(1).split()
                    )
                ):
                    # "|Confederated Salish and Kootenai Tribes|": tribes are named together.
                    start = joined.start() + (4 if joined.group(1).startswith("The ") else 0)
                    span = Span(paragraphs[p][start : span.end], "ORG", start, span.end, None)
                if words[-1].lower() in ("tribe", "tribes") and (of := _TRIBE_OF.match(rest)):
                    end = span.end + of.end()
                    span = Span(paragraphs[p][span.start : end], "ORG", span.start, end, None)
        out.append((p, span))
    grown = [(p, span) for p, span in out if span not in (s for q, s in spans if q == p)]
    return [
        (p, span)
        for p, span in out
        if not any(
            q == p and g is not span and g.start <= span.start and span.end <= g.end
            for q, g in grown
        )
    ]


_COUNTED_GROUP = re.compile(r"(?<![\w.+-])(?:G\d{1,2}|[A-Z]\d\+\d)(?![\w+-])")
"""A group of states named by "G" and its count ("G7", "G8", "G20"), or by a letter, a count
and the count added to it ("P5+1": the Security Council's five permanent members plus
Germany; "E3+3"), which the NER cuts at the "+" and reads as a number."""
_GROUP_AT_WORK = re.compile(
    r"(?<![\w.-])G\d{1,2} (?:(?:finance|foreign|trade|energy|health) )?(?:ministers|summit|"
    r"meeting|talks|leaders|nations|countries|members|communiqu[eé]|presidency|chairmanship)\b|"
    r"\b(?:presidency|chairmanship|members?|leaders?|meeting|summit|ministers) of the "
    r"G\d{1,2}(?![\w-])"
)
"""A counted group's ministers, summit, members or presidency ("G7 finance ministers", "the
G8 summit", "the presidency of the G8"): the group meets and acts, a body of states, not the
camera or the phone a "G7" may be too."""


def _counted_groups_read(
    spans: list[tuple[int, Span]], paragraphs: tuple[str, ...]
) -> list[tuple[int, Span]]:
    """'meeting of |G7| finance ministers', 'a |G8| aid package', 'the presidency of the G8':
    in an article whose counted group meets or acts (``_GROUP_AT_WORK``), every "G7" is the
    group's name, an organisation's, however the NER reads it (a place's, a product's, a
    work's: "|the G8 of| top industrialised nations") or whether it reads it at all. BBC
    business and politics news (actors51): the G7 and G8 had no page in four tune articles,
    read as places and products, as ``decide`` turns only a person's reading into a body's.
    "P5+1" (``JOINED_COUNT``) is the group's in every article: the NER read "P5" as a number
    and left "+1" out (actors72)."""
    at_work = any(_GROUP_AT_WORK.search(text) for text in paragraphs)
    if not at_work and not any(JOINED_COUNT.search(text) for text in paragraphs):
        return spans
    found = [
        (p, m.start(), m.end())
        for p, text in enumerate(paragraphs)
        for m in (_COUNTED_GROUP if at_work else JOINED_COUNT).finditer(text)
    ]
    out: list[tuple[int, Span]] = []
    for p, span in spans:
        inside = [(s, e) for q, s, e in found if q == p and span.start <= s and e <= span.end]
        if (
            span.entity is None
            and span.label != "ORG"
            and len(inside) == 1
            and (
                span.text.removeprefix("the ").split()[0]
                == paragraphs[p][inside[0][0] : inside[0][1]]
            )
        ):
            # "the G8 of" read as a work, "G7" read as a place: the group's name alone.
            start, end = inside[0]
            span = Span(paragraphs[p][start:end], "ORG", start, end, None)
        out.append((p, span))
    # "|P5|+1": a span of the NER inside a group's name is the name cut, no name of its own
    out = [
        (p, span)
        for p, span in out
        if span.entity is not None
        or not any(
            q == p and s <= span.start and span.end <= e and span.end - span.start < e - s
            for q, s, e in found
        )
    ]
    for p, start, end in found:
        if not any(q == p and span.start < end and start < span.end for q, span in out):
            out.append((p, Span(paragraphs[p][start:end], "ORG", start, end, None)))
    return sorted(out, key=lambda ps: (ps[0], ps[1].start, -ps[1].end))


def _extend_joined_bodies(
    spans: list[tuple[int, Span]], paragraphs: tuple[str, ...]
) -> list[tuple[int, Span]]:
    """A body's name the NER cut at its 'and' ("the House Oversight and |Reform Committee|")
    or after its first word ("the Jamaah |Ansharut Daulah| network"): the capitalised words
    before belong to it when no other span holds them and none is a title ("Prime Minister
    and |Cabinet Office|" stays as it is)."""
    ends = {(p, span.end) for p, span in spans}
    by_end = {(p, span.end): span for p, span in spans}
    dropped: set[tuple[int, int, int]] = set()
    covered = [(p, span.start, span.end) for p, span in spans]
    out: list[tuple[int, Span]] = []
    for p, span in spans:
        words = span.text.split()
        group = _GROUP_AFTER.match(paragraphs[p][span.end :])
        if (
            (span.label == "ORG" or (span.label == "PERSON" and group))
            and span.entity is None
            and (lone := _LONE_BEFORE.search(paragraphs[p][: span.start]))
            and not any(q == p and s <= lone.start(1) < e for q, s, e in covered)
            and _name_word(lone.group(1))
            and lone.group(1).lower() not in TITLE_WORDS
        ):
            # "the |Jamaah| Ansharut Daulah network": a capitalised word after "the" that no
            # span holds begins the name.
            start = lone.start(1)
            span = Span(paragraphs[p][start : span.end], "ORG", start, span.end, None)
        elif span.label == "ORG" and span.entity is None and words[-1].lower() in BODY_HEADS:
            text = paragraphs[p]
            joined = _JOINED_BEFORE.search(text[: span.start])
            first = (
                by_end.get((p, joined.start() + len(joined.group(1).rstrip()))) if joined else None
            )
            if (
                joined
                and first is not None
                and first.entity is None
                and first.start >= joined.start()
                and _cut_at_and(first, span)
            ):
                span = Span(text[first.start : span.end], "ORG", first.start, span.end, None)
                dropped.add((p, first.start, first.end))
            elif joined:
                head = joined.group(1).split()
                start = joined.start()
                if head[0] in ("The", "the"):
                    head, start = head[1:], start + 4
                if (
                    head
                    and not any((p, end) in ends for end in range(start, span.start))
                    and not any(w.lower() in TITLE_WORDS or state_name(w) for w in head)
                ):
                    span = Span(text[start : span.end], "ORG", start, span.end, None)
        out.append((p, span))
    return [(p, span) for p, span in out if (p, span.start, span.end) not in dropped]


_LISTED_HEAD = re.compile(
    r"\b(?:Union|Federation|Confederation|Association|Society|Council|Ministry|Department|"
    r"Institute|Commission|Committee|League|Alliance|Board|Agency|Authority|Congress|"
    r"Organi[sz]ation) (?:of|for) (?:the )?[A-Z][\w'’-]*$"
)
"""A body's head and the first subject of its list ("National Union of |Rail|, Maritime and
Transport Workers", "Ministry of |Agriculture|, Forestry and Fisheries")."""
_LISTED_AFTER = re.compile(
    r"^((?:, [A-Z][\w'’-]*)+),? (?:and|&) ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})(?![\w'’-])"
)


def _join_listed_bodies(
    spans: list[tuple[int, Span]], paragraphs: tuple[str, ...]
) -> list[tuple[int, Span]]:
    """A body whose name lists its subjects with commas, which the NER cuts at the first
    comma: "|National Union of Rail|, Maritime and |Transport Workers|" is one union. The
    words listed must be one each, no state's or place's, and held by no span but the NER's
    last piece (not "Council of Europe, NATO and ...")."""
    out: list[tuple[int, Span]] = []
    dropped: set[tuple[int, int]] = set()
    for p, span in spans:
        text = paragraphs[p]
        listed = _LISTED_AFTER.match(text[span.end :])
        if not (
            span.label == "ORG"
            and span.entity is None
            and listed
            and _LISTED_HEAD.search(span.text)
        ):
            out.append((p, span))
            continue
        words = [w.strip(", ") for w in listed.group(1).split(",") if w.strip()]
        words += listed.group(2).split()
        end = span.end + listed.end()
        tail_at = span.end + listed.start(2)
        inside = [s for q, s in spans if q == p and s is not span and span.end <= s.start < end]
        if (
            all(s.start == tail_at and s.label == "ORG" and " " in s.text for s in inside)
            and not any(state_name(w) or demonym_state(w) or place_kind(w) for w in words)
            and not any(is_acronym(w) for w in words)
        ):
            # (One word of the NER's at the end, or an acronym listed, is a body of its own:
            # "the Council of Europe, Amnesty and |Oxfam|", "..., NATO and ...".)
            end = max([end, *(s.end for s in inside)])
            dropped.update((p, s.start) for s in inside)
            span = Span(text[span.start : end], "ORG", span.start, end, None)
        out.append((p, span))
    return [(p, span) for p, span in out if (p, span.start) not in dropped]


def _cut_at_and(first: Span, body: Span) -> bool:
    """The span before "and" is the first part of the body's one name: "|AU Peace| and
    |Security Council|" (the NER cut the name at its "and"; the first part has no body's head
    of its own), or "the |Bill| and |Melinda Gates Foundation|" (a couple's foundation, the
    NER reading the first given name alone as a person's)."""
    last = first.text.split()[-1]
    if first.label == "ORG":
        return last.lower() not in BODY_HEADS | ORG_WORDS | SPEAKER_NOT_PERSON and not state_name(
            last
        )
    return first.label == "PERSON" and " " not in first.text and " " in body.text


_PRONOUN_NAME = re.compile(
    r"\b(?:His|Her|Their) ([A-Z][a-z]+)['’]s((?: (?:and|of|for|the|[A-Z][\w'’-]*))*)"
)
"""'His Master's Voice', 'Her Majesty's Revenue and Customs': a capitalised possessive pronoun,
a capitalised word's possessive and a capitalised run: a fixed name the pronoun opens."""
_STYLE_WORDS = frozenset({"Majesty", "Highness", "Holiness", "Excellency"})


def _extend_pronoun_names(
    spans: list[tuple[int, Span]], paragraphs: tuple[str, ...]
) -> list[tuple[int, Span]]:
    """'His Master's Voice', "Her Majesty's Revenue and Customs": a name that opens with a
    possessive pronoun and a possessive, which the NER reads without the pronoun ("Master's
    Voice", "Majesty's Government") or in pieces ("Majesty", "Customs"), is one body's name,
    whole. Only where the possessive is a style of address ("Her Majesty's …") or the NER
    read a body's name from it ("|Master's Voice|"); the spans inside are replaced."""
    by_paragraph: dict[int, list[tuple[int, int]]] = {}
    for p, text in enumerate(paragraphs):
        if "His " not in text and "Her " not in text and "Their " not in text:
            continue  # (plain lookups: most paragraphs hold none)
        for match in _PRONOUN_NAME.finditer(text):
            run = match.group(2).split()
            while run and not run[-1][:1].isupper():
                run.pop()
            if not run:
                continue
            end = match.start(2) + 1 + len(" ".join(run))
            if text[match.start(2) + 1 : end] != " ".join(run):
                continue
            inside = [
                span
                for q, span in spans
                if q == p and span.entity is None and match.start() <= span.start < end
            ]
            if (
                inside
                and all(span.end <= end for span in inside)
                and (
                    match.group(1) in _STYLE_WORDS
                    or any(s.start == match.start(1) and s.label == "ORG" for s in inside)
                )
            ):
                by_paragraph.setdefault(p, []).append((match.start(), end))
    if not by_paragraph:
        return spans
    out: list[tuple[int, Span]] = []
    added: set[tuple[int, int]] = set()
    for p, span in spans:
        whole = next(
            ((s, e) for s, e in by_paragraph.get(p, ()) if s <= span.start and span.end <= e),
            None,
        )
        if whole is None or span.entity is not None:
            out.append((p, span))
        elif (p, whole[0]) not in added:
            added.add((p, whole[0]))
            start, end = whole
            out.append((p, Span(paragraphs[p][start:end], "ORG", start, end, None)))
    return out
