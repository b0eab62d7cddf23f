"""The phrase of a quotation's speaker, read from its cue: the subject, the agent of a
passive, a trailing participle ('"…," said X'), who is quoted or cited, the issuer of a
document, the person named right before or after the cue."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...model import Role
from ..parse import subject, within
from ..vocabulary import SPEECH, SPEECH_NOUNS, forms
from .cues import _agent, _names_someone, view_owner
from .words import _HANDLE, DOCUMENTS, ISSUING, NAMES, REPRESENTATIVES, SPOKESPEOPLE, VIEWS

if TYPE_CHECKING:
    from spacy.tokens import Token


def _subjects(verb: Token) -> list[Token]:
    """A verb's subjects, with one the parse hangs on its auxiliary ("But he did, for the
    first time, say …": "he" on "did")."""
    return [
        c
        for t in (verb, *(a for a in verb.children if a.dep_ == "aux"))
        for c in t.children
        if c.dep_ == "nsubj"
    ]


def _speaker(cue: Token, quote: Role, quotes: list[tuple[int, int, bool]]) -> Token | None:
    """The speaker's head word: the subject of the cue verb outside the quotation (a proper
    noun before a common one: "A member of parliament, Samir Dilou said"), or after the cue
    when inverted ("…," tweeted Ken Gude), else the person named just before the cue
    ("Speaking to AFP, the president of the league, Jamel Msallem, said"); the object of
    "according to"; a statement, tweet or letter stands for whoever made it ("Trump's
    statement read", "a statement by X")."""
    root = cue.sent.root
    owner = view_owner(cue)
    if owner is not None:  # "his picture of Iran is "…"": his, not Iran's
        return owner
    if (
        cue.lower_ in VIEWS
        and cue.dep_ == "ccomp"
        and cue.head.lower_ in SPEECH
        and cue.head.pos_ in ("VERB", "AUX")
        and not within(cue.head, quotes)
    ):  # "Zuma claimed Britain believed Africa is "barbaric"": a belief he reports, his words
        return _speaker(cue.head, quote, quotes)
    if cue.tag_ == "VBG" and cue.i == cue.sent.start:
        # "Alleging Iran has set up "emirates" …, his picture of … is": the participle's
        # subject is the sentence's, the account's owner, not the subject of what it alleges
        owner = next((o for t in cue.sent if t.i > cue.i and (o := view_owner(t))), None)
        if owner is not None:
            return owner
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
    if cue.tag_ == "VBG" and any(
        c.dep_.startswith("nsubj") and _addressee(c, cue) for c in cue.children
    ):  # "… and addressed Modi demanding "…"" where the parse finds no subject outside the
        # quotation for "addressed": no one named here, whoever spoke just before goes on
        return None
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
    # "… to al-Qaeda saying": the parse may take the object of a preposition for its subject;
    # "… and addressed Prime Minister Narendra Modi demanding "…"": or the one a verb of
    # addressing is aimed at (statements43), who is asked, never the one asking
    if any(
        c.i == 0 or (cue.doc[c.left_edge.i - 1].lower_ not in OBJECT_OF and not _addressee(c, cue))
        for c in own
    ):
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


ADDRESSING = forms("address", "urge", "press", "implore", "petition", "lobby", "beseech")
"""Verbs aimed at someone asked to act ("addressed the minister demanding", "urged the
council saying"): their object is whom the words are put to, not who says them."""


def _addressee(subject: Token, cue: Token) -> bool:
    """Whether the subject the parse gave a participle cue comes right after a verb of
    addressing above the cue ("addressed Modi demanding"): that verb's object, so the
    participle trails the addressing verb, whose subject speaks."""
    before = cue.doc[subject.left_edge.i - 1]
    return before.lower_ in ADDRESSING and before.pos_ == "VERB" and before in cue.ancestors


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
