# ruff: noqa: E501, SIM115
"""Write {tune,check}-main.tsv: every actor page and article of a half with its hand verdict.

Verdicts were decided by reading each article (GOLD.md): real, junk:<class>, split:<shape>
(the second page of one actor), incidental (a state named only as a place, market or list item).
Pages not listed in JUDGED are real. Classes: product (goods, software, games, films, shows,
formats, services), list (two or more names glued into one), cut (a cut or glued name), jargon
(an acronym of a common term, a currency), place, event.
"""

import json
import sys
from collections import defaultdict

JUDGED = {
    "tune": {
        "junk:product (a programme, or two magazines glued)": "Social Security|r05-massachusetts Dolly & Cleo|r07-cleo",
        "split:a company's full name typed person beside its short form (Bauer)": "Bauer Media|r07-cleo",
    },
    "check": {
        "junk:place (a tree, a room)": "Bodhi|r02-buddhist Oval Office|r04-jersey",
        "junk:product (a TV programme read as a person)": "Jersey Shore|r04-jersey",
        "junk:cut (a banner's words glued to a surname)": "Tell Gov Christie|r04-jersey",
        "split:a body's long name cut before 'of New Jersey' beside its short form (Horizon)": "Horizon Blue Cross Blue Shield|r04-jersey",
    },
}


def verdicts(part: str) -> dict[tuple[str, str], str]:
    """Map (page, file) to its verdict for one half."""
    out = {}
    for verdict, items in JUDGED[part].items():
        rest = items
        while rest:
            name, _, tail = rest.partition("|")
            f, _, rest = tail.partition(" ")
            out[(name.strip(), f.strip())] = verdict
    return out


part, dump, files = sys.argv[1], sys.argv[2], sys.argv[3]
d = json.load(open(dump, encoding="utf-8"))
fl = [ln.split("\t")[1] for ln in open(files, encoding="utf-8")]
v = verdicts(part)
rows = []
for e in sorted(d["entities"], key=lambda e: e["name"]):
    arts = defaultdict(list)
    for row, _s, text, _h in e["mentions"]:
        arts[fl[row]].append(text)
    for f, texts in sorted(arts.items()):
        default = "incidental" if e["type"] == "state" else "real"
        rows.append(
            (e["name"], e["type"], f, "|".join(sorted(set(texts))), v.pop((e["name"], f), default))
        )
if v:  # a judged page the run does not make (judgements cover main's and the branch's pages)
    print("not in this run:", ", ".join(f"{n}|{f}" for n, f in sorted(v)))
with open(sys.argv[4], "w", encoding="utf-8") as out:
    out.write("page\ttype\tfile\tmentions\tverdict\n")
    for r in rows:
        out.write("\t".join(r) + "\n")
counted = [r for r in rows if r[4] != "incidental"]
real = sum(r[4] == "real" for r in counted)
splits = sum(r[4].startswith("split") for r in counted)
print(
    f"{part}: {len(counted)} page-articles judged, real {real} ({100 * real / len(counted):.1f}%), splits {splits}, incidental {len(rows) - len(counted)}"
)
byc = defaultdict(set)
for r in counted:
    if r[4] != "real":
        byc[r[4]].add(r[2])
for c, fs in sorted(byc.items()):
    print(f"  {c}: {sum(r[4] == c for r in counted)} pages in {len(fs)} articles")
