"""actors87: a person's page named without the title the NER glued on ("|General Petraeus|"
read as an organisation is David Petraeus, or "Petraeus"), and a body named by its short form
where the article says whose it is."""

from __future__ import annotations

from test_resolve_fix77 import _found, resolve_articles

from generator.resolve.merge import Found, merges


def _people(found):
    return {e.name: e for e in found.values() if e.type == "person"}


def _orgs(found):
    return sorted(e.name for e in found.values() if e.type == "organisation")


def test_a_rank_and_a_surname_read_as_a_body_is_the_person_the_article_names(content):
    """'General David Petraeus told Congress ... General Petraeus said': the NER reads the
    second as an organisation; it is the person, on one page. So is "Colonel Hirale" alone
    (a rank that opens no body's name) and "General Kayani" where "Kayani said" follows."""
    texts = [
        "General David Petraeus told Congress on Tuesday that the surge had worked.",
        "General Petraeus said the gains were fragile, and Congress questioned General"
        " Petraeus for four hours.",
    ]
    ner = {
        0: [("David Petraeus", "PERSON"), ("Congress", "ORG")],
        1: [("General Petraeus", "ORG"), ("Congress", "ORG"), ("General Petraeus", "ORG")],
    }
    colonel = [
        "Colonel Hirale said his forces held the port of Kismayo.",
        "Colonel Hirale added that the port would reopen on Monday.",
        "Field Marshal Haftar said his forces would advance, and Field Marshal Haftar left.",
    ]
    colonel_ner = {
        0: [("Colonel Hirale", "ORG")],
        1: [("Colonel Hirale", "ORG")],
        2: [("Field Marshal Haftar", "ORG"), ("Field Marshal Haftar", "ORG")],
    }
    general = [
        "General Kayani met the envoy in Rawalpindi on Friday.",
        "Kayani said the army would not allow foreign troops, General Kayani's aides added.",
    ]
    general_ner = {
        0: [("General Kayani", "ORG")],
        1: [("Kayani", "ORG"), ("General Kayani", "ORG")],
    }
    found, _by_text, _resolved, _ids = resolve_articles(
        content, [(texts, ner), (colonel, colonel_ner), (general, general_ner)]
    )
    people = _people(found)
    assert {"David Petraeus", "Hirale", "Kayani", "Haftar"} <= set(people), people
    assert _orgs(found) == ["Congress"], _orgs(found)


def test_a_title_that_opens_bodies_names_no_person_without_evidence(content):
    """'General Motors said ... GM', 'General Dynamics' beside 'dynamics' in lower case,
    'President Hotel': no surname the article gives a person, nor written alone: bodies."""
    texts = [
        "General Motors said on Friday that GM would close two plants.",
        "General Motors shares fell, and Admiral Insurance said insurance claims rose.",
        "General Dynamics said the dynamics of the market had changed; General Dynamics won.",
    ]
    ner = {
        0: [("General Motors", "ORG"), ("GM", "ORG")],
        1: [("General Motors", "ORG"), ("Admiral Insurance", "ORG")],
        2: [("General Dynamics", "ORG"), ("General Dynamics", "ORG")],
    }
    found, _by_text, _resolved, _ids = resolve_articles(content, [(texts, ner)])
    assert not _people(found), _people(found)
    assert "General Motors" in _orgs(found) and "General Dynamics" in _orgs(found)


def test_a_rank_and_a_surname_join_the_person_another_article_names_in_full():
    """'General Petraeus' (an organisation to the NER, alone in its article) and 'David
    Petraeus' in another article of the briefing with a neighbour in common: one person."""
    rank = Found("General Petraeus", "organisation", 3, frozenset({"b"}), frozenset({"Iraq"}))
    person = Found("David Petraeus", "person", 2, frozenset({"a"}), frozenset({"Iraq"}))
    made = merges([rank, person], {})
    assert [(m.name, m.into) for m in made] == [("General Petraeus", "David Petraeus")]
    # Two people of that surname, or none in common: no merge.
    other = _found("Jane Petraeus", "person", {"b"})
    assert merges([rank, person, other], {}) == []
    assert merges([_found("General Petraeus", "organisation", {"b"}), person], {}) == []
    assert merges([_found("General Motors", "organisation", {"a"}), person], {}) == []
    # An honorific opens firms' names: "Dr Pepper" joins no "Art Pepper" of another article.
    firm = Found("Dr Pepper", "organisation", 3, frozenset({"b"}), frozenset({"Iraq"}))
    art = Found("Art Pepper", "person", 2, frozenset({"a"}), frozenset({"Iraq"}))
    assert merges([firm, art], {}) == []


def test_a_partys_branch_in_a_us_state_is_the_partys_page(content):
    """'The Constitution Party of Idaho nominated ... The Constitution Party said': one page,
    named as the party is, the branch's name an alias; a party "of" a state (a country) is
    its own ("Democratic Party of Japan")."""
    texts = [
        "The Constitution Party of Idaho nominated a candidate for the Senate on Saturday.",
        "The Constitution Party said its nominee would oppose the bailout.",
        "The Democratic Party of Japan said the Democratic Party of Japan would win.",
    ]
    ner = {
        0: [("The Constitution Party of Idaho", "ORG")],
        1: [("The Constitution Party", "ORG")],
        2: [("The Democratic Party of Japan", "ORG"), ("the Democratic Party of Japan", "ORG")],
    }
    found, _by_text, _resolved, _ids = resolve_articles(content, [(texts, ner)])
    bodies = {e.name: e for e in found.values() if e.type == "organisation"}
    assert sorted(bodies) == ["Constitution Party", "Democratic Party of Japan"], sorted(bodies)
    assert "Constitution Party of Idaho" in bodies["Constitution Party"].aliases


def test_the_uns_assembly_that_acts_and_its_council_by_short_names(content):
    """'The General Assembly voted' and 'the UN General Assembly adopted' in an article naming
    the UN: the body, "United Nations General Assembly"; "the Security Council" there is
    "United Nations Security Council". "Attend the UN General Assembly" (the yearly session,
    an event) and a bare "General Assembly" of an article not naming the UN make no page."""
    un = [
        "The UN General Assembly voted on Thursday to upgrade the Palestinians' status.",
        "The General Assembly adopted the resolution, and the Security Council did not act.",
    ]
    un_ner = {
        0: [("The UN General Assembly", "ORG")],
        1: [("The General Assembly", "ORG"), ("the Security Council", "ORG")],
    }
    session = [
        "Jair Bolsonaro went to New York to attend the United Nations General Assembly.",
        "Jair Bolsonaro spoke at the UN General Assembly on Tuesday.",
    ]
    session_ner = {
        0: [("Jair Bolsonaro", "PERSON"), ("the United Nations General Assembly", "ORG")],
        1: [("Jair Bolsonaro", "PERSON"), ("the UN General Assembly", "ORG")],
    }
    full = [
        "The General Assembly of the United Nations has adopted a resolution on vetoes.",
        "The resolution passed; the Security Council must now explain each veto.",
    ]
    full_ner = {
        0: [("The General Assembly of the United Nations", "ORG")],
        1: [("the Security Council", "ORG")],
    }
    church = [
        "The General Assembly voted to allow women as elders, the Church of Scotland said.",
        "The Church of Scotland said the General Assembly voted by 300 to 200.",
    ]
    church_ner = {
        0: [("The General Assembly", "ORG"), ("the Church of Scotland", "ORG")],
        1: [("The Church of Scotland", "ORG"), ("the General Assembly", "ORG")],
    }
    found, by_text, _resolved, ids = resolve_articles(
        content, [(un, un_ner), (session, session_ner), (church, church_ner), (full, full_ner)]
    )
    assert _orgs(found) == [
        "Church of Scotland",
        "United Nations General Assembly",
        "United Nations Security Council",
    ], _orgs(found)
    assembly = next(e for e in found.values() if e.name == "United Nations General Assembly")
    assert (ids[1], "the UN General Assembly") not in by_text
    assert by_text[ids[0], "The General Assembly"] == assembly.key
    assert "General Assembly" in assembly.aliases  # the short form as written
    assert by_text[ids[3], "The General Assembly of the United Nations"] == assembly.key


def test_a_ministry_named_subject_first_with_its_state_takes_its_standard_name(content):
    """'Malaysia's Health Ministry said ... The Health Ministry urged calm': one body of
    Malaysia all through the article, named as such bodies are in full ("Ministry of Health
    of Malaysia"; "Foreign Ministry" is the "Ministry of Foreign Affairs"), the written form
    an alias. A form the briefing writes with its state wins ("Russian Foreign Ministry")."""
    texts = [
        "Malaysia's Health Ministry said on Saturday that two more people had died.",
        "The Health Ministry urged calm, and Iran's Foreign Ministry said Iran would help.",
        "Russia's Defence Ministry said the Russian Defence Ministry had sent planes to Russia.",
    ]
    ner = {
        0: [("Malaysia", "GPE"), ("Health Ministry", "ORG")],
        1: [
            ("The Health Ministry", "ORG"),
            ("Iran", "GPE"),
            ("Foreign Ministry", "ORG"),
            ("Iran", "GPE"),
        ],
        2: [
            ("Russia", "GPE"),
            ("Defence Ministry", "ORG"),
            ("the Russian Defence Ministry", "ORG"),
            ("Russia", "GPE"),
        ],
    }
    found, _by_text, _resolved, _ids = resolve_articles(content, [(texts, ner)])
    bodies = {e.name: e for e in found.values() if e.type == "organisation"}
    assert sorted(bodies) == [
        "Ministry of Foreign Affairs of Iran",
        "Ministry of Health of Malaysia",
        "Russian Defence Ministry",
    ], sorted(bodies)
    assert "Health Ministry" in bodies["Ministry of Health of Malaysia"].aliases
