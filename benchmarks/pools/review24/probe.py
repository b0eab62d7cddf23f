"""Written probes for review24 (issue 8): shapes where actors69's and actors70's rules could
give a WRONG page on real news. Each group is one briefing (several articles); each article's
expected page per mention was written by hand BEFORE any run (None: no page of anyone the
briefing names; "?" is not used). Prints each mention's page and a tally of wrong and lost.

.venv/bin/python benchmarks/pools/review24/probe.py [GROUP ...]
"""

from __future__ import annotations

import csv
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "benchmarks"))
import quality_extract as q  # noqa: E402

Article = tuple[str, str, dict[str, str | None]]
GROUPS: dict[str, list[Article]] = {
    # A title written before a surname the article's bearer holds but is introduced by an
    # apposition: "former" Prime Minister Nawaz Sharif elsewhere must not take it.
    "sharif": [
        (
            "2022-04-11",
            "Shehbaz Sharif, the leader of the Pakistan Muslim League-Nawaz, was elected prime "
            "minister by parliament on Monday. Prime Minister Sharif said he would fix the "
            "economy and talk to India.",
            {"Shehbaz Sharif": "Shehbaz Sharif", "Sharif": "Shehbaz Sharif"},
        ),
        (
            "2017-07-28",
            "Former Prime Minister Nawaz Sharif was disqualified by the Supreme Court on "
            "Friday. Nawaz Sharif denied any wrongdoing and said he would fight on.",
            {"Nawaz Sharif": "Nawaz Sharif"},
        ),
    ],
    # Most-mentioned bearer and honorifics: a man's "Mr" never goes to the bearer the text
    # names as a woman, a woman's "Mrs" never to the one named a man.
    "clinton": [
        (
            "2016-10-01",
            "Hillary Clinton campaigned in Ohio on Saturday. Mrs Clinton told voters that "
            "Donald Trump was unfit. Clinton later flew to Florida.",
            {
                "Hillary Clinton": "Hillary Clinton",
                "Mrs Clinton": "Hillary Clinton",
                "Clinton": "Hillary Clinton",
                "Donald Trump": "Donald Trump",
            },
        ),
        (
            "2016-10-02",
            "Hillary Clinton held a rally in Florida on Sunday. Clinton said the economy "
            "needed investment. Clinton also attacked Donald Trump over taxes.",
            {
                "Hillary Clinton": "Hillary Clinton",
                "Clinton": "Hillary Clinton",
                "Donald Trump": "Donald Trump",
            },
        ),
        (
            "2016-10-03",
            "Hillary Clinton debated Donald Trump in St. Louis. Clinton was calm, aides said.",
            {"Hillary Clinton": "Hillary Clinton", "Clinton": "Hillary Clinton"},
        ),
        (
            "2016-10-04",
            "Former President Bill Clinton spoke at a union hall in Pennsylvania on Tuesday.",
            {"Bill Clinton": "Bill Clinton"},
        ),
        (
            "2016-10-05",
            "Mr Clinton spoke to steelworkers in Pittsburgh on Wednesday and praised the "
            "unions. Mr Clinton left before the vote.",
            {"Mr Clinton": "Bill Clinton", "Clinton": "Bill Clinton"},
        ),
    ],
    # The mirror: a briefing where the husband dominates; "Mrs Clinton" in an article naming
    # no Clinton in full is not his.
    "clinton2": [
        (
            "1998-12-19",
            "President Bill Clinton was impeached by the House on Saturday. Bill Clinton said "
            "he would not resign. Clinton thanked his supporters.",
            {"Bill Clinton": "Bill Clinton", "Clinton": "Bill Clinton"},
        ),
        (
            "1998-12-20",
            "President Bill Clinton met Democratic leaders on Sunday. Clinton said the Senate "
            "would acquit him. Clinton played golf later.",
            {"Bill Clinton": "Bill Clinton", "Clinton": "Bill Clinton"},
        ),
        (
            "1999-02-12",
            "Senator Hillary Clinton was mentioned as a candidate in New York on Friday.",
            {"Hillary Clinton": "Hillary Clinton"},
        ),
        (
            "1999-07-07",
            "Mrs Clinton began a listening tour of New York on Wednesday. Mrs Clinton visited "
            "farms near Oneonta.",
            {"Mrs Clinton": "Hillary Clinton", "Clinton": "Hillary Clinton"},
        ),
    ],
    # A wife called "Mrs" whose husband is the one named: not his mention.
    "macron": [
        (
            "2019-11-05",
            "President Emmanuel Macron arrived in Beijing on Tuesday with his wife. Mrs Macron "
            "visited a school in the city. Mr Macron met Xi Jinping.",
            {
                "Emmanuel Macron": "Emmanuel Macron",
                "Mrs Macron": None,
                "Macron": "Emmanuel Macron",
                "Mr Macron": "Emmanuel Macron",
                "Xi Jinping": "Xi Jinping",
            },
        ),
    ],
    # Numbers after a state's name that are no outlet.
    "numbers": [
        (
            "2025-04-03",
            "The new tariffs hit allies hard: Japan 24%, South Korea 25% and the European "
            "Union 20%. Japan said it would seek talks. South Korea called an emergency meeting.",
            {"Japan": "Japan", "South Korea": "South Korea", "Japan 24": None},
        ),
        (
            "2020-02-08",
            "The final scores were Italy 24, Scotland 18 and Ireland 24 - Wales 10. Italy "
            "had not won in Rome for years.",
            {"Italy": "Italy", "Italy 24": None, "Ireland 24": None},
        ),
        (
            "2020-01-11",
            "The minister told France 24 that the army would stay in Mali. France 24 said the "
            "interview was recorded in Bamako.",
            {"France 24": "France 24", "Mali": "Mali"},
        ),
    ],
    # Bodies after "told", people after "on", that are no programme.
    "told": [
        (
            "2023-11-20",
            "Children in Gaza told Save the Children they had not eaten for days. Aid workers "
            "said the crossing at Rafah stayed shut. Israel denied blocking aid.",
            {"Save the Children": "Save the Children", "Israel": "Israel"},
        ),
        (
            "2023-11-21",
            "Save the Children said on Tuesday that trucks were waiting in Egypt. Egypt said "
            "the road was open.",
            {"Save the Children": "Save the Children", "Egypt": "Egypt"},
        ),
        (
            "2021-02-10",
            "Senator Mitt Romney appeared on Capitol Hill on Tuesday. Romney said on Twitter "
            "that the trial was fair. Romney spoke on Wednesday with Chuck Schumer.",
            {
                "Mitt Romney": "Mitt Romney",
                "Romney": "Mitt Romney",
                "Chuck Schumer": "Chuck Schumer",
            },
        ),
    ],
    # Travel words before people.
    "travel": [
        (
            "2018-06-01",
            "A letter from Pyongyang to Trump was delivered by Kim Yong Chol on Friday. "
            "Donald Trump said the summit was back on.",
            {
                "Trump": "Donald Trump",
                "Kim Yong Chol": "Kim Yong Chol",
                "Donald Trump": "Donald Trump",
            },
        ),
        (
            "2018-06-12",
            "Donald Trump returned from Kim's summit in Singapore on Wednesday. Trump met "
            "Vladimir Putin after flying to Helsinki a month later.",
            {
                "Donald Trump": "Donald Trump",
                "Trump": "Donald Trump",
                "Vladimir Putin": "Vladimir Putin",
            },
        ),
        (
            "2016-03-01",
            "Millions of Syrians fled from Assad after 2011. President Bashar al-Assad denied "
            "that his forces targeted civilians.",
            {"Assad": "Bashar al-Assad", "Bashar al-Assad": "Bashar al-Assad"},
        ),
    ],
    # A surname that opens a sentence as a word ("Little is known") is no one's, however
    # much the briefing mentions one of its bearers.
    "little": [
        (
            "2019-05-01",
            "Mark Little, the Irish broadcaster, launched a new venture on Wednesday. Little "
            "said the company would hire forty people. Little founded Storyful in 2010.",
            {"Mark Little": "Mark Little", "Little": "Mark Little"},
        ),
        (
            "2019-05-02",
            "Mark Little spoke in Dublin on Thursday. Little said investors were keen.",
            {"Mark Little": "Mark Little", "Little": "Mark Little"},
        ),
        (
            "2019-05-03",
            "Former manager Brian Little joined the board of Walsall on Friday.",
            {"Brian Little": "Brian Little"},
        ),
        (
            "2019-05-04",
            "Little is known about the deal. Officials in Dublin declined to comment on Saturday.",
            {"Little": None},
        ),
    ],
    # A president dominates the briefing; his wife is named in full once, after him.
    "macron2": [
        (
            "2019-11-05",
            "President Emmanuel Macron arrived in Beijing on Tuesday. Mr Macron met Xi "
            "Jinping. Macron said trade had to be fair.",
            {
                "Emmanuel Macron": "Emmanuel Macron",
                "Mr Macron": "Emmanuel Macron",
                "Macron": "Emmanuel Macron",
                "Xi Jinping": "Xi Jinping",
            },
        ),
        (
            "2019-11-06",
            "President Emmanuel Macron visited Shanghai on Wednesday. Macron opened a trade "
            "fair. Macron praised French wine.",
            {"Emmanuel Macron": "Emmanuel Macron", "Macron": "Emmanuel Macron"},
        ),
        (
            "2019-11-07",
            "Brigitte Macron, the wife of the president, visited a school in Paris.",
            {"Brigitte Macron": "Brigitte Macron"},
        ),
        (
            "2019-11-08",
            "Mrs Macron opened a hospital wing in Paris on Friday. Mrs Macron thanked nurses.",
            {"Mrs Macron": "Brigitte Macron", "Macron": "Brigitte Macron"},
        ),
    ],
}


def build(rows: list[dict[str, str]]):
    with tempfile.TemporaryDirectory(prefix="review24-probe-") as tmp:
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


def run(group: str) -> tuple[int, int]:
    arts = GROUPS[group]
    rows = [
        {
            "url": f"https://example.org/review24/{group}/{n}",
            "date": d,
            "title": f"{group} {n}",
            "text": t,
        }
        for n, (d, t, _) in enumerate(arts)
    ]
    loaded, resolved = build(rows)
    names = {e.key: e.name for e in resolved.entities}
    by_url = {a.url: a.id for a in loaded.articles}
    wrong = lost = 0
    print(f"#### {group}")
    for n, row in enumerate(rows):
        art = by_url[row["url"]]
        expected = arts[n][2]
        print(f"== {n} {row['text'][:70]}")
        seen = set()
        for m in resolved.mentions:
            if m.article != art:
                continue
            page = names.get(m.entity, m.entity)
            seen.add(m.text)
            want = expected.get(m.text, "?")
            mark = ""
            if want == "?":
                mark = "   (not annotated)"
            elif want != page:
                mark = f"   WRONG (want {want})"
                wrong += 1
            print(f"   {m.text!r} -> {page}{mark}")
        for text, want in expected.items():
            if want is not None and text not in seen:
                print(f"   {text!r} LOST (want {want})")
                lost += 1
    for d in resolved.decisions:
        if d.action != "kept":
            print("   D", d.action, d.name, "|", d.reason[:90])
    print(f"   {group}: WRONG {wrong} LOST {lost}")
    return wrong, lost


def main() -> None:
    total = [0, 0]
    for group in sys.argv[1:] or list(GROUPS):
        w, lo = run(group)
        total[0] += w
        total[1] += lo
    print("TOTAL WRONG", total[0], "LOST", total[1])


if __name__ == "__main__":
    main()
