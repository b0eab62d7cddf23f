"""Write the hand judgements of agreements37 into a proposals file (``judged-<half>.yml``).

Usage: judge.py PROPOSALS.yml OUT.yml (an OUT named ``*after*`` takes ``AFTER`` first).
Verdicts are keyed by (article, agreement key); a judged key that is a prefix of the
proposal's key matches too; a proposal with no judgement is left ``null`` (judged by hand
before counting).
"""

import sys
from pathlib import Path

import yaml

R, W = "right", "wrong"
J = {
    # tune half (judged on main 1fcb488)
    ("tune 6 b188", "agreements/acquisition-at-t-sbc-communications-2005-02"): (
        R,
        None,
        "SBC agreed to buy AT&T; parties and status right",
    ),
    ("tune 10 b197", "agreements/acquisition-krivorizhstal-2004-06"): (
        W,
        "party wrong/missing",
        "sale of the mill: the buyer (the consortium of Pinchuk and "
        "Akhmetov, two paragraphs on) and the seller (the state) missing; only the mill sold",
    ),
    ("tune 11 b201", "agreements/acquisition-eon-labs-hexal-novartis-2005-01"): (
        W,
        "party wrong/missing",
        'United States from "Hexal\'s US affiliate Eon Labs" (a '
        "nationality); also two purchases (Hexal, Eon Labs) on one page",
    ),
    ("tune 13 b208", "agreements/acquisition-shanda-interactive-entertainment-sina"): (
        R,
        None,
        "Shanda bought 20% of Sina",
    ),
    ("tune 19 b223", "agreements/deal-blb-united-states"): (
        W,
        "hypothetical",
        "a revenue-sharing deal still to be struck with Rhode Island; "
        'United States from "the US unit"; the Wembley-BLB sale itself is missed',
    ),
    ("tune 21 b230", "agreements/acquisition-rosneft"): (
        W,
        "party wrong/missing",
        'Rosneft bought "the unit" (Yugansk, sold by Yukos): the unit and Yukos missing',
    ),
    ("tune 28 b250", "agreements/contract-ibm-lenovo-2004-12-08"): (
        R,
        None,
        "the $1.75bn agreement Lenovo signed with IBM (status signed: 'goes through')",
    ),
    ("tune 28 b250", "agreements/deal-lenovo-2004"): (
        W,
        "one deal told twice",
        "the same Lenovo-IBM PC deal, a second page with Lenovo only",
    ),
    # check half (judged on main 1fcb488, before the rule ran on it)
    ("check 6 b189", "agreements/agreement-fiat-auto-general-motors"): (
        R,
        None,
        "Fiat reached an agreement with GM to dissolve their alliance (Fiat read as "
        "Fiat Auto by the actor stage)",
    ),
    ("check 7 b192", "agreements/acquisition-gazprom-rosneft"): (
        W,
        "hypothetical",
        "Gazpromneft 'is due to merge with Rosneft': a merger to come; "
        "Gazprom is not the party either",
    ),
    ("check 7 b192", "agreements/loan-deutsche-bank"): (
        W,
        "party wrong/missing",
        "Deutsche Bank agreed to loan Gazpromneft the money: the "
        "borrower missing ('It' is Deutsche Bank, read right)",
    ),
    ("check 9 b196", "agreements/deal-mci-verizon-communications"): (
        R,
        None,
        "MCI agreed to a buyout by Verizon",
    ),
    ("check 11 b202", "agreements/acquisition-at-t-sbc-communications"): (
        R,
        None,
        "SBC agreed to buy AT&T",
    ),
    ("check 11 b202", "agreements/acquisition-mci"): (
        W,
        "party wrong/missing",
        "'A takeover of MCI would be the fifth ... deal': the agreed "
        "Verizon buyout, Verizon missing (no other page for it in this article)",
    ),
    ("check 14 b212", "agreements/agreement-neither-rover"): (
        W,
        "hypothetical",
        "Rover-SAIC tie-up still in talks, awaiting approval (agreements34 "
        "judged it hoped for); party 'Neither Rover' junk, SAIC missing",
    ),
    ("check 16 b218", "agreements/deal-barclays"): (
        W,
        "hypothetical",
        "'close to striking a deal with Barclays' / 'no agreement has been "
        "reached'; status signed wrong",
    ),
    ("check 17 b220", "agreements/acquisition-london-stock-exchange"): (
        W,
        "hypothetical",
        "Deutsche Boerse's 'possible takeover' of the LSE: an offer the LSE rejected, no agreement",
    ),
    ("check 18 b222", "agreements/agreement-exxon"): (
        R,
        None,
        "Exxon signed preliminary agreements on Sakhalin 3; the other side is not "
        "named as signer (left out, as agreements35's gold does)",
    ),
    ("check 21 b232", "agreements/agreement-eliot-spitzer-marsh-mclennan"): (
        R,
        None,
        "Marsh & McLennan pays $850m to settle Spitzer's charges",
    ),
    ("check 24 b241", "agreements/agreement-bbc-patrick-bartlett"): (
        W,
        "party wrong/missing",
        "the G7's debt-relief agreement in principle, read as made "
        "by the BBC correspondent who reports it",
    ),
}

AFTER = {
    # the branch's proposals whose parties changed (the rest are the same proposals as before)
    ("tune 11 b201", "agreements/acquisition-eon-labs-hexal-novartis-2005-01"): (
        R,
        None,
        "Novartis's purchase of Hexal and 67.7% of Eon Labs, told as one deal ('The "
        "deal will see...'); the United States no longer a party",
    ),
    ("tune 19 b223", "agreements/deal-blb"): (
        W,
        "hypothetical",
        "still the revenue-sharing deal to be struck; the United States gone, "
        "Rhode Island authorities (no actor) not a party",
    ),
}


def main() -> None:
    src, out = Path(sys.argv[1]), Path(sys.argv[2])
    judged = {**J, **AFTER} if "after" in out.name else J
    items = yaml.safe_load(src.read_text(encoding="utf-8"))["proposals"]
    for i in items:
        got = [v for (a, k), v in judged.items() if a == i["article"] and i["key"] == k]
        got = got or [v for (a, k), v in J.items() if a == i["article"] and i["key"].startswith(k)]
        if got:
            (got,) = got
            i["verdict"], i["class"], i["note"] = got
    text = yaml.safe_dump({"proposals": items}, sort_keys=False, allow_unicode=True, width=100)
    out.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
