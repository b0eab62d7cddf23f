"""Companies on business news: one-word names the text calls a firm once, names with "&"."""

from __future__ import annotations

from dataclasses import replace

from conftest import entity_names, rejected_reasons
from test_resolve import annotation_for
from test_resolve_briefing import resolve_text

from generator.resolve.article import collect


def test_a_one_word_name_the_article_once_calls_a_firm_is_a_company_throughout(content):
    """ "oil firm |Varkos|" once, then "|Varkos| is still waiting" read as a person's name and
    "gas giant |Norvik|" read as a place: companies, every mention; a surname alone, a city
    after a company's noun and a name the article never calls a firm stay rejected."""
    found, by_text, resolved = resolve_text(
        content,
        [
            "The owner of Russian oil firm Varkos sued. Gas giant Norvik agreed a merger.",
            "Varkos is still waiting for a ruling. Varkos said the sale was illegal.",
            "Norvik shares rose. Analysts said Norvik needs cash, Dalby said.",
            "Energy giant Houston was mentioned. Tellmark said nothing.",
        ],
        {
            0: [("Varkos", "PERSON"), ("Norvik", "GPE")],
            1: [("Varkos", "PERSON"), ("Varkos", "PERSON")],
            2: [("Norvik", "GPE"), ("Norvik", "GPE"), ("Dalby", "PERSON")],
            3: [("Houston", "GPE"), ("Tellmark", "PERSON")],
        },
    )
    assert found[by_text["Varkos"]].type == "organisation"
    assert found[by_text["Norvik"]].type == "organisation"
    assert sum(m.entity == by_text["Varkos"] for m in resolved.mentions) >= 2
    names = entity_names(found)
    assert not {"Dalby", "Houston", "Tellmark"} & names
    assert {"Dalby", "Tellmark"} <= set(rejected_reasons(resolved))


def test_a_company_named_with_an_ampersand_is_one_actor_with_its_first_word(content):
    """ "Tolvane & Marrow" and later "Tolvane": one company; "S&N", two capitals joined by
    "&", a company too; "Q&A" and "R&D" are jargon, "&" at a name's edge a fragment, and
    people listed with "&" ("Deirdre, Wyatt & Zach", "Tom & Jerry" read as a person's) no body."""
    found, by_text, _ = resolve_text(
        content,
        [
            "Jobs will go at broker Tolvane & Marrow after losses. Tolvane said it cut costs.",
            "Tolvane shares fell.",
            "Brewer S&N rejected the bid. S&N said R&D spending fell at a Q&A session.",
            "Shares in & Partners fell. My heart breaks for Deirdre, Wyatt & Zach.",
            "Tom & Jerry waved. Tom & Jerry left.",
        ],
        {
            0: [("Tolvane & Marrow", "ORG"), ("Tolvane", "ORG")],
            1: [("Tolvane", "ORG")],
            2: [("S&N", "ORG"), ("S&N", "ORG"), ("R&D", "ORG"), ("Q&A", "ORG")],
            3: [("& Partners", "ORG"), ("Deirdre, Wyatt & Zach", "ORG")],
            4: [("Tom & Jerry", "PERSON"), ("Tom & Jerry", "PERSON")],
        },
    )
    assert by_text["Tolvane"] == by_text["Tolvane & Marrow"]
    assert found[by_text["Tolvane & Marrow"]].type == "organisation"
    assert found[by_text["S&N"]].type == "organisation"
    names = entity_names(found)
    assert names & {"Tolvane & Marrow", "S&N"} == {"Tolvane & Marrow", "S&N"}
    assert not {"R&D", "Q&A", "& Partners", "Partners", "Tolvane"} & names
    assert not {"Deirdre, Wyatt & Zach", "Tom & Jerry"} & names


def test_a_company_named_like_a_town_or_named_once_is_one_when_its_article_says_so(content):
    """ "the phone maker |Nokia|", "operator |Orange|": companies, though towns bear their
    names; "construction firm |Ferrovial|", named once, a company too. A town's name and a
    one-word name named once that no company's noun goes before stay rejected, and so does
    "film maker" before a name."""
    found, by_text, resolved = resolve_text(
        content,
        [
            "Shares in the phone maker Nokia fell. Nokia said sales slowed.",
            "Profits at mobile operator Orange rose. Orange added customers.",
            "Spain's construction firm Ferrovial bought the airport.",
            "Reading said it would appeal. Reading lost. Tellmark declined to comment.",
            "The film maker Bentley said. Bentley left.",
        ],
        {
            0: [("Nokia", "ORG"), ("Nokia", "ORG")],
            1: [("Orange", "ORG"), ("Orange", "ORG")],
            2: [("Ferrovial", "ORG")],
            3: [("Reading", "ORG"), ("Reading", "ORG"), ("Tellmark", "ORG")],
            4: [("Bentley", "ORG"), ("Bentley", "ORG")],
        },
    )
    for name in ("Nokia", "Orange", "Ferrovial"):
        assert found[by_text[name]].type == "organisation"
    reasons = rejected_reasons(resolved)
    assert {"Reading", "Tellmark", "Bentley"} <= set(reasons)
    assert not {"Reading", "Tellmark", "Bentley"} & entity_names(found)


def test_a_company_by_the_first_half_of_its_hyphenated_name_is_one_actor(content):
    """ "Mercedes-Benz" and "Mercedes" in one article: one company; "Gazprom-Rosneft", which
    joins two companies' names, takes neither."""
    found, by_text, _ = resolve_text(
        content,
        [
            "The car maker Mercedes said Mercedes-Benz profits slid. Mercedes-Benz shares fell.",
            "Gazprom shares rose. Rosneft shares fell. The Gazprom-Rosneft group will grow.",
            "Gazprom-Rosneft will merge. Rosneft said so and Gazprom agreed.",
        ],
        {
            0: [("Mercedes", "ORG"), ("Mercedes-Benz", "ORG"), ("Mercedes-Benz", "ORG")],
            1: [("Gazprom", "ORG"), ("Rosneft", "ORG"), ("Gazprom-Rosneft", "ORG")],
            2: [("Gazprom-Rosneft", "ORG"), ("Rosneft", "ORG"), ("Gazprom", "ORG")],
        },
    )
    assert by_text["Mercedes"] == by_text["Mercedes-Benz"]
    assert found[by_text["Mercedes-Benz"]].type == "organisation"
    assert by_text["Gazprom"] != by_text["Gazprom-Rosneft"]
    assert {"Gazprom", "Rosneft"} <= entity_names(found)


def test_a_one_word_name_an_apposition_calls_a_company_is_one(content):
    """ "|Tarvik|, a California-based company, pleaded guilty", "the |Tarvik| corporation":
    a company, though read as a place; "|Dalby|, a company director" names a person's role."""
    found, by_text, resolved = resolve_text(
        content,
        [
            "The Tarvik corporation was accused of bribery. Tarvik, a California-based "
            "company, pleaded guilty.",
            "Dalby, a company director, resigned. Dalby said nothing.",
        ],
        {
            0: [("Tarvik", "GPE"), ("Tarvik", "GPE")],
            1: [("Dalby", "PERSON"), ("Dalby", "PERSON")],
        },
    )
    assert found[by_text["Tarvik"]].type == "organisation"
    assert "Dalby" in rejected_reasons(resolved)
    assert "Dalby" not in entity_names(found)


def _organisations(found: dict) -> set[str]:  # type: ignore[type-arg]
    return {e.name for e in found.values() if e.type == "organisation"}


def test_a_person_by_a_company_noun_stays_no_company(content):
    """ "|Joyce|, a spokesman for the airline", "|Patel|, a worker at the company": a role at a
    company, not the company; "Mr |Cole|" beside "the carmaker" a person too; "jazz giant
    |Rollins|" and "camera operator |Dunn|" people, not companies as "oil giant |Varkos|" is;
    "a |Chinese| company" says whose the company is."""
    found, by_text, _ = resolve_text(
        content,
        [
            "Qantas cut jobs. Joyce, a spokesman for the airline, said so. Joyce said more.",
            "Patel, a worker at the company, was hurt. Patel said the firm ignored warnings.",
            "Mr Cole said the plant was unsafe. The carmaker Cole denied it. Cole left.",
            "Jazz giant Rollins said he would retire. Rollins played in Houston. Fans cheered.",
            "The camera operator Dunn was hurt. Dunn said the crowd surged. Dunn left.",
            "A Chinese company bought the port. Chinese officials welcomed it.",
            "Oil giant Varkos said output rose. Varkos shares fell.",
        ],
        {
            0: [("Qantas", "ORG"), ("Joyce", "PERSON"), ("Joyce", "PERSON")],
            1: [("Patel", "PERSON"), ("Patel", "PERSON")],
            2: [("Cole", "PERSON"), ("Cole", "PERSON"), ("Cole", "PERSON")],
            3: [("Rollins", "PERSON"), ("Rollins", "PERSON"), ("Houston", "GPE")],
            4: [("Dunn", "PERSON"), ("Dunn", "PERSON"), ("Dunn", "PERSON")],
            5: [("Chinese", "NORP"), ("Chinese", "NORP")],
            6: [("Varkos", "PERSON"), ("Varkos", "PERSON")],
        },
    )
    assert not {"Joyce", "Patel", "Cole", "Rollins", "Dunn", "Chinese"} & _organisations(found)
    assert found[by_text["Varkos"]].type == "organisation"


def test_a_town_or_a_state_by_a_company_noun_or_an_ampersand_stays_no_company(content):
    """ "the bank |Lincoln| branch" names the town the branch is in; "Trinidad & Tobago" is a
    state's name written with "&", no company's, while "Marks & Spencer" is one."""
    found, by_text, _ = resolve_text(
        content,
        [
            "Robbers hit the bank Lincoln branch. Police in Lincoln held two men.",
            "Lincoln is a city in England.",
            "Trinidad & Tobago signed a deal. Trinidad & Tobago will export gas.",
            "Marks & Spencer said profits rose. Marks & Spencer shares fell.",
        ],
        {
            0: [("Lincoln", "ORG"), ("Lincoln", "GPE")],
            1: [("Lincoln", "GPE")],
            2: [("Trinidad & Tobago", "ORG"), ("Trinidad & Tobago", "GPE")],
            3: [("Marks & Spencer", "ORG"), ("Marks & Spencer", "ORG")],
        },
    )
    assert not {"Lincoln", "Trinidad & Tobago"} & _organisations(found)
    assert found[by_text["Marks & Spencer"]].type == "organisation"


def test_a_hyphenated_pair_whose_second_half_is_named_alone_joins_two_companies(content):
    """ "Renault-Nissan" beside "Nissan said", though "Nissan", named once, is no actor: two
    companies' names joined, so "Renault" is not folded into "Renault-Nissan"."""
    _, by_text, _ = resolve_text(
        content,
        [
            "The Renault-Nissan alliance named a chief. Renault said Ghosn would stay.",
            "Renault shares rose. Nissan said the alliance was strong. Renault-Nissan will grow.",
        ],
        {
            0: [("Renault-Nissan", "ORG"), ("Renault", "ORG"), ("Ghosn", "PERSON")],
            1: [("Renault", "ORG"), ("Nissan", "ORG"), ("Renault-Nissan", "ORG")],
        },
    )
    assert by_text["Renault"] != by_text["Renault-Nissan"]


def test_a_one_word_name_named_as_a_companys_part_or_deal_is_a_company(content):
    """ "the |Yelvik| unit", "the |Odvar| cinema chain", "bought by market leader |Drangeo|",
    "sold to |Fordane|", "deals with Chelby and |Celtar|", "|Bertmann|'s purchase of a stake":
    companies, though read as places or people or named once. "the |Malakand| division" (a
    province's), "the |London| unit" (a town's), "bought by the |Barclow| twins" (a family's),
    "a deal with |Iran|" (a state) and a person written with a title stay no company."""
    found, by_text, _ = resolve_text(
        content,
        [
            "Rosvar bought the Yelvik unit. Yelvik had a loan.",
            "The group sold the Odvar cinema chain. A third was bought by market leader Drangeo.",
            "The Rover unit BMW sold to Fordane grew. Umbro lost deals with Chelby and Celtar.",
            "It restated a deal with German music publisher Bertmann's purchase of a stake.",
            "Members from the Malakand division met. Staff at the London unit left.",
            "The paper was bought by the Barclow twins. Iran signed a deal with Iran.",
            "The house was sold to Mr Dorne. Dorne said he was pleased.",
        ],
        {
            0: [("Rosvar", "ORG"), ("Yelvik", "GPE"), ("Yelvik", "GPE")],
            1: [("Odvar", "ORG"), ("Drangeo", "PERSON")],
            2: [
                ("Rover", "ORG"),
                ("BMW", "ORG"),
                ("Fordane", "ORG"),
                ("Umbro", "ORG"),
                ("Chelby", "ORG"),
                ("Celtar", "ORG"),
            ],
            3: [("German", "NORP"), ("Bertmann", "PERSON")],
            4: [("Malakand", "ORG"), ("London", "GPE")],
            5: [("Barclow", "ORG"), ("Iran", "GPE"), ("Iran", "GPE")],
            6: [("Dorne", "PERSON"), ("Dorne", "PERSON")],
        },
    )
    for name in ("Yelvik", "Odvar", "Drangeo", "Fordane", "Celtar", "Bertmann"):
        assert found[by_text[name]].type == "organisation", name
    assert not {"Malakand", "London", "Barclow", "Dorne", "Iran"} & _organisations(found)


def test_a_company_noun_beside_a_mention_the_ner_left_out_makes_a_company(content):
    """ "gas firm Gazvar" where the NER read no name, and "Gazvar, its unit …" read as a
    place: a company all the same; a name no company's noun stands by anywhere stays none."""
    found, by_text, _ = resolve_text(
        content,
        [
            "The bank lent Russian state gas firm Gazvar the money.",
            "Yukos is suing Gazvar, its unit and the shell company. Tellvar was sold.",
        ],
        {0: [("Russian", "NORP")], 1: [("Yukos", "ORG"), ("Gazvar", "GPE"), ("Tellvar", "GPE")]},
    )
    assert found[by_text["Gazvar"]].type == "organisation"
    assert "Tellvar" not in entity_names(found)


def test_an_employer_after_an_analyst_at_or_a_company_after_shares_in_is_no_place(content):
    """ "an analyst at |Finor Investment| in Istanbul", "Shares in |Multor Group| fell": the
    employer and the company held, though after "at" and "in"; "a rally in |Taksim Square|"
    stays a place."""
    found, by_text, _ = resolve_text(
        content,
        [
            '"It is over," said Ali Ozkan, analyst at Finor Investment in Istanbul.',
            "Shares in Multor Group fell 19%. Crowds held a rally in Taksim Square.",
        ],
        {
            0: [("Ali Ozkan", "PERSON"), ("Finor Investment", "ORG"), ("Istanbul", "GPE")],
            1: [("Multor Group", "ORG"), ("Taksim Square", "ORG")],
        },
    )
    assert found[by_text["Finor Investment"]].type == "organisation"
    assert found[by_text["Multor Group"]].type == "organisation"
    assert "Taksim Square" not in entity_names(found)


def test_a_name_the_ner_missed_after_a_company_noun_is_a_company(content):
    """ "Turkish-Austrian consortium |Tavor| was chosen", "gas monopoly |Gazvor|", "an analyst
    at |Gartwell|": names the NER did not read, companies by their noun; "the firm Monday", a
    state ("the firm France"), a town ("the firm London"), "jazz giant |Rollo|" and "the club
    |Marlow|" (no company's noun) are none."""
    found, by_text, _ = resolve_text(
        content,
        [
            "Turkish-Austrian consortium Tavor was chosen to build the airport.",
            "The loan went to gas monopoly Gazvor. Gazvor shares rose.",
            '"It is a good deal," said Stuart Quint, an analyst at Gartwell.',
            "He joined the firm Monday. He left the firm France and the firm London.",
            "He called jazz giant Rollo a friend. He rode with the club Marlow.",
        ],
        {
            0: [("Turkish-Austrian", "NORP")],
            1: [],
            2: [("Stuart Quint", "PERSON")],
            3: [],
            4: [],
        },
    )
    for name in ("Tavor", "Gazvor", "Gartwell"):
        assert found[by_text[name]].type == "organisation", name
    assert not {"Monday", "France", "London", "Rollo", "Marlow"} & _organisations(found)


def test_a_company_noun_before_a_persons_longer_name_makes_no_word_of_it_a_company(content):
    """ "its alleged operator |Dong Hoo Sun|", then "Dong was arrested": the noun is the man's
    role, and "Dong" alone stays a person's name; "Iranian airline |Marvan Air|" read as a
    person's there but as a body's later, then "Marvan has been sanctioned": the airline's
    name, "Marvan" its short form, a company's."""
    paragraphs = (
        "Police named the site's alleged operator Dong Hoo Sun from Korea.",
        "Dong was arrested in March. Germany banned Iranian airline Marvan Air.",
        "Marvan has been sanctioned since 2011. The ban on Marvan Air holds.",
    )
    article = replace(content.articles[0], paragraphs=paragraphs, annotations=())
    annotation = annotation_for(
        article,
        {
            0: [("Dong Hoo Sun", "PERSON", None), ("Korea", "GPE", None)],
            1: [("Dong", "PERSON", None), ("Marvan Air", "PERSON", None)],
            2: [("Marvan", "PERSON", None), ("Marvan Air", "ORG", None)],
        },
    )
    found = {c.text: c for c in collect(article, annotation, set(), set(), set()).candidates}
    assert (found["Dong"].label, found["Dong"].traded) == ("PERSON", False)
    assert (found["Marvan"].label, found["Marvan"].traded) == ("ORG", True)


def test_a_company_noun_before_a_name_of_several_words_makes_it_a_company(content):
    """ "the law firm |Tods Murray|", "car maker |Astley Marten|", read as people's names, and
    each later mention of them: companies (BBC business news); "veteran broadcaster |Davin
    Frost|", "media giant |Rupert Merdock|" and "its alleged operator |Dong Hoo Sun|" stay
    people, the nouns said of people too; a person named by a title elsewhere ("Mr Brayne")
    keeps the name a person's."""
    found, by_text, _ = resolve_text(
        content,
        [
            "He earns pounds 30,000 from the law firm Tods Murray, where he is a partner.",
            "It then emerged Tods Murray has a client which opposes it. Tods Murray declined.",
            "British car maker Astley Marten has gone head-to-head with rivals.",
            "Astley Marten said sales rose. Veteran broadcaster Davin Frost said so.",
            "Davin Frost left. Media giant Rupert Merdock said. Rupert Merdock left.",
            "Police named its alleged operator Dong Hoo Sun. Dong Hoo Sun was held.",
            "The company Colm Brayne founded grew. Mr Brayne said. Colm Brayne left.",
        ],
        {
            0: [("Tods Murray", "PERSON")],
            1: [("Tods Murray", "PERSON"), ("Tods Murray", "PERSON")],
            2: [("Astley Marten", "PERSON")],
            3: [("Astley Marten", "PERSON"), ("Davin Frost", "PERSON")],
            4: [
                ("Davin Frost", "PERSON"),
                ("Rupert Merdock", "PERSON"),
                ("Rupert Merdock", "PERSON"),
            ],
            5: [("Dong Hoo Sun", "PERSON"), ("Dong Hoo Sun", "PERSON")],
            6: [("Colm Brayne", "PERSON"), ("Brayne", "PERSON"), ("Colm Brayne", "PERSON")],
        },
    )
    assert found[by_text["Tods Murray"]].type == "organisation"
    assert found[by_text["Astley Marten"]].type == "organisation"
    for person in ("Davin Frost", "Rupert Merdock", "Dong Hoo Sun", "Colm Brayne"):
        assert found[by_text[person]].type == "person", person


def test_a_town_s_name_with_a_firm_s_or_club_s_officer_after_it_is_the_firm(content):
    """ "A |Delta| spokesperson", "And |Chelsea| boss Jose Mourinho", "|Liverpool|'s
    finances" (BBC tech and sport, actors53): the airline and the clubs, though towns bear
    their names; a town's own officials ("the Leeds council leader") and a town that says
    ("Reading said it would appeal") stay places, and a body's noun a Polish town spells
    ("Police spokesman Mariusz Ciarka", a dev article) no firm."""
    found, by_text, resolved = resolve_text(
        content,
        [
            "A Delta spokesperson confirmed that Ms Simonetti was no longer an employee. "
            "Delta has repeatedly declined to elaborate.",
            "And Chelsea boss Jose Mourinho had claimed so. If Chelsea are interested, they bid.",
            "On the subject of Liverpool's finances, Parry spoke. Liverpool are in talks.",
            "The Leeds council leader said so. Leeds agreed.",
            "Reading said it would appeal. Reading lost.",
            "Police spokesman Mariusz Ciarka spoke. Police said a man was held.",
        ],
        {
            0: [("Delta", "ORG"), ("Simonetti", "PERSON"), ("Delta", "ORG")],
            1: [("Chelsea", "ORG"), ("Jose Mourinho", "PERSON"), ("Chelsea", "ORG")],
            2: [("Liverpool", "ORG"), ("Parry", "PERSON"), ("Liverpool", "ORG")],
            3: [("Leeds", "ORG"), ("Leeds", "ORG")],
            4: [("Reading", "ORG"), ("Reading", "ORG")],
            5: [("Police", "ORG"), ("Mariusz Ciarka", "PERSON"), ("Police", "ORG")],
        },
    )
    for name in ("Delta", "Chelsea", "Liverpool"):
        assert found[by_text[name]].type == "organisation"
    assert {"Leeds", "Reading"} <= set(rejected_reasons(resolved))
    assert not {"Leeds", "Reading", "Police"} & entity_names(found)
