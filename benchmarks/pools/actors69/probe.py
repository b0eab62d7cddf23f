"""Invented probe articles for issue 8's shapes left by review21/review22 (actors69): two
bearers of one surname (father and son, spouses, brothers), an honorific before a surname,
and outlets' names the NER cuts. Each article's expected page per mention was written by hand
before any run (EXPECTED); prints each mention's page and a tally of wrong ones.

.venv/bin/python benchmarks/pools/actors69/probe.py [CSV]   (CSV: url,date,title,text rows
instead of the probes; then no expectation is checked)
"""

from __future__ import annotations

import csv
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "benchmarks"))
import quality_extract as q  # noqa: E402

# (date, text, {mention text: expected page, None = no page of anyone named in the row})
PROBES: list[tuple[str, str, dict[str, str | None]]] = [
    (
        "1991-02-01",
        "President George H. W. Bush met Saudi envoys in Washington on Friday. Bush said "
        "the coalition would hold.",
        {"George H. W. Bush": "George H. W. Bush", "Bush": "George H. W. Bush"},
    ),
    (
        "2003-03-20",
        "President George W. Bush ordered strikes on Baghdad on Thursday. Mr Bush "
        "addressed the nation from the Oval Office. Bush said the war would be short.",
        {"George W. Bush": "George W. Bush", "Bush": "George W. Bush"},
    ),
    (
        "2018-12-05",
        "George W. Bush gave a eulogy for his father George H.W. Bush at the National "
        "Cathedral on Wednesday. George H.W. Bush died on Friday aged 94.",
        {"George W. Bush": "George W. Bush", "George H.W. Bush": "George H. W. Bush"},
    ),
    (
        "2002-04-01",
        "President George W. Bush and his wife Laura Bush visited a school on Monday. Mrs "
        "Bush read to the children. Bush praised the teachers.",
        {
            "George W. Bush": "George W. Bush",
            "Laura Bush": "Laura Bush",
            "Mrs Bush": "Laura Bush",
            "Bush": "George W. Bush",
        },
    ),
    (
        "2004-05-02",
        "Bush toured a factory in Ohio on Saturday. Bush told workers the economy was "
        "growing, and promised more tax cuts.",
        {"Bush": "George W. Bush"},
    ),
    (
        "2019-09-03",
        "Prime Minister Boris Johnson lost his majority on Tuesday. Johnson said he "
        "would seek an election.",
        {"Boris Johnson": "Boris Johnson", "Johnson": "Boris Johnson"},
    ),
    (
        "2019-09-04",
        "Boris Johnson's brother Jo Johnson has voted against the government. Johnson "
        "told the Commons that he would not stand again.",
        {"Boris Johnson's": "Boris Johnson", "Jo Johnson": "Jo Johnson", "Johnson": None},
    ),
    (
        "2019-09-06",
        "Johnson told police officers in Wakefield that he would rather be dead in a "
        "ditch than ask for a delay. Johnson wants an election in October.",
        {"Johnson": "Boris Johnson"},
    ),
    (
        "2000-11-08",
        "Senator Hillary Clinton won the New York seat on Tuesday. Hillary Clinton thanked voters.",
        {"Hillary Clinton": "Hillary Clinton"},
    ),
    (
        "1998-12-19",
        "President Bill Clinton was impeached on Saturday. Bill Clinton said he would not resign.",
        {"Bill Clinton": "Bill Clinton"},
    ),
    (
        "2000-08-14",
        "President Clinton spoke at the convention in Los Angeles on Monday. Mrs Clinton, "
        "who is running for the Senate, sat in the front row. Clinton praised Al Gore.",
        {"Clinton": "Bill Clinton", "Mrs Clinton": "Hillary Clinton", "Al Gore": "Al Gore"},
    ),
    (
        "2019-03-12",
        "Prime Minister Theresa May lost the vote on Tuesday. Mrs May said she would try again.",
        {"Theresa May": "Theresa May", "Mrs May": "Theresa May", "May": "Theresa May"},
    ),
    (
        "2019-03-13",
        "Mrs May told MPs that the deal was the only one on offer. May will meet Jeremy "
        "Corbyn on Thursday.",
        {"Mrs May": "Theresa May", "May": "Theresa May", "Jeremy Corbyn": "Jeremy Corbyn"},
    ),
    (
        "2019-09-05",
        "Prime Minister Johnson's brother Jo Johnson resigned as a minister on Thursday. "
        "Jo Johnson said he was torn between family and the national interest.",
        {"Johnson": "Boris Johnson", "Jo Johnson": "Jo Johnson"},
    ),
    (
        "2002-04-02",
        "President Bush and Laura Bush visited a school in Texas on Monday. Mrs Bush read "
        "to the children. President Bush praised the teachers.",
        {"Bush": "George W. Bush", "Laura Bush": "Laura Bush", "Mrs Bush": "Laura Bush"},
    ),
    (
        "2020-01-10",
        "France 24 reported on Tuesday that talks in Paris had failed. France said it "
        "would send an envoy.",
        {"France 24": "France 24", "France": "France"},
    ),
    (
        "2020-01-11",
        "The minister told France 24 that the army would stay in Mali. France 24 said the "
        "interview was recorded in Bamako.",
        {"France 24": "France 24", "Mali": "Mali"},
    ),
    (
        "2020-02-01",
        "Wales beat France 24-17 in Cardiff on Saturday. France scored two tries. The "
        "final score in Rome was Italy 24 Scotland 18.",
        {"France": "France", "Wales": "Wales", "Italy": "Italy", "Scotland": "Scotland"},
    ),
    (
        "2020-02-02",
        "France 24 hours after the vote was calm, and Russia 24 said the count was fair.",
        {"France": "France", "Russia 24": "Russia 24"},
    ),
    (
        "2020-01-12",
        "Radio Free Europe/Radio Liberty said its bureau in Minsk was raided. Belarus "
        "denied the report.",
        {
            "Radio Free Europe/Radio Liberty": "Radio Free Europe/Radio Liberty",
            "Belarus": "Belarus",
        },
    ),
    (
        "2020-01-13",
        "The manager told BBC Radio 5 Live that he would not resign. Radio 5 Live said "
        "the interview drew a record audience.",
        {"BBC Radio 5 Live": "BBC", "Radio 5 Live": "BBC"},
    ),
    (
        "2020-01-14",
        "The senator told ABC Radio National that the bill would pass. ABC Radio National "
        "said the interview was recorded in Canberra.",
        {"ABC Radio National": "ABC Radio National"},
    ),
]


SAME = [{"George H. W. Bush", "George H.W. Bush", "George Herbert Walker Bush"}]
"""Names of one page: which of them names it is no error."""


def _same(want: str | None, page: str) -> bool:
    return want == page or any({want, page} <= names for names in SAME)


def build(rows: list[dict[str, str]]):
    with tempfile.TemporaryDirectory(prefix="actors69-probe-") as tmp:
        folder = Path(tmp)
        path = folder / "probe.csv"
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=["url", "date", "title", "text"])
            writer.writeheader()
            writer.writerows(rows)
        raw = q.read_sources([path])
        content = folder / "content"
        q.write_articles(raw, content)
        (content / "briefing.yml").write_text("title: Probe\n", encoding="utf-8")
        loaded = q.load_content(content)
        annotations = q.annotate(loaded.articles, loaded.entities, cache_dir=folder / "cache")
        return loaded, q.resolve(loaded, annotations)


def main() -> None:
    if len(sys.argv) > 1:
        with open(sys.argv[1], encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        sys.path.insert(0, str(Path(__file__).parent))
        from pool_gold import GOLD

        expected: list[dict[str, str | None]] = [GOLD.get(r["url"], {}) for r in rows]
    else:
        rows = [
            {
                "url": f"https://example.org/actors69/p{n}",
                "date": d,
                "title": f"Probe {n}",
                "text": t,
            }
            for n, (d, t, _) in enumerate(PROBES)
        ]
        expected = [e for _, _, e in PROBES]
    loaded, resolved = build(rows)
    names = {e.key: e.name for e in resolved.entities}
    order = {a.id: n for n, a in enumerate(sorted(loaded.articles, key=lambda a: a.id))}
    by_url = {a.url: a.id for a in loaded.articles}
    wrong = lost = 0
    loaded_text = {a.id: a.paragraphs for a in loaded.articles}
    for n, row in enumerate(rows):
        art = by_url.get(row["url"])
        print(f"== {n} {row['date']} {row['text'][:70]}")
        seen = set()
        for m in resolved.mentions:
            if m.article != art:
                continue
            page = names.get(m.entity, m.entity)
            seen.add(m.text)
            want = expected[n].get(m.text, "?")
            mark = ""
            if want in ("?", "*"):
                text = loaded_text[art][m.paragraph]
                mark = f"   {want} «{text[max(0, m.start - 40) : m.end + 25]!s}»".replace("\n", " ")
            elif _same(want, page) is False:
                mark = f"   WRONG (want {want})"
                wrong += 1
            print(f"   {m.text!r} -> {page}{mark}")
        for text, want in expected[n].items():
            if want is not None and text not in seen:
                print(f"   {text!r} LOST (want {want})")
                lost += 1
    del order
    for d in resolved.decisions:
        if d.action != "kept":
            print("D", d.action, d.name, "|", d.reason[:90])
    print("WRONG", wrong, "LOST", lost)


if __name__ == "__main__":
    main()
