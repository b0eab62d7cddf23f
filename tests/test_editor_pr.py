"""An editor's pull request on real news shape (editor1, issue 8).

Each test pastes the exact YAML the review offers, as an editor would, and rebuilds: the
correction must win, and leave the review queue. The sentences are Wikinews 2019 ones (dev).
"""

from __future__ import annotations

import pytest

from generator.build import Paths, review_of

ARTICLE = """---
title: NASA picks crews for first commercial flights
date: '2019-01-20'
source: Wikinews
language: en
---

NASA's contract with Boeing is currently valued at US$4.2 billion.

The contract with SpaceX is valued at US$2.6 billion.
"""


def _briefing(tmp_path):
    content = tmp_path / "content"
    for folder in ("articles", "actors", "agreements", "events"):
        (content / folder).mkdir(parents=True)
    (content / "briefing.yml").write_text("title: T\n", encoding="utf-8")
    (content / "articles/2019-01-20-nasa-crews.md").write_text(ARTICLE, encoding="utf-8")
    (content / "actors/spacex.yml").write_text("name: SpaceX\ntype: organisation\n", "utf-8")
    return Paths(content, tmp_path / "site", tmp_path / "docs", tmp_path / "cache")


def _accept(paths, name):
    item = next(i for i in review_of(paths).items if i.name == name)
    fix = next(f for f in item.fixes if f.label.startswith("Accept"))
    assert fix.create
    (paths.content / fix.path).write_text(fix.yaml, encoding="utf-8")
    return fix


@pytest.mark.slow
def test_accepting_an_undated_proposed_agreement_as_offered_absorbs_it(tmp_path):
    """The review offers 'agreements/contract-spacex.yml' with no date (none is known); the
    file used to become a second page while the proposal stayed in the queue under a new id
    ('contract-spacex-8214da'): only a dated proposal could match a record."""
    paths = _briefing(tmp_path)
    fix = _accept(paths, "Contract with SpaceX")
    assert fix.path == "agreements/contract-spacex.yml"
    assert "date" not in fix.yaml
    after = review_of(paths)
    assert [i.name for i in after.items if i.kind == "proposed agreement"] == [
        "NASA's contract with Boeing"
    ]


WITHDRAWAL = """---
title: Germany bans Iranian airline Mahan Air
date: '2019-01-22'
source: Wikinews
language: en
---

Last year US President Donald Trump withdrew the US from a nuclear nonproliferation treaty with
Iran, which had been agreed under former US President Barack Obama.
"""


@pytest.mark.slow
def test_rejecting_a_proposed_agreement_an_event_is_about_builds(tmp_path):
    """The review's Reject of the treaty Trump withdrew from: the withdrawal event still named
    the rejected agreement, and the link stage stopped on a KeyError."""
    from generator.build import build

    paths = _briefing(tmp_path)
    (paths.content / "articles/2019-01-20-nasa-crews.md").unlink()
    (paths.content / "articles/2019-01-22-mahan-air.md").write_text(WITHDRAWAL, "utf-8")
    item = next(i for i in review_of(paths).items if i.kind == "proposed agreement")
    fix = next(f for f in item.fixes if f.label.startswith("Reject"))
    assert fix.path == "briefing.yml"
    briefing = paths.content / "briefing.yml"
    briefing.write_text(briefing.read_text("utf-8") + fix.yaml, encoding="utf-8")
    build(paths, pages_only=True)
    events = [p.stem for p in (paths.docs / "events").glob("withdrawal-*.md")]
    assert len(events) == 1
    assert not list((paths.docs / "agreements").glob("treaty-*.md"))
