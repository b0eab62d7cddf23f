"""actors89 (issue 8): news outlets. The article's own publisher named in its text is the
outlet that reported ("|Wikinews| attended", "Smith told |Wikinews|", "Wikinews interviewed
Siegel"), read where the NER left it, and news media by that alone; "CCTV" written as the
device ("CCTV footage", "caught on CCTV") names no actor, while the broadcaster cited
("told CCTV", "CCTV reported") keeps its page."""

from __future__ import annotations

import re
from dataclasses import replace

from test_resolve_briefing import annotation_for

from generator.model.nlp import Span
from generator.resolve import resolve
from generator.resolve.article import (
    _own_publisher,
    device_read,
    publisher_name,
    publisher_named,
)
from generator.resolve.names import not_an_actor


def test_a_publishers_name_comes_from_its_host_or_its_source():
    assert publisher_name("en.wikinews.org") == "wikinews"
    assert publisher_name("www.bbc.co.uk") == "bbc"
    assert publisher_name("edition.cnn.com") == "cnn"
    assert publisher_name("www.abc.net.au") == "abc"
    assert publisher_name("Reuters") == "Reuters"
    assert publisher_name("The Guardian") == "The Guardian"
    assert publisher_name("") is None
    assert publisher_name("t.co") is None  # two letters: no name told from a word


def test_the_publisher_named_in_its_own_article_is_read_where_the_ner_left_it():
    paragraphs = (
        "Wikinews attended the fair. Smith told Wikinews he was pleased.",
        "Siegel answered questions for Wikinews\u200d's correspondent; see en.wikinews.org.",
        "Wikinews's Nick Moreau spoke to the team at @wikinews.",
    )
    spans = [(0, Span("Smith", "PERSON", 28, 33, None))]
    out = {(p, s.text, s.start) for p, s in _own_publisher(spans, paragraphs, "en.wikinews.org")}
    assert (0, "Wikinews", 0) in out and (0, "Wikinews", 39) in out
    assert (1, "Wikinews", 30) in out  # before a zero-width joiner and "'s"
    assert (2, "Wikinews", 0) in out
    assert len(out) == 5  # not in the addresses
    assert _own_publisher(spans, paragraphs, "") == spans
    dawn = ("Dawn raids began. Police said the raids went on until dawn.",)
    assert _own_publisher([], dawn, "www.dawn.com") == []  # a word in lower case too


def test_cctv_as_the_device_is_no_outlet():
    paragraphs = (
        "CCTV footage showed the men. CCTV captured them. He was caught on CCTV.",
        "State broadcaster CCTV reported the visit. Putin told CCTV it went well.",
        "Images from CCTV were released. CCTV cameras recorded it.",
        "State broadcaster CCTV showed the meeting; China's CCTV footage was aired.",
    )
    spans = [
        (p, Span(m.group(), "PERSON" if m.group() == "Putin" else "ORG", m.start(), m.end(), None))
        for p, text in enumerate(paragraphs)
        for m in re.finditer(r"CCTV|Putin", text)
    ]
    out = [(p, s.text) for p, s in spans if not device_read(paragraphs[p], s)]
    assert out == [(1, "CCTV"), (1, "Putin"), (1, "CCTV"), (3, "CCTV"), (3, "CCTV")]


def _resolve(content, source, paragraphs, spans):
    article = replace(
        content.articles[0], paragraphs=tuple(paragraphs), annotations=(), source=source
    )
    spans = {p: [(t, label, None) for t, label in found] for p, found in spans.items()}
    return resolve(replace(content, articles=(article,)), [annotation_for(article, spans)])


def test_the_own_publisher_gets_a_news_outlets_page(content):
    paragraphs = (
        "Wikinews interviewed Michael Siegel about his study of guns.",
        "Siegel agreed to answer some questions for Wikinews\u200d's correspondent.",
    )
    spans = {0: [("Michael Siegel", "PERSON")], 1: [("Siegel", "PERSON")]}
    resolved = _resolve(content, "en.wikinews.org", paragraphs, spans)
    found = {e.name: e.type for e in resolved.entities if not e.curated}
    assert found.get("Wikinews") == "media"
    article = replace(content.articles[0], paragraphs=paragraphs, source="en.wikinews.org")
    assert publisher_named(article) == {"Wikinews"}
    elsewhere = _resolve(content, "www.reuters.com", paragraphs, spans)
    assert "Wikinews" not in {e.name for e in elsewhere.entities}  # no publisher's name


def test_cctv_footage_gets_no_page(content):
    paragraphs = (
        "CCTV footage showed the suspect Mark Smith entering the shop.",
        "CCTV cameras recorded the attack, and Smith was arrested.",
    )
    spans = {
        0: [("CCTV", "ORG"), ("Mark Smith", "PERSON")],
        1: [("CCTV", "ORG"), ("Smith", "PERSON")],
    }
    resolved = _resolve(content, "example.org", paragraphs, spans)
    names = {e.name for e in resolved.entities if not e.curated}
    assert "CCTV" not in names and "Mark Smith" in names
    why = {d.name: d.reason for d in resolved.decisions if d.action == "rejected"}
    assert why["CCTV"] == "a device ('CCTV' the camera), not the outlet of that name [NA-DEVICE]"


def test_a_states_media_described_is_no_outlet():
    for name in (
        "Iranian State TV",
        "Syrian State Television",
        "State Media",
        "Syria's State Media",
        "The State-run Television",
    ):
        assert not_an_actor(name) == "a state's media described ('state TV'), no outlet's name"
    for name in ("Press TV", "State Duma", "China Central Television", "Kurdistan State TV"):
        assert not_an_actor(name) != "a state's media described ('state TV'), no outlet's name"
