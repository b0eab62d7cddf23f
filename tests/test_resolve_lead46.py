"""The lead's reader check, session 46 (issue 8): an uprising named in Arabic ("the First
Intifada") or in English ("the Easter Rising", "the Boxer Rebellion") names an event, no
actor; a body with such a word inside its name stays one."""

from __future__ import annotations

import pytest

from generator.resolve.names import not_an_actor


@pytest.mark.parametrize(
    ("name", "head"),
    [("First Intifada", "Intifada"), ("Second Intifada", "Intifada"),
     ("Boxer Rebellion", "Rebellion"), ("Rwandan Genocide", "Genocide")],
)  # fmt: skip
def test_an_uprising_names_an_event(name, head):
    assert not_an_actor(name) == f"names an event ('{head}')"


@pytest.mark.parametrize("name", ["Intifada Committee", "Rebellion Party"])
def test_a_body_named_after_one_stays_a_body(name):
    assert not_an_actor(name) is None


@pytest.mark.slow
def test_an_acronym_defined_in_one_article_and_a_state_elsewhere_does_not_crash(tmp_path):
    """ "the United States (US)" in one article and "the US" beside a dateline in capitals in
    another: the acronym takes its long form's verdict but is no candidate's name once the
    state's names are folded; resolve crashed saying why it was merged (`KeyError: 'US'`,
    found by agreements56's wide check on real text)."""
    from generator.annotate import annotate
    from generator.importer import RawArticle, write_articles
    from generator.load import load_content
    from generator.resolve import resolve

    content = tmp_path / "content"
    write_articles(
        [
            RawArticle(
                "Prime minister speaks of her years abroad",
                "2024-02-10",
                (
                    "The prime minister spoke of her experiences at the United Nations (UN), "
                    "the United States (US), and the United Kingdom (UK).",
                    "She said she had learnt much there.",
                ),
            ),
            RawArticle(
                "Deal weakened allies",
                "2024-02-29",
                (
                    "WASHINGTON, UNITED STATES - The agreement reached between the US and the "
                    "Taliban in Doha, Qatar four years ago empowered the Taliban and weakened US "
                    "partners in Afghanistan.",
                    "The US-Taliban agreement failed to help peace talks, the spokeswoman said.",
                ),
            ),
        ],
        content,
    )
    (content / "briefing.yml").write_text("title: Test\n", encoding="utf-8")
    loaded = load_content(content)
    resolved = resolve(loaded, annotate(loaded.articles, loaded.entities))
    states = {e.name for e in resolved.entities if e.type == "state"}
    assert "United States" in states
    # the dateline "WASHINGTON, UNITED STATES -" is a city and its state, the place the news
    # comes from; it does not take "the US" of the text with it (they were lost, unlinked)
    said = [m for m in resolved.mentions if m.text == "US" and "allies" in m.article]
    assert len(said) == 3 and {m.entity for m in said} == {"actors/united-states"}, said
