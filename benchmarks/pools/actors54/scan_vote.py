# ruff: noqa: E501, SIM115
"""Vote of product clues against firm clues over every mention of each judged actors52 page's
name in its half (raw-text scan): which pages a vote would drop, real or junk."""

import csv
import re
import sys
from collections import defaultdict

P = "/work/main/benchmarks/pools/actors52"
PNOUN = r"(?:consoles?|games|titles|browser|handsets?|phone|mini|users|owners|players|gamers|sequel|game|console|sales)"
PC_AFTER = re.compile(rf"^(?: {PNOUN}\b| \d\b(?! ?(?:%|per|million|bn|m\b)))")
PC_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|its|their|his|her|new) (?:\w+ )?(?:game|console|browser|handset|phone|title|film|movie)s? "
    r"|\bplay(?:s|ed|ing)? (?:the )?|\b(?:copies|versions?|launch|sequel) of (?:the )?"
    r"|\b(?:games|films|movies|titles|browsers|consoles|gadgets|shows),? (?:such as|like|including) (?:the )?(?:[A-Z][^,.;]{0,40}, )*"
    r"|\b[A-Z]\w+(?:'s|’s) (?:new |handheld |slimline )?)$"
)
FVERB = r"(?:said|says|told|announced|added|claimed|argued|admitted|plans?|planned|wants|hopes|confirmed|denied|declined|warned|bought|acquired|agreed|reported|employs|has said|has announced|had done|is reaching|recently|continues)"
FC_AFTER = re.compile(
    rf"^(?:,? (?:Inc|plc|Corp|Ltd|Limited|Corporation)\b|(?:'s|’s) (?:chief|boss|head|spokes\w*|president|vice|founder|chairman|shares|profits?|revenues?|store|staff|employees|executive|director|manager|\w+ (?:manager|director|officer|president|editor))\b| {FVERB}\b|,? which (?:currently|is|has|was))"
)
FC_BEFORE = re.compile(
    r"\b(?:firm|company|companies|giant|makers?|rivals?|publisher|developer|manufacturers?|shares in|said|says|told|spokes\w+ for|executive of|director of|president of|head of|analysts? at|editor at|courting) (?:the )?$"
)


def clue(t, s, e):
    before, after = t[max(0, s - 90) : s], t[e : e + 40]
    p = bool(PC_AFTER.search(after) or PC_BEFORE.search(before))
    f = bool(FC_AFTER.search(after) or FC_BEFORE.search(before))
    return p, f, before[-30:] + "|" + t[s:e] + "|" + after[:25]


def vote(name, forms, texts):
    n = pv = fv = 0
    ex = []
    for f in sorted({re.sub(r"^[Tt]he ", "", x) for x in forms} | {name}, key=len, reverse=True):
        for t in texts:
            for m in re.finditer(rf"(?<![\w-]){re.escape(f)}(?![\w-])", t):
                p, fr, x = clue(t, m.start(), m.end())
                n += 1
                pv += p and not fr
                fv += fr
                if p or fr:
                    ex.append(
                        ("P" if p else "") + ("F" if fr else "") + ": " + x.replace("\n", " ")
                    )
        break  # the longest form only: a page's name's mentions
    return n, pv, fv, ex


def drops(n, pv, fv):
    return pv >= 2 and fv == 0


if __name__ == "__main__":
    for part in sys.argv[1:]:
        rows = list(csv.DictReader(open(f"/tmp/actors52/actors52-{part}.csv", encoding="utf-8")))
        texts = [r["title"] + "\n" + r["text"] for r in rows]
        pages = defaultdict(lambda: [set(), set(), set()])
        for r in csv.DictReader(open(f"{P}/{part}-main.tsv", encoding="utf-8"), delimiter="\t"):
            pg = pages[r["page"]]
            pg[0].update(r["mentions"].split("|"))
            pg[1].add(r["verdict"])
            pg[2].add(r["file"])
        for name, (forms, verd, files) in sorted(pages.items()):
            n, pv, fv, ex = vote(name, forms, texts)
            mark = "DROP" if drops(n, pv, fv) else "    "
            if pv:
                print(
                    mark,
                    part,
                    name,
                    "|".join(sorted(verd)),
                    ",".join(sorted(files)),
                    f"n{n} P{pv} F{fv}",
                    sep="\t",
                )
                for e in ex[:5]:
                    print("\t\t" + e)
