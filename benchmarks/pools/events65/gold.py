# ruff: noqa
"""Hand gold (written before any output was seen): decisions, legal steps, candidacies only."""

import csv, yaml

csv.field_size_limit(10**9)
rows = list(csv.DictReader(open("decisions.csv")))
E = {
    0: [
        ("Sri Lanka imposes a nationwide emergency", "emergency", ["Sri Lanka"], "2019-04-22"),
        (
            "WhatsApp, Facebook and Instagram blocked",
            "block",
            ["WhatsApp", "Facebook", "Instagram"],
            "2019-04-22",
        ),
        (
            "Sri Lanka declares a National Day of Mourning",
            "declaration",
            ["Sri Lanka"],
            "2019-04-22",
        ),
    ],
    1: [
        (
            "Brown declares a state of emergency over hepatitis A",
            "emergency",
            ["Jerry Brown", "California"],
            "2017-10-13",
        )
    ],
    2: [
        (
            "Gusmao declares a state of emergency",
            "emergency",
            ["Xanana Gusmao", "East Timor"],
            "2008-02-11",
        )
    ],
    3: [
        (
            "Sweden limits public gatherings",
            "limit",
            ["Government of Sweden", "Sweden"],
            "2020-03-11",
        )
    ],
    4: [
        (
            "Judge White rules for Wikileaks and rescinds the locking order",
            "ruling",
            ["Jeffrey White", "Wikileaks"],
            "2008-02-29",
        )
    ],
    5: [
        (
            "Judge White lifts the injunction against Wikileaks",
            "ruling",
            ["Jeffrey White", "Wikileaks"],
            "2008-02-29",
        )
    ],
    6: [
        (
            "Wisconsin DOJ appeals the voter ID ruling",
            "appeal",
            ["Wisconsin Department of Justice", "Fourth District Court of Appeals"],
            "2012-03-22",
        ),
        ("Niess grants the injunction", "ruling", ["Richard Niess"], "2012-03-12"),
        ("Niess refuses to lift the injunction", "ruling", ["Richard Niess"], "2012-03-20"),
    ],
    7: [
        ("Pence decides not to run for re-election", "candidacy", ["Mike Pence"], "2016-07-15"),
        (
            "Trump declares Pence his running mate",
            "nomination",
            ["Donald Trump", "Mike Pence"],
            "2016-07-15",
        ),
        (
            "Rokita, Brooks and Holcomb drop out of their races",
            "withdrawal",
            ["Todd Rokita", "Susan Brooks", "Eric Holcomb"],
            "2016-07-15",
        ),
    ],
    8: [
        ("Pence withdraws from his re-election bid", "withdrawal", ["Mike Pence"], "2016-07-15"),
        (
            "Trump chooses Pence as running mate",
            "nomination",
            ["Donald Trump", "Mike Pence"],
            "2016-07-15",
        ),
        (
            "Holcomb, Brooks and Rokita withdraw from their races",
            "withdrawal",
            ["Eric Holcomb", "Susan Brooks", "Todd Rokita"],
            "2016-07-15",
        ),
        ("Daniels announces he won't seek the job", "candidacy", ["Mitch Daniels"], "2016-07-14"),
    ],
    9: [("Perry will not seek re-election", "candidacy", ["Rick Perry", "Texas"], "2013-07-08")],
    10: [
        ("Newsom grants reprieves to death row", "order", ["Gavin Newsom"], "2019-03-13"),
        (
            "Justices block Brown's commutations",
            "ruling",
            ["Supreme Court of California", "Jerry Brown"],
            "2018",
        ),
    ],
    11: [
        (
            "Texas, Daily Wire and Federalist sue the State Department",
            "lawsuit",
            [
                "Texas",
                "The Daily Wire",
                "The Federalist",
                "United States Department of State",
                "Antony Blinken",
            ],
            "2023-12-06",
        ),
        (
            "Consortium sues the US government and NewsGuard",
            "lawsuit",
            ["Consortium", "United States", "NewsGuard Technologies"],
            "2023-10",
        ),
    ],
    12: [
        (
            "DOJ opens an antitrust investigation into four automakers",
            "investigation",
            ["United States Department of Justice", "BMW", "Ford", "Honda", "Volkswagen"],
            "2019-09-06",
        )
    ],
    13: [
        (
            "Justice Department asks Tesla for documents",
            "request",
            ["Justice Department", "Tesla"],
            "2018-09-18",
        ),
        (
            "Prosecutors open a criminal fraud investigation",
            "investigation",
            ["Justice Department", "Tesla"],
            "2018-09-18",
        ),
    ],
}
for half, keep in (("tune", 0), ("check", 1)):
    arts = []
    for i, r in enumerate(rows):
        if i % 2 != keep:
            continue
        arts.append(
            {
                "row": i,
                "corpus": "decisions.csv",
                "title": r["title"],
                "date": r["date"],
                "split": "dev",
                "actors": [],
                "not_actors": [],
                "statements": [],
                "agreements": [],
                "events": [
                    {"name": n, "type": t, "participants": p, "date": d} for n, t, p, d in E[i]
                ],
            }
        )
    yaml.safe_dump(
        {"source": "decisions.csv", "articles": arts},
        open(f"gold-{half}.yml", "w"),
        sort_keys=False,
        allow_unicode=True,
    )
    print(half, len(arts), sum(len(a["events"]) for a in arts))
