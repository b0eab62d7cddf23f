"""Fighting and crowds (issue 7, branch events72): the noun of a fight ("heavy fighting",
"fighting between insurgents and security forces", "a 12-hour gun battle") and the verb "fight"
between armed sides are a fight (CAMEO 190, PLOVER FIGHT, our ``strike``), a fight naming no
side is fought by the doer and sufferer of the act it came in; a crowd that marches or
converges, protesters who gather, a march and riots are a protest (CAMEO 141/145), against
whom its purpose names. Sentences of the shapes of the blind38-44 misses and the events72 pool
(real reports of battles, marches and rallies), names kept or invented; near-misses beside
("a political battle", "fight corruption", "politics have clashed with")."""

from __future__ import annotations

import pytest

from generator.extract import match

pytestmark = pytest.mark.slow


def _frames(nlp, text: str, type_: str) -> list[tuple[str, list[str], list[str]]]:
    """Each frame of ``text`` of ``type_``: trigger, agents and patients."""
    return [
        (f.trigger.text, [r.text for r in f.agents], [r.text for r in f.patients])
        for f in match(nlp(text), 0).events
        if f.type == type_
    ]


@pytest.mark.parametrize(
    ("text", "trigger", "side"),
    [
        ("Iraqi officials said that 75 people had been killed in fighting between insurgents "
         "and security forces.", "fighting", "security forces"),
        ("Arabic-language media report that Syrian government forces are engaged in a bloody "
         "battle with opposition fighters.", "battle", "opposition fighters"),
        ("A battle between Indian forces and a group of suspected rebels entered its second "
         "day.", "battle", "Indian forces"),
        ("Fighting between the rebels and government troops has left more than 400 dead.",
         "Fighting", "government troops"),
        ("Libyan forces loyal to Muammar Gaddafi fought their way into a town near the capital.",
         "fought", "Muammar Gaddafi"),
        ("The rebels said they had killed 626 government troops after heavy fighting near the "
         "border.", "fighting", "626 government troops"),
        ("Two fighters were killed by Indian forces during a 12-hour gun battle on Tuesday.",
         "battle", "Indian forces"),
    ],
)  # fmt: skip
def test_a_fight_of_arms_is_a_strike(nlp, text, trigger, side):
    found = [f for f in _frames(nlp, text, "strike") if f[0] == trigger]
    assert found, text
    assert any(side in r for r in (*found[0][1], *found[0][2])), found


def test_a_fights_sides_are_not_the_state_beyond_a_border(nlp):
    text = (
        "The ONLF said it had killed 626 government troops after heavy fighting near the "
        "border with neighboring Somalia."
    )
    found = [f for f in _frames(nlp, text, "strike") if f[0] == "fighting"]
    assert found
    assert not any("Somalia" in r for r in (*found[0][1], *found[0][2]))


@pytest.mark.parametrize(
    "text",
    [
        "The government will battle both inflation and corruption.",
        "The Philippine government vowed to step up its efforts to fight corruption.",
        "She faces a bitter legal battle with her former husband.",
        "The battle against cancer is far from over.",
        "The senator is fighting for his political life.",
        "Bull fighting was banned in Catalonia in 2010.",
        "The battle with Russia over sanctions continues.",
        "Trump and Biden are locked in a fierce political battle for the White House.",
        "His moderate politics have clashed with the stances of Bernie Sanders.",
        "The military would correct any errors they make when fighting with Taliban militants.",
        "Police fought the blaze for hours.",
        "Talks resumed after the fighting.",
    ],
)
def test_no_fight_of_words_law_or_fire(nlp, text):
    assert not [f for f in _frames(nlp, text, "strike") if f[2] or f[1]], text


@pytest.mark.parametrize(
    ("text", "trigger", "crowd"),
    [
        ("Hundreds of protesters marched on Tuesday on the parliament of Latvia.", "marched",
         "protesters"),
        ("Thousands of opposition party workers converged on Pakistan's capital on Friday.",
         "converged", "workers"),
        ("Protesters gathered outside the parliament in Kyiv on Sunday.", "gathered",
         "Protesters"),
    ],
)  # fmt: skip
def test_a_crowd_that_marches_or_gathers_protests(nlp, text, trigger, crowd):
    found = [f for f in _frames(nlp, text, "protest") if f[0] == trigger]
    assert found, text
    assert any(crowd in a for a in found[0][1])


@pytest.mark.parametrize(
    "text",
    [
        "Thousands gathered in Red Square to mourn the victims.",
        "World leaders gathered in Davos on Tuesday.",
        "Voters go to the polls in March.",
        "Rebels marched on Tripoli in August.",
    ],
)
def test_no_protest_from_a_mourning_a_meeting_a_month_or_an_army(nlp, text):
    assert not _frames(nlp, text, "protest"), text


def test_a_march_led_by_someone_is_his_protest(nlp):
    text = (
        "The march led by Jamiat Ulema-e-Islam chief Maulana Fazlur Rehman set off from "
        "Karachi on Oct. 27."
    )
    found = [f for f in _frames(nlp, text, "protest") if f[0] == "march"]
    assert found
    assert any("Fazlur Rehman" in a for a in found[0][1])


def test_riots_are_a_protest(nlp):
    text = "Riots in Tbilisi were put down by the police on Wednesday."
    assert [f for f in _frames(nlp, text, "protest") if f[0] == "Riots"]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Thousands of public workers marched through the capital to challenge President "
         "Thabo Mbeki's new government.", "Thabo Mbeki"),
        ("Tens of thousands of opposition supporters rallied in Dhaka on Saturday to demand "
         "the government of Prime Minister Sheikh Hasina resign.", "Sheikh Hasina"),
        ("Thousands of opposition workers converged on the capital on Friday in a massive "
         "show against Prime Minister Imran Khan.", "Imran Khan"),
    ],
)  # fmt: skip
def test_whom_a_crowds_purpose_names_is_protested_against(nlp, text, target):
    found = _frames(nlp, text, "protest")
    assert found, text
    assert any(target in p for p in found[0][2]), found


def test_the_dead_of_a_fight_are_its_toll(nlp):
    text = "Two fighters were killed by Indian forces during a 12-hour gun battle on Tuesday."
    killings = [f for f in match(nlp(text), 0).events if f.type == "killing"]
    assert killings
    assert killings[0].within is not None
    assert killings[0].within.text == "battle"


@pytest.mark.parametrize(
    ("text", "type_", "taker"),
    [
        ("It was seized by the insurgents of the Islamic State on August 7, as part of their "
         "advance across Northern Iraq.", "seizure", "Islamic State"),
        ("Rebel forces took control of a strategic town in northern Syria on Monday.", "strike",
         "Rebel forces"),
    ],
)  # fmt: skip
def test_ground_told_before_or_controlled_is_taken_by_arms(nlp, text, type_, taker):
    found = _frames(nlp, text, type_)
    assert found, text
    assert any(taker in a for a in found[0][1])


@pytest.mark.parametrize(
    "text", ["The party seized it as a chance to win votes.", "They seized it with both hands."]
)
def test_no_seizure_of_it_without_arms(nlp, text):
    assert not _frames(nlp, text, "seizure"), text
