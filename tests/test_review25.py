"""review25: the merges and guards of agreements43 and events62 probed on news shapes nobody
tuned on. A merged agreement's page is named by what the agreement is, not by the parties a
later report adds; an armed aircraft that hits the ground crashed; relief to passengers or
motorists is aid though help to a firm's clientele is not."""

from __future__ import annotations

import pytest

from generator.extract import match
from generator.extract.merge import Proposal, agreement_name, cluster
from generator.model import Mention


def _report(article: str, text: str, day: str | None, written: str) -> Proposal:
    mention = Mention("", article, 0, 0, 0, len(text), text, "extract")
    return Proposal(
        "agreements", "treaty", ("russia", "iran"), (), day, day, None, mention, written
    )


def test_a_merged_treaty_is_named_by_what_it_is_not_by_a_later_reports_parties():
    """agreements43's three-article probe: "a comprehensive strategic partnership treaty",
    then "the treaty with Russia" and "the treaty between Russia and Iran" in a later report,
    one page; its name keeps the words saying which treaty (the parties are added anyway),
    not the longest phrase that is only "treaty" and its parties."""
    group = [
        _report("a", "a comprehensive strategic partnership treaty", "2025-01-17", "2025-01-18"),
        _report("b", "the treaty with Russia", None, "2025-02-10"),
        _report("b", "The treaty between Russia and Iran", None, "2025-02-10"),
    ]
    [joined] = cluster(group)
    name = agreement_name(joined, {"actors/russia": "Russia", "actors/iran": "Iran"})
    assert name == "comprehensive strategic partnership treaty between Russia and Iran"


def test_a_later_report_of_the_defence_treaty_is_not_the_energy_treaty_of_its_parties():
    """agreements43's join across articles took the first dated group of the same two
    parties: "the defence treaty with Russia" (undated, April) joined January's "treaty on
    energy cooperation" rather than March's "defence treaty". A report's words before its
    noun must be words the group uses."""

    def report(article: str, text: str, day: str | None, written: str, subject=None):
        mention = Mention("", article, 0, 0, 0, len(text), text, "extract")
        return Proposal(
            "agreements", "treaty", ("russia", "iran"), (), day, day, None, mention, written,
            subject=subject,
        )  # fmt: skip

    energy = report("a", "a treaty", "2026-01-16", "2026-01-18", "on energy cooperation")
    defence = report("b", "a defence treaty", "2026-03-09", "2026-03-10")
    again = report("c", "the defence treaty with Russia", None, "2026-04-20")
    groups = cluster([energy, defence, again])
    assert [[q.mention.article for q in g] for g in groups] == [["a"], ["b", "c"]]
    names = {"actors/russia": "Russia", "actors/iran": "Iran"}
    assert agreement_name(groups[1], names) == "defence treaty between Russia and Iran"
    assert len(cluster([energy, again])) == 2
    plain = report("c", "the treaty with Russia", None, "2026-04-20")
    assert len(cluster([energy, plain])) == 1  # a report that says no more still joins


def test_a_treaty_told_only_by_its_parties_keeps_the_fuller_phrase():
    group = [
        _report("a", "the treaty", "2025-01-17", "2025-01-18"),
        _report("a", "the 1994 treaty between Russia and Iran", "2025-01-17", "2025-01-18"),
    ]
    name = agreement_name(group, {"actors/russia": "Russia", "actors/iran": "Iran"})
    assert name == "1994 treaty between Russia and Iran"


def _types(nlp, text):
    return [(f.type, f.trigger.text) for f in match(nlp(text), 0).events]


@pytest.mark.parametrize(
    "text",
    [
        "An Indonesian military helicopter hit the ground shortly after take-off in Papua.",
        "A Russian military plane struck a mountain in thick fog near Yakutsk.",
        "Two navy jets hit the water during a training flight off Florida.",
    ],
)
def test_an_armed_aircraft_that_hits_the_ground_crashed(nlp, text):
    """events62 let an armed subject strike what it hits; no one attacks the ground, the sea
    or a mountain: the crash guard holds for them whoever flies."""
    assert not [t for t in _types(nlp, text) if t[0] == "strike"]


@pytest.mark.parametrize(
    "text",
    [
        "Saudi jets struck a school bus in Dahyan on Thursday.",
        "Russian aircraft struck a convoy of trucks near the sea.",
    ],
)
def test_an_armed_subject_still_strikes_a_vehicle(nlp, text):
    assert [t for t in _types(nlp, text) if t[0] == "strike"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The Red Cross provided aid to passengers stranded by the floods in Kerala.", "provided"),
        ("Japan sent humanitarian assistance to passengers of the quarantined cruise ship.",
         "sent"),
        ("The Canadian government offered emergency assistance to motorists stranded on the "
         "highway.", "offered"),
    ],
)  # fmt: skip
def test_relief_to_passengers_or_motorists_is_aid(nlp, text, trigger):
    """events62 made passengers and motorists a firm's clientele, whose help is a service;
    relief (humanitarian, emergency, after a hazard) to them is aid all the same."""
    assert ("aid", trigger) in _types(nlp, text)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Google offered assistance to advertisers hit by the bug.",
        "The firm provides technical assistance to software developers.",
        "The government provided emergency assistance to the airline.",
        "Police offered emergency assistance in the investigation.",
    ],
)
def test_help_to_a_clientele_a_firm_or_a_task_is_still_no_aid(nlp, text):
    assert not [t for t in _types(nlp, text) if t[0] == "aid"]
