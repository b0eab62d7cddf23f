"""actors67 (issue 8): an outlet's channel named for a place or by its number ("BBC Radio
Wales", "BBC Radio 4") stays one outlet's name, not the place nor a page of its own."""

from __future__ import annotations

from test_resolve_briefing import resolve_text

from generator.resolve import _outlet_channel


def test_an_outlets_channel_is_not_cut_to_the_place_or_its_number():
    def kept(name: str) -> list[bool]:
        words = name.split()
        return [_outlet_channel(words[:i], words[i:], "ORG") for i in range(1, len(words))]

    assert kept("BBC Radio Wales") == [True, True]
    assert kept("BBC Radio 4") == [True, True]
    assert kept("Sky News Australia") == [True, True]
    # A state's body is still cut ("US |Radio Free Europe|"); a demonym before a station too.
    assert kept("US Radio Free Europe") == [False, False, False]
    assert kept("Colombian Caracol Radio") == [False, False]
    words = "BBC Radio Wales".split()
    assert not _outlet_channel(words[:2], words[2:], "PERSON")


def test_bbc_radio_wales_is_the_bbcs_not_wales(content):
    """BBC politics (actors44's pool): "told BBC Radio Wales" was cut to "Wales" and read as
    the place; "BBC Radio 4's Today programme" was a page "Radio 4". Both are the BBC's."""
    text = (
        "The minister told BBC Radio Wales the plan was sound.",
        "BBC Radio Wales asked him again. BBC Radio bosses agreed.",
        "He told BBC Radio 4's Today programme the BBC had it wrong. BBC Radio 4 agreed.",
        "Wales voted no. Radio 4 listeners complained.",
    )
    spans = {
        0: [("BBC Radio Wales", "ORG")],
        1: [("BBC Radio Wales", "ORG"), ("BBC Radio", "ORG")],
        2: [("BBC Radio 4's", "ORG"), ("BBC", "ORG"), ("BBC Radio 4", "ORG")],
        3: [("Wales", "GPE"), ("Radio 4", "ORG")],
    }
    found, by_text, _resolved = resolve_text(content, text, spans)
    assert found[by_text["BBC Radio Wales"]].name == "BBC"  # an outlet's channel: the BBC's
    assert found[by_text["BBC Radio 4"]].name == "BBC"
    assert found[by_text["Wales"]].name == "Wales"  # the place, written alone, stays apart
    assert found[by_text["Radio 4"]].name == "Radio 4"  # untouched: written alone
