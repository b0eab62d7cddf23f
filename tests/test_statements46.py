"""Statements (statements46): the owner of an account a copula sets equal to the quotation
speaks ("his picture of Iranian nuclear ambitions is "…"": his, not Iran's; blind41), and so
does a participle opening that sentence; a relative clause's date is its clause's, before the
quotation as after it, unless the clause tells of the saying ("Smith, who spoke on Monday")."""

from __future__ import annotations

from test_extract_statements42 import _spoken
from test_statements_lead44 import _dated

PEOPLE = {"Mohammed bin Zayed": "mbz", "Iran": "iran", "Kuwait": "kuwait"}
STATES = {"iran", "kuwait"}


def test_the_owner_of_a_picture_speaks_not_what_it_is_of(nlp):
    text = [
        "The Crown Prince Mohammed bin Zayed asserted Iran saw itself as leading a campaign. "
        'Alleging Iran has established "emirates" in Kuwait, his picture of Iranian nuclear '
        'ambitions is "Al-Qaeda is not going to get a nuclear bomb; Iran is a matter of time."'
    ]
    assert _spoken(nlp, text, PEOPLE, bodies=STATES) == [
        ("mbz", "emirates"),
        ("mbz", "Al-Qaeda is "),
    ]


def test_a_view_owned_by_a_name_is_that_names(nlp):
    text = [
        "Mohammed bin Zayed spoke at length. "
        'Iran\'s picture of the Gulf is "a region that must bow to Tehran in the end."'
    ]
    assert _spoken(nlp, text, PEOPLE, bodies=STATES) == [("iran", "a region tha")]


def test_a_picture_with_no_owner_is_no_ones_account(nlp):
    text = [
        "Mohammed bin Zayed spoke at length. "
        'The picture is "a region that must bow to Tehran in the end."'
    ]
    assert ("iran", "a region tha") not in _spoken(nlp, text, PEOPLE, bodies=STATES)


MUGABE = {"Robert Mugabe": "mugabe", "John Smith": "smith"}


def test_a_relative_clause_before_the_quotation_dates_its_noun(nlp):
    for text in (
        'Robert Mugabe, whose rule began in 1980, said the opposition were "traitors and '
        'puppets of the West."',
        'Robert Mugabe, who ruled Zimbabwe from 1980 to 2017, told reporters "the opposition '
        'are traitors and puppets."',
    ):
        assert [d for _, d in _dated(nlp, text, MUGABE)] == [None], text


def test_the_sayings_own_date_outside_the_clause_still_dates_it(nlp):
    text = (
        "Robert Mugabe, who has ruled Zimbabwe since 1980, on Friday said the opposition were "
        '"traitors and puppets of the West."'
    )
    assert [d for _, d in _dated(nlp, text, MUGABE)] == ["on Friday"]


def test_a_clause_that_tells_of_the_saying_dates_it(nlp):
    text = 'John Smith, who spoke on Monday, said "we will not give up the fight for this."'
    assert [d for _, d in _dated(nlp, text, MUGABE)] == ["on Monday"]


def test_a_clause_about_the_sayings_occasion_dates_it(nlp):
    """blind41: "In an audio message which aired today on Al-Arabiya, Mubarak said"."""
    text = (
        "In an audio message which aired on Sunday on Al-Arabiya, Robert Mugabe said he would "
        'not "stay silent regarding the incitement campaign against me."'
    )
    assert [d for _, d in _dated(nlp, text, MUGABE)] == ["on Sunday"]


def test_a_role_played_is_no_ones_pronoun(nlp):
    """The pool's Comicon row: "she recalls" after "the character of Anya Jenkins" is the
    actress named before, not the character."""
    text = [
        "Emma Caufield talked of being cast in an NBC television pilot. Faced with losing the "
        "character of Anya Jenkins, the producers finally committed to making her a regular. "
        '"It was a good day," she recalls.'
    ]
    people = {"Emma Caufield": "caufield", "Anya Jenkins": "jenkins"}
    assert _spoken(nlp, text, people) == [("caufield", "It was a goo")]


def test_a_belief_someone_reports_is_in_his_words(nlp):
    """blind41: "Zuma claimed Britain believed Africa is "barbaric"": Zuma's word, not
    Britain's."""
    text = [
        "Jacob Zuma, President of South Africa, claimed Britain believed Africa is "
        '"barbaric", hours before a state visit to Queen Elizabeth II.'
    ]
    people = {"Jacob Zuma": "zuma", "Britain": "uk", "Africa": "africa"}
    assert _spoken(nlp, text, people, bodies={"uk", "africa"}) == [("zuma", "barbaric")]
