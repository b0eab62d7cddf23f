"""actors81: the split shapes issue 8 had left on real news. A slip of the pen within one
article ("Amuary Sport Organisation" beside "Amaury Sport Organisation"), a body's name in its
own tongue that spells the acronym the text gives its English name ("Escola Latino Americana
de Medicina", "ELAM", "the Latin American School of Medicine"), and a broadcaster's acronym
with its home state ("ABC Australia" beside "Australian broadcaster ABC") are one actor each;
the look-alikes that are two names stay apart."""

from __future__ import annotations

from test_resolve_fix77 import resolve_articles

from generator.resolve.merge import Found, _slips, merges


def _found(name, type_, articles, count=2, firsts=()):
    return Found(name, type_, count, frozenset(articles), frozenset(), tuple(firsts))


def _pairs(found):
    return [(m.name, m.into) for m in merges(found, {})]


def test_a_slip_of_the_pen_joins_the_name_its_article_writes_right():
    """Two neighbouring letters swapped in one word, in a name the NER typed a person: the
    rarer spelling of the one article joins the other, whatever its type."""
    right = _found("Amaury Sport Organisation", "organisation", {"a"}, count=2)
    slip = _found("Amuary Sport Organisation", "person", {"a"}, count=1)
    (merge,) = merges([right, slip], {})
    assert (merge.name, merge.into) == ("Amuary Sport Organisation", "Amaury Sport Organisation")
    assert merge.reason == "a slip of the pen for 'Amaury Sport Organisation'"
    # one inner letter dropped, in a person's name of two words
    assert _pairs(
        [
            _found("Christian Prudhomme", "person", {"a"}, 3),
            _found("Christian Prudhome", "person", {"a"}, 1),
        ]
    ) == [("Christian Prudhome", "Christian Prudhomme")]
    # a one-word name: a swap only, of one type
    assert _pairs([_found("Guaido", "person", {"a"}, 3), _found("Guiado", "person", {"a"}, 1)]) == [
        ("Guiado", "Guaido")
    ]


def test_names_a_letter_apart_that_are_two_names_stay_apart():
    """A changed letter ('Bashar', 'Bashir': the romanisation rules' to judge, not this
    one's), a final letter dropped ('Andre', 'Andrea'), short words, two articles, a state, a
    curated name, a one-word name of two types."""
    cases = [
        ("Bashar Hamdan", "Bashir Hamdan", "person", "person"),
        ("Andrea Lewis", "Andre Lewis", "person", "person"),
        ("Dana Smith", "Dan Smith", "person", "person"),
        ("Maria Lopez", "Mara Lopez", "person", "person"),
        ("Marian", "Marin", "person", "person"),
        ("Guaido", "Guiado", "person", "organisation"),
    ]
    for one, other, t1, t2 in cases:
        assert _slips([_found(one, t1, {"a"}, 3), _found(other, t2, {"a"}, 1)]) == [], one
    # in two articles, each writes its own name
    assert (
        _pairs([_found("Guaido", "person", {"a"}, 3), _found("Guiado", "person", {"b"}, 1)]) == []
    )
    # never a state
    assert (
        _pairs([_found("Nigeria", "state", {"a"}, 3), _found("Niegria", "state", {"a"}, 1)]) == []
    )
    # never out of a curated name
    found = [
        _found("Amaury Sport", "organisation", {"a"}, 3),
        _found("Amuary Sport", "organisation", {"a"}, 1),
    ]
    assert merges(found, {}, curated=["Amuary Sport"]) == []


def test_the_more_written_spelling_keeps_the_page_and_a_tie_goes_to_the_first_written():
    """The right spelling is the one written in more articles, then more often, then first
    (``_slips`` alone: the spelling rules may join such a pair first, the other way)."""
    first = _found("Kristin Olsen", "person", {"a"}, 1, firsts=[("a", 0)])
    later = _found("Kirstin Olsen", "person", {"a"}, 1, firsts=[("a", 5)])
    assert [s[:2] for s in _slips([first, later])] == [("Kirstin Olsen", "Kristin Olsen")]
    wider = _found("Kirstin Olsen", "person", {"a", "b"}, 1, firsts=[("a", 5), ("b", 0)])
    assert [s[:2] for s in _slips([first, wider])] == [("Kristin Olsen", "Kirstin Olsen")]


ELAM = [
    "Cuba's Escola Latino Americana de Medicina has trained thousands of doctors.",
    "The Latin American School of Medicine, known as ELAM, was founded in 1999.",
    "ELAM graduates work in more than 100 countries, the Latin American School of Medicine says.",
]
ELAM_NER = {
    0: [("Cuba", "GPE"), ("Escola Latino Americana de Medicina", "PERSON")],
    1: [("The Latin American School of Medicine", "ORG"), ("ELAM", "ORG")],
    2: [("ELAM", "ORG"), ("the Latin American School of Medicine", "ORG")],
}


def test_a_name_in_its_own_tongue_that_spells_the_acronym_joins_the_english_name(content):
    """The acronym is the English name's by the text; the foreign name spells it: one body,
    its page the English name's, and the review says why."""
    found, by_text, resolved, ids = resolve_articles(content, [(ELAM, ELAM_NER)])
    school = by_text[ids[0], "The Latin American School of Medicine"]
    assert found[school].name == "Latin American School of Medicine"
    assert by_text[ids[0], "ELAM"] == school
    assert by_text[ids[0], "Escola Latino Americana de Medicina"] == school
    (why,) = [
        d.reason for d in resolved.decisions if d.name == "Escola Latino Americana de Medicina"
    ]
    assert why == "spells 'ELAM', which the text gives for 'Latin American School of Medicine'"


def test_two_long_names_that_both_spell_the_acronym_stay_apart(content):
    """An English name that spells the acronym itself: the other long name is no translation
    of it but another body sharing the letters."""
    texts = [
        "The National Rifle Association, known as NRA, held its meeting.",
        "The NRA said the Nigerian Rugby Association would also attend.",
        "The National Rifle Association and NRA officials spoke.",
    ]
    ner = {
        0: [("The National Rifle Association", "ORG"), ("NRA", "ORG")],
        1: [("NRA", "ORG"), ("the Nigerian Rugby Association", "ORG")],
        2: [("The National Rifle Association", "ORG"), ("NRA", "ORG")],
    }
    _pages, by_text, _resolved, ids = resolve_articles(content, [(texts, ner)])
    assert by_text[ids[0], "the Nigerian Rugby Association"] != by_text[ids[0], "NRA"]


ABC = [
    "Australian broadcaster ABC said on Tuesday police had raided its Sydney office.",
    "ABC Australia's managing director David Anderson called the raid an attack on the press.",
    "The ABC said officers were looking for documents.",
]
ABC_NER = {
    0: [("Australian", "NORP"), ("ABC", "ORG"), ("Sydney", "GPE")],
    1: [("ABC Australia's", "ORG"), ("David Anderson", "PERSON")],
    2: [("ABC", "ORG")],
}


def test_a_broadcasters_acronym_with_its_home_state_is_the_broadcaster(content):
    """ "ABC Australia" where the text calls ABC Australia's broadcaster: one outlet."""
    found, by_text, resolved, ids = resolve_articles(content, [(ABC, ABC_NER)])
    abc = by_text[ids[0], "ABC"]
    assert by_text[ids[0], "ABC Australia's"] == abc
    assert not any(e.name == "ABC Australia" for e in found.values())
    (why,) = [d.reason for d in resolved.decisions if d.name == "ABC Australia"]
    assert "Australia's broadcaster" in why


def test_a_bodys_section_or_another_states_edition_stays_its_own(content):
    """ "UNICEF Australia" (a national committee) and "ABC Canada" where ABC is Australia's
    broadcaster: no home the text gives, no join."""
    texts = [
        "UNICEF Australia said children in detention needed help.",
        "UNICEF said the number of children held had risen.",
        "Australian broadcaster ABC and ABC Canada both reported it.",
        "ABC Canada said UNICEF Australia had asked for help.",
    ]
    ner = {
        0: [("UNICEF Australia", "ORG")],
        1: [("UNICEF", "ORG")],
        2: [("Australian", "NORP"), ("ABC", "ORG"), ("ABC Canada", "ORG")],
        3: [("ABC Canada", "ORG"), ("UNICEF Australia", "ORG")],
    }
    _pages, by_text, _resolved, ids = resolve_articles(content, [(texts, ner)])
    assert by_text[ids[0], "UNICEF Australia"] != by_text[ids[0], "UNICEF"]
    assert by_text[ids[0], "ABC Canada"] != by_text[ids[0], "ABC"]


def test_a_name_with_a_preposition_no_person_has_is_a_body_and_its_acronym_joins_it(content):
    """actors42's real MSF article: the NER reads "Médecins Sans Frontières" as a person,
    which kept "MSF" (its initials) apart; "sans" is in no person's name."""
    texts = [
        "Médecins Sans Frontières are treating the wounded in tents in Rann.",
        "MSF have called for a transparent account of the bombing.",
        "His remarks were released by MSF on Friday.",
    ]
    ner = {
        0: [("Médecins Sans Frontières", "PERSON"), ("Rann", "GPE")],
        1: [("MSF", "ORG")],
        2: [("MSF", "ORG")],
    }
    found, by_text, _resolved, ids = resolve_articles(content, [(texts, ner)])
    body = by_text[ids[0], "Médecins Sans Frontières"]
    assert found[body].type == "organisation"
    assert by_text[ids[0], "MSF"] == body


def test_a_leaders_government_named_for_a_town_is_the_leaders_where_he_is_read_alone(content):
    """actors62's real Colin Powell article: "Bush" is a town's name too, and no "X Bush" is
    named in full, but "President Bush" is read as a person: "Bush Administration" is a
    leader's government (the state's), no organisation of its own."""
    texts = [
        "Colin Powell often had disputes with Bush Administration officials.",
        "On Tuesday, President Bush announced the nomination of Condoleezza Rice.",
        "Bush said Rice would serve well.",
    ]
    ner = {
        0: [("Colin Powell", "PERSON"), ("Bush Administration", "ORG")],
        1: [("Bush", "PERSON"), ("Condoleezza Rice", "PERSON")],
        2: [("Bush", "PERSON"), ("Rice", "PERSON")],
    }
    found, _by_text, resolved, _ids = resolve_articles(content, [(texts, ner)])
    assert not any(e.name == "Bush Administration" for e in found.values())
    (why,) = [d.reason for d in resolved.decisions if d.name == "Bush Administration"]
    assert why.startswith("a leader's government")


def test_an_honorific_and_surname_read_as_a_body_is_the_person_read_once_alone(content):
    """ "Mr Labbe said ... Mr Labbe told reporters": the NER reads the first "Labbe" as a
    person and the second "Mr Labbe" as an organisation; the full name is in another
    article. The surname after an honorific, read as a person once, is a person's: no page
    "Mr Labbe" beside Jean-Paul Labbe's."""
    first = (
        ["Judge Jean-Paul Labbe opened the inquiry on Monday.", "Labbe said it would take a year."],
        {0: [("Jean-Paul Labbe", "PERSON")], 1: [("Labbe", "PERSON")]},
    )
    second = (
        [
            "Mr Labbe said the police had cooperated with the inquiry.",
            "The report will be published next month, Mr Labbe told reporters.",
        ],
        {0: [("Labbe", "PERSON")], 1: [("Mr Labbe", "ORG")]},
    )
    found, by_text, _resolved, ids = resolve_articles(content, [first, second])
    person = by_text[ids[0], "Jean-Paul Labbe"]
    assert by_text[ids[1], "Mr Labbe"] == person
    assert not any(e.name == "Mr Labbe" for e in found.values())


def test_an_honorific_that_opens_a_firms_name_stays_the_firm(content):
    """ "Dr Pepper" read as an organisation, no "Pepper" read as a person: the drink's firm."""
    texts = [
        "Dr Pepper said sales rose in March.",
        "Analysts said Dr Pepper would raise prices.",
    ]
    ner = {0: [("Dr Pepper", "ORG")], 1: [("Dr Pepper", "ORG")]}
    found, by_text, _resolved, ids = resolve_articles(content, [(texts, ner)])
    assert found[by_text[ids[0], "Dr Pepper"]].type == "organisation"
