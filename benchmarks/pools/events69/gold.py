# ruff: noqa
"""The events69 pool's hand gold: every event of twelve Wikinews 2019 rows (interviews and
politics) in no split of tests/gold/wikinews-gold.yml, written from the text before any output
was looked at; writes gold-tune.yml and gold-check.yml here (rows of the shared corpus)."""

from pathlib import Path

import yaml

V = {  # actor: variants (surface forms in the text)
    "Vlada Stamenković": ["Vlada Stamenković", "Stamenković"],
    "Wikinews": ["Wikinews", "WN"],
    "Nature": ["Nature"],
    "National Geographic": ["National Geographic"],
    "Scientific American": ["Scientific American"],
    "German Aerospace Center": ["German Aerospace Center", "DLR"],
    "de Vera": ["de Vera"],
    "Adam Kokesh": ["Adam Kokesh", "Kokesh"],
    "United States Marine Corps": ["US Marine Corp", "Marine Corps", "United States Marine Corps"],
    "Marine Forces Reserve": ["Marine Forces Reserve"],
    "Iraq Veterans Against the War": ["Iraq Veterans Against the War"],
    "The Washington Post": ["The Washington Post", "Washington Post"],
    "Ron Paul": ["Ron Paul", "Paul"],
    "Republican Party": ["Republican", "Republican Party", "Republicans"],
    "United States Congress": ["US Congress", "Congress", "United States Congress"],
    "United States Senate": ["US Senate", "Senate", "United States Senate", "U.S. Senate"],
    "William Weld": ["William Weld", "Weld"],
    "Donald Trump": ["Donald Trump", "Trump"],
    "Gary Johnson": ["Gary Johnson", "Johnson"],
    "Libertarian Party": ["Libertarian Party", "US Libertarian Party"],
    "Ricardo Rosselló": ["Ricardo Rosselló Nevares", "Rosselló", "Ricardo Rosselló"],
    "Pedro Pierluisi": ["Pedro Pierluisi", "Pierluisi"],
    "Puerto Rico": ["Puerto Rico"],
    "Puerto Rico House of Representatives": ["House of Representatives", "Puerto Rico House of Representatives"],
    "Senate of Puerto Rico": ["Senate", "Senate of Puerto Rico"],
    "Thomas Rivera Schatz": ["Thomas Rivera Schatz", "Rivera Schatz"],
    "Eduardo Bhatia": ["Eduardo Bhatia", "Bhatia"],
    "Carmen Yulín Cruz": ["Carmen Yulín Cruz", "Cruz"],
    "Wanda Vázquez Garced": ["Wanda Vázquez Garced", "Vázquez"],
    "John Hickenlooper": ["John Hickenlooper", "Hickenlooper"],
    "Kirsten Gillibrand": ["Kirsten Gillibrand", "Gillibrand"],
    "Hillary Clinton": ["Hillary Clinton", "Clinton"],
    "United States House of Representatives": ["U.S. House of Representatives", "House", "United States House of Representatives"],
    "Lost 52 Project": ["Lost 52 Project", "The Lost 52 Project", "Lost 52"],
    "United States Navy": ["United States Navy", "U.S. Navy", "Navy"],
    "Yutaka Iwasaki": ["Yutaka Iwasaki", "Iwasaki"],
    "Japan": ["Japan", "Japanese"],
    "Tim Taylor": ["Tim Taylor", "Taylor"],
    "Beto O'Rourke": ["Beto O'Rourke", "O'Rourke"],
    "Ted Cruz": ["Ted Cruz", "Cruz"],
    "Time": ["Time", "Time magazine"],
    "Greta Thunberg": ["Greta Thunberg", "Thunberg"],
    "Riksdag": ["Swedish Parliament", "Riksdag"],
    "Fridays for Future": ["Fridays for Future"],
    "Sweden": ["Sweden", "Swedes", "Swedish"],
    "Belgium": ["Belgium"],
    "United Nations": ["United Nations", "UN"],
    "Pope Francis": ["Pope Francis", "Francis"],
    "Volodymyr Zelensky": ["Volodymyr Zelensky", "Zelensky"],
    "Royal Swedish Academy of Sciences": ["Royal Swedish Academy of Sciences", "academy"],
    "James Peebles": ["James Peebles", "Peebles"],
    "Didier Queloz": ["Didier Queloz", "Queloz"],
    "Michel Mayor": ["Michel Mayor", "Mayor"],
    "Ulf Danielsson": ["Ulf Danielsson", "Danielsson"],
    "Gray Miller": ["Gray Miller", "Miller", "Judge Miller"],
    "National Coalition for Men": ["National Coalition for Men"],
    "United States": ["United States", "U.S.", "US"],
    "Supreme Court of the United States": ["Supreme Court"],
    "John Bel Edwards": ["John Bel Edwards", "Edwards"],
    "Louisiana": ["Louisiana"],
    "National Guard": ["National Guard"],
    "LaToya Cantrell": ["LaToya Cantrell", "Cantrell"],
    "New Orleans": ["New Orleans"],
    "Jefferson Parish": ["Jefferson Parish"],
    "National Weather Service": ["National Weather Service"],
    "Nevada": ["Nevada"],
    "Patricia Ann Spearman": ["Patricia Ann Spearman", "Spearman"],
    "Nevada Senate": ["state senate", "Nevada Senate"],
    "Selena Torres": ["Selena Torres", "Torres"],
    "Jill Tolles": ["Jill Tolles", "Tolles"],
    "Kelly Dittmar": ["Kelly Dittmar", "Dittmar"],
}

N = None
# (row, date, title prefix, [(name, type, participants, date, date_text)])
TUNE = [
    (7, "2019-01-09", "Simple animals could live in Martian brines", [
        ("Stamenković's model published in Nature", "publication", ["Vlada Stamenković", "Nature"], "2018-10-22", "October 22"),
        ("Wikinews email interview with Stamenković", "interview", ["Wikinews", "Vlada Stamenković"], N, N),
        ("Stamenković tells National Geographic", "interview", ["Vlada Stamenković", "National Geographic"], N, N),
        ("Stamenković tells Scientific American", "interview", ["Vlada Stamenković", "Scientific American"], N, N),
        ("de Vera et al study lichens at DLR", "study", ["de Vera", "German Aerospace Center"], "2014", "In 2014"),
    ]),
    (97, "2019-09-07", "Wikinews interviews 2020 US Libertarian Party", [
        ("Kokesh interviewed by Wikinews", "interview", ["Adam Kokesh", "Wikinews"], N, N),
        ("Kokesh's honorary discharge", "discharge", ["Adam Kokesh", "United States Marine Corps"], "2006", "in 2006"),
        ("Kokesh's general discharge", "discharge", ["Adam Kokesh", "Marine Forces Reserve"], "2007", "in 2007"),
        ("Kokesh protests with Iraq Veterans Against the War", "protest", ["Adam Kokesh", "Iraq Veterans Against the War"], N, N),
        ("Washington Post publishes images of Kokesh", "publication", ["The Washington Post", "Adam Kokesh"], N, N),
        ("Kokesh arrested at demonstrations", "arrest", ["Adam Kokesh"], N, N),
        ("Kokesh speaks at Paul's Rally for the Republic", "speech", ["Adam Kokesh", "Ron Paul"], "2008", "in 2008"),
        ("Kokesh runs for Congress", "election", ["Adam Kokesh", "United States Congress", "Republican Party"], "2010", "in 2010"),
        ("Kokesh runs for Senate in Arizona", "election", ["Adam Kokesh", "United States Senate"], "2018", "2018"),
        ("Kokesh announces 2020 candidacy in a jailhouse interview", "announcement", ["Adam Kokesh"], "2013", "in 2013"),
        ("Weld runs in the Republican primaries", "candidacy", ["William Weld", "Donald Trump", "Republican Party"], N, N),
        ("Johnson receives 3.28 percent", "election", ["Gary Johnson", "Libertarian Party"], "2016", "In 2016"),
    ]),
    (78, "2019-08-04", "Puerto Rico's governor Rosselló resigns", [
        ("Rosselló resigns", "resignation", ["Ricardo Rosselló", "Puerto Rico"], "2019-08-02", "On Friday"),
        ("Pierluisi sworn in", "taking office", ["Pedro Pierluisi", "Puerto Rico"], "2019-08-02", "On Friday"),
        ("Rosselló appoints Pierluisi secretary of state", "appointment", ["Ricardo Rosselló", "Pedro Pierluisi"], N, N),
        ("House confirms Pierluisi", "vote", ["Puerto Rico House of Representatives", "Pedro Pierluisi"], "2019-08-02", "Earlier on Friday"),
        ("Pierluisi speaks at the Hall of Mirrors", "statement", ["Pedro Pierluisi"], N, N),
        ("Senate announces Monday meeting", "announcement", ["Senate of Puerto Rico"], N, N),
        ("Rivera Schatz opposes the swearing-in", "statement", ["Thomas Rivera Schatz", "Pedro Pierluisi"], N, N),
        ("Bhatia says he intends to sue", "statement", ["Eduardo Bhatia"], N, N),
        ("Cruz says she will challenge the oath", "statement", ["Carmen Yulín Cruz", "Pedro Pierluisi"], N, N),
        ("Vázquez says she is uninterested", "statement", ["Wanda Vázquez Garced"], N, N),
    ]),
    (84, "2019-08-16", "Hickenlooper ends US presidential bid", [
        ("Hickenlooper ends his campaign", "campaign-end", ["John Hickenlooper"], "2019-08-15", "yesterday"),
        ("Hickenlooper's video statement", "statement", ["John Hickenlooper"], N, N),
        ("Hickenlooper comes out against Medicare for all", "statement of policy", ["John Hickenlooper"], N, N),
    ]),
    (90, "2019-08-30", "Gillibrand ends US presidential bid", [
        ("Gillibrand ends her campaign", "campaign-end", ["Kirsten Gillibrand"], "2019-08-28", "on Wednesday"),
        ("Gillibrand appointed to Clinton's Senate seat", "appointment", ["Kirsten Gillibrand", "United States Senate", "Hillary Clinton"], "2009", "in 2009"),
        ("Clinton resigns to become Secretary of State", "resignation", ["Hillary Clinton"], "2009", "in 2009"),
        ("Gillibrand first elected to the House", "election", ["Kirsten Gillibrand", "United States House of Representatives"], "2006", "in 2006"),
        ("Gillibrand states intention to endorse", "statement", ["Kirsten Gillibrand"], N, N),
    ]),
    (158, "2019-11-13", "Lost 52 Project announces discovery", [
        ("Lost 52 Project announces the wreck is the Grayback", "announcement", ["Lost 52 Project"], "2019-11-10", "on Sunday"),
        ("Lost 52 finds the wreck", "discovery", ["Lost 52 Project"], "2019-06", "last June"),
        ("Navy confirms the discovery", "statement", ["United States Navy", "Lost 52 Project"], N, N),
        ("Iwasaki finds the records", "discovery", ["Yutaka Iwasaki"], N, N),
        ("Japanese bomber attacks the Grayback", "attack", ["Japan", "United States Navy"], "1944-02", "late February 1944"),
        ("Taylor tells the Washington Post", "interview", ["Tim Taylor", "The Washington Post"], N, N),
    ]),
]
CHECK = [
    (155, "2019-11-04", "O’Rourke ends US presidential bid", [
        ("O'Rourke ends his campaign", "campaign-end", ["Beto O'Rourke"], "2019-11-01", "On Friday"),
        ("O'Rourke campaign cancels events", "cancellation", ["Beto O'Rourke"], "2019-08", "in August"),
        ("O'Rourke defends buyback proposal at the debate", "statement", ["Beto O'Rourke"], "2019-09", "A month later"),
        ("O'Rourke runs for Senate against Cruz", "election", ["Beto O'Rourke", "Ted Cruz"], "2018", "2018"),
    ]),
    (165, "2019-12-14", "Greta Thunberg named 2019 Time Person", [
        ("Time names Thunberg Person of the Year", "announcement", ["Time", "Greta Thunberg"], "2019-12-11", "On Wednesday"),
        ("Thunberg begins her climate protest", "protest", ["Greta Thunberg", "Riksdag"], "2018-08-20", "August 20, 2018"),
        ("Fridays for Future launched", "founding", ["Fridays for Future"], "2018-09", "That September"),
        ("Thunberg promises weekly protests", "pledge", ["Greta Thunberg", "Sweden"], "2018-09", "That September"),
        ("Students protest in Belgium", "protest", ["Belgium"], "2019-01", "in January of this year"),
        ("Largest climate demonstration", "protest", ["Greta Thunberg"], "2019-09-20", "on September 20 of this year"),
        ("Thunberg addresses the United Nations", "speech", ["Greta Thunberg", "United Nations"], N, N),
        ("Thunberg meets Pope Francis", "meeting", ["Greta Thunberg", "Pope Francis"], N, N),
        ("Thunberg speaks to Congress", "speech", ["Greta Thunberg", "United States Congress"], N, N),
        ("Thunberg nominated for the Nobel Peace Prize", "nomination", ["Greta Thunberg"], N, N),
        ("Trump's alleged illicit interaction with Zelensky", "phone call", ["Donald Trump", "Volodymyr Zelensky"], N, N),
    ]),
    (135, "2019-10-10", "Swedish academy announces 2019 Nobel Prize", [
        ("Academy announces the physics laureates", "announcement", ["Royal Swedish Academy of Sciences", "James Peebles", "Didier Queloz", "Michel Mayor"], "2019-10-08", "On Tuesday"),
        ("Queloz and Mayor discover 51 Pegasi b", "discovery", ["Didier Queloz", "Michel Mayor"], "1995", "in 1995"),
        ("Danielsson on the prizes", "statement", ["Ulf Danielsson"], N, N),
    ]),
    (37, "2019-02-25", "Texas federal judge says drafting only men", [
        ("Miller rules the male-only draft unconstitutional", "ruling", ["Gray Miller", "National Coalition for Men", "United States"], "2019-02-22", "On Friday"),
        ("National Coalition for Men sues", "lawsuit", ["National Coalition for Men", "United States"], N, N),
        ("Government asks Miller to delay; he declines", "request", ["United States", "Gray Miller"], N, N),
        ("Supreme Court permits same-sex marriage", "ruling", ["Supreme Court of the United States"], N, N),
        ("Last US draft", "draft", ["United States"], "1973", "in 1973"),
    ]),
    (70, "2019-07-12", "Louisiana declares state of emergency", [
        ("Edwards declares a state of emergency", "emergency", ["John Bel Edwards", "Louisiana"], "2019-07-11", "on Thursday"),
        ("Edwards addresses the public", "statement", ["John Bel Edwards"], N, N),
        ("Edwards arranges National Guard", "deployment", ["John Bel Edwards", "National Guard"], N, N),
        ("Edwards requests a federal emergency declaration", "request", ["John Bel Edwards", "Donald Trump"], N, N),
        ("Cantrell advises residents", "statement", ["LaToya Cantrell", "New Orleans"], N, N),
        ("National Weather Service issues flash flood warning", "warning", ["National Weather Service"], N, N),
        ("Officials say they are not concerned about the levees", "statement", ["New Orleans", "Jefferson Parish"], N, N),
    ]),
    (26, "2019-02-07", "Nevada becomes first state in U.S.", [
        ("Nevada opens majority-female session", "session", ["Nevada"], "2019-02-04", "On Monday"),
        ("Spearman remarks", "statement", ["Patricia Ann Spearman"], N, N),
        ("Spearman first elected to the state senate", "election", ["Patricia Ann Spearman", "Nevada Senate"], "2012", "in 2012"),
        ("Torres remarks", "statement", ["Selena Torres"], N, N),
        ("Dittmar comments", "statement", ["Kelly Dittmar"], N, N),
        ("Tolles comments", "statement", ["Jill Tolles"], N, N),
    ]),
]


def article(row, date, title, events):
    names = sorted({p for e in events for p in e[2]})
    return {
        "row": row,
        "split": "dev",  # quality_extract.py scores --split dev; this file's half is its name
        "title": title,
        "date": date,
        "actors": [{"name": n, "variants": V[n]} for n in names],
        "events": [
            {"name": n, "type": t, "participants": p, "date": d, "date_text": dt}
            for n, t, p, d, dt in events
        ],
    }


here = Path(__file__).parent
for name, part in (("tune", TUNE), ("check", CHECK)):
    gold = {"articles": [article(*a) for a in part]}
    (here / f"gold-{name}.yml").write_text(yaml.safe_dump(gold, allow_unicode=True, sort_keys=False))
    print(name, len(part), "articles", sum(len(a[3]) for a in part), "events")
