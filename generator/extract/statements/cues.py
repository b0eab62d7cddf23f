"""The cue of a quotation: the verb or noun of saying that introduces it ("said", "told",
"according to") or gives a view ("rejected the claim as"), read from the parse at annotate
time."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..parse import within
from ..vocabulary import PRONOUNS, SPEECH_NOUNS, forms
from .words import CUES, NAMES, NAMING, OWNERS, SPOKESPEOPLE, VIEWS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

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
    before = []
    for t in reversed([t for t in doc if t.idx < start - 1]):
        if within(t, others):
            break
        before.append(t)
        if t.is_sent_start:
            break
    if (
        region
        and region[0].is_sent_start
        and lead.endswith(":")
        and any(t.pos_ in ("VERB", "AUX") for t in before)
    ):
        # "The Department issued a statement: "…" They also said …": the lead-in introduces
        # it, not the next sentence's verb; one with no verb ("Later on in the discussion:
        # "…?" Barber asked.") introduces nothing, the cue after speaks (statements43)
        region = []
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
            if candidates is before and t is before[0] and view_owner(t) is not None:
                return t  # "his picture of Iran is "…"": the copula before the quotation
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
        and not _taken(token)
    )


CLAIMING = forms("claim")
TAKEN = frozenset("lives life victory title titles seat seats territory land throne crown".split())
"""What one claims by taking it ("claimed 35 lives", "claimed victory"), not by saying it."""


def _taken(token: Token) -> bool:
    """ "claim" of a named place or a prize, not of words ("He said Russia had claimed Crimea "as an
    act of force"": his words, Russia took Crimea; statements43)."""
    return token.lower_ in CLAIMING and any(
        c.dep_ == "dobj"
        and (c.pos_ == "PROPN" or c.ent_type_ in ("GPE", "LOC", "FAC") or c.lower_ in TAKEN)
        for c in token.children
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


PICTURES = (
    VIEW_NOUNS
    | WORDS_SAID
    | frozenset(
        "picture vision description characterisation characterization message advice".split()
    )
)
"""Nouns of someone's account of a thing, which a copula sets equal to the quoted words ("his
picture of Iranian nuclear ambitions is "…"")."""


def view_owner(token: Token) -> Token | None:
    """The owner of the account a copula's subject names ("his picture of Iran is", "the
    minister's view was"): whose words the quotation after the copula is; not the thing the
    account is of ("Iran"), nor a noun with no owner ("the picture is")."""
    if token.lemma_ != "be" and token.lower_ not in ("is", "was", "are", "were"):
        return None
    noun = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if noun is None:  # the parse may hang it elsewhere ("…, South Lebanon, his picture of …")
        for t in reversed(token.doc[max(token.sent.start, token.i - 8) : token.i]):
            if t.is_punct or t.tag_ in FINITE:
                break
            if t.lower_ in PICTURES:
                noun = t
                break
    if noun is None or noun.lower_ not in PICTURES:
        return None
    return next((c for c in noun.children if c.dep_ == "poss"), None)


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


def _names_someone(token: Token) -> bool:
    return token.pos_ == "PROPN" or token.ent_type_ in NAMES or token.lower_ in PRONOUNS
