import sys
sys.path.insert(0, sys.argv[1])
import generator; print(generator.__file__)
from generator.importer.clean import clean_text
from generator.resolve.names import strip_titles, title_only, given_name
lines = """Protesters at the march. Image: Andrew Gray.
Protesters at the march Image: Andrew Gray
Participants waiting. Image: дмитрий кошелев.
Participants waiting. Image: flickr user jdoe.
The big Picture: Why Brexit matters to farmers in Wales.
In the big Picture: Britain is still growing, the Chancellor said.
"We saw everything," she said. "Photo: John Smith took it."
The bank's shares fell 3% on the news, said analysts at Credit: Suisse.
Sony Pictures: The studio said it would release the film in May.
Columbia Pictures: Studio chief Amy Pascal said the film was a success.
Universal Pictures said on Monday it would release the film.
Photo: The Prime Minister at Downing Street on Monday.
Picture: Tony Blair said the election would be fought on the economy.
He showed the iPhoto: Apple's software, which ships with every Mac.
Image: AP. The president said on Monday that the talks would go on.
The firm said its Image: Brand campaign would start in June.
Photos: Reuters
Pictures: Getty Images
A man walks past the building (Photo: AFP/Getty)
A man walks past the building [Image: Reuters]
He said: "The Picture: It is bleak."
The minister told the BBC's Today programme: "Image: Is everything."
Image: Wikimedia Commons
The team's new logo. Image: unknown.
File:Bush.jpg
File: Bush.jpg
Image:Bush portrait.JPG
Picture this: a world without oil.
Mr Brown said the Budget would focus on growth. Photo: PA
""".strip().splitlines()
for l in lines:
    out = clean_text("Title\n" + l).paragraphs
    mark = "  " if out == (l,) else "**"
    print(mark, repr(l), "->", out)
names = ["First Lady Melania Trump", "Lords Smith and Jones", "Kings Cross Station", "Judges Panel Review",
 "Generals Motors Corp", "Staff Council", "Senior Vice President Joe Biden", "Queens Park Rangers", "Directors Guild of America",
 "Writers Guild of America", "Kings College London", "Saints Peter and Paul", "Hosts Ant and Dec", "Lance King", "Lance Bishop",
 "Master Chef", "First National", "First State", "First Minister", "First Lady", "Senior Judge", "Staff Writer", "Lance Corporal Smith",
 "Chiefs of Staff", "Heads of State", "States Parties", "Nationals Park", "Councils Smith", "Actors Studio", "Princes Street Gardens",
 "Technical Director Ross Brawn", "Petty Officer Jones", "Warrant Officer Class Two", "First Secretary John Smith", "Master Sgt. Corine Lombardo",
 "Senior Writer Bob", "Senior Minister Lee Kuan Yew", "Command Sergeant Major Bob Hall", "Majors John Smith", "Lance Armstrong", "Senior Director",
 "First Deputy Prime Minister Ivan Petrov", "First Vice President", "Queens Borough President Melinda Katz", "Heads Up Foundation", "Lords Reform Bill"]
for n in names:
    print(f"{n!r:45} strip={strip_titles(n)!r:35} title_only={title_only(n)}")
for w in ["Presidents","Kings","Queens","Judges","Lords","Saints","Heads","States","Nationals","Chiefs","Hosts","Actors","Majors","Charles","Douglas","Miles","Giles","Thomas","Reyes","Marcus","Hastings", "Dukes", "Sens.", "Reps.", "Ministers", "Directors"]:
    print(w, given_name(w, frozenset()), end="; ")
print()
