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
from test_extract_events71 import _frames

from generator.extract import match

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "who"),
    [
        # a fight of arms: its sides, or the doer and sufferer of the act it came in
        ("Iraqi officials said that 75 people had been killed in fighting between insurgents "
         "and security forces.", "strike", "fighting", "security forces"),
        ("Arabic-language media report that Syrian government forces are engaged in a bloody "
         "battle with opposition fighters.", "strike", "battle", "opposition fighters"),
        ("A battle between Indian forces and a group of suspected rebels entered its second "
         "day.", "strike", "battle", "Indian forces"),
        ("Fighting between the rebels and government troops has left more than 400 dead.",
         "strike", "Fighting", "government troops"),
        ("Libyan forces loyal to Muammar Gaddafi fought their way into a town near the capital.",
         "strike", "fought", "Muammar Gaddafi"),
        ("The rebels said they had killed 626 government troops after heavy fighting near the "
         "border.", "strike", "fighting", "626 government troops"),
        ("Two fighters were killed by Indian forces during a 12-hour gun battle on Tuesday.",
         "strike", "battle", "Indian forces"),
        # a crowd that marches, converges or gathers, a march: its crowd or leader
        ("Hundreds of protesters marched on Tuesday on the parliament of Latvia.", "protest",
         "marched", "protesters"),
        ("Thousands of opposition party workers converged on Pakistan's capital on Friday.",
         "protest", "converged", "workers"),
        ("Protesters gathered outside the parliament in Kyiv on Sunday.", "protest", "gathered",
         "Protesters"),
        ("The march led by Jamiat Ulema-e-Islam chief Maulana Fazlur Rehman set off from "
         "Karachi on Oct. 27.", "protest", "march", "Fazlur Rehman"),
        ("Riots in Tbilisi were put down by the police on Wednesday.", "protest", "Riots", ""),
        # whom a crowd's purpose or manner names
        ("Thousands of public workers marched through the capital to challenge President "
         "Thabo Mbeki's new government.", "protest", "marched", "Thabo Mbeki"),
        ("Tens of thousands of opposition supporters rallied in Dhaka on Saturday to demand "
         "the government of Prime Minister Sheikh Hasina resign.", "protest", "rallied",
         "Sheikh Hasina"),
        ("Thousands of opposition workers converged on the capital on Friday in a massive "
         "show against Prime Minister Imran Khan.", "protest", "converged", "Imran Khan"),
        # ground told before, or controlled, taken by arms
        ("It was seized by the insurgents of the Islamic State on August 7, as part of their "
         "advance across Northern Iraq.", "seizure", "seized", "Islamic State"),
        ("Rebel forces took control of a strategic town in northern Syria on Monday.", "strike",
         "took", "Rebel forces"),
    ],
)  # fmt: skip
def test_fights_crowds_and_ground_taken_are_events(nlp, text, type_, trigger, who):
    found = [f for f in _frames(nlp, text, type_) if f[0] == trigger]
    assert found, text
    assert not who or any(who in r for r in (*found[0][1], *found[0][2])), found


def test_a_fights_sides_are_not_the_state_beyond_a_border(nlp):
    text = (
        "The ONLF said it had killed 626 government troops after heavy fighting near the "
        "border with neighboring Somalia."
    )
    found = [f for f in _frames(nlp, text, "strike") if f[0] == "fighting"]
    assert found
    assert not any("Somalia" in r for r in (*found[0][1], *found[0][2]))


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("The government will battle both inflation and corruption.", "strike"),
        ("The Philippine government vowed to step up its efforts to fight corruption.", "strike"),
        ("She faces a bitter legal battle with her former husband.", "strike"),
        ("The battle against cancer is far from over.", "strike"),
        ("The senator is fighting for his political life.", "strike"),
        ("Bull fighting was banned in Catalonia in 2010.", "strike"),
        ("The battle with Russia over sanctions continues.", "strike"),
        ("Trump and Biden are locked in a fierce political battle for the White House.", "strike"),
        ("His moderate politics have clashed with the stances of Bernie Sanders.", "strike"),
        ("The military would correct any errors they make when fighting with Taliban "
         "militants.", "strike"),
        ("Police fought the blaze for hours.", "strike"),
        ("Talks resumed after the fighting.", "strike"),
        ("Thousands gathered in Red Square to mourn the victims.", "protest"),
        ("World leaders gathered in Davos on Tuesday.", "protest"),
        ("Voters go to the polls in March.", "protest"),
        ("Rebels marched on Tripoli in August.", "protest"),
        ("The party seized it as a chance to win votes.", "seizure"),
        ("They seized it with both hands.", "seizure"),
    ],
)  # fmt: skip
def test_no_fight_of_words_law_or_fire_no_protest_of_mourners_or_an_army(nlp, text, type_):
    assert not [f for f in _frames(nlp, text, type_) if f[1] or f[2]], text


def test_the_dead_of_a_fight_are_its_toll(nlp):
    text = "Two fighters were killed by Indian forces during a 12-hour gun battle on Tuesday."
    killings = [f for f in match(nlp(text), 0).events if f.type == "killing"]
    assert killings
    assert killings[0].within is not None
    assert killings[0].within.text == "battle"
