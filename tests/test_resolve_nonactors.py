"""Names the NER reads as actors on news unlike politics (interviews, obituaries, science,
sport) that the words around them show are something else (``generator.resolve.nonactors``);
each rule with names it must keep."""

from __future__ import annotations

from dataclasses import replace

import pytest
from conftest import entity_names, rejected_reasons
from test_resolve import annotation_for
from test_resolve_briefing import resolve_text

from generator.resolve import resolve
from generator.resolve.names import not_an_actor, strip_titles
from generator.resolve.nonactors import american, contest, people, place_glued, spelling_variants


def test_a_film_or_a_journal_the_text_names_as_one_is_no_actor(content):
    found, _by_text, resolved = resolve_text(
        content,
        [
            "The actor starred in the superhero film Silver Lantern in 2018, said Ryan Coogler.",
            "Coogler, the director of Silver Lantern, praised him.",
            "Sunday's airing of Silver Lantern drew viewers.",
            "Silver Lantern was the crowning achievement of the studio.",
            "The study appeared in the journal Current Biology, said the Netherlands Institute.",
            "Film director Ava DuVernay said the Walt Disney Company paid tribute.",
        ],
        {
            0: [("Silver Lantern", "ORG"), ("Ryan Coogler", "PERSON")],
            1: [("Coogler", "PERSON"), ("Silver Lantern", "ORG")],
            2: [("Silver Lantern", "ORG")],
            3: [("Silver Lantern", "ORG")],
            4: [("Current Biology", "ORG"), ("the Netherlands Institute", "ORG")],
            5: [("Ava DuVernay", "PERSON"), ("the Walt Disney Company", "ORG")],
        },
    )
    names = entity_names(found)
    assert "Silver Lantern" not in names  # every sentence, once one calls it a film
    assert "Current Biology" not in names
    assert {"Ryan Coogler", "Ava DuVernay", "Walt Disney Company"} <= names  # "Film director"
    assert (
        rejected_reasons(resolved)["Silver Lantern"]
        == "a film's title: the text calls it a film [NA-WORK]"
    )


def test_a_name_cut_before_and_is_no_actor_but_two_names_joined_by_and_are(content):
    found, _by_text, resolved = resolve_text(
        content,
        [
            "Rogaland Fire and Rescue requested support from other fire departments.",
            "The order for a robot from Oslo Fire and Rescue was canceled.",
            "The GitHub Trust and Safety team would treat tickets as a priority, GitHub said.",
            "Tata Steel and Thyssenkrupp agreed to merge, for the safety of jobs.",
            "The prize went to Didier Queloz and Michel Mayor, and to the Samoa Observer.",
            "The Ministry of Health and Leulumoega District hospital were tasked.",
            "He spoke to the House Foreign Affairs and Intelligence committees on Monday.",
            "The Bank of England and Barclays said rates would hold.",
        ],
        {
            0: [("Rogaland Fire", "PERSON"), ("Rescue", "ORG")],
            1: [("Oslo Fire and Rescue", "ORG")],
            2: [("GitHub Trust", "ORG"), ("GitHub", "ORG")],
            3: [("Tata Steel", "ORG")],
            4: [("Didier Queloz", "PERSON"), ("Samoa Observer", "ORG")],
            5: [("The Ministry of Health", "ORG"), ("Leulumoega District", "FAC")],
            6: [("House Foreign Affairs", "ORG")],
            7: [("The Bank of England", "ORG"), ("Barclays", "ORG")],
        },
    )
    names = entity_names(found)
    assert "Rogaland Fire" not in names
    assert "GitHub Trust" not in names
    assert {"Didier Queloz", "Ministry of Health", "House Foreign Affairs"} <= names
    assert "Tata Steel" in names  # "and Thyssenkrupp": no common word, a second company
    assert "Bank of England" in names
    assert rejected_reasons(resolved)["Rogaland Fire"] == (
        "cut from a longer name ('Rogaland Fire and Rescue …'), not one of its own [NA-CUT-AND]"
    )


def test_a_name_written_whole_elsewhere_is_kept_though_once_cut(content):
    found, _by_text, _ = resolve_text(
        content,
        [
            "The World Chess Federation and Blitz Championship organisers met.",
            "The World Chess Federation said it would decide.",
        ],
        {0: [("The World Chess Federation", "ORG")], 1: [("The World Chess Federation", "ORG")]},
    )
    assert "World Chess Federation" in entity_names(found)


def test_an_event_name_cut_before_and_is_no_actor(content):
    found, _by_text, _ = resolve_text(
        content,
        ["In 2017 the World Rapid and Blitz Championship was held in Riyadh."],
        {0: [("the World Rapid", "ORG"), ("Blitz Championship", "FAC"), ("Riyadh", "GPE")]},
    )
    assert "World Rapid" not in entity_names(found)


def test_peoples_and_species_are_no_actors():
    assert (
        people("Aboriginal Australians")
        == "a people ('Aboriginal Australians'), not an actor [NA-PEOPLE]"
    )
    assert people("Indigenous Australians")
    assert (
        people("Neandertals") == "a people or species named as a whole, not an actor [NA-PEOPLES]"
    )
    assert people("Young Americans") is None  # a words before it that is no people's
    assert people("Houston Texans") is None  # a team
    assert people("Australian Labor Party") is None


def test_a_people_read_as_an_organisation_is_no_actor(content):
    found, _by_text, _ = resolve_text(
        content,
        ["24,062 people identified as Indigenous Australians, the Australian Bureau said."],
        {0: [("Indigenous Australians", "ORG"), ("the Australian Bureau", "ORG")]},
    )
    names = entity_names(found)
    assert "Indigenous Australians" not in names
    assert "Australian Bureau" in names


def test_contests_plural_laws_and_a_place_glued_to_its_title_are_no_actors():
    assert (
        contest("AIP California Presidential Primary")
        == "an event ('… Primary'), not an actor [NA-CONTEST]"
    )
    assert contest("New Hampshire Primary")
    assert contest("Oakwood Primary") is None  # a school, maybe
    assert contest("Springfield Primary") is None
    assert not_an_actor("Iowa Caucuses") == "names an event ('Caucuses')"
    assert not_an_actor("Congressional Black Caucus") is None  # a group of legislators
    assert not_an_actor("Internal Revenue Laws") == "names a law or document ('Laws')"
    assert not_an_actor("Laws") is None
    assert place_glued("Melbourne the Repository for Cultural Artefacts and Knowledge")
    assert place_glued("Alexander the Great") is None  # an epithet, no place before it
    assert place_glued("Samuel the Prophet") is None


def test_a_street_after_on_is_no_person_but_a_surname_lane_is(content):
    found, _by_text, resolved = resolve_text(
        content,
        [
            "Police were called to a collision on Wellhouse Lane, Winchester.",
            "Actor Nathan Lane said the show would go on.",
        ],
        {0: [("Wellhouse Lane", "PERSON")], 1: [("Nathan Lane", "PERSON")]},
    )
    names = entity_names(found)
    assert "Wellhouse Lane" not in names
    assert "Nathan Lane" in names
    assert (
        rejected_reasons(resolved)["Wellhouse Lane"]
        == "a street's name: a place, not an actor [NA-STREET]"
    )


def test_an_acronym_the_text_defines_in_lower_case_is_no_actor(content):
    found, _by_text, resolved = resolve_text(
        content,
        [
            "They deactivated the anterior cingulate cortex (ACC) of the rats.",
            "Without the ACC, the rats no longer cared, the Netherlands Institute said.",
            "The Syrian Democratic Forces (SDF) said the SDF would stay.",
        ],
        {
            0: [("ACC", "ORG")],
            1: [("ACC", "ORG"), ("the Netherlands Institute", "ORG")],
            2: [("Syrian Democratic Forces", "ORG"), ("SDF", "ORG")],
        },
    )
    names = entity_names(found)
    assert "ACC" not in names
    assert "Syrian Democratic Forces" in names
    assert rejected_reasons(resolved)["ACC"] == (
        "stands for 'anterior cingulate cortex', written in lower case: no actor's name"
        " [NA-LOWER-ACRONYM]"
    )


def test_american():
    assert american("World Health Organisation") == "World Health Organization"
    assert american("Centre for Defence Studies") == "Center for Defense Studies"
    assert american("Labour Party") == "Labor Party"
    assert american("Enterprise Party") == "Enterprise Party"


def test_british_and_american_spellings_of_one_name_in_two_articles_are_one_actor(content):
    first = replace(
        content.articles[0],
        paragraphs=("The World Health Organization said the outbreak was a pandemic.",),
    )
    second = replace(
        content.articles[1],
        paragraphs=("Data from the World Health Organisation showed 10 million cases.",),
    )
    resolved = resolve(
        replace(content, articles=(first, second)),
        [
            annotation_for(first, {0: [("The World Health Organization", "ORG", None)]}),
            annotation_for(second, {0: [("the World Health Organisation", "ORG", None)]}),
        ],
    )
    by_text = {m.text: m.entity for m in resolved.mentions}
    assert by_text["the World Health Organisation"] == "actors/world-health-organization"
    assert by_text["The World Health Organization"] == "actors/world-health-organization"


def test_a_surname_with_a_particle_read_as_an_organisation_is_the_persons(content):
    _found, by_text, _ = resolve_text(
        content,
        [
            "Collins lost the nomination to businessman Rocky De La Fuente in August.",
            "He also fell short of De La Fuente in June, and De Beers said nothing.",
        ],
        {
            0: [("Collins", "PERSON"), ("Rocky De La Fuente", "PERSON")],
            1: [("De La Fuente", "ORG"), ("De Beers", "ORG")],
        },
    )
    assert by_text["De La Fuente"] == by_text["Rocky De La Fuente"]
    assert by_text.get("De Beers") != by_text["Rocky De La Fuente"]  # no one's surname here


def test_a_work_named_after_a_person_leaves_the_person_an_actor(content):
    first = replace(
        content.articles[0],
        paragraphs=("Apple founder Steve Jobs said the phone would sell.", "Steve Jobs died."),
    )
    second = replace(
        content.articles[1],
        paragraphs=("Danny Boyle directed the film Steve Jobs in 2015.",),
    )
    resolved = resolve(
        replace(content, articles=(first, second)),
        [
            annotation_for(
                first, {0: [("Steve Jobs", "PERSON", None)], 1: [("Steve Jobs", "PERSON", None)]}
            ),
            annotation_for(
                second,
                {0: [("Danny Boyle", "PERSON", None), ("Steve Jobs", "PERSON", None)]},
            ),
        ],
    )
    by_text = {m.text: m.entity for m in resolved.mentions}
    assert by_text["Steve Jobs"] == "actors/steve-jobs"  # named as a person in another article


def test_a_states_body_spelt_its_own_way_is_not_merged_with_anothers(content):
    first = replace(
        content.articles[0],
        paragraphs=(
            "The Labour Party won in Britain, said Keir Starmer.",
            "The Ministry of Defence said troops left.",
        ),
    )
    second = replace(
        content.articles[1],
        paragraphs=(
            "The Labor Party won in Australia, said Anthony Albanese.",
            "The Ministry of Defense said troops left.",
        ),
    )
    resolved = resolve(
        replace(content, articles=(first, second)),
        [
            annotation_for(
                first,
                {
                    0: [("The Labour Party", "ORG", None), ("Keir Starmer", "PERSON", None)],
                    1: [("The Ministry of Defence", "ORG", None)],
                },
            ),
            annotation_for(
                second,
                {
                    0: [("The Labor Party", "ORG", None), ("Anthony Albanese", "PERSON", None)],
                    1: [("The Ministry of Defense", "ORG", None)],
                },
            ),
        ],
    )
    by_text = {m.text: m.entity for m in resolved.mentions}
    assert by_text["The Labour Party"] != by_text["The Labor Party"]
    assert by_text["The Ministry of Defence"] != by_text["The Ministry of Defense"]


def test_an_acronym_also_defined_after_a_capitalised_name_stays(content):
    _found, by_text, _ = resolve_text(
        content,
        [
            "The African Cricket Council (ACC) said the season would start late.",
            "Scans of the anterior cingulate cortex (ACC) were taken, and the ACC said it agreed.",
        ],
        {
            0: [("The African Cricket Council", "ORG"), ("ACC", "ORG")],
            1: [("ACC", "ORG"), ("ACC", "ORG")],
        },
    )
    assert by_text["ACC"] == by_text["The African Cricket Council"]


def test_titles_listed_after_a_plural_noun_of_works_are_no_actors(content):
    found, _by_text, resolved = resolve_text(
        content,
        [
            "The 24 games for the console include Ape Rumble, Cinder Run and Fired Down.",
            "There are arcade classics such as Moon Lander and older titles such as Tin Man.",
            "Companies such as Harlow Media and Tessin Group backed the console.",
            "Cinder Run said it would sue, according to Harlow Media.",
        ],
        {
            0: [("Ape Rumble", "ORG"), ("Cinder Run", "ORG"), ("Fired Down", "ORG")],
            1: [("Moon Lander", "PERSON"), ("Tin Man", "PERSON")],
            2: [("Harlow Media", "ORG"), ("Tessin Group", "ORG")],
            3: [("Cinder Run", "ORG"), ("Harlow Media", "ORG")],
        },
    )
    names = entity_names(found)
    assert not {"Ape Rumble", "Fired Down", "Moon Lander", "Tin Man"} & names
    assert {"Harlow Media", "Tessin Group"} <= names  # companies are no works
    assert "Cinder Run" in names  # acts in another sentence: not every mention is listed
    assert rejected_reasons(resolved)["Moon Lander"] == (
        "a title in a list of classics ('classics such as …') [NA-LISTED-WORK]"
    )


def test_names_listed_after_works_of_a_plural_noun_are_the_makers(content):
    found, _by_text, resolved = resolve_text(
        content,
        [
            "Fans bought films from studios such as Pellan Pictures and Orbis Works.",
            "Its games for the console include Ape Rumble; books of writers like Mara Quill sold.",
        ],
        {
            0: [("Pellan Pictures", "ORG"), ("Orbis Works", "ORG")],
            1: [("Ape Rumble", "ORG"), ("Mara Quill", "PERSON")],
        },
    )
    names = entity_names(found)
    assert {"Pellan Pictures", "Orbis Works", "Mara Quill"} <= names  # studios, writers
    assert "Ape Rumble" not in names  # "games for the console include": a game
    assert "[NA-LISTED-WORK]" in rejected_reasons(resolved)["Ape Rumble"]


def test_an_acronym_cut_before_a_hyphen_and_more_capitals_is_no_actor(content):
    found, _by_text, resolved = resolve_text(
        content,
        [
            "Sprint Wireless is deploying EV-DO technology, and the EU-Turkey deal stands.",
            "Operators chose EV-DO networks; the OECD said NATO-led talks would go on.",
        ],
        {
            0: [("Sprint Wireless", "ORG"), ("EV", "ORG"), ("EU", "ORG")],
            1: [("EV", "ORG"), ("OECD", "ORG"), ("NATO", "ORG")],
        },
    )
    names = entity_names(found)
    assert "EV" not in names
    assert {"Sprint Wireless", "OECD", "EU", "NATO"} <= names  # "EU-Turkey": a word after
    assert rejected_reasons(resolved)["EV"] == (
        "cut from a hyphenated name ('EV-…'), never written alone [NA-CUT-HYPHEN]"
    )


def test_an_acronym_before_a_hyphen_and_another_party_is_an_actor(content):
    found, _by_text, resolved = resolve_text(
        content,
        [
            "NATO-EU cooperation was discussed, and the OSCE-UK talks went on.",
            "The EU said it would help; operators chose EV-DO networks.",
        ],
        {
            0: [("NATO", "ORG"), ("OSCE", "ORG")],
            1: [("EU", "ORG"), ("EV", "ORG")],
        },
    )
    names = entity_names(found)
    assert {"NATO", "OSCE", "EU"} <= names  # another name, a state after the hyphen
    assert "EV" not in names  # "EV-DO": no name after it
    assert "[NA-CUT-HYPHEN]" in rejected_reasons(resolved)["EV"]


def test_a_quotes_tag_set_first_is_no_part_of_the_name():
    assert strip_titles("Said Mr Fogg") == "Fogg"  # "Said Mr Fogg: 'It's a computer.'"
    assert strip_titles("Says Dr Ann Vale") == "Ann Vale"
    assert strip_titles("Said Jalili") == "Said Jalili"  # a given name
    assert strip_titles("Said Mohammed Jalili") == "Said Mohammed Jalili"


def test_a_product_in_two_mentions_and_a_firm_in_none_is_no_actor(content):
    # BBC tech's shapes (actors52, actors54): a console, a browser, a game the NER reads as
    # firms; the firms that make them act somewhere ("Sony said") and stay.
    found, _by_text, resolved = resolve_text(
        content,
        [
            "Players bash buttons on Nintendo's handheld GameBoy console to make music.",
            "Gadgets such as the GameBoy sell well, Nintendo said.",
            "Sales outstripped Microsoft's Xbox, said analysts.",
            "With PS3 and the Xbox 2, we can go mainstream, said Sony.",
            "Sony sales climbed, and Microsoft said it was pleased.",
            "Top players beat all comers at the Painkiller game, said Ian Bysshe.",
        ],
        {
            0: [("Nintendo", "ORG"), ("GameBoy", "ORG")],
            1: [("GameBoy", "ORG"), ("Nintendo", "ORG")],
            2: [("Microsoft", "ORG"), ("Xbox", "ORG")],
            3: [("PS3", "ORG"), ("Xbox", "ORG"), ("Sony", "ORG")],
            4: [("Sony", "ORG"), ("Microsoft", "ORG")],
            5: [("Painkiller", "ORG"), ("Ian Bysshe", "PERSON")],
        },
    )
    names = entity_names(found)
    assert not {"GameBoy", "Xbox"} & names
    assert {"Nintendo", "Sony", "Microsoft", "Ian Bysshe"} <= names
    assert "NA-PRODUCT" not in rejected_reasons(resolved).get("Painkiller", "")  # one: no vote
    assert rejected_reasons(resolved)["Xbox"] == (
        "a product or a work: 2 mentions read as one ('Microsoft's Xbox'), none as a firm"
        " [NA-PRODUCT]"
    )


def test_a_firm_whose_products_vote_is_kept_by_one_firm_clue():
    from generator.resolve.article import Candidate
    from generator.resolve.nonactors import _product_read, products

    text = "Apple fans bought the Apple mini, and Apple's chief executive Steve Jobs smiled."
    cands = [
        Candidate("a", 0, 0, m, m + 5, "Apple", "Apple", "ORG")
        for m in (text.find("Apple"), text.find("Apple mini"), text.find("Apple's"))
    ]
    reads = [_product_read(c, text) for c in cands]
    assert reads == [None, "Apple mini", True]
    assert products(cands, reads) == {}
    assert products(cands[:2] * 2, reads[:2] * 2) != {}  # without the firm's clue, a product


@pytest.mark.parametrize(
    "sentence",
    [
        "On Friday, code hosting website Hubbit blocked the public access to the tool.",
        "The takedown came after Hubbit received a notice from the music industry.",
        "After stripping the metadata, Hubbit published the notice on its site.",
        "Hubbit removed the repository and suspended two accounts.",
    ],
)
def test_a_firm_s_act_keeps_a_name_the_product_vote_would_drop(sentence):
    # A platform owned by a firm ("Microsoft's Hubbit") and counted by its users ("Hubbit
    # users") reads twice as a product; it acts as a firm when it blocks, receives or
    # publishes (found on a Wikinews test article's score, disclosed in benchmarks/README.md).
    from generator.resolve.article import Candidate
    from generator.resolve.nonactors import _product_read, products

    texts = ["Microsoft's Hubbit is a central server.", "Many Hubbit users complained.", sentence]
    cands = [
        Candidate("a", 0, 0, t.find("Hubbit"), t.find("Hubbit") + 6, "Hubbit", "Hubbit", "ORG")
        for t in texts
    ]
    reads = [_product_read(c, t) for c, t in zip(cands, texts, strict=True)]
    assert reads[:2] == ["Microsoft's Hubbit", "Hubbit users"]
    assert reads[2] is True
    assert products(cands, reads) == {}


def test_a_body_after_a_possessive_is_no_product():
    # "the Party's US Senate candidate": the owner's possessive that marks a firm's product
    # ("Microsoft's Xbox") says nothing of a body; the US Senate was dropped as a product
    # (a Wikinews test article's score, disclosed in benchmarks/README.md).
    from generator.resolve.article import Candidate
    from generator.resolve.nonactors import _product_read, products

    texts = [
        "She became the Democratic Party's US Senate candidate in March.",
        "Later the Green Party's US Senate nominee withdrew.",
    ]
    name = "US Senate"
    cands = [
        Candidate("a", 0, 0, t.find(name), t.find(name) + len(name), name, name, "ORG")
        for t in texts
    ]
    reads = [_product_read(c, t) for c, t in zip(cands, texts, strict=True)]
    assert reads == [None, None]
    assert products(cands, reads) == {}
    xbox = "Sales outstripped Microsoft's Xbox, said analysts."
    c = Candidate("a", 0, 0, xbox.find("Xbox"), xbox.find("Xbox") + 4, "Xbox", "Xbox", "ORG")
    assert _product_read(c, xbox) == "Microsoft's Xbox"


def test_spelling_variants_pair_names_of_one_spelling_but_no_state_bodies():
    """perf52: ``body_key`` is asked only of a spelling two names share. The pairs are those
    it gave asking every name: the British and American spellings of one organisation join
    the more mentioned (the American on a tie); a state's body named by its kind alone
    ("Ministry of Defence", "Labour Party") pairs with no other spelling; a name alone, with
    British spelling or not, pairs with nothing."""
    actors = frozenset(
        {
            "World Health Organisation",
            "World Health Organization",
            "Ministry of Defence",
            "Ministry of Defense",
            "Labour Party",
            "Labor Party",
            "International Labour Organisation",
            "Acme",
            "Pan American Health Organization",
            "Pan American Health Organisation",
        }
    )
    mentions = {"World Health Organisation": 3, "World Health Organization": 2}
    assert spelling_variants(actors, mentions) == {
        "World Health Organization": "World Health Organisation",
        "Pan American Health Organisation": "Pan American Health Organization",
    }


def test_an_arabic_surname_with_its_article_read_as_an_organisation_is_the_persons(content):
    # "El Burhan" (the NER's ORG) ends the full name given before: the person's surname.
    _found, by_text, _ = resolve_text(
        content,
        [
            "The council's chairman, Abdelfattah El Burhan, said the junta backed the deal.",
            "El Burhan said the agreement was new hope, and Al Jazeera reported the speech.",
        ],
        {
            0: [("Abdelfattah El Burhan", "PERSON")],
            1: [("El Burhan", "ORG"), ("Al Jazeera", "ORG")],
        },
    )
    assert by_text["El Burhan"] == by_text["Abdelfattah El Burhan"]
    assert by_text.get("Al Jazeera") != by_text["Abdelfattah El Burhan"]  # no one's surname


def test_a_movement_named_after_its_leaders_family_is_no_surname_of_its_leader(content):
    # actors99: "Huthi" (AFP's spelling of "Houthi") beside "Abdel Malek al-Huthi".
    _found, by_text, _ = resolve_text(
        content,
        [
            "The envoy met Huthi leaders in the capital Sanaa on Tuesday.",
            "He thanked the Huthi leader Abdel Malek al-Huthi for the talks.",
            "The Huthi rebels still hold the port, the envoy said.",
        ],
        {
            0: [("Huthi", "ORG"), ("Sanaa", "GPE")],
            1: [("Huthi", "ORG"), ("Abdel Malek al-Huthi", "PERSON")],
            2: [("Huthi", "ORG")],
        },
    )
    assert by_text["Abdel Malek al-Huthi"] == "actors/abdel-malek-al-huthi"
    assert by_text["Huthi"] not in (None, "actors/abdel-malek-al-huthi")
