"""actors68 (issue 8): arts and sport news' titles and labels read as actors. Films, books and
games the NER reads as organisations or people ("|Rings|" of "The Lord of the Rings", "The
|Polar Express|, starring Tom Hanks", "|Ocean|'s 12") are no pages; a label word that opens a
sentence ("Producer Mel Gibson", "Boss Steve Bruce") is no part of the name."""

from __future__ import annotations

from test_resolve_briefing import resolve_text

from generator.resolve.names import strip_titles


def _rejected(resolved) -> dict[str, str]:
    return {d.name: d.reason for d in resolved.decisions if d.action == "rejected"}


def test_a_film_starring_someone_is_no_actor(content):
    text = (
        "Rounding out the top five was animated fable The Polar Express, starring Tom Hanks.",
        "The Polar Express entered in third place. Tom Hanks said he was pleased.",
    )
    spans = {
        0: [("The Polar Express", "ORG"), ("Tom Hanks", "PERSON")],
        1: [("The Polar Express", "ORG"), ("Tom Hanks", "PERSON")],
    }
    found, by_text, resolved = resolve_text(content, text, spans)
    assert "Polar Express" in _rejected(resolved)
    assert "[NA-STARRING]" in _rejected(resolved)["Polar Express"]
    assert found[by_text["Tom Hanks"]].name == "Tom Hanks"  # the star stays


def test_a_work_noun_before_the_titles_own_the(content):
    text = (
        "Horror movie The Grudge cost Sony dollars 10 million to make.",
        "Sony pulled off one of the surprises with Grudge, Sony said.",
    )
    spans = {0: [("Grudge", "ORG"), ("Sony", "ORG")], 1: [("Grudge", "ORG"), ("Sony", "ORG")]}
    found, by_text, resolved = resolve_text(content, text, spans)
    assert "Grudge" in _rejected(resolved)
    assert found[by_text["Sony"]].name == "Sony"


def test_a_genre_noun_glued_to_a_title_at_a_sentences_start(content):
    text = (
        "Comedy Meet The Fockers topped the festive box office.",
        "Comedy Central said the show would return. Comedy Central aired it in May.",
    )
    spans = {
        0: [("Comedy Meet The Fockers", "PERSON")],
        1: [("Comedy Central", "ORG"), ("Comedy Central", "ORG")],
    }
    found, by_text, resolved = resolve_text(content, text, spans)
    assert "Comedy Meet The Fockers" in _rejected(resolved)
    assert found[by_text["Comedy Central"]].name == "Comedy Central"  # a name's own word


def test_a_heros_title_and_not_two_people(content):
    text = (
        "It was followed by Harry Potter and the Prisoner of Azkaban, and Finding Nemo.",
        "Tony Blair and the Secretary of State for Defence met on Monday.",
        "Harry Potter took dollars 30m. Tony Blair said the talks went well.",
        "John Smith and the Church of England disagreed. Jane Doe and the Ministry of Defence "
        "did not.",
    )
    spans = {
        0: [("Harry Potter", "PERSON")],
        1: [("Tony Blair", "PERSON")],
        2: [("Harry Potter", "PERSON"), ("Tony Blair", "PERSON")],
        3: [
            ("John Smith", "PERSON"),
            ("the Church of England", "ORG"),
            ("Jane Doe", "PERSON"),
        ],
    }
    found, by_text, resolved = resolve_text(content, text, spans)
    assert "[NA-TITLE-SHAPE]" in _rejected(resolved)["Harry Potter"]
    assert found[by_text["Tony Blair"]].name == "Tony Blair"
    assert found[by_text["John Smith"]].name == "John Smith"  # the NER found a body after
    assert found[by_text["Jane Doe"]].name == "Jane Doe"  # a body's noun after, found or not


def test_a_possessive_and_a_number_is_a_title(content):
    from generator.resolve.nonactors import numbered_title

    assert numbered_title("Ocean's Eleven") and numbered_title("Ocean's 12")
    assert numbered_title("People's Liberation Army") is None
    text = (
        "The new entry displaced Ocean's 12.",
        "Sony's 12 factories closed. Sony said the cuts were needed.",
        "Ocean took dollars 9m.",
    )
    spans = {0: [("Ocean", "ORG")], 1: [("Sony", "ORG"), ("Sony", "ORG")], 2: [("Ocean", "ORG")]}
    found, by_text, resolved = resolve_text(content, text, spans)
    assert "Ocean" in _rejected(resolved)
    assert found[by_text["Sony"]].name == "Sony"  # an owner of things counted


def test_a_name_cut_after_lord_of_the_is_part_of_a_title(content):
    text = (
        "The third Lord of the Rings film dominated the box office.",
        "The three films in the Lord of the Rings trilogy took more.",
        "The First Lord of the Treasury spoke.",
        "The Treasury said the budget was balanced.",
    )
    spans = {
        0: [("Rings", "ORG")],
        1: [("Rings", "ORG")],
        2: [("Treasury", "ORG")],
        3: [("Treasury", "ORG")],
    }
    found, by_text, resolved = resolve_text(content, text, spans)
    assert "[NA-TITLE-TAIL]" in _rejected(resolved)["Rings"]
    assert found[by_text["Treasury"]].name == "Treasury"  # written alone once: it stays


def test_lists_of_works_spare_the_titles_maker(content):
    text = (
        "The panel overlooked works such as Philip Roth's The Plot Against America.",
        "Art-house offerings such as Napoleon Dynamite did well.",
    )
    spans = {
        0: [("Philip Roth's", "PERSON"), ("The Plot Against America", "ORG")],
        1: [("Napoleon Dynamite", "PERSON")],
    }
    found, by_text, resolved = resolve_text(content, text, spans)
    rejected = _rejected(resolved)
    assert "Plot Against America" in rejected and "Napoleon Dynamite" in rejected
    assert found[by_text["Philip Roth's"]].name == "Philip Roth"


def test_a_character_and_an_owner_glued_to_a_title(content):
    text = (
        "National Treasure sees Cage's character Ben Gates chase a hidden fortune.",
        "Wesley Snipes' Blade: Trinity was in second. The People's Liberation Army said no.",
        "Ben Gates finds it. The People's Liberation Army moved troops.",
    )
    spans = {
        0: [("Ben Gates", "PERSON")],
        1: [("Wesley Snipes' Blade", "PERSON"), ("The People's Liberation Army", "ORG")],
        2: [("Ben Gates", "PERSON"), ("The People's Liberation Army", "ORG")],
    }
    found, by_text, resolved = resolve_text(content, text, spans)
    rejected = _rejected(resolved)
    assert "Ben Gates" in rejected  # a page on main ("character" was no work's noun)
    assert "[NA-OWNER-GLUED]" in rejected["Wesley Snipes' Blade"]
    assert found[by_text["The People's Liberation Army"]].name == "People's Liberation Army"


def test_a_label_opening_the_sentence_is_no_part_of_the_name():
    assert strip_titles("Producer Mel Gibson") == "Mel Gibson"
    assert strip_titles("Boss Steve Bruce") == "Steve Bruce"
    assert strip_titles("Manager Graeme Souness") == "Graeme Souness"
    assert strip_titles("Coach Carter") == "Coach Carter"  # two words stay: a name, or a film


def test_an_indefinite_article_glued_to_a_name_at_a_sentences_start(content):
    """The lead's blind block (session 37): "A European Union (EU) directive requires …" made
    a page "A European Union", apart from the EU's."""
    from generator.resolve.names import clean_name

    assert clean_name("A European Union") == "European Union"
    assert clean_name("An Amnesty International") == "Amnesty International"
    assert clean_name("A Q Khan") == "A Q Khan"  # an initial
    assert clean_name("A Coruña") == "A Coruña"  # one word after it: a name's own
    text = (
        "A European Union (EU) directive requires member states to act by 2021.",
        "The EU said states had two years.",
    )
    spans = {0: [("A European Union", "ORG"), ("EU", "ORG")], 1: [("EU", "ORG")]}
    found, by_text, _resolved = resolve_text(content, text, spans)
    assert by_text["A European Union"] == by_text["EU"]
    assert found[by_text["EU"]].name == "European Union"
