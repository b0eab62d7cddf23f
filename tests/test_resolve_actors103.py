"""actors103 (issue 8): news outlets typed organisation — a medium told something before a
quotation ("told Reuters "…""), interviewed on the air ("an interview on CNN Español"), named
by its staff or kind ("BBC's Middle East editor", "an AFP photographer", "a CBS interview",
"television broadcaster PBS", "the Guardian newspaper reported"), a second medium joined by
"and"; and the vote over a name's weaker citations ("Reuters reported", "according to CNN"),
which a body cited so now and then but acting more never wins; a one-word portfolio before
"Secretary" ("|Home| Secretary Amber Rudd") (pool: benchmarks/pools/actors103)."""

from __future__ import annotations

from collections import Counter

from test_resolve_actors86 import _pages, _rejected

from generator.resolve.decide import cited_among, media_citations, reported_among


def _cited(names, texts):
    return cited_among(names, media_citations(texts))


def test_a_medium_told_something_in_quotation_marks_is_cited():
    texts = ['Anna Franowska of a charity told Reuters "it almost appears as if it was".']
    assert _cited(["Anna Franowska", "Reuters"], texts) == {"Reuters"}


def test_a_medium_interviewed_on_or_named_by_its_staff_or_kind_is_cited():
    texts = [
        "He said in an interview on CNN Español Tuesday.",
        "Zarif, in an exclusive interview with BBC’s Middle East editor Jeremi Bowen, said so.",
        "An AFP photographer in Beni saw the bodies.",
        "Bush made the claims in a CBS interview to promote the book.",
        "The previous day, television broadcaster PBS revealed that he knew.",
        "On Monday, Hungarian daily newspaper Magyar Nemzet revealed a deal.",
        "The Guardian newspaper reported that talks had stalled.",
        '"We can\'t do anything," Lynas said to the news agency Reuters.',
        "He told the Agence France-Presse news agency that the claims were false.",
    ]
    names = ["CNN Español", "BBC", "Jeremi Bowen", "AFP", "CBS", "PBS", "Magyar Nemzet"]
    names = [*names, "Guardian", "Lynas", "Reuters", "Agence France-Presse"]
    assert _cited(names, texts) == {
        "Agence France-Presse",
        "Reuters",
        "CNN Español",
        "BBC",
        "AFP",
        "CBS",
        "PBS",
        "Magyar Nemzet",
        "Guardian",
    }


def test_a_kind_of_medium_before_a_noun_or_a_name_cites_no_body():
    texts = [
        "The ministers met at the weekly Cabinet meeting.",
        "The EU weekly meeting was cancelled.",
        "The Hamas newspaper Felesteen said the talks failed.",
        "Twenty employees of the newspaper Kalameh Sabz were taken into custody.",
    ]
    names = ["Cabinet", "EU", "Hamas", "Felesteen", "Kalameh Sabz"]
    # a medium only named, not cited as a source, is a body (GOLD.md): Kalameh Sabz
    assert _cited(names, texts) == {"Felesteen"}


def test_weak_citations_win_a_name_only_by_a_vote_over_its_mentions():
    texts = [
        "Reuters reported on Monday a German government decision.",
        "According to Reuters and NBC, Mohammad bin Salman is the ruler.",
        "According to the WHO, cases rose. The WHO urged calm and the WHO said more.",
        "Al Jazeera reported that Wiranto was flown to a hospital.",
        "According to the National Conference of State Legislatures, turnout rose.",
        "The National Conference of State Legislatures reported a record.",
    ]
    cites = media_citations(texts)
    assert cited_among(["Reuters", "NBC", "WHO", "Al Jazeera"], cites) == frozenset()
    counts = {
        "Reuters": Counter(ORG=2),
        "NBC": Counter(ORG=1),
        "WHO": Counter(ORG=4),
        "Al Jazeera": Counter(ORG=1),
        "National Conference of State Legislatures": Counter(ORG=2),
    }
    # Reuters: two weak citations of two mentions; NBC and Al Jazeera one each (too few);
    # the WHO one of four (it acts more); a conference is a body, however cited
    assert reported_among(counts, cites) == {"Reuters"}


def test_a_name_cited_twice_as_a_source_in_a_briefing_is_an_outlet(content):
    texts = [
        "Reuters reported on Monday that the ministry had banned the airline.",
        "The attack was the deadliest this year, Reuters reported.",
        "The Interior Ministry said the ban stands.",
    ]
    ner = {
        0: [("Reuters", "ORG")],
        1: [("Reuters", "ORG")],
        2: [("The Interior Ministry", "ORG")],
    }
    pages, _resolved = _pages(content, texts, ner)
    assert pages.get("Reuters") == "media"


def test_a_one_word_portfolio_before_secretary_is_no_actor(content):
    texts = [
        "Home Secretary Amber Rudd accused him of being a backseat driver.",
        "He was accused by Home Secretary Amber Rudd of acting alone.",
        "UN Secretary-General Antonio Guterres urged calm, the UN said.",
    ]
    ner = {
        0: [("Home", "ORG"), ("Amber Rudd", "PERSON")],
        1: [("Home", "ORG"), ("Amber Rudd", "PERSON")],
        2: [("UN", "ORG"), ("Antonio Guterres", "PERSON"), ("UN", "ORG")],
    }
    pages, resolved = _pages(content, texts, ner)
    assert "Home" not in pages
    assert _rejected(resolved, "Home")
    assert pages.get("Amber Rudd") == "person"
    assert pages.get("UN") or pages.get("United Nations")


def _mentions_of(resolved, found, name):
    key = next(k for k, e in found.items() if e.name == name)
    return sorted(m.text for m in resolved.mentions if m.entity == key)


def test_a_mans_honorific_never_names_the_woman_of_that_surname(content):
    """'Mr. |Clinton|' in an article naming only Hillary Clinton in full, whom another article
    calls "his wife": not her; the briefing's one other Clinton, Bill."""
    from test_resolve_actors86 import resolve_articles

    articles = [
        (
            [
                "Former President Bill Clinton defended his wife, Hillary Clinton, on Sunday.",
                "Bill Clinton said the controversy was overblown.",
            ],
            {
                0: [("Bill Clinton", "PERSON"), ("Hillary Clinton", "PERSON")],
                1: [("Bill Clinton", "PERSON")],
            },
        ),
        (
            [
                "Hillary Clinton is telling her husband to stop commenting on the trip.",
                "Asked about the event, Mr. Clinton said he would not raise it again.",
                "President Clinton was visiting the site, the former president said.",
            ],
            {
                0: [("Hillary Clinton", "PERSON")],
                1: [("Clinton", "PERSON")],
                2: [("Clinton", "PERSON")],
            },
        ),
    ]
    found, _by_text, resolved, _ids = resolve_articles(content, articles)
    assert _mentions_of(resolved, found, "Hillary Clinton") == ["Hillary Clinton"] * 2
    assert _mentions_of(resolved, found, "Bill Clinton") == [
        "Bill Clinton",
        "Bill Clinton",
        "Clinton",
        "Clinton",
    ]
