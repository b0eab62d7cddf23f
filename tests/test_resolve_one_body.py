"""One actor, one page, by ../shared/GOLD.md's own conventions (actors41, from actors40's probes):
a state's federal or central government is the state, a leader's government is the state even
where the leader's name is also a town's, a body named by its state and by its adjective is
one body, and a name the text itself calls another organisation's ("known as") is that one's."""

from __future__ import annotations

from test_resolve_briefing import resolve_text

from generator.resolve.decide import government_of, led_by


def test_a_states_federal_or_central_government_is_the_state():
    assert government_of("US Federal Government") == "United States"
    assert government_of("Australian Federal Government") == "Australia"
    assert government_of("China's Central Government") == "China"
    assert government_of("Federal Government of Somalia") == "Somalia"
    assert government_of("Federal Government of Nigeria") == "Nigeria"
    # must not change: bodies whose names hold the words
    assert government_of("Federal Reserve") is None
    assert government_of("Transitional Federal Government") is None
    assert government_of("Government of National Accord") is None
    assert led_by("Federal Reserve", frozenset()) is None
    assert led_by("Federal Aviation Administration", frozenset()) is None


def test_the_us_federal_government_capitalised_is_the_united_states(content):
    found, by_text, _ = resolve_text(
        content,
        [
            "The US federal government shut down on Saturday after Congress failed to agree.",
            "The US Federal Government last shut down in 2013, the United States said.",
            "The United States closed its national parks.",
        ],
        {
            0: [("US", "GPE"), ("Congress", "ORG")],
            1: [("The US Federal Government", "ORG"), ("the United States", "GPE")],
            2: [("The United States", "GPE")],
        },
    )
    assert by_text["The US Federal Government"] == by_text["US"] == by_text["the United States"]
    assert "US Federal Government" not in {e.name for e in found.values()}


def test_the_federal_government_unnamed_is_the_state_its_article_names_most(content):
    """'The Federal Government announced ...' in an article on Australia: Australia's."""
    found, by_text, _ = resolve_text(
        content,
        [
            "The Federal Government announced new funding for hospitals in Australia.",
            "Scott Morrison said the Federal Government would spend A$2 billion.",
            "Australia has the highest rate of skin cancer; Australia will screen more.",
        ],
        {
            0: [("The Federal Government", "ORG"), ("Australia", "GPE")],
            1: [("Scott Morrison", "PERSON"), ("the Federal Government", "ORG")],
            2: [("Australia", "GPE"), ("Australia", "GPE")],
        },
    )
    assert by_text["The Federal Government"] == by_text["Australia"]
    assert by_text["the Federal Government"] == by_text["Australia"]
    assert "Federal Government" not in {e.name for e in found.values()}


def test_another_states_federal_government_is_that_state_not_the_articles(content):
    """'the Federal Government of Somalia' in an article about Kenya: Somalia, not Kenya."""
    _found, by_text, _ = resolve_text(
        content,
        [
            "Kenya said the Federal Government of Somalia had auctioned oil blocks.",
            "Kenya recalled its ambassador, and Kenya protested.",
        ],
        {
            0: [("Kenya", "GPE"), ("the Federal Government of Somalia", "ORG")],
            1: [("Kenya", "GPE"), ("Kenya", "GPE")],
        },
    )
    somalia = by_text["the Federal Government of Somalia"]
    assert somalia != by_text["Kenya"]
    assert somalia == "actors/somalia"


def test_the_federal_reserve_keeps_its_page(content):
    found, by_text, _ = resolve_text(
        content,
        [
            "The Federal Reserve raised interest rates, the United States central bank said.",
            "The Federal Reserve said the United States economy was strong.",
        ],
        {
            0: [("The Federal Reserve", "ORG"), ("the United States", "GPE")],
            1: [("The Federal Reserve", "ORG"), ("the United States", "GPE")],
        },
    )
    assert found[by_text["The Federal Reserve"]].name == "Federal Reserve"
    assert by_text["The Federal Reserve"] != by_text["the United States"]


def test_a_leaders_government_whose_name_is_also_a_towns_is_the_state(content):
    """'Howard' is a town's name too; 'John Howard' in the article says the leader's."""
    found, by_text, _ = resolve_text(
        content,
        [
            "The Howard government recalled its ambassador, Australia said.",
            "Prime Minister John Howard said Australia would not accept the sentence.",
            "The Howard Government also suspended military aid, Australia announced.",
        ],
        {
            0: [("Howard", "PERSON"), ("Australia", "GPE")],
            1: [("John Howard", "PERSON"), ("Australia", "GPE")],
            2: [("The Howard Government", "ORG"), ("Australia", "GPE")],
        },
    )
    assert by_text["The Howard Government"] == by_text["Australia"]
    assert "Howard Government" not in {e.name for e in found.values()}
    assert led_by("Howard Government", frozenset({"John", "Howard"}), frozenset({"Howard"}))
    # must not change: a town's government where no person of the name is written in full
    assert led_by("Howard Government", frozenset({"Howard"})) is None


def test_two_leaders_governments_of_two_states_join_neither_state(content):
    """Australia and Indonesia named as often: neither government is folded into the other's
    state."""
    found, by_text, _ = resolve_text(
        content,
        [
            "The Howard Government recalled its ambassador, Australia said.",
            "The Yudhoyono Government said Indonesia would not apologise to Australia.",
            "John Howard and Susilo Bambang Yudhoyono met in Indonesia.",
        ],
        {
            0: [("The Howard Government", "ORG"), ("Australia", "GPE")],
            1: [("The Yudhoyono Government", "ORG"), ("Indonesia", "GPE"), ("Australia", "GPE")],
            2: [
                ("John Howard", "PERSON"),
                ("Susilo Bambang Yudhoyono", "PERSON"),
                ("Indonesia", "GPE"),
            ],
        },
    )
    names = {e.name for e in found.values()}
    assert "Howard Government" not in names and "Yudhoyono Government" not in names
    assert by_text.get("The Howard Government") != by_text["Indonesia"]
    assert by_text.get("The Yudhoyono Government") != by_text["Australia"]


def test_a_body_named_by_its_state_and_by_its_adjective_is_one_body(content):
    found, by_text, _ = resolve_text(
        content,
        [
            "The Kenyan National Commission on Human Rights said police killed 37 people.",
            "The Kenya National Commission said the officers should be prosecuted.",
            "Kenya's police service denied the report.",
        ],
        {
            0: [("The Kenyan National Commission on Human Rights", "ORG")],
            1: [("The Kenya National Commission", "ORG")],
            2: [("Kenya", "GPE")],
        },
    )
    body = by_text["The Kenyan National Commission on Human Rights"]
    assert by_text["The Kenya National Commission"] == body
    assert found[body].name == "Kenyan National Commission on Human Rights"
    assert body != by_text["Kenya"]


def test_two_bodies_of_two_states_stay_two(content):
    """'the Russian Academy' beside the 'Chinese Academy of Sciences': not one body."""
    _found, by_text, _ = resolve_text(
        content,
        [
            "The Chinese Academy of Sciences and the Russian Academy signed a pact.",
            "The Russian Academy said the work would start in May.",
        ],
        {
            0: [("The Chinese Academy of Sciences", "ORG"), ("the Russian Academy", "ORG")],
            1: [("The Russian Academy", "ORG")],
        },
    )
    assert by_text["the Russian Academy"] != by_text["The Chinese Academy of Sciences"]


def test_a_name_the_text_says_an_organisation_is_known_as_is_its_name(content):
    found, by_text, resolved = resolve_text(
        content,
        [
            "The Toronto-Dominion Bank, known as TD, reported higher profits.",
            "Shares of TD rose 2% in Toronto.",
            "Researchers at First Moscow State Medical University (First MSMU), also called"
            " Sechenov University, ran the trial.",
            "Sechenov University said 200 patients had enrolled.",
            "The Islamic State of Iraq and the Levant (also known as Daesh) claimed it.",
            "Daesh said its fighters attacked.",
        ],
        {
            0: [("The Toronto-Dominion Bank", "ORG"), ("TD", "ORG")],
            1: [("TD", "ORG"), ("Toronto", "GPE")],
            2: [
                ("First Moscow State Medical University", "ORG"),
                ("First MSMU", "ORG"),
                ("Sechenov University", "ORG"),
            ],
            3: [("Sechenov University", "ORG")],
            4: [("The Islamic State of Iraq and the Levant", "ORG"), ("Daesh", "ORG")],
            5: [("Daesh", "ORG")],
        },
    )
    assert by_text["TD"] == by_text["The Toronto-Dominion Bank"]
    assert found[by_text["TD"]].name == "Toronto-Dominion Bank"
    university = by_text["First Moscow State Medical University"]
    assert by_text["Sechenov University"] == university == by_text["First MSMU"]
    assert by_text["Daesh"] == by_text["The Islamic State of Iraq and the Levant"]
    reasons = {d.name: d.reason for d in resolved.decisions if d.action == "merged"}
    assert reasons["TD"] == "another name of 'Toronto-Dominion Bank' in the text"


def test_known_as_after_a_person_or_called_as_a_verb_joins_nothing(content):
    """A person's nickname read as a body's ('Joaquin Guzman, known as El Chapo') is no
    organisation's other name: it is the person's (actors88: one actor, GOLD.md's variants;
    it was a page of its own, a split), and 'called' after a name with no comma is a verb."""
    _found, by_text, _ = resolve_text(
        content,
        [
            "Joaquin Guzman, known as El Chapo, led the Sinaloa Cartel.",
            "El Chapo was convicted in New York.",
            "Greenpeace called the World Wildlife Fund plan a disaster.",
            "Amnesty International, called Human Rights Watch a partner.",
            "Greenpeace, Amnesty International and the World Wildlife Fund met.",
            "Human Rights Watch said nothing.",
        ],
        {
            0: [("Joaquin Guzman", "PERSON"), ("El Chapo", "ORG"), ("the Sinaloa Cartel", "ORG")],
            1: [("El Chapo", "ORG"), ("New York", "GPE")],
            2: [("Greenpeace", "ORG"), ("the World Wildlife Fund", "ORG")],
            3: [("Amnesty International", "ORG"), ("Human Rights Watch", "ORG")],
            4: [
                ("Greenpeace", "ORG"),
                ("Amnesty International", "ORG"),
                ("the World Wildlife Fund", "ORG"),
            ],
            5: [("Human Rights Watch", "ORG")],
        },
    )
    assert by_text["El Chapo"] == by_text["Joaquin Guzman"]
    assert by_text["El Chapo"] != by_text["the Sinaloa Cartel"]
    assert by_text["the World Wildlife Fund"] != by_text["Greenpeace"]
    assert by_text["Human Rights Watch"] != by_text["Amnesty International"]


def test_a_state_spelt_by_adjective_joins_only_a_body_it_begins_with_its_head(content):
    """fix71's probes: the state's adjective joins "the Kenya National Commission" to "the
    Kenyan National Commission on Human Rights", but the "Kenyan Parliament" is not the
    "Kenya Parliament Service Commission" (another head noun), nor is the "Mexican State
    University" part of "New Mexico State University", nor the "Sudanese Armed Forces" part
    of the "South Sudan Armed Forces" (another state's name ends there)."""
    _found, by_text, _ = resolve_text(
        content,
        [
            "The Kenyan Parliament passed the budget, and the Kenya Parliament Service"
            " Commission approved staff pay.",
            "Researchers from New Mexico State University and the Mexican State University"
            " studied the drought.",
            "The Sudanese Armed Forces clashed with the South Sudan Armed Forces near Abyei.",
            "The Kenyan Parliament, New Mexico State University, the Mexican State University"
            " and the Sudanese Armed Forces were named again.",
        ],
        {
            0: [
                ("The Kenyan Parliament", "ORG"),
                ("the Kenya Parliament Service Commission", "ORG"),
            ],
            1: [("New Mexico State University", "ORG"), ("the Mexican State University", "ORG")],
            2: [("The Sudanese Armed Forces", "ORG"), ("the South Sudan Armed Forces", "ORG")],
            3: [
                ("The Kenyan Parliament", "ORG"),
                ("New Mexico State University", "ORG"),
                ("the Mexican State University", "ORG"),
                ("the Sudanese Armed Forces", "ORG"),
            ],
        },
    )
    assert by_text["The Kenyan Parliament"] != by_text["the Kenya Parliament Service Commission"]
    assert by_text["the Mexican State University"] != by_text["New Mexico State University"]
    assert by_text["The Sudanese Armed Forces"] != by_text["the South Sudan Armed Forces"]


def test_called_after_a_relative_clause_ending_with_a_name_is_a_verb(content):
    """'The minister, who had spoken to Oxfam, called the Red Cross.': Oxfam ends a clause,
    and 'called' is the minister's verb, not another name of Oxfam's (fix71's probe)."""
    _found, by_text, _ = resolve_text(
        content,
        [
            "The minister, who had already spoken to Oxfam, called the Red Cross.",
            "Oxfam said the Red Cross would send a team; the Red Cross agreed.",
            "Analysts said that the Toronto-Dominion Bank, known as TD, would grow.",
            "Shares of TD rose.",
        ],
        {
            0: [("Oxfam", "ORG"), ("the Red Cross", "ORG")],
            1: [("Oxfam", "ORG"), ("the Red Cross", "ORG"), ("the Red Cross", "ORG")],
            2: [("the Toronto-Dominion Bank", "ORG"), ("TD", "ORG")],
            3: [("TD", "ORG")],
        },
    )
    assert by_text["the Red Cross"] != by_text["Oxfam"]
    # must not change: an aside opened after the name is still another name of it
    assert by_text["TD"] == by_text["the Toronto-Dominion Bank"]


def test_called_after_an_apposition_ending_with_a_name_joins_nothing(content):
    """review12: 'John Smith, a spokesman for Oxfam, called the Red Cross' is a verb after an
    apposition that ends with a name, not another name of Oxfam (joined in every article)."""
    _found, by_text, _ = resolve_text(
        content,
        [
            "John Smith, a spokesman for Oxfam, called the Red Cross.",
            "The Red Cross sent a team to the camp.",
            "Oxfam said aid was short.",
        ],
        {
            0: [("John Smith", "PERSON"), ("Oxfam", "ORG"), ("the Red Cross", "ORG")],
            1: [("The Red Cross", "ORG")],
            2: [("Oxfam", "ORG")],
        },
    )
    assert by_text["The Red Cross"] != by_text["Oxfam"]
