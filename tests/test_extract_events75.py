"""Acts of states and background events (issue 7, branch events75): a state's independence won
or from another state, a coup (its maker, or one who was part of it), an
arrest warrant and whom it is for, a veto, power come or risen to, a state recognised
though the NER calls it a region, ground taken from someone named, a region seceding from a
state, each with the year the text gives; and their near-misses: independence as a quality or a
name's word, independence an event verb already tells, a "coup-prone" nation, a search warrant,
"rose to fame", a book taken from a shelf, a couple separating. Sentences of the shapes of the
events75 pool (VOA reports, 2019 Wikinews, news pages) and of the read blocks' misses, names
kept or invented."""

from __future__ import annotations

import pytest
from test_extract_events71 import _frames

from generator.extract import match

pytestmark = pytest.mark.slow


def _roles(found: list[tuple[str, list[str], list[str]]]) -> str:
    return " | ".join(" ".join([*a, *p]) for _, a, p in found)


@pytest.mark.parametrize(
    ("text", "trigger", "type_", "who"),
    [
        ("Zimbabwe gained independence in 1980.", "independence", "founding", "Zimbabwe"),
        ("The Gambia had been ruled by the party since independence from Britain in 1965.",
         "independence", "founding", "Britain"),
        ("Sudan's independence from British rule in 1956 ended decades of colonial rule.",
         "independence", "founding", "Sudan"),
        ("Mr Jammeh's order coincided with the anniversary of Jammeh's 1994 coup.", "coup",
         "dismissal", "Jammeh"),
        ("The ICC issued an arrest warrant for Omar al-Bashir in 2009.", "warrant", "arrest",
         "Omar al-Bashir"),
        ("Russia on Friday vetoed the United Nations Security Council resolution.", "vetoed",
         "election", "Russia"),
        ("Putin has ruled Russia since he came to power in 2000.", "came", "appointment",
             "Putin"),  # "he" in a clause set on Putin's is his (events81)
        ("Hamas swept to power in Gaza in 2006.", "swept", "appointment", "Hamas"),
        ("Bashir, who faces an arrest warrant, visited Chad.", "warrant", "arrest", "Bashir"),
        ("Sudan recognised South Sudan on Saturday.", "recognised", "statement", "South Sudan"),
        ("Hamas took the Gaza Strip from Abbas in 2007.", "took", "strike", "Abbas"),
        ("South Sudan, which separated from Sudan after a referendum in 2011, plunged into "
         "civil war.", "separated", "founding", "South Sudan"),
        ("Eritrea seceded from Ethiopia in 1993.", "seceded", "founding", "Ethiopia"),
        ("Bio was previously part of two coups, in 1992 and 1996.", "coups", "dismissal", "Bio"),
    ],
)  # fmt: skip
def test_an_act_of_state_is_an_event(nlp, text, trigger, type_, who):
    found = [f for f in _frames(nlp, text, type_) if f[0] == trigger]
    assert found, text
    assert who in _roles(found), (text, found)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The judges defended judicial independence.", "independence"),
        ("The National Union for the Total Independence of Angola said it was ready for "
         "talks.", "Independence"),
        ("Kosovo declared independence from Serbia in February.", "independence"),
        ("Serbia expelled the ambassador after Montenegro recognized Kosovo's independence.",
         "independence"),
        ("Bozize won the run-off two years after he seized power in the coup-prone nation.",
         "coup"),
        ("Gaddafi seized power in a bloodless military coup in 1969.", "coup"),
        ("Hungary regained its independence in 1991.", "independence"),
        ("Police obtained a search warrant for the house.", "warrant"),
        ("She rose to fame in 1990.", "rose"),
        ("She took the book from the shelf.", "took"),
        ("The couple separated from their friends in 2001.", "separated"),
    ],
)  # fmt: skip
def test_a_near_miss_is_no_such_event(nlp, text, word):
    found = [f.trigger.text for f in match(nlp(text), 0).events]
    assert word not in found, (text, found)
