"""One actor, one page, on sentences shaped like BBC politics and entertainment news: a word
opening the sentence, a pronoun before "and", a real name after a stage name, a company's
media trade, a likeness suffix; and a broadcast's title, which is no actor."""

from __future__ import annotations

from conftest import entity_names, rejected_reasons
from test_resolve_briefing import resolve_text


def test_a_trade_noun_opening_a_sentence_is_not_part_of_the_name(content):
    found, _by_text, _ = resolve_text(
        content,
        [
            "Ladbrokes spokesman Warren Lush said the odds were long.",
            "Bookmaker Ladbrokes said it would keep taking bets.",
            "Rival bookmaker William Hill stopped.",
        ],
        {
            0: [("Ladbrokes", "ORG"), ("Warren Lush", "PERSON")],
            1: [("Bookmaker Ladbrokes", "ORG")],
            2: [("William Hill", "ORG")],
        },
    )
    names = entity_names(found)
    assert "Bookmaker Ladbrokes" not in names
    assert "Ladbrokes" in names
    assert "William Hill" in names  # "Rival" opens the sentence: no trade of the list


def test_a_verb_opening_a_sentence_before_an_honorific_is_not_part_of_the_name(content):
    found, by_text, _ = resolve_text(
        content,
        [
            "Gordon Brown spoke in Gateshead.",
            "Analysing Mr Brown's position, the BBC said he was confident.",
            "Reading Borough Council said the road would close.",
        ],
        {
            0: [("Gordon Brown", "PERSON"), ("Gateshead", "GPE")],
            1: [("Analysing Mr Brown's", "ORG"), ("BBC", "ORG")],
            2: [("Reading Borough Council", "ORG")],
        },
    )
    names = entity_names(found)
    assert not any(name.startswith("Analysing") for name in names)
    assert by_text["Mr Brown's"] == by_text["Gordon Brown"]
    assert "Reading Borough Council" in names  # a place's name, no honorific after it


def test_a_pronoun_before_and_shares_no_surname(content):
    found, _by_text, _ = resolve_text(
        content,
        [
            "She and John McCririck faced the public vote on Friday.",
            "It is a documentary by Tomasz and Marek Sekielski about abuse.",
        ],
        {0: [("John McCririck", "PERSON")], 1: [("Marek Sekielski", "PERSON")]},
    )
    names = entity_names(found)
    assert "She McCririck" not in names
    assert "John McCririck" in names
    assert "Tomasz Sekielski" in names  # a given name does share it


def test_a_real_name_after_a_stage_name_is_the_same_person(content):
    _found, by_text, resolved = resolve_text(
        content,
        [
            "Motley Crue guitarist Mick Mars is being sued.",
            "Mars - real name Bob Allen Deal - underwent surgery in October.",
            "Later Tommy Lee and Vince Neil went on tour.",
        ],
        {
            0: [("Motley Crue", "ORG"), ("Mick Mars", "PERSON")],
            1: [("Mars", "PERSON"), ("Bob Allen Deal", "PERSON")],
            2: [("Tommy Lee", "PERSON"), ("Vince Neil", "PERSON")],
        },
    )
    assert by_text["Bob Allen Deal"] == by_text["Mick Mars"]
    assert by_text["Tommy Lee"] != by_text["Vince Neil"]  # two names, no "real name"
    merged = {d.name: d.reason for d in resolved.decisions if d.action == "merged"}
    assert merged["Bob Allen Deal"] == "the real name of 'Mick Mars' in the text"


def test_a_company_without_its_media_trade_is_the_company(content):
    _found, by_text, _ = resolve_text(
        content,
        [
            "RDF Media, which makes the show, filed a claim.",
            "ABC has supported RDF's action. The BBC launched BBC Three in 2003.",
        ],
        {
            0: [("RDF Media", "ORG")],
            1: [("ABC", "ORG"), ("RDF", "ORG"), ("BBC", "ORG"), ("BBC Three", "ORG")],
        },
    )
    assert by_text["RDF"] == by_text["RDF Media"]
    assert by_text["BBC"] != by_text["BBC Three"]  # a channel, no trade dropped


def test_a_likeness_suffix_is_not_part_of_a_persons_name(content):
    found, _by_text, _ = resolve_text(
        content,
        ["Britain could not afford a George Bush-style tax cutting spree, Mr Cable said."],
        {0: [("George Bush-style", "PERSON"), ("Cable", "PERSON")]},
    )
    names = entity_names(found)
    assert "George Bush" in names
    assert "George Bush-style" not in names


def test_a_title_after_a_broadcasts_noun_is_no_actor(content):
    found, _by_text, resolved = resolve_text(
        content,
        [
            "Austin Aitken is taking action against NBC over its programme Fear Factor.",
            "Fear Factor featured a rat-eating scene, talk show host Jay Leno said.",
            "The singer Doris Day died on Monday.",
            "She hosted the talk show Doris Day's Best Friends.",
        ],
        {
            0: [("Austin Aitken", "PERSON"), ("NBC", "ORG"), ("Fear Factor", "ORG")],
            1: [("Fear Factor", "ORG"), ("Jay Leno", "PERSON")],
            2: [("Doris Day", "PERSON")],
            3: [("Doris Day", "PERSON")],
        },
    )
    names = entity_names(found)
    assert "Fear Factor" not in names
    assert "programme" in rejected_reasons(resolved)["Fear Factor"]
    assert {"NBC", "Jay Leno"} <= names  # after "show host", not after "show"
    assert "Doris Day" in names  # the owner of the show's title, not the title


def test_a_word_written_before_party_is_a_party_though_written_in_lower_case(content):
    found, _by_text, resolved = resolve_text(
        content,
        [
            "Labour has raised taxes, the Tory leader said of the Labour party.",
            "Voters backed Labour in 1997. Child labour laws limit the hours.",
            "Zorble was the word, said the Scottish Zorble Party.",
            "Zorble matters, and the zorble belt was kept. Law and Zorble Party won.",
        ],
        {
            0: [("Labour", "ORG"), ("Labour", "ORG")],
            1: [("Labour", "ORG")],
            2: [("Zorble", "ORG"), ("Scottish Zorble Party", "ORG")],
            3: [("Zorble", "ORG"), ("Law and Zorble Party", "ORG")],
        },
    )
    names = entity_names(found)
    assert "Labour" in names
    assert "Zorble" not in names  # only inside a longer party's name
    assert rejected_reasons(resolved)["Zorble"].startswith("a common word")


def test_a_channel_named_by_its_number_is_a_broadcaster_in_figures_or_words(content):
    found, by_text, _ = resolve_text(
        content,
        [
            "The show became a hit on Channel 4 in 2003.",
            "Channel 4 said the series would return. Area 51 was closed.",
            "The drama is part of Channel Four's winter season.",
        ],
        {
            0: [("Channel 4", "ORG")],
            1: [("Channel 4", "ORG"), ("Area 51", "ORG")],
            2: [("Channel Four", "ORG")],
        },
    )
    names = entity_names(found)
    assert "Channel 4" in names
    assert by_text["Channel Four"] == by_text["Channel 4"]
    assert "Area 51" not in names  # a number in any other name is no actor's


def test_show_as_a_verb_or_a_programme_of_policy_names_no_broadcast(content):
    found, _by_text, resolved = resolve_text(
        content,
        [
            "Polls show Labour ahead, and surveys show Gordon Brown is trusted.",
            "Labour won in 1997. Gordon Brown spoke in Gateshead.",
            "Talks on the nuclear programme North Korea runs stalled in Seoul.",
            "North Korea denied it. ITV's hit show Trading Moms returned.",
        ],
        {
            0: [("Labour", "ORG"), ("Gordon Brown", "PERSON")],
            1: [("Labour", "ORG"), ("Gordon Brown", "PERSON"), ("Gateshead", "GPE")],
            2: [("North Korea", "GPE"), ("Seoul", "GPE")],
            3: [("North Korea", "GPE"), ("ITV", "ORG"), ("Trading Moms", "ORG")],
        },
    )
    names = entity_names(found)
    assert {"Labour", "Gordon Brown", "North Korea"} <= names
    assert "Trading Moms" not in names  # after a broadcast's noun phrase: a show
    assert rejected_reasons(resolved)["Trading Moms"].startswith("a show's title")


def test_a_given_name_ending_in_ing_opening_a_sentence_stays_in_the_name(content):
    found, by_text, _ = resolve_text(
        content,
        [
            "Channing Tatum said he would star in the film.",
            "Tatum is 38. Backing Gordon Brown, the union spoke.",
            "Gordon Brown thanked it.",
        ],
        {
            0: [("Channing Tatum", "PERSON")],
            1: [("Tatum", "PERSON"), ("Backing Gordon Brown", "PERSON")],
            2: [("Gordon Brown", "PERSON")],
        },
    )
    names = entity_names(found)
    assert "Channing Tatum" in names
    assert by_text["Tatum"] == by_text["Channing Tatum"]
    assert not any(name.startswith("Backing") for name in names)  # a full name after it
    assert "Gordon Brown" in names


def test_a_word_capitalised_only_opening_sentences_or_after_a_is_no_party(content):
    found, by_text, resolved = resolve_text(
        content,
        [
            "The Tea Party backed him. Tea prices rose.",
            "The tea was cold. Tea exports rose.",
            "They held a Birthday party. Birthday cards sold, and a birthday passed.",
            "Birthday wishes came. Voters backed Labour of the Labour party; labour costs rose.",
        ],
        {
            0: [("The Tea Party", "ORG"), ("Tea", "ORG")],
            1: [("Tea", "ORG")],
            2: [("Birthday", "ORG"), ("Birthday", "ORG")],
            3: [("Birthday", "ORG"), ("Labour", "ORG"), ("Labour", "ORG")],
        },
    )
    names = entity_names(found)
    assert "Tea Party" in names
    assert by_text.get("Tea") != by_text["The Tea Party"]  # the drink, at sentence starts
    assert "Birthday" not in names  # "a Birthday party": no party's name
    assert rejected_reasons(resolved)["Birthday"].startswith("a common word")
    assert "Labour" in names  # the pair: capitalised inside a sentence, "the Labour party"


def test_a_real_name_after_an_organisations_name_is_not_the_organisations(content):
    _found, by_text, _ = resolve_text(
        content,
        [
            "The singer was held by Scotland Yard - real name Peter Jones - on Monday.",
            "Scotland Yard said so. Peter Jones denied it. Mars - real name Bob Deal - sang.",
            "Mick Mars and Bob Deal left.",
        ],
        {
            0: [("Scotland Yard", "ORG"), ("Peter Jones", "PERSON")],
            1: [
                ("Scotland Yard", "ORG"),
                ("Peter Jones", "PERSON"),
                ("Mars", "PERSON"),
                ("Bob Deal", "PERSON"),
            ],
            2: [("Mick Mars", "PERSON"), ("Bob Deal", "PERSON")],
        },
    )
    assert by_text["Peter Jones"] != by_text["Scotland Yard"]
    assert by_text["Bob Deal"] == by_text["Mick Mars"]  # a person's stage name still joins


def test_a_name_written_inside_a_sentence_keeps_its_opening_word(content):
    found, by_text, _ = resolve_text(
        content,
        [
            "Airline Pilots Association said the strike would go ahead.",
            "Members of the Airline Pilots Association voted on Monday.",
            "Bookmaker Ladbrokes said it would pay. Ladbrokes paid.",
        ],
        {
            0: [("Airline Pilots Association", "ORG")],
            1: [("Airline Pilots Association", "ORG")],
            2: [("Bookmaker Ladbrokes", "ORG"), ("Ladbrokes", "ORG")],
        },
    )
    names = entity_names(found)
    assert "Airline Pilots Association" in names
    assert "Pilots Association" not in names | set(by_text)
    assert "Ladbrokes" in names  # the pair: a trade written only opening a sentence
    assert "Bookmaker Ladbrokes" not in names
