"""A real pool for review24: news excerpts found with the tool library's `pages` search, in
no gold split or earlier pool (URLs below; the texts are not committed: pass a module holding
``TEXTS = [(url, date, text), ...]``). Each mention's expected page was written by hand
before any run (GOLD; None: no page of anyone the briefing names in full).

.venv/bin/python benchmarks/pools/review24/pool.py TEXTS_MODULE_PATH
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from probe import build

H = "Hillary Rodham Clinton"
GOLD: dict[str, dict[str, str | None]] = {
    "https://www.millenniumpost.in/world/nawaz-sharif-officially-nominates-brother-shehbaz-for-pms-post-553950": {  # noqa: E501
        "Nawaz Sharif": "Nawaz Sharif",
        "Shehbaz Sharif": "Shehbaz Sharif",
        "Shehbaz": "Shehbaz Sharif",
        "Nawaz": "Nawaz Sharif",
        "Sardar Ayaz Sadiq": "Sardar Ayaz Sadiq",
        "Attaullah Tarar": "Attaullah Tarar",
    },
    "https://dunyanews.tv/en/Pakistan/748242--Says-my-biggest-achievement-was-to-save-country-from-default": {  # noqa: E501
        "Shehbaz Sharif": "Shehbaz Sharif",
        "Nawaz Sharif": "Nawaz Sharif",
        "Sharif": "Shehbaz Sharif",
    },
    "https://www.pakistantoday.com.pk/2022/04/10/shehbaz-avoids-questions-on-nawaz-sharifs-return/": {  # noqa: E501
        "Shehbaz Sharif": "Shehbaz Sharif",
        "Nawaz Sharif": "Nawaz Sharif",
        "Shehbaz": "Shehbaz Sharif",
        "Sharif": "Nawaz Sharif",
    },
    "https://d3o5waj882weef.cloudfront.net/publications/reciprocal-tariffs": {
        "Malaysia 24": None,
        "Japan 24": None,
        "Japan": "Japan",
        "Malaysia": "Malaysia",
    },
    "https://irishtimes.com/news/hillary-campaign-for-senate-seat-warms-up-1.242101": {
        "Hillary Rodham Clinton": H,
        "Mrs Clinton": H,
        "Clinton": H,
        "Rudy Giuliani": "Rudy Giuliani",
        "Daniel Moynihan": "Daniel Moynihan",
    },
    "http://www.independent.co.uk/news/world/hillary-commits-to-run-for-seat-in-us-senate-1128352.html": {  # noqa: E501
        "Hillary Rodham Clinton": H,
        "Mrs Clinton": H,
        "Clinton": H,
        "Bill Clinton": "Bill Clinton",
        "Rudolph Giuliani": "Rudy Giuliani",
    },
    "https://www.cbsnews.com/news/hillary-will-wait-until-2000": {
        "Hillary Rodham Clinton": H,
        "Clinton": H,
        "Al Gore": "Al Gore",
        "Gore": "Al Gore",
        "Bill Bradley": "Bill Bradley",
        "Bradley": "Bill Bradley",
    },
    "https://hillaryspeeches.com/2016/04/11/bill-campaigns-in-new-york-chelsea-in-dc/": {
        "Clinton": "Bill Clinton",
        "Eliot Engel": "Eliot Engel",
        "John Podesta": "John Podesta",
        "Sanders": None,
    },
}
SAME = [{"Hillary Rodham Clinton", "Hillary Clinton"}, {"Rudy Giuliani", "Rudolph Giuliani"}]


def _same(want: str | None, page: str) -> bool:
    return want == page or any({want, page} <= names for names in SAME)


def main() -> None:
    spec = importlib.util.spec_from_file_location("texts", sys.argv[1])
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rows = [
        {"url": url, "date": date, "title": url.rsplit("/", 2)[-2][:40] or "x", "text": text}
        for url, date, text in module.TEXTS
    ]
    loaded, resolved = build(rows)
    names = {e.key: e.name for e in resolved.entities}
    by_url = {a.url: a.id for a in loaded.articles}
    wrong = lost = 0
    for row in rows:
        art = by_url[row["url"]]
        gold = GOLD[row["url"]]
        print(f"== {row['url'][:80]}")
        seen = set()
        for m in resolved.mentions:
            if m.article != art:
                continue
            page = names.get(m.entity, m.entity)
            seen.add(m.text)
            want = gold.get(m.text, "?")
            mark = ""
            if want == "?":
                mark = "   (not annotated)"
            elif not _same(want, page):
                mark = f"   WRONG (want {want})"
                wrong += 1
            print(f"   {m.text!r} -> {page}{mark}")
        for text, want in gold.items():
            if want is not None and text not in seen:
                print(f"   {text!r} LOST (want {want})")
                lost += 1
    for d in resolved.decisions:
        if d.action != "kept":
            print("   D", d.action, d.name, "|", d.reason[:90])
    print("WRONG", wrong, "LOST", lost)


if __name__ == "__main__":
    main()
