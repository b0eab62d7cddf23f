"""Small helpers over spaCy's parse shared by the matchers: quotation spans, roles, subtrees.

Everything here reads a ``Doc`` of one paragraph and returns plain values (character offsets
within the paragraph), so what the matchers find can be cached as JSON with the annotation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from ..model import Role

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_QUOTE = re.compile(r"[\"“”]")
_REOPENS = re.compile(r"\s[\"“][\w'‘]")
"""A mark after a space and before a word opens a quotation: it never closes one."""
_NAME_INSIDE = re.compile(r"\s\"[\w'’&.-]+(?: [\w'’&.-]+){0,3}\"(?=\s+[a-z])")
"""A name of up to four words in straight marks that the sentence goes on after ('"The
"United States" holds', '"We won. "Brexit" means'): quoted inside an open quotation."""
_RIGHT_OPENS = re.compile(r"(?<![^\s(\[])”(?=[^\W_])")
"""A right mark after a space and before a word opens a quotation: typesetting that writes ”
for both marks (Swedish and Finnish style, some translated wire copy: 'Amorim added: ”There
are …”'); a closing mark follows a word or a stop, never a space."""
_SENTENCE_END = re.compile(r"[.!?]['’]?\s+$")
_NESTED = re.compile(r"(?<=[,:] )['‘]([^'‘’]+?(?:['’]\w[^'‘’]*?)*?[.!?,]?)['’](?=\s|[\"”]|$)")


def quote_spans(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, closed) of the words inside each quotation in ``text``, marks excluded.

    Straight quotes pair in order; a curly one says which it is (a right mark after a space
    and before a word opens, as where ” is written for both). A quotation still open at the
    end is one that the next paragraph continues (news style: no closing mark), ``closed``
    False; so is a sentence that a mark opening a word (' "We', ' “We') follows before any
    mark closes it, unless the word is a name quoted inside ('"We won. "Brexit" means Brexit,"
    he said'). A quotation nested in another after "said," ('Let's talk about it
    tomorrow.') is its own span.
    """
    spans: list[tuple[int, int, bool]] = []
    start = None
    skip = 0
    for match in _QUOTE.finditer(text):
        mark = match.group()
        if match.start() < skip:
            continue
        if start is not None and (inside := _NAME_INSIDE.match(text, match.start() - 1)):
            skip = inside.end()  # both marks of the name: the quotation goes on
        elif start is None and (mark != "”" or _RIGHT_OPENS.match(text, match.start())):
            start = match.end()
        elif (
            start is not None
            and mark in ('"', "“")
            and _REOPENS.match(text, match.start() - 1)
            and _SENTENCE_END.search(text, start, match.start())
        ):
            # '… 26 weeks. "We are going …': a quotation of several sentences reopened without
            # closing the one before (news style for a new paragraph, here run together).
            end = len(text[start : match.start()].rstrip()) + start
            spans.append((start, end, False))
            start = match.end()
        elif start is not None and mark != "“":
            if match.start() > start:
                spans.append((start, match.start(), True))
            start = None
    if start is not None and text[start:].strip():
        spans.append((start, len(text.rstrip()), False))
    nested = [
        (m.start(1), m.end(1), True)  # finditer with a start position: offsets are the text's
        for start, end, _ in spans
        for m in _NESTED.finditer(text, start, end)
    ]
    return sorted(spans + nested)


def within(token: Token, spans: Iterable[tuple[int, int, bool]]) -> bool:
    """True when the token lies inside (or is the mark of) a quotation."""
    return any(start - 1 <= token.idx < end + 1 for start, end, _ in spans)


def role(doc: Doc, first: Token, last: Token) -> Role:
    start, end = first.idx, last.idx + len(last.text)
    # The span's own text: ``doc.text`` would rebuild the whole paragraph on every call.
    return Role(start, end, doc[first.i : last.i + 1].text)


def subtree_role(doc: Doc, token: Token, quotes: list[tuple[int, int, bool]]) -> Role:
    """The phrase a token heads, cut short where a quotation begins."""
    tokens = [t for t in token.subtree if not within(t, quotes) and t.dep_ != "punct"]
    tokens = tokens or [token]
    first, last = tokens[0], tokens[-1]
    # A relative clause or a trailing comma phrase is not the name: keep the head's chunk.
    for t in tokens:
        if t.dep_ in ("relcl", "acl") and t.i > token.i:
            last = max((x for x in tokens if x.i < t.left_edge.i), key=lambda x: x.i, default=last)
            break
    return role(doc, first, last)


def token_role(doc: Doc, token: Token) -> Role:
    return role(doc, token, token)


def children(token: Token, *deps: str) -> Iterator[Token]:
    return (c for c in token.children if c.dep_ in deps)


def infinitive(verb: Token) -> bool:
    """ "has until October 28 to release plans", "voted to approve": what is to be done, or
    what another event word did, not an act of its own."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def preposition_objects(token: Token, *words: str) -> Iterator[Token]:
    """Objects of the token's prepositions among ``words`` ("with X" -> X), conjuncts
    included ("between X and Y")."""
    for prep in token.children:
        if prep.dep_ in ("prep", "agent", "dative") and prep.lower_ in words:
            for obj in children(prep, "pobj"):
                yield obj
                yield from conjuncts(obj)


def conjuncts(token: Token) -> Iterator[Token]:
    for c in token.children:
        if c.dep_ == "conj":
            yield c
            yield from conjuncts(c)


def subject(token: Token, depth: int = 4) -> Token | None:
    """The subject of a verb, or of the verb it hangs from ("cited as telling" -> the one
    cited; "adding that" -> the one who said it); a relative pronoun means its noun."""
    for _ in range(depth):
        for c in token.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                if c.tag_ in ("WP", "WDT") and token.dep_ == "relcl":
                    return _named_before(c) or _among(token.head)
                if c.lower_ in REFLEXIVE and token.dep_ == "relcl":
                    # "who had himself been assassinated": the "who" hung on "had"
                    who = next((t for t in token.subtree if t.tag_ == "WP" and t.i < c.i), None)
                    if who is not None:
                        return _named_before(who) or _among(token.head)
                return c
        if token.dep_ in ("xcomp", "advcl", "conj", "pcomp", "prep", "acl", "ccomp", "relcl") or (
            token.dep_ == "dep" and token.pos_ == "VERB" and token.head.pos_ == "VERB"
        ):  # a second verb the parser left unattached: "served until 1995, then joined"
            if token.dep_ == "relcl":
                return _among(token.head)
            token = token.head
        else:
            return None
    return None


def joined_to_passive(verb: Token, transitive: bool = False) -> bool:
    """A participle joined to a passive verb with no subject or auxiliary of its own shares
    its voice: "was arrested on Thursday and charged with corruption" (he was charged, and
    nobody named charged anyone); not "Police arrested him and charged him". The parser
    often tags such a participle as a past tense ("was detained in Cairo and jailed"): for a
    verb that is only ever done to someone (``transitive``), one with no object is passive
    too (not "was wounded and resigned")."""
    return (
        verb.dep_ == "conj"
        and (verb.tag_ == "VBN" or (transitive and verb.tag_ == "VBD"))
        and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj") for c in verb.children
        )
        and any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.head.children)
    )


REFLEXIVE = frozenset("himself herself itself themselves".split())
"""An intensive pronoun the parser reads as a subject ("who had himself been assassinated")
stands for the subject it repeats, no participant of its own."""


def _named_before(relative: Token) -> Token | None:
    """The person a "who" follows with a comma, where the parser hung the clause on a noun
    further back ("the brother of President John F. Kennedy, who had himself been
    assassinated": Kennedy was, not the brother); None when no name is there."""
    if relative.lower_ != "who" or relative.i < 2 or relative.nbor(-1).text != ",":
        return None
    name = relative.nbor(-2)
    return name if name.ent_type_ == "PERSON" and name.pos_ == "PROPN" else None


def _among(noun: Token) -> Token:
    """Who a relative clause's noun counts in ("He was among the Representatives who voted
    against the Iraq War": he voted), or the name it describes ("Mohamed Nasheed, a former
    president who was jailed in March": Nasheed was; events81); else the noun."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "among" and prep.dep_ == "prep":
        who = next((c for c in prep.head.children if c.dep_ == "nsubj"), None)
        if who is not None and prep.head.lower_ in ("was", "is", "were", "are", "been", "be"):
            return who
    if (
        noun.dep_ == "appos"
        and noun.pos_ == "NOUN"
        and noun.head.pos_ == "PROPN"
        and noun.head.ent_type_ in ("PERSON", "ORG")
        and noun.head.i < noun.i
    ):
        return noun.head
    return noun
