"""A past participle in a clause opened by "with" (review30, issue 7): "…, with Hamas bases
struck near Rafah" tells what was struck, not who struck (the parser reads "struck" as a past
tense whose subject is "Hamas bases"). A sentence of a real report of Israeli airstrikes on
Gaza (benchmarks/pools/review30), and invented ones of its shape."""

from __future__ import annotations

import pytest

from generator.extract import match

pytestmark = pytest.mark.slow


def _strikes(nlp, text: str) -> list[tuple[list[str], list[str]]]:
    return [
        ([r.text for r in f.agents], [r.text for r in f.patients])
        for f in match(nlp(text), 0).events
        if f.type == "strike"
    ]


@pytest.mark.parametrize(
    ("text", "struck"),
    [
        (
            "Strikes were recorded in at least three locations in Gaza overnight, Palestinian "
            "security sources said, with Hamas bases struck near the southern city of Rafah.",
            "Hamas bases",
        ),
        (
            "Fighting went on along the front on Sunday, with rebel positions shelled near "
            "Vorland.",
            "rebel positions",
        ),
    ],
)
def test_what_a_with_clause_participle_names_is_struck(nlp, text, struck):
    frames = _strikes(nlp, text)
    assert any(struck in patients for _, patients in frames)
    assert all(struck not in agents for agents, _ in frames)


def test_a_with_clause_in_the_active_keeps_its_attacker(nlp):
    frames = _strikes(nlp, "The town was quiet on Sunday, with rebels attacking the border posts.")
    assert any("rebels" in agents for agents, _ in frames)
