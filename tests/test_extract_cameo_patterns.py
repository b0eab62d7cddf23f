"""CAMEO's several-word entries and verb patterns (issue 7, branch events58): the data file's
loader, the sentence shapes the patterns catch (phrasal verbs, verb + object, the target after
a preposition), the hand lists winning, and figurative, sport and business shapes that must
stay out. Names are invented; the shapes are those the pools missed (benchmarks/README.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.extract import match
from generator.extract.vocabulary import (
    _EVENT_WORDS,
    CAMEO_PATTERN_VERBS,
    CAMEO_PATTERNS,
    CameoPattern,
    cameo_patterns_by_verb,
    read_cameo_patterns,
)


def test_the_shipped_file_loads_with_its_source_and_licence():
    patterns = read_cameo_patterns()
    assert len(patterns) >= 15
    header = CAMEO_PATTERNS.read_text(encoding="utf-8")
    assert "openeventdata/petrarch2" in header and "CAMEO.2.0.txt" in header
    assert "MIT License" in header and "Copyright (c) 2015 Open Event Data Alliance" in header
    assert all(p.type in _EVENT_WORDS for p in patterns)


def test_no_pattern_for_a_hand_listed_verb():
    """The hand lists and their guards win: a pattern on one of their verbs would never be
    reached (their branch comes first), so none is listed."""
    hand = {verb for verbs, _ in _EVENT_WORDS.values() for verb in verbs}
    assert not hand & {p.verb for p in read_cameo_patterns()}


def test_a_line_with_an_unknown_type_fails_at_load(tmp_path: Path):
    good = tmp_path / "good.txt"
    good.write_text(
        "# comment\n\nopen\t-\tfire\t-\t-\t193\tSTART\tstrike\t\t- * FIRE [193]\n",
        encoding="utf-8",
    )
    (pattern,) = read_cameo_patterns(good)
    assert pattern == CameoPattern("open", "", ("fire",), "", (), "193", "START", "strike")
    bad = tmp_path / "bad.txt"
    bad.write_text("open\t-\tfire\t-\t-\t193\tSTART\tshooting\t\t-\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.txt:1"):
        read_cameo_patterns(bad)


def test_the_irregular_forms_are_spelt_out():
    """The model runs without its lemmatizer: "threw", "gunned", "burnt" are listed forms."""
    by_verb = cameo_patterns_by_verb(read_cameo_patterns())
    for form in ("threw", "thrown", "gunned", "burnt", "blew", "froze", "opened", "setting"):
        assert form in by_verb and form in CAMEO_PATTERN_VERBS


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "type_", "who", "whom"),
    [
        ("Israeli soldiers opened fire on the convoy near Jenin on Monday.", "strike",
         "soldiers", "the convoy"),
        ("Police opened heavy fire on the protesters in Lagos.", "strike", "Police",
         "the protesters"),
        ("Gunmen returned fire at the police station.", "strike", "Gunmen",
         "the police station"),
        ("Rioters set fire to the mosque in Ahmedabad.", "assault", "Rioters", "the mosque"),
        ("Protesters set the parliament building on fire.", "assault", "Protesters",
         "the parliament building"),
        ("Students marched against the government in Santiago.", "protest", "Students",
         "the government"),
        ("Palestinian youths threw stones at Israeli soldiers.", "assault", "youths",
         "Israeli soldiers"),
        ("A man threw a grenade into the crowd.", "strike", "man", ""),
        ("The army carried out an operation against militants in Swat.", "strike", "army",
         "militants"),
        ("Gunmen gunned down the mayor of Tixtla.", "strike", "Gunmen", "the mayor"),
        ("Militants blew up a gas pipeline in Sinai.", "strike", "Militants", "pipeline"),
        ("Russia pulled out its troops from Georgia.", "withdrawal", "Russia", "troops"),
        ("The United States froze the assets of the Iranian bank.", "sanctions",
         "United States", ""),
        ("Demonstrators burned the American flag outside the embassy.", "protest",
         "Demonstrators", ""),
        ("Thousands poured into the streets of Khartoum.", "protest", "Thousands", ""),
        ("Police carried out a search of the house.", "investigation", "Police", ""),
    ],
)  # fmt: skip
def test_a_cameo_pattern_makes_its_event(nlp, text, type_, who, whom):
    (frame,) = [f for f in match(nlp(text), 0).events if f.type == type_]
    assert who in " ".join(r.text for r in frame.agents)
    patients = " ".join(r.text for r in frame.patients)
    assert whom in patients
    # the pattern's own words are no participants
    assert not {"fire", "stones", "grenade", "streets", "flag", "search"} & set(patients.split())


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "He opened fire on his critics in a speech.",
        "The company took over its rival in March.",
        "The captain handed over the trophy to the team.",
        "Johnson pulled out of the race on Friday.",
        "Toyota pulled out of the deal with Ford.",
        "Apple pulled back from the Chinese market.",
        "The band set fire to the stage with their performance.",
        "The house burned down on Sunday.",
        "She burned the pictures of her ex-husband.",
        "The debate blew up into a row.",
        "The company froze hiring in March.",
        "The central bank froze interest rates.",
        "He poured his heart into the project.",
        "The team returned fire with two goals.",
        "The manager carried out a search for a new striker.",
        "The army marched into the capital on Monday.",
        "The deal blew up suddenly.",
        "The market pulled back sharply on Monday.",
    ],
)
def test_no_event_from_a_pattern_in_a_figure(nlp, text):
    """Figurative, sport and business shapes of the same verbs: no event."""
    assert not match(nlp(text), 0).events


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Police took John Smith into custody on Friday.", "arrest"),
        ("Thousands of students took to the streets on Sunday.", "protest"),
    ],
)
def test_the_hand_cues_win(nlp, text, type_):
    """ "took ... into custody" and "took to the streets" are the hand cues' (an arrest, a
    protest, as before): one frame, no second one from a pattern."""
    assert [f.type for f in match(nlp(text), 0).events] == [type_]
