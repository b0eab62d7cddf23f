"""agreements51: backers, brokers, talks and candidates are no parties; things agreed by two
sides in the passive are agreements; a withdrawal only weighed is none (issue 7)."""

from __future__ import annotations

from generator.extract.agreements import match_agreements
from generator.extract.merge import Proposal
from tests.test_extract import _agreements, _agreements_with_states

ACTORS = {
    "Arab League": "arab-league",
    "European Union": "eu",
    "EU": "eu",
    "Russia": "russia",
    "Georgia": "georgia",
    "Egypt": "egypt",
    "Airbus": "airbus",
    "Qantas": "qantas",
    "Hillary Clinton": "clinton",
    "Clinton": "clinton",
    "Lockheed Martin": "lockheed",
    "Sikorsky": "sikorsky",
}


def _found(nlp, paragraphs: list[str]) -> list[Proposal]:
    return _agreements(nlp, paragraphs, ACTORS)


def _parties(nlp, paragraphs: list[str]) -> list[set[str]]:
    return [set(p.agents) for p in _found(nlp, paragraphs)]


def test_a_body_that_backs_an_agreement_is_no_party(nlp):
    """ "The Arab League backed the peace agreement signed by the government and the rebels":
    the League supports a deal of others, unnamed here (main: the League's agreement)."""
    text = "The Arab League backed the peace agreement signed by the government and the rebels."
    assert all("arab-league" not in p for p in _parties(nlp, [text]))


def test_a_party_that_backed_out_of_a_deal_stays_one(nlp):
    """Guard: "backed out of the deal" is a party leaving, not a view of it."""
    found = _parties(nlp, ["Russia backed out of the gas deal with Georgia on Monday."])
    assert any("russia" in p for p in found)


def test_a_broker_glued_before_a_phrase_the_parse_heads_with_a_side_is_no_party(nlp):
    """ "under the EU-brokered Russia–Georgia ceasefire of 2008": the parse heads the phrase
    with "Russia", so the EU stood inside a party's words (main: the EU a party)."""
    text = "Russian troops pulled back under the EU-brokered Russia–Georgia ceasefire of 2008."
    assert _parties(nlp, [text]) == [{"russia", "georgia"}]


def test_goods_bought_by_the_number_are_no_acquisition_of_their_maker(nlp):
    """ "completed the purchase of ten Airbus A380 aircraft": aircraft, not Airbus, were
    bought (main: an Airbus acquisition)."""
    text = "Qantas completed the purchase of ten Airbus A380 aircraft, the airline said."
    assert [p for p in _found(nlp, [text]) if p.type == "acquisition"] == []


def test_a_company_bought_stays_an_acquisition(nlp):
    """Guard: a firm bought is one, whatever is counted elsewhere in the sentence."""
    text = "Lockheed Martin completed its acquisition of Sikorsky for $9 billion in 2015."
    assert [set(p.agents) for p in _found(nlp, [text]) if p.type == "acquisition"] == [
        {"lockheed", "sikorsky"}
    ]


def test_a_ceasefire_only_the_topic_of_talks_is_none(nlp):
    """ "arrived in Cairo for talks on a Gaza ceasefire with Egyptian officials": a ceasefire
    talked of, none made, and Egypt's officials are the talks' other side (main: a ceasefire
    of Egypt's alone)."""
    text = "Kerry arrived in Cairo on Sunday for talks on a Gaza ceasefire with Egyptian officials."
    assert _found(nlp, [text]) == []


def test_a_ceasefire_discussed_in_the_passive_is_none(nlp):
    """ "A ceasefire between Russia and … was discussed": weighed, not made."""
    text = "A ceasefire between Russia and Georgia was discussed at the meeting in Geneva."
    assert _found(nlp, [text]) == []


def test_a_ceasefire_made_after_talks_stays(nlp):
    """Guard: talks that reached a ceasefire made one."""
    text = "After talks in Cairo, Russia and Georgia agreed a ceasefire on Sunday."
    assert _parties(nlp, [text]) == [{"russia", "georgia"}]


def test_a_candidate_who_would_renegotiate_a_treaty_is_no_party(nlp):
    """ "Clinton would renegotiate NAFTA if elected": a candidate's promise, whose speaker is
    no party (GOLD); main made Clinton a party of NAFTA."""
    for text in (
        "Hillary Clinton would renegotiate NAFTA if elected, her campaign said.",
        "Senator Hillary Clinton said on Monday she would renegotiate NAFTA if elected.",
    ):
        assert all("clinton" not in p for p in _parties(nlp, [text])), text


def test_a_withdrawal_only_discussed_is_no_withdrawal(nlp):
    """ "discussed leaving the European Convention", "threatened to leave the NPT": the
    frame keeps no "withdrawn" status, so the treaty's page keeps what its signing says."""
    for text in (
        "British ministers discussed leaving the European Convention on Human Rights.",
        "Iran has threatened to leave the Nuclear Non-Proliferation Treaty.",
        "Tom Tancredo wants the United States out of NAFTA.",
        "Trump threatened to pull out of NAFTA.",
    ):
        frames = match_agreements(nlp(text), 0)
        assert frames and all(f.status != "withdrawn" for f in frames), text
    frames = match_agreements(nlp("Iran left the Nuclear Non-Proliferation Treaty."), 0)
    assert [f.status for f in frames] == ["withdrawn"]  # guard


def test_a_thing_agreed_by_two_states_forces_is_their_agreement(nlp):
    """ "A push-back of migrants was agreed by the Greek and Turkish forces": an agreement of
    Greece and Turkey, read from the states' adjectives in the passive's agent (main: none)."""
    paragraphs = [
        "Greece and Turkey held talks on the border crisis. A push-back of migrants was "
        "agreed by the Greek and Turkish forces on Friday."
    ]
    people = {"Greece": "greece", "Turkey": "turkey"}
    found = _agreements_with_states(nlp, paragraphs, people, {"greece", "turkey"})
    assert [set(p.agents) for p in found] == [{"greece", "turkey"}]
    assert "push-back of migrants" in (found[0].subject or "")


def test_a_thing_agreed_by_named_states_is_their_agreement(nlp):
    """ "The new route was agreed by Kenya and Uganda": theirs (main: none)."""
    people = {"Kenya": "kenya", "Uganda": "uganda"}
    found = _agreements(nlp, ["The new route was agreed by Kenya and Uganda in March."], people)
    assert [set(p.agents) for p in found] == [{"kenya", "uganda"}]


def test_a_thing_agreed_by_one_body_is_no_agreement(nlp):
    """Guard: "The plan was agreed by the council" names no second side."""
    assert _agreements(nlp, ["The plan was agreed by the council on Monday."], {}) == []


def test_an_agreement_in_principle_whose_purpose_names_a_ceasefire_is_told(nlp):
    """ "Russia had agreed in principle to the deployment of 200 EU observers … in order to
    monitor the ceasefire": the ceasefire is what the observers are for; Russia's agreement
    is still told (main: none, the sentence's agreement noun took it)."""
    text = (
        "Medvedev said on Monday that Russia had agreed in principle to the deployment of 200 "
        "EU observers by October 1 in order to monitor the ceasefire."
    )
    found = [p for p in _found(nlp, [text]) if "russia" in p.agents]
    assert len(found) == 1
    assert (found[0].subject or "").startswith("to the deployment")


def test_sides_that_agree_to_resume_aid_make_an_agreement(nlp):
    """ "agreed in principle on Tuesday to resume food aid": no more talk, a deal (main: none,
    "resume" read as "agreed to resume talks"); "agreed to resume talks" stays none."""
    people = {"United States": "us", "North Korea": "north-korea"}
    text = "The United States and North Korea agreed in principle on Tuesday to resume food aid."
    assert [set(p.agents) for p in _agreements(nlp, [text], people)] == [{"us", "north-korea"}]
    talk = "The United States and North Korea agreed on Tuesday to resume talks."
    assert _agreements(nlp, [talk], people) == []


def test_the_un_that_drew_up_a_convention_is_no_party_to_it(nlp):
    """ "a UN convention …: the UN's 1951 Refugee Convention, which Australia signed": the UN
    drew it up; Australia is the party, and the convention has one name (main: two
    proposals, one of the UN's alone, one with the UN a party)."""
    text = (
        "But there's a UN convention which covers this area: the UN's 1951 Refugee Convention, "
        "which Australia signed and ratified the same year."
    )
    found = _agreements_with_states(
        nlp, [text], {"UN": "un", "Australia": "australia"}, {"australia"}
    )
    assert [(p.name, set(p.agents)) for p in found] == [
        ("Convention Relating to the Status of Refugees", {"australia"})
    ]


def test_a_convention_named_with_a_capitalised_participle_keeps_its_whole_name(nlp):
    """ "under the United Nations Convention Relating to the Status of Refugees": the whole
    name, one page with "the Refugee Convention" (main: "United Nations Convention")."""
    text = (
        "Kevin Rudd would like to revisit Australia's obligations under the United Nations "
        "Convention Relating to the Status of Refugees."
    )
    found = _agreements_with_states(nlp, [text], {"Australia": "australia"}, {"australia"})
    assert [p.name for p in found] == ["Convention Relating to the Status of Refugees"]
    torture = "The United Nations Convention against Torture was signed by Australia in 1985."
    found = _agreements_with_states(nlp, [torture], {"Australia": "australia"}, {"australia"})
    assert [p.name for p in found] == ["United Nations Convention against Torture"]


def test_content_licensed_under_a_named_public_licence_is_no_agreement(nlp):
    """ "Sun Microsystems licensed Java under the GPL": released to anyone on the licence's
    terms, no deal with a party (main: a Sun Microsystems licence)."""
    people = {"Sun Microsystems": "sun", "Red Hat": "red-hat"}
    for text in (
        "Sun Microsystems licensed Java under the GPL in 2006.",
        "Red Hat licenses its software to customers under the GNU General Public License.",
    ):
        assert _agreements(nlp, [text], people) == [], text


def test_a_licence_to_a_named_licensee_is_theirs(nlp):
    """ "The BBC licensed the footage to CNN": the BBC and CNN (main: the BBC alone)."""
    people = {"BBC": "bbc", "CNN": "cnn"}
    found = _agreements(nlp, ["The BBC licensed the footage to CNN for $1 million."], people)
    assert [set(p.agents) for p in found] == [{"bbc", "cnn"}]


def test_a_state_that_signed_as_a_witness_is_no_party(nlp):
    """ "Norway, which hosted the talks, signed the agreement as a witness alongside Colombia
    and the FARC": the witness is no party; those beside it are (main: Norway's agreement)."""
    people = {"Norway": "norway", "Colombia": "colombia", "FARC": "farc"}
    text = (
        "Norway, which hosted the talks, signed the agreement as a witness alongside Colombia "
        "and the FARC."
    )
    assert [set(p.agents) for p in _agreements(nlp, [text], people)] == [{"colombia", "farc"}]


def test_a_thing_that_is_part_of_an_agreement_is_no_party(nlp):
    """ "The EU observer mission is part of a French-brokered ceasefire … between Russia and
    Georgia": a term of the ceasefire, not a party (main: the mission's words a party)."""
    text = (
        "The EU observer mission is part of a French-brokered ceasefire agreed on after a "
        "five-day war between Russia and Georgia over South Ossetia in August."
    )
    assert all("eu" not in p for p in _parties(nlp, [text]))
    assert _parties(nlp, ["Russia is part of the pact with Georgia."]) == [{"russia", "georgia"}]


def test_an_understanding_two_sides_have_is_theirs(nlp):
    """ "The United States and Japan have an understanding that Okinawa will host the base":
    an agreement of both (main: none); "have a better understanding of the threat" is a
    grasp, none."""
    people = {"United States": "us", "Japan": "japan", "Iran": "iran", "IAEA": "iaea"}
    held = "The United States and Japan have an understanding that Okinawa will host the base."
    assert [set(p.agents) for p in _agreements(nlp, [held], people)] == [{"us", "japan"}]
    withs = "Iran has an understanding with the IAEA on inspections."
    assert [set(p.agents) for p in _agreements(nlp, [withs], people)] == [{"iran", "iaea"}]
    grasp = "The United States and Japan have a better understanding of the threat."
    assert _agreements(nlp, [grasp], people) == []


def test_a_ceasefire_mentioned_in_passing_with_one_side_is_none(nlp):
    """ "Lavrov met Kerry. The meeting comes amid a fragile ceasefire with Ukraine's rebels":
    no verb makes it and one side is named, so its makers are not told (main: a ceasefire of
    Ukraine's alone); one agreed with a side stays."""
    people = {"Ukraine": "ukraine", "Russia": "russia", "Hamas": "hamas", "Israel": "israel"}
    for text in (
        "Lavrov met Kerry in Geneva. The meeting comes amid a fragile ceasefire with Ukraine's "
        "rebels.",
        "Zelensky met Macron in Paris on Monday, a week after a ceasefire with Russia collapsed.",
    ):
        assert _agreements(nlp, [text], people) == [], text
    made = "Israel agreed a ceasefire with Hamas on Monday."
    assert [set(p.agents) for p in _agreements(nlp, [made], people)] == [{"israel", "hamas"}]
