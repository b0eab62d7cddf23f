"""events63: the stages of one person's case are occurrences of their own (an arrest, a
charge, a conviction, a sentence), and a pledge of aid is aid, not words."""

from __future__ import annotations

import pytest

from generator.extract import match
from generator.extract.merge import Proposal, cluster
from generator.model import Mention


def _case(sentence: int, word: str, type_: str, day: str | None = None) -> Proposal:
    mention = Mention("", "a", sentence, sentence, 0, len(word), word, "extract")
    return Proposal("events", type_, (), ("smith",), day, day, None, mention, "2019-03-01")


def _sentences(groups: list[list[Proposal]]) -> list[list[int]]:
    return sorted([p.mention.sentence for p in g] for g in groups)


def test_an_arrest_and_a_charge_of_one_person_are_two_occurrences():
    """ "Police arrested Smith … Smith was charged with fraud … His arrest came after …":
    the arrest told twice is one, the charge another, dated or not."""
    undated = [_case(1, "arrested", "arrest"), _case(3, "charged", "arrest"),
               _case(5, "arrest", "arrest")]  # fmt: skip
    assert _sentences(cluster(undated)) == [[1, 5], [3]]
    one_day = [_case(1, "arrested", "arrest", "2019-02-25"),
               _case(1, "charged", "arrest", "2019-02-25")]  # fmt: skip
    assert len(cluster(one_day)) == 2


def test_a_conviction_and_a_sentence_are_two_but_a_sentence_told_twice_is_one():
    kind = "sentencing"
    told = [_case(2, "convicted", kind), _case(4, "sentenced", kind),
            _case(6, "sentencing", kind), _case(7, "pleaded guilty", kind)]  # fmt: skip
    assert _sentences(cluster(told)) == [[2, 7], [4, 6]]


def test_one_judgment_told_in_one_sentence_is_one():
    """ "He was convicted and sentenced to life imprisonment in 2006": one verdict; an arrest
    and a charge told together stay two."""
    kind = "sentencing"
    told = [_case(3, "convicted", kind, "2006"), _case(3, "sentenced", kind, "2006")]
    assert len(cluster(told)) == 1
    both = [_case(3, "arrested", "arrest", "2006"), _case(3, "charged", "arrest", "2006")]
    assert len(cluster(both)) == 2


def test_a_word_of_no_stage_still_joins():
    """ "was imprisoned" and a "jailed" are one stage; an unknown word keeps the old merge."""
    told = [_case(1, "jailed", "arrest"), _case(2, "imprisoned", "arrest")]
    assert len(cluster(told)) == 1


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The Bush administration has pledged $350 million in aid to the tsunami victims.",
        "Japan pledged $500 million in aid for the victims of the earthquake.",
        "The European Union pledged humanitarian assistance to Haiti on Tuesday.",
    ],
)
def test_a_pledge_of_aid_is_aid(nlp, text):
    types = [f.type for f in match(nlp(text), 0).events if f.trigger.text == "pledged"]
    assert types == ["aid"]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The president pledged to fight corruption.",
        "The minister pledged support for the reforms.",
        "He pledged that the troops would leave by March.",
    ],
)
def test_a_pledge_of_no_aid_is_still_a_statement(nlp, text):
    types = [f.type for f in match(nlp(text), 0).events if f.trigger.text == "pledged"]
    assert types == ["pledge"]  # a statement's type of its own (events69)
