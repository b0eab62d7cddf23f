"""perf77 (issue 10): the briefing-wide scans of resolve read only the paragraphs their own
first test passes (``resolve.scans``), those tests kept per article, so a rebuild after one
edit tests only that article's paragraphs; every rule answers as it did over every text."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from test_memo_keys import _build

from generator.model import Article, Sentence
from generator.resolve.article import Candidate
from generator.resolve.decide import Verdict
from generator.resolve.folds import _states_headed
from generator.resolve.jargon import _products
from generator.resolve.merge import acronym_definitions, translations
from generator.resolve.nations import _regions_written, _seat_acronyms
from generator.resolve.parties import _PLACE_READ, _glossed_parties
from generator.resolve.phases import _regions_by_article
from generator.resolve.scans import Scanned, scanned
from generator.steps import Steps

DEFINED = "The Syrian Democratic Forces (SDF) took the town."
TRANSLATED = "The Oberster Gerichtshof (Supreme Court of Justice) ruled on Monday."
MADE = "SpaceX tested its Falcon Heavy rocket again."
SEAT = "A White House statement followed, and the WH said more."
OFFICE = "Australian prime minister John Howard spoke."
GLOSS = "The elections were won by United Russia, the ruling political party."
WELL_KNOWN = "The Dalai Lama was not mentioned."
NOTHING = "Nothing in this paragraph is of any note at all."


def _articles(*paragraphs: tuple[str, ...]) -> list[Article]:
    return [
        Article(f"a{i}", f"Article {i}", "2024-01-01", "Wire", None, "en", texts)
        for i, texts in enumerate(paragraphs)
    ]


ARTICLES = _articles(
    (NOTHING, DEFINED, TRANSLATED),
    (MADE, NOTHING, SEAT),
    (OFFICE, GLOSS),
    (NOTHING, WELL_KNOWN),
    (NOTHING,),
)


def test_each_scan_holds_the_paragraphs_its_rule_can_read_in_the_briefings_order() -> None:
    """Each paragraph goes to the scans whose test it passes, in article then paragraph
    order; an article with no annotation gives its paragraphs to no rule reading the joined
    texts, but is still read for well-known names (as ``_well_known_written`` reads every
    article)."""
    annotated = {"a0", "a1", "a2", "a3"}
    found = scanned(ARTICLES, annotated, Steps(None))
    assert found == Scanned(
        defined=(DEFINED,),
        translated=(TRANSLATED,),
        made=(MADE,),
        seats=(SEAT,),
        offices=(OFFICE,),
        party_glosses=(GLOSS,),
        well_known=frozenset({"a3"}),
    )
    unread = Article("a9", "Unread", "2024-01-02", "Wire", None, "en", (DEFINED, WELL_KNOWN))
    found = scanned([*ARTICLES, unread], annotated, Steps(None))
    assert DEFINED in found.defined and found.defined.count(DEFINED) == 1
    assert found.well_known == {"a3", "a9"}


def test_each_rule_answers_over_its_scan_as_over_every_text() -> None:
    """The rules given their scan's paragraphs answer what they answer given every text
    (the tables here make each of them find something)."""
    texts = [t for a in ARTICLES for t in a.paragraphs]
    found = scanned(ARTICLES, {a.id for a in ARTICLES}, Steps(None))
    names = ["Syrian Democratic Forces", "SDF", "Oberster Gerichtshof", "Supreme Court of Justice"]
    assert acronym_definitions(found.defined, names) == acronym_definitions(texts, names)
    assert acronym_definitions(texts, names) == {"SDF": "Syrian Democratic Forces"}
    assert translations(found.translated, names) == translations(texts, names)
    assert translations(texts, names) == {"Supreme Court of Justice": "Oberster Gerichtshof"}
    labels = {"Falcon Heavy": Counter({"PRODUCT": 1}), "United Russia": Counter({"ORG": 1})}
    assert _products(labels, list(found.made)) == _products(labels, texts) == ["Falcon Heavy"]
    verdicts = {"WH": Verdict(reason="an acronym"), "United Russia": Verdict(reason=_PLACE_READ)}
    assert _seat_acronyms(verdicts, list(found.seats)) == _seat_acronyms(verdicts, texts)
    assert _seat_acronyms(verdicts, texts) == {"WH": "White House"}
    glossed = _glossed_parties(verdicts, labels, found.party_glosses)
    assert glossed == _glossed_parties(verdicts, labels, texts) == ["United Russia"]
    people = frozenset({"John", "Howard"})
    headed = _states_headed(["Howard Government"], found.offices, people, frozenset({"Howard"}))
    assert headed == _states_headed(["Howard Government"], texts, people, frozenset({"Howard"}))
    assert headed == {"Howard": "Australia"}


def test_the_scans_are_kept_per_article_and_an_edit_tests_only_its_article(
    tmp_path: Path,
) -> None:
    """A second build reads every article's tests back; after one article is edited only
    its paragraphs are tested again, and the scans are those of a build without a memo
    (``verify``: every value read back is computed too and compared)."""
    annotated = {a.id for a in ARTICLES}
    first = Steps(tmp_path, verify=True)
    assert scanned(ARTICLES, annotated, first) == scanned(ARTICLES, annotated, Steps(None))
    assert first.step_counts["text-scans"] == Counter({"article misses": 5})
    again = Steps(tmp_path, verify=True)
    scanned(ARTICLES, annotated, again)
    assert again.step_counts["text-scans"] == Counter({"article hits": 5})
    edited = [*ARTICLES[:4], _articles((NOTHING,), (NOTHING, GLOSS))[1]]
    after = Steps(tmp_path, verify=True)
    assert scanned(edited, annotated, after) == scanned(edited, annotated, Steps(None))
    assert after.step_counts["text-scans"] == Counter({"article hits": 4, "article misses": 1})
    assert scanned(edited, annotated, Steps(None)).party_glosses == (GLOSS, GLOSS)


EDITED = """\
---
title: Parties and seats
date: '2024-03-07'
source: Fixture Wire
language: en
---

The elections were won by United Russia, the ruling political party. The Syrian Democratic \
Forces (SDF) took the town. A White House statement followed.

Australian prime minister John Howard met the Dalai Lama. The Howard Government said so.
"""


@pytest.mark.slow
def test_a_rebuild_after_an_edit_the_scans_read_equals_a_build_from_nothing(
    mini_content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An article whose paragraphs every scan reads is added, then edited: after each, every
    page of the rebuild (its scans read back for the articles left as they were) is the
    page a build from nothing makes."""
    monkeypatch.chdir(tmp_path)
    path = mini_content / "articles" / "2024-03-07-parties-and-seats.md"
    before = _build(mini_content, tmp_path / "warm")
    path.write_text(EDITED, encoding="utf-8")
    added = _build(mini_content, tmp_path / "warm")
    assert added != before
    assert added == _build(mini_content, tmp_path / "cold1")
    path.write_text(EDITED.replace("United Russia", "Just Russia"), encoding="utf-8")
    edited = _build(mini_content, tmp_path / "warm")
    assert edited != added
    assert edited == _build(mini_content, tmp_path / "cold2")


REGION = "The Parliament of New South Wales (NSW) voted. The NSW legislature abolished it."
OTHER = "Goa's government announced a plan. Rains hit Goa."


def _regions_case(first: str) -> tuple[list[Candidate], dict, dict, dict]:
    """Two articles' candidates (the second's placed between the first's, as passes that
    append leave them), paragraphs, sentences and annotation keys."""
    texts = {"r": (first,), "g": (OTHER,)}
    sentences = {
        a: tuple(
            Sentence(0, s, e, t[0][s:e], ())
            for s, e in ((0, t[0].index(".") + 1), (t[0].index(".") + 2, len(t[0])))
        )
        for a, t in texts.items()
    }

    def at(article: str, text: str, label: str, after: int = 0) -> Candidate:
        start = texts[article][0].index(text, after)
        sentence = 0 if start < texts[article][0].index(".") else 1
        return Candidate(article, 0, sentence, start, start + len(text), text, text, label, label)

    candidates = [
        at("r", "Parliament of New South Wales", "ORG"),
        at("g", "Goa", "GPE", after=5),
        at("r", "NSW", "ORG"),
    ]
    return candidates, texts, sentences, {"r": first, "g": OTHER}


def test_regions_written_article_by_article_are_the_rules_over_the_briefing(
    tmp_path: Path,
) -> None:
    """``_regions_written`` run article by article (kept per article, ``verify``) gives what
    it gives over the whole briefing: the acronym the article defines renamed to its region,
    the region written again where it acts added; a second build reads every article back,
    and an edit reads again only its own."""
    candidates, texts, sentences, keys = _regions_case(REGION)
    whole = _regions_written(candidates, texts, sentences)
    assert [c.name for c in whole][:3] == [
        "Parliament of New South Wales",
        "Goa",
        "New South Wales",
    ]
    assert {(c.article, c.text) for c in whole[3:]} == {("r", "NSW"), ("g", "Goa")}
    first = Steps(tmp_path, verify=True)
    assert _regions_by_article(candidates, texts, sentences, keys, first) == whole
    assert first.step_counts["regions-written"] == Counter({"article misses": 2})
    again = Steps(tmp_path, verify=True)
    kept = _regions_by_article(candidates, texts, sentences, keys, again)
    assert kept == whole and kept[1] is candidates[1], "a candidate left as it was stays"
    assert again.step_counts["regions-written"] == Counter({"article hits": 2})
    edited = REGION.replace("legislature abolished", "court upheld")
    candidates, texts, sentences, keys = _regions_case(edited)
    after = Steps(tmp_path, verify=True)
    made = _regions_by_article(candidates, texts, sentences, keys, after)
    assert made == _regions_written(candidates, texts, sentences)
    assert after.step_counts["regions-written"] == Counter({"article hits": 1, "article misses": 1})
    unknown = _regions_by_article(candidates, texts, sentences, {}, Steps(tmp_path))
    assert unknown == made, "an article whose annotation is not known is read, not kept"
