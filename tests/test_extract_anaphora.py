"""Parties and agents named by a pronoun or a description (coref44, issue 7): "It signed a
deal with…", "The company agreed…", "the minister signed" after the actor named just before,
of the type the word fits, and no one where two compete, a quotation lies between, or "it"
is the thing the sentence speaks of. Sentences are rewritten with other names."""

from __future__ import annotations

from datetime import date

import pytest

from generator.extract import match
from generator.extract.tie import Context
from generator.model import Article, Mention, Role, Sentence
from tests.test_extract import parsed_context

pytestmark = pytest.mark.slow

FIRMS = {
    "Volkswagen": "volkswagen",
    "Daimler": "daimler",
    "Renault": "renault",
    "Softbank": "softbank",
    "Vodafone": "vodafone",
}


def _parties(nlp, text: str, people=FIRMS, persons=(), states=()) -> list[set[str]]:
    """Each proposed agreement's parties, the ids of ``persons`` and ``states`` so typed."""
    from generator.extract.agreements import propose_agreements

    doc, context = parsed_context(
        nlp, text, date(2005, 1, 7), people, persons=persons, states=states
    )
    return [set(p.agents) for p in propose_agreements(context, match(doc, 0).agreements)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # "It", the sentence before naming one firm
            "Volkswagen reported a loss on Monday. It signed a deal with Renault to share engines.",
            {"volkswagen", "renault"},
        ),
        (  # "The company" after "Japanese firm Softbank"
            "Japanese firm Softbank reported a loss on Monday. The company agreed a deal with "
            "Vodafone to share its network.",
            {"softbank", "vodafone"},
        ),
        (  # past a sentence that speaks of the firm again
            "Volkswagen reported a loss on Monday. The firm was founded in 1937. It signed a "
            "deal with Renault to share engines.",
            {"volkswagen", "renault"},
        ),
        (  # two firms compete: which one is a guess
            "Volkswagen and Daimler reported losses on Monday. It signed a deal with Renault.",
            {"renault"},
        ),
        (  # a quotation between: its words are someone's
            'Volkswagen reported a loss. "We are doing well," the analyst said. It signed a '
            "deal with Renault.",
            {"renault"},
        ),
    ],
)
def test_it_and_the_company_are_the_one_firm_named_before(nlp, text, want):
    assert want in _parties(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Daimler's rival Volkswagen reported a loss on Monday. The company signed a deal with "
        "Renault to share engines.",
        "Daimler's rival Volkswagen reported a loss on Monday. It signed a deal with Renault "
        "to share engines.",
    ],
)
def test_a_firm_owning_the_subject_is_not_its_it(nlp, text):
    """fix75: "Daimler's rival Volkswagen …": the sentence opens with a possessive, whose
    owner is not the subject the "it" after speaks of; two firms named, none is taken."""
    assert all("daimler" not in p for p in _parties(nlp, text, {**FIRMS}))


def test_a_state_or_a_person_is_no_firms_it(nlp):
    """ "It" after a state only: a country's "it" is left alone."""
    text = "Vorland reported a loss on Monday. It signed a deal with Renault."
    people = {"Vorland": "vorland", "Renault": "renault"}
    assert _parties(nlp, text, people, states=("vorland",)) == [{"renault"}]


def test_it_that_is_a_thing_makes_no_party(nlp):
    """ "It was signed in 2005": the treaty, not the body named before."""
    text = "The Foreign Office said the treaty with Vorland mattered. It was signed in 2005."
    people = {"Foreign Office": "foreign-office", "Vorland": "vorland"}
    assert all("foreign-office" not in p for p in _parties(nlp, text, people))


def test_the_minister_is_the_one_minister_named_before(nlp):
    text = (
        "Foreign Minister Jan Novak visited Vorland. The minister signed an agreement with "
        "Vorland on training police."
    )
    people = {"Jan Novak": "jan-novak", "Vorland": "vorland"}
    assert {"jan-novak", "vorland"} in _parties(
        nlp, text, people, persons=("jan-novak",), states=("vorland",)
    )


def test_the_company_inside_a_quotation_is_nobody(nlp):
    paragraph = 'Volkswagen gained. "The company signed a deal," he said.'
    article = Article("a", "T", "2005-01-07", "Wire", None, "en", (paragraph,))
    sentences = (Sentence(0, 0, 18, paragraph[:18], ()), Sentence(0, 19, 56, paragraph[19:], ()))
    vw = Mention("actors/volkswagen", "a", 0, 0, 0, 10, "Volkswagen", "ner")
    context = Context(article, sentences, (vw,), date(2005, 1, 7))
    assert context.actors_in(0, [Role(20, 31, "The company")]) == ()
    assert paragraph[20:31] == "The company"


def _context(
    paragraphs: list[str],
    names: dict[str, str],
    day: date = date(2005, 1, 7),
    states: frozenset[str] = frozenset(),
) -> Context:
    """A context of plain sentences (split at ". ") naming each of ``names`` as a body, of an
    article dated ``day``; ``states`` the keys of those that are states."""
    sentences = []
    for p, text in enumerate(paragraphs):
        start = 0
        for part in text.split(". "):
            end = start + len(part) + (1 if not part.endswith(".") else 0)
            sentences.append(Sentence(p, start, min(end, len(text)), text[start:end], ()))
            start = end + 1
    article = Article("a", "T", day.isoformat(), "Wire", None, "en", tuple(paragraphs))
    mentions = []
    for name, id_ in names.items():
        for p, text in enumerate(paragraphs):
            at = text.find(name)
            while at >= 0:
                index = next(
                    i for i, s in enumerate(sentences) if s.paragraph == p and s.start <= at < s.end
                )
                mentions.append(
                    Mention(f"actors/{id_}", "a", p, index, at, at + len(name), name, "ner")
                )
                at = text.find(name, at + 1)
    return Context(article, tuple(sentences), tuple(mentions), day, states=states)


def _role(paragraphs: list[str], p: int, phrase: str) -> Role:
    at = paragraphs[p].rfind(phrase)
    return Role(at, at + len(phrase), phrase)


def test_it_is_the_subject_of_the_sentence_before():
    """ "Deutsche Bank is being sued by Yukos. It had agreed to loan …": the subject, though
    the sentence names another body; not one of two subjects ("Fiat and GM")."""
    text = ["Deutsche Bank is being sued by Yukos. It had agreed to loan Gazprom the money."]
    context = _context(text, {"Deutsche Bank": "deutsche-bank", "Yukos": "yukos"})
    assert context.actors_in(0, [_role(text, 0, "It")]) == ("deutsche-bank",)
    both = ["Shares in Fiat and GM rose. It had agreed to loan Gazprom the money."]
    context = _context(both, {"Fiat": "fiat", "GM": "gm"})
    assert context.actors_in(0, [_role(both, 0, "It")]) == ()


def test_it_opening_a_paragraph_is_left_alone():
    """ "…, the Financial Times has reported. ¶ It said Fiat …": whoever reported it, which the
    paragraph before's subject is not."""
    text = ["Ferrari could be listed, the Financial Times reported.", "It said Fiat would sell."]
    context = _context(text, {"Ferrari": "ferrari", "Financial Times": "ft", "Fiat": "fiat"})
    assert context.actors_in(1, [_role(text, 1, "It")]) == ()


def test_the_airline_is_the_body_the_article_called_so():
    """ "German airline Lufthansa … ¶ the airline announced": Lufthansa; "the airline" after a
    body never called one is no one ("The Aviation Herald reports …, and the airline
    denies this"), nor is "the company" after another body in its own sentence."""
    text = ["German airline Lufthansa returned to profit.", "In a report, the airline announced."]
    context = _context(text, {"Lufthansa": "lufthansa"})
    assert context.actors_in(1, [_role(text, 1, "the airline")]) == ("lufthansa",)
    herald = ["The Aviation Herald reports a fault, and the airline denies this."]
    context = _context(herald, {"Aviation Herald": "herald"})
    assert context.actors_in(0, [_role(herald, 0, "the airline")]) == ()
    own = ["The Aviation Herald reports a fault, and the company denies this."]
    context = _context(own, {"Aviation Herald": "herald"})
    assert context.actors_in(0, [_role(own, 0, "the company")]) == ()


def test_a_body_named_but_no_actor_competes(nlp):
    """ "Shares in Volkswagen and Daimler rose. It signed …" with Daimler no actor: the NER
    saw a second body, so "it" is still a guess."""
    text = "Shares in Volkswagen and Daimler AG rose on Monday. It signed a deal with Renault."
    people = {"Volkswagen": "volkswagen", "Renault": "renault"}
    assert _parties(nlp, text, people) == [{"renault"}]
