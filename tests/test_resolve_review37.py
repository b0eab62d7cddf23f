"""review37: a leader's government is the state its text says he heads also where that state
is written by its initials ("U.S. President George W. Bush") or a sentence's "The" opens the
phrase ("The Australian Prime Minister John Howard"); either shape went to the state its
article names most (Iraq), a wrong merge."""

from __future__ import annotations

from test_resolve_fix77 import resolve_articles


def _iraq_article(sentence: str, spans: list[tuple[str, str]], government: str):
    return (
        [
            "Voters in Iraq went to the polls on Sunday, and Iraq's election body praised them.",
            sentence,
            f"{government} said it would keep troops in Iraq until the government was ready.",
        ],
        {
            0: [("Iraq", "GPE"), ("Iraq", "GPE")],
            1: spans,
            2: [(government, "ORG"), ("Iraq", "GPE")],
        },
    )


def test_a_leader_of_a_state_written_by_its_initials_heads_its_government(content):
    found, by_text, resolved, ids = resolve_articles(
        content,
        [
            _iraq_article(
                "U.S. President George W. Bush welcomed the result.",
                [("U.S.", "GPE"), ("George W. Bush", "PERSON")],
                "The Bush administration",
            )
        ],
    )
    state = found[by_text[ids[0], "The Bush administration"]]
    assert state.name == "United States", state.name
    assert by_text[ids[0], "Iraq"] != state.key
    (why,) = {d.reason for d in resolved.decisions if d.name == "Bush administration"}
    assert why == "a leader's government: the state Bush heads"


def test_a_sentence_s_the_before_the_state_s_adjective_is_no_state(content):
    # Australia is written only as the adjective: the page the government folds into is
    # a state's all the same, not an organisation's.
    found, by_text, _, ids = resolve_articles(
        content,
        [
            _iraq_article(
                "The Australian Prime Minister John Howard welcomed the vote.",
                [("Australian", "NORP"), ("John Howard", "PERSON")],
                "The Howard Government",
            )
        ],
    )
    state = found[by_text[ids[0], "The Howard Government"]]
    assert (state.name, state.type) == ("Australia", "state")
    assert by_text[ids[0], "Iraq"] != state.key


def test_a_firm_opened_by_a_title_is_not_the_person_of_its_second_word(content):
    """'General Mills' beside 'Heather Mills' in one article (actors87 made every mention of
    the firm hers): "General" opens firms' names, and she is named with no rank nor the
    surname written alone. "General David Petraeus ... General Petraeus" stays one person
    (``test_resolve_actors87``)."""
    found, by_text, _, ids = resolve_articles(
        content,
        [
            (
                [
                    "General Mills said on Tuesday that its profits rose by 8 percent.",
                    "Heather Mills, the campaigner, said she had bought shares in General Mills.",
                ],
                {
                    0: [("General Mills", "ORG")],
                    1: [("Heather Mills", "PERSON"), ("General Mills", "ORG")],
                },
            )
        ],
    )
    person = by_text[ids[0], "Heather Mills"]
    assert by_text[ids[0], "General Mills"] != person
    assert found[by_text[ids[0], "General Mills"]].name == "General Mills"
