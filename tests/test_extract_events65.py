"""events65: decisions and court steps as events. A body's decision to impose, ban or lift is
the decree itself; a court or judge granting, blocking or lifting an order, a law or a motion
rules; a sentence commuted is clemency."""

from __future__ import annotations

import pytest

from generator.extract import match


def _types(nlp, text: str, word: str) -> list[str]:
    return [f.type for f in match(nlp(text), 0).events if f.trigger.text == word]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word", "type_"),
    [
        ("Sri Lanka has decided to impose a nationwide emergency starting midnight of Monday.",
         "impose", "emergency"),
        ("The government decided on Tuesday to ban public gatherings of more than ten people.",
         "ban", "sanctions"),
        ("The cabinet decided to lift the ban on imports from Brazil.", "lift", "easing"),
    ],
)  # fmt: skip
def test_a_decision_to_decree_is_the_decree(nlp, text, word, type_):
    assert _types(nlp, text, word) == [type_]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The prime minister decided to visit Kyiv next month.", "visit"),
        ("The government may decide to impose a curfew.", "impose"),
        ("The council did not decide to lift the ban.", "lift"),
    ],
)
def test_a_decision_still_to_come_or_of_no_decree_is_no_event(nlp, text, word):
    assert _types(nlp, text, word) == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Dane County Circuit Judge Richard Niess granted the injunction on March 12.",
         "granted"),
        ("A federal judge in Seattle blocked the executive order on Friday.", "blocked"),
        ("The state Supreme Court blocked several commutations sought by the governor.",
         "blocked"),
        ("The injunction was lifted by the appeals court on Tuesday.", "lifted"),
    ],
)  # fmt: skip
def test_a_court_acting_on_an_order_or_a_law_rules(nlp, text, word):
    assert _types(nlp, text, word) == ["ruling"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The government blocked the websites on Sunday.", "blocked"),
        ("The ministry issued an order on Monday.", "issued"),
        ("The judge granted an interview to the newspaper.", "granted"),
    ],
)
def test_no_court_or_no_order_is_no_ruling(nlp, text, word):
    assert "ruling" not in _types(nlp, text, word)


@pytest.mark.slow
def test_a_sentence_commuted_is_clemency(nlp):
    text = "The governor commuted the death sentences of 20 prisoners on Friday."
    assert _types(nlp, text, "commuted") == ["pardon"]
    assert _types(nlp, "Thousands commuted to work by train.", "commuted") == []
    assert _types(nlp, "Brown's commutations were blocked.", "commutations") == ["pardon"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Hermogino ordered Coast Guard units to join the pursuit.", "statement"),
        ("Trump ordered a delay of military aid to Ukraine in July.", "statement"),
        ("The governor ordered the evacuation of the coast on Friday.", "statement"),
        ("The judge ordered Tarrant remanded in custody.", "ruling"),
    ],
)
def test_an_order_given_by_someone_named_is_an_event(nlp, text, type_):
    assert _types(nlp, text, "ordered") == [type_]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The airline ordered 20 new aircraft from Boeing.",
        "Residents were ordered to leave the town.",
    ],
)
def test_goods_ordered_or_an_order_by_no_one_is_no_event(nlp, text):
    assert _types(nlp, text, "ordered") == []


@pytest.mark.slow
def test_a_curfew_or_a_lockdown_lifted_is_an_easing(nlp):
    assert _types(nlp, "The governor lifted the curfew on Friday.", "lifted") == ["easing"]
    text = "The government eased the lockdown in Wuhan on Wednesday."
    assert _types(nlp, text, "eased") == ["easing"]
