"""The quality report's scoring (benchmarks/quality.py) counts what GOLD.md says it counts."""

from __future__ import annotations

import importlib.util
import sys

from conftest import ROOT

spec = importlib.util.spec_from_file_location("quality", ROOT / "benchmarks" / "quality.py")
quality = importlib.util.module_from_spec(spec)
sys.modules["quality"] = quality  # dataclasses look their module up
spec.loader.exec_module(quality)

GOLD = {
    "title": "T",
    "actors": [
        {"name": "Donald Trump", "type": "person", "variants": ["Trump"], "mentions": 3},
        {"name": "Iran", "type": "state", "variants": ["Tehran"], "mentions": 2},
        {"name": "Oman", "type": "state", "mentions": 1, "incidental": True},
        {"name": "Hassan Rouhani", "type": "person", "variants": ["Rouhani"], "mentions": 2},
    ],
}


def test_right_junk_split_and_missed_pages_are_counted():
    pages = {
        "actors/donald-trump": {"Donald Trump"},
        "actors/trump": {"Trump"},  # a split
        "actors/tehran": {"Tehran"},
        "actors/oman": {"Oman"},  # incidental: neither right nor junk
        "actors/field-marshal": {"Field Marshal"},  # junk
    }
    score = quality.score_article(GOLD, pages)
    assert (score.pages, score.right) == (4, 3)
    assert (score.wanted, score.found, score.splits) == (3, 2, 1)
    assert any("missed Hassan Rouhani" in e for e in score.errors)
    assert any("junk page actors/field-marshal" in e for e in score.errors)


def test_types_of_matched_pages_are_scored_apart_from_the_other_figures():
    pages = {
        "actors/donald-trump": {"Donald Trump"},
        "actors/tehran": {"Tehran"},
        "actors/oman": {"Oman"},  # incidental: still typed
        "actors/hassan-rouhani": {"Hassan Rouhani"},
        "actors/field-marshal": {"Field Marshal"},  # junk: no gold type
    }
    types = {
        "actors/donald-trump": "person",
        "actors/tehran": "state",
        "actors/oman": "state",
        "actors/hassan-rouhani": "organisation",  # a person typed as a body
        "actors/field-marshal": "person",
    }
    score = quality.score_article(GOLD, pages, types)
    assert (score.typed, score.typed_right) == (4, 3)
    assert score.type_errors == ["T: actors/hassan-rouhani typed organisation, gold person"]
    assert (score.pages, score.right) == (4, 3)  # the other figures as without types
    assert "types 75.0% (3/4 matched pages), person/organisation/state 75.0% (3/4," in (
        score.type_line("dev")
    )


def test_a_gold_outlet_is_the_generators_media_type():
    gold = {"title": "T", "actors": [{"name": "Reuters", "type": "outlet", "mentions": 1}]}
    score = quality.score_article(
        gold, {"actors/reuters": {"Reuters"}}, {"actors/reuters": "media"}
    )
    assert (score.typed, score.typed_right) == (1, 1)


def test_media_typed_organisation_is_wrong_but_right_as_a_kind():
    gold = {"title": "T", "actors": [{"name": "Reuters", "type": "outlet", "mentions": 1}]}
    score = quality.score_article(
        gold, {"actors/reuters": {"Reuters"}}, {"actors/reuters": "organisation"}
    )
    assert (score.typed, score.typed_right, score.kind_right) == (1, 0, 1)


def _extract_scorer():
    """``benchmarks/quality_extract.py`` as a module (it imports the generator, not spaCy)."""
    name = "quality_extract"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


def _score_events(scorer, gold: list[dict], items: list, actors: str):
    """One article's events scored, each gold name its own only variant, ``actors`` (one
    letter each) the actors its mentions link to."""
    return scorer.score(
        gold, items, "events", "T", lambda name: frozenset({name.casefold()}),
        present=frozenset(actors),
    )  # fmt: skip


def test_a_missed_event_is_counted_where_it_was_lost():
    """Counts a blind block can be read by without its errors: an event none of whose
    participants is an actor (resolve), one no proposal names (extraction), one whose
    proposals all have another date (dating), one whose proposal is another's match."""
    scorer = _extract_scorer()
    gold = [
        {
            "name": "Meeting of A and B",
            "type": "meeting",
            "participants": ["A", "B"],
            "date": "2020-01-02",
        },
        {"name": "Visit of A", "participants": ["A"], "date": "2020-03-01"},
        {"name": "Arrest of C", "participants": ["C"]},
        {"name": "Strike by D", "participants": ["D"]},
        {
            "name": "Statement by A",
            "type": "statement",
            "participants": ["A"],
            "date": "2020-01-02",
        },
        {"name": "Talks of A and B", "type": "talks", "participants": ["B"]},
    ]
    items = [scorer.Item("meeting", frozenset({"a", "b"}), date="2020-01-02", kind="meeting")]
    result = _score_events(scorer, gold, items, "abc")
    assert (result.found, result.wanted) == (1, 6)
    assert result.losses == {
        "only proposals of another date": 1,  # the visit: A's one proposal is of January
        "no proposal names one": 1,  # C's arrest
        "no participant an actor": 1,  # D is no actor
        # A's statement: the meeting, of the other kind, took the one proposal that agrees
        "only other kinds' proposals agree": 1,
        # the talks: a proposal of its kind (a meeting) agrees but is the meeting's match
        "its kind's proposal matched another": 1,
    }
    assert result.losses_line("events losses test").startswith("events losses test: of 5 missed")
    assert (
        result.families_line("F")
        == "F: speaking 1 (0/0/0/0/1), meeting 1 (0/0/0/1/0), other 3 (1/1/1/0/0)"
    )
    assert scorer.family("Press conference") == "speaking"
    assert scorer.family("visit") == scorer.family("talks") == "meeting"
    assert scorer.family("eclipse") == scorer.family(None) == "other"
    assert scorer.family("press statement") == scorer.family("Statements") == "speaking"
    assert scorer.family("military  intervention") == "violence"
    assert scorer.family("arrests") == "legal"
    # the gold's other words for a family's kinds
    assert scorer.family("execution") == "violence"
    assert scorer.family("swearing-in") == "office"
    assert scorer.family("Negotiations") == "meeting"


def test_the_typed_line_pairs_a_proposal_only_with_gold_of_its_family():
    """Matching is type-blind, so an actor's one statement can be scored as their visit; the
    typed line pairs a statement only with a gold statement, a meeting with a meeting."""
    scorer = _extract_scorer()
    gold = [{"name": "Visit of A", "type": "visit", "participants": ["A"]}]
    said = [scorer.Item("statement", frozenset({"a"}), kind="speaking")]
    met = [scorer.Item("meeting", frozenset({"a"}), kind="meeting")]
    same = lambda name: frozenset({name.casefold()})  # noqa: E731
    blind = scorer.score(gold, said, "events", "T", same)
    typed = scorer.score(gold, said, "events", "T", same, typed=True)
    assert (blind.right, blind.found) == (1, 1)
    assert (typed.right, typed.found, typed.proposed, typed.wanted) == (0, 0, 1, 1)
    assert not typed.losses  # the losses are the type-blind score's
    assert scorer.score(gold, met, "events", "T", same, typed=True).found == 1


def test_of_the_largest_matchings_the_one_pairing_kinds_is_kept():
    """Type-blind matching may pair A's statement with A's visit and leave the gold statement
    missed; of the equally large matchings the scorer keeps the one pairing like with like, so
    the miss it lists is the visit, which no proposal of its kind reports."""
    scorer = _extract_scorer()
    gold = [
        {"name": "Visit of A", "type": "visit", "participants": ["A"]},
        {"name": "Statement by A", "type": "statement", "participants": ["A"]},
    ]
    said = [scorer.Item("statement", frozenset({"a"}), kind="speaking")]
    same = lambda name: frozenset({name.casefold()})  # noqa: E731
    blind = scorer.score(gold, said, "events", "T", same)
    assert (blind.right, blind.found, blind.wanted) == (1, 1, 2)
    assert [e for e in blind.errors if "missed" in e] == ["T: missed event Visit of A (None)"]
    assert scorer.pairs([[0, 1]]) == {0: 0}
    assert scorer.pairs([[0, 1]], first=[[1]]) == {1: 0}
    # a pair of its kind gives way where the matching would otherwise be smaller
    assert scorer.pairs([[0, 1], [1]], first=[[1], [1]]) == {0: 0, 1: 1}


BREAKDOWN_GOLD = {
    "title": "T",
    "actors": [
        {"name": "Hugo Chávez", "type": "person", "variants": ["Chávez"], "mentions": 3},
        {"name": "Venezuela", "type": "state", "mentions": 2},
        {"name": "George Bush", "type": "person", "variants": ["Bush"], "mentions": 2},
        {"name": "José Fritsch", "type": "person", "mentions": 2},
        {"name": "UN Office for Drugs", "type": "organisation", "mentions": 2},
        {"name": "Turkey", "type": "state", "mentions": 2},
    ],
}


def test_junk_pages_are_counted_by_the_first_class_that_applies():
    """A blind block is diagnosed by counts: each junk page falls in one class of ``JUNK``,
    decided from the gold and the page alone."""
    pages = {
        "actors/hugo-chavez": {"Hugo Chavez"},  # another form: the accent folded
        "actors/george-w-bush": {"George W. Bush"},  # another form: an initial added
        "actors/venezuela-chavez": {"Venezuela Chávez"},  # glued
        "actors/fisheries-jose-fritsch": {"Fisheries José Fritsch"},  # glued: a label before
        "actors/army-of-turkey": {"Army of Turkey"},  # not glued: a body of Turkey
        "actors/un-office": {"UN Office"},  # cut
        "actors/field-marshal": {"Field Marshal"},  # title alone
        "actors/tripoli": {"Tripoli"},  # place
        "actors/super-tucano": {"Super Tucano"},  # other (named twice)
    }
    named = {key: 2 for key in pages} | {"actors/army-of-turkey": 1}
    score = quality.score_article(BREAKDOWN_GOLD, pages, named=named)
    assert score.junk == {
        "another form": 2,
        "glued": 2,
        "cut": 1,
        "title alone": 1,
        "place": 1,
        "named once": 1,
        "other": 1,
    }
    assert any("actors/un-office (UN Office) [cut]" in e for e in score.errors)
    assert score.breakdown_line("breakdown dev").startswith(
        "breakdown dev: of 9 junk pages, another form 2, glued 2, cut 1, title alone 1,"
    )


def test_splits_are_counted_by_how_their_pages_are_named():
    gold = {
        "title": "T",
        "actors": [
            {"name": "Popular Front", "type": "organisation", "variants": ["PF"], "mentions": 2},
            {"name": "Cristina Kirchner", "type": "person", "variants": ["Mrs Kirchner"]},
            {"name": "Kalameh Sabz", "type": "organisation", "variants": ["Kalameh Sabs"]},
            {"name": "Moscow", "type": "state", "variants": ["Russia"], "mentions": 2},
        ],
    }
    pages = {
        "actors/pf": {"PF"},
        "actors/popular-front": {"Popular Front"},
        "actors/cristina-kirchner": {"Cristina Kirchner"},
        "actors/mrs-kirchner": {"Mrs Kirchner"},
        "actors/kalameh-sabs": {"Kalameh Sabs"},
        "actors/kalameh-sabz": {"Kalameh Sabz"},
        "actors/moscow": {"Moscow"},
        "actors/russia": {"Russia"},
    }
    score = quality.score_article(gold, pages)
    assert score.splits == 4
    assert score.split_kinds == {
        "acronym and long form": 1,
        "shorter and longer form": 1,  # the honorific stripped: "Kirchner" within the other
        "spelling variant": 1,
        "other": 1,
    }


def test_two_occurrences_told_as_one_are_counted_by_what_tells_them_apart():
    """Each loss of a proposal that is another gold item's match (two occurrences told as
    one) is counted by what the gold tells the two apart by, first that applies, and by
    whether the proposal was read from one sentence or several."""
    scorer = _extract_scorer()
    gold = [
        {"name": "Attack on X", "type": "attack", "participants": ["A", "X"], "date": "2020-01"},
        {"name": "Attack on Y", "type": "attack", "participants": ["A", "Y"], "date": "2020-01"},
        {"name": "Meeting in P", "type": "meeting", "participants": ["B"], "place": "P"},
        {"name": "Meeting in Q", "type": "meeting", "participants": ["B"], "place": "Q"},
        {"name": "Meeting of B", "type": "meeting", "participants": ["B"]},
        {"name": "Conviction of C", "type": "conviction", "participants": ["C"]},
        {"name": "Sentencing of C", "type": "sentencing", "participants": ["C"]},
        {"name": "Election of D", "type": "election", "participants": ["D"]},
        {"name": "Release of D", "type": "release", "participants": ["D"]},
    ]
    items = [
        scorer.Item("attack", frozenset({"a"}), date="2020-01-03", kind="violence", sentences=1),
        scorer.Item("meeting", frozenset({"b"}), kind="meeting", sentences=3),
        scorer.Item("trial", frozenset({"c"}), kind="legal", sentences=2),
        scorer.Item("release", frozenset({"d"}), kind="legal", sentences=1),
    ]
    result = _score_events(scorer, gold, items, "abcd")
    # the election: the one proposal agreeing with it is the release's, of its own kind
    # (of the largest matchings, the one pairing kinds is kept: ``pairs``' ``first``)
    assert result.losses == {
        "its kind's proposal matched another": 4,
        "only other kinds' proposals agree": 1,
    }
    assert result.merges == {
        ("other participants", "one sentence"): 1,  # the attack on Y: another victim
        ("other place", "several sentences"): 1,  # the meeting in Q
        ("nothing apart", "several sentences"): 1,  # B's unplaced meeting: the words only
        ("other type", "several sentences"): 1,  # the sentencing after the conviction
    }
    assert result.merges_line("M") == (
        "M: of 4 (one sentence / several sentences), taken across kinds 0 (0/0), other date 0"
        " (0/0), other place 1 (0/1), other participants 1 (1/0), other type 1 (0/1),"
        " nothing apart 1 (0/1)"
    )
    assert any(
        m.startswith("T: Attack on Y (2020-01) told as one with Attack on X (2020-01) in attack")
        for m in result.merged
    )
    # both dated, on other days: the merge ignored the date (first of the causes)
    first = {**gold[0], "date": "2020-01-05"}
    assert scorer.merge_cause(first, {**gold[1], "date": "2020-01-09"}) == "other date"
    assert scorer.merge_cause(first, {**gold[0], "date": "2020-01"}) == "nothing apart"
