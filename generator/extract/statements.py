"""Statements: quoted words and who said them.

``match_quotes`` runs in the annotate stage on each paragraph's parse and records, per
quotation, the cue ("said", "told", "according to") and the phrase of its speaker; the
result is cached with the annotation. ``attribute`` runs after resolve and is cheap: it turns
each speaker phrase into an actor, and a pronoun or title ("he said", "the spokesman said"),
a quotation that continues another or one introduced by the paragraph before ("Peskov said:")
into the speaker named just before.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Collection, Iterator, Sequence
from dataclasses import replace
from datetime import date
from itertools import pairwise
from typing import TYPE_CHECKING

from ..dates import WEEKDAYS, find_dates
from ..gazetteer import demonym_state, state_name
from ..ids import slugify
from ..model import (
    Article,
    DateMention,
    Entity,
    Mention,
    QuoteFrame,
    Role,
    Sentence,
    Span,
    Statement,
)
from ..titles import TITLE_WORDS
from .parse import quote_spans, subject, subtree_role, token_role, within
from .tie import OPENS
from .vocabulary import (
    OPENING_FUNCTION_WORDS,
    OUTLETS,
    POSSESSIVES,
    PRONOUNS,
    SPEECH,
    SPEECH_NOUNS,
    forms,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .tie import Context

TITLES = frozenset(
    "spokesman spokeswoman spokesperson president minister leader chancellor secretary "
    "ambassador envoy premier chairman chairwoman governor senator".split()
)
"""Head words of a speaker phrase that stand for someone named before ("the spokesman
said"); any other common noun ("sources said", "a protester said") is an unnamed source."""
DEFINITE_TITLES = frozenset(
    "judge justice mayor sheriff commissioner general commander official professor "
    "co-author author director prosecutor attorney lawyer scientist researcher".split()
)
"""Head words that stand for someone named before only with a definite article or an owner
("the judge's statement", "The Wooster professor added"); "a professor said" is a source."""
SOURCES = frozenset(
    "analyst analysts expert experts professor researcher researchers scientist scientists "
    "prosecutor attorney lawyer lawyers executive economist witness witnesses eyewitness "
    "resident residents survivor doctor journalist reporter correspondent historian "
    "commentator academic lecturer director dr".split()
)
"""Words of a speaker phrase that make the speaker a source commenting on the news ("former
federal prosecutor Elie Honig", "United States Attorney Jessie K. Liu", "said Dr. Livermore":
the title "Dr." is a doctor's or a scholar's), not someone whose words are an act of policy."""
NAMES = frozenset(("PERSON", "ORG", "GPE", "NORP"))
BODIES = frozenset(
    "court tribunal army police commission committee council ministry department "
    "agency coalition company bank government office party union parliament forces".split()
)
"""Head words of a speaker phrase that stand for the body of that kind the article names
("the court said" after "the Court of Session"; "the Commission said")."""
OFFICES_LIKE_SOURCES = (
    "attorney general",
    "chief executive",
    "fbi",
    "cia",
    "national intelligence",
    "federal bureau",
    "central intelligence",
)
"""Offices of government that contain a source's word."""
REPRESENTATIVES = frozenset(
    "official officials spokesman spokeswoman spokesperson representative representatives "
    "government administration authorities".split()
)
"""Unnamed speakers who speak for the body or state they are "from" or "of" ("an official
from TfL", "the government of American Samoa")."""
ORGANISATION_WORDS = BODIES | frozenset(
    "foundation institute university society association group center centre corporation "
    "company inc ltd news times post network agency fund club league federation".split()
)
"""Words of a name that make it an organisation's, whatever the NER said."""
NAMING = frozenset("called named dubbed titled entitled labelled labeled termed".split())
"""Participles that give a thing its name ("a program called "Learning Together"")."""
PLATFORMS = frozenset("twitter facebook instagram youtube tiktok telegram weibo".split())
"""Where words are posted, which the NER may take for a person: no one named."""
OWNERS = frozenset("his her its their".split())
"""Possessive pronouns that own a speech noun ("his letter read") and stand, as the pronoun
would, for someone named before."""
SPOKESPEOPLE = frozenset("spokesman spokeswoman spokesperson".split())
"""Titles of someone who speaks for another: "the spokesman" is whoever the article called
so, never the one he speaks for."""
PREPOSITIONS = frozenset("for of to with by from about on at".split())
ISSUING = forms(
    "issue", "release", "publish", "post", "deliver", "share", "tweet", "write", "send", "make",
    "put", "give",
)  # fmt: skip
"""Verbs whose subject makes the statement or letter they take ("issued a statement saying")."""
VIEWS = forms("believe")
"""Speech verbs that report a view, not words spoken: whoever says someone "believed" the
lockdown "the only way" gives her own account of it."""
PERSONAL = frozenset("he she him her his".split())
"""Pronouns that stand for a person, not a body."""
POSTNOMINALS = frozenset("MP MPs MSP MEP MLA MS AM QC KC OBE MBE CBE KBE".split())
"""Letters after a person's name that say what seat or honour they hold ("Tom McCabe MSP")."""
MAX_GAP = 2
"""Paragraphs back that a pronoun or title may look for the speaker it stands for."""
REPLIES = forms("reply", "respond", "answer", "counter", "retort")
"""Verbs of answering: whoever replies is not the one who spoke just before."""
CUES = SPEECH | forms("counter", "retort", "commend")
"""Verbs that attribute quoted words: the speech verbs and replies that answer someone
("but Parry countered: "…"")."""
HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Miss)\.? [A-Z][\w'’-]+")
"""Someone named by honorific and surname ("Ms Detakats said she was a collector")."""


def match_quotes(doc: Doc, paragraph: int) -> tuple[QuoteFrame, ...]:
    """Every quotation in one paragraph's parse, with its cue and speaker phrase if found;
    and a lead-in ("Peskov said:") when the paragraph ends by introducing the next one."""
    # 'about 5' 10" tall': a mark after a digit is a measure, no quotation; nor are words
    # that name a thing a sentence is about ('"Yes We Can" became the slogan')
    quotes = [
        q
        for q in quote_spans(doc.text)
        if not doc.text[max(0, q[0] - 2) : q[0]][:1].isdigit()
        and not _named_subject(doc, q[0], q[1])
    ]
    # '"… 26 weeks. "We are going …" She said …': a quotation reopened without the one before
    # closing goes on with it, so the cue after it is the next one's, not its own.
    outer = [q for q in quotes if not any(o[0] < q[0] and q[1] <= o[1] for o in quotes)]
    reopened = {after[0] for before, after in pairwise(outer) if not before[2]}
    cues = {}
    for start, end, _ in quotes:
        cue = _cue(doc, start, end, quotes)
        if start in reopened and cue is not None and not _follows(doc, end, cue):
            cue = None
        cues[start, end] = cue
    # '"… the vote. "We are strong," Smith said.': the cue in the sentence of the reopened
    # quotation is that of the whole one, the sentences before it included.
    for before, after in reversed(list(pairwise(outer))):
        if not before[2] and cues[before[:2]] is None:
            cues[before[:2]] = cues[after[:2]]
    frames = []
    for start, end, _ in quotes:
        quote = Role(start, end, doc.text[start:end])
        frames.append(_frame(doc, paragraph, quote, cues[start, end], quotes))
    if doc.text.rstrip().endswith(":") and (not quotes or quotes[-1][1] < len(doc.text) - 2):
        last = next(reversed(list(doc.sents)))
        verbs = [t for t in last if t.lower_ in SPEECH and t.pos_ in ("VERB", "AUX")]
        if not verbs and last.root.pos_ == "VERB" and not within(last.root, quotes):
            verbs = [last.root]  # "Pompeo addressed reporters on Monday:" introduces too
        if verbs:
            empty = Role(len(doc.text), len(doc.text), "")
            frames.append(_frame(doc, paragraph, empty, verbs[-1], quotes, intro=True))
    elif doc.text.rstrip().endswith(".") and (not quotes or quotes[-1][1] < len(doc.text) - 2):
        # "Pompeo spoke to reporters in Brussels." closing a paragraph: a quotation opening
        # the next one with no cue of its own is his.
        last = next(reversed(list(doc.sents)))
        root = last.root
        if (
            root.lower_ in SPEECH
            and root.pos_ == "VERB"
            and not within(root, quotes)
            and not any(start <= t.idx < end for t in last for start, end, _ in quotes)
            and any(
                c.pos_ == "PROPN" or c.lower_ in ("he", "she") or c.lower_ in TITLES
                for c in _subjects(root)
            )  # "Pompeo spoke …", "He said the talks had failed.", "The minister said …"
        ):
            empty = Role(len(doc.text), len(doc.text), "")
            frames.append(_frame(doc, paragraph, empty, root, quotes, intro=True))
    return tuple(frames)


def _subjects(verb: Token) -> list[Token]:
    """A verb's subjects, with one the parse hangs on its auxiliary ("But he did, for the
    first time, say …": "he" on "did")."""
    return [
        c
        for t in (verb, *(a for a in verb.children if a.dep_ == "aux"))
        for c in t.children
        if c.dep_ == "nsubj"
    ]


def _frame(
    doc: Doc,
    paragraph: int,
    quote: Role,
    cue: Token | None,
    quotes: list[tuple[int, int, bool]],
    intro: bool = False,
) -> QuoteFrame:
    # A quotation nested in another (Bolton: "… and President Trump said, 'Let's talk about
    # it tomorrow.'") has its speaker inside the enclosing one: that one hides no words.
    inside = [
        q
        for q in quotes
        if q[0] <= quote.start and quote.end <= q[1] and (q[0], q[1]) != (quote.start, quote.end)
    ]
    quotes = [q for q in quotes if q not in inside]
    who = _speaker(cue, quote, quotes) if cue is not None else None
    if inside and (
        cue is None
        or not within(cue, inside)
        or who is None
        or not (who.pos_ == "PROPN" or who.ent_type_ == "PERSON")
    ):
        # "I'd think, 'Wow …'" inside someone's quotation: their own words, already theirs
        return QuoteFrame(paragraph, quote, None, None, cue.text if cue else "", "unnamed", intro)
    if cue is None and not intro and _others_sentence(doc, quote, quotes):
        return QuoteFrame(paragraph, quote, None, None, "", "unnamed", intro)
    if cue is None or who is None:
        return QuoteFrame(paragraph, quote, None, None, cue.text if cue else "", "none", intro)
    if (
        who.idx < quote.start
        and quote.end < cue.idx
        and not intro
        and not any(
            t.pos_ in ("VERB", "AUX") for t in doc[who.i + 1 : cue.i] if t.idx < quote.start
        )
    ):  # A name in quotation marks between the speaker and the cue, no verb before it
        # ("Anna Franowska of "Have no fear", a charity, told Reuters"): no words of theirs.
        return QuoteFrame(paragraph, quote, None, None, cue.text, "unnamed", intro)
    phrase = subtree_role(doc, who, quotes)
    who = _named_last(doc, who, phrase)
    if who.lower_ in PRONOUNS or (who.lower_ in OWNERS and who.dep_ == "poss"):
        form = "pronoun"  # "His letter to Zelensky read": whoever "his" stands for
    elif _HANDLE.fullmatch(who.text) or (
        who.pos_ == "PROPN"
        or who.ent_type_
        or any(c.dep_ == "appos" and (c.pos_ == "PROPN" or c.ent_type_) for c in who.children)
    ):  # "@realDonaldTrump wrote": a name, as handles go
        form = "name"
    elif (
        who.lower_ in TITLES
        and not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in who.children)
    ) or (  # "a hospital spokesperson" is someone unnamed, not the one named before
        who.lower_ in DEFINITE_TITLES
        and any(c.dep_ == "poss" or c.lower_ in ("the", "this") for c in who.children)
    ):
        form = "title"
    else:  # kept: "the court" may stand for a court the article names
        form = "unnamed"
    return QuoteFrame(paragraph, quote, phrase, token_role(doc, who), cue.text, form, intro)


def _others_sentence(doc: Doc, quote: Role, quotes: list[tuple[int, int, bool]]) -> bool:
    """Whether a quotation with no cue sits inside a sentence whose subject, before it, is a
    thing or someone unnamed ("A 2006 US report called the militia a "…"", "The ruling
    described "…""): their words, not a continuation of whoever was quoted before; a title
    ("The minister "will not resign"") may stand for him."""
    first = next((t for t in doc if t.idx >= quote.start), None)
    if first is None:
        return False
    sentence = first.sent
    if any(sentence.start_char <= q[0] and q[1] <= quote.start for q in quotes):
        return False  # '… with Zinichev describing "…" as making it "…"': his sentence
    return any(
        t.dep_ in ("nsubj", "nsubjpass")
        and t.pos_ == "NOUN"
        and t.lower_ not in TITLES | DEFINITE_TITLES
        and t.head == sentence.root
        and t.head.pos_ in ("VERB", "AUX")
        and t.idx < t.head.idx < quote.start
        and not within(t, quotes)
        for t in sentence
    )


def _named_last(doc: Doc, who: Token, phrase: Role) -> Token:
    """A speaker phrase ending with a person's name is that person's, whatever the parse
    made its head ("University of California, San Diego's chancellor, Pradeep Khosla";
    "Longtime Imus in the Morning writer Rob Bartlett"), unless the name is an object ("a
    spokesman for Vladimir Putin")."""
    last = next((e for e in doc.ents if e.label_ == "PERSON" and e.end_char == phrase.end), None)
    if (
        last is None
        or last.start_char <= phrase.start
        or last.start <= who.i < last.end
        or doc[last.start - 1].pos_ in ("ADP", "CCONJ", "DET")
        or (who.ent_type_ == "PERSON" and last[-1].dep_ == "appos" and last[-1].head == who)
    ):  # "a spokesman for Vladimir Putin", "The Bernie and Sid Show"; "According to
        # spokesman Dmitry Peskov, Vladimir Putin "…"": one person hung on another
        return who
    return last[-1]


def _follows(doc: Doc, end: int, cue: Token) -> bool:
    """True when the cue comes after a quotation within its sentence ('…," Smith said'), not
    in a sentence after it ('…." She said mothers …': that sentence's own)."""
    return cue.idx > end and not any(t.is_sent_start for t in doc if end < t.idx <= cue.idx)


CONTRASTING = frozenset("while whereas although though".split())
"""Conjunctions opening a clause of someone else's after a quotation."""
FINITE = frozenset("VBD VBZ VBP MD".split())
"""Tags of a finite verb, which a sentence's subject comes before."""


WORDS_SAID = SPEECH_NOUNS | frozenset(
    "reply response answer words quote remark comment warning promise pledge claim".split()
)
"""Nouns whose quotation in apposition is words someone said ("his reply, "No", was …")."""


def _named_subject(doc: Doc, start: int, end: int) -> bool:
    """Whether the quoted words are a thing named as the subject of the verb just after them,
    said by no one: '"Isn't it great" was the comment', '"Yes We Can" became the slogan',
    'The song "Bohemian Rhapsody" was played'; not '"We won," Smith said' nor a partial
    quotation in someone's sentence ('She said "superior" tactics could …')."""
    if doc.text[start:end].rstrip()[-1:] in tuple(",.!?;:…"):
        return False
    verb = next((t for t in doc if t.idx >= end and not t.is_punct and not t.is_space), None)
    gap = doc.text[end : verb.idx].strip(" \"”’'") if verb is not None else ""
    if verb is None or verb.tag_ not in FINITE or verb.lower_ in CUES:
        return False
    if gap:
        # 'his event, "Storm Area 51", was posted': set off by commas after a noun, in
        # apposition to it, the words name the thing; a speech noun's are words said
        before = [t for t in doc if t.idx < start and not t.is_quote and not t.is_space]
        return (
            gap == ","
            and len(before) >= 2
            and before[-1].text == ","
            and before[-2].tag_ in ("NN", "NNS")
            and before[-2].lower_ not in WORDS_SAID
            and before[-2].sent == verb.sent
        )
    if verb.lemma_ == "be" or verb.lower_ in ("is", "was", "are", "were", "'s"):
        after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
        if after is not None and after.lower_ in ("what", "how"):
            return False  # '"We will fight" is what Berg said': her words after all
    first = next((t for t in doc if t.idx >= start), None)
    lead = [t for t in first.sent if t.idx < start] if first is not None else []
    words = [t for t in lead if not t.is_quote]  # "office, "…" is an aim": no noun before it
    if words and words[-1].tag_ in ("NN", "NNS") and not words[-1].is_title:
        return True  # 'Berg said the phrase "Never Again" was important': the phrase's name
    # nothing finite before it in its sentence, and no clause it would end ("X said, "…"")
    return not any(t.tag_ in FINITE or t.text in (",", ":", ";") for t in lead)


def _cue(doc: Doc, start: int, end: int, quotes: list[tuple[int, int, bool]]) -> Token | None:
    """The word that attributes the quotation: a speech verb it hangs from, else one just
    after it ("…," X said), else the nearest one before it (X said: "…"), else "according
    to", else the main verb of a sentence that introduces it with a colon or comma ("Bolsonaro
    opposed the statement: "…""; a partial quotation: "X called it "…"")."""
    lead = doc.text[:start].rstrip(" \"“‘'")
    # Quotations around this one (a nested quotation is read inside its enclosing one).
    others = [q for q in quotes if not (q[0] <= start and end <= q[1])]
    inside = [t for t in doc if start <= t.idx < end]
    for token in inside:
        head, steps, last = token.head, 0, token
        while head != head.head and start <= head.idx < end and steps < 20:
            head, steps, last = head.head, steps + 1, head
        for _ in range(4):
            if within(head, others) or start <= head.idx < end:
                break
            if _is_cue(head, hung=True):
                return _reporting(head, last, others)
            last = head
            if head == head.head:
                break
            head = head.head
    region: list = []
    for t in (t for t in doc if t.idx > end):
        if within(t, others) or (t.is_sent_start and region and t.i > region[-1].i + 1):
            break
        if t.lower_ in CONTRASTING and t.dep_ in ("mark", "cc"):
            break  # '… as "desperate", while the Liberal Democrats said': their own words
        region.append(t)
        if t.text in (".", "!", "?", ";"):
            break
    if region and region[0].is_sent_start and lead.endswith(":"):
        # "The Department issued a statement: "…" They also said …": the lead-in introduces
        # it, not the next sentence's verb
        region = []
    before = []
    for t in reversed([t for t in doc if t.idx < start - 1]):
        if within(t, others):
            break
        before.append(t)
        if t.is_sent_start:
            break
    ended = doc.text[start:end].rstrip(" \"”’'").endswith((".", "!", "?"))
    # A quotation that opens the paragraph or follows another in it may go on with the words
    # of someone quoted before ('"…," said X. "…." Y warned that …'); one amid the narrative
    # is the words of whoever the next sentence says said it ('"…." Mr Negroponte … conceded
    # this was ambitious').
    follows = not lead.strip() or any(q[1] < start for q in others)
    # '… also rejected the plan. "The exclusion …"': a quotation that is a sentence of its own
    opens = lead.endswith((".", "!", "?", ":")) and doc.text[start : start + 1].isupper()
    for candidates in (region, before):
        for t in candidates:
            if (
                ended
                and t.lower_ == "according"
                and any(u.is_sent_start for u in region if u.i <= t.i)
            ):  # "…." Seventeen rockets struck, according to Iraqi military: its own source
                break
            if (
                ended
                and follows
                and candidates is region
                and _is_cue(t)
                and any(u.is_sent_start for u in region if u.i <= t.i)
                and (
                    any(c.dep_ == "ccomp" and not within(c, quotes) for c in t.children)
                    or (t.tag_ == "VBG" and not any(c.dep_.startswith("nsubj") for c in t.children))
                    or (
                        any(q[1] < start for q in others)
                        and any(u.idx > end and within(u, others) for u in t.subtree)
                    )
                )
            ):  # after a quotation that goes on from another (whose speaker says it), the next
                # sentence's own cue: '"…." Cosla warned that councils would struggle' (a
                # clause of its own), '"… you love." Describing Mr Jackson as "a good person",
                # the mother said' (a participle), '"…." The group warned that it would "…"'
                # (a quotation of its own, after one that goes on from another before it)
                break
            if _is_cue(t) or (candidates is before and _gives_view(t, opens)):
                return t
    announced = any(t.lower_ in SPEECH_NOUNS and t.dep_ == "dobj" for t in before)
    # ""Dark Star", "Uncle John's Band"": a comma after another quotation lists names
    listed = lead.endswith(",") and lead[:-1].rstrip().endswith(('"', "”"))
    if (
        before
        and not listed
        and lead.endswith((":", ","))
        and (doc.text[start : start + 1].isupper() or (announced and lead.endswith(":")))
    ):  # "The government issued a statement: "imposition of citizenship …""
        root = before[-1].sent.root
        # "Fans would find it controversial, but Parry countered: "…"": the verb joined to
        # the root with its own subject introduces it, not the root
        joined = [
            c for c in root.children
            if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and root.idx < c.idx < start
            and any(g.dep_ == "nsubj" for g in c.children) and not within(c, others)
        ]  # fmt: skip
        if joined and root.pos_ in ("VERB", "AUX") and root.idx < start:
            return joined[-1]
        if root.pos_ in ("VERB", "AUX") and root.idx < start and not within(root, others):
            return root
        # The parse may root the sentence in the quotation ("X was blunt: "…""): the verb
        # of the words before it that hangs from the quotation introduces it.
        lead_verbs = [
            t for t in before
            if t.pos_ in ("VERB", "AUX") and t.head.idx >= start and not within(t, others)
        ]  # fmt: skip
        if lead_verbs:
            return lead_verbs[-1]
    return None


def _reporting(cue: Token, quoted: Token, others: list[tuple[int, int, bool]]) -> Token:
    """The verb that reports a quotation joined by "and" to a reported clause ("Ortagus said
    Pompeo had spoken to Mahdi and "we strongly urge …"") or hung on whoever the clause says
    was spoken to ("Ortagus said Pompeo spoke with Mahdi, who "committed to …""): the
    reporter's words, not those of whoever the clause says spoke; and a view a spokesperson
    reports."""
    outer = cue.head
    # "Spokeswoman Khusela Diko said Ramaphosa believed the lockdown was "…"": the
    # spokesperson's words, whoever she says holds the view; not what she says he told
    # someone ("… said Johnson told the cabinet: "We will deliver Brexit."": his words)
    spokesperson = cue.lower_ in VIEWS and any(
        c.dep_ == "nsubj" and any(t.lower_ in SPOKESPEOPLE for t in c.subtree)
        for c in outer.children
    )
    # "spoke with Mahdi, who "…"": the quotation hangs on the one spoken with, not on what
    # the clause's speaker spoke of ("Lavrov said Putin warned of "grave consequences"")
    spoken_with = quoted.dep_ == "prep" and any(
        o.dep_ == "pobj" and _names_someone(o) for o in quoted.children
    )
    if (
        (((quoted.dep_ == "conj" or spoken_with) and quoted.head == cue) or spokesperson)
        and cue.dep_ == "ccomp"
        and outer != cue
        and not within(outer, others)
        and _is_cue(outer)
        and any(c.dep_ == "nsubj" and _names_someone(c) for c in outer.children)
    ):
        return outer
    return cue


def _is_cue(token: Token, hung: bool = False) -> bool:
    """A speech verb in the active voice ("was called the breadbasket" names no speaker).
    ``hung``: the quotation hangs from it, so a relative clause is no mere remark ("which
    the BBC describes as "marred by …"")."""
    if token.lower_ == "according":
        return True
    passive = any(c.dep_ in ("nsubjpass", "auxpass", "agent") for c in token.children)
    passive = passive and _agent(token) is None  # "he was told by Minister X of "…""
    # "— which the BBC noted as unusual —": a remark about the sentence, not its attribution.
    remark = not hung and any(c.lower_ == "which" and c.dep_ != "nsubj" for c in token.children)
    # "a program … called "Learning Together"": a participle naming a thing quotes its name
    naming = (
        token.lower_ in NAMING
        and token.dep_ in ("acl", "advcl")
        and not any(c.dep_.startswith("nsubj") for c in token.children)
    )
    # "the show described as "A Concert of Hope"": a participle with no one who describes
    participle = token.tag_ == "VBN" and token.dep_ == "acl" and _agent(token) is None
    return (
        token.lower_ in CUES
        and token.pos_ in ("VERB", "AUX")
        and not participle
        and not passive
        and not remark
        and not naming
    )


VIEW_NOUNS = frozenset(
    "explanation explanations view views opinion opinions assessment reaction thoughts "
    "verdict analysis take perspective prediction".split()
)
"""Nouns of what someone says about something ("offered his explanation", "gave her view"):
the verb that takes one as its object introduces the words quoted after it."""


STANCES = forms("reject", "welcome", "defend", "dismiss", "hail", "applaud", "lament", "oppose")
"""Verbs by which someone named takes a stance, which a quotation of its own after them
gives in the subject's words ("Omar Nadim also rejected the plan. "…"")."""


def _gives_view(token: Token, opens: bool) -> bool:
    """A verb in the active voice whose object is the subject's view or explanation ("Tom
    Hale offered his explanation for the clauses. "…"" is his), or, when the quotation is
    a sentence of its own (``opens``), a verb of stance with a name as subject: a cue for
    the quotation after it; "the report gave a view" and "Israel rejected the "land for
    peace" formula" are none."""
    if token.pos_ != "VERB" or any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children):
        return False
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if (
        opens
        and token.lower_ in STANCES
        and any(_names_someone(c) for c in subjects)
        and not any(c.dep_ == "dobj" and _is_person(c) for c in token.children)
    ):  # "Labour welcomed John Smith. "…"": a stance on a thing; one greeted, fired or
        # opposed is no view the quotation after it gives
        return True
    return bool(subjects) and any(
        c.dep_ == "dobj"
        and c.lower_ in VIEW_NOUNS
        and any(o.dep_ == "poss" and o.lower_ in OWNERS for o in c.children)
        for c in token.children
    )


def _is_person(token: Token) -> bool:
    """Whether a noun phrase's head is a person: a name the NER calls one, or "him"/"her"."""
    return token.ent_type_ == "PERSON" or token.lower_ in ("him", "her", "them")


def _agent(verb: Token) -> Token | None:
    """Who a passive speech verb names as speaking ("was told by Emergencies Minister Yevgeny
    Zinichev of "…"", "was described by the CBCP as "…""): a name, not "by critics"."""
    return next(
        (o for by in verb.children if by.dep_ == "agent" for o in by.children
         if o.dep_ == "pobj" and (o.pos_ == "PROPN" or o.ent_type_ in NAMES)),
        None,
    )  # fmt: skip


def _speaker(cue: Token, quote: Role, quotes: list[tuple[int, int, bool]]) -> Token | None:
    """The speaker's head word: the subject of the cue verb outside the quotation (a proper
    noun before a common one: "A member of parliament, Samir Dilou said"), or after the cue
    when inverted ("…," tweeted Ken Gude), else the person named just before the cue
    ("Speaking to AFP, the president of the league, Jamel Msallem, said"); the object of
    "according to"; a statement, tweet or letter stands for whoever made it ("Trump's
    statement read", "a statement by X")."""
    root = cue.sent.root
    if cue.tag_ == "VBN" and cue.dep_ == "acl" and cue.head.lower_ in WORKS:
        # "the book "Hegemony or Survival", written by Noam Chomsky": its author wrote the
        # book; the quotation is its title, or words of whoever spoke of it
        return None
    if cue.lower_ == "according":
        # "X decided, according to the summary, "…"": the sentence's own subject speaks;
        # the source it is according to only reports it.
        host = cue.head
        obj = next((o for to in cue.children for o in to.children if o.dep_ == "pobj"), None)
        # "According to spokesman Dmitry Peskov, Putin "regrets …"": a spokesperson speaks
        spokesperson = obj is not None and any(t.lower_ in SPOKESPEOPLE for t in obj.subtree)
        # Only when the parse roots the sentence in the quotation: taking the subject of a
        # host that is the root too found one more speaker on dev and two wrong ones.
        main = within(root, quotes)
        if (
            main
            and not spokesperson
            and host != cue
            and host.pos_ in ("VERB", "AUX")
            and host.idx < quote.start
            and not within(host, quotes)
        ):
            own = next((c for c in host.children if c.dep_ == "nsubj"), None)
            introduced = cue.doc.text[: quote.start].rstrip(" \"“‘'").endswith(":")
            if (
                own is not None
                and not within(own, quotes)
                and (_names_someone(own) or not introduced)
            ):  # "According to X, the manifesto could …: "…"": no words of the manifesto's
                return _owner(own)
        return _owner(obj) if obj is not None else None
    quoted = _quoted_as(cue, quotes) or _issuer(cue, quote, quotes)
    if quoted is not None:
        return quoted
    who = _agent(cue)
    if who is not None and not within(who, quotes):
        return _owner(who)
    if cue.dep_ == "acl" and cue.head.lower_ in SPEECH_NOUNS and cue.head.idx < quote.start:
        # "Boeing issued a statement saying it was "deeply saddened"": whoever made it, not
        # whoever received or rejected it ("Pelosi received a letter saying")
        noun = cue.head
        owner = _owner(noun)
        if owner != noun and not within(owner, quotes):
            made = owner.head != noun.head or noun.head.lower_ in ISSUING
            return owner if made else None  # else its writer, unnamed
    who = None
    if (
        cue.tag_ == "VBG"
        and not any(c.dep_.startswith("nsubj") and _names_someone(c) for c in cue.children)
        and root.i != cue.i
        and root.lower_ in SPEECH
        and root.pos_ in ("VERB", "AUX")
    ):  # "…, adding that …", "Calling it "…", X told Reuters": whoever says the sentence
        return _speaker(root, quote, quotes)
    trailed = _trailing_participle(cue, quotes)
    if trailed is not None:
        # "Blix recommended that the US give Iran the commitment it gave North Korea,
        # stating, "…"", "Obama linked the suspect to al-Qaeda saying "…"": the participle
        # trails the sentence's own verb, whose subject says it
        return _speaker(trailed, quote, quotes)
    who = who or subject(cue)
    if who is None:  # "But he did, for the first time, say": the parse may hang him on "did"
        who = next(iter(_subjects(cue)), None)
    if who is not None and within(who, quotes):
        # the quotation's own subject ("The only conclusion … ," tweeted X); the parse may
        # hang both on the cue (""… and all that," Day said"): the one outside speaks
        who = next((c for c in cue.children if c.dep_ == "nsubj" and not within(c, quotes)), None)
    if who is not None and not (who.pos_ == "PROPN" or who.ent_type_ in NAMES):
        # "One of these groups, the SDF, said": the name in apposition speaks, also when
        # the parse hangs it on a place ("The mayor of Paris, Anne Hidalgo, wrote")
        appos = [c for c in who.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        # the parse may split a subject at its hyphen ("Another co-author, professor Julian
        # Marshall, said": "co", "-" and "author" each a subject): each part's apposition
        parts = [who] + [c for c in cue.children if c.dep_ == "nsubj" and c.i > who.i]
        appos += [
            t for part in parts for t in part.subtree
            if t.dep_ == "appos" and t.ent_type_ == "PERSON" and not within(t, quotes)
        ]  # fmt: skip
        who = appos[0] if appos else who
    if who is not None and not (who.pos_ == "PROPN" or who.ent_type_):
        # "A university student named Wong said"
        who = next(
            (o for acl in who.children if acl.dep_ == "acl" and acl.lower_ in ("named", "called")
             for o in acl.children if o.dep_ in ("oprd", "dobj", "attr") and o.pos_ == "PROPN"),
            who,
        )  # fmt: skip
    if who is not None and not (who.pos_ == "PROPN" or who.ent_type_):
        named = [
            c for c in who.head.children
            if c.dep_ == "nsubj" and c.pos_ == "PROPN" and not within(c, quotes)
        ]  # fmt: skip
        who = named[-1] if named else who
    if who is None and _right_after(cue, quote):  # inverted: "…," tweeted Ken Gude
        who = next(
            (c for c in cue.rights if c.dep_ in ("dobj", "attr", "npadvmod", "dep", "appos")
             and (c.pos_ == "PROPN" or c.ent_type_)),
            None,
        )  # fmt: skip
    if who is None and _right_after(cue, quote) and cue.lower_ == "read":
        # "…" read the statement: the parse may take the statement for the verb's object
        who = next(
            (c for c in cue.rights if c.dep_ == "dobj" and c.lower_ in SPEECH_NOUNS | DOCUMENTS),
            None,
        )
    if who is None and (_right_after(cue, quote) or cue.is_sent_start):
        # "…" tweeted Mayor of London Sadiq Khan; "Remarked scientist Tierra Curry, "…"":
        # the parse may leave the name unattached to the cue
        who = _person_after(cue, quotes)
    if who is None and _right_after(cue, quote):  # "…," tweeted @DrAmyActon
        who = next(
            (t for t in cue.doc[cue.i + 1 : cue.sent.end]
             if _HANDLE.fullmatch(t.text) and not within(t, quotes)),
            None,
        )  # fmt: skip
    if who is None and cue.i > cue.sent.start:
        # "In his letter to President Zelensky, Oleksiy Honcharuk wrote": the parse may hang
        # the writer on the addressee, as an apposition right before the cue
        before = cue.doc[cue.i - 1]
        if before.pos_ == "PROPN" and before.dep_ == "appos" and not within(before, quotes):
            who = before
    if who is None:
        who = _person_before(cue, quotes)
    if who is not None and who.lower_ in REPRESENTATIVES:
        who = _represented(who, quotes) or who
    return _owner(who) if who is not None else None


OBJECT_OF = frozenset("to of at for against from".split())
"""Prepositions whose object is no participle's subject ("with the mayor saying" is one)."""


def _trailing_participle(cue: Token, quotes: list[tuple[int, int, bool]]) -> Token | None:
    """The sentence's own verb a participle cue with no subject of its own trails, set off by
    a comma ("…, stating, "…"") or after a name the parse took for its subject ("… to
    al-Qaeda saying "…""): the topmost verb above it, outside quotations, whose subject names
    someone; None when there is none or the participle is the sentence's verb."""
    if cue.tag_ != "VBG":
        return None
    if cue.lower_ in QUOTING:
        # "…, quoting President Bush, "…"": the words of whoever is quoted
        return None
    own = [c for c in cue.children if c.dep_.startswith("nsubj")]
    # "… to al-Qaeda saying": the parse may take the object of a preposition for its subject
    if any(c.i == 0 or cue.doc[c.left_edge.i - 1].lower_ not in OBJECT_OF for c in own):
        return None
    if not (own or (cue.i > 0 and cue.doc[cue.i - 1].text == ",")):
        return None
    above = [
        a for a in cue.ancestors
        if a.pos_ in ("VERB", "AUX") and a.i < cue.i and not within(a, quotes)
        and any(c.dep_ == "nsubj" and _names_someone(c) and not within(c, quotes)
                for c in a.children)
    ]  # fmt: skip
    return above[-1] if above else None


WORKS = frozenset(
    "book books novel memoir film movie documentary song album play poem essay article "
    "column video".split()
)
"""Works whose author ("a book written by X") wrote them, not the words quoted beside them."""


QUOTING = forms("quote", "cite") | {"reported", "reports"}
"""Verbs by which an outlet reports someone's words ("Politico quoted X as saying")."""


def _quoted_as(cue: Token, quotes: list[tuple[int, int, bool]]) -> Token | None:
    """The person an outlet quotes: "Politico quoted Tim Manning as saying "…"", "Manning was
    quoted by Politico as saying "…"", "BBC quoted Kostov, who was appointed last May, to have
    said "…"": his words, the outlet only reports them. Whoever is quoted, named or not ("Al
    Jazeera quoted the finance minister, Ghazi Wazni, as saying", "quoted a police officer as
    saying"), the outlet never speaks: the sentence's subject is only its reporter."""
    for part in cue.children:  # "X remarked …, quoting President Bush, "…"": Bush's words
        if part.tag_ == "VBG" and part.lower_ in ("quoting", "citing") and part.i > cue.i:
            quoted = next(
                (c for c in part.children
                 if c.dep_ == "dobj" and c.pos_ == "PROPN" and not within(c, quotes)),
                None,
            )  # fmt: skip
            if quoted is not None:
                return quoted
    # "as saying"; "to have said" (an infinitive the quoting verb governs)
    infinitive = cue.dep_ == "xcomp" and any(c.lower_ == "to" for c in cue.children)
    if cue.tag_ != "VBG" and not infinitive:
        return None
    verb = cue.head
    if verb.lower_ == "as" and verb.dep_ == "prep":
        verb = verb.head
    if verb.lower_ not in QUOTING or verb == cue:
        return None
    quoted = next(
        (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and not within(c, quotes)),
        None,
    )
    if quoted is None or _names_someone(quoted):
        return quoted
    # "the finance minister, Ghazi Wazni": the name in apposition; else the one unnamed
    # ("a police officer") or titled ("the minister") stands, as "the minister said" would
    named = (c for c in quoted.children if c.dep_ == "appos" and c.ent_type_ == "PERSON")
    return next(named, quoted)


def _issuer(cue: Token, quote: Role, quotes: list[tuple[int, int, bool]]) -> Token | None:
    """Who issued a document the quotation hangs from on its way to the cue ("The Coast
    Guard has announced an order by Admiral Elson Hermogino directing units to "join …"":
    the admiral's words, the Coast Guard only announces them), when a name says so."""
    for token in cue.doc[cue.sent.start : cue.sent.end]:
        if not quote.start <= token.idx < quote.end or quote.start <= token.head.idx < quote.end:
            continue
        head = token.head  # the first word outside the quotation it hangs from
        for _ in range(4):
            if head == cue or head == head.head or within(head, quotes):
                break
            if head.lower_ in DOCUMENTS:
                owners = [c for c in head.children if c.dep_ == "poss"] + [
                    o for p in head.children if p.dep_ == "prep" and p.lower_ in ("by", "from")
                    for o in p.children if o.dep_ == "pobj"
                ]  # fmt: skip
                named = [o for o in owners if o.pos_ == "PROPN" or o.ent_type_ in NAMES]
                return named[0] if named else None
            head = head.head
    return None


def _names_someone(token: Token) -> bool:
    return token.pos_ == "PROPN" or token.ent_type_ in NAMES or token.lower_ in PRONOUNS


def _person_after(cue: Token, quotes: list[tuple[int, int, bool]]) -> Token | None:
    """The last word of the first person named after the cue in its sentence, outside
    quotations (a name the cue itself begins is no speaker: "Remarked Center")."""
    for ent in cue.doc.ents:
        if (
            ent.label_ == "PERSON"
            and cue.i < ent.start < cue.sent.end
            and not any(within(t, quotes) for t in ent)
        ):
            return ent[-1]
    return None


def _represented(who: Token, quotes: list[tuple[int, int, bool]]) -> Token | None:
    """The body an unnamed official speaks for: "an official from TfL", "a spokesperson for
    the ministry", "a Defra spokesman" (a person spoken for is left alone: no words of
    theirs)."""
    if any(c.dep_ == "appos" for c in who.children):
        return None
    unnamed = who.lower_ in SPOKESPEOPLE and any(c.dep_ == "det" for c in who.children)
    for body in who.children if unnamed else ():
        if (
            body.dep_ == "compound"
            and body.i == who.i - 1
            and body.ent_type_ in ("ORG", "GPE")
            and not within(body, quotes)
            and not any(t.ent_type_ == "PERSON" for t in who.subtree)
        ):  # "a Cosla spokesman", "A Labour spokesperson"; not "a Trump spokesman"
            return body
    for prep in who.children:
        if prep.dep_ == "prep" and prep.lower_ in ("from", "of", "at", "for"):
            for obj in prep.children:
                named = obj.ent_type_ in ("ORG", "GPE")
                if obj.dep_ == "pobj" and named and not within(obj, quotes):
                    return obj
    return None


def _right_after(cue: Token, quote: Role) -> bool:
    """True when only marks and punctuation stand between the quotation and its cue."""
    if cue.idx < quote.end:
        return False
    i = cue.i - 1
    while i >= 0 and cue.doc[i].idx >= quote.end:
        if not (cue.doc[i].is_punct or cue.doc[i].is_space):
            return False
        i -= 1
    return True


def _person_before(cue: Token, quotes: list[tuple[int, int, bool]]) -> Token | None:
    """The last word of the person named nearest before a cue that has no subject, in its
    sentence and outside quotations, unless spoken to ("Speaking to Martin Smith")."""
    for token in reversed(cue.doc[cue.sent.start : cue.i]):
        if token.ent_type_ == "PERSON" and not within(token, quotes):
            spoken_to = token.dep_ == "pobj" and token.head.lower_ == "to"
            return None if spoken_to else token
    return None


def _owner(token: Token) -> Token:
    """For a speech noun ("a statement", "his tweet"), whoever made it; else the token."""
    if token.lower_ in ("part", "parts", "excerpt", "portion"):
        # "Part of the judge's statement reads": the statement's owner
        of = next((o for p in token.children if p.lower_ == "of" for o in p.children
                   if o.dep_ == "pobj" and o.lower_ in SPEECH_NOUNS), None)  # fmt: skip
        token = of if of is not None else token
    if token.lower_ not in SPEECH_NOUNS:
        return token
    for t in token.subtree:
        if t.dep_ == "relcl" or (t.dep_ == "acl" and t.lower_ in SPEECH):
            # "a statement which said "… its …"", "a statement saying it was "saddened" by
            # the crash"": the quotation's words own nothing
            break
        if t.dep_ == "poss" or (t.dep_ == "pobj" and t.head.lower_ in ("by", "from")):
            return t  # "Trump's statement", "a statement by X", "the statement from CJTF-OIR"
    if token.dep_ in ("dobj", "nsubjpass") and (who := subject(token.head, depth=1)):
        return who
    return token


def _transposed(word: str, other: str) -> bool:
    """``word`` is ``other`` with two neighbouring letters swapped ("kudja", "kujda")."""
    if len(word) != len(other) or word == other:
        return False
    diff = [i for i, (a, b) in enumerate(zip(word, other, strict=True)) if a != b]
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and word[diff[0]] == other[diff[1]]
        and word[diff[1]] == other[diff[0]]
    )


def new_speakers(
    article: Article,
    frames: Sequence[QuoteFrame],
    sentences: Sequence[Sentence],
    mentions: Sequence[Mention],
    skip: frozenset[str],
) -> list[tuple[Entity, Mention]]:
    """A person page for each speaker the parse names and the NER calls a person but who is
    no actor ("Katya", "Man-kei Tam", named once): someone quoted is an actor of the news.
    Not for a lone surname the article shares among several people, a surname of an actor
    ("Geingob" after "Hage Geingob") or that surname with two letters swapped ("said Kudja",
    the text's misspelling of the "Kujda" two people of the article share: fix81; read in
    the article alone, since a name shared in one article may be one person's in another), or
    keys in ``skip`` (rejected by an editor)."""
    actors = [m for m in mentions if m.entity.startswith("actors/")]
    surnames = {w.casefold() for m in actors for w in m.text.split()[1:]}
    names = {m.entity: m.text for m in actors if len(m.text.split()) > 1}
    out: list[tuple[Entity, Mention]] = []
    for frame in frames:
        if frame.form != "name" or frame.head is None or frame.intro:
            continue
        head = frame.head
        text = article.paragraphs[frame.paragraph]
        here = [m for m in actors if m.paragraph == frame.paragraph]
        spans = [sp for sn in sentences if sn.paragraph == frame.paragraph for sp in sn.spans]
        named = _role_then_name(frame, here) or _other_bearer(frame, here, names, text, spans)
        if named is not None:
            index = next(
                (i for i, s in enumerate(sentences)
                 if s.paragraph == frame.paragraph and s.start <= named.start < s.end + 1),
                None,
            )  # fmt: skip
            key = f"actors/{slugify(named.text)}"
            if index is not None and key not in skip:
                entity = Entity("actors", slugify(named.text), named.text, "person", curated=False)
                out.append((entity, Mention(
                    key, article.id, frame.paragraph, index, named.start, named.end, named.text,
                    "speaker",
                )))  # fmt: skip
            continue
        if any(m.start <= head.start < m.end for m in here):
            continue
        for index, sentence in enumerate(sentences):
            if sentence.paragraph != frame.paragraph:
                continue
            span = next(
                (sp for sp in sentence.spans
                 if sp.label == "PERSON" and sp.start <= head.start < sp.end),
                None,
            )  # fmt: skip
            if span is None and sentence.start <= head.start < sentence.end + 1:
                span = _unlabelled_name(article.paragraphs[frame.paragraph], head, sentence)
            if span is None:
                continue
            words = span.text.split()
            if len(words) > 1 and words[0] in WEEKDAYS:
                # "Earlier |Friday Bolsonaro| had announced": the day the NER glued before
                # the speaker's name is no part of it (actors95)
                cut = span.text.index(words[1])
                span = replace(span, text=span.text[cut:], start=span.start + cut)
                words = words[1:]
            if len(words) == 1 and (
                words[0].casefold() in surnames
                or any(_transposed(words[0].casefold(), s) for s in surnames)
            ):
                break
            name = span.text
            if len(words) == 1:  # "Judge Jackson said" after "Judge Amy Berman Jackson"
                name = max(
                    (sp.text for s in sentences for sp in s.spans
                     if sp.label == "PERSON" and sp.text.split()[-1] == name),
                    key=len,
                )  # fmt: skip
            key = f"actors/{slugify(name)}"
            if key in skip or not name[:1].isupper():
                break
            entity = Entity("actors", key.removeprefix("actors/"), name, "person", curated=False)
            mention = Mention(
                key, article.id, frame.paragraph, index, span.start, span.end, span.text, "speaker"
            )
            out.append((entity, mention))
            break
    return out


_NAME_WORD = re.compile(r"[A-Z][\w'’-]*")
_LAST_WORD = re.compile(r"([^\W\d_][\w'’-]*)$")


def _role_then_name(frame: QuoteFrame, here: Sequence[Mention]) -> Span | None:
    """The name a speaker phrase gives in apposition to a role at its end ("said University
    of California, San Diego's chancellor, Pradeep Khosla"), when no person mention covers it
    and the parse headed the phrase elsewhere (the body whose chancellor he is): he speaks,
    not his university. None unless the word before the comma is a title."""
    assert frame.speaker is not None and frame.head is not None
    phrase = frame.speaker.text
    cut = phrase.rfind(", ")
    role = _LAST_WORD.search(phrase[:cut]) if cut > 0 else None
    if role is None or role.group(1).casefold() not in TITLE_WORDS:
        return None
    name = phrase[cut + 2 :]
    words = name.split()
    if not 2 <= len(words) <= 4 or any(
        not _NAME_WORD.fullmatch(w.rstrip(".") if i < len(words) - 1 else w)
        or w.casefold() in ORGANISATION_WORDS | TITLE_WORDS
        for i, w in enumerate(words)
    ):
        return None
    start = frame.speaker.start + cut + 2
    end = frame.speaker.end
    if start <= frame.head.start or any(m.start < end and start < m.end for m in here):
        return None  # named already: ``_actor_in`` takes the person the phrase ends with
    return Span(name, "PERSON", start, end, None)


KIN_AND_HONORIFICS = frozenset("miss prof dame coach candidate brother sister uncle aunt".split())
"""Words before a surname that are no given name and no title word ("Miss Smith", "Coach
Smith"): the bearer already named, not another."""


def _other_bearer(
    frame: QuoteFrame,
    here: Sequence[Mention],
    names: dict[str, str],
    text: str,
    spans: Sequence[Span] = (),
) -> Span | None:
    """A speaker named by a given name and a surname that the NER cut to the surname, which
    resolve then gave to another bearer of it ("Mayor of London Sadiq Khan (no relation)"
    after "Usman Khan"): the full name, when the given name is no word of that actor's
    name. None when the head's mention has more than one word or no other bearer's name."""
    assert frame.speaker is not None and frame.head is not None
    head = frame.head
    mention = next((m for m in here if m.start <= head.start < m.end), None)
    if mention is None or " " in mention.text or mention.entity not in names:
        return None
    given = re.search(
        r"(?<![\w'’-])([A-Z][a-z][\w'’-]*)\s+$", text[frame.speaker.start : mention.start]
    )
    if given is None:
        return None
    word = given.group(1)
    known = {w.casefold() for w in names[mention.entity].split()}
    if (
        word.casefold() in known | TITLE_WORDS | ORGANISATION_WORDS | OPENING_FUNCTION_WORDS
        or word.casefold() in KIN_AND_HONORIFICS
        or word in WEEKDAYS  # "Earlier |Friday| Bolsonaro had announced": a day (actors95)
        or word.endswith(POSSESSIVES)
        or any(m.start <= frame.speaker.start + given.start(1) < m.end for m in here)
        or any(  # "said Democrat Spearman": a party, place or body the NER saw, no name
            sp.label != "PERSON" and sp.start <= frame.speaker.start + given.start(1) < sp.end
            for sp in spans
        )
    ):
        return None
    start = frame.speaker.start + given.start(1)
    return Span(text[start : mention.end], "PERSON", start, mention.end, None)


_PARTICLE = re.compile(r"(?<![\w-])((?:al|el|ad|an|ar|as|at|ash|bin|ibn|abu)-)$")
"""The article or kin word a name joins with a hyphen ("al-Hashemi", "bin-Salim")."""


def _unlabelled_name(text: str, head: Role, sentence: Sentence) -> Span | None:
    """A speaker's name the NER gave no label ("Amnesty International's Man-kei Tam said",
    "Tunde Bakare, spokesman for the governor, said"): the two to four capitalised words
    ending with the head, after any title or owner ("International's"), none an
    organisation's word; None when the NER labelled it otherwise (an organisation)."""
    if any(sp.start <= head.start < sp.end for sp in sentence.spans):
        return None
    words = [text[head.start : head.end]]
    start = head.start
    particle = _PARTICLE.search(text[sentence.start : start])
    if particle is not None:  # "Karim al-Hashemi": the parse may head the name with "Hashemi"
        start = sentence.start + particle.start(1)
        words = [text[start : head.end]]
    while len(words) < 4:
        before = re.search(r"([^\W\d_][\w'’-]*)\s+$", text[sentence.start : start])
        if before is None:
            break
        word = before.group(1)
        if not word[:1].isupper() or word.casefold() in TITLE_WORDS or word.endswith(POSSESSIVES):
            break
        if word.casefold() in OPENING_FUNCTION_WORDS:
            break  # "But B&B - which has ... - said": the sentence's conjunction (fix77)
        if word in WEEKDAYS:
            break  # "Earlier Friday Bolsonaro had announced": a day, no given name (actors95)
        words.insert(0, word)
        start = sentence.start + before.start(1)
    if len(words) < 2 or any(
        not (w[:1].isupper() or _PARTICLE.fullmatch(w.split("-")[0] + "-"))
        or w.casefold() in ORGANISATION_WORDS | TITLE_WORDS
        for w in words
    ):
        return None
    return Span(text[start : head.end], "PERSON", start, head.end, None)


def commentators(
    frames: Sequence[QuoteFrame],
    said: Sequence[Statement],
    article: Article | None = None,
    mentions: Sequence[Mention] = (),
) -> frozenset[str]:
    """Speakers (actor keys) the article introduces as sources commenting on the news, in
    the speaker phrase or where it names them ("Steve Peers, a law professor at Essex, …"):
    their quotations are statements, but no statement event of theirs."""
    quoted = {
        (f.paragraph, f.quote.start, f.quote.end)
        for f in frames
        if f.speaker is not None and (_source(f.speaker.text) or _outlet(f))
    }
    out = {
        s.speaker for s in said if any(p == s.paragraph and a <= s.start < b for p, a, b in quoted)
    }
    speakers = {s.speaker for s in said}
    for m in mentions:
        if article is None or m.entity not in speakers or m.entity in out:
            continue
        text = article.paragraphs[m.paragraph]
        before = " ".join(text[: m.start].split()[-3:])  # "former federal prosecutor X"
        after = _APPOSITION.match(text, m.end)  # "X, a law professor at Essex,"
        if _source(before) or (after is not None and _source(after.group(1) or after.group(2))):
            out.add(m.entity)
    return frozenset(out)


_APPOSITION = re.compile(r",\s+(?:((?:a|an|the)\s[^,.;]{0,80})|(\w+)\s+of\s)")
"""A phrase after the name that says who they are: "X, a law professor at Essex," or, with no
article, its role word alone: "X, director of Youth Forum Zimbabwe" (not "X, fiancée of
journalist Jamal Khashoggi")."""


def _outlet(frame: QuoteFrame) -> bool:
    """A news outlet the article cites for a fact ("according to CNN, was called the
    "breadbasket""): its words are a statement, no act of its own ("the BBC describes as
    "marred by"" is the outlet's own judgement, and stays one)."""
    if frame.cue.lower() != "according":
        return False
    words = frame.speaker.text.lower().replace("'s", " ").split() if frame.speaker else []
    return any(w.strip(",.;:") in OUTLETS or w.endswith(".com") for w in words)


def _source(phrase: str) -> bool:
    words = phrase.lower().replace(",", " ").replace(".", " ").split()
    text = " ".join(words)
    return any(w in SOURCES for w in words) and not any(o in text for o in OFFICES_LIKE_SOURCES)


def attribute(
    article: Article,
    frames: Sequence[QuoteFrame],
    sentences: Sequence[Sentence],
    mentions: Sequence[Mention],
    persons: frozenset[str],
    reference: date,
    dates: Sequence[Sequence[DateMention]] = (),
    context: Context | None = None,
) -> list[Statement]:
    """Statements of one article: each quotation with the actor who said it, in text order.
    ``dates`` are each sentence's dates when already found (``dates.sentence_dates``);
    ``context`` the article as the tie step sees it, whose ``adjective_actors`` read a
    state's government ("the German government said")."""
    actors = [m for m in mentions if m.entity.startswith("actors/")]
    out: list[Statement] = []
    last: tuple[str, int] | None = None
    """The speaker named most recently ("" if no actor), and the paragraph it was named in."""
    previous: tuple[QuoteFrame, str | None] | None = None
    """The quotation before this one and its speaker."""
    carried: str | None = None
    """The speaker a quotation beginning the next paragraph continues or was introduced by."""
    unnamed: set[int | None] = set()
    """Sentences whose quotation's speaker is named by no name ("the head of …")."""
    states = context.states if context is not None else frozenset()
    report_author: tuple[str, int] | None = None
    """The author found for "the report" of an earlier quotation, and its sentence: the same
    report again, unless a sentence between brings in another report."""
    quoted = _Quoted(article.paragraphs)  # the article's quotations, found once
    for frame in sorted(frames, key=lambda f: (f.paragraph, f.quote.start)):
        if not frame.intro and not frame.quote.text.strip(" .,;:'‘’[]…"):
            continue
        speaker = None
        if frame.speaker is not None and frame.form == "name":
            speaker = _actor_in(frame, actors, persons)
        # "a spokesman for Abdul-Mahdi said": the spokesman's words, and he is unnamed
        spoken_for = speaker is not None and _spoken_for(article, frame, speaker, actors, persons)
        if speaker is None and frame.head is not None and frame.form in ("name", "unnamed"):
            speaker = _by_word(frame, actors, persons)
            if speaker is not None and not _forces_named(frame, speaker, actors):
                speaker = None
        if speaker is None and frame.head is not None and frame.form in ("name", "unnamed"):
            speaker = _government(article, frame, actors, context)
        if speaker is None and frame.head is not None and _HANDLE.fullmatch(frame.head.text):
            speaker = _by_handle(frame.head.text, actors, persons)
        if speaker is None and frame.form == "title":
            speaker = _titled(article, frame, actors, persons)
        if speaker is None and _capital_title(frame):
            # "the Chinese Premier said": a title the parse took for a name
            speaker = _titled_fully(article, frame, actors, persons)
        if speaker is None and frame.form == "unnamed":
            # "A resolution passed by the European Parliament asked "…"": its issuer;
            # "One protester, Kim In-seok, stated": the person named in apposition
            speaker = (
                _issuer_named(article, frame, actors)
                or _apposed(article, frame, actors, persons)
                or _body_of(article, frame, actors)
            )
        if speaker is None and _document(frame):
            # "The proclamation said "…"": the words of whoever issued it, named before;
            # "The order, signed by Trump, said": the signer named between them, or no one
            signer = _signer(article, frame, actors)
            signed = replace(frame, form="title")
            # a resolution is a body's, passed by its vote: not the person named before
            # ("Councillor Byrne proposed the motion. The resolution said")
            voted = frame.head is not None and frame.head.text.casefold() == "resolution"
            speaker = (
                _sent_by(frame, sentences, actors)
                or (
                    not voted
                    and _named_before(signed, sentences, actors, persons, unnamed, MAX_GAP, quoted)
                )
                or None
                if signer == ""
                else signer
            )
        spokesperson = (
            frame.form == "title"
            and frame.head is not None
            and frame.head.text.casefold() in SPOKESPEOPLE
        )
        if speaker is None and _owned_report(frame):
            # "…," says its report: whoever "its" stands for, as the pronoun would; a body,
            # never a person ("Peter Jones wrote a book. "…," says its report")
            assert frame.speaker is not None
            word = frame.speaker.text.split()[0]
            owner = Role(frame.speaker.start, frame.speaker.start + len(word), word)
            speaker = _named_before(
                replace(frame, form="pronoun", head=owner),
                sentences,
                [m for m in actors if word.casefold() != "its" or m.entity not in persons],
                persons,
                unnamed,
                quoted=quoted,
            )
            speaker = speaker or None
        if speaker is None and _the_statement(frame):
            # "…" read the statement: whoever the article said issued one
            speaker = _issued_by(frame, sentences, actors)
        if speaker is None and _the_report(frame):
            # '"…," the report says': the report the article spoke of, so its author's
            assert frame.head is not None
            own = _sentence_of(sentences, frame.paragraph, frame.head.start)
            brought = _report_brought_in(frame, sentences, quoted, own)
            earlier = (  # an earlier quotation's report, unless another was brought in since
                report_author[0]
                if report_author is not None and (brought is None or report_author[1] >= brought)
                else None
            )
            speaker = (
                _report_author(frame, sentences, actors, own, brought)
                or earlier
                or _report_subject(frame, sentences, actors, persons | states, quoted, own)
            )
            if speaker is not None:
                report_author = (speaker, own if own is not None else len(sentences))
        report = _it_report(frame, sentences)
        if speaker is None and report is not None:
            # "The EU report accuses Israel …. It says "…"": the report's, so its author's
            speaker = _report_owner(report, frame, sentences, actors)
        elif speaker is None and frame.form in ("pronoun", "title") and not spokesperson:
            # "the prime minister's spokesman said" is not the prime minister named before
            speaker = _named_before(frame, sentences, actors, persons, unnamed, quoted=quoted)
            if speaker is None and last and frame.paragraph - last[1] <= 1:
                speaker = last[0] or None
            speaker = speaker or None
        if speaker is None and frame.form == "none" and not frame.intro:
            if previous is not None and previous[0].paragraph == frame.paragraph:
                if _continues(previous[0], frame, sentences):
                    speaker = previous[1]
            elif frame.quote.start <= 1:
                speaker = carried
        if spoken_for:
            speaker = None
        if previous is None or previous[0].paragraph != frame.paragraph:
            carried = None
        previous = (frame, speaker)
        if speaker is None:
            if frame.form == "name":  # a name that is no actor: "he" after it is not older
                last = ("", frame.paragraph)
            if frame.form == "unnamed" and frame.head is not None:
                # "The head of the investigators told the court "…". She also said": she
                # is the unnamed speaker, not anyone named before
                unnamed.add(_sentence_of(sentences, frame.paragraph, frame.head.start))
            continue
        last = (speaker, frame.paragraph)
        text = article.paragraphs[frame.paragraph]
        carried = speaker if frame.intro or not text.rstrip().endswith(('"', "”")) else None
        if not frame.intro:
            out.append(_statement(article, frame, speaker, sentences, reference, dates))
    return out


_HANDLE = re.compile(r"@\w{3,}")
"""A social-media handle ("@DrAmyActon")."""


def _by_handle(handle: str, actors: Sequence[Mention], persons: frozenset[str]) -> str | None:
    """The one person of the article whose name's words all make up part of a handle
    ("@realDonaldTrump" is Donald Trump's, "@DrAmyActon" Amy Acton's)."""
    folded = handle[1:].casefold()
    found = {
        m.entity
        for m in actors
        if m.entity in persons
        and len(words := re.findall(r"\w+", m.text.casefold())) > 1
        and all(len(w) > 1 and w in folded for w in words)
    }
    return found.pop() if len(found) == 1 else None


DOCUMENTS = frozenset(
    "proclamation letter order decree memo memorandum directive edict resolution".split()
)
"""Documents someone signs or issues: the words quoted from one are its author's."""


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


REPORTS = SPEECH_NOUNS | DOCUMENTS | frozenset(("report",))
"""What a body's words may be quoted from ("says its report")."""
ISSUED = REPORTS | frozenset(("release",))
"""What a body or person issues, whose words are its issuer's ("a resolution passed by X")."""
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


def _body_of(article: Article, frame: QuoteFrame, actors: Sequence[Mention]) -> str | None:
    """The actor an unnamed body's phrase names as what it belongs to: before its head ("the
    UN country office for Somalia": the UN, not Somalia after "for"; "the UN's relief
    agency") or right after "of" ("the armed wing of Hamas"), which wins over a place before
    ("the London office of Goldman Sachs"); not a name a hyphen joins to a word ("the
    US-backed forces", "the Saudi-led coalition"); None when it names none so."""
    if frame.speaker is None or frame.head is None:
        return None
    if frame.head.text.casefold() not in PARTS:
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
_IN_A_STATEMENT = re.compile(r"^(?:In|in) (?:a|an|its|their) (?:[\w-]+ ){0,2}statement\b")
"""A sentence opening with the statement, its author named after ("In a statement, the
ministry said")."""


def _issued_by(
    frame: QuoteFrame, sentences: Sequence[Sentence], actors: Sequence[Mention]
) -> str | None:
    """The actor named last before the words of the nearest earlier sentence (this paragraph
    or the two before) that says a statement was issued, or first in one that opens with it
    ("In a statement, the ministry said"); None when none says so."""
    assert frame.head is not None
    own = _sentence_of(sentences, frame.paragraph, frame.head.start)
    for index, sentence in _back_from(sentences, frame.paragraph, own if own is not None else -1):
        named = [
            m for m in actors
            if m.sentence == index and (index != own or m.start < frame.head.start)
        ]  # fmt: skip
        if index != own and _IN_A_STATEMENT.match(sentence.text):
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
    sent = re.compile(rf"\b(?i:{word})\b(?: [\w-]+){{0,3}}? (?:from|by)(?: [A-Z][\w.'’-]*)* $")
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
    r"\b(?:[Tt]he )?(?!The\b)([A-Z][\w.-]+(?: [A-Z][\w.-]+)?)(?:['’]s)? government\b"
    r"|\bgovernment of (?:the )?([A-Z][\w.-]+(?: [A-Z][\w.-]+)*)"
)
"""A state's government in words: "the German government", "Iran's government", "the
government of South Korea"."""


def _government(
    article: Article,
    frame: QuoteFrame,
    actors: Sequence[Mention],
    context: Context | None = None,
) -> str | None:
    """The state a government speaks for ("The German government said", "the government
    said" after "the Iraqi government" was named): the state's actor, None when the phrase
    or the text before names no state or the state is no actor. An adjective is read as the
    tie step reads a deal's parties (``Context.adjective_actors``: "Brazilian"), else by the
    gazetteer (an irregular one: "Dutch")."""
    if frame.head is None or frame.head.text.casefold() != "government" or not frame.speaker:
        return None
    text = article.paragraphs[frame.paragraph]
    phrase = text[frame.speaker.start : frame.speaker.end]
    found = list(_GOVERNMENT_OF.finditer(phrase))
    if not found and phrase.casefold() in ("the government", "government"):
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


def _the_report(frame: QuoteFrame) -> bool:
    """A speaker phrase that is the report the article spoke of before ("the report says",
    "According to the report"), not one whose owner it names ("the NAO's report")."""
    return _two_words(frame, ("the", "this"), ("report",))


_A_REPORT = re.compile(r"(?i)\breport\b(?!['’])")
"""The noun "report", not "the report's authors"."""
_ANAPHORIC = frozenset("the this that".split())
"""Words before "report" that point back at a report already told of ("the full report")."""
_BRINGING = frozenset("a an its their his her our another".split())
"""Words before "report" that bring in a report ("its own report", "a new report")."""


def _brings_in(before: str) -> bool:
    """Whether the words before "report" bring a report in ("a", "its own", "Oxfam's latest",
    "the NAO") rather than point back at one ("the", "the full"): the nearest determiner,
    possessive or name, over lower-case words between."""
    for word in reversed(before.split()[-3:]):
        low = word.casefold().strip("\"'‘’“”,(")
        if low in _ANAPHORIC:
            return False
        if low in _BRINGING or low.endswith(POSSESSIVES) or word[:1].isupper():
            return True
    return True


def _report_brought_in(
    frame: QuoteFrame, sentences: Sequence[Sentence], quoted: _Quoted, own: int | None
) -> int | None:
    """The nearest sentence before the quotation (or its own, before its speaker) that brings
    in a report ("a report by …", "published its own report", "the NAO report"), not one that
    points back at it ("the report"), outside quotations: "the report" after it is that
    report, not one an earlier sentence told of. None when no sentence does."""
    assert frame.head is not None
    for index in range(own if own is not None else len(sentences) - 1, -1, -1):
        sentence = sentences[index]
        for found in _A_REPORT.finditer(sentence.text):
            at = sentence.start + found.start()
            if index == own and at >= frame.head.start:
                break
            before = sentence.text[: found.start()]
            if _brings_in(before) and not quoted(sentence.paragraph, at):
                return index
    return None


def _report_author(
    frame: QuoteFrame,
    sentences: Sequence[Sentence],
    actors: Sequence[Mention],
    own: int | None,
    brought: int | None,
) -> str | None:
    """The actor an earlier sentence of the article names as a report's author, the nearest
    before: "A National Audit Office report", "Oxfam says in a report", "A report by the
    Fraser Institute"; None when none does. A report quoted as "the report" may have been
    introduced paragraphs before, so the whole article before it is read (its author named
    once, in the opening, as BBC reports do), back to the sentence that ``brought`` in the
    last report: an author before it wrote another report ("A report by X …. Y published its
    own report …. "…," the report said" is Y's, or no one's when the article names none)."""
    assert frame.head is not None
    stop = brought if brought is not None else 0
    for index in range(own if own is not None else len(sentences) - 1, stop - 1, -1):
        sentence = sentences[index]
        for m in sorted((m for m in actors if m.sentence == index), key=lambda m: m.start):
            if index == own and m.start >= frame.head.start:
                break
            after = sentence.text[m.end - sentence.start :]
            before = sentence.text[: m.start - sentence.start]
            if _REPORT_OF.match(after) or _REPORT_BY.search(before):
                return m.entity
    return None


_OPENS = OPENS  # words a sentence may open with before its subject, as the tie step reads


def _report_subject(
    frame: QuoteFrame,
    sentences: Sequence[Sentence],
    actors: Sequence[Mention],
    not_bodies: frozenset[str],
    quoted: _Quoted,
    own: int | None,
) -> str | None:
    """The body an earlier sentence (this paragraph or the one before) opens with as its
    subject ("The National Audit Office praised ministers …. According to the report, "…"")
    when no sentence names the report's author: the one whose report the article tells of.
    Not a body named later in a sentence ("It warned the CSA was …"), which the report is
    about; not a person or a state (``not_bodies``), who would be named as its author. ``own``
    is the quotation's sentence."""
    for index in range((own or 0) - 1, -1, -1):
        sentence = sentences[index]
        if frame.paragraph - sentence.paragraph > 1:
            break
        for m in actors:
            if (
                m.sentence == index
                and m.entity not in not_bodies
                and not quoted(m.paragraph, m.start)
                and _OPENS.match(sentence.text[: m.start - sentence.start])
            ):
                return m.entity
    return None


def _it_report(frame: QuoteFrame, sentences: Sequence[Sentence]) -> str | None:
    """The noun ("report") that "it" stands for when the speaker is "it" and the sentence
    before, in this paragraph, opens with that report or statement as its subject ("The
    report accuses Israel …. It says "…""); None otherwise."""
    if frame.form != "pronoun" or frame.head is None or frame.head.text.casefold() != "it":
        return None
    own = _sentence_of(sentences, frame.paragraph, frame.head.start)
    if not own or sentences[own - 1].paragraph != frame.paragraph:
        return None
    words = sentences[own - 1].text.split()[:4]
    if not words or words[0] not in ("The", "This", "That"):
        return None
    # "The report accuses", "The annual EU report says": its noun within three words
    return next((word for word in words[1:] if word in REPORTS), None)


_NOT_OWNING = "|".join(
    "a an the in on of by to for from with at into about over against its their this that is "
    "was were are has have had".split()
)
"""Words between an actor and "report" that make it no owner of the report ("Kenya in a
report", "Kenya rejected a report")."""

_REPORT_OF = re.compile(
    rf"^(?:(?:['’]s?)?(?: (?!(?:{_NOT_OWNING})\b)[\w-]+){{0,2}} report\b"
    r"| (?:says|said|say|warns|warned|finds|found|argues|argued) in (?:a|an|its|their)"
    r"(?: [\w-]+){0,2} report\b"
    r"| (?:has |have )?(?:published|publishes|released|releases|issued|issues|produced)"
    r" (?:a|an|its|their)(?: [\w-]+){0,2} report\b)"
)
"""Words after a report's author ("'s annual report", " report", " says in a report",
" published its own report")."""
_RECEIVING = "seen|obtained|leaked|received|acquired|quoted|cited|shown|passed|sent|given"
"""Verbs of one who got a report, not of its author ("a report seen by the BBC")."""
_REPORT_BY = re.compile(
    rf"\b(?i:report)\b(?: (?!(?:{_RECEIVING})\b)[\w-]+){{0,3}}? (?:by|from) (?:the )?$"
)
"""Words before a report's author ("A report by the", "a report published by"); not a
report "seen by" or "obtained by" an outlet, which only tells of it."""


def _report_owner(
    noun: str, frame: QuoteFrame, sentences: Sequence[Sentence], actors: Sequence[Mention]
) -> str | None:
    """The actor an earlier sentence (this paragraph or the one before) names as the
    report's author, just before the noun ("A classified European Union report for 2009
    says", "the ministry's statement"); None when none does: whoever else those sentences
    name is what the report is about."""
    assert frame.head is not None
    # "the UN's annual report", "A European Union report": not "criticised Kenya in a
    # report", "Kenya rejected a report by …", whose first actor is what the report is about
    owned = re.compile(rf"(?:['’]s?)?(?: (?!(?:{_NOT_OWNING})\b)[\w-]+){{0,2}} {noun}\b")
    own = _sentence_of(sentences, frame.paragraph, frame.head.start) or 0
    for index in range(own - 1, -1, -1):
        sentence = sentences[index]
        if frame.paragraph - sentence.paragraph > 1:
            break
        for m in sorted((m for m in actors if m.sentence == index), key=lambda m: m.start):
            if owned.match(sentence.text, m.end - sentence.start):
                return m.entity
    return None


def _continues(before: QuoteFrame, frame: QuoteFrame, sentences: Sequence[Sentence]) -> bool:
    """A quotation with no cue goes on with the one before in its paragraph when in the same
    sentence, opening its own ("…," he said. "…") or long enough to be words said; a quoted
    name of a few words inside a later sentence ("a programme dubbed "Zrínyi 2026"") is
    nobody's words."""
    own = next(
        (s for s in sentences if s.paragraph == frame.paragraph
         and s.start <= frame.quote.start < s.end + 1),
        None,
    )  # fmt: skip
    if own is None or own.start <= before.quote.start < own.end + 1:
        return True
    return frame.quote.start - own.start <= 2 or len(frame.quote.text.split()) > 3


def _back_from(
    sentences: Sequence[Sentence], paragraph: int, first: int
) -> Iterator[tuple[int, Sentence]]:
    """Sentences from index ``first`` back to the article's start, with their index, while
    they lie within ``MAX_GAP`` paragraphs before ``paragraph`` (where a document's issuer or
    sender may be named)."""
    for index in range(first, -1, -1):
        if paragraph - sentences[index].paragraph > MAX_GAP:
            return
        yield index, sentences[index]


def _sentence_of(sentences: Sequence[Sentence], paragraph: int, start: int) -> int | None:
    return next(
        (i for i, s in enumerate(sentences)
         if s.paragraph == paragraph and s.start <= start < s.end + 1),
        None,
    )  # fmt: skip


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
            m for m in actors if m.sentence == index and (m.entity in persons or not wants_person)
        ]
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
            for span in sentence.spans
        ):  # "In a statement on Twitter, he wrote": the NER may call Twitter a person; "He
            # underlined Lib Dem plans": nor is a party it calls one someone unknown
            return ""  # someone named there who is no actor, not anyone named earlier
    return None


def _inside_quotation(sentence: Sentence, quoted: _Quoted) -> bool:
    """Whether a sentence's words, from its first to its last, all lie inside one of the
    article's quotations (a sentence of a quotation of several)."""
    text = sentence.text
    first = next((i for i, char in enumerate(text) if char.isalnum()), None)
    last = next((i for i in range(len(text) - 1, -1, -1) if text[i].isalnum()), None)
    if first is None or last is None:
        return False
    # '"…," Siniora said, "…."': its first and last words are quoted, but in two
    # quotations, between which it names the speaker
    span = quoted.span(sentence.paragraph, sentence.start + first)
    return span is not None and span == quoted.span(sentence.paragraph, sentence.start + last)


_PRONOUN_SPEAKS = re.compile(r",[\"'”’]?\s+(he|she)\s+[a-z]+s?\b\W*$")
"""A sentence closing with "…, he said" or "…, she believes": the pronoun says it."""
_PRONOUN_SUBJECT = re.compile(r"(?:(?:And|But|So|Then|Yet) )?(He|She|he|she)\b")
"""A sentence opening with "he" or "she", who is whoever the pronoun after it stands for."""


def _unquoted(text: str) -> str:
    """The text with its quotations blanked."""
    for start, end, _ in reversed(quote_spans(text)):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


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


QUOTED_NAME_WORDS = 4
"""Words up to which a quotation may be a name or a phrase quoted ('the group "Boko Haram"',
'named the suspect as "John Smith, 45"'), not words said about the one it names."""


class _Quoted:
    """Whether a paragraph's offset lies inside a quotation of more than a name's words;
    each paragraph's quotations found once, when first asked about (none known without the
    paragraphs)."""

    def __init__(self, paragraphs: Sequence[str]) -> None:
        self.paragraphs = paragraphs
        self.spans: dict[int, list[tuple[int, int]]] = {}

    def __call__(self, paragraph: int, offset: int) -> bool:
        return self.span(paragraph, offset) is not None

    def span(self, paragraph: int, offset: int) -> tuple[int, int] | None:
        """The quotation (start and end in the paragraph) the offset lies in, if any."""
        if paragraph >= len(self.paragraphs):
            return None
        if paragraph not in self.spans:
            text = self.paragraphs[paragraph]
            self.spans[paragraph] = [
                (start, end)
                for start, end, _ in quote_spans(text)
                if len(text[start:end].split()) > QUOTED_NAME_WORDS
            ]
        return next(((a, b) for a, b in self.spans[paragraph] if a <= offset < b), None)


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


def _person_like(name: str) -> bool:
    """A name the NER may have called an organisation that reads as a person's: a few
    capitalised words, none of an organisation ("Wanda Vázquez Garced", not "Doris Day
    Animal Foundation")."""
    words = name.split()
    return (
        1 < len(words) <= 4
        and all(w[:1].isupper() for w in words)
        and not {w.casefold() for w in words} & ORGANISATION_WORDS
    )


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


_JUNIOR = re.compile(r"(?:,? (?:Jr|Jnr|Junior)\.?|,? (?:II|III|IV))$")
"""A generation after a name ("Donald Trump Jr", "John Smith III"): a son sharing the name."""


def _first_named(people: set[str], actors: Sequence[Mention]) -> str | None:
    """Of people sharing a surname, the one the article named first in full, whom the
    bare surname stands for ("Osbourne" after "Ozzy Osbourne", before "Sharon Osbourne"); a
    son named by his generation is not, while his father is named too ("Trump" after "Donald
    Trump Jr" and "Donald Trump")."""
    full = [m for m in actors if m.entity in people and len(m.text.split()) > 1]
    juniors = {m.entity for m in full if _JUNIOR.search(m.text)}
    if people - juniors:
        full = [m for m in full if m.entity not in juniors]
    first = min(
        full,
        key=lambda m: (m.paragraph, m.start),
        default=None,
    )
    return first.entity if first is not None else None


def _by_word(frame: QuoteFrame, actors: Sequence[Mention], persons: frozenset[str]) -> str | None:
    """The actor a speaker's head word stands for when no mention covers it: a surname the
    article gave in full ("Geingob tweeted" after "Hage Geingob"), the one person whose
    name has that word after its first (else the one actor whose name ends with it); a
    body ("the court said"), the organisation named last before the quotation whose name
    that word heads ("Court of Session")."""
    assert frame.head is not None
    word = frame.head.text.casefold()
    if frame.head.text[:1].isupper() and word not in BODIES and word not in TITLES:
        named = {m.entity for m in actors if word in m.text.casefold().split()[1:]}
        people = {e for e in named if e in persons} or {
            m.entity for m in actors if m.text.casefold().split()[1:][-1:] == [word]
        }  # the NER may call a person an ORG: "Hage Geingob", not "Doris Day Foundation"
        if not people:  # "Vázquez said" after "Wanda Vázquez Garced", made an organisation
            people = {m.entity for m in actors if m.entity in named and _person_like(m.text)}
        if len(people) > 1:  # "Osbourne said" after "Ozzy Osbourne" and "Sharon Osbourne"
            return _first_named(people, actors)
        return people.pop() if len(people) == 1 else None
    if word not in BODIES:
        return None
    before = [
        m for m in actors
        if m.entity not in persons
        and (m.paragraph, m.start) < (frame.paragraph, frame.head.start)
        and _headed_by(m.text.casefold().split(), word)
    ]  # fmt: skip
    if not before:
        return None
    # "the court" is the court the article names most (a court of appeal named once later
    # is not it), the one named last among equals
    counts = Counter(m.entity for m in before)
    return max(before, key=lambda m: (counts[m.entity], m.paragraph, m.start)).entity


def _headed_by(name: list[str], word: str) -> bool:
    """ "European Commission", "Court of Session" are a commission and a court; "Military
    Times" is no military."""
    return name[-1] == word or any(a == word and b == "of" for a, b in pairwise(name))


def _actor_in(frame: QuoteFrame, actors: Sequence[Mention], persons: frozenset[str]) -> str | None:
    """The actor the speaker phrase names: the mention at its head word, else the last person
    named in it ("Merkel's spokesperson, Steffen Seibert"), else the last actor; None when
    the head is a name no actor has ("Jan Novak, president of the Czech National Bank")."""
    assert frame.speaker is not None and frame.head is not None
    inside = [
        m
        for m in actors
        if m.paragraph == frame.paragraph
        and frame.speaker.start <= m.start
        and m.end <= frame.speaker.end
    ]
    at_head = [m for m in inside if m.start <= frame.head.start < m.end and m.entity in persons]
    if at_head:  # "According to spokesman Dmitry Peskov, Vladimir Putin "…"": the head's;
        # the widest ("Sadiq Khan" over the "Khan" resolve gave another bearer)
        return min(at_head, key=lambda m: m.start).entity
    for m in inside:  # "X's chancellor, Pradeep Khosla": the person the phrase ends with
        before = frame.speaker.text[: m.start - frame.speaker.start].split()[-1:]
        if (
            m.entity in persons
            and m.end == frame.speaker.end
            and m.start > frame.speaker.start
            and not (before and before[0].casefold() in PREPOSITIONS)
        ):
            return m.entity
    if frame.head.text in POSTNOMINALS:
        # "Brian Monteith MSP said": the parse heads the phrase with the letters after the
        # name, which the NER may take for a body
        gap = frame.head.start - frame.speaker.start
        named = [
            m
            for m in inside
            if m.entity in persons
            and m.end <= frame.head.start
            and not frame.speaker.text[m.end - frame.speaker.start : gap].strip()
        ]
        if named:
            return named[0].entity
    for m in inside:
        if m.start <= frame.head.start < m.end:
            return m.entity
    head = frame.head.text
    if head[:1].isupper() and head.casefold() not in TITLES | BODIES and " " not in head:
        # A name (the head) that is no actor: the bank in its apposition did not speak, nor
        # a person named after the head ("Karim al-Hashemi, head of al-Hakim's office")
        return next(
            (m.entity for m in inside if m.entity in persons and m.start < frame.head.start),
            None,
        )
    people = [m for m in inside if m.entity in persons] or inside
    return people[-1].entity if people else None


def _statement(
    article: Article,
    frame: QuoteFrame,
    speaker: str,
    sentences: Sequence[Sentence],
    reference: date,
    dates: Sequence[Sequence[DateMention]] = (),
) -> Statement:
    index = next(
        (
            i
            for i, s in enumerate(sentences)
            if s.paragraph == frame.paragraph and s.start <= frame.quote.start < s.end + 1
        ),
        next((i for i, s in enumerate(sentences) if s.paragraph == frame.paragraph), 0),
    )
    sentence = sentences[index] if sentences else None
    day, words = reference.isoformat(), None
    if sentence is not None:
        text = article.paragraphs[frame.paragraph]
        span = text[sentence.start : max(sentence.end, frame.quote.end)]
        quoted = frame.quote.start - sentence.start, frame.quote.end - sentence.start
        # The sentence's own dates, found once, unless the quotation runs on past its end.
        known = (
            index < len(dates)
            and sentence.paragraph == frame.paragraph
            and frame.quote.end <= sentence.end
        )
        for found in dates[index] if known else find_dates(span, reference):
            if found.end <= quoted[0] or found.start >= quoted[1]:
                day, words = found.value, found.text
                break
    quote = frame.quote.text.strip().rstrip(",")
    digest = hashlib.sha256(f"{article.id}\n{frame.paragraph}\n{quote}".encode()).hexdigest()
    return Statement(
        id=f"{speaker.split('/', 1)[1]}-{digest[:8]}",
        speaker=speaker,
        quote=quote,
        article=article.id,
        paragraph=frame.paragraph,
        sentence=index,
        date=day,
        date_text=words,
        start=frame.quote.start + len(frame.quote.text) - len(frame.quote.text.lstrip()),
    )
