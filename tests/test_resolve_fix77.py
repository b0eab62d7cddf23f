"""actors48's leads (fix77): an acronym joined to a person's initials across the briefing, the
Treasury of two states on one page, a word glued before a name on its page's title."""

from __future__ import annotations

from dataclasses import replace

from test_resolve import annotation_for
from test_resolve_briefing import resolve_text

from generator.resolve import resolve
from generator.resolve.merge import Found, merges
from generator.resolve.names import clean_name, strip_titles


def resolve_articles(content, articles):
    """Resolve several articles, each (paragraphs, NER spans {paragraph: [(text, label)]})."""
    base = content.articles[0]
    made, notes = [], []
    for i, (paragraphs, spans) in enumerate(articles):
        article = replace(base, id=f"{base.id}-{i}", paragraphs=tuple(paragraphs), annotations=())
        spans = {p: [(t, label, None) for t, label in found] for p, found in spans.items()}
        made.append(article)
        notes.append(annotation_for(article, spans))
    resolved = resolve(replace(content, articles=tuple(made)), notes)
    found = {e.key: e for e in resolved.entities if not e.curated}
    by_text = {(m.article, m.text): m.entity for m in resolved.mentions}
    return found, by_text, resolved, [a.id for a in made]


def _found(name, type_, articles):
    return Found(name, type_, 2, frozenset(articles), frozenset())


def test_a_firms_acronym_is_no_persons_initials_in_another_article():
    """b222's "BP" (the oil firm, never written in full) and a_belgium's footballer Benjamin
    Pavard: the only long name of the briefing with those initials, but a person's, and in
    another article: a person's initials are no acronym the text uses for him."""
    bp = _found("BP", "organisation", {"b222"})
    pavard = _found("Benjamin Pavard", "person", {"belgium"})
    assert merges([bp, pavard], {}) == []
    # Probes that must not change: a body's acronym across articles, a definition.
    imf = _found("IMF", "organisation", {"b210"})
    fund = _found("International Monetary Fund", "organisation", {"b241"})
    assert [(m.name, m.into) for m in merges([imf, fund], {})] == [
        ("IMF", "International Monetary Fund")
    ]
    assert [(m.name, m.into) for m in merges([bp, pavard], {"BP": "Benjamin Pavard"})] == [
        ("BP", "Benjamin Pavard")
    ]


def test_a_persons_initials_join_him_only_where_an_article_names_both_as_a_person():
    """ "AMLO" read as a person in the article that names Andrés Manuel López Obrador is him;
    an organisation's acronym in that article ("BP" beside a "Bob Pearson") is not."""
    amlo = _found("AMLO", "person", {"mx"})
    lopez = _found("Andres Manuel Lopez Obrador", "person", {"mx"})
    assert [(m.name, m.into) for m in merges([amlo, lopez], {})] == [
        ("AMLO", "Andres Manuel Lopez Obrador")
    ]
    bp = _found("BP", "organisation", {"oil"})
    pearson = _found("Bob Pearson", "person", {"oil"})
    assert merges([bp, pearson], {}) == []
    assert merges([_found("AMLO", "person", {"other"}), lopez], {}) == []


def test_bp_in_a_business_article_is_not_a_footballer_of_another(content):
    """The whole shape of actors48's pair, through resolve: two articles, BP named twice."""
    found, by_text, _resolved, ids = resolve_articles(
        content,
        [
            (
                [
                    "French defender Benjamin Pavard scored twice on Tuesday.",
                    "Pavard said the team was strong.",
                ],
                {0: [("Benjamin Pavard", "PERSON")], 1: [("Pavard", "PERSON")]},
            ),
            (
                [
                    "Miner Highland Gold said it regretted the limit while BP, a big investor,"
                    " declined to comment.",
                    "BP spent $7.5bn to create an oil company, and Exxon signed agreements.",
                ],
                {
                    0: [("Highland Gold", "ORG"), ("BP", "ORG")],
                    1: [("BP", "ORG"), ("Exxon", "ORG")],
                },
            ),
        ],
    )
    pavard = by_text[ids[0], "Benjamin Pavard"]
    assert by_text.get((ids[1], "BP")) != pavard
    assert found[pavard].aliases == () or "BP" not in found[pavard].aliases


def _names(found):
    return {e.name for e in found.values()}


def test_the_object_of_an_office_of_several_words_is_no_part_of_its_holders_name(content):
    """ "Chancellor of the Exchequer Gordon Brown" (b195, b210), the NER reading "Exchequer
    Gordon Brown" as the person: the words before it are an office whose object the span
    opens with; the holder is Gordon Brown. A name after "of" that no office stands before
    keeps its words ("the son of Anna Maria Lind")."""
    found, by_text, _ = resolve_text(
        content,
        [
            "Ernst & Young said that Chancellor of the Exchequer Gordon Brown's forecasts"
            " were wrong.",
            "Minister of Finance Ngozi Okonjo-Iweala said the son of Anna Maria Lind spoke.",
            "Mr Brown said the meeting would be remembered.",
        ],
        {
            0: [("Ernst & Young", "ORG"), ("Exchequer Gordon Brown", "PERSON")],
            1: [("Finance Ngozi Okonjo-Iweala", "PERSON"), ("Anna Maria Lind", "PERSON")],
            2: [("Brown", "PERSON")],
        },
    )
    names = _names(found)
    assert "Gordon Brown" in names and "Exchequer Gordon Brown" not in names
    assert "Ngozi Okonjo-Iweala" in names
    assert "Anna Maria Lind" in names
    assert by_text["Brown"] == by_text["Exchequer Gordon Brown"]


def test_an_office_of_several_words_is_stripped_whole_from_a_span():
    assert strip_titles("Chancellor of the Exchequer Gordon Brown") == "Gordon Brown"
    assert strip_titles("Secretary of State Condoleezza Rice") == "Condoleezza Rice"
    # must not change: a body's or a place's name after "of"
    assert strip_titles("Bank of England") == "Bank of England"
    assert strip_titles("Duke of York") == "Duke of York"
    assert strip_titles("Parliament of New South Wales") == "of New South Wales"  # as before
    # as before (an object of two words is left to the title rules: "Affairs Javad Zarif")
    assert strip_titles("Minister of Foreign Affairs Javad Zarif") == "Affairs Javad Zarif"


def test_a_plural_demonym_before_a_name_labels_the_people_named(content):
    """ "Irishmen JP McManus and John Magnier" (b179), the NER reading the first as one
    organisation: "Mr McManus" later makes it a person, JP McManus, not "Irishmen JP
    McManus"; "Britons Jane Doe" read as a person likewise."""
    found, by_text, _ = resolve_text(
        content,
        [
            "Irishmen JP McManus and John Magnier, who own a 29% stake in Manchester United,"
            " will reject the offer.",
            "Britons Jane Doe and Tom Hale agreed.",
            "Mr Magnier and Mr McManus hold their stake through Cubic Expression.",
        ],
        {
            0: [
                ("Irishmen JP McManus", "ORG"),
                ("John Magnier", "PERSON"),
                ("Manchester United", "ORG"),
            ],
            1: [("Britons Jane Doe", "PERSON"), ("Tom Hale", "PERSON")],
            2: [("Magnier", "PERSON"), ("McManus", "PERSON"), ("Cubic Expression", "ORG")],
        },
    )
    names = _names(found)
    assert {"JP McManus", "Jane Doe"} <= names
    assert not {"Irishmen JP McManus", "Britons Jane Doe"} & names
    assert by_text["McManus"] == by_text["Irishmen JP McManus"]
    assert "Manchester United" in names


def test_a_sentences_first_function_word_is_no_part_of_a_name(content):
    """ "Neither Rover nor Shanghai Automotive commented" (b212), "But B&B - which has ..."
    (b177): a conjunction opening the sentence glued to the name."""
    found, by_text, _ = resolve_text(
        content,
        [
            "MG Rover's tie-up with Shanghai Automotive has been delayed, and Rover said so.",
            "Neither Rover nor Shanghai Automotive commented on the reports.",
            "But Bradford & Bingley said the market would grow.",
        ],
        {
            0: [("MG Rover", "ORG"), ("Shanghai Automotive", "ORG"), ("Rover", "ORG")],
            1: [("Neither Rover", "ORG"), ("Shanghai Automotive", "ORG")],
            2: [("But Bradford & Bingley", "ORG")],
        },
    )
    names = _names(found)
    assert not {"Neither Rover", "But Bradford & Bingley"} & names
    assert by_text["Neither Rover"] == by_text["Rover"]
    assert "Bradford & Bingley" in names


def test_function_words_cut_only_before_a_name():
    assert clean_name("Neither Rover") == "Rover"
    assert clean_name("But B&B") == "B&B"
    # must not change: a name of one word, and a given name that looks like a conjunction
    assert clean_name("Neither") == "Neither"
    assert clean_name("Or Sasson") == "Or Sasson"


def test_the_treasury_of_two_states_is_two_bodies(content):
    """ "The Treasury said its plans were on track" in an article about the UK (b195) and "the
    Treasury" in one about the United States: each state's own, as actors47 keyed "the Air
    Force"; "US Treasury" and "the Treasury Department" are the US's one body."""
    _found, by_text, _resolved, ids = resolve_articles(
        content,
        [
            (
                [
                    "The UK risks breaking its golden rule, Britain's forecasters said.",
                    "The Treasury said its plans were on track, and the UK would meet them.",
                ],
                {0: [("UK", "GPE"), ("Britain", "GPE")], 1: [("Treasury", "ORG"), ("UK", "GPE")]},
            ),
            (
                [
                    "The United States will sell bonds, the Treasury said on Monday.",
                    "The US Treasury Department expects the United States to borrow more.",
                ],
                {
                    0: [("The United States", "GPE"), ("Treasury", "ORG")],
                    1: [("US Treasury Department", "ORG"), ("the United States", "GPE")],
                },
            ),
        ],
    )
    uk, us = by_text[ids[0], "Treasury"], by_text[ids[1], "Treasury"]
    assert uk != us
    assert by_text[ids[1], "US Treasury Department"] == us


def test_a_treasury_is_keyed_by_its_state_however_written():
    from generator.resolve.bodies import body_key

    us = ("United States", "treasury", "")
    assert body_key("US Treasury") == us
    assert body_key("US Treasury Department") == us
    assert body_key("Department of the Treasury of the United States") == us
    assert body_key("Treasury") == (None, "treasury", "")
    assert body_key("UK Treasury") == ("United Kingdom", "treasury", "")


def test_a_word_after_the_before_a_name_is_no_given_name(content):
    """ "Chancellor of the Exchequer |Gordon Brown|" as the NER reads it (b195): the word
    after "the" is the office's, not Gordon Brown's given name; "her aunt, Gertrude
    |Vanderbilt Whitney|" still gets hers."""
    found, _by_text, _ = resolve_text(
        content,
        [
            "Ernst & Young said that Chancellor of the Exchequer Gordon Brown's forecasts"
            " were wrong.",
            "The gallery was founded by her aunt, Gertrude Vanderbilt Whitney, in 1931.",
        ],
        {
            0: [("Ernst & Young", "ORG"), ("Gordon Brown", "PERSON")],
            1: [("Vanderbilt Whitney", "PERSON")],
        },
    )
    names = _names(found)
    assert "Gordon Brown" in names and "Exchequer Gordon Brown" not in names
    assert "Gertrude Vanderbilt Whitney" in names


def test_a_conjunction_opening_the_sentence_is_no_word_of_an_unlabelled_speaker():
    """ "But B&B - which has a 22% share ... - said" (actors48's b177): the NER labelled no
    name, and the speaker's words before the head stop at the sentence's conjunction; a
    speaker's full name is still read ("But Karim Hashemi said")."""
    from generator.extract.statements.found import _unlabelled_name
    from generator.model import Role, Sentence

    def speaker(text, head):
        start = text.index(head)
        span = _unlabelled_name(
            text, Role(start, start + len(head), head), Sentence(0, 0, len(text), text, ())
        )
        return span.text if span else None

    assert speaker("But B&B said that growth was moderating.", "B&B") is None
    assert speaker("Neither Rover Smith nor anyone said so.", "Smith") == "Rover Smith"
    assert speaker("But Karim Hashemi said so.", "Hashemi") == "Karim Hashemi"
