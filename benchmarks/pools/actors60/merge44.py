"""Write expected-actors44.tsv: its articles other gold here covers, plus the new ones.

The same texts (compared word for word) are in actors43 (BBC) and actors49 (the Wikinews 2019
rows): their lines are copied under actors44's half. The a42_NN rows take actors42's gold
(``../actors42/gold-{tune,check}.yml``: actors with ``mentions >= 2``, not incidental). The other
BBC files were annotated here (``new-actors44.tsv``); the g32_NN rows were not (time).
"""

from __future__ import annotations

from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
POOLS = HERE.parent


def lines(name: str) -> dict[str, list[list[str]]]:
    out: dict[str, list[list[str]]] = {}
    for line in (HERE / name).read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        fields = line.split("\t")
        out.setdefault(fields[1], []).append(fields[2:])
    return out


def actors42() -> dict[str, list[list[str]]]:
    out: dict[str, list[list[str]]] = {}
    for half in ("tune", "check"):
        gold = yaml.safe_load((POOLS / "actors42" / f"gold-{half}.yml").read_text(encoding="utf-8"))
        for art in gold["articles"]:
            key = f"a42_{art['row']:02d}"
            for a in art.get("actors") or []:
                if int(a.get("mentions") or 0) >= 2 and not a.get("incidental"):
                    variants = [v for v in a.get("variants") or [] if v != a["name"]]
                    row = [a["name"], a["type"], str(a["mentions"]), "|".join(variants)]
                    out.setdefault(key, []).append(row)
    return out


def main() -> None:
    known: dict[str, list[list[str]]] = {}
    for source in (
        lines("expected-actors43.tsv"),
        lines("expected-actors49.tsv"),
        actors42(),
        lines("new-actors44.tsv"),
    ):
        known.update(source)
    out = [
        "# Real actors each article of actors44 names twice or more (GOLD.md); see merge44.py for",
        "# where each file's lines come from. g32_NN rows: not annotated.",
        "# half\tfile\tactor (fullest name)\ttype\tmentions\tvariants as written (|)",
    ]
    for half in ("tune", "check"):
        listing = (POOLS / "actors44" / f"actors44-{half}-files.txt").read_text().splitlines()
        for entry in listing:
            file = entry.split("\t")[1]
            for row in known.get(file, []):
                out.append("\t".join([half, file, *row]))
    (HERE / "expected-actors44.tsv").write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
