"""Nothing the machine drops is hidden from the editors (review17, issue 8): a name the NER
read that a rule of ``collect`` leaves out (an office's or a rank's word after it, a longer
name it was cut from, a title's end) and that no page holds gets a rejection in the review,
with its reason and the YAML that accepts it, once the briefing writes it twice."""

from __future__ import annotations

from dataclasses import replace

import pytest
from conftest import rejected_reasons
from test_resolve import annotation_for
from test_resolve_briefing import resolve_text
from test_review import apply, item

from generator.evidence.review import gather_review, review_text
from generator.load import load_content
from generator.resolve import resolve
from generator.resolve.article import collect
from generator.resolve.reasons import NotActor

# Real shapes: WikinewsSum (actors62's pool), "… haul United Nations personnel before the US
# Congress" and "two Iraqi National Guard officers had been publicly decapitated in Mosul".
PERSONNEL = (
    "Paul Volcker demanded that he haul United Nations personnel before the US Congress.",
    "Two Iraqi National Guard officers and three United Nations personnel were killed.",
)
PERSONNEL_SPANS = {
    0: [("Paul Volcker", "PERSON"), ("United Nations", "ORG"), ("the US Congress", "ORG")],
    1: [("Iraqi National Guard", "ORG"), ("United Nations", "ORG")],
}


def test_a_body_named_only_before_personnel_is_listed_with_its_reason(content):
    found, by_text, resolved = resolve_text(content, PERSONNEL, PERSONNEL_SPANS)
    # The page is unchanged: "United Nations personnel" still reads as people …
    assert "United Nations" not in by_text
    assert "United Nations" not in {e.name for e in found.values()}
    # … but the editor sees it, with why, and how often.
    reasons = rejected_reasons(resolved)
    assert reasons["United Nations"] == NotActor.OFFICE_OR_RANK.why(
        word="personnel", name="United Nations"
    )
    (decision,) = [d for d in resolved.decisions if d.name == "United Nations"]
    assert decision.mentions == 2 and len(decision.where) == 2


def test_a_name_left_out_once_stays_out_of_the_queue(content):
    """'two Iraqi National Guard officers', once: one-off noise is not listed."""
    _, _, resolved = resolve_text(content, PERSONNEL, PERSONNEL_SPANS)
    assert "Iraqi National Guard" not in rejected_reasons(resolved)


def test_a_name_left_out_where_another_mention_gives_it_a_page_is_not_listed(content):
    paragraphs = (*PERSONNEL, "The United Nations said it would send an envoy to Baghdad.")
    spans = {**PERSONNEL_SPANS, 2: [("The United Nations", "ORG"), ("Baghdad", "GPE")]}
    found, _, resolved = resolve_text(content, paragraphs, spans)
    assert "United Nations" in {e.name for e in found.values()}
    assert not [d for d in resolved.decisions if "[RS-" in d.reason]


def test_a_name_cut_from_a_longer_one_is_listed(content):
    """'Civilian Deputy Undersecretary of the Air Force for Acquisition Darleen Druyun'
    (WikinewsSum, actors62's pool), twice: the NER's span, cut after "of the", is read as the
    end of a longer name, and the person inside it gets no page: the editor now sees it."""
    text = (
        "Boeing hired Deputy Undersecretary of the Air Force for Acquisition Darleen Druyun.",
        "Undersecretary of the Air Force for Acquisition Darleen Druyun said she had erred.",
    )
    name = "Air Force for Acquisition Darleen Druyun"
    spans = {0: [("Boeing", "ORG"), (name, "ORG")], 1: [(name, "ORG")]}
    _, by_text, resolved = resolve_text(content, text, spans)
    assert name not in by_text
    assert rejected_reasons(resolved)[name] == NotActor.CUT_FROM_LONGER.why(
        longer="Undersecretary of the", name=name
    )


def test_a_state_written_only_as_a_modifier_is_not_listed(content):
    """'a Luxembourg-based firm': a place, which the review leaves out as it leaves places."""
    text = ("A Luxembourg-based firm bought it.", "Another Luxembourg-based bank sold it.")
    spans = {0: [("Luxembourg", "GPE")], 1: [("Luxembourg", "GPE")]}
    article = replace(content.articles[0], paragraphs=text, annotations=())
    found = collect(
        article,
        annotation_for(article, {p: [(t, lab, None) for t, lab in s] for p, s in spans.items()}),
        set(),
        set(),
        set(),
    )
    assert [d.why for d in found.dropped] == [NotActor.STATE_MODIFIER.why(name="Luxembourg")] * 2
    _, _, resolved = resolve_text(content, text, spans)
    assert "Luxembourg" not in rejected_reasons(resolved)


def run(content_dir, entity: str | None = None):
    """The personnel article resolved from ``content_dir``; ``entity``: the key the curated
    EntityRuler gives "United Nations" (it runs before the NER, so a curated name wins)."""
    content = load_content(content_dir)
    article = replace(content.articles[0], paragraphs=PERSONNEL, annotations=())
    content = replace(content, articles=(article,))
    spans = {
        p: [(t, label, entity if t == "United Nations" else None) for t, label in found]
        for p, found in PERSONNEL_SPANS.items()
    }
    resolved = resolve(content, [annotation_for(article, spans)])
    return resolved, gather_review(content, resolved)


def test_the_review_shows_the_yaml_that_accepts_it_and_the_accept_wins(mini_content):
    _, queue = run(mini_content)
    un = item(queue, "United Nations")
    assert un.kind == "rejected"
    assert "[RS-OFFICE]" in un.detail and "named 2 times" in un.detail
    text = review_text(queue, "content")
    assert "create content/actors/united-nations.yml" in text
    apply(mini_content, un.fixes[0])  # accept
    resolved, again = run(mini_content, "actors/united-nations")
    by_text = {m.text: m.entity for m in resolved.mentions}
    assert by_text["United Nations"] == "actors/united-nations"
    assert "United Nations" not in {i.name for i in again.items}


def test_the_review_shows_the_yaml_that_rejects_it_and_the_reject_wins(mini_content):
    _, queue = run(mini_content)
    apply(mini_content, item(queue, "United Nations").fixes[-1])  # reject: ignore it
    _, again = run(mini_content)
    assert "United Nations" not in {i.name for i in again.items}


@pytest.mark.slow
def test_an_accepted_name_gets_its_page_through_the_real_annotator(tmp_path):
    """The real model's reading is listed, and the accept wins on a real rebuild: the
    curated EntityRuler runs before the NER."""
    import shutil

    from conftest import ROOT

    from generator.annotate import annotate

    content_dir = tmp_path / "content"
    shutil.copytree(ROOT / "tests/fixtures/mini", content_dir)
    article = content_dir / "articles" / "2005-01-10-un-personnel.md"
    article.write_text(
        "---\ntitle: UN personnel\ndate: '2005-01-10'\nsource: Wikinews\nlanguage: en\n---\n\n"
        + "\n\n".join(PERSONNEL)
        + "\n",
        encoding="utf-8",
    )
    content = load_content(content_dir)
    annotations = annotate(content.articles, content.entities, cache_dir=tmp_path / "cache")
    un = [d for d in resolve(content, annotations).decisions if d.name == "United Nations"]
    assert [(d.action, d.mentions, "[RS-OFFICE]" in d.reason) for d in un] == [
        ("rejected", 2, True)
    ]
    (content_dir / "actors" / "united-nations.yml").write_text(
        "name: United Nations\ntype: organisation\n", encoding="utf-8"
    )
    content = load_content(content_dir)
    annotations = annotate(content.articles, content.entities, cache_dir=tmp_path / "cache")
    resolved = resolve(content, annotations)
    ours = [m for m in resolved.mentions if m.article.endswith("un-personnel")]
    assert [m.entity for m in ours if m.text == "United Nations"] == ["actors/united-nations"] * 2


def test_a_name_the_briefing_reads_as_another_is_listed(content):
    """'Colombian |Caracol Radio|' (Wikinews, actors44's pool): a name read as the shorter one
    the briefing writes, with the line that says so. (review17's shapes were "AOL Europe",
    which actors66 keeps whole, and "BBC Radio Wales", which actors67 keeps whole: an
    outlet's channel named for its place.)"""
    text = (
        "Colombian Caracol Radio reported the capture.",
        "Colombian Caracol Radio said the rebels were moved. Caracol Radio was first.",
    )
    spans = {
        0: [("Colombian Caracol Radio", "ORG")],
        1: [("Colombian Caracol Radio", "ORG"), ("Caracol Radio", "ORG")],
    }
    found, by_text, resolved = resolve_text(content, text, spans)
    assert "Colombian Caracol Radio" not in {e.name for e in found.values()}
    assert by_text["Colombian Caracol Radio"] == by_text["Caracol Radio"]
    (decision,) = [d for d in resolved.decisions if d.name == "Colombian Caracol Radio"]
    assert (decision.action, decision.key, decision.mentions) == (
        "merged",
        by_text["Caracol Radio"],
        2,
    )
    assert decision.reason == NotActor.READ_AS.why(other="Caracol Radio")
    # Where the briefing reads the place as a place, no page takes it: rejected, with the
    # name (an invented shape: a firm's name, then a continent read as a place).
    text = (
        "Time Warner will book the sale of Time Warner Europe as a loss.",
        "Bertelsmann bought a stake in Time Warner Europe in 2000.",
        *(f"Exports to Europe rose in {year}." for year in range(2001, 2007)),
    )
    spans = {
        0: [("Time Warner", "ORG"), ("Time Warner Europe", "ORG")],
        1: [("Bertelsmann", "ORG"), ("Time Warner Europe", "ORG")],
        **{2 + i: [("Europe", "LOC")] for i in range(6)},
    }
    _, by_text, resolved = resolve_text(content, text, spans)
    assert "Time Warner Europe" not in by_text
    assert rejected_reasons(resolved)["Time Warner Europe"] == NotActor.READ_AS_REJECTED.why(
        other="Europe"
    )


def test_a_name_folded_into_another_page_is_listed_as_merged(content):
    """'|UN Security Council|' read as "Security Council" where the article names it alone
    (Wikinews). (review17's shape was "MG Rover", whose initials actors66 keeps.)"""
    text = (
        "The UN Security Council met on Monday.",
        "The UN Security Council condemned the launch, and the Security Council said so.",
    )
    spans = {
        0: [("UN Security Council", "ORG")],
        1: [("UN Security Council", "ORG"), ("Security Council", "ORG")],
    }
    found, by_text, resolved = resolve_text(content, text, spans)
    assert by_text["UN Security Council"] == by_text["Security Council"]
    # actors87: in an article naming the UN both are "United Nations Security Council", the
    # forms written its aliases (shown on its page, so no review line is needed for them).
    council = found[by_text["Security Council"]]
    assert council.name == "United Nations Security Council"
    assert {"UN Security Council", "Security Council"} <= set(council.aliases)
    # actors66: a firm's initials stay in its name, no line needed.
    text = ("MG Rover said talks would go on.", "MG Rover has lost money, and Rover said so.")
    spans = {0: [("MG Rover", "ORG")], 1: [("MG Rover", "ORG"), ("Rover", "ORG")]}
    found, by_text, resolved = resolve_text(content, text, spans)
    assert found[by_text["MG Rover"]].name == "MG Rover"
    assert not [d for d in resolved.decisions if d.name == "MG Rover"]


def test_a_name_read_as_itself_written_out_is_not_listed(content):
    """'according to the |Guardian|': "The Guardian", its own name written out."""
    text = ("The plan was leaked, according to the Guardian.", "It was true, the Guardian said.")
    spans = {0: [("Guardian", "ORG")], 1: [("Guardian", "ORG")]}
    found, by_text, resolved = resolve_text(content, text, spans)
    assert found[by_text["Guardian"]].name == "The Guardian"
    assert not [d for d in resolved.decisions if "[RS-" in d.reason]


@pytest.mark.parametrize(
    ("text", "span", "why"),
    [
        (  # the shape the rule itself was written for ("The account for The Bernie and …")
            "He said so on The Bernie and Sid Show on Monday.",
            "Sid Show",
            NotActor.TITLE_END.why(name="Sid Show"),
        ),
        (  # Mugabe's home was "the Blue House" too (vocab.SEATS_NAMED_IN_CONTEXT)
            "Reporters waited outside the Blue House in Harare.",
            "Blue House",
            NotActor.SEAT_ELSEWHERE.why(state="Korea"),
        ),
        (  # a U.S. state's chamber, no nation's
            "The bill passed the state Senate on Tuesday.",
            "Senate",
            NotActor.STATE_CHAMBER.why(name="Senate"),
        ),
    ],
)
def test_each_rule_of_collect_gives_its_reason_and_is_listed_twice(content, text, span, why):
    paragraphs = (text, text.replace("on Monday", "again").replace("Tuesday", "Friday"))
    spans = {0: [(span, "ORG")], 1: [(span, "ORG")]}
    _, by_text, resolved = resolve_text(content, paragraphs, spans)
    assert span not in by_text
    name = span.removeprefix("the ")
    assert rejected_reasons(resolved)[name] == why
