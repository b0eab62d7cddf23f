"""review39 (issue 8): two pairs of word sets in ``resolve/article`` shared a name, so the second
of each hid the first. Each reader now reads the set it was written for: ``body_word`` and
``_surname_of_body`` the heads of bodies before "of" ("Church of England"), ``_after_a_name``
the capitalised openers ("The Haaretz said" names no one "Haaretz" is the surname of)."""

from __future__ import annotations

from dataclasses import replace

from test_resolve import annotation_for

from generator.resolve import resolve
from generator.resolve.article import body_word
from generator.resolve.article.firms import _after_a_name, _unread_speakers
from generator.resolve.article.people import _given_name


def resolve_text(content, paragraphs, spans):
    """Resolve one article of ``paragraphs`` with NER ``spans`` {paragraph: [(text, label)]}."""
    article = replace(content.articles[0], paragraphs=tuple(paragraphs), annotations=())
    spans = {p: [(t, label, None) for t, label in found] for p, found in spans.items()}
    resolved = resolve(replace(content, articles=(article,)), [annotation_for(article, spans)])
    found = {e.key: e for e in resolved.entities if not e.curated}
    by_text = {m.text: m.entity for m in resolved.mentions}
    return found, by_text, resolved


def test_a_head_before_of_is_a_bodys_word():
    """'Church', 'College', 'Academy', 'School': the heads of "Church of England", "College of
    Cardinals" make a name a body's, as ``body_word`` was written to say."""
    assert all(body_word(w) for w in ("Church", "College", "Academy", "School", "Chamber"))


def test_a_head_at_the_end_stays_a_bodys_word():
    """The words it has read since the sets shared a name stay bodies' words: "Disaster and
    Emergency Management Presidency", "Crow Tribe", "Navajo Nation"."""
    assert all(body_word(w) for w in ("Presidency", "Tribe", "Tribes", "Nation", "Directorate"))
    assert not any(body_word(w) for w in ("Charlotte", "Smith", "Rules"))


def test_a_surname_before_a_body_of_no_place_stays_the_bodys_head(content):
    """'Church of Scientology officials said', in an article that names the singer Charlotte
    Church: the body's head word before 'of', even with no 'the' before it, is no surname, so
    the mention is not cut to "Church" (main: cut, ``_surname_of_body`` read the 'and' heads)."""
    found, by_text, resolved = resolve_text(
        content,
        [
            "Singer Charlotte Church met officials of the Church of Scientology on Monday.",
            "Church of Scientology officials said she was welcome.",
            "Charlotte Church said she would return.",
        ],
        {
            0: [("Charlotte Church", "PERSON"), ("the Church of Scientology", "ORG")],
            1: [("Church of Scientology", "ORG")],
            2: [("Charlotte Church", "PERSON")],
        },
    )
    assert "Church" not in by_text, resolved.decisions
    assert found[by_text["Church of Scientology"]].name == "Church of Scientology"


def test_a_sentence_opener_before_a_name_is_no_given_name():
    """'The Haaretz said': a capitalised opener before a name does not make it the last word of
    a longer name; a capitalised word that opens nothing does ("Irvan Maltoi ... Maltoi said")."""
    text = "The Haaretz said on Monday.\nHaaretz said later the report was wrong."
    assert not _after_a_name(text, "Haaretz")
    assert _after_a_name("Irvan Maltoi, the bureau chief, spoke.\nMaltoi said so.", "Maltoi")


def test_a_speaker_written_after_the_is_an_unread_body():
    """'The Haaretz says ... Haaretz said': twice a speaker the NER never read, once after a
    sentence's 'The': a body (the unread-speaker rule), not a surname of a longer name."""
    paragraphs = [
        "The Haaretz says the deal was signed in secret.",
        "Haaretz said on Tuesday that officials had confirmed it.",
    ]
    assert _unread_speakers(paragraphs, []) == {"Haaretz"}


def test_the_given_name_test_still_reads_lower_case_openers():
    """``_given_name`` compares a lower-cased word: the lower-case ``_OPENERS`` it was written
    for ("Prosecutor Krzysztof Sierak", "Meanwhile Tusk") stay no given names."""
    article = "the prosecutor said"
    for word in ("Prosecutor", "Meanwhile", "Democrat"):
        assert not _given_name(word, "Tusk", f"{word} Tusk spoke", set(), article)
