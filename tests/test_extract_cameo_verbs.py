"""Event verbs from CAMEO's verb dictionary (issue 7, branch events56): the data file's loader,
the sentence shapes its verbs catch, and the verbs that must stay out. Names are invented or
rewritten; the shapes are those of the pool articles that missed them (benchmarks/README.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.extract import match
from generator.extract.vocabulary import (
    _EVENT_WORDS,
    CAMEO_VERBS,
    EVENT_VERBS,
    CameoVerb,
    cameo_event_verbs,
    forms,
    read_cameo_verbs,
)


def test_the_shipped_file_loads_with_its_source_and_licence():
    verbs = read_cameo_verbs()
    assert len(verbs) > 50
    header = CAMEO_VERBS.read_text(encoding="utf-8")
    assert "openeventdata/petrarch2" in header and "CAMEO.2.0.txt" in header
    assert "MIT License" in header and "Copyright (c) 2015 Open Event Data Alliance" in header
    assert all(v.type in _EVENT_WORDS for v in verbs)
    assert len({v.verb for v in verbs}) == len(verbs), "a verb listed twice"


def test_the_file_adds_only_verbs_the_hand_lists_lack():
    hand = {verb for verbs, _ in _EVENT_WORDS.values() for verb in verbs}
    assert not hand & {v.verb for v in read_cameo_verbs()}


def test_a_line_with_an_unknown_type_fails_at_load(tmp_path: Path):
    good = tmp_path / "good.txt"
    good.write_text("# comment\n\nbehead\t190\tKILL\tkilling\t\n", encoding="utf-8")
    assert read_cameo_verbs(good) == (CameoVerb("behead", "190", "KILL", "killing", ()),)
    bad = tmp_path / "bad.txt"
    bad.write_text("behead\t190\tKILL\tbeheading\t\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.txt:1"):
        read_cameo_verbs(bad)


def test_irregular_forms_come_from_the_file_and_the_hand_lists_win():
    made = cameo_event_verbs([CameoVerb("steal", "171", "STEAL", "seizure", ("stole", "stolen"))])
    assert made["stole"] == made["stolen"] == made["steals"] == "seizure"
    assert set(made) == forms("steal") | {"stole", "stolen"}
    # "fire" is CAMEO's EXPLOSIVE_DESTRUCTION [190]; the hand list's dismissal keeps it
    assert EVENT_VERBS["fired"] == "dismissal"
    assert EVENT_VERBS["killed"] == "killing"
    assert EVENT_VERBS["beheaded"] == "killing"
    assert EVENT_VERBS["overran"] == "strike"


@pytest.mark.parametrize(
    "word",
    # statements of mood (CAMEO's OFFEND [:110], INVADE's RESIDE and INHABIT), verbs of
    # another first sense in news, and the verbs the tune halves cost (file's "out (tune)")
    ["stunned", "shocked", "offended", "resides", "inhabits", "devastated", "beat", "fought",
     "contained", "occupied", "tortured", "stormed", "surrendered", "injured", "blamed",
     "outlawed",
     # dropped on review18's sport, business, culture and technology pools and probes
     "stole", "steals", "acclaimed", "repelled", "saluted"],
)  # fmt: skip
def test_a_verb_that_must_stay_out(word):
    assert word not in EVENT_VERBS


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "type_", "who"),
    [
        # killing: CAMEO's KILL synset holds "kill", "murder", "slay" (events55's Mosul story)
        ("Militants beheaded two Iraqi National Guard officers in Mosul on Sunday.", "killing",
         "Militants"),
        ("Gunmen massacred forty villagers in Borno State last week.", "killing", "Gunmen"),
        # statement: ACCLAIM [051] holds "praise", "commend" (events54, events55)
        ("The outcome of the re-run has been hailed as fair by officials in the United States.",
         "statement", "officials"),
        ("Brazil has recognized China's market economy status.", "statement", "Brazil"),
        # review18: a named state, or "as" something, keeps "recognise" a recognition
        ("Britain recognised Kosovo on Monday.", "statement", "Britain"),
        ("The United States recognised Juan Guaido as interim president in January.",
         "statement", "United States"),
        ("The minister rebuked the ambassador on Monday.", "statement", "minister"),
        # seizure: DESTROY's "demolish" [1712], destroying property (events54's Mumbai)
        ("Officials in Mumbai demolished over 6,000 shanties on Saturday.", "seizure",
         "Officials"),
        ("Venezuela nationalized the oil fields in 2007.", "seizure", "Venezuela"),
        # strike: fighting, CAMEO 19x
        ("Government troops besieged the rebel town of Kilo for a week.", "strike", "troops"),
        ("Rebels overran an army base near Goma on Tuesday.", "strike", "Rebels"),
        ("Israeli jets bombarded Gaza City overnight.", "strike", "jets"),
        # review18: thrown with a weapon, still a strike
        ("Russian artillery bombarded Mariupol with rockets on Sunday.", "strike", "artillery"),
        ("Protesters pelted police with stones in Athens on Saturday.", "strike", "Protesters"),
        # protest: CAMEO 14x
        ("Rioters looted shops in Kingston on Friday.", "protest", "Rioters"),
        # arrest, ruling, withdrawal, investigation
        ("Police apprehended the suspect in Leeds on Wednesday.", "arrest", "Police"),
        ("The Supreme Court annulled the election results in July.", "ruling", "Court"),
        ("Ukrainian forces retreated from Avdiivka on Saturday.", "withdrawal", "forces"),
        ("Police interrogated the journalist for six hours on Tuesday.", "investigation",
         "Police"),
    ],
)  # fmt: skip
def test_a_cameo_verb_makes_its_event(nlp, text, type_, who):
    (frame,) = [f for f in match(nlp(text), 0).events if f.type == type_]
    assert who in " ".join(r.text for r in frame.agents)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The storm devastated the coast of Florida.",  # devastate: another first sense
        "Critics were stunned by the verdict.",  # a mood
        "The president resides in Paris.",  # a state
        "She was injured in the crash on Monday.",  # injure: dropped on the tune halves
        "Millions of people were to storm Area 51.",  # storm: dropped on the tune halves
        "The army marched into the capital on Monday.",  # march: armies march too
        "Inspectors were allowed to inspect the site.",  # inspect: asked for, not done
    ],
)
def test_no_event_from_a_verb_left_out(nlp, text):
    assert not match(nlp(text), 0).events


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        # recognise: accounting, an award, a thought, a standing refusal (review18's BBC
        # business, sport and technology articles and probes)
        "Microsoft recognized revenue of $4 billion from cloud contracts in the quarter.",
        "HSBC recognised a loss of $2 billion on its US mortgage book on Monday.",
        "Tom Hanks was recognised with a lifetime achievement award on Sunday.",
        "Iran refuses to recognise Israel's right to exist.",
        # bombard, pelt: what is thrown is no weapon
        "Rafael Nadal bombarded Roger Federer with heavy topspin and won in straight sets.",
        "Users pelted Microsoft with complaints about the Windows update on Tuesday.",
        # dropped verbs (the file's "out (review18)" lines)
        "Critics saluted Steven Spielberg's new film at the Venice festival on Friday.",
        "Manchester United goalkeeper David de Gea repelled a shot from Harry Kane.",
        "Yet it could prove tough for Cadillac to steal market share from the majors in Europe.",
    ],
)
def test_no_event_from_a_cameo_verb_in_a_figure(nlp, text):
    """review18: the CAMEO verbs read on sport, business, culture and technology news."""
    assert not match(nlp(text), 0).events
