"""The vocabulary's inflection helpers, and the patterns of telling built with them."""

from __future__ import annotations

import re

from generator.extract.agreements import SAID_BY, SOURCE_AFTER
from generator.extract.events import TELLING
from generator.extract.vocabulary import alternatives, forms, past, present


def test_past_is_the_simple_past_only():
    assert past("say", "write", "deny", "state", "warn", "admit", "have") == {
        "said", "wrote", "denied", "stated", "warned", "admitted", "had",
    }  # fmt: skip
    assert "written" not in past("write") and "written" in forms("write")


def test_forms_of_verbs_ending_in_ee_keep_the_e():
    assert forms("free") == {"free", "frees", "freed", "freeing"}
    assert forms("see") == {"see", "sees", "saw", "seen", "seeing"}, "not the noun 'seed'"
    assert forms("make") == {"make", "makes", "made", "making"}


def test_forms_of_a_verb_in_the_irregular_table_are_no_regular_non_words():
    """tidy10: no "shooted", "maked"; no "wining" beside the table's "winning"."""
    assert forms("shoot") == {"shoot", "shoots", "shot", "shooting"}
    assert forms("win") == {"win", "wins", "won", "winning"}
    assert forms("shut") == {"shut", "shuts", "shutting"}
    assert forms("run") >= {"ran", "running"} and not forms("run") & {"runed", "runned"}
    assert forms("fly") == {"fly", "flies", "flew", "flown", "flying"}
    assert forms("deny") == {"deny", "denies", "denied", "denying"}
    assert forms("admit") >= {"admitted", "admitting"}, "a regular doubled verb keeps both"


def test_forms_take_the_third_person_that_present_gives():
    """review16: "-o" verbs take "-es" ("vetoes", "embargoes"; not "vetos"), and "forms"
    and "present" share one rule ("reaches", "buzzes", "laughs", not "laughes")."""
    assert forms("veto") == {"veto", "vetoes", "vetoed", "vetoing"}
    assert "embargoes" in forms("embargo") and "embargos" not in forms("embargo")
    assert forms("go") == {"go", "goes", "went", "gone", "going"}, "no 'gos'"
    assert "laughs" in forms("laugh") and "laughes" not in forms("laugh")
    for verb in ("say", "reach", "push", "fix", "stress", "veto", "deny", "buzz", "laugh"):
        assert present(verb) <= forms(verb), verb


def test_present_is_the_third_person_singular():
    assert present("say", "deny", "stress", "go", "have", "tell") == {
        "says", "denies", "stresses", "goes", "has", "tells",
    }  # fmt: skip


def test_alternatives_put_the_longer_word_first():
    pattern = re.compile(rf"(?:{alternatives({'say', 'says', 'according to'})})")
    assert pattern.match("says").group() == "says"
    assert pattern.match("according to").group() == "according to"


def test_patterns_of_telling_keep_their_tenses():
    assert TELLING.search("Afghan officials said") and TELLING.search("according to police")
    assert not TELLING.search("officials saying") and not TELLING.search("United States")
    assert SAID_BY.search("the treaty's anniversary, said Prime Minister ")
    assert not SAID_BY.search("the treaty's anniversary, written by Prime Minister ")
    assert SOURCE_AFTER.match(" warned.") and SOURCE_AFTER.match(" reported")
    assert not SOURCE_AFTER.match(" warning.")
