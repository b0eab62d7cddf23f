"""Speaking occasions with no quotation (issue 7, branch events74): a named speaker's reported
words as a statement event where the old rules let them pass — a body's press officer or
press secretary (no news outlet), a partial quotation inside the clause said, a quotation in
another clause of the sentence, "according to" a named body after the news it told, a named
body's report, a body named before its common noun, "told X to", "described X as", verbs of
assuring, arguing, alleging and revealing; and one speech event per speaker per
sentence. Near-misses stay out: a direct quotation (its own statement event), "was described
as", a reference cited before the background it gives, a toll's source. Sentences of the
shapes of the events74 pool and the dev split (real reports, names kept)."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import paragraph_context

from generator.extract import match
from generator.extract.events import propose_events

DAY = date(2019, 8, 8)


def _spoken(nlp, text: str, names: tuple[str, ...], persons: tuple[str, ...] = ()):
    """(type, agents, patients) of each proposal of a one-paragraph article, actors ``names``."""
    slug = {f"actors/{n.lower().replace(' ', '-')}" for n in persons}
    doc, context = paragraph_context(nlp, text, DAY, names, slug)
    return [(p.type, p.agents, p.patients) for p in propose_events(context, match(doc, 0).events)]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a body's press officer or press secretary speaks for it: no news outlet
        (
            "Police press officer Monika Kosiec stated police believe him to be aged 25.",
            "monika-kosiec",
        ),
        (
            "Kremlin press secretary Dmitry Peskov told reporters Russia had not been consulted.",
            "dmitry-peskov",
        ),
        # a partial quotation inside the clause said is the speaker's words within it
        (
            'The Iranian army said the plane was bringing meat from Bishkek "to help the '
            "country's economy.\"",
            "iranian-army",
        ),
        # a quotation in another clause of the sentence is another speaker's
        (
            "In a meeting that day he was told by Emergencies Minister Yevgeny Zinichev of "
            '"presumably between 36 and 40 people under the rubble", while Chelyabinsk regional '
            "Deputy Governor Oleg Klimov indicated 68 people were missing.",
            "oleg-klimov",
        ),
        # a body named before its common noun
        (
            "The French Civil Security service said water bombing by aircraft was disallowed.",
            "french-civil-security",
        ),
        # a named body's report says what the body says
        (
            "Another report from the Mexico government during the weekend said eight Mexicans "
            "died in the attack.",
            "mexico",
        ),
        # told to do something: a directive said
        ("Boris Johnson told ministers to prepare for a no-deal Brexit.", "boris-johnson"),
        # verbs of saying a clause besides "say"
        ("Ethiopia assured oil companies that the region was safe.", "ethiopia"),
        ("John Major argued that the true intent was to shut down debate.", "john-major"),
        # judging something as something
        ("The Ethiopia government described the claims as propaganda.", "ethiopia"),
        ("Alexei Venediktov described the protesters as ordinary Muscovites.", "alexei-venediktov"),
    ],
)
def test_a_named_speakers_words_without_a_quotation_are_a_statement(nlp, text, speaker):
    names = {
        "monika-kosiec": ("Monika Kosiec",),
        "dmitry-peskov": ("Dmitry Peskov", "Russia"),
        "iranian-army": ("Iranian army",),
        "oleg-klimov": ("Oleg Klimov", "Yevgeny Zinichev"),
        "french-civil-security": ("French Civil Security",),
        "mexico": ("Mexico",),
        "boris-johnson": ("Boris Johnson",),
        "ethiopia": ("Ethiopia",),
        "john-major": ("John Major",),
        "alexei-venediktov": ("Alexei Venediktov",),
    }[speaker]
    found = _spoken(nlp, text, names)
    assert any(t == "statement" and speaker in agents for t, agents, _ in found), found


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "On Wednesday morning Gupta's family members filed a missing persons report, "
            "according to the Montgomery County Police Department.",
            "Montgomery County Police Department",
        ),
        (
            "The vote was postponed, according to the Election Commission of Pakistan.",
            "Election Commission of Pakistan",
        ),
    ],
)
def test_according_to_a_named_body_after_its_news_is_its_statement(nlp, text, body):
    found = _spoken(nlp, text, (body,))
    slug = body.lower().replace(" ", "-")
    assert ("statement", (slug,), ()) in found


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a reference cited before the background it gives (dev: the House of Commons Library)
        (
            "According to the House of Commons Library, in the past few decades most "
            "prorogations have been for at most two weeks.",
            ("House of Commons Library",),
        ),
        # a toll's source: how the attack is sourced, no statement besides
        (
            "Thirty people died in the attack, according to the Syrian Observatory for Human "
            "Rights.",
            ("Syrian Observatory for Human Rights",),
        ),
        # a direct quotation is the quotation's own statement event
        ('"We will not leave," Boris Johnson said.', ("Boris Johnson",)),
        # described, not describing
        ("The Magnitogorsk area was described as a war zone.", ("Magnitogorsk",)),
        # told, not telling
        ("Boris Johnson was told to prepare for a no-deal Brexit.", ("Boris Johnson",)),
        # a name with no word of a body, as often an outlet's, sources the news
        ("The storm strengthened, according to USA Today.", ("USA Today",)),
        # a news outlet's press is an outlet still
        ("The Moscow Times press said the army had left.", ("Moscow Times",)),
    ],
)
def test_near_misses_of_a_speaking_occasion_are_no_statement(nlp, text, names):
    assert not [f for f in _spoken(nlp, text, names) if f[0] == "statement"]


@pytest.mark.slow
def test_one_speaker_in_one_sentence_is_one_occasion(nlp):
    """Dev: "John Major has accused Johnson of misleading the Queen, and argued that …" is one
    occasion of Major's (the accusation kept); "Pompeo posted a message on Twitter blaming Iran
    for the attacks, saying there was no evidence …" (here "condemning"): the saying whose
    subject the sentence leaves out is Pompeo's, Iran what it is about."""
    text = (
        "Former prime minister John Major has accused Boris Johnson of misleading the Queen, "
        "and argued that the true intent of seeking prorogation was to shut down debate."
    )
    found = _spoken(nlp, text, ("John Major", "Boris Johnson"))
    assert [f for f in found if "john-major" in f[1]] == [
        ("accusation", ("john-major",), ("boris-johnson",))
    ]
    text = (
        "US Secretary of State Mike Pompeo posted a message on Twitter condemning Iran for the "
        "attacks, saying there was no evidence the attacks came from Yemen."
    )
    found = _spoken(nlp, text, ("Mike Pompeo", "Iran"), persons=("Mike Pompeo",))
    spoken = [f for f in found if f[0] == "statement"]
    assert spoken == [("statement", ("mike-pompeo",), ("iran",))]


@pytest.mark.slow
def test_an_act_done_to_someone_or_a_saying_dated_apart_stays_its_own(nlp):
    """ "Qawi was later accused of inciting the murder, which he denied": the accusation is
    another's, not folded into Qawi's denial; statements of one speaker dated apart are two."""
    text = "Abdul Qawi was later accused of inciting the murder, which he denied."
    found = _spoken(nlp, text, ("Abdul Qawi",), persons=("Abdul Qawi",))
    assert [t for t, *_ in found].count("accusation") == 1
    from generator.extract.events.propose import _one_occasion
    from generator.extract.merge import Proposal
    from generator.model import Mention

    said = Mention("events/x", "a", 0, 0, 0, 4, "said", "extract")

    def told(type_: str, day: str | None) -> Proposal:
        return Proposal("events", type_, ("nato",), (), day, day, None, said, "2019-11-04")

    kept = _one_occasion([told("statement", "2019-03-14"), told("statement", "2018")])
    assert [p.date for p in kept] == ["2019-03-14", "2018"]
    kept = _one_occasion([told("statement", "2019-03-14"), told("statement", None)])
    assert [p.date for p in kept] == ["2019-03-14"]
