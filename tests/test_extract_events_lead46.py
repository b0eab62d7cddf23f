"""The lead's reader check, session 46 (issue 7): a verb joined to a passive one shares its
voice ("was arrested on Thursday and charged with corruption": he was charged, nobody named
charged anyone), so its subject is acted on, never the actor. Sentences written for the
shape, names of a real report kept."""

from __future__ import annotations

import pytest
from test_extract_events71 import _frames

from generator.extract import match

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "The interior minister, Habib el-Adly, was arrested on Thursday and charged with "
        "corruption.",
        "The interior minister, Habib el-Adly, was arrested on Thursday and later charged.",
        "Habib el-Adly was detained in Cairo and jailed for twelve years.",
    ],
)
def test_a_verb_joined_to_a_passive_one_is_passive(nlp, text):
    frames = _frames(nlp, text, "arrest")
    assert len(frames) == 2, frames
    for trigger, agents, patients in frames:
        assert not any("Habib" in a for a in agents), (trigger, agents)
        assert any("Habib" in p for p in patients), (trigger, patients)


def test_a_verb_joined_to_an_active_one_stays_active(nlp):
    frames = _frames(
        nlp, "Police arrested Habib el-Adly on Thursday and charged him with corruption.", "arrest"
    )
    assert frames and all(agents == ["Police"] for _, agents, _ in frames), frames


def _arrest(trigger: str, agents: tuple[str, ...] = ()):
    from generator.extract.merge import Proposal
    from generator.model import Mention

    mention = Mention("events/x", "a", 0, 0, 0, len(trigger), trigger, "extract")
    return Proposal(
        "events", "arrest", agents, ("adly",), "2011-02-17", None, None, mention, "2011-02-20"
    )


@pytest.mark.parametrize(
    ("triggers", "agents", "name"),
    [
        (("arrested",), (), "Arrest of Habib el-Adly"),
        (("charged",), (), "Charges against Habib el-Adly"),
        (("indicted", "charged"), ("egypt",), "Charges against Habib el-Adly by Egypt"),
        (("arrested", "charged"), (), "Arrest of Habib el-Adly"),
    ],
)
def test_a_charge_is_named_apart_from_the_arrest(triggers, agents, name):
    """ "was arrested on Thursday and charged with corruption": two stages of one case, two
    pages (``merge.COURT_STAGES``), which must not carry one name."""
    from generator.extract.merge import event_name

    names = {"actors/adly": "Habib el-Adly", "actors/egypt": "Egypt"}
    types = {"actors/adly": "person", "actors/egypt": "state"}
    group = [_arrest(t, agents) for t in triggers]
    assert event_name(group, names, None, types) == f"{name} (17 February 2011)"


@pytest.mark.parametrize(
    "text",
    [
        "Mubarak denied the charges in a statement read by his lawyer, Farid el-Deeb.",
        "The general's message, relayed by an aide, rejected the offer.",
    ],
)
def test_who_reads_out_a_statement_is_not_its_speaker(nlp, text):
    frames = _frames(nlp, text, "statement")
    assert not any(
        any(w in a for w in ("Deeb", "lawyer", "aide")) for _, agents, _ in frames for a in agents
    ), frames


def test_a_statement_issued_by_someone_is_theirs(nlp):
    frames = _frames(
        nlp, "A statement issued by the Foreign Ministry condemned the raid.", "statement"
    )
    assert any("Foreign Ministry" in a for _, agents, _ in frames for a in agents), frames


def test_what_was_agreed_keeps_a_verb_split_at_its_hyphen(nlp):
    """The tokenizer splits "co-operate" and the parser hangs "co", "-" and "operate" side by
    side: the agreement is "to co-operate in …", not "to co"."""
    text = (
        "The visit is the latest since July of last year, when the two countries agreed to "
        "co-operate in civil nuclear energy projects."
    )
    subjects = [f.subject for f in match(nlp(text), 0).agreements]
    assert subjects == ["to co-operate in civil nuclear energy projects"], subjects


@pytest.mark.parametrize(
    ("agreement", "name"),
    [
        ("Paris Agreement", "Signing of the Paris Agreement"),
        ("A border agreement between India and China",
         "Signing of the border agreement between India and China"),
        ("The Good Friday Agreement", "Signing of the Good Friday Agreement"),
    ],
)  # fmt: skip
def test_a_signing_names_its_agreement_with_one_article(agreement, name):
    from generator.extract.merge import Proposal, event_name
    from generator.model import Mention

    mention = Mention("events/x", "a", 0, 0, 0, 6, "signed", "extract")
    signing = Proposal("events", "signing", ("india",), (), None, None, None, mention, "2005-04-13")
    assert event_name([signing], {"actors/india": "India"}, agreement, {}) == name


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("US Undersecretary Burns dismissed Larijani's remarks, calling them outrageous.",
         "statement"),
        ("The ministry dismissed the allegations on Monday.", "statement"),
        ("Mugabe dismissed his deputy in 2017.", "dismissal"),
    ],
)  # fmt: skip
def test_dismissing_words_is_no_dismissal(nlp, text, type_):
    types = [f.type for f in match(nlp(text), 0).events if f.trigger.text == "dismissed"]
    assert types == [type_], types


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ('The Associated Press called the race in favor of Anh "Joseph" Cao, a Republican.', []),
        ('Critics of Mr "Tough" Smith said he would lose.', []),
        ('He said "No" to the plan.', ["No"]),
        ('Asked about the deal, Putin told Reuters "It will happen" and left.', ["It will happen"]),
    ],
)
def test_a_nickname_between_given_name_and_surname_is_no_quotation(nlp, text, quotes):
    from generator.extract.statements import match_quotes

    found = [f.quote.text for f in match_quotes(nlp(text), 0) if f.quote.text]
    assert found == quotes


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        ("The leader of the group AntiMadCow was arrested on charges of staging illegal rallies, "
         "South Korean news agency Yonhap reported.", []),
        ("Two suspects were arrested on Sunday, the Interior Ministry said.",
         ["the Interior Ministry"]),
    ],
)  # fmt: skip
def test_who_reports_an_arrest_made_it_unless_an_outlet(nlp, text, agents):
    frames = _frames(nlp, text, "arrest")
    assert frames and [a for _, found, _ in frames for a in found] == agents, frames
