"""Events of issue 7's court stories (branch events46): someone let go on bail is a release of
that person, however the sentence says it — "granted bail", "released on bail" by a verb that
shares its subject, "was bailed". Sentences are rewritten with other names; each case that
must not change is a shape the words also take."""

from __future__ import annotations

import pytest

from generator.extract import match

pytestmark = pytest.mark.slow


def _releases(nlp, text: str) -> list:
    return [e for e in match(nlp(text), 0).events if e.type == "release"]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Opposition leader Tomas Varga was today granted bail after paying a fine.",
         "Tomas Varga"),
        ("Judge Ann Moore granted Peter Vance bail on Monday.", "Peter Vance"),
        ("Charged with one count of fraud, he appeared in the Ostrava Magistrates' Court and was "
         "released on granted bail, pending a hearing on March 4.", "he"),
        ("Carlos Mendes was released on bail by the Lisbon Criminal Court on Monday.",
         "Carlos Mendes"),
        ("Hamid Rostami was bailed until March by the court.", "Hamid Rostami"),
        ("The government granted Telenor a licence in 2005.", None),  # no one let go
        ("The court granted asylum to Ahmed Salah on Tuesday.", None),
        ("Officials say progress is being made in a deal to bail out three carmakers.", None),
        ("For this reason, Vladimir Zhukov was not granted bail.", None),  # refused
        ("Brenton Tarrant did not apply for bail.", None),
    ],
)  # fmt: skip
def test_bail_is_a_release_of_who_is_bailed(nlp, text, who):
    frames = [
        f for f in _releases(nlp, text) if f.trigger.text.startswith(("grant", "releas", "bail"))
    ]
    if who is None:
        assert not frames
        return
    (frame,) = frames
    assert who in " ".join(r.text for r in frame.patients)
