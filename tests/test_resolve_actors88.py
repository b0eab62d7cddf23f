"""actors88: the splits issue 8 left on held-out news. A short name two states share
("Congo") is, in each article, the one of them the article names in full; a broadcaster's
edition ("ABC Australia") joins the long name its acronym spells."""

from __future__ import annotations

from test_resolve_fix77 import resolve_articles

DRC = "Democratic Republic of the Congo"
ROC = "Republic of the Congo"


def test_a_shared_short_name_is_the_state_its_article_names_in_full(content):
    """Two articles, one on each Congo: "eastern Congo" beside "the Democratic Republic of
    Congo" is the DRC there, as "Congo" beside "the Republic of the Congo" is that state in
    the other; ``_short_state`` alone, choosing once for the briefing, gave both the
    Republic's page (ISO's "Congo")."""
    drc = (
        [
            "Fighting in eastern Congo forced 20,000 people to flee, the United Nations said.",
            "Congo's army said it had retaken two villages, the Congolese government said.",
            "Rwanda denied backing the rebels in the Democratic Republic of Congo.",
        ],
        {
            0: [("Congo", "GPE"), ("the United Nations", "ORG")],
            1: [("Congo", "GPE"), ("the Congolese government", "NORP")],
            2: [("Rwanda", "GPE"), ("the Democratic Republic of Congo", "GPE")],
        },
    )
    roc = (
        [
            "The Republic of the Congo held a presidential election on Sunday.",
            "Denis Sassou Nguesso has ruled Congo for 35 years.",
        ],
        {
            0: [("The Republic of the Congo", "GPE")],
            1: [("Denis Sassou Nguesso", "PERSON"), ("Congo", "GPE")],
        },
    )
    found, by_text, resolved, ids = resolve_articles(content, [drc, roc])
    name_of = {key: e.name for key, e in found.items()}
    assert name_of[by_text[ids[0], "Congo"]] == DRC
    assert name_of[by_text[ids[1], "Congo"]] == ROC
    assert name_of[by_text[ids[1], "The Republic of the Congo"]] == ROC
    drc_page = found[by_text[ids[0], "Congo"]]
    assert "Congo" in drc_page.aliases and ROC not in drc_page.aliases
    why = [d.reason for d in resolved.decisions if d.name == "Congo" and d.action == "merged"]
    assert any(f"names in full as '{DRC}'" in reason for reason in why), why


def test_a_shared_short_name_stays_where_its_article_names_both_or_neither(content):
    """An article naming both Congos in full leaves its bare "Congo" to the briefing's one
    choice; so does an article naming neither."""
    both = (
        [
            "The Democratic Republic of the Congo and the Republic of the Congo met on Monday.",
            "Congo said the border would open.",
        ],
        {
            0: [
                ("The Democratic Republic of the Congo", "GPE"),
                ("the Republic of the Congo", "GPE"),
            ],
            1: [("Congo", "GPE")],
        },
    )
    found, by_text, _resolved, ids = resolve_articles(content, [both])
    name_of = {key: e.name for key, e in found.items()}
    assert name_of[by_text[ids[0], "Congo"]] == ROC


def test_a_broadcasters_edition_joins_the_long_name_its_acronym_spells(content):
    """ "The Australian Broadcasting Corporation ... ABC Australia": the long name the acronym
    spells (never defined in brackets) names the home; beside the American network's long
    name, the edition joins the Australian one, not the American."""
    au = (
        [
            "The Australian Broadcasting Corporation said on Monday it would cut 200 jobs.",
            "ABC Australia will also close two regional radio stations.",
            "The ABC has faced budget cuts since 2014.",
        ],
        {
            0: [("The Australian Broadcasting Corporation", "ORG")],
            1: [("ABC Australia", "ORG")],
            2: [("ABC", "ORG")],
        },
    )
    us = (
        ["The American Broadcasting Company aired the debate.", "The network won its slot."],
        {0: [("The American Broadcasting Company", "ORG")]},
    )
    for articles in ([au], [au, us]):
        found, by_text, resolved, ids = resolve_articles(content, articles)
        long = by_text[ids[0], "The Australian Broadcasting Corporation"]
        assert by_text[ids[0], "ABC Australia"] == long, sorted(e.name for e in found.values())
        (why,) = [d.reason for d in resolved.decisions if d.name == "ABC Australia"]
        assert "'Australian Broadcasting Corporation'" in why


def test_a_persons_nickname_the_text_gives_joins_the_person(content):
    """ "Joko Widodo, known as Jokowi" (the NER reads the nickname as a body's): one person,
    the nickname an alias; "formerly" after a person gives no nickname ("Tony Blair, formerly
    the Labour Party's leader" names an office, and the party stays its own)."""
    texts = [
        "Indonesian President Joko Widodo, known as Jokowi, won a second term.",
        "Jokowi took 55 per cent of the vote.",
        "Tony Blair, formerly the Labour Party's leader, spoke in London.",
        "The Labour Party said it would campaign.",
    ]
    ner = {
        0: [("Indonesian", "NORP"), ("Joko Widodo", "PERSON"), ("Jokowi", "ORG")],
        1: [("Jokowi", "ORG")],
        2: [("Tony Blair", "PERSON"), ("the Labour Party's", "ORG"), ("London", "GPE")],
        3: [("The Labour Party", "ORG")],
    }
    found, by_text, resolved, ids = resolve_articles(content, [(texts, ner)])
    joko = by_text[ids[0], "Joko Widodo"]
    assert by_text[ids[0], "Jokowi"] == joko
    assert found[joko].type == "person" and "Jokowi" in found[joko].aliases
    assert by_text[ids[0], "The Labour Party"] != by_text[ids[0], "Tony Blair"]
    (why,) = [d.reason for d in resolved.decisions if d.name == "Jokowi"]
    assert why == "another name of 'Joko Widodo' in the text"


def _assad(third: str) -> tuple[list[str], dict]:
    texts = [
        "Syrian President Bashar al-Assad said on Sunday his forces would retake Idlib.",
        "Assad, who succeeded his father Hafez al-Assad in 2000, spoke to state television.",
        third,
    ]
    ner = {
        0: [("Syrian", "NORP"), ("Bashar al-Assad", "PERSON"), ("Idlib", "GPE")],
        1: [("Assad", "PERSON"), ("Hafez al-Assad", "PERSON")],
        2: [("Assad", "PERSON")] + ([("Hafez al-Assad", "PERSON")] if "Hafez" in third else []),
    }
    return texts, ner


def test_a_family_name_alone_is_the_one_bearer_not_told_as_anothers_kin(content):
    """ "Bashar al-Assad … Assad, who succeeded his father Hafez al-Assad … Assad said": the
    father is named only as kin, the son first: the lone family name is the son's (it was
    ambiguous, its mentions lost)."""
    texts, ner = _assad("Assad said Turkey was supporting terrorists.")
    _found, by_text, resolved, ids = resolve_articles(content, [(texts, ner)])
    bashar = by_text[ids[0], "Bashar al-Assad"]
    assert by_text[ids[0], "Assad"] == bashar
    assert by_text[ids[0], "Hafez al-Assad"] != bashar
    assert not [d for d in resolved.decisions if d.name == "Assad" and d.action == "ambiguous"]


def test_a_family_name_alone_stays_ambiguous_where_the_kin_is_named_in_its_own_right(content):
    """The father named in full once more, not as kin ("Hafez al-Assad ruled for 30 years"):
    the article tells of both, and the lone name says neither."""
    texts, ner = _assad("Assad said Hafez al-Assad ruled for 30 years.")
    _found, by_text, _resolved, ids = resolve_articles(content, [(texts, ner)])
    assert (ids[0], "Assad") not in by_text


def test_a_leaders_government_named_for_a_town_no_sentence_names_alone_is_the_state(content):
    """ "The Howard Government" where no sentence reads "Howard" as a person and none names
    the town: a leader's government, folded into the state its article names most (actors81
    left it an organisation's page beside Australia's, a split). "The Hamas government"
    beside "Hamas" alone stays Hamas's, and a region's government ("the Punjab government")
    its region's."""
    texts = [
        "The Howard Government sent troops to Iraq in 2003.",
        "Australia was one of three countries to join the invasion.",
        "Critics said the Howard Government had misled the public.",
        "Australia withdrew its combat troops in 2008.",
    ]
    ner = {
        0: [("The Howard Government", "ORG"), ("Iraq", "GPE")],
        1: [("Australia", "GPE")],
        2: [("the Howard Government", "ORG")],
        3: [("Australia", "GPE")],
    }
    hamas = (
        [
            "The Hamas government in Gaza said it would open the crossing.",
            "Israel said it would hold Hamas responsible.",
            "The Hamas government said the crossing would stay open.",
        ],
        {
            0: [("The Hamas government", "ORG"), ("Gaza", "GPE")],
            1: [("Israel", "GPE"), ("Hamas", "ORG")],
            2: [("The Hamas government", "ORG")],
        },
    )
    found, by_text, _resolved, ids = resolve_articles(content, [(texts, ner), hamas])
    australia = by_text[ids[0], "Australia"]
    assert by_text[ids[0], "The Howard Government"] == australia
    assert not any("Howard" in e.name for e in found.values())
    assert by_text.get((ids[1], "The Hamas government")) != by_text[ids[1], "Israel"]


def test_two_states_bodies_never_merge_whatever_the_rule():
    """ "Sudanese Army" inside "South Sudanese Army" in one article (the containment rule
    joined them), "Afghan National Army" and "US Army": two states open the names, two
    states' bodies; a body and its state spelt another way still merge."""
    from generator.resolve.merge import Found, merges, opening_state

    def found(name: str) -> Found:
        return Found(name, "organisation", 2, frozenset({"a"}), frozenset())

    pairs = [
        ("Sudanese Army", "South Sudanese Army"),
        ("Mexican State University", "New Mexico State University"),
    ]
    for short, long in pairs:
        assert merges([found(short), found(long)], {}) == [], (short, long)
    assert opening_state("Afghan National Army") == "Afghanistan"
    assert opening_state("U.S. Army") == opening_state("US Army") == "United States"
    assert opening_state("South Sudanese Army") == "South Sudan"
    same = merges(
        [found("Kenya National Commission"), found("Kenyan National Commission on Human Rights")],
        {},
    )
    assert [(m.name, m.into) for m in same] == [
        ("Kenya National Commission", "Kenyan National Commission on Human Rights")
    ]


def test_a_leaders_government_is_the_state_the_text_says_he_heads(content):
    """A real pool's shape (a letter to a New South Wales paper, beside a Wikinews article):
    "Australian prime minister John Howard" in one article, "the Howard Government" in an
    article naming Iraq three times and Australia never: the state he heads, not the state
    its article names most (it went to Iraq's page)."""
    wikinews = (
        [
            "Australian prime minister John Howard has committed 450 more troops to Iraq.",
            "Mr Howard said the decision served democracy.",
        ],
        {
            0: [("Australian", "NORP"), ("John Howard", "PERSON"), ("Iraq", "GPE")],
            1: [("Howard", "PERSON")],
        },
    )
    letter = (
        [
            "Intelligence reports were adjusted to justify the invasion of Iraq.",
            "Saddam Hussein was eliminated, and Iraq is in chaos.",
            "A re-election of the Howard Government would endorse the policy on Iraq.",
        ],
        {
            0: [("Iraq", "GPE")],
            1: [("Saddam Hussein", "PERSON"), ("Iraq", "GPE")],
            2: [("the Howard Government", "ORG"), ("Iraq", "GPE")],
        },
    )
    found, by_text, resolved, ids = resolve_articles(content, [wikinews, letter])
    state = found[by_text[ids[1], "the Howard Government"]]
    assert state.name == "Australia", state.name
    assert by_text[ids[1], "Iraq"] != state.key
    (why,) = {d.reason for d in resolved.decisions if d.name == "Howard Government"}
    assert why == "a leader's government: the state Howard heads"
