"""Events of issue 7's misses on unseen Wikinews text (branch events20): a body making a
document public, approving or launching something, an aircraft shot down, reported speech,
a warning on a condition, a state's officials, and a name the parser split at its hyphen.
Sentences are rewritten with other names; each class has cases that must not change."""

from __future__ import annotations

from datetime import date

import pytest

from generator.extract import match
from generator.extract.tie import Context
from generator.model import Article, Mention, Role, Sentence, Span

pytestmark = pytest.mark.slow


def _events(nlp, text: str, type_: str) -> list:
    return [e for e in match(nlp(text), 0).events if e.type == type_]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The Civil Aviation Authority issued a notice barring flights over the region.",
         "Civil Aviation Authority"),
        ("The health agency released its report on Thursday.", "health agency"),
        ("The Vorland Ministry of Health published new guidelines in 2012.", "Ministry"),
        ("A report was published by the Ostrava Institute on Monday.", "Ostrava Institute"),
        ("Iran released the hostages.", None),  # a release of people (type ``release``)
        ("The company posted a loss of $2 million.", None),
        ("Governor Jane Holt has until October 28 to release plans for a special election.",
         None),
        ("A report was published on Monday.", None),  # by no one named
    ],
)  # fmt: skip
def test_a_document_made_public_is_its_issuers_statement(nlp, text, who):
    frames = [f for f in _events(nlp, text, "publication") if f.trigger.text != "report"]
    if who is None:
        assert not [f for f in frames if f.trigger.text.startswith(("releas", "post", "publish"))]
        return
    (frame,) = frames
    assert who in " ".join(r.text for r in frame.agents)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The European Commission approved the merger on Tuesday.", "European Commission"),
        ("The Senate approved the nomination of Mary Jones in March.", "Senate"),
        ("The cabinet authorized the deployment of troops.", "cabinet"),
        ("Most voters approve of the president.", None),
        ("55 percent approve of the job he is doing.", None),
        ("The parliament voted 507-19 to authorize sending troops.", None),  # the vote
        ("The board plans to approve the sale.", None),
    ],
)  # fmt: skip
def test_a_body_approving_something_is_an_approval(nlp, text, who):
    frames = _events(nlp, text, "approval")
    if who is None:
        assert not frames
        return
    (frame,) = frames
    assert who in " ".join(r.text for r in frame.agents)


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("The space agency launched the Horizon spacecraft in 2006.", "launch"),
        ("The agency launched a probe into the crash.", None),  # the investigation
        ("The ministry launched a vaccination campaign in May.", "launch"),
        ("The army launched an attack on the town.", None),  # the attack is the event
        ("North Korea launched two missiles.", None),  # a strike
        ("The agency could launch a new service next year.", None),
    ],
)  # fmt: skip
def test_a_programme_or_mission_launched_is_a_launch(nlp, text, type_):
    frames = _events(nlp, text, "launch")
    assert bool(frames) == (type_ is not None)


@pytest.mark.parametrize(
    ("text", "struck"),
    [
        ("The airliner was shot down by a missile on Thursday.", True),
        ("Rebel troops blew up a railway bridge.", True),
        ("The senators shot down the proposal.", False),  # a plan rejected, no attack
        ("The coach blew up at reporters.", False),
    ],
)  # fmt: skip
def test_an_aircraft_shot_down_or_a_bridge_blown_up_is_a_strike(nlp, text, struck):
    frames = [f for f in _events(nlp, text, "strike") if f.trigger.text in ("shot", "blew")]
    assert bool(frames) == struck


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Last week, Foreign Secretary Daniel Marsh stated that the bloc should "
         "reassess its relations with Vorland.", True),
        ("Ortega noted that the plan had been delayed.", True),
        ("The report stated that the plan had been delayed.", False),  # no one named
        ('Marsh stated that "the bloc must act".', False),  # the quotation is the statement
    ],
)  # fmt: skip
def test_reported_speech_of_a_named_speaker_is_a_statement(nlp, text, said):
    frames = [f for f in _events(nlp, text, "statement") if f.trigger.text in ("stated", "noted")]
    assert bool(frames) == said


@pytest.mark.parametrize(
    ("text", "warned"),
    [
        ("Dupont warned Ivanov on Sunday of grave consequences if Vorland failed to "
         "honour the accord.", True),
        ("Dupont would warn Ivanov if the vote failed.", False),
        ("Dupont did not warn Ivanov, even if he could have.", False),
        ("Dupont has warned Ivanov of grave consequences if Vorland fails to honour the "
         "accord.", True),  # (a perfect: the warning was made as much as "warned")
        ("Dupont threatened Ivanov with sanctions if Vorland failed to honour the accord.",
         True),
    ],
)  # fmt: skip
def test_a_warning_on_a_condition_was_made(nlp, text, warned):
    assert bool(_events(nlp, text, "statement") + _events(nlp, text, "threat")) == warned


def test_a_warning_on_a_condition_reported_was_made(nlp):
    """ "Lavrov said Dupont warned Ivanov … if …": the warning in a reported clause was made
    too, not only one in the sentence's main clause."""
    text = (
        "Lavrov said Dupont warned Ivanov of grave consequences if Vorland failed to honour "
        "the accord."
    )
    assert [f for f in _events(nlp, text, "statement") if f.trigger.text == "warned"]


def test_a_person_named_by_one_word_is_no_event_noun(nlp):
    """ "Ban criticized Vorland": Ban Ki-moon, no ban (a sanction); "the ban" still is one."""
    assert not _events(nlp, "Ban criticized Vorland for the death toll.", "sanctions")
    assert _events(nlp, "Vorland imposed a ban on imports from Ostrava.", "sanctions")


def test_supposed_to_is_not_done(nlp):
    assert not _events(nlp, "The mayor was supposed to make a statement on Monday.", "statement")


def test_a_state_s_officials_make_the_act_the_state_s():
    """ "Ukrainian officials denied": the state denied, as "the Ukrainian government" does."""
    from generator.extract.events import _adjectival

    text = "Vorlandian officials denied it."
    article = Article("a", "T", "2014-07-19", "Wire", None, "en", (text,))
    context = Context(
        article,
        (Sentence(0, 0, len(text), text, ()),),
        (),
        date(2014, 7, 19),
        adjectives={"Vorlandian": "vorland"},
        states=frozenset({"actors/vorland"}),
    )
    assert _adjectival(context, [Role(0, 20, "Vorlandian officials")]) == ("vorland",)
    assert _adjectival(context, [Role(0, 19, "Vorlandian citizens")]) == ()


def test_a_piece_of_a_name_split_at_its_hyphen_is_that_name():
    """ "Abdel Karim al-Farsi" parsed as "Abdel Karim" + "al" + "-" + "Farsi": a phrase of one
    piece names the person whose mention it lies in; not a piece of two names' mentions."""
    text = "Abdel al-Farsi died at his home."
    article = Article("a", "T", "2012-05-23", "Wire", None, "en", (text,))
    farsi = Mention("actors/abdel-al-farsi", "a", 0, 0, 0, 14, "Abdel al-Farsi", "ner")
    sentence = Sentence(0, 0, len(text), text, (Span("Abdel al-Farsi", "PERSON", 0, 14, None),))
    context = Context(
        article, (sentence,), (farsi,), date(2012, 5, 23), persons=frozenset({farsi.entity})
    )
    assert context.actors_in(0, [Role(0, 5, "Abdel")]) == ("abdel-al-farsi",)
    assert context.actors_in(0, [Role(9, 14, "Farsi")]) == ("abdel-al-farsi",)
    assert context.actors_in(0, [Role(15, 20, "died ")]) == ()


def test_a_word_of_a_name_kept_whole_is_not_that_name():
    """ "Contract" in "Project and Contract Office" (a phrase of a contract, on BBC News) is
    no piece of a split name: the office is no party to it."""
    text = "The Project and Contract Office cancelled the contract."
    article = Article("a", "T", "2005-02-01", "Wire", None, "en", (text,))
    office = Mention("actors/pco", "a", 0, 0, 4, 30, "Project and Contract Office", "ner")
    sentence = Sentence(0, 0, len(text), text, (Span(office.text, "ORG", 4, 30, None),))
    context = Context(article, (sentence,), (office,), date(2005, 2, 1))
    assert context.actors_in(0, [Role(16, 24, "Contract")]) == ()
    assert context.actors_in(0, [Role(4, 30, office.text)]) == ("pco",)


@pytest.mark.parametrize(
    ("text", "type_", "expected"),
    [
        ("She was kidnapped in March 2004 while campaigning for governor.", "seizure", True),
        ("Gunmen abducted two aid workers in the north.", "seizure", True),
        ("Gunmen hijacked a passenger plane in the north.", "seizure", True),
        ("Protesters hijacked the debate.", "seizure", False),
        ("Maria Ortiz was one of the 12 hostages rescued on May 3 by the Vorland army.",
         "release", True),
        ("The army rescued the hostages.", "release", True),
        ("The plan rescued the economy.", "release", False),
        ("Freed hostage Maria Ortiz arrived in Spain today.", "visit", True),
        ("The letter arrived in France.", "visit", False),
        ("On Tuesday, Vorland security forces battled militants in Ostrava.", "strike", True),
        ("Police clashed with protesters in the capital.", "strike", True),
        ("He battled cancer for years.", "strike", False),
        ("In Lumo, protesters targeted the offices of the ruling party, which were set on "
         "fire.", "strike", True),  # (a fire named, not what was struck)
    ],
)  # fmt: skip
def test_kidnappings_rescues_arrivals_and_battles_are_events(nlp, text, type_, expected):
    assert bool(_events(nlp, text, type_)) == expected


@pytest.mark.parametrize(
    ("text", "type_", "expected"),
    [
        ("After two days in Ghana, Moreau flew to Kenya.", "visit", True),
        ("The plane flew over Ukraine.", "visit", False),
        ("Dupont greeted Ortiz at the airport.", "meeting", True),
        ("She was greeted by President Moreau.", "meeting", True),
        ("The minister welcomed the decision.", "meeting", False),
        ("Obama welcomed it.", "meeting", False),
        ("The Queen greeted well-wishers outside the church.", "meeting", False),
        ("Dupont welcomed the new members to the club.", "meeting", False),
        ("Moreau welcomed the prime minister to Ostrava.", "meeting", True),
        ("Moreau handed power to his brother prior to his surgery.", "illness", True),
        ("Moreau had heart surgery in 2016.", "illness", True),
        ("Patients at the GP surgery complained about waiting times.", "illness", False),
        ("The minister held a surgery for constituents on Friday.", "illness", False),
    ],
)  # fmt: skip
def test_flights_greetings_and_surgery_are_events(nlp, text, type_, expected):
    assert bool(_events(nlp, text, type_)) == expected


@pytest.mark.parametrize(
    ("text", "struck"),
    [
        ("Vorland troops clashed with rebels near Ostrava.", True),
        ("Police and protesters clashed in the capital on Sunday.", True),
        ("Lumo fighters battled Vorland forces for two days.", True),
        ("The mayor clashed with the chairman over spending.", False),
        ("His moderate politics have clashed with the stances of Maria Ortiz.", False),
        ("Ostrava Air is in bankruptcy protection and battling to cut costs.", False),
        ("Jan Novak will battle it out for the best actor award with Pavel Dvorak.", False),
        ("The company battled losses for years.", False),
        ("Police battled the blaze for hours.", False),
    ],
)  # fmt: skip
def test_a_battle_or_a_clash_is_a_strike_between_armed_sides_or_crowds(nlp, text, struck):
    """A rivalry, a disagreement or a struggle is no attack (events20 read all three as one,
    on BBC News and Wikinews text)."""
    assert bool(_events(nlp, text, "strike")) == struck


def _state_context(text: str) -> Context:
    article = Article("a", "T", "2014-07-22", "Wire", None, "en", (text,))
    return Context(
        article,
        (Sentence(0, 0, len(text), text, ()),),
        (),
        date(2014, 7, 22),
        adjectives={"Vorlandian": "vorland"},
        states=frozenset({"actors/vorland"}),
    )


@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("On Sunday, thirteen Vorlandian soldiers were killed in the border town.", ("vorland",)),
        ("Rebels continue attacks on Vorlandian soldiers.", ("vorland",)),
        ("On Sunday, thirteen Vorlandian citizens were killed in the border town.", ()),
    ],
)  # fmt: skip
def test_a_state_whose_soldiers_were_struck_takes_part(nlp, text, states):
    """A state is never the one killed (a title's or a place's), but its soldiers killed or
    attacked are its loss: it takes part."""
    from generator.extract.events import propose_events

    found = propose_events(_state_context(text), match(nlp(text), 0).events)
    assert {a for p in found for a in (*p.agents, *p.patients)} == set(states)


@pytest.mark.parametrize(
    ("text", "visitor"),
    [
        ("Last month, on a visit to Chile, President Omar Haddad stepped up his "
         "campaign.", "Omar Haddad"),
        ("During a visit to Paris, she met the mayor.", "she"),
        ("The rules apply to people on a visit to Hong Kong.", None),  # not the rules' visit
    ],
)  # fmt: skip
def test_a_visit_opening_a_clause_is_its_subject_s(nlp, text, visitor):
    (frame,) = _events(nlp, text, "visit")
    agents = " ".join(r.text for r in frame.agents)
    assert (visitor in agents) if visitor else not agents


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vorland forces patrolled Ostrava until they turned it over to Lumo authorities in "
         "March of 2009.", True),
        ("Britain turned Hong Kong over to China in 1997.", True),
        ("The company turned over documents to investigators.", False),
        ("The company turned over its records to the Ostrava Securities Commission.", False),
        ("The suspect was turned over to the FBI on Monday.", False),
    ],
)  # fmt: skip
def test_a_place_turned_over_to_a_state_is_a_handover(nlp, text, expected):
    assert bool(_events(nlp, text, "handover")) == expected
