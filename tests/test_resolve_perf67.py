"""perf67 (issue 10): the briefing-wide passes on people read each candidate's surroundings
once a build, however many of their rules ask about them; the answers stay the same."""

from __future__ import annotations

from collections import Counter

import pytest
from test_resolve_actors66 import resolve_articles
from test_resolve_review21 import _full, _lone, _owners
from test_resolve_review24 import _clintons

from generator.resolve import bearers


def _counted(monkeypatch, reader: str) -> Counter[tuple[str, int, int]]:
    """How many times ``bearers``' ``reader`` of a candidate's surroundings reads each one."""
    read: Counter[tuple[str, int, int]] = Counter()
    real = getattr(bearers, reader)

    def counted(c, paragraphs):
        read[c.article, c.paragraph, c.start] += 1
        return real(c, paragraphs)

    monkeypatch.setattr(bearers, reader, counted)
    return read


def test_titled_bearers_read_the_words_before_each_name_once(content, monkeypatch):
    """'Mrs |Clinton|', 'his wife |Hillary Clinton|': ``_titled_bearers`` asks a name up to
    five questions of the words before it (a woman's noun, a relative's, an honorific, an
    office, some twice); each candidate's words are read once, and the owners are those
    the rules gave before (review24's Clintons)."""
    read = _counted(monkeypatch, "_words_before")
    articles = _clintons(woman_first=True)
    articles.append(
        (
            ["His wife Hillary Clinton campaigned in Ohio.", "Mrs Clinton told voters to go."],
            {0: [("Hillary Clinton", "PERSON")], 1: [("Clinton", "PERSON")]},
        )
    )
    articles.append(_lone(["Mr Clinton spoke to steelworkers in Pittsburgh."], "Clinton"))
    resolved, names = resolve_articles(content, articles)
    assert read, "the words before the names were never read"
    assert max(read.values()) == 1, read
    assert _owners(resolved, names, "a4") == ["Hillary Clinton", "Hillary Clinton"]
    assert _owners(resolved, names, "a5") == ["Bill Clinton"]


@pytest.mark.parametrize("title", ["President", "Senator"])
def test_an_office_before_a_name_is_read_once(content, monkeypatch, title):
    """'President |Clinton|' in an article naming no Clinton in full: its office is asked
    for by three of the rules, and read once."""
    read = _counted(monkeypatch, "_office_before")
    articles = [_full("President", "Bill", "Clinton"), _full("Senator", "Hillary", "Clinton")]
    articles.append(_lone([f"{title} Clinton spoke in Pittsburgh."], "Clinton"))
    resolved, names = resolve_articles(content, articles)
    assert read and max(read.values()) == 1, read
    want = "Bill Clinton" if title == "President" else "Hillary Clinton"
    assert _owners(resolved, names, "a2") == [want]


def test_a_regions_name_is_searched_for_only_in_paragraphs_that_hold_it(monkeypatch):
    """'|Goa|'s government announced …' written again where the NER read no span: the
    region's name is looked for with its pattern only in the paragraphs that hold its
    letters (most name no region), and found there as before."""
    from generator.model import Sentence
    from generator.resolve import nations
    from generator.resolve.article import Candidate

    texts = (
        "Goa is a state of India.",
        "Tourism fell sharply this year.",
        "Hotels closed early.",
        "Goa's government announced a relief fund.",
    )
    sentences = tuple(Sentence(p, 0, len(t), t, ()) for p, t in enumerate(texts))
    goa = Candidate("a1", 0, 0, 0, 3, "Goa", "Goa", "GPE")
    scanned: list[str] = []
    real = nations.re.compile

    class Counted:
        def __init__(self, pattern):
            self._pattern = pattern

        def finditer(self, text):
            if "Goa" in self._pattern.pattern:  # the region's, not the acronyms' pattern
                scanned.append(text)
            return self._pattern.finditer(text)

    def compile_counted(pattern, *args):
        return Counted(real(pattern, *args))

    monkeypatch.setattr(nations.re, "compile", compile_counted)
    out = nations._regions_written([goa], {"a1": texts}, {"a1": sentences})
    assert scanned == [texts[0], texts[3]]
    assert [(c.paragraph, c.start, c.name) for c in out] == [(0, 0, "Goa"), (3, 0, "Goa")]
