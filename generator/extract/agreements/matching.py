"""``match_agreements`` (annotate stage, cached): every agreement noun and verb outside
quotations, its frame from ``frame`` and ``verbal``."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ...model import AgreementFrame
from ..parse import children, preposition_objects, quote_spans, role, token_role, within
from ..vocabulary import AGREEMENT_NOUNS
from .clauses import _cease, _denied, _governing_verb, _made, _proper_span
from .deals import _sold_part, _sold_to, goods_sold
from .frame import _frame
from .naming import (
    _between,
    _kept,
    _named_alliance,
    _named_makers,
    _named_pact,
    _owned_with,
    _short_name_object,
    _signed_between,
    _signed_by_clause,
)
from .nouns import (
    _clause_of,
    _known_short,
    _named_plural,
    _no_trade_area,
    _partnered,
    _said_of_another,
    _settles,
    _signed_plan,
    _understood,
    _violated,
)
from .parties import (
    PLURALS,
    _awarded_each,
    _each_partner,
    _each_signer,
    _names_a_body,
    _violation_sides,
)
from .statuses import (
    _amount,
    _asked_for,
    _demanded,
    _gathering,
    _hoped,
    _of_a_company,
    _possible,
    _programme,
    _promised_exit,
    _scheduled,
    _sought,
    _talked_about,
)
from .undertakings import undertaken_noun
from .verbal import _verbal

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def match_agreements(doc: Doc, paragraph: int) -> tuple[AgreementFrame, ...]:
    quotes = quote_spans(doc.text)
    frames = []
    named: set[int] = set()  # sentences naming an agreement by a noun
    for noun in doc:
        type_ = AGREEMENT_NOUNS.get(noun.lower_)
        if (
            type_ is None
            and (_short_name_object(noun) or _known_short(noun))
            and not within(noun, quotes)
        ):
            # "renegotiate NAFTA", "withdrew from the JCPOA": kept if the verb says it is an
            # agreement, the name is a known one ("in breach of the JCPOA") or the article
            # named it in full (``propose_agreements``)
            short = _frame(doc, paragraph, noun, "agreement", quotes)
            new = noun.i > 0 and doc[noun.i - 1].text == "New"  # "New START"
            frames.append(replace(short, name=f"New {noun.text}" if new else noun.text))
            continue
        if (
            type_ is None
            and noun.lower_ == "declaration"
            and any(c.lower_ in DECLARED for c in noun.children)
            and _made(noun)
        ):
            type_ = "agreement"  # "Ethiopia and Eritrea signed a peace declaration"
        if type_ is None and noun.lower_ == "plan" and _signed_plan(noun):
            type_ = "agreement"  # "the peace plan Russia signed": a plan signed is agreed
        if type_ is None and noun.lower_ == "partnership" and _partnered(noun):
            type_ = "agreement"  # "Toyota and Panasonic announced a partnership"
        if type_ is None and _named_alliance(noun):
            type_ = "agreement"  # "its alliance with General Motors", "the Fiat-GM alliance"
        if type_ is None and noun.lower_ == "sale" and not within(noun, quotes):
            buyers = _sold_to(noun)  # "the sale of its stake in Tube Lines to Ferrovial"
            if buyers:
                sale = _frame(doc, paragraph, noun, "acquisition", quotes)
                bought = tuple(  # the name, not its owner ("Spain's Ferrovial")
                    role(doc, _proper_span(b)[0], b) for b in buyers
                )
                verb = _governing_verb(noun)  # "was blocked by the court": no party to it
                judges = list(preposition_objects(verb, "by")) if verb is not None else []
                held = [b.idx for b in (*buyers, *judges)]
                kept = tuple(r for r in sale.parties if not any(r.start <= i < r.end for i in held))
                sold = tuple(_sold_part(doc, o) for o in preposition_objects(noun, "of"))
                kept = tuple(r for r in kept if r not in sold)  # not "its shares" twice
                frames.append(replace(sale, parties=(*kept, *sold, *bought)))
                named.add(noun.sent.start)
                continue
            goods = goods_sold(doc, paragraph, noun, quotes)  # "the potential sale of
            if goods is not None:  # military helicopters … to Australia for … $1.95 billion"
                frames.append(goods)
                named.add(noun.sent.start)
                continue
        if type_ is None and noun.pos_ == "NOUN":
            given = undertaken_noun(doc, paragraph, noun, quotes)
            if given:  # "give a commitment not to attack Iran": a non-aggression undertaking
                frames.extend(given)
                named.add(noun.sent.start)
                continue
        if type_ is None and noun.lower_ == "fire" and _cease(noun):
            type_ = "ceasefire"  # "the 1994 cease-fire", split by the tokenizer at its hyphen
        if type_ is None and noun.lower_ == "charter" and _clause_of(noun):
            type_ = "treaty"  # "Article 5 of NATO's charter": the treaty founding NATO
        if noun.lower_ == "contracts" and not within(noun, quotes):
            awarded = _awarded_each(doc, paragraph, noun, quotes)
            if awarded:  # "NASA awarded SpaceX and Boeing contracts": one contract each
                frames.extend(awarded)
                named.add(noun.sent.start)
                continue
        if (
            type_ is None
            and noun.lower_ in PLURALS
            and _named_plural(noun)
            and not within(noun, quotes)
        ):
            plural = _frame(doc, paragraph, noun, AGREEMENT_NOUNS[PLURALS[noun.lower_]], quotes)
            named_after = doc[noun.i - 1]  # "the Minsk agreements"
            frames.append(replace(plural, name=f"{named_after.text} {noun.text}"))
            continue
        if (
            type_ is None
            and noun.lower_ in PLURALS
            and (
                _made(noun)
                or _kept(noun)
                or _between(noun)
                or _owned_with(noun)
                or _signed_by_clause(noun)
                or _named_makers(noun)
            )
        ):
            type_ = AGREEMENT_NOUNS[PLURALS[noun.lower_]]  # "signed 20 agreements on trade"
        if type_ is None and noun.lower_ in DOCUMENTS and _signed_between(noun):
            type_ = "agreement"  # "several documents were signed between Pakistan and China"
        if type_ is None and _letter_of(noun):
            type_ = "letter-of-intent"  # "a letter of cooperation was signed between"
        if type_ is None and noun.lower_ == "understanding" and _understood(noun):
            type_ = "agreement"  # "Japan and South Korea reached a joint understanding"
        if type_ is None and _named_pact(noun):
            type_ = "agreement"  # "withdrew from the Joint Comprehensive Plan of Action"
        if type_ is None or noun.pos_ not in ("NOUN", "PROPN") or within(noun, quotes):
            continue
        if type_ == "letter-of-intent" and not (
            noun.head.lower_ == "of" and noun.head.head.lower_ in ("letter", "letters")
        ):
            continue
        if type_ == "letter-of-intent" and _intent_told(noun):
            continue  # "sent letters of such intent to Japan": a notice of what one intends
        if type_ == "joint-venture" and not any(c.lower_ == "joint" for c in noun.children):
            continue
        if _names_a_body(noun):
            continue  # "Libya's Government of National Accord": a government, no accord
        if _no_trade_area(noun):
            continue  # "the African Continental Free Trade Area", not "an area"
        if type_ == "ceasefire" and (violations := _violated(noun)) is not None:
            sides = _violation_sides(doc, violations)
            if sides:  # "800 ceasefire violations … between India and Pakistan": in force
                ceasefire = token_role(doc, noun)
                frames.append(
                    AgreementFrame(
                        paragraph=paragraph,
                        type=type_,
                        noun=ceasefire,
                        verb="",
                        status="in force",
                        parties=sides,
                        value=None,
                        subject=None,
                        name=None,
                    )
                )
                named.add(noun.sent.start)
            continue
        if noun.dep_ == "compound" or (
            noun.dep_ == "pobj"
            and noun.head.lower_ == "in"
            and noun.pos_ != "PROPN"
            and not any(c.dep_ in ("det", "poss") for c in noun.children)
        ):
            continue  # "treaty obligations", "in agreement with"; not "in the treaty"
        if noun.lower_ == "protocol" and not (
            noun.text[0].isupper()
            or any(c.lower_ == "accession" for c in noun.children)
            or _of_intent(noun)
            or _made(noun)
        ):
            continue  # "the Kyoto Protocol", "an accession protocol", "an intention protocol",
            # "signed a protocol on"; not a medical protocol
        if _denied(noun):
            continue  # "could not reach an agreement", "even if no deal is reached"
        if _demanded(noun) or _sought(noun) or _hoped(noun) or _possible(noun) or _scheduled(noun):
            continue  # "called for an immediate ceasefire between Israel and Hamas"; "will
            # urge Olmert and Abbas to reach a peace agreement"; "plans a joint venture";
            # "approved the possible takeover of the LSE"; "are set to sign a deal"
        if _talked_about(noun):
            continue  # "for talks on a Gaza ceasefire with Egyptian officials": a topic
        if _promised_exit(noun):
            continue  # "he would withdraw the United States from the treaty if elected"
        if _asked_for(noun):
            continue  # "the EU urged Serbia and Kosovo to sign the agreement": asked only
        if noun.lower_ == "convention" and _gathering(noun):
            continue  # "Wikinews attended the Texas Haunters Convention": a gathering
        if noun.lower_ == "deal" and (_amount(noun) or _programme(noun)):
            continue  # "a great deal of horror-comedy films": an amount; "the Green New Deal"
        if noun.lower_ == "settlement" and not _settles(noun):
            continue  # "the nearest settlement to Area 51": a village, no agreement
        if type_ == "acquisition" and not _of_a_company(noun):
            continue  # "the Communist Party's takeover of China", "the purchase of weapons"
        if _said_of_another(noun):
            continue  # "IBM's acquisition of Red Hat was the largest software deal": one deal
        found = _frame(doc, paragraph, noun, type_, quotes)
        each = _each_partner(doc, noun, found)
        frames.extend(_each_signer(doc, noun, found) if len(each) == 1 else each)
        named.add(noun.sent.start)
    exchanged = any(t.lower_ == "exchange" for t in doc)  # scan sentences for it only then
    for verb in doc:
        if verb.pos_ == "VERB" and not within(verb, quotes):
            frame = _verbal(doc, paragraph, verb, quotes, exchanged, verb.sent.start in named)
            if frame is not None:
                frames.append(frame)
    return tuple(frames)


DECLARED = frozenset("peace joint".split())
"""What makes a declaration two parties sign an agreement ("signed a peace declaration")."""


DOCUMENTS = frozenset("document documents".split())
"""Words for what is signed that name no kind of agreement: one only when signed by sides."""


INTENT = frozenset("intent intents intention intentions".split())
"""What a protocol or letter of intent is of ("a protocol of intentions", "an intention
protocol"): a signed undertaking, news's name for a preliminary agreement."""


def _of_intent(noun: Token) -> bool:
    """A protocol of intent ("a protocol of intentions", "an intention protocol"): an
    agreement, where a lower-case "protocol" alone may be a medical or diplomatic one."""
    return any(c.lower_ in INTENT for c in noun.children) or any(
        o.lower_ in INTENT for p in children(noun, "prep") if p.lower_ == "of" for o in p.children
    )


LETTERED = frozenset("cooperation understanding".split())
"""What a signed letter may be of besides intent ("a letter of cooperation"): the letter is
then an agreement between its signers, as a letter of intent is."""


INTENT_TOLD = frozenset("det poss predet amod".split())
"""What a letter's "intent" takes when the letter tells of an intent ("letters of such intent",
"a letter of their intent to withdraw"): the term "letter of intent" never does."""


def _intent_told(intent: Token) -> bool:
    """A letter of intent named by a determiner, owner or adjective on "intent" ("letters of
    such intent" notifying a withdrawal): a letter telling of an intent, not the agreement
    the fixed term "a letter of intent" names (its modifiers are the letter's: "a non-binding
    letter of intent")."""
    return any(c.dep_ in INTENT_TOLD for c in intent.children)


def _letter_of(noun: Token) -> bool:
    """The object of "a letter of cooperation" that a verb of signing makes ("was signed
    between Indian Oil and ExxonMobil"): a letter only written or sent ("a letter of
    understanding to the editor") is no agreement."""
    if noun.lower_ not in LETTERED or noun.head.lower_ != "of":
        return False
    letter = noun.head.head
    return letter.lower_ in ("letter", "letters") and _made(letter)
