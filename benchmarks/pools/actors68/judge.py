# ruff: noqa: E501, SIM115
"""Write {tune,check}-{main,branch}.tsv: every actor page-article of a half with its hand verdict.

Usage: ``python judge.py HALF /tmp/actors68/TAG-HALF.json OUT.tsv`` (the dump of ``run.py``).
Verdicts were decided by reading each article (GOLD.md), on main's pages, before any rule of
this branch was written: real, junk:<class>, incidental (a state named only as a place, a
modifier or a nationality). Pages not listed in JUDGED are real (states: incidental unless
listed real). The branch's two new pages ("Mel Gibson", "Steve Bruce": the labels cut) were
judged real by the same reading.

check2 (ten more BBC entertainment files, read and judged after the rules were written, on
main's output) was judged the same way; "Stephen" (a man's son named by his given name only) is
real.

Judgement calls: a club or band the NER types as a person (Aston Villa, Atletico Madrid, Toho,
Franz Ferdinand) is a real actor of the wrong type, counted real; "Blues" (Birmingham City's
nickname, no other page) real; the Rat Pack (a named group of performers) real; people named
as a film's subject (Jesus Christ, Howard Hughes, Francisco Solano Lopez) real; a person whose
page also took a country's mention from a list ("Naguib Mahfouz (Egypt)") real; a club read as
the state of its name (Monaco) junk.
"""

import json
import sys
from collections import defaultdict

JUDGED = {
    "tune": {
        "junk:work (a film, book or game title)": "Arc of Justice|e024 Collected Poems|e024 Comedy Meet The Fockers|e076 Grudge|e066 Harry Potter|e046 Harry Potter|t178 Napoleon Dynamite|e066 Ocean|e060 Ocean|e088 Ocean's Eleven|e088 Plot Against America|e024 Polar Express|e083 Polar Express|e088 Rings|e066 Rings|e076 Rings|e088 Wesley Snipes' Blade|e088 Grand Theft Auto|t178",
        "junk:product (a console)": "PS2|t178",
        "junk:character (a film's fictional person)": "Ben Gates|e083",
        "junk:glued (a label word glued before a name at a sentence's start)": "Boss Steve Bruce|s265 Producer Mel Gibson|e041",
        "real": "Thailand|w01",
    },
    "check": {
        "junk:work (a film, book or game title)": "Aviator|e049 Aviator|e053 Boogeyman|e053 Chorus|e045 Evil Dead|e053 Metroid Hunters|t185 Spirited Away|e065 Spirited Away|e087 Un Long Dimanche de Fiancailles|e045",
        "junk:product (a device or a technology)": "GameBoy Advance|t185 DAB|t174",
        "junk:unit (a unit of measure)": "MB|t174",
        "junk:group (a people)": "Carib|e037",
        "junk:place (a venue)": "SECC|e104",
        "junk:state (a club read as the state of its name)": "Monaco|s272",
    },
    "check2": {
        "junk:work (a film, song, album or show title)": "Beatles' Across The Universe|e146 Grief Never Grows Old|e130 Jimmy Kimmel Live TV|e115 Please Please Me|e152",
        "junk:character (a film's fictional person)": "James Bond|e145",
        "junk:event (an award ceremony)": "Grammy Awards|e146",
        "junk:glued (a label word glued before a name)": "Beatle George Harrison|e141",
        "split:a network's name with and without 'TV' (CBS beside CBS TV)": "CBS TV|e145",
    },
}


def verdicts(part: str) -> dict[tuple[str, str], str]:
    """Map (page, file) to its verdict for one half ("Name|wNN Other name|wNN")."""
    out = {}
    for verdict, items in JUDGED[part].items():
        rest = items
        while rest:
            name, _, tail = rest.partition("|")
            f, _, rest = tail.partition(" ")
            out[(name.strip(), f.strip())] = verdict
    return out


def main() -> None:
    part, dump, target = sys.argv[1], sys.argv[2], sys.argv[3]
    d = json.load(open(dump, encoding="utf-8"))
    v = verdicts(part)
    rows = []
    for e in sorted(d["entities"], key=lambda e: e["name"]):
        arts = defaultdict(list)
        for f, _s, text, _h in e["mentions"]:
            arts[f].append(text)
        for f, texts in sorted(arts.items()):
            default = "incidental" if e["type"] == "state" else "real"
            rows.append(
                (
                    e["name"],
                    e["type"],
                    f,
                    "|".join(sorted(set(texts))),
                    v.pop((e["name"], f), default),
                )
            )
    if v:
        print("not in this run:", ", ".join(f"{n}|{f}" for n, f in sorted(v)))
    with open(target, "w", encoding="utf-8") as out:
        out.write("page\ttype\tfile\tmentions\tverdict\n")
        out.writelines("\t".join(r) + "\n" for r in rows)
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
        print(
            f"  {c}: {sum(r[4] == c for r in counted)} pages in {len(fs)} articles ({', '.join(sorted(fs))})"
        )


if __name__ == "__main__":
    main()
