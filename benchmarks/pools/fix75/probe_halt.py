"""fix75's invented probes of one of this session's rules (see SOURCE.md); run from the worktree."""

import spacy

from generator.annotate import choose_model
from generator.extract import match

nlp = spacy.load(choose_model(), exclude=["lemmatizer"])
S = """The company closed the deal on Friday.
The market closed higher on Tuesday.
BA's shares closed up four pence at 274.5 pence.
The FTSE 100 closed down 20 points.
The pound halted its decline against the dollar.
Rosneft halted its slide on Monday.
The firm halted trading in its shares.
Shares in Yukos halted their fall.
The dollar ceased its climb.
Microsoft closed the gap with Google.
IBM closed its books for the year.
Ford closed its plant in Dagenham.
The carmaker closed the factory last year.
Intel closed the office window.
The regulator closed the investigation into Shell.
Opec halted the rise in oil prices.
The court ordered the company to stop selling the drug.
The judge ordered Yukos to stop paying dividends.
Sony closed its online store in Japan.
Google closed the website after complaints.
The Fed halted its rate increases.
Iran ceased cooperation with the IAEA.
The chairman ordered the speaker to stop talking.
Vodafone closed its books on the merger.
The station closed its doors in 1990.""".splitlines()
for s in S:
    ev = [(e.type, e.trigger.text) for e in match(nlp(s), 0).events if e.type == "suspension"]
    print(("FIRES " if ev else "  -   ") + s, ev)
