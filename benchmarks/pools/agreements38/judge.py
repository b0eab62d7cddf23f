"""agreements38's verdicts on its cue pool, keyed by (article, agreement key), and the
scorer. Usage: judge.py IN.yml OUT.yml (writes IN with verdicts) or judge.py --score FILE.

Judged by hand (GOLD.md) from each article on `main` (``0939d22``) before the rule was
written: right, or wrong with one class (hypothetical, party wrong/missing, told twice, not
an agreement)."""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

import yaml

R = ("right", None)
V: dict[tuple[str, str], tuple[str, str | None, str]] = {
    ("business/005.txt", "agreements/acquisition-diageo"): (
        "wrong", "party wrong/missing", "Diageo bought two-thirds of Seagram: Seagram missing"),
    ("business/027.txt", "agreements/acquisition-international-steel-group"): (
        "wrong", "party wrong/missing",
        "Mittal Steel 'is due to complete its acquisition of ISG': real, signed; the buyer "
        "(\"the Netherlands-based company\") missing"),
    ("business/027.txt", "agreements/acquisition-ispat-lakshmi-mittal"): (
        "wrong", "party wrong/missing", "LNM Holdings merged with Ispat, not Mr Mittal"),
    ("business/034.txt", "agreements/agreement-saic"): (
        "wrong", "party wrong/missing", "Rover and SAIC signed it: Rover missing"),
    ("business/078.txt", "agreements/agreement-fiat"): (
        "wrong", "party wrong/missing", "the 2000 GM-Fiat deal: GM missing"),
    ("business/112.txt", "agreements/acquisition-france-telecom"): (
        "wrong", "party wrong/missing",
        "France Telecom will buy the Equant shares (subject to approval: agreed): Equant missing"),
    ("business/188.txt", "agreements/acquisition-at-t-sbc-communications"): (
        "right", None, "SBC agreed to buy AT&T"),
    ("business/202.txt", "agreements/acquisition-at-t-sbc-communications"): (
        "right", None, "SBC agreed to buy AT&T"),
    ("business/202.txt", "agreements/acquisition-mci"): (
        "wrong", "party wrong/missing",
        "as agreements37: Verizon's takeover of MCI, Verizon missing"),
    ("business/212.txt", "agreements/agreement-rover"): (
        "wrong", "hypothetical",
        "as agreements37: Rover-SAIC 'proposed tie-up' in talks, delayed; party 'Rover' only"),
    ("business/220.txt", "agreements/acquisition-london-stock-exchange"): (
        "wrong", "hypothetical",
        "as agreements37: 'the possible takeover of the LSE', an offer the LSE rejected"),
    ("business/230.txt", "agreements/acquisition-rosneft"): (
        "wrong", "party wrong/missing", "as agreements37: Rosneft bought Yugansk from Yukos"),
    ("business/025.txt", "agreements/acquisition-gazprom-rosneft"): (
        "right", None,
        "b192's sentence, read again: 'Gazprom which is due to merge with Rosneft' is the "
        "merger Rosneft 'has agreed' (083), due to complete: signed, sides right "
        "(agreements37: hypothetical)"),
    ("business/032.txt", "agreements/acquisition-mitsubishi-tokyo-financial-group-sumitomo"): (
        "wrong", "not an agreement", "Sumitomo withdrew its offer for UFJ: no SMFG deal"),
    ("business/032.txt", "agreements/acquisition-mitsubishi-tokyo-financial-group-ufj-holdings"): (
        "right", None, "Mitsubishi's takeover of UFJ"),
    ("business/032.txt", "agreements/deal-japan-mitsubishi-tokyo-financial-group-ufj-holdings"): (
        "wrong", "party wrong/missing", "the same MTFG-UFJ deal with Japan as a party"),
    ("business/074.txt", "agreements/deal-iran"): (
        "wrong", "hypothetical", "as agreements33: 'if Iran will award it the mobile deal'"),
    ("business/074.txt", "agreements/deal-turkcell"): (
        "wrong", "party wrong/missing", "Turkcell's Iran deal: Iran missing"),
    ("business/083.txt", "agreements/acquisition-gazprom-rosneft"): (
        "right", None, "'Rosneft has agreed to merge with Gazprom'"),
    ("business/083.txt", "agreements/loan-deutsche-bank-gazprom"): (
        "wrong", "party wrong/missing", "the loan to 'an arm of Gazprom': the parent for its unit"),
    ("business/096.txt", "agreements/contract-burren-energy"): (
        "right", None, "contracts awarded to Burren by unnamed state oil firms"),
    ("business/181.txt", "agreements/acquisition-rosneft-yukos"): (
        "right", None, "Yugansk sold off by Yukos, acquired by Rosneft"),
    ("business/181.txt", "agreements/deal-national-petroleum-corporation-rosneft"): (
        "right", None, "loan-for-oil deal concluded between Rosneft and CNPC"),
    ("business/181.txt", "agreements/memorandum-india-russia"): (
        "right", None, "India and Russia signed a memorandum"),
    ("business/181.txt", "agreements/treaty-india-russia"): (
        "wrong", "told twice", "'a pact which could see India invest': the memorandum again"),
    ("business/192.txt", "agreements/acquisition-gazprom-rosneft"): (
        "right", None,
        "read again as 025 (agreements37 judged it hypothetical, party Gazpromneft): an agreed "
        "merger due to complete"),
    ("business/192.txt", "agreements/loan-deutsche-bank-gazpromneft"): (
        "right", None, "Deutsche Bank agreed to loan Gazpromneft the money"),
    ("business/201.txt", "agreements/acquisition-eon-labs-hexal-novartis"): (
        "right", None, "as agreements37 (branch): Novartis bought Hexal and 67.7% of Eon Labs"),
    ("business/208.txt", "agreements/acquisition-shanda-interactive-entertainment-sina"): (
        "right", None, "Shanda bought a 20% stake in Sina"),
    ("business/218.txt", "agreements/deal-barclays"): (
        "wrong", "hypothetical",
        "as agreements37: 'close to striking a deal'; no agreement reached"),
    ("business/223.txt", "agreements/deal-blb"): (
        "wrong", "hypothetical", "as agreements37: a revenue-sharing deal still to be struck"),
}  # fmt: skip


def judge(src: Path, out: Path) -> None:
    items = yaml.safe_load(src.read_text(encoding="utf-8"))["proposals"]
    for i in items:
        keys = [k for a, k in V if a == i["article"] and i["key"].startswith(k)]
        best = max(keys, key=len) if keys else None  # keys may end in a date or a digest
        verdict, klass, note = V.get((i["article"], best or ""), (None, None, None))
        i.update(verdict=verdict, **{"class": klass}, note=note)
    text = yaml.safe_dump({"proposals": items}, sort_keys=False, allow_unicode=True)
    out.write_text(text, encoding="utf-8")


def score(path: Path) -> None:
    items = yaml.safe_load(path.read_text(encoding="utf-8"))["proposals"]
    right = sum(i["verdict"] == "right" for i in items)
    print(f"{path.name}: {len(items)} proposed, {right} right ({right / max(len(items), 1):.1%})")
    classes: dict[str, list[str]] = defaultdict(list)
    for i in items:
        if i["verdict"] != "right":
            classes[str(i["class"])].append(i["article"].split("/")[-1][:3])
    for klass, arts in sorted(classes.items()):
        print(f"  {klass}: {len(arts)} ({', '.join(arts)})")
    assert not Counter(i["verdict"] for i in items)[None], "unjudged proposals"


if __name__ == "__main__":
    if sys.argv[1] == "--score":
        score(Path(sys.argv[2]))
    else:
        judge(Path(sys.argv[1]), Path(sys.argv[2]))
