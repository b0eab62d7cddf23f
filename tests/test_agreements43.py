"""agreements43: one deal, one page (a deal told again with its other side, a deal called by
the other's kind), and a deal whose making is still to come is none."""

from __future__ import annotations

import pytest

from generator.extract.merge import Proposal, cluster
from generator.model import Mention
from tests.test_extract import HOPE_ACTORS, _agreements

ACTORS = {**HOPE_ACTORS, "Lumen": "lumen", "Arkwright": "arkwright", "Tessaly": "tessaly"}


@pytest.mark.parametrize(
    "text",
    [
        # the shapes of business/218 ("close to striking a deal") and of wire copy
        "Velmar and Kestrel Aero are set to sign a supply deal on Monday, officials said.",
        "Ruritania and Osterlich are to sign a border treaty in the spring.",
        "Ruritania will sign an energy agreement with Osterlich on Monday, the ministry said.",
        "Velmar said it was close to striking a deal with Dorna Steel.",
        "Ruritania and Osterlich were close to a peace agreement, the envoy said.",
        "Ruritania and Osterlich are about to conclude a free trade agreement.",
        "Velmar and Dorna Steel are poised to sign a merger agreement.",
        "Ruritania and Osterlich are due to sign an agreement on the pipeline on Thursday.",
        "A peace deal between Ruritania and Osterlich is due to be signed on Saturday.",
        "Ruritania and Osterlich are negotiating an agreement on normalising relations.",
        "Ruritania and Osterlich agreed to negotiate a new trade agreement.",
    ],
)  # fmt: skip
def test_a_deal_whose_making_is_still_to_come_is_none(nlp, text):
    """A new deal the sentence tells is set, due or nearly to be signed is none yet (GOLD: a
    planned occurrence is none), as "are expected to sign" already is (agreements34)."""
    found = _agreements(nlp, [text], ACTORS)
    assert not found, [(p.name, p.agents, p.status) for p in found]


@pytest.mark.parametrize(
    "text",
    [
        "Velmar and Kestrel Aero signed a supply deal on Monday, officials said.",
        "Ruritania and Osterlich will implement a border treaty they signed last year.",
        "Velmar is due to complete its acquisition of Dorna Steel next month.",
        "Ruritania will sign the agreement with Osterlich on Monday, the ministry said.",
        "Velmar agreed a deal with Kestrel Aero, which the two will sign on Monday.",
        "Ruritania negotiated a border deal with Osterlich last year.",
        "Velmar, which is due to merge with Dorna Steel, said profits rose.",
    ],
)  # fmt: skip
def test_a_deal_made_or_told_of_before_stays_beside_a_future(nlp, text):
    """Made deals, or "the agreement" told of before, stay whatever is still to come."""
    assert _agreements(nlp, [text], ACTORS)


def _told(sentence: int, text: str, type_: str, parties: str, day=None, status="signed"):
    mention = Mention("", "a", sentence, sentence, 0, len(text), text, "extract")
    return Proposal(
        "agreements", type_, tuple(parties.split()), (), day, day, None, mention, "2005-02-01",
        status=status,
    )  # fmt: skip


def test_a_deal_told_again_with_its_other_side_is_one_page():
    """BBC business/250: "after last year signing a deal to buy the PC division of ... IBM"
    (Lenovo's alone) and "the dollars 1.75bn agreement Lenovo signed with IBM on 8 December"
    are one agreement; a second deal the article introduces as new ("a contract with
    Arkwright") stays another, and so does one of another date."""
    one = [
        _told(1, "a deal", "deal", "lumen", "2004"),
        _told(6, "1.75bn agreement", "contract", "lumen tessaly", "2004-12-08"),
        _told(11, "the deal", "contract", "lumen tessaly", "2004-12-08", status=None),
    ]
    assert [[p.mention.sentence for p in g] for g in cluster(one)] == [[1, 6, 11]]
    two = [*one[:1], _told(6, "a contract", "contract", "lumen arkwright", "2004-12-08")]
    assert len(cluster(two)) == 2
    other_year = [*one[:1], _told(6, "the agreement", "contract", "lumen tessaly", "2003")]
    assert len(cluster(other_year)) == 2


def test_a_deal_called_by_the_takeover_s_name_is_the_takeover():
    """BBC business/032: "a 3 trillion yen deal with Mitsubishi", "Mitsubishi's takeover of
    UFJ - which will be Japan's largest-ever takeover deal": the deal called a takeover is
    the takeover, one page; a loan deal of the same two stays another."""
    found = [
        _told(1, "a 3 trillion yen (dollars 29bn) deal with Mitsubishi", "deal", "mtfg ufj"),
        _told(10, "Japan's largest-ever takeover deal", "deal", "mtfg ufj", status=None),
        _told(10, "Mitsubishi's takeover", "acquisition", "mtfg ufj", status=None),
    ]
    groups = cluster(found)
    assert [sorted(p.mention.sentence for p in g) for g in groups] == [[1, 10, 10]]
    found[1] = _told(10, "the largest-ever loan deal", "deal", "mtfg ufj", status=None)
    found[0] = _told(1, "a loan deal", "deal", "mtfg ufj")
    assert len(cluster(found)) == 2


def test_a_deal_and_the_accord_of_one_article_are_one():
    """ "signed a peace deal in Doha on Saturday … the Doha accord": a deal is an agreement,
    whichever word the article uses; a trade deal beside the peace deal stays another."""
    found = [
        _told(1, "a peace deal", "deal", "ruritania osterlich", "2020-02-29"),
        _told(3, "the Doha accord", "agreement", "ruritania osterlich", status=None),
    ]
    assert len(cluster(found)) == 1
    found[1] = _told(3, "a trade agreement", "agreement", "ruritania osterlich")
    assert len(cluster(found)) == 2


def test_a_deal_told_by_a_verb_is_not_one_told_before(nlp):
    """Dev's Mugabe article: "agreed to power-sharing in which Tsvangirai became prime
    minister" and "was able to negotiate immunity … in exchange for his official
    resignation" are two deals, though the second's one party is the first's: a verb's
    frame is no deal told of before (agreements43's first draft joined them)."""
    paragraphs = [
        "Refusing to give up power, Mugabe agreed to power-sharing in which Tsvangirai became "
        "prime minister. Nevertheless, Mugabe was able to negotiate immunity from prosecution "
        "and a state-funded home in exchange for his official resignation on November 21."
    ]
    found = _agreements(nlp, paragraphs, {"Mugabe": "mugabe", "Tsvangirai": "tsvangirai"})
    assert len(found) == 2, [(p.mention.text, p.agents) for p in found]
    assert len(cluster(found)) == 2


def test_an_agreement_named_as_known_in_a_later_article_is_the_dated_one():
    """Issue 7 item 4: "Russia and Iran signed a treaty on January 17" in one article and
    "Iran's parliament approved the treaty with Russia" (undated) in a later one are one
    page; not "a treaty" (a new one), not a treaty of other parties, not one dated years
    before the later article."""

    def report(article: str, text: str, parties: str, day: str | None, written: str):
        mention = Mention("", article, 0, 0, 0, len(text), text, "extract")
        return Proposal(
            "agreements", "treaty", tuple(parties.split()), (), day, day, None, mention, written,
        )  # fmt: skip

    signed = report("a", "a treaty", "russia iran", "2025-01-17", "2025-01-18")
    again = report("b", "the treaty with Russia", "iran russia", None, "2025-02-10")
    assert len(cluster([signed, again])) == 1
    new = report("b", "a treaty", "iran russia", None, "2025-02-10")
    assert len(cluster([signed, new])) == 2
    other = report("b", "the treaty with Armenia", "iran armenia", None, "2025-02-10")
    assert len(cluster([signed, other])) == 2
    years_on = report("b", "the treaty with Russia", "iran russia", None, "2027-02-10")
    assert len(cluster([signed, years_on])) == 2
