"""Invented and pool probe sentences for the aid type (events60; review22): give, send,
provide, offer, pledge, donate, grant meeting aid, assistance, donations, relief or help in
senses that are no aid between actors. Prints the aid frames each sentence gives.

.venv/bin/python benchmarks/pools/review22/events_probe.py
"""

from __future__ import annotations

import spacy

from generator.annotate import choose_model
from generator.extract import match

# (sentence, expected aid?) : hand labels written before any run
PROBES = [
    ("The government will provide assistance to first-time buyers.", False),
    ("He donated a kidney to his brother last year.", False),
    ("Apple offered support to developers affected by the change.", False),
    ("The club pledged its support to the manager.", False),
    ("The EU granted Turkey candidate status in 1999.", False),
    ("The bank will provide relief to mortgage holders.", False),
    ("The scheme offers help to small businesses.", False),
    ("The chancellor gave tax relief to pension savers.", False),
    ("She donated her time to the campaign.", False),
    ("Fans donated blood at the stadium on Saturday.", False),
    ("The singer donated the proceeds of the single to charity.", True),
    ("The actor donated $1 million to the hurricane relief fund.", True),
    ("Britain sent aid to Bangladesh after the floods.", True),
    ("Japan pledged $500 million in aid to Indonesia.", True),
    ("The government provided financial assistance to the airline.", False),
    ("Ministers offered state aid to the carmaker MG Rover.", False),
    ("The EU granted state aid to Alstom.", False),
    ("The firm provides technical assistance to software developers.", False),
    ("The striker gave the assist for the winner.", False),
    ("The coach offered his help to the young players.", False),
    ("The Football Association gave permission to the club.", False),
    ("The court granted relief to the plaintiffs.", False),
    ("The IMF gave Argentina a $1 billion loan.", False),
    ("Microsoft donated software to schools in Africa.", True),
    ("The band donated all royalties to the Red Cross.", True),
    ("Players donated their match fees to tsunami relief.", True),
    ("The government will give grants to first-time buyers.", False),
    ("The council offered debt relief to tenants.", False),
    ("Tesco pledged support for local farmers.", False),
    ("The studio gave the film a budget of $100 million.", False),
    ("The UN provided food aid to Niger.", True),
    ("He gave evidence to the inquiry.", False),
    ("Yahoo provided the data to Chinese authorities.", False),
    ("The minister granted asylum to the dissident.", False),
]

# written after the guards, never tuned on: the check half
CHECK = [
    ("The Treasury will provide assistance to struggling homeowners.", False),
    ("She donated bone marrow to a stranger.", False),
    ("The government offered relief to small firms hit by the floods.", False),
    ("Brussels granted state aid to the shipyards.", False),
    ("The charity donated $2 million to Sudan.", True),
    ("The United States provided military assistance to Ukraine.", True),
    ("The Netherlands sent emergency aid to Haiti after the earthquake.", True),
    ("Google offered assistance to advertisers hit by the bug.", False),
    ("The insurer provided help to customers after the storm.", False),
    ("The star donated his organs to science.", False),
    ("The ministry gave financial assistance to the banks.", False),
    ("Saudi Arabia donated 10,000 tonnes of wheat to Yemen.", True),
]


def main() -> None:
    nlp = spacy.load(choose_model(), exclude=["lemmatizer"])
    wrong = 0
    for text, expected in [*PROBES, ("-- check --", False), *CHECK]:
        frames = [f for f in match(nlp(text), 0).events if f.type == "aid"]
        got = bool(frames)
        mark = "ok " if got == expected else "ERR"
        wrong += got != expected
        print(mark, int(expected), [f.trigger.text for f in frames], text)
    print("wrong", wrong, "of", len(PROBES) + len(CHECK))


if __name__ == "__main__":
    main()
