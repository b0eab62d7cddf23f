"""actors95 (issue 8): junk actor pages of cabinet lists, company chiefs, power plants and
aircraft deals — a company glued before its chief's name ("|Petrobras José Eduardo Dutra|"), a
portfolio heading a cabinet list's line ("|ICT| – Kazembe Kazembe") or listed as a portfolio
("the portfolios of |Institutional Relations|, …"), a one-word portfolio before a minister's
title ("the new |Education| Minister"), an aircraft type written before its maker ("the |Gripen
NG| made by Sweden's Saab") or after its model code ("the A-29 |Super Tucano|"), a power plant
named with its capacity ("|Machadinho| (1,140 MW)", "the 3.3 GW |Jirau| plant") (pool:
benchmarks/pools/actors95)."""

from __future__ import annotations

from test_resolve_actors86 import _pages, _rejected


def test_a_company_glued_before_its_chiefs_name_is_cut_off_and_kept(content):
    texts = [
        "Lula replaced the heads of state companies: Petrobras José Eduardo Dutra will leave.",
        "Petrobras said its output rose, and José Eduardo Dutra thanked the workers.",
    ]
    ner = {
        0: [("Lula", "PERSON"), ("Petrobras José Eduardo Dutra", "PERSON")],
        1: [("Petrobras", "ORG"), ("José Eduardo Dutra", "PERSON")],
    }
    pages, _resolved = _pages(content, texts, ner)
    assert "Petrobras José Eduardo Dutra" not in pages
    assert pages.get("José Eduardo Dutra") == "person"
    assert pages.get("Petrobras") == "organisation"


def test_a_given_name_read_once_as_an_organisation_is_not_cut(content):
    """'Kim' begins two people's names: a given name, however the NER read it alone."""
    texts = [
        "Kim Jong Un met Kim Yo Jong in Pyongyang, and Kim said little.",
        "Kim Jong Un spoke again.",
    ]
    ner = {
        0: [("Kim Jong Un", "PERSON"), ("Kim Yo Jong", "PERSON"), ("Kim", "ORG")],
        1: [("Kim Jong Un", "PERSON")],
    }
    pages, _resolved = _pages(content, texts, ner)
    assert pages.get("Kim Jong Un") == "person"


def test_portfolios_heading_a_cabinet_lists_lines_are_no_actors(content):
    texts = [
        "President Emmerson Mnangagwa announced the new cabinet. The Ministers are as follows:",
        "Local Government – July Moyo",
        "ICT – Kazembe Kazembe",
        "Public Works: Ghazi Aridi",
        "Emmerson Mnangagwa said the team was right.",
    ]
    ner = {
        0: [("Emmerson Mnangagwa", "PERSON")],
        1: [("Local Government", "ORG"), ("July Moyo", "PERSON")],
        2: [("ICT", "ORG"), ("Kazembe Kazembe", "PERSON")],
        3: [("Public Works", "ORG"), ("Ghazi Aridi", "PERSON")],
        4: [("Emmerson Mnangagwa", "PERSON")],
    }
    pages, resolved = _pages(content, texts, ner)
    for portfolio in ("Local Government", "ICT", "Public Works"):
        assert portfolio not in pages
    for portfolio in ("ICT", "Public Works"):
        assert "TH-PORTFOLIO-LIST" in _rejected(resolved, portfolio)
    assert pages.get("Kazembe Kazembe") == "person"


def test_a_ministry_heading_a_list_line_stays_a_body(content):
    texts = [
        "The new cabinet is as follows:",
        "Ministry of Finance – Mthuli Ncube",
        "The Ministry of Finance said the budget was ready.",
    ]
    ner = {
        1: [("Ministry of Finance", "ORG"), ("Mthuli Ncube", "PERSON")],
        2: [("The Ministry of Finance", "ORG")],
    }
    pages, _resolved = _pages(content, texts, ner)
    assert pages.get("Ministry of Finance") == "organisation"


def test_portfolios_listed_or_given_in_charge_are_no_actors(content):
    texts = [
        "He announced the future holders of the portfolios of Institutional Relations, General"
        " Secretariat, General Counsel, Comptroller, Health, Industry and Commerce, Education,"
        " Management, Ports and Airports, Science and Technology, and Culture.",
        "Anurag Singh Thakur has been given charge of Information and Broadcasting.",
        "Dharmendra Pradhan will be the new Education Minister, Anurag Singh Thakur said.",
    ]
    ner = {
        0: [
            ("Institutional Relations", "ORG"),
            ("General Counsel", "ORG"),
            ("Science and Technology", "ORG"),
        ],
        1: [("Anurag Singh Thakur", "PERSON"), ("Information and Broadcasting", "ORG")],
        2: [
            ("Dharmendra Pradhan", "PERSON"),
            ("Education", "ORG"),
            ("Anurag Singh Thakur", "PERSON"),
        ],
    }
    pages, _resolved = _pages(content, texts, ner)
    for portfolio in (
        "Institutional Relations",
        "General Counsel",
        "Science and Technology",
        "Information and Broadcasting",
        "Education",
    ):
        assert portfolio not in pages
    assert pages.get("Dharmendra Pradhan") == "person"


def test_an_aircraft_type_before_its_maker_or_after_its_model_code_is_no_actor(content):
    texts = [
        "The contenders are the Gripen NG made by Sweden's Saab and the F-18 made by Boeing.",
        "Brazil chose the Swedish Gripen NG, Saab said.",
        "The A-29 Super Tucano with its proven track record is what's needed, Embraer said.",
        "The propeller-driven Super Tucano comes in single and two-seated versions.",
    ]
    ner = {
        0: [("Gripen NG", "ORG"), ("Sweden", "GPE"), ("Saab", "ORG"), ("Boeing", "ORG")],
        1: [("Brazil", "GPE"), ("Gripen NG", "ORG"), ("Saab", "ORG")],
        2: [("The A-29 Super Tucano", "ORG"), ("Embraer", "ORG")],
        3: [("Super Tucano", "ORG")],
    }
    pages, resolved = _pages(content, texts, ner)
    assert "Gripen NG" not in pages
    assert "Super Tucano" not in pages
    assert "made by" in _rejected(resolved, "Gripen NG")
    assert pages.get("Saab") == "organisation"


def test_a_power_plant_named_with_its_capacity_is_no_actor(content):
    texts = [
        "Alcoa has shares in two hydroelectric power stations: Machadinho and Barra Grande.",
        "Machadinho (1,140 MW) has been running since 2002, and Barra Grande (708 MW) began"
        " operating in 2005.",
        "Suez will construct and operate the 3.3 GW Jirau plant. Jirau will be a run-of-river"
        " plant, Suez said.",
    ]
    ner = {
        0: [("Alcoa", "ORG"), ("Machadinho", "ORG"), ("Barra Grande", "PERSON")],
        1: [("Machadinho", "ORG"), ("Barra Grande", "PERSON")],
        2: [("Suez", "ORG"), ("Jirau", "ORG"), ("Jirau", "ORG"), ("Suez", "ORG")],
    }
    pages, resolved = _pages(content, texts, ner)
    for plant in ("Machadinho", "Barra Grande", "Jirau"):
        assert plant not in pages
    assert "capacity" in _rejected(resolved, "Barra Grande")


def test_a_weekday_before_an_unlabelled_speakers_surname_is_no_given_name():
    """'Earlier |Friday Bolsonaro| had announced': the name is "Bolsonaro" alone, which the
    article's Jair Bolsonaro has (a speaker the NER left unlabelled, read back from the
    parse's head)."""
    from generator.extract.statements.found import _unlabelled_name
    from generator.model import Role, Sentence

    text = 'Earlier Friday Bolsonaro had announced that there would be "changes" at Petrobras.'
    at = text.index("Bolsonaro")
    sentence = Sentence(0, 0, len(text), text, ())
    assert _unlabelled_name(text, Role(at, at + 9, "Bolsonaro"), sentence) is None
    named = "On Friday, Jair Bolsonaro had announced it."
    at = named.index("Bolsonaro")
    span = _unlabelled_name(named, Role(at, at + 9, "Bolsonaro"), Sentence(0, 0, 40, named, ()))
    assert span is not None and span.text == "Jair Bolsonaro"


def test_a_weekday_before_a_known_speakers_surname_names_no_other_bearer():
    """The same sentence where the NER labelled "Bolsonaro" and resolve gave it to Jair
    Bolsonaro: "Friday" is no given name of another Bolsonaro."""
    from generator.extract.statements.found import _other_bearer
    from generator.model import Mention, QuoteFrame, Role

    text = 'Earlier Friday Bolsonaro had announced that there would be "changes" at Petrobras.'
    at = text.index("Bolsonaro")
    quoted = text.index("changes")
    frame = QuoteFrame(
        4, Role(quoted, quoted + 7, "changes"), Role(0, at + 9, text[: at + 9]),
        Role(at, at + 9, "Bolsonaro"), "announced", "name",
    )  # fmt: skip
    here = [Mention("actors/jair-bolsonaro", "a", 4, 0, at, at + 9, "Bolsonaro", "surname")]
    names = {"actors/jair-bolsonaro": "Jair Bolsonaro"}
    assert _other_bearer(frame, here, names, text) is None
    other = text.replace("Earlier Friday", "Earlier Carlos")
    assert _other_bearer(frame, here, names, other) is not None


def test_more_portfolios_plants_and_units_are_no_actors(content):
    """A portfolio of a local-government tier after "Minister of", the first of a list of
    portfolios before "minister", a plant named as one, a unit of power."""
    texts = [
        "Minister of Housing and Local Government: Zuraida Kamaruddin",
        "Public Works and Transport minister: Ghazi Aridi",
        "The new power is coming from the Estreito Hydroelectric Power plant, Alcoa said.",
        "Machadinho delivers 1,140 MW to the grid, Alcoa said.",
    ]
    ner = {
        0: [("Housing and Local Government", "ORG"), ("Zuraida Kamaruddin", "PERSON")],
        1: [("Public Works", "ORG"), ("Ghazi Aridi", "PERSON")],
        2: [("the Estreito Hydroelectric Power", "ORG"), ("Alcoa", "ORG")],
        3: [("MW", "ORG"), ("Alcoa", "ORG")],
    }
    pages, _resolved = _pages(content, texts, ner)
    for junk in ("Housing and Local Government", "Public Works", "Estreito Hydroelectric Power"):
        assert junk not in pages
    assert "MW" not in pages
    assert pages.get("Alcoa") == "organisation"


def test_a_field_of_study_is_no_actor(content):
    texts = [
        "He studied International Politics at Fudan University before joining the ministry.",
        "She is a professor of International Relations at Fudan University.",
        "Fudan University said he graduated in 2001.",
    ]
    ner = {
        0: [("International Politics", "ORG"), ("Fudan University", "ORG")],
        1: [("International Relations", "ORG"), ("Fudan University", "ORG")],
        2: [("Fudan University", "ORG")],
    }
    pages, resolved = _pages(content, texts, ner)
    assert "International Politics" not in pages
    assert "International Relations" not in pages
    assert "TH-FIELD" in _rejected(resolved, "International Politics")
    assert pages.get("Fudan University") == "organisation"


def test_a_body_after_chair_of_or_professor_of_the_stays(content):
    texts = [
        "Jerome Powell, chair of the Federal Reserve, spoke on Monday.",
        "Jean Dupont, a professor of the Sorbonne University, agreed.",
    ]
    ner = {
        0: [("Jerome Powell", "PERSON"), ("the Federal Reserve", "ORG")],
        1: [("Jean Dupont", "PERSON"), ("the Sorbonne University", "ORG")],
    }
    pages, _resolved = _pages(content, texts, ner)
    assert pages.get("Federal Reserve") == "organisation"
    assert pages.get("Sorbonne University") == "organisation"


def test_a_person_before_another_ministers_title_is_no_portfolio(content):
    texts = [
        "Polish Prime Minister Beata Szydło and Defence Minister Antoni Macierewicz came.",
        "Bangladeshi Road Transport and Bridges Minister Obaidul Quader said so.",
    ]
    ner = {
        0: [("Polish", "NORP"), ("Beata Szydło", "PERSON"), ("Antoni Macierewicz", "PERSON")],
        1: [("Bangladeshi Road Transport", "ORG"), ("Obaidul Quader", "PERSON")],
    }
    pages, _resolved = _pages(content, texts, ner)
    assert pages.get("Beata Szydło") == "person"
    assert "Bangladeshi Road Transport" not in pages
