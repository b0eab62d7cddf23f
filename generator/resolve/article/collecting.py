"""One article's pass: ``collect`` and the patterns it reads itself.

``collect`` turns an article's annotations, curated names and NER spans into mentions and
``Candidate`` records, calling the readers and menders of the modules before it. Its own
patterns (a place's words before a name, a ship's, a cut after "of", a regnal number) sit here
beside it, since nothing else reads them."""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import replace

from ...gazetteer import (
    capital_state,
    place_kind,
    state_name,
    states_named_like_us_states,
    us_state_names,
)
from ...model import Article, ArticleAnnotation, Mention, Span, is_actor
from ...titles import TITLE_WORDS
from ..decide import is_demonym
from ..names import (
    clean_name,
    is_acronym,
    not_an_actor,
    office_object_before,
    strip_glued_prefix,
    strip_party,
    strip_titles,
    style_cut,
    title_only,
)
from ..reasons import NotActor
from ..vocab import (
    CALENDAR_WORDS,
    COMPANY_SUFFIXES,
    LOCATIVES,
    MEDIUM,
    PLACE_NOUNS,
    PROGRAMME,
    PRONOUN_WORDS,
    REGION_ADJECTIVES,
    SEATS_NAMED_IN_CONTEXT,
    SHIP_PREFIX,
    STRUCTURE_NOUNS,
    SURNAME_HONORIFICS,
    UTTERANCE,
    WORSHIP_NOUNS,
)
from .acronyms import (
    _ACRONYM_IN_BRACKETS,
    _acronyms_of_described_bodies,
    _defined_before,
    _extend_to_defined_acronym,
    _extend_to_used_acronym,
    _initialism_of_body,
)
from .context import (
    _IN_A_PLACE,
    _UN_COUNCIL,
    _UN_NAMED,
    UN_COUNCIL,
    _a_body,
    _aliases,
    _body_state,
    _dateline_place,
    _leading_state,
    _listed_places,
    _moved_to,
    _nicknames,
    _of_home_state,
    _sited_names,
    _state_before,
    _state_modifies,
    _travelled,
    _un_assembly,
    _us_context,
)
from .extend import (
    _bodies_in_words,
    _body_for,
    _counted_groups_read,
    _extend_cut_bodies,
    _extend_first_parties,
    _extend_joined_bodies,
    _extend_pronoun_names,
    _extend_state_bodies,
    _extend_to_body_head,
    _group_heads,
    _join_listed_bodies,
    _state_governments,
)
from .firms import (
    _BRAND_AFTER,
    _CLAUSE_END,
    _FAMED_GIANT,
    _FIRM_BEFORE,
    _GOVERNMENT_ACTS,
    _HELD_OR_EMPLOYED,
    _TRADE_RELABELLED,
    _UNREAD_FIRM,
    _WORK_BEFORE,
    _brand,
    _designated,
    _firm_acts_at,
    _glossed,
    _modifier,
    _named_events,
    _national_arm,
    _person_acts,
    _product,
    _traded_at,
    _unread_speakers,
)
from .media import (
    _UPLOADED_TO,
    _broadcast_prefixed,
    _cited_outlets,
    _medium,
    _news_channels,
    _own_publisher,
    _programme,
    _uttered,
    device_read,
)
from .people import (
    _CHAMBERS,
    _TOWN_OF,
    _after_place,
    _extend_cut_people,
    _full_name_written,
    _glued_person,
    _holder,
    _honoured,
    _in_office,
    _join_cut_names,
    _labelled_person,
    _located_title,
    _named,
    _office_state_glued,
    _opens_with_people,
    _owner_before_name,
    _persons_by_role,
    _place_people_glued,
    _pronoun_us,
    _ranked,
    _speaker_name,
    _titled,
    _town_glued,
    _without_nationality,
    first_person_speakers,
)
from .records import ArticleMentions, Candidate, Dropped, _at_end, _within
from .splits import (
    _complete_well_known,
    _extend_national_bodies,
    _join_coordinated_departments,
    _nationality_adjectives,
    _split_glued_pairs,
    _split_hyphened_pairs,
    _split_office_holders,
    _split_participles,
    _split_possessives,
)
from .words import _name_word, person_like

_CUT_BEFORE = re.compile(r"\b([A-Z][\w.]*)\s+(?:of|on|for)\s+(?:the\s+)?$")
"""'House of |Representatives|', 'Order of the |Sun|': the NER cut a longer name; the part is
no actor."""


_LED_BODY = re.compile(r"^\s+(administration|government|regime)\b", re.IGNORECASE)
"""'|Trump| administration': what follows a leader's name when the state is meant."""

_PLACE_BEFORE = re.compile(
    r"(?:(?i:\b(?:town|village|city|municipality|district|province|suburb|hamlet|commune|county)"
    r" of|\b(?:along|down|up|near) the|\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?"
    r" of)|\b(?:in|at|near|outside) (?:[A-Z][\w'’.-]* ?)+(?:, (?:[A-Z][\w'’.-]* ?)+)*,? (?:and|or)"
    r"|\bat \d{1,4}[a-z]?"
    r"|\b(?:area|park|square|site|place|spot|lawn|field|plaza|neighbou?rhood|district|village|"
    r"town|city|island|region) (?:called|named|known as)(?: the)?)\s+$"
)
"""'the town of |Koszalin|', 'an area called the |Ellipse|', 'down the |ERV|', 'nine kilometres
east of |Carrascal|', 'in Saqqara and |Tuna el-Gebel|' (the last of a list of places), '36
|Quai des Orfèvres|' (an address): the name of a place."""
_OF_BEFORE = re.compile(r"(\S+) (?:of|from) (?:the )?$")
"""'First Minister of |Scotland Nicola Sturgeon|', 'Senator from |Vermont Bernie Sanders|': the
name follows 'of' or 'from' (and the word before it may be a title's)."""
_PLACES_AFTER = re.compile(
    r" (?:(?:and|or) (?:[A-Z][\w'’.-]* ){1,3})?"
    r"(?:districts|provinces|regions|counties|towns|villages|cities|suburbs|neighbou?rhoods|"
    r"municipalities)\b"
)
"""'The |Hodan Wardhigley| and |Howl Wadag| districts were the worst hit': a plural noun of
places right after a name (no comma: "the Centre for Nonproliferation Studies, cities
likely to be targets" names a body), or after it, "and" and the next name, says both are
places (actors105)."""
_PLACE_AFTER = re.compile(
    r",? (?:a|the) (?:[\w-]+ ){0,2}"
    r"(?:town|village|city|municipality|district|suburb|hamlet|commune)(?: in| of| near| on|[,.;])"
    r"|, (?:(?:north|south)(?:-?(?:east|west))?ern|eastern|western|central) "
    r"(?![A-Z][\w-]*(?: [A-Z][\w-]*)*['’])[A-Z]"
)
"""'|Kutama|, a village in', '|Kobani|, a Kurdish-majority town,', '|Suluk|, northern Syria':
the name of a place; not '|Mazloum Abdi|, northeastern Syria's top commander', whose region's
possessive describes him."""
_TITLE_JOINED_BEFORE = re.compile(r"[\w,;:]\s+The [A-Z][\w'’-]* (?:and|&) $")
"""'The account for The Bernie and |Sid Show|': a capitalised 'The' inside a sentence opens a
title, and the words after its 'and' end it."""
_TITLE_NOUNS = frozenset(
    "show hour podcast programme program series hours tonight live special".split()
)
"""The last words of a show's title ("The Bernie and Sid Show"), which no actor's name ends in."""
_SUBJECT_BEFORE = re.compile(r"(?:^|[.;:!?\"“]|\b(?:and|but|that|while|as|[Tt]he|[Tt]hen))\s*$")
"""Where a clause's subject begins: "Tehran said", "... and Washington accused" (not "the
mayor of the city of |San Juan|, said")."""
_VESSEL_BEFORE = re.compile(
    r"\b((?i:ship|boat|tanker|vessel|freighter|frigate|destroyer|submarine|yacht|ferry|"
    r"trawler|cruiser|warship|liner|corvette|icebreaker))(?:,? (?:the )?|"
    r" (?:the )?(Admiral|General|Marshal|Captain|President|Queen|King|Prince|Princess|Saint) )$"
)
"""'the tanker |Stena Impero|', 'The boat, |Conception|,': a ship's name; 'the frigate Admiral
|Gorshkov|' (actors86): a ship named after a person by rank, the rank left out of the NER's
span (group 2), is the ship too (a person is not written after a ship's noun; no comma
between: "boarded the vessel, Captain John Smith said" names the captain)."""
_SHIP_NUMBER_AFTER = re.compile(r" (\d{1,3}|[IVX]{1,4})\b(?![.,]\d|-)")
"""'the ship |Sea-Watch| 3': a number the NER left out of the ship's name."""
_SHIP_PREFIX_BEFORE = re.compile(
    rf"(?<![\w.])(?:{SHIP_PREFIX}|RV)\.? (?:(?:Professor|Prof\.|Sir|"
    r"Dr\.?|Admiral|General|Captain|President|Queen|King|Prince|Princess|Saint|St\.?) )?$"
)
"""'MV |Professor Albrecht Penck|', 'the RV |Sir David Attenborough|': a ship named after a
person, whose prefix (and the title the name carries) the NER left out of the span."""
_INHABITED = re.compile(
    r"\b(?i:residents|inhabitants|villagers|townspeople|outskirts|streets) of (?:the )?$"
)
"""'residents of |Khan Sheikhoun|', 'the outskirts of |Tripoli|': a town's name, never a
longer name cut after 'of'."""
_THE = re.compile(r"the\b", re.IGNORECASE)
_MODEL_NUMBER = re.compile(r"(?<![\w.,])(?!(?:19|20)\d\d\b)\d{2,4}\s$")
"""'737 |MAX|': a model's number (not a year: "In 2019 |Gazprom|") right before a name."""
_IN_A_US_STATE = re.compile(r"^, ([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=[,.;:)]|\s*$)")
"""'|Windsor Locks|, Connecticut.': a place, when a US state's name follows as an address
does (not "Ricardo Rosselló Nevares, Puerto Rico's governor")."""


def collect(
    article: Article,
    annotation: ArticleAnnotation,
    curated: set[str],
    ignore: set[str],
    known_names: set[str],
) -> ArticleMentions:
    """Mentions from annotations and curated spans, and candidates from the other spans.

    Actors form one layer and agreements/events another: an event phrase such as "Larijani
    met with the Kremlin leader" must not hide the actors named inside it.
    """
    out = ArticleMentions()
    taken: dict[tuple[bool, int], list[tuple[int, int]]] = defaultdict(list)
    sentences = annotation.sentences

    # Per paragraph, its sentences' ends (plus one) and indices, in text order: a span's
    # sentence is found by bisection, not by a walk through the whole article per span.
    ends: dict[int, list[int]] = defaultdict(list)
    order: dict[int, list[int]] = defaultdict(list)
    for index, sentence in enumerate(sentences):
        ends[sentence.paragraph].append(sentence.end + 1)
        order[sentence.paragraph].append(index)

    def sentence_at(paragraph: int, start: int) -> int:
        """The first sentence of the paragraph holding ``start`` (its end counted in)."""
        here = ends.get(paragraph, [])
        at = bisect.bisect_right(here, start)
        if at < len(here) and sentences[order[paragraph][at]].start <= start:
            return order[paragraph][at]
        return -1

    def free(paragraph: int, start: int, end: int, actor: bool = True) -> bool:
        return all(end <= s or start >= e for s, e in taken[actor, paragraph])

    def add(entity: str, paragraph: int, start: int, end: int, how: str) -> None:
        index = sentence_at(paragraph, start)
        if index < 0:
            return
        text = article.paragraphs[paragraph][start:end]
        out.mentions.append(Mention(entity, article.id, paragraph, index, start, end, text, how))
        taken[is_actor(entity), paragraph].append((start, end))

    # 1. Explicit annotations: every occurrence of the text, longest first.
    for note in sorted(article.annotations, key=lambda n: -len(n.text)):
        for p, paragraph in enumerate(article.paragraphs):
            for match in re.finditer(rf"(?<!\w){re.escape(note.text)}(?!\w)", paragraph):
                if free(p, match.start(), match.end(), is_actor(note.entity)):
                    add(note.entity, p, match.start(), match.end(), "annotation")

    given: set[tuple[int, int]] = set()
    spans = _split_possessives(
        _split_participles([(s.paragraph, span) for s in sentences for span in s.spans])
    )
    # The passes that read the paragraphs, in order; the last two share ``given``.
    for step in (
        _listed_places,
        _group_heads,
        _nationality_adjectives,
        _join_coordinated_departments,
        _split_glued_pairs,
        _split_office_holders,
        _split_hyphened_pairs,
        _extend_national_bodies,
        _news_channels,
        _broadcast_prefixed,
        _cited_outlets,
        _extend_pronoun_names,
        _extend_state_bodies,
        _extend_first_parties,
        _complete_well_known,
        _join_listed_bodies,
        _join_cut_names,
        _extend_to_body_head,
        _extend_cut_bodies,
        _extend_joined_bodies,
        _extend_to_used_acronym,
        _acronyms_of_described_bodies,
        _counted_groups_read,
    ):
        spans = step(spans, article.paragraphs)
    spans, retyped = _persons_by_role(spans, article.paragraphs)
    spans = _own_publisher(spans, article.paragraphs, article.source)
    for given_step in (_extend_cut_people, _extend_to_defined_acronym):
        spans = given_step(spans, article.paragraphs, given)
    # 2. Curated names and aliases found by the EntityRuler.
    for p, span in spans:
        actor = is_actor(span.entity or "")
        if (
            span.entity in curated
            and span.text not in ignore
            and free(p, span.start, span.end, actor)
        ):
            add(span.entity or "", p, span.start, span.end, "curated")

    # 3. Everything else the NER saw is a candidate, longest first.
    guesses = sorted(
        ((p, span) for p, span in spans if not span.entity), key=lambda ps: -len(ps[1].text)
    )
    starts: dict[int, set[int]] = defaultdict(set)
    people_end: dict[int, set[int]] = defaultdict(set)
    orgs: dict[str, int] = defaultdict(int)
    surnames: set[str] = set()  # "Frank Stone": "Mr Stone" read as an ORG is a person
    traded: set[str] = set()  # "oil firm |Yukos|" once: every "Yukos" of the article
    untraded: set[str] = set()  # the other one-word names the NER read
    people_named: dict[int, list[tuple[int, int, str]]] = defaultdict(list)  # people's full names
    firms: set[str] = set()  # "the law firm |Tods Murray|" read as a person's: every one
    for p, span in spans:
        starts[p].add(span.start)
        if (
            span.label == "PERSON"
            and 2 <= len(clean_name(span.text).split()) <= 4
            and _at_end(_FIRM_BEFORE, article.paragraphs[p][: span.start], 2)
        ):
            firms.add(clean_name(span.text))
        if (
            span.label in _TRADE_RELABELLED | {"ORG"}
            and len(words := clean_name(span.text).split()) == 1
            and not state_name(words[0])
            # "a |Chinese| company": whose the company is, not its name
            and not is_demonym(words[0])
            # "car maker |Mercedes|" read as a body is the company, not the Argentine city
            # a place's reading would be
            and not (span.label in ("GPE", "LOC", "FAC") and place_kind(words[0]))
        ):
            if _traded_at(article.paragraphs[p], span.start, span.end, words[0]):
                traded.add(words[0])
            else:
                untraded.add(words[0])
        if span.label == "PERSON":
            people_end[p].add(span.end)
            if len(words := clean_name(span.text).split()) >= 2:
                surnames.add(words[-1])
                people_named[p].append((span.start, span.end, clean_name(span.text)))
        if span.label == "ORG" and not _BRAND_AFTER.match(article.paragraphs[p][span.end :]):
            orgs[clean_name(span.text)] += 1  # "Volvo said", not "a |Volvo| truck": a maker
    # "Gazprom, its unit …" read as a place, "gas firm Gazprom" not read as a name: the
    # company's noun stands by a mention the NER left out, the name is a company's all the same;
    # not a word of a longer name the NER reads only as a person's, whose role the noun is ("its
    # alleged operator |Jong| Woo Son", then "Jong was arrested": the man, no company; "airline
    # |Mahan| Air" read as a person's there and as a body's elsewhere is the airline's)
    bodies = {clean_name(span.text) for _, span in spans if span.label == "ORG"}
    for word in sorted(untraded - traded):
        if any(
            _traded_at(paragraph, m.start(), m.end(), word)
            for p, paragraph in enumerate(article.paragraphs)
            if word in paragraph
            for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", paragraph)
            if not any(
                s <= m.start() and m.end() <= e and name not in bodies
                for s, e, name in people_named[p]
            )
        ):
            traded.add(word)
    # "|Pfizer| is still selling its products", "|BAA| are also owners", "|Arcelor| shed 2.1%":
    # a one-word name read only as a person's that acts as a company in its article, which no
    # person does; not a word of a person's full name there (the same occurrences as above).
    lone_read = {
        n for _, s in spans if s.label == "PERSON" and " " not in (n := clean_name(s.text))
    }
    for word in sorted((untraded - traded) & lone_read - _named_events(article.paragraphs)):
        if any(
            _firm_acts_at(paragraph, m.start(), m.end())
            for p, paragraph in enumerate(article.paragraphs)
            if word in paragraph
            for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", paragraph)
            if not any(s <= m.start() and m.end() <= e for s, e, _ in people_named[p])
        ) and not _person_acts(word, article.paragraphs):
            traded.add(word)
    # "spokesperson for |TransCanada Grady Semmens|": a name the article gives a body alone
    # ("TransCanada") that the NER glued before a person's name is not part of it.
    glued = known_names | bodies
    lone_people = {s.text for _, s in spans if s.label == "PERSON" and " " not in s.text}
    titled = _titled(article.paragraphs)
    # "|Owen Baker| ... Mr Baker said", both read as organisations: the surname the article
    # writes after an honorific is a person's, whatever label the full name has.
    surnames.update(
        words[-1]
        for _, span in spans
        if span.label == "ORG"
        and len(words := clean_name(span.text).split()) >= 2
        and words[0] not in SURNAME_HONORIFICS  # "Dr Pepper" itself names no one
        and words[-1] in titled
    )
    # "Mr |Labbe| said ... Mr Labbe told", the second read as an organisation: the surname
    # alone read as a person's after an honorific is a person's, the full name elsewhere.
    surnames.update(
        name
        for _, span in spans
        if span.label == "PERSON" and " " not in (name := clean_name(span.text)) and name in titled
    )
    # "Mr |Joyce|", "Alan Joyce": a person's name, whatever company's noun stands by it.
    if traded:
        traded -= surnames | titled
    # "|Icstis| said" read as a nationality: a body that speaks, as "regulator Icstis" says
    speakers = _unread_speakers(article.paragraphs, spans) - surnames - titled
    traded |= {name for name in speakers if " " not in name}
    # "Mr |Martin|" elsewhere in the article: a person of that name may be meant after all.
    firms = {f for f in firms if not set(f.split()) & titled}
    # "debris found on |Diego Garcia| ... officials at Diego Garcia": a person's name never
    # written but as a place's is one
    sited = _sited_names(article.paragraphs, spans, known_names)
    aliases = _aliases(article.paragraphs, spans, people_named)
    nicknames = _nicknames(article.paragraphs)

    def drop(p: int, span: Span, name: str, why: str) -> None:
        """Leave the span out, the rule's reason kept for the review (``Dropped``)."""
        index = sentence_at(p, span.start)
        if index >= 0 and name:
            out.dropped.append(Dropped(article.id, p, index, name, why, span.label))

    text_all = "\n".join(article.paragraphs)  # a word in lower case anywhere (``_of_home_state``)
    place_words = {
        span.text.removeprefix("the ").split()[0]
        for _, span in spans
        if span.label in ("GPE", "LOC") and span.text.strip()
    }
    town_names = {
        span.text
        for p, span in spans
        if span.text.istitle()
        and " " not in span.text
        and (
            span.label in ("GPE", "LOC")
            or _TOWN_OF.search(article.paragraphs[p], max(0, span.start - 30), span.start)
        )
    }
    for p, span in guesses:
        if span.text in ignore or not free(p, span.start, span.end):
            continue
        if span.text == "US" and _pronoun_us(article.paragraphs[p], span.start, span.end):
            # '"Please help US," she said': the pronoun in capitals
            drop(p, span, "US", NotActor.PRONOUN_US.why())
            continue
        if dateline := _dateline_place(article.paragraphs[p], span.start, span.end):
            # "|KUALA| LUMPUR: …": a piece of the dateline's place
            drop(p, span, span.text, NotActor.DATELINE_PLACE.why(place=dateline.upper()))
            continue
        if device_read(article.paragraphs[p], span):
            # "|CCTV| footage", "caught on |CCTV|": the camera, not the broadcaster
            drop(p, span, span.text, NotActor.DEVICE.why(name=span.text))
            continue
        if span.text in _CHAMBERS and article.paragraphs[p][: span.start].endswith("state "):
            # "North Carolina's state Senate": no state's national chamber
            drop(p, span, span.text, NotActor.STATE_CHAMBER.why(name=span.text))
            continue
        name = clean_name(span.text)
        if (
            span.label == "PERSON"
            and len(words := name.split()) == 3
            and office_object_before(article.paragraphs[p][: span.start])
        ):
            name = " ".join(words[1:])  # "Chancellor of the |Exchequer Gordon Brown|"
        if span.label == "PERSON":
            name = style_cut(name, article.paragraphs[p][: span.start])
        if span.label == "PERSON" and not title_only(name):
            name = strip_glued_prefix(
                strip_titles(strip_party(_without_nationality(name))), known_names
            )
            name = _LIKENESS_SUFFIX.sub("", name)  # "a George Bush-style spree": the person
        office_before = article.paragraphs[p][: span.start]
        glued_to = (
            _glued_person(name, glued, lone_people)
            or _labelled_person(name, titled)
            or _place_people_glued(name, place_words)
            or _office_state_glued(name, office_before)
            if span.label == "ORG"
            else None
        )
        if span.label == "PERSON":
            name = (
                _place_people_glued(name, place_words)
                or _town_glued(name, town_names)
                or _office_state_glued(name, office_before)
                or name
            )
        name = glued_to or name
        if span.label == "PERSON" and name in aliases:
            name = aliases[name]  # "under the name |Kim Chol|": Kim Jong Nam
        nicknamed = span.label in ("PERSON", "ORG") and name in nicknames
        if nicknamed:
            name = nicknames[name]  # 'Joko "Jokowi" Widodo ... Jokowi met': Joko Widodo
        if not name or name in ignore:
            continue
        index = sentence_at(p, span.start)
        if index < 0:
            continue
        text = article.paragraphs[p]
        before, after = text[: span.start], text[span.end :]
        label = "PERSON" if glued_to or nicknamed else span.label
        if label == "ORG" and _GOVERNMENT_ACTS.match(after) and (body := _body_for(name, text_all)):
            name = (
                body  # "Veterans Affairs said", where "the Department of Veterans Affairs" is named
            )
        words = name.split()
        if (
            label == "ORG"
            and len(words) == 2
            and is_acronym(words[1])
            and (is_demonym(words[0]) or words[0] in REGION_ADJECTIVES)
        ):
            # "the Kurdish YPG", "the Iranian IRGC", "an African U.N. member": the acronym is
            # the name, the adjective says whose it is.
            name = words[1]
            words = [name]
        if (
            label in ("PRODUCT", "WORK_OF_ART", "FAC", "LOC", "NORP")
            and len(words) >= 2
            and (
                words[-1].lower() in COMPANY_SUFFIXES
                or (label == "PRODUCT" and len(words) == 2 and _national_arm(words))
            )
        ):
            label = "ORG"  # "Mazars USA LLP", "Mazars USA" read as products: a company
        if label in ("LOC", "FAC") and len(words) >= 2 and words[-1] == "Forum":
            # "kicked out of the |Pacific Islands Forum|" read as a place: a forum is a body of
            # members or a meeting, which the forum rules tell apart (``forums_with_members``)
            label = "ORG"
        if label in _TRADE_RELABELLED and len(words) == 1 and name in traded:
            # "oil giant |Yukos|", "technology firm |Sydus|": a company, and so is every
            # other "Yukos" of the article, which the NER reads as a person's or a place's
            # ("|Yukos| is still waiting", "gas giant |Gazprom|" read as a place).
            label = "ORG"
        if label == "PERSON" and clean_name(span.text) in firms:
            # "the law firm |Tods Murray|", "car maker |Aston Martin|", "the Florida company
            # |Ridgeback Biotherapeutics|": a company's name of several words, which the NER
            # reads as a person's there and elsewhere in the article (BBC business news).
            label = "ORG"
        if label in ("FAC", "LOC", "GPE") and (
            words[-1].lower() in BODY_NOT_BUILDING or words[0] in PARTY_HEADS
        ):
            # "the Great Orchestra of Christmas Charity" read as a building, "the |Bloc
            # Québécois|" as a place: a body's name.
            label = "ORG"
        # "First Minister of |Scotland Nicola Sturgeon|": the office's place, then its holder.
        if (
            label in ("ORG", "PERSON")
            and (of := _at_end(_OF_BEFORE, before, 3))
            and (person := _after_place(name, of.group(1).lower() in TITLE_WORDS))
        ):
            name, label = person, "PERSON"
        elif label == "ORG" and (person := _holder(name)):
            name, label = person, "PERSON"  # "United States Representative Elijah Cummings"
        elif label == "ORG" and (person := _of_home_state(name, text_all)):
            name, label = person, "PERSON"  # "|Manchin of West Virginia| and Sinema"
        elif label == "ORG" and (person := _honoured(name, surnames)):
            name, label = person, "PERSON"  # "Mr Stone said", read as an organisation
        elif label == "ORG" and (person := _ranked(name, surnames, text_all)):
            name, label = person, "PERSON"  # "General Petraeus said", read as an organisation
        if (assembly := _un_assembly(name, after, text_all)) is not None:
            if not assembly:
                drop(p, span, name, NotActor.SESSION.why())
                continue
            name, label = assembly, "ORG"  # "the General Assembly voted": the UN's body
        elif label == "ORG" and _UN_COUNCIL.fullmatch(name) and _UN_NAMED.search(text_all):
            name = UN_COUNCIL  # "the Security Council" in an article naming the UN
        if (
            label == "PERSON"
            and (led := _LED_BODY.match(after))
            and not span.text.endswith(("'s", "’s"))  # "Ian Smith's government": his
        ):
            # "the Trump administration": the government the person leads, not the person.
            name, label = f"{name} {led.group(1).lower()}", "ORG"
        if (modified := state_name(name)) and _state_modifies(before, after):
            out.states.append(modified)
            # "the 2020 |United States| presidential election", "a |Luxembourg|-based"
            drop(p, span, name, NotActor.STATE_MODIFIER.why(name=name))
            continue
        cut = _at_end(_CUT_BEFORE, before, 3) if span.label in ("ORG", "PERSON") else None
        inhabited = label in ("ORG", "PERSON") and bool(_at_end(_INHABITED, before, 3))
        if (
            cut
            and cut.group(1).lower() not in TITLE_WORDS
            and not (span.label == "ORG" and _opens_with_people(cut, before))
            and not inhabited
            # "Carl |Hensman| of the Gates Foundation": a person's name ends there, no name
            # the NER cut
            and not (
                label == "ORG"
                and cut.end(1) in people_end[p]
                and before[cut.end(1) :].lstrip().startswith("of ")
                # "… of Allergy| and Infectious", "… of the |Harvard|–Smithsonian Center"
                and not re.match(r"(?: (?:and|&) |[–—-])[A-Z]", after)
            )
        ):
            longer = before[cut.start(1) :].strip()
            drop(p, span, name, NotActor.CUT_FROM_LONGER.why(longer=longer, name=name))
            continue
        if _at_end(_TITLE_JOINED_BEFORE, before, 4) and (
            name.split()[-1].lower() in _TITLE_NOUNS or not_an_actor(name)
        ):
            # "The Bernie and |Sid Show|": the end of a title, no name of its own (not "The
            # Beatles and |Bob Dylan|", "The Guardian and |Reuters|": a second name).
            drop(p, span, name, NotActor.TITLE_END.why(name=name))
            continue
        if span.label == "ORG" and _in_office(span, after, starts[p] - {span.start}):
            # "|Police and Crime| Commissioner": part of an office's name; "|United Nations|
            # personnel": its people
            word = after.split()[0].strip(".,;:!?)'’\"") if after.split() else ""
            drop(p, span, name, NotActor.OFFICE_OR_RANK.why(word=word, name=name))
            continue
        words_before = before.split()[-1:]
        words_after = [w.strip(".,;").lower() for w in after.split()[:2]]
        if words_after[:1] in (["oil"], ["gas"], ["international"]):
            words_after = words_after[1:]  # "the Khurais oil field", "Payam International Airport"
        model = label == "ORG" and bool(_MODEL_NUMBER.search(before)) and " " not in name
        # "Ryanair grounded its |Boeing| jets" where "Boeing said": a one-word name the NER
        # reads as an organisation's elsewhere in the article is the maker, not the product.
        counted = span.label == "ORG" and not _BRAND_AFTER.match(after)
        maker = " " not in name and orgs[name] - counted > 0
        if label in ("ORG", "PERSON") and (
            ((_product(before, words_after) or _brand(name, before, words_after)) and not maker)
            or _modifier(name, after)
        ):
            model = True  # "SpaceX's |Falcon Heavy| rocket", "|Magellanic| penguins"
        if model:
            label = "PRODUCT"  # "Boeing 737 |MAX|": a model's name after its number
        work = _at_end(_WORK_BEFORE, before, 2) if label in ("ORG", "PERSON") else None
        if work and work.group(0).rstrip().endswith(","):
            # "his recent film, |Fall of Grace|.": set off, a title ends its clause; "In a
            # press release, |Amnesty International| said", "Asked about the film, |Netflix|
            # said": the sentence's subject speaks.
            work = work if label == "ORG" and _CLAUSE_END.match(after) else None
        if work:
            label, model = "WORK_OF_ART", True  # "the 1959 romantic comedy |Pillow Talk|"
        said_what = model or (
            label in ("ORG", "PERSON", "GPE")
            and bool(
                inhabited
                or (words_after and words_after[0] in PLACE_NOUNS | WORSHIP_NOUNS)
                or (
                    (place := _PLACE_BEFORE.search(before, sentences[index].start))
                    and not _THE.match(span.text)
                    and not (place.group(0).rstrip().endswith(("and", "or")) and _named(name))
                )
                or _PLACE_AFTER.match(after)
                or _PLACES_AFTER.match(after)
                or ((state := _IN_A_US_STATE.match(after)) and state.group(1) in us_state_names())
            )
        )
        if label in ("ORG", "PERSON") and _medium(name, words_before, words_after, after):
            label, said_what = MEDIUM, True
        elif label in ("ORG", "PERSON") and _UPLOADED_TO.search(before):
            # once, not twice: files are uploaded to a body too ("uploaded the files to
            # |WikiLeaks|" … "WikiLeaks published"), which its acting elsewhere keeps (review36)
            label = MEDIUM
        elif label in ("ORG", "PERSON") and _programme(name, label, before, after):
            label, said_what = PROGRAMME, True
        elif label in ("ORG", "PERSON", "PRODUCT", "WORK_OF_ART") and _uttered(before, after):
            label, said_what = UTTERANCE, True
        elif label in ("ORG", "PERSON") and (
            kind := _designated(name, label, before, after, known_names)
        ):
            label, said_what = kind, True
        # "the Keystone XL pipeline": a structure's name, read as a place's, though once and
        # not twice as a place said to be one is ("the Kinder Morgan pipeline" names the owner
        # as often, which "Kinder Morgan said" then keeps)
        structure = bool(words_after and words_after[0] in STRUCTURE_NOUNS and " " in name)
        if (
            label in ("ORG", "PERSON")
            and (
                said_what
                or structure
                or (
                    words_before
                    and words_before[0] in LOCATIVES
                    and not (label == "ORG" and name.endswith((" University", " College")))
                    # "an analyst at |Sal Oppenheim Bank|", "shares in |Multiplex Group|": an
                    # employer or a company held, read as a place only for its preposition
                    and not (label == "ORG" and _at_end(_HELD_OR_EMPLOYED, before, 2))
                    # "playing in |Alexis Korner's| Blues Incorporated": the preposition's
                    # object is what the person owns
                    and not (label == "PERSON" and _owner_before_name(span.text, after))
                )
                or _located_title(before.split()[-2:])
                or (label == "ORG" and _moved_to(before) and not _a_body(name, known_names))
                or (label == "PERSON" and _travelled(before) and not after.startswith(("'s", "’s")))
                or (label == "PERSON" and name in sited)
            )
        ):
            # (A school one studies "at", read as one, stays one: "a student at |Ural State
            # Medical University|".)
            label = "LOC"
        if name in states_named_like_us_states() and _us_context(
            before, text, name, article.paragraphs
        ):
            label = "LOC"
        if label in ("GPE", "ORG") and not state_name(name) and capital_state(name):
            if label == "GPE" and (
                _GOVERNMENT_ACTS.match(after)
                and _SUBJECT_BEFORE.search(before[sentences[index].start :])
            ):
                label = "ORG"  # "Tehran denied the claims": the government, which is its state
            elif label == "ORG" and _IN_A_PLACE.search(before[-40:]):
                # "officials from |Abu Dhabi|", "flew to |Abu Dhabi|", "police in central
                # |Bangkok|", "the Thai capital |Bangkok|", read as an organisation: the
                # city. Elsewhere ("talks between London and Brussels", "|Moscow's|
                # decision") a capital read as an organisation stays its government.
                label = "GPE"
        if name in SEATS_NAMED_IN_CONTEXT and not any(
            SEATS_NAMED_IN_CONTEXT[name] in paragraph for paragraph in article.paragraphs
        ):
            # "the Blue House" of an article that names no Korea: a building
            seat_of = SEATS_NAMED_IN_CONTEXT[name]
            drop(p, span, name, NotActor.SEAT_ELSEWHERE.why(state=seat_of))
            continue
        if label == "ORG" and (leading := _leading_state(name) or _body_state(name)):
            out.states.append(leading)  # "United States House of Representatives"
        vessel = _at_end(_VESSEL_BEFORE, before, 4)
        ship = not vessel and _at_end(_SHIP_PREFIX_BEFORE, before, 2)
        if (vessel or ship) and (number := _SHIP_NUMBER_AFTER.match(after)):
            # "the rescue ship |Sea-Watch| 3": the ship is "Sea-Watch 3"; the name before its
            # number is its operator's (the charity Sea-Watch), so this mention is neither.
            drop(p, span, name, NotActor.SHIP_CUT.why(name=name, number=number.group(1)))
            continue
        out.candidates.append(
            Candidate(
                article.id,
                p,
                index,
                span.start,
                span.end,
                span.text,
                name,
                label,
                span.label,
                _state_before(before) if label == "ORG" else "",
                " ".join(filter(None, (vessel.group(1).lower(), vessel.group(2))))
                if vessel
                else "ship"
                if ship
                else "",
                # "ex-CIA official |Paul Pillar|": a person's role said, as a place's can be
                said_what
                or (
                    label == "PERSON"
                    and any(q == p and span.start <= s and e <= span.end for q, s, e in retyped)
                ),
                (p, span.start) in given,
                _glossed(label, before, after),
                label == "ORG" and len(words) == 1 and name in traded,
            )
        )

    # 3b. A monarch's or pope's regnal name, which the NER may not read as a name at all
    #     ("the United Kingdom's Queen Elizabeth II announced").
    for p, paragraph in enumerate(article.paragraphs):
        for regnal in _REGNAL.finditer(paragraph):
            start, end = regnal.start(1), regnal.end(1)
            if (
                not free(p, start, end)
                or any(q == p and span.start < end and start < span.end for q, span in spans)
                or regnal.group(1) in ignore
                or (index := sentence_at(p, start)) < 0
            ):
                continue
            name = regnal.group(1)
            out.candidates.append(Candidate(article.id, p, index, start, end, name, name, "PERSON"))

    # 3b'. A state named by its government's adjective ("the Sudanese government denied"),
    #     which GOLD.md folds into the state.
    out.candidates += _state_governments(article, out.candidates, taken, sentence_at)

    # 3c. Two given names that share one surname ("a documentary by Tomasz and Marek
    #     Sekielski"): the first is a person of that surname, whom the NER did not see.
    surnames = {span.text.split()[-1] for _, span in spans if span.label == "PERSON"}
    for p, span in spans:
        words = span.text.split()
        shared = _SHARED_SURNAME.search(article.paragraphs[p][: span.start])
        if not (
            shared
            and span.label == "PERSON"
            and span.entity is None
            and len(words) == 2
            and _name_word(shared.group(1))
            and shared.group(1).lower() not in TITLE_WORDS | CALENDAR_WORDS | PRONOUN_WORDS
            and shared.group(1) not in surnames  # "Biden and Bernie Sanders": two people
        ):
            continue
        start, end = shared.start(1), shared.end(1)
        if (
            not free(p, start, end)
            or any(q == p and other.start < end and start < other.end for q, other in spans)
            or (index := sentence_at(p, start)) < 0
        ):
            continue
        name = f"{shared.group(1)} {words[-1]}"
        if name not in ignore:
            out.candidates.append(
                Candidate(article.id, p, index, start, end, shared.group(1), name, "PERSON")
            )

    # 3c'. A company's name the NER did not read, after a company's noun or an analyst's
    #     employer ("Turkish-Austrian consortium |TAV| was chosen", "gas monopoly |Gazprom|",
    #     "an analyst at |Gartmore|"): its noun says it is a company's.
    for p, text in enumerate(article.paragraphs):
        for unread in _UNREAD_FIRM.finditer(text):
            start, end = unread.start(1), unread.end(1)
            name = unread.group(1)
            first = name.split()[0]
            if (
                not free(p, start, end)
                or any(q == p and o.start < end and start < o.end for q, o in spans)
                or (index := sentence_at(p, start)) < 0
                or name in ignore
                or first.lower() in CALENDAR_WORDS | PRONOUN_WORDS | TITLE_WORDS
                or state_name(name)
                or is_demonym(first)
                or place_kind(name)
                or _at_end(_FAMED_GIANT, text[:start], 2)
            ):
                continue
            out.candidates.append(
                Candidate(article.id, p, index, start, end, name, name, "ORG", traded=True)
            )

    # 3c''. A body's name the NER did not read, or read as a nationality's, that speaks ("In
    #     a statement the |RSPCA| said", "|Haaretz| says"): each of its unread mentions.
    for name in sorted(speakers):
        for p, text in enumerate(article.paragraphs):
            for said in re.finditer(rf"(?<![\w&'’-]){re.escape(name)}(?![\w&'’-])", text):
                start, end = said.start(), said.end()
                if (
                    not free(p, start, end)
                    or any(q == p and o.start < end and start < o.end for q, o in spans)
                    or (index := sentence_at(p, start)) < 0
                ):
                    continue
                out.candidates.append(
                    Candidate(article.id, p, index, start, end, name, name, "ORG", traded=True)
                )

    # 3d. A long name the NER missed before the acronym it read in brackets ("Chirac's Rally
    #     for the Republic (RPR)"): the capitalised words before the bracket, the first of
    #     them the acronym's first letter (a translated name need not spell the rest).
    for p, text in enumerate(article.paragraphs):
        for bracket in _ACRONYM_IN_BRACKETS.finditer(text):
            acronym = bracket.group(1)
            if (run := _defined_before(text[: bracket.start()], acronym)) is None:
                continue
            start, end = run
            if (
                not (acronym.isupper() or _initialism_of_body(acronym, text[start:end]))
                or not free(p, start, end)
                or any(q == p and o.start < end and start < o.end for q, o in spans)
                or (index := sentence_at(p, start)) < 0
                or text[start:end] in ignore
            ):
                continue
            name = text[start:end]
            out.candidates.append(
                Candidate(article.id, p, index, start, end, name, name, "ORG", ner_label="ORG")
            )

    # 4. The speaker of a quotation is an actor the reader wants even where the NER missed
    #    the name ("Regina Ip from the pro-Beijing camp said", "Pelosi called it"): the
    #    capitalised words around the speaker's head word, a person (a lone surname only
    #    links to a person named in full, as any surname does).
    seen = {(c.paragraph, c.start) for c in out.candidates}
    for frame in annotation.frames.quotes:
        found = _speaker_name(article, frame)
        if found is None:
            continue
        p, start, end = found
        if not free(p, start, end):
            continue
        if any(q == p and span.start < end and start < span.end for q, span in spans):
            continue  # the NER saw a name there: step 3 decided it
        index = sentence_at(p, start)
        if index < 0 or (p, start) in seen:
            continue
        seen.add((p, start))
        text = article.paragraphs[p][start:end]
        name = strip_titles(clean_name(text))
        # "Minister of the |Interior Arye Derry| said": the office's domain, then the speaker,
        # cut as step 3 cuts a name the NER found there.
        if (of := _at_end(_OF_BEFORE, article.paragraphs[p][:start], 3)) and (
            person := _after_place(name, of.group(1).lower() in TITLE_WORDS)
        ):
            name = person
        if name and name not in ignore:
            out.candidates.append(Candidate(article.id, p, index, start, end, text, name, "PERSON"))
            if " " not in name and (full := _full_name_written(article, name, spans)):
                q, s, e = full
                if free(q, s, e) and (q, s) not in seen and (at := sentence_at(q, s)) >= 0:
                    seen.add((q, s))
                    written = article.paragraphs[q][s:e]
                    out.candidates.append(
                        Candidate(article.id, q, at, s, e, written, written, "PERSON")
                    )

    # 4b. A speaker whose quotation says "I" or "me" and never "we" is a person, where the
    #     NER read a name shaped as a person's as a body's: "|Luis Rivera| said, "I will
    #     not resign""; so is the same name elsewhere in the article (actors105). Not a lone
    #     word ("|Pierluisi| said, "If the Senate confirms me""): a surname alone makes no
    #     person's page unless a full name carries it, which already takes it.
    if one_voice := first_person_speakers(annotation.frames.quotes):
        people = {
            c.name
            for c in out.candidates
            if c.label == "ORG"
            and person_like(c.name.split(), adjectives=False)  # "Dominic Hare"
            and any(q == c.paragraph and c.start <= head < c.end for q, head in one_voice)
        }
        out.candidates = [
            replace(c, label="PERSON") if c.label == "ORG" and c.name in people else c
            for c in out.candidates
        ]

    # 5. Bodies written in words the NER does not read as a name: "the Prime Minister's
    #    Office", "the Canadian parliament".
    #    A prosecutor's office holds the NER's pieces of it ("|Manhattan| District
    #    Attorney's |Office|", "|The Manhattan DA's| office"), which it replaces.
    held: list[tuple[int, int, int]] = []
    for p, paragraph in enumerate(article.paragraphs):
        for start, end, name, owner in _bodies_in_words(paragraph):
            office = name.endswith(" Attorney's Office")
            if (
                not free(p, start, end)
                or any(
                    q == p
                    and span.start < end
                    and start < span.end
                    and not (span.label in ("NORP", "GPE") and start <= span.start)
                    and not span.text.islower()  # "China's |foreign ministry|": no name
                    and not (office and _within(span, start, end))
                    for q, span in spans
                )
                or name in ignore
                or (index := sentence_at(p, start)) < 0
            ):
                continue
            text = paragraph[start:end]
            if office:
                held.append((p, start, end))
            out.candidates.append(
                Candidate(article.id, p, index, start, end, text, name, "ORG", "", owner)
            )
    if held:
        out.candidates = [
            c
            for c in out.candidates
            if not any(
                c.paragraph == p and _within(c, s, e) and (c.start, c.end) != (s, e)
                for p, s, e in held
            )
        ]
    return out


_REGNAL = re.compile(
    r"\b(?:Queen|King|Pope|Emperor|Empress|Tsar|Sultan|Prince|Princess) "
    r"([A-Z][a-zà-ÿ]+ (?:[IVX]{1,5}))\b(?![\w'’-])"
)
"""'Queen |Elizabeth II|', 'Pope |Benedict XVI|': a title, then a given name and a regnal
numeral; the name without the title is the person's."""


_LIKENESS_SUFFIX = re.compile(r"-(?:style|esque|like|era)$")
"""A suffix glued to a person's name that makes it an adjective ("a George Bush-style tax
cutting spree"): the name without it is the person's."""
_SHARED_SURNAME = re.compile(r"(?<![\w'’-])([A-ZÀ-Ý][a-zà-ÿ]+) and $")
"""'|Tomasz| and Marek Sekielski': a given name, then 'and' right before a person's name."""
PARTY_HEADS = frozenset("Bloc Parti Partido Partito Partij Partia Partiya".split())
"""First words of a party's name in its own language ("Bloc Québécois", "Parti Québécois",
"Partido Popular"), which the NER reads as a place's."""
BODY_NOT_BUILDING = frozenset(
    "charity foundation fund trust association society federation league party movement".split()
)
"""Last words of an organisation's name, never a building's, though the NER may read it as
one ("the Great Orchestra of Christmas Charity")."""
