"""Shapes of BBC sport and business text on events58's CAMEO patterns and events59's accidents
(review20): a player pulling out of a tournament, a firm "collapsing", a coach collapsing are
no withdrawal of forces and no accident; troops pulling out and a roof collapsing still are."""

from __future__ import annotations

import pytest

from generator.extract import match


def _types(nlp, text):
    return {(f.type, f.trigger.text) for f in match(nlp(text), 0).events}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Henman pulled out of the Dubai Open with a back injury.", "withdrawal"),
        ("Radcliffe pulled out of the London Marathon on Sunday.", "withdrawal"),
        ("Wilkinson pulled out of the England squad on Monday.", "withdrawal"),
        ("Henman withdrew from the Dubai Open with a back injury.", "withdrawal"),
        ("The bus company collapsed into administration.", "accident"),
        ("The coach collapsed on the touchline.", "accident"),
    ],
)
def test_a_player_or_a_firm_is_no_withdrawal_or_accident(nlp, text, type_):
    assert type_ not in {t for t, _ in _types(nlp, text)}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "type_", "trigger"),
    [
        ("British troops pulled out of Basra in 2007.", "withdrawal", "pulled"),
        ("The United States pulled out of the Paris Agreement in 2020.", "withdrawal", "pulled"),
        ("The US withdrew its troops from Syria.", "withdrawal", "withdrew"),
        ("The roof of the stadium collapsed under snow.", "accident", "collapsed"),
        ("The band's tour bus crashed in Texas on Friday.", "accident", "crashed"),
    ],
)
def test_forces_and_buildings_still_are(nlp, text, type_, trigger):
    assert (type_, trigger) in _types(nlp, text)
