"""A rebuild after an edit that changes a briefing-wide join (perf81, issue 10): resolve's
joins over every article's candidates (here the lone surname given to the one bearer of the
briefing) decide an unedited article's mentions from another article's text, so the memo
entries kept for the unedited article must not stand for the join's answer. The rebuild's
pages are a build from nothing's, byte for byte (blank pipeline, a ruler for the NER)."""

from __future__ import annotations

import pytest
import test_reuse
from test_reuse import _docs, _from_nothing, fake_ner  # noqa: F401  (the fixture, by name)

from generator.build import Paths, build
from generator.steps import Steps

PEOPLE = (*test_reuse.NER_PEOPLE, "Carlos Lopez")
"""Names a statistical NER would read as people's: test_reuse's stand-in NER labels them so."""


def _append(path, sentence: str) -> None:
    text = path.read_text(encoding="utf-8").rstrip("\n")
    path.write_text(f"{text} {sentence}\n", encoding="utf-8")


@pytest.mark.usefixtures("fake_ner")
def test_an_edit_that_changes_a_join_over_other_articles_rebuilds_as_from_nothing(
    mini_content, tmp_path, monkeypatch
):
    """A lone "Lopez" in the pact's article goes to Maria Lopez, the one Lopez the briefing
    names in full (in the summit's article). An edit of the summit's article naming a
    second Lopez in full leaves the lone "Lopez" no one bearer: the pact's article, not
    edited, reads otherwise, and the rebuild (every memo verified against its computation)
    writes what a build from nothing writes."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(test_reuse, "NER_PEOPLE", PEOPLE)
    pact = mini_content / "articles" / "2024-02-03-pact-signed.md"
    summit = mini_content / "articles" / "2024-01-02-summit-held.md"
    _append(pact, "Lopez welcomed the pact.")
    paths = Paths(mini_content, tmp_path / "out" / "site", tmp_path / "out" / "docs",
                  tmp_path / "cache")  # fmt: skip
    build(paths, model="blank", pages_only=True)
    before = _docs(paths)
    _append(summit, "Carlos Lopez, a trade envoy, arrived late.")
    made: list[Steps] = []
    monkeypatch.setattr(
        "generator.build.Steps",
        lambda *a, **k: made.append(Steps(*a, **k, verify=True)) or made[-1],
    )
    build(paths, model="blank", pages_only=True)
    after = _docs(paths)
    assert after == _from_nothing(mini_content, tmp_path, "cold")
    # The join moved: the unedited article's page changed with the other article's edit,
    # and its lone "Lopez" no longer links Maria Lopez's page.
    page = "articles/2024-02-03-pact-signed.md"
    assert before[page] != after[page]
    assert "maria-lopez" in before[page] and "maria-lopez" not in after[page]
    assert made and made[0].counts["article hits"] > 0, "the rebuild kept per-article entries"


def _resolved(content, stranger: str, steps: Steps | None):
    """review41's briefing: an article naming Mohammed bin Salman, and one where a lone
    "Mohammed" opens ``stranger``; each mention's entity by article and text."""
    from dataclasses import replace

    from test_resolve import annotation_for

    from generator.resolve import resolve

    texts = (
        (
            ["Crown Prince Mohammed bin Salman met Donald Trump at the White House."],
            {0: [("Mohammed bin Salman", "PERSON"), ("Donald Trump", "PERSON")]},
        ),
        (
            [stranger, "Mohammed said he could no longer afford rice."],
            {0: [("Mohammed", "PERSON"), ("Donald Trump", "PERSON")], 1: [("Mohammed", "PERSON")]},
        ),
    )
    base = content.articles[0]
    made, notes = [], []
    for i, (paragraphs, spans) in enumerate(texts):
        article = replace(base, id=f"{base.id}-{i}", paragraphs=tuple(paragraphs), annotations=())
        made.append(article)
        notes.append(
            annotation_for(article, {p: [(t, lab, None) for t, lab in s] for p, s in spans.items()})
        )
    resolved = resolve(replace(content, articles=tuple(made)), notes, steps=steps)
    return {(m.article[-1], m.text): m.entity for m in resolved.mentions}


def test_the_familiar_names_text_test_is_kept_per_word_and_read_again_after_an_edit(
    content, tmp_path
):
    """``_familiar_given_names``' test of the text (is the word introduced as someone new?)
    is kept per word under the texts it reads: a second build reads it back (every kept
    answer verified against its computation), an edit of the stranger's article that
    introduces "Mohammed" anew reads it again and parts him from the prince, as a build
    with no memo does."""
    joined = "Mohammed told reporters that Donald Trump was a friend of the kingdom."
    introduced = "Mohammed, a shopkeeper in Cairo, said Donald Trump had raised prices."
    first = Steps(tmp_path, verify=True)
    found = _resolved(content, joined, first)
    assert found["1", "Mohammed"] == found["0", "Mohammed bin Salman"]
    assert first.step_counts["introduced"] == {"article misses": 1}
    again = Steps(tmp_path, verify=True)
    assert _resolved(content, joined, again) == found
    assert again.step_counts["introduced"] == {"article hits": 1}
    edited = Steps(tmp_path, verify=True)
    parted = _resolved(content, introduced, edited)
    assert edited.step_counts["introduced"] == {"article misses": 1}
    assert parted.get(("1", "Mohammed")) != parted["0", "Mohammed bin Salman"]
    assert parted == _resolved(content, introduced, None)
