"""actors79 (issue 8): news media cited as sources are outlets (``media``), not any
organisation: a medium's word in the name ("Miami Herald", "Associated Press") or a
citation's shape ("told CNN", "an AFP reporter"); a body's name stays a body."""

from __future__ import annotations

from test_resolve_briefing import resolve_text

from generator.resolve.decide import Verdict, as_media, cited_as_media, media_name


def test_a_medium_word_makes_an_outlet_and_a_body_word_does_not():
    for name in ("Miami Herald", "Fox News", "Associated Press", "Press TV", "Radio Free Asia"):
        assert media_name(name), name
    assert media_name("Xinhua News Agency")
    for name in ("International Atomic Energy Agency", "Press Council", "Ministry of Radio"):
        assert not media_name(name), name


def test_a_name_cited_as_news_media_is_found_and_an_audience_is_not():
    texts = [
        "A spokesman told CNN on Monday that talks continued.",
        "In an interview with the BBC, she denied it.",
        "An AFP reporter saw the bodies.",
        "NBC's correspondent said the town was empty.",
        "He told the UN Security Council that Iran had broken the deal.",
        "According to the WHO, cases rose.",
    ]
    names = ["CNN", "BBC", "AFP", "NBC", "UN Security Council", "WHO"]
    assert cited_as_media(names, texts) == {"CNN", "BBC", "AFP", "NBC"}


def test_a_curated_verdict_and_a_person_keep_their_type():
    cited = frozenset({"CNN"})
    assert as_media(Verdict("CNN", "organisation"), cited).type == "media"
    assert as_media(Verdict("Fox News", "organisation"), frozenset()).type == "media"
    assert as_media(Verdict("Wiley Post", "person"), cited).type == "person"
    assert as_media(Verdict(None, None, curated_key="actors/cnn"), cited).curated_key


def test_outlets_cited_in_a_briefing_are_typed_media(content):
    found, by_text, _ = resolve_text(
        content,
        [
            "A Pentagon official told CNN that the troops would stay.",
            "CNN also said the base was hit.",
            "The Miami Herald reported that Maduro met the envoy.",
            "The United Nations said aid was blocked.",
        ],
        {
            0: [("Pentagon", "ORG"), ("CNN", "ORG")],
            1: [("CNN", "ORG")],
            2: [("Miami Herald", "ORG"), ("Maduro", "PERSON")],
            3: [("United Nations", "ORG")],
        },
    )
    assert found[by_text["CNN"]].type == "media"
    assert found[by_text["Miami Herald"]].type == "media"
    assert found[by_text["United Nations"]].type == "organisation"


def test_told_a_company_what_was_said_and_a_club_are_no_outlets():
    texts = [
        'Saying "he had a gun to his head," he told AMD he had to stop buying.',
        "She told the United States Congress that the aid was held.",
        "A CNN reporter asked; the National Press Club's reporters left.",
        "He told CNN on Monday.",
    ]
    names = ["AMD", "United States Congress", "National Press Club", "CNN"]
    assert cited_as_media(names, texts) == {"CNN"}
    assert not media_name("National Press Club")
