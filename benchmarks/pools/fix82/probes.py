# ruff: noqa
"""Invented probe articles (tune) and the held-out shapes: each a firm named in the possessive
in one article and a person of that surname named in full in another; run with ROOT's code.
Prints, per pair, the pages holding the surname and the merges naming it."""

import csv, sys
from collections import Counter
from pathlib import Path

ROOT = Path(sys.argv[1])
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))
import quality_extract as qe

PAIRS = {
    "Sainsbury": (
        (
            "Sainsbury's sales rise",
            "Supermarket group Sainsbury's said its sales rose 2% in the three months to January. Sainsbury's chief executive Justin King said the recovery was on track. Shares in Sainsbury's rose 3p, and analysts at Sainsbury's rivals said the figures were strong. The results are a boost for Sainsbury, which has lost ground to Tesco and Asda.",
        ),
        (
            "Minister opens laboratory",
            "Science minister David Sainsbury opened a new laboratory in Cambridge on Monday. Lord Sainsbury said Britain must invest more in research. He said the government would spend more on science.",
        ),
    ),
    "McDonald": (
        (
            "McDonald's profits climb",
            "Fast food chain McDonald's has reported a 20% rise in profits, helped by strong sales in Europe. McDonald's said it would open 300 restaurants this year. The results were better than expected, said analysts, and shares in McDonald's rose 2%. McDonald, which has faced criticism over its menus, added salads last year.",
        ),
        (
            "Newsreader honoured",
            "Newsreader Trevor McDonald has been given a lifetime award. Sir Trevor said he was delighted. McDonald presented the news for more than thirty years.",
        ),
    ),
    "Christie": (
        (
            "Christie's sale sets record",
            "Auction house Christie's sold a painting by Picasso for dollars 104m on Tuesday. Christie's said the buyer was a private collector. The sale at Christie's in New York beat the record set at rival Sotheby's. Christie, which is owned by Francois Pinault, had expected less.",
        ),
        (
            "Sprinter cleared",
            "Former Olympic champion Linford Christie has been cleared to coach again. Christie said he was pleased with the ruling. The sprinter won gold in 1992.",
        ),
    ),
    "Lloyd": (
        (
            "Lloyd's insurers face claims",
            "Insurers at Lloyd's face claims of pounds 1bn after the storms. Lloyd's chief executive Nick Prettejohn said the market was strong. The head of Lloyd's of London said claims would be paid. Lloyd, the world's oldest insurance market, has reformed.",
        ),
        (
            "Cricket legend visits",
            "Former West Indies captain Clive Lloyd visited a school in Manchester on Friday. Lloyd said cricket must reach more children. He led his side to two World Cups.",
        ),
    ),
}
KEEP = {  # must stay as they are: a person's possessive across articles, a state's, a firm's head
    "Obama": (
        (
            "President speaks",
            "President Barack Obama spoke in Chicago on Monday. He said the economy was growing.",
        ),
        (
            "Speech reaction",
            "Obama's speech was welcomed by unions. Obama said he would raise the minimum wage, and Obama's aides said a bill would follow.",
        ),
    ),
    "Putin": (
        ("Kremlin plan", "Russian President Vladimir Putin met his ministers on Monday."),
        (
            "Gas deal",
            "Putin's government said on Tuesday it would sign the gas deal. Putin said the deal was fair.",
        ),
    ),
}
PAIRS2 = {
    "Sainsbury": (
        (
            "Profits fall at J Sainsbury",
            "Profits at supermarket chain J Sainsbury fell 20% as price cuts hit margins. Sainsbury's said sales in its stores rose 2%. Sainsbury's chief executive Justin King said the recovery was on track. The results were a relief for J Sainsbury, whose shares rose 3p.",
        ),
        (
            "Minister opens laboratory",
            "Science minister David Sainsbury opened a new laboratory in Cambridge on Monday. Lord Sainsbury said Britain must invest more in research.",
        ),
    ),
    "Kellogg": (
        (
            "Kellogg's lifts forecast",
            "Cereal maker Kellogg's has raised its profit forecast after strong sales of snacks. Kellogg's said sales rose 9% in the quarter. The figures were good news for WK Kellogg, whose shares rose 4% in New York. Kellogg's chief executive Carlos Gutierrez said demand was strong.",
        ),
        (
            "Senator retires",
            "Senator Sam Kellogg said on Friday he would retire next year. Kellogg has served in the senate for twenty years.",
        ),
    ),
    "Moody": (
        (
            "Moody's cuts rating",
            "Ratings agency Moody's has cut its rating of Ford's debt. Moody's said the carmaker's profits were under pressure. Analysts at Moody's said the cut was expected, and Moody's warned of further downgrades. The move by Moody, whose ratings guide investors, hit Ford's shares.",
        ),
        (
            "Coach appointed",
            "Former striker Paul Moody has been appointed coach of the club. Moody said he was proud to take the job.",
        ),
    ),
}
which = PAIRS2 if sys.argv[2] == "tune2" else PAIRS if sys.argv[2] == "tune" else KEEP
for word, arts in which.items():
    csvp = Path(f"/tmp/fix82/probe-{word}-{ROOT.name}.csv")
    with csvp.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["url", "date", "title", "text"])
        for k, (t, x) in enumerate(arts):
            w.writerow([f"https://example.org/{word}{k}", "2005-02-01", t, x])
    chosen = [
        {"corpus": csvp.name, "row": k, "title": t, "date": "2005-02-01"}
        for k, (t, x) in enumerate(arts)
    ]
    resolved, aids = qe.run_pipeline(chosen, csvp.parent / "dummy.yml")
    row_of = {a: f"{word}{k}" for k, a in enumerate(aids)}
    cnt = Counter()
    for m in resolved.mentions:
        cnt[(m.entity, row_of.get(m.article), m.text, m.how)] += 1
    print("==", word)
    for e in resolved.entities:
        if e.kind == "actors":
            ms = sorted((a, t, h, n) for (k, a, t, h), n in cnt.items() if k == e.key)
            if word in e.name or any(word in m[1] for m in ms):
                print("PAGE", e.name, e.type, ms)
    for d in resolved.decisions:
        if word in d.name and d.action == "merged":
            print("DEC", d.name, d.action, d.reason)
