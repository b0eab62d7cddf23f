# ruff: noqa
"""The attacks pool's hand gold (attack, bombing, air-strike and killing events only), written
from the text before any output was looked at; writes gold-tune.yml and gold-check.yml next to
the pool's CSVs in /tmp/events67/pools/attacks/ and here."""

import yaml
from pathlib import Path

V = {  # actor: variants
    "Iraq": ["Iraq", "Iraqi"],
    "Egypt": ["Egypt", "Egyptian"],
    "Iran": ["Iran", "Iranian"],
    "Humam Khalil Abu-Mulal al-Balawi": ["al-Balawi", "Humam Khalil Abu-Mulal al-Balawi"],
    "Central Intelligence Agency": ["Central Intelligence Agency", "CIA"],
    "Sharif Ali bin Zaid": ["Sharif Ali bin Zaid", "Bin Zaid"],
    "Jordan": ["Jordan", "Jordanian"],
    "Afghanistan": ["Afghanistan", "Afghan"],
    "United States": ["United States", "U.S.", "US", "American", "Americans"],
    "United Kingdom": ["United Kingdom", "British"],
    "Nigeria": ["Nigeria", "Nigerian"],
    "Nigerian Air Force": ["Air Force", "Nigerian Air Force"],
    "Red Cross": ["Red Cross", "Nigerian Red Cross"],
    "Boko Haram": ["Boko Haram"],
    "Usman Khan": ["Usman Khan", "Khan"],
    "Metropolitan Police": ["police", "Metropolitan Police"],
    "Iraqi Ministry of Justice": ["Justice Ministry", "Ministry of Justice"],
    "Baghdad Provincial Council": ["Baghdad Provincial Council"],
    "Taliban": ["Taliban"],
    "Israel": ["Israel", "Israeli"],
    "Israel Defense Forces": ["IDF", "Israel Defense Forces"],
    "Iraqi security forces": ["Iraqi security forces", "ISF"],
    "Muqtada al-Sadr": ["Muqtada al-Sadr", "al-Sadr", "Sadr"],
    "Sudan": ["Sudan", "Sudanese"],
    "Janjaweed": ["Janjaweed"],
    "Justice and Equality Movement": ["Justice and Equality Movement", "JEM"],
    "Patrick Crusius": ["Patrick Crusius", "Crusius"],
    "Mexico": ["Mexico", "Mexican"],
}

TUNE = [
    (
        "attacks-tune.csv",
        0,
        "30 dead in Baghdad bomb blasts, hundreds of people injured",
        "2010-04-04",
        [
            (
                "Car bombings at embassies in Baghdad",
                "attack",
                ["Iraq", "Egypt", "Iran"],
                "2010-04-04",
                "Sunday morning",
            ),
        ],
    ),
    (
        "attacks-tune.csv",
        1,
        "Suicide bomber at US base in Afghanistan was al-Qaeda double agent",
        "2010-01-05",
        [
            (
                "Suicide bombing at Forward Operating Base Chapman",
                "attack",
                [
                    "Humam Khalil Abu-Mulal al-Balawi",
                    "Central Intelligence Agency",
                    "Sharif Ali bin Zaid",
                    "Jordan",
                    "Afghanistan",
                ],
                "2009-12-30",
                "last Wednesday",
            ),
        ],
    ),
    (
        "attacks-tune.csv",
        2,
        "U.S. launches airstrikes against Basra militants",
        "2008-03-29",
        [
            (
                "U.S. airstrike on a militant stronghold in Basra",
                "strike",
                ["United States", "Iraq"],
                "2008-03-29",
                "Saturday",
            ),
            (
                "British troops fire artillery in Basra",
                "strike",
                ["United Kingdom"],
                "2008-03-29",
                "Saturday",
            ),
            (
                "Roadside bomb kills two Americans in east Baghdad",
                "attack",
                ["United States", "Iraq"],
                "2008-03-29",
                "Saturday",
            ),
            (
                "U.S. helicopter airstrikes in Sadr City",
                "strike",
                ["United States"],
                "2008-03-28",
                "Friday night",
            ),
        ],
    ),
    (
        "attacks-tune.csv",
        3,
        "Official death toll from Nigerian refugee camp airstrike passes 100",
        "2017-01-26",
        [
            (
                "Airstrike on the Rann refugee camp",
                "strike",
                ["Nigeria", "Nigerian Air Force", "Red Cross"],
                "2017-01-17",
                "January 17's",
            ),
            (
                "Boko Haram attacks the Rann camp",
                "attack",
                ["Boko Haram"],
                "2017-01-19",
                "two days after the disaster",
            ),
        ],
    ),
    (
        "attacks-tune.csv",
        4,
        "Bystanders foil knife-weilding man on London Bridge with fire extinguisher, whale tusk",
        "2019-12-02",
        [
            (
                "Usman Khan stabs people at Fishmongers' Hall",
                "attack",
                ["Usman Khan"],
                "2019-11-29",
                "Friday",
            ),
            (
                "Police shoot Khan dead",
                "killing",
                ["Usman Khan", "Metropolitan Police"],
                "2019-11-29",
                "Friday",
            ),
        ],
    ),
]
CHECK = [
    (
        "attacks-check.csv",
        0,
        "Car bombings near Iraq government offices kill at least 130",
        "2009-10-25",
        [
            (
                "Car bombings at the Justice Ministry and a provincial office in Baghdad",
                "attack",
                ["Iraq", "Iraqi Ministry of Justice", "Baghdad Provincial Council"],
                "2009-10-25",
                "Sunday",
            ),
            (
                "Twin bombings of two government buildings in August",
                "attack",
                ["Iraq"],
                "2009-08",
                "August of this year",
            ),
        ],
    ),
    (
        "attacks-check.csv",
        1,
        "Rights group in Afghanistan investigating claim of US use of phosphorus bombs",
        "2009-05-11",
        [
            (
                "U.S. attack against Taliban militants in Farah",
                "strike",
                ["United States", "Taliban", "Afghanistan"],
                "2009-05-04",
                "May 4",
            ),
            (
                "IDF offensive in the Gaza Strip",
                "strike",
                ["Israel", "Israel Defense Forces"],
                "2008-12",
                "December of 2008",
            ),
        ],
    ),
    (
        "attacks-check.csv",
        2,
        "Iraqi forces battle militants in Basra for second day",
        "2008-03-27",
        [
            (
                "Iraqi security forces battle militants in Basra",
                "fight",
                ["Iraqi security forces", "Muqtada al-Sadr", "Iraq"],
                "2008-03-26",
                "Wednesday",
            ),
            ("Two U.S. soldiers killed in Baghdad", "killing", ["United States"], None, None),
        ],
    ),
    (
        "attacks-check.csv",
        3,
        "UN: Military attacks on Darfur violated international law",
        "2008-03-20",
        [
            (
                "Attacks on Saraf Jidad",
                "attack",
                ["Janjaweed", "Sudan", "Justice and Equality Movement"],
                "2008-01",
                "January",
            ),
            ("Bombardment and attack on Silea", "attack", ["Sudan", "Janjaweed"], None, None),
            ("Bombing and burning of Abu Suruj", "attack", ["Sudan"], None, None),
            ("Attack on Sirba", "attack", ["Sudan"], None, None),
            ("Air and ground attacks in Jebel Moon", "attack", ["Sudan"], None, None),
        ],
    ),
    (
        "attacks-check.csv",
        4,
        "Gunman opens fire in El Paso, Texas superstore; more than 20 dead",
        "2019-08-08",
        [
            (
                "Shooting at the El Paso Walmart",
                "attack",
                ["Patrick Crusius", "Mexico", "United States"],
                "2019-08-03",
                "Saturday morning",
            ),
        ],
    ),
]


def article(csv_name, row, title, date, events):
    names = sorted({p for e in events for p in e[2]})
    return {
        "row": row,
        "corpus": csv_name,
        "title": title,
        "date": date,
        "split": "dev",
        "actors": [{"name": n, "variants": V[n]} for n in names],
        "not_actors": [],
        "statements": [],
        "events": [
            {"name": n, "type": t, "participants": ps, "date": d, "date_text": dt}
            for n, t, ps, d, dt in events
        ],
        "agreements": [],
    }


for half, arts in (("tune", TUNE), ("check", CHECK)):
    doc = {"source": f"attacks-{half}.csv", "articles": [article(*a) for a in arts]}
    text = yaml.safe_dump(doc, sort_keys=False, allow_unicode=True)
    for d in (Path("/tmp/events67/pools/attacks"), Path(__file__).parent):
        (d / f"gold-{half}.yml").write_text(text, encoding="utf-8")
    print(half, sum(len(a[4]) for a in arts), "events")
