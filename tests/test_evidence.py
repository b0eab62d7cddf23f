"""The evidence stage: what each page shows, as plain data (no Markdown to parse)."""

from __future__ import annotations

from dataclasses import fields, is_dataclass

from generator.evidence import gather
from generator.link import link
from generator.model import Article, Briefing, Entity, Mention, Resolved, Sentence


def linked_deal():
    text = "Putin and his Iranian counterpart signed the deal. “It is historic,” he said."
    first = text.index("“")
    article = Article("2025-01-01-a", "A", "2025-01-01", "Wire", None, "en", (text,))
    entities = (
        Entity("actors", "putin", "Putin", "person"),
        Entity("actors", "iran", "Iran", "state", adjectives=("Iranian",)),
        Entity("actors", "russia", "Russia", "state"),
        Entity(
            "agreements",
            "deal",
            "Deal",
            "deal",
            date="2025-01",
            place="Moscow",
            parties=("putin", "iran", "russia"),
        ),
    )
    mentions = (
        Mention("actors/putin", article.id, 0, 0, 0, 5, "Putin", "curated"),
        Mention("agreements/deal", article.id, 0, 0, 41, 49, "the deal", "annotation"),
    )
    sentences = (Sentence(0, 0, first - 1, text[: first - 1], ()),)
    sentences += (Sentence(0, first, len(text), text[first:], ()),)
    return link(Resolved(entities, mentions, {article.id: sentences}), (article,))


def test_views_are_frozen_plain_data_without_markdown():
    evidence = gather(linked_deal(), Briefing("T", "S"))
    view = evidence.entities["agreements/deal"]
    assert is_dataclass(view) and view.__dataclass_params__.frozen
    (group,) = view.evidence
    (item,) = group.quotes
    assert item.plain == "Putin and his Iranian counterpart signed the deal."
    assert item.sentences[0].bold == ((41, 49),)  # the deal's own words, as offsets
    assert item.paragraphs == (1, 1)
    for field in fields(view):
        assert "\\" not in repr(getattr(view, field.name)), field.name


def test_record_checks_work_on_views():
    view = gather(linked_deal(), Briefing("T", "S")).entities["agreements/deal"]
    assert [e.id for e in view.involved] == ["putin", "iran", "russia"]
    assert [e.id for e in view.unnamed] == ["russia"]  # Iran is named by its adjective
    assert [(p.part, p.match) for p in view.places] == [("Moscow", None)]
    assert view.dates == ()  # no quoted sentence dates it


def test_actor_views_count_sentences_and_list_agreements():
    evidence = gather(linked_deal(), Briefing("T", "S"))
    putin = evidence.entities["actors/putin"]
    assert (putin.stats.mentions, putin.stats.articles) == (1, 1)
    assert [e.id for e in putin.agreements] == ["deal"]
    assert evidence.index.key_actors[0][0].id == "putin"  # most mentioned first
    assert [a.id for a in evidence.index.articles] == ["2025-01-01-a"]
    article = evidence.articles["2025-01-01-a"]
    assert [(s.start, s.end, s.key) for s in article.links[0]] == [
        (0, 5, "actors/putin"),
        (41, 49, "agreements/deal"),
    ]
