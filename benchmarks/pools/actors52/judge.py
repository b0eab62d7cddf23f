# ruff: noqa: E501, SIM115
"""Write {tune,check}-judged.tsv: every actor page and article of a half with its hand verdict.

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
        "junk:product": "Energy Star|t072 Global System for Mobiles|t098 Grand Theft Auto|t130 Grand Theft Auto|t171 Grand Theft Auto|t276 Harry Potter|t119 Harry Potter|t130 Harry Potter|t276 Internet Explorer|t196 Opera|t196 PS2|t130 PS2|t235 Painkiller|t140 Xbox|t130 Xbox|t155 GameBoy|t256 GameBoy|t311 Playstation Portable|t341 Project Entropia|t249 Fatal Force|t311 Mac|t300 Microsoft Windows|t263 Digital Rights Management|t263 Antiques Roadshow|t280 Kill Bill|t280 Gear Roadshow|t280 James Bond|t276 Holy Grail|t267 Evolution, Data Optimised|t335",
        "junk:list": "Atari, Spectrum|t256 Eastenders, Casualty|t280 Walt Disney, Touchstone|t280 Vivendi and Electronics Arts|t155",
        "junk:cut": "Add Monsters|t119 Library London|t204 Texas Parks|t202 Wildlife Department|t202 Microsoft Windows Client|t196 TOO|t311",
        "junk:jargon": "RPG|t249 PED|t249",
        "junk:place": "Kings Cross|t204",
        "split:two names in one article (name and acronym or glued title)": "US Environmental Protection Agency|t072 US Equal Employment Opportunity Commission|t180 Stuff Essentials|t341",
        "split:the text's misspelling": "Kudja|t256",
        "split:firm page titled by its product": "Microsoft IE|t196 Yahoo Messenger|t337",
        "split:the firm's full name beside its short one (after actors52's rule)": "Walt Disney|t280",
        "real": "United Kingdom|t231",
    },
    "check": {
        "junk:product": "CJ|t203 Creative Nomad Jukebox|t183 GameBoy Advance SP|t153 GameBoy Advance SP|t247 Harry Potter|t114 Harry Potter|t203 Homeland Security|t138 IE|t138 Metroid Hunters|t153 PCtvt|t199 Spread Firefox|t138 Xbox|t170 Xbox|t203 Xbox|t233 Metal Slug|t233 Mac|t336 Mac Mini|t336 Macintosh|t260 Macintosh|t336 Windows Media Center|t336 Blu-ray Disc|t219 Rings|t203 Rings|t306 Video Relay Service|t251 BSL|t251 Ofoto|t278",
        "junk:list": "Carderplanet and Darkprofits|t120 Dell, Samsung|t219",
        "junk:cut": "Classic Rock|t344",
        "junk:event": "MacWorld|t260",
        "split:title glued": "Supt Deats|t120 Prof Reddy|t199",
        "split:a word glued before the firm": "Telco BT|t097",
        "real": "United Kingdom|t105 United States|t105",
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
