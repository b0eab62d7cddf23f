# ruff: noqa: E501, SIM115
"""Write {tune,check}-main.tsv: every actor page-article of a half with its hand verdict.

Usage: ``python judge.py HALF /tmp/actors62/TAG-HALF.json OUT.tsv`` (the dump of ``run.py``).
Verdicts were decided by reading each article (GOLD.md): real, junk:<class>, split:<shape> (the
second page of one actor), incidental (a state named only as a place, a modifier or a
recipient). Pages not listed in JUDGED are real (states: incidental unless listed real).
"""

import json
import sys
from collections import defaultdict

JUDGED = {
    "tune": {
        "junk:product (a brand of goods read as a person)": "Craftsman Tools|w15 Martha Stewart|w15",
        "junk:glued (a nationality glued to a surname, typed organisation)": "Italian Buttiglione|w13",
        "junk:group (an ethnic group)": "Tatars|w11",
        "real": "Brazil|w01 Brazil|w03 Brazil|w09 China|w01 Russia|w11 South Korea|w09",
    },
    "check": {
        "junk:title (an office's words read as a body)": "National Security Affairs|w04",
        "junk:product (a programme's acronym)": "ODA|w12",
        "junk:event (a massacre read as a body)": "Rape of Nanking|w12",
        "split:an acronym after a foreign-language gloss (VVD beside People's Party for Freedom and Democracy)": "VVD|w08",
        "real": "China|w12 China|w16 France|w12 Germany|w12 Iraq|w14 Ireland|w10 Israel|w02 Israel|w14 Italy|w12 Japan|w12 Japan|w16 North Macedonia|w06 United States|w02 United States|w12",
    },
    "ext-tune": {
        "junk:cut (a body's name cut at its 'and' or before its first word)": "National Institute of Colonization|x01 Pará S.A|x01",
        "real": "Brazil|x01 Ukraine|x05 United States|x03",
    },
    "ext-check": {
        "junk:glued (an office's last word glued to a name)": "Acquisition Marvin Sambur|x06",
        "junk:title (an office's words read as a body)": "Air Force Communications|x06 Air Force for Acquisition|x06",
        "split:an acronym in brackets with another ('(USARSA or SOA)')": "U.S. Army School of the Americas|x04",
        "split:an acronym the text never defines in brackets (WHINSEC)": "Western Hemisphere Institute for Security Cooperation|x04",
        "real": "Cuba|x04 Soviet Union|x04 Sudan|x02 United States|x04",
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
