"""actors92: one actor on two pages (issue 8). A body's name in its own tongue, its acronym
and its English gloss in apposition or brackets are one body; a lone word spelt as the first
word of a body's name with two letters swapped is that body; a state's army is never folded
into its own sub-body by containment; a lone given name used as the familiar form joins the
one person the briefing names in full with it, where the two articles share an actor."""

from __future__ import annotations

from test_resolve_fix77 import resolve_articles

from generator.gazetteer import state_name
from generator.resolve.merge import Found, merges


def _page(found, by_text, article, text):
    return found[by_text[article, text]].name


def test_an_english_gloss_after_a_foreign_name_and_its_acronym_is_the_same_body(content):
    """ "the Escola Latinoamericana de Medicina (ELAM), the Latin American School of
    Medicine": the acronym spells the foreign name, the apposition after its brackets glosses
    it; ELAM and the English name were two pages (a split) on main."""
    texts = [
        "Cuba trains foreign doctors at the Escola Latinoamericana de Medicina (ELAM), the "
        "Latin American School of Medicine, in Havana.",
        "ELAM has graduated thousands of doctors.",
        "Students at the Latin American School of Medicine pay no fees.",
    ]
    ner = {
        0: [
            ("Cuba", "GPE"),
            ("the Escola Latinoamericana de Medicina", "ORG"),
            ("ELAM", "ORG"),
            ("the Latin American School of Medicine", "ORG"),
            ("Havana", "GPE"),
        ],
        1: [("ELAM", "ORG")],
        2: [("the Latin American School of Medicine", "ORG")],
    }
    found, by_text, resolved, ids = resolve_articles(content, [(texts, ner)])
    school = by_text[ids[0], "the Latin American School of Medicine"]
    assert by_text[ids[0], "ELAM"] == school, sorted(e.name for e in found.values())
    assert found[school].name == "Latin American School of Medicine"
    assert "ELAM" in found[school].aliases
    why = [d.reason for d in resolved.decisions if d.name == "ELAM" and d.action == "merged"]
    assert any("Latin American School of Medicine" in reason for reason in why), why


def test_a_foreign_name_and_its_acronym_in_brackets_after_the_english_name(content):
    """ "The National Liberation Army (Spanish: Ejército de Liberación Nacional, ELN)": the
    English name first, its own tongue's name and acronym in brackets; the acronym alone
    later is the same body, not a page of its own."""
    texts = [
        "The National Liberation Army (Spanish: Ejército de Liberación Nacional, ELN) is a "
        "guerrilla group in Colombia.",
        "The ELN freed a soldier on Monday, the group said.",
        "The ELN said it was ready for talks.",
    ]
    ner = {
        0: [
            ("The National Liberation Army", "ORG"),
            ("Ejército de Liberación Nacional", "ORG"),
            ("ELN", "ORG"),
            ("Colombia", "GPE"),
        ],
        1: [("ELN", "ORG")],
        2: [("ELN", "ORG")],
    }
    found, by_text, _resolved, ids = resolve_articles(content, [(texts, ner)])
    army = by_text[ids[0], "The National Liberation Army"]
    assert found[army].name == "National Liberation Army"
    assert by_text[ids[0], "ELN"] == army, sorted(e.name for e in found.values())
    assert by_text.get((ids[0], "Ejército de Liberación Nacional"), army) == army


def test_a_gloss_after_an_acronym_of_another_name_joins_nothing(content):
    """The apposition after an acronym that does not spell the name before it is no gloss:
    "the Movement for Democratic Change (MDC), the main opposition party" names a role, and
    "the Zimbabwe African National Union (ZANU-PF), the ruling party" too; a name after
    brackets that spell another ("Tampere University (TAU), the University of Helsinki and
    ...", a list) stays its own body."""
    texts = [
        "Tampere University (TAU), the University of Helsinki and Aalto University signed "
        "the letter.",
        "The University of Helsinki said the letter was public.",
        "TAU said it would publish the study.",
    ]
    ner = {
        0: [
            ("Tampere University", "ORG"),
            ("TAU", "ORG"),
            ("the University of Helsinki", "ORG"),
            ("Aalto University", "ORG"),
        ],
        1: [("The University of Helsinki", "ORG")],
        2: [("TAU", "ORG")],
    }
    found, by_text, _resolved, ids = resolve_articles(content, [(texts, ner)])
    helsinki = by_text[ids[0], "the University of Helsinki"]
    assert by_text[ids[0], "TAU"] != helsinki
    assert by_text[ids[0], "Tampere University"] != helsinki
    assert found[helsinki].name == "University of Helsinki"
    listed = (
        [
            "The European Union (EU), the United Nations, and NATO sent observers.",
            "The EU said the vote was fair, and the United Nations agreed.",
        ],
        {
            0: [("The European Union", "ORG"), ("EU", "ORG"), ("the United Nations", "ORG")],
            1: [("EU", "ORG"), ("the United Nations", "ORG")],
        },
    )
    _found, by_text, _resolved, ids = resolve_articles(content, [listed])
    assert by_text[ids[0], "EU"] != by_text[ids[0], "the United Nations"]


def test_a_lone_word_with_two_letters_swapped_is_the_body_it_opens(content):
    """ "The Amaury Sport Organisation ... A spokesman for Amuary said": the lone word is the
    first word of the body's name with two neighbouring letters swapped, in the same article
    (rejected on main as one word named once, its mention lost)."""
    texts = [
        "The Amaury Sport Organisation, which runs the Tour de France, said the race would "
        "start in Copenhagen.",
        "A spokesman for Amuary said the route would be announced in October.",
    ]
    ner = {
        0: [("The Amaury Sport Organisation", "ORG"), ("Copenhagen", "GPE")],
        1: [("Amuary", "ORG")],
    }
    found, by_text, _resolved, ids = resolve_articles(content, [(texts, ner)])
    aso = by_text[ids[0], "The Amaury Sport Organisation"]
    assert by_text.get((ids[0], "Amuary")) == aso, sorted(e.name for e in found.values())
    assert found[aso].name == "Amaury Sport Organisation"


def test_a_lone_word_swapped_from_no_body_of_its_article_stays_apart(content):
    """The swapped word must open a body's name of the same article: "Amuary" beside a body
    of another article, or a word that differs by a changed letter ("Amaurx"), joins none."""
    first = (
        ["The Amaury Sport Organisation said the race would start in Copenhagen."],
        {0: [("The Amaury Sport Organisation", "ORG"), ("Copenhagen", "GPE")]},
    )
    second = (
        ["A spokesman for Amuary said the route would be announced in October."],
        {0: [("Amuary", "ORG")]},
    )
    _found, by_text, _resolved, ids = resolve_articles(content, [first, second])
    assert by_text.get((ids[1], "Amuary")) != by_text[ids[0], "The Amaury Sport Organisation"]


def test_a_states_army_is_not_folded_into_its_own_sub_body(content):
    """ "The United States Army ... The United States Army Criminal Investigation Command ...
    the Army": containment made the army a part of its own investigation command (one page,
    and "the Army" went to the other article's Afghan army). A body whose name goes on past
    the shorter one with a body's name of its own ("Criminal Investigation Command") is a
    unit of it, not its full name."""
    us = (
        [
            "The United States Army said on Monday it had opened an inquiry.",
            "The United States Army Criminal Investigation Command is leading the inquiry.",
            "The Army said the soldier died at Fort Hood.",
        ],
        {
            0: [("The United States Army", "ORG")],
            1: [("The United States Army Criminal Investigation Command", "ORG")],
            2: [("Army", "ORG"), ("Fort Hood", "FAC")],
        },
    )
    afghan = (
        ["The Afghan National Army said it had retaken the district."],
        {0: [("The Afghan National Army", "ORG")]},
    )
    found, by_text, _resolved, ids = resolve_articles(content, [us, afghan])
    army = by_text[ids[0], "The United States Army"]
    cid = by_text[ids[0], "The United States Army Criminal Investigation Command"]
    assert army != cid
    assert found[cid].name == "United States Army Criminal Investigation Command"
    assert by_text[ids[0], "Army"] == army
    assert by_text[ids[1], "The Afghan National Army"] != army


def _found(name: str, article: str = "a") -> Found:
    return Found(name, "organisation", 2, frozenset({article}), frozenset())


def test_containment_folds_a_short_form_but_no_body_into_its_unit():
    """The guard is for sub-bodies only: "Revolutionary Guards" in "Islamic Revolutionary
    Guard Corps" still folds (no body's name after the shorter one); "Pakistan Army" in
    "Pakistan Army Aviation Corps" and "European Commission" in "European Commission
    Directorate-General for Trade" no longer do (a unit's name goes on after it). ("Election
    Commission" in "Independent Election Commission of Afghanistan" is each article's own
    since actors106, folded there by ``bodies.local_folds``: ``test_resolve_actors106``.)"""
    folded = [("Revolutionary Guards", "Islamic Revolutionary Guard Corps")]
    for short, long in folded:
        assert [(m.name, m.into) for m in merges([_found(short), _found(long)], {})] == [
            (short, long)
        ]
    units = [
        ("Pakistan Army", "Pakistan Army Aviation Corps"),
        ("United States Army", "United States Army Criminal Investigation Command"),
        ("European Commission", "European Commission Directorate-General for Trade"),
    ]
    for short, long in units:
        assert merges([_found(short), _found(long)], {}) == [], (short, long)


def test_a_familiar_given_name_alone_joins_the_one_bearer_named_in_another_article(content):
    """ "Raila told supporters ... Raila said" in an article that names him nowhere in full,
    where another article names "Raila Odinga", the briefing's one person of that given name,
    and both name Uhuru Kenyatta: the familiar form (Kenyan, Thai, Ethiopian news name a
    leader by the given name) is his; it was rejected as a fragment, its mentions lost."""
    first = (
        [
            "Kenyan opposition leader Raila Odinga rejected the result on Monday.",
            "President Uhuru Kenyatta called for calm.",
        ],
        {0: [("Kenyan", "NORP"), ("Raila Odinga", "PERSON")], 1: [("Uhuru Kenyatta", "PERSON")]},
    )
    second = (
        [
            "Raila told supporters in Kisumu that he would go to court.",
            '"We will not accept this," Raila said.',
            "President Uhuru Kenyatta said the vote was fair.",
        ],
        {
            0: [("Raila", "PERSON"), ("Kisumu", "GPE")],
            1: [("Raila", "PERSON")],
            2: [("Uhuru Kenyatta", "PERSON")],
        },
    )
    _found, by_text, resolved, ids = resolve_articles(content, [first, second])
    raila = by_text[ids[0], "Raila Odinga"]
    assert by_text.get((ids[1], "Raila")) == raila
    why = [d.reason for d in resolved.decisions if d.name == "Raila" and d.action == "merged"]
    assert why, [d for d in resolved.decisions if d.name == "Raila"]


def test_a_given_name_alone_sharing_no_actor_with_its_bearer_stays_apart(content):
    """The guard of "Francis" (test_resolve_briefing): a given name alone in an article that
    shares no actor with the one bearer named in full elsewhere is no one's."""
    first = (
        ["Republican Representative Francis Rooney proposed term limits in Florida."],
        {0: [("Republican", "NORP"), ("Francis Rooney", "PERSON"), ("Florida", "GPE")]},
    )
    second = (
        ["Francis said the church must act against abusers, the Vatican said."],
        {0: [("Francis", "PERSON"), ("Vatican", "GPE")]},
    )
    _found, by_text, _resolved, ids = resolve_articles(content, [first, second])
    assert by_text.get((ids[1], "Francis")) != by_text[ids[0], "Francis Rooney"]


def test_a_bare_acronym_two_states_bodies_spell_is_the_one_of_its_articles_state(content):
    """ "The ABC reported that Australian Prime Minister Scott Morrison …" beside an article on
    the American Broadcasting Company and one on the Australian Broadcasting Corporation: two
    long names spell "ABC", so the briefing-wide merge joined it to neither (a page "ABC" of
    its own, a split of both); in each article it is the one of the state the article is
    about, and where the article names neither state it keeps its page."""
    au = (
        [
            "The ABC reported on Tuesday that Australian Prime Minister Scott Morrison would "
            "call an election.",
            "The ABC said the Liberal Party had chosen its candidates.",
        ],
        {
            0: [("ABC", "ORG"), ("Australian", "NORP"), ("Scott Morrison", "PERSON")],
            1: [("ABC", "ORG"), ("the Liberal Party", "ORG")],
        },
    )
    us = (
        [
            "The American Broadcasting Company said the White House confirmed the trip.",
            "President Donald Trump will visit Texas, ABC reported.",
            "ABC News said the trip would last two days.",
        ],
        {
            0: [("The American Broadcasting Company", "ORG"), ("the White House", "ORG")],
            1: [("Donald Trump", "PERSON"), ("Texas", "GPE"), ("ABC", "ORG")],
            2: [("ABC News", "ORG")],
        },
    )
    corp = (
        ["The Australian Broadcasting Corporation said its offices in Canberra were raided."],
        {0: [("The Australian Broadcasting Corporation", "ORG"), ("Canberra", "GPE")]},
    )
    found, by_text, _resolved, ids = resolve_articles(content, [au, us, corp])
    australian = by_text[ids[2], "The Australian Broadcasting Corporation"]
    american = by_text[ids[1], "The American Broadcasting Company"]
    assert by_text[ids[0], "ABC"] == australian, sorted(e.name for e in found.values())
    assert by_text[ids[1], "ABC"] == american
    assert by_text[ids[1], "ABC News"] == american  # "ABC" without "News": the same page
    assert not any(e.name == "ABC" for e in found.values())


def test_a_states_initials_written_with_spaces_are_the_state(content):
    """ "U. S. President Donald Trump", "U. S. officials": the wire's spaced initials, read by
    the NER as a person's, were a page "U. S." beside the United States'."""
    assert state_name("U. S.") == "United States" and state_name("U. K.") == "United Kingdom"
    assert state_name("J. K.") is None
    texts = [
        "North Korean leader Kim Jong Un wants a summit with U. S. President Donald Trump.",
        "U. S. officials said the United States would attend.",
    ]
    ner = {
        0: [("North Korean", "NORP"), ("Kim Jong Un", "PERSON"), ("U. S.", "PERSON")],
        1: [("U. S.", "GPE"), ("the United States", "GPE")],
    }
    found, by_text, _resolved, ids = resolve_articles(content, [(texts, ner)])
    assert by_text[ids[0], "U. S."] == by_text[ids[0], "the United States"]
    assert not any(e.name == "U. S." for e in found.values())
