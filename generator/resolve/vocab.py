"""Word lists that decide what a found name is: a title, an actor, or something else.

Kept apart from the rules that use them so an editor of the lists sees them whole. Every list
is lower case; the rules compare lower-cased tokens with a trailing full stop removed.
"""

from __future__ import annotations

from ..dates import MONTHS, WEEKDAYS
from ..organs import GOVERNMENT_NOUNS
from ..words import OPENING_FUNCTION_WORDS as OPENING_FUNCTION_WORDS

POST_NOMINALS = frozenset("QC KC MP MEP MSP OBE MBE CBE KBE".split())
"""Letters after a person's name that are no part of it ("Kama Melly QC")."""

CALENDAR_WORDS = frozenset(
    w.lower() for w in (*WEEKDAYS, *MONTHS, "today", "yesterday", "tomorrow")
)
MONTH_NAMES = frozenset(m.lower() for m in MONTHS)
PHENOMENA = frozenset("El Niño|El Nino|La Niña|La Nina|Gulf Stream|Jet Stream".split("|"))
"""Weather and ocean phenomena the NER takes for organisations or people."""
NOT_ACTORS = frozenset(
    [
        *"UTC GMT CET CEST EST EDT PST PDT BST AM PM TV LNG LPG GDP MV WN Islam Christianity "
        "Judaism Hinduism Buddhism Sikhism Catholicism Protestantism Shinto HIV AIDS EVD ID RIP "
        "ICBM IED WMD VAT LGBT LGBTQ LGBTI LGBTQ+ LGBTQI PDF GP PE BAC ERM".split(),
        "Coordinated Universal Time",
        "Greenwich Mean Time",
    ]
)
"""Abbreviations the NER often takes for organisations: time zones, commodities, measures, a
ship's prefix alone ("MV"), Wikinews's own label before its questions in an interview ("((WN))
What do you ..."); diseases, weapons, taxes and communities named by letters ("HIV",
"ICBM", "VAT", "LGBT"); the letters of a common noun or a mechanism ("every teacher, GP and
nurse", "two hours' PE", "the driver's BAC [blood alcohol content]", "the mistakes of ERM"),
which the NER reads as bodies (actors43: three of forty BBC articles); and religions, which are
faiths, not actors ("converted to Islam")."""
SAYINGS = frozenset({"Allahu Akbar", "Mother Nature"})
"""Capitalised phrases that name no one: an exclamation ("with a cry of |Allahu Akbar| (God is
Great)", the test split) and a personification ("in the hands of |Mother Nature|", actors106's
pool), which the NER reads as a person or a body."""
PROGRAMMES = frozenset("Medicare Medicaid Obamacare".split())
"""Government programmes the NER reads as organisations ("Medicare for All"): policies."""

CONNECTORS = frozenset(
    "of and for the de del da al el bin bint ibn von van der den la le du des y on in".split()
)
"""Small words that may sit inside a name ("Bank of England", "Osama bin Laden")."""

GEONAMES_PLACE_HEADS = frozenset(
    """
    atoll atolls islet islets archipelago peninsula isthmus territory territories bazaar
    resort hotel roundabout junction intersection quay wharf harbour harbor canyon volcano
    glacier lagoon reef plateau heights falls cemetery monastery convent shrine pagoda
    mausoleum barracks courthouse lighthouse casino
    """.split()
)
"""GeoNames feature names (https://www.geonames.org/export/codes.html, classes A, H, S and T)
that name only places, never a body nor a common surname, as a name's last word: "Bikini
Atoll", "Grand Bazaar", "Pearl Harbor", "Golan Heights" (``NOT_ACTOR_HEADS``). Not hill,
lodge, villa, castle, camp, hall (surnames), bank, school, college, library (bodies), market
("Whole Foods Market") nor zoo (a zoo acts as its society)."""
CHAIN_HEADS = frozenset("hotel resort casino".split())
"""Place heads whose plural names a company's chain ("Wynn Resorts", "Hilton Hotels")."""

NOT_ACTOR_HEADS = {
    "event": frozenset(
        """
        war wars olympiad olympics games championship championships cup tournament festival
        summit election elections referendum revolution uprising crisis conflict massacre
        intifada rebellion genocide
        attack attacks bombing invasion assembly expo conference forum week day fest faire
        competition contest campaign primaries caucuses protest protests affair scandal
        """.split()
    ),
    "law or document": frozenset(
        "act constitution bill amendment code law charter treaty accord accords agreement "
        "convention report assessment assessments "
        "resolution declaration protocol regulation regulations rules conditions decree "
        "ordinance statute laws acts statutes treaties codes "
        "licence licences license licenses licensed".split()
    ),
    "place or building": frozenset(
        """
        pipeline interconnector airport hospital bridge dam museum mosque church cathedral
        temple synagogue palace base port station stadium square street avenue road tower
        building mall university-hospital island islands mountains valley river sea ocean
        gulf strait desert forest rainforest province district county parish city region bay
        reservation monument headquarters range fault route highway motorway theatre theater
        cinema prison jail arena canal canals
        """.split()
    )
    | GEONAMES_PLACE_HEADS,
    "trade area or zone": frozenset("area zone".split()),
    "award": frozenset("award awards prize medal honour honor trophy".split()),
    "product or idea": frozenset(
        "caliphate economy hunt misdemeanors misdemeanours program programme project "
        "initiative strategy plan system vaccine rocket spacecraft satellite show account "
        "telescope vehicle vehicles product tissue tissues toothpaste shampoo "
        "detergent".split()
    ),
    "technology product": frozenset(
        "linux unix bsd os windows kernel browser collider supercomputer".split()
    ),
    "illness": frozenset("disease diseases syndrome sclerosis dystrophy".split()),
}
"""The last word of a name that makes it something other than an actor, by kind: events
("Syrian Civil War", a party's "Iowa Caucuses"), laws, rule books and terms
("Tenure of Office Act", "Bus Regulations", "National Rail Conditions of Travel", "Internal
Revenue Laws"), places
and infrastructure ("Nord Stream Pipeline"), areas an agreement makes ("African Continental
Free Trade Area"), products and ideas ("ISIS Caliphate", a fund's "Millennium Challenge
Account", "Hubble Space Telescope", "Bradley Fighting Vehicles", a measure's "Gross Domestic
Product"; a company's plural "Air Products" is no head; household goods by their kind,
"Kleenex Toilet Tissue", actors86), technology products, operating
systems and machines ("Oracle Linux", a vendor's "Enterprise Linux", "Chrome OS", "Microsoft
Windows", "Large Hadron Collider": no body's name ends so; "the Linux Foundation", "the Arch
Linux project" end in their body's noun), illnesses ("Multiple Sclerosis";
"National Multiple Sclerosis Society" ends in its body's head). A curated actor is never
rejected."""

NOT_ACTOR_LABELS = {
    "LOC": "place or building",
    "FAC": "place or building",
    "GPE": "place or building",
    "EVENT": "event",
    "LAW": "law or document",
    "PRODUCT": "product or idea",
    "WORK_OF_ART": "product or idea",
    "NORP": "nationality or group",
    "MEDIUM": "a website or app named as the medium of a message",
    "PROGRAMME": "a broadcast programme named as the medium of a message",
    "UTTERANCE": "a phrase or slogan shouted or chanted",
}
"""spaCy labels that are not actors; a name the NER gives these more often than an actor label
is rejected (a GPE only when the gazetteer knows no state of that name); and ``MEDIUM``."""

MEDIUM = "MEDIUM"
"""The label of a mention the words around make a website or app carrying a message ("a
YouTube video", "via Telegram", "on Twitter"): GOLD.md's medium, no actor."""
PROGRAMME = "PROGRAMME"
"""The label of a mention the words around make a broadcast programme ("told |Meet the
Press|", "on NBC's |Meet the Press|", "appearing on |Morning Joe|"): the show a message was
given on, a medium as a website is (GOLD.md), neither a person nor a body."""
UTTERANCE = "UTTERANCE"
"""The label of a mention the words before make a phrase said aloud ("shouting |Allahu
Akbar|", "chanted |Stop the Steal|"): the words a crowd shouts, no one who acts."""
DESIGNATED_BY_NOUN = {
    **dict.fromkeys("bill law act decree ordinance".split(), "LAW"),
    **dict.fromkeys(
        "program programme policy scheme initiative report assessment campaign slogan "
        "document".split(),
        "PRODUCT",
    ),
    **dict.fromkeys(
        "rally festival concert tournament marathon race championship championships "
        "event protest protests march parade ceremony".split(),
        "EVENT",
    ),
}
"""A lower-case noun after a name of two words or more, or heading the noun phrase set off
after it, that says what kind of thing the name designates, by the NER label of that kind:
"the |Deferred Action for Childhood Arrivals| (DACA) program", "the |Tax Reform for
Acceleration and Inclusion| (TRAIN) bill", "|National Climate Assessment|, a congressionally
mandated report" (GOLD.md: laws, programmes, reports and events are no actors). A body's own
name before them stays the body's ("the World Bank program", "the Trump campaign")."""
MEDIUM_NOUNS = frozenset(
    """video videos message messages post posts account accounts page channel livestream
    feed tweet tweets user users app chat chats profile profiles""".split()
)
"""Words after a name that make it the medium ("a YouTube video", "Telegram messages")."""
PLATFORMS = frozenset(
    "Twitter Facebook YouTube Instagram Telegram WhatsApp Weibo WeChat TikTok Snapchat "
    "Reddit LinkedIn VKontakte".split()
)
"""Platforms that "on", "via" or a word after ("a YouTube video") make the medium of a
message ("said on Twitter", "released on YouTube")."""

ACTOR_LABELS = {"PERSON": "person", "ORG": "organisation", "GPE": "state"}
"""NER labels that may become actors, and the type each proposes."""

JOINED_PLACES_OK = frozenset(
    "bosnia and herzegovina|trinidad and tobago|antigua and barbuda|saint kitts and nevis|"
    "sao tome and principe|são tomé and príncipe|saint vincent and the grenadines|"
    "heard island and mcdonald islands|turks and caicos islands|wallis and futuna".split("|")
)
"""States whose names join two places with 'and'; any other 'X and Y' of two places is two."""

SEATS_OF_GOVERNMENT = {
    "White House": "United States",
    "Downing Street": "United Kingdom",
    "Number 10": "United Kingdom",
    "Élysée": "France",
    "Elysee": "France",
    "Élysée Palace": "France",
    "Elysee Palace": "France",
    "10 Downing Street": "United Kingdom",
    "Zhongnanhai": "China",
    "Casa Rosada": "Argentina",
    "Miraflores": "Venezuela",
    "Planalto": "Brazil",
    "Malacañang": "Philippines",
    "Malacanang": "Philippines",
    "Kantei": "Japan",
    "Kremlin": "Russia",
    "Blue House": "South Korea",
    "Cheong Wa Dae": "South Korea",
    "Vatican": "Vatican City",
    "Holy See": "Vatican City",
}
"""Buildings named for the government that sits in them ("the White House said"): the state,
as GOLD.md folds a government into its state. A curated actor of the same name wins."""

CONSTITUENT_COUNTRIES = frozenset({"England", "Scotland", "Wales", "Northern Ireland"})
"""The United Kingdom's countries, each with its own government and laws: a state (as the
gold's dev conventions type Scotland) in an article where one acts ("England's rule", "Wales
will decide"); a place where an article only names it as one ("Bradford, England")."""

BREAKAWAY_STATES = frozenset(
    {
        "Abkhazia",
        "Artsakh",
        "Nagorno-Karabakh",
        "Northern Cyprus",
        "Somaliland",
        "South Ossetia",
        "Transnistria",
    }
)
"""Polities that govern themselves as states though few or no states recognise them, and
that ISO 3166-1 does not list: like a constituent country, a state where its article has it
act ("South Ossetia says it will join Russia", "Abkhazia will not hold a referendum"), a
place where it is only named as one ("troops in Abkhazia")."""

SMALL_US_TERRITORIES = frozenset(
    {"American Samoa", "Guam", "Northern Mariana Islands", "United States Virgin Islands"}
)
"""US territories that often only host a contest ("caucuses in the territory of the Northern
Mariana Islands"): like a US state, a state only in an article where one acts."""

NOT_ACTING_REGIONS = frozenset({"Washington"})
"""US states whose name more often means something else: "Washington said" is the US
government (decided as the state), not the state of Washington."""

BREAKS = frozenset("break breaks recess holidays vacation".split())
"""A pause named for its season or occasion ("Lenten Break", "Christmas Holidays"): an event
after ``BREAK_TIMES``, while a brand before it makes a company ("Virgin Holidays")."""
BREAK_TIMES = frozenset(
    """christmas easter lenten lent holy week summer winter spring autumn fall school bank
    public national new year year's semestral semester term half-term midterm mid-term
    midyear undas festive holiday parliamentary congressional legislative senate ramadan
    eid diwali thanksgiving lunar""".split()
)
"""Seasons, terms and feasts that name a break ("Semestral Break", "Summer Recess")."""

SEATS_NAMED_IN_CONTEXT = {"Blue House": "Korea"}
"""Seats whose name is common elsewhere (Mugabe's home was "the Blue House" too): their state
only in an article that names the state (the word given); a building otherwise."""

GOVERNMENT_WORDS = GOVERNMENT_NOUNS | {"state"}
"""'The Hungarian government', 'the government of Iraq': the state itself (``organs``' nouns
and "state")."""

MAX_NAME_TOKENS = 8

COMPANY_SUFFIXES = frozenset(
    """inc inc. ltd ltd. limited llc llp lp plc corp corp. co co. gmbh ag sa s.a. kft kft.
    nv bv""".split()
)
"""Legal forms that a company's name may carry or drop: "HDT Limited" is "HDT"."""

WELL_KNOWN = (
    (
        "Islamic State",
        "ISIS",
        "ISIL",
        "Daesh",
        "Islamic State of Iraq and the Levant",
        "Islamic State of Iraq and Syria",
        "Islamic State of Iraq and al-Sham",
    ),
    (
        "Al-Qaeda",
        "al-Qaeda",
        "Al Qaeda",
        "al Qaeda",
        "al-Qaida",
        "Al-Qaida",
        "al Qaida",
        "al-Qa'ida",
        "al-Qa’ida",
    ),
    ("Hezbollah", "Hizbullah", "Hizbollah", "Hizballah"),
    ("Houthis", "Houthi", "Houthi movement", "Ansar Allah", "Ansarullah", "Huthis", "Huthi"),
    ("Mohammed bin Salman", "MBS", "Mohammad bin Salman", "Muhammad bin Salman"),
    ("Association of Southeast Asian Nations", "ASEAN"),
    ("European Union", "EU"),  # "Canada, China, the EU, Mexico": read as a place (actors97)
    ("Federal Security Service", "FSB"),
    ("Hamas", "Harakat al-Muqawama al-Islamiya"),
    ("Liberal Democrats", "Lib Dems", "Lib Dem", "Liberal Democrat Party"),
    (
        "Al-Shabaab",
        "al-Shabaab",
        "Al Shabaab",
        "al Shabaab",
        "Al-Shabab",
        "al-Shabab",
        "Al Shabab",
        "al Shabab",
    ),
    ("Taliban",),
    ("Boko Haram",),
    ("Hayat Tahrir al-Sham", "HTS", "Hay'at Tahrir al-Sham"),
    ("Kurdistan Workers' Party", "PKK"),
    ("People's Protection Units", "YPG"),
    ("Peshmerga", "peshmerga", "Kurdish Peshmerga", "Kurdish peshmerga"),
    ("Dalai Lama",),
    ("Panchen Lama",),
    ("Aga Khan",),
)
"""Names of one well-known actor that no rule derives from another (an acronym of another
language, a nickname, a transliteration): each group is one actor where the briefing names
several of its forms, under the first form it names."""

JOINT_PARENTS = {"UN": "United Nations", "U.N.": "United Nations", "AU": "African Union"}
"""The short names a joint body's name writes its parents by ("UN-African Union Mission"),
to their full names (``merge.joint_key``, ``names.not_an_actor``)."""

MISSION_SENDERS = frozenset(
    {"United Nations", "UN", "U.N.", "African Union", "AU", "European Union", "EU", "NATO", "OSCE"}
)
"""International bodies that send missions named for the place they serve ("UN Stabilization
Mission in Haiti", "NATO Training Mission in Iraq", "EU Rule of Law Mission in Kosovo"): a
state's own office or force with "in" after it is where it sits or fights ("the Foreign
Office in London", "the Russian Air Force in Syria"), not its name (``glued._mission_place``,
review42)."""

TITLES_THAT_NAME = frozenset({"Dalai Lama", "Panchen Lama", "Aga Khan"})
"""Titles held by one person at a time that news writes as that person's name, with "the"
and no given name ("the Dalai Lama said"): the NER often reads no span there (actors96, issue
8), so ``sweeps._well_known_written`` reads them in every text."""

WELL_KNOWN_PEOPLE = frozenset({"Mohammed bin Salman"} | TITLES_THAT_NAME)
"""The groups of ``WELL_KNOWN`` that are people, not organisations."""

WELL_KNOWN_GROUPS = frozenset(
    name for group in WELL_KNOWN if group[0] not in WELL_KNOWN_PEOPLE for name in group
)
"""Well-known names that are organisations, armed groups and movements whatever the NER
calls them ("Al-Shabaab" and "Hezbollah" read as people's names, "Hamas" as a place's)."""

COORDINATED_DEPARTMENTS = (
    "Department for Education and Skills",
    "Department for Culture, Media and Sport",
    "Department for Digital, Culture, Media and Sport",
    "Department for Environment, Food and Rural Affairs",
    "Department of Trade and Industry",
    "Department for Business and Trade",
    "Department for Work and Pensions",
    "Department for Business, Enterprise and Regulatory Reform",
    "Department for Business, Innovation and Skills",
    "Department for Business, Energy and Industrial Strategy",
    "Department for Children, Schools and Families",
    "Department for Innovation, Universities and Skills",
    "Department for Science, Innovation and Technology",
    "Department of Energy and Climate Change",
    "Department for Energy Security and Net Zero",
    "Department for Communities and Local Government",
    "Department for Levelling Up, Housing and Communities",
    "Ministry of Housing, Communities and Local Government",
    "Department of Health and Social Care",
    "Department for Transport, Local Government and the Regions",
    "Department of the Environment, Transport and the Regions",
    "Ministry of Agriculture, Fisheries and Food",
    "Foreign and Commonwealth Office",
    "Foreign, Commonwealth and Development Office",
)
"""UK government departments (since the 1990s) whose full name coordinates its subjects with
"and" or commas, which the NER cuts there ("|Department for Education| and |Skills|"):
actors37 saw the cut in three BBC politics articles, test 13 a junk "Department for
Education" page. Listed, not derived: "the Council of Europe and Oxfam" has the same shape."""

PARTY_PLURALS = {
    "Conservatives": "Conservative Party",
    "Tories": "Conservative Party",
    "Democrats": "Democratic Party",
    "Republicans": "Republican Party",
    "Liberals": "Liberal Party",
    "Socialists": "Socialist Party",
    "Social Democrats": "Social Democratic Party",
    "Greens": "Green Party",
}
"""A party's members by their plural ("the Tories", "the Democrats"), which the NER reads as a
nationality: the party where its article names it, else no actor (``../shared/GOLD.md``
counts "Democrats" alone as generic). English usage (Wikipedia's
articles on the parties give these names); "Labour" and "Likud" alone are the party's name
(``merge``)."""

PARTY_NICKNAMES = {"Tories": "Conservative Party", "Tory": "Conservative Party"}
"""A party's nickname, which names that party alone ("the Tories", "Tory leader Michael
Howard": Wikipedia's "Tory"): an article writing it names the party though it never writes
"Conservative Party", so its plural ("the Conservatives") is the party there too. British
news (BBC) calls the party so throughout."""

PARTIES_ABROAD = {("Conservative Party", "Canada"): "Conservative Party of Canada"}
"""(party, state) -> that state's party of the name: where an article names the state more
than the United Kingdom, its "Tories" and "Conservatives" (``PARTY_NICKNAMES``,
``PARTY_PLURALS``) are this party, not Britain's (Wikipedia's "Tory": Canada's
Conservatives are Tories too; fix60)."""

COMPANY_WORDS = frozenset("company corporation group holdings".split())
"""Words a company's or group's name may drop ("Burisma Holdings", "Abu Sayyaf Group")."""

NAVAL_PREFIXES = (
    "HMAS HMCS HMNZS HMBS RFA RRS USNS USCGC CCGS ROKS PNS BNS TCG KRI HDMS HNLMS HNoMS HSwMS "
    "RFNS".split()
)
"""Naval and government ships' prefixes besides HMS and USS (Wikipedia, "Ship prefix": the
Commonwealth navies' HMAS, HMCS, HMNZS; the Royal Fleet Auxiliary's RFA; South Korea's ROKS;
Pakistan's PNS; Turkey's TCG; Indonesia's KRI ...): "|RFA| Wave Knight" is a ship. Not the
two-letter NATO ones (FS, HS, JS), which open people's initials."""
SHIP_PREFIX = r"U\.?S\.?S|H\.?M\.?S|RMS|INS|MV|M/V|MS|SS|MT|" + "|".join(NAVAL_PREFIXES)
"""A regular expression of every ship prefix, for ``names.SHIP`` and ``article``."""

LOCATIVES = frozenset("in at near outside across onto".split())
"""Words before a place: a name the articles mostly write after one ("in Ghazni") is a place."""

PLACE_NOUNS = frozenset(
    "province district city region county town village museum mosque church cathedral palace "
    "airport refinery facility provincial municipal rainforest forest desert field oilfield "
    "valley basin peninsula island islands strait gulf bay area residents neighbourhood "
    "neighborhood intersection junction roundabout".split()
)
"""Words after a place: "Maidan Wardak province", "the Hagia Sophia Museum", "the |Banadir|
intersection" (actors86). Not "regional", which follows a regional body's name as often ("the
|IGAD| regional bloc", "the East African Community regional bloc": review36)."""

WORSHIP_NOUNS = frozenset("temple shrine synagogue pagoda monastery".split())
"""Houses of worship after a name: "the |Tin Hau| temple", named for the god it serves, is the
building, a place (actors91). Not in ``PLACE_NOUNS``, which also keeps a word out of people's
names ("Shirley Temple"): only the word right after a name is read."""

BUILDING_NOUNS = frozenset("hotel prison jail compound mansion resort".split())
"""Last words of a building's name that no body's ends with: a name the articles also write
with one after it ("the |Villa Rose| Hotel" and "the Villa Rose") is the building, and one
that ends with one ("Casuarina Prison") is no organisation (``decide``)."""

PREMISES_NOUNS = frozenset(
    "workshop garage shop store restaurant cafe café bakery pharmacy salon boutique showroom "
    "clinic".split()
)
"""Last words of a small business's premises, which is named for its owner more often than
not ("his car garage |Anwar Workshop|", "Ali Bakery"): a name the NER reads as a person's and
that ends with one is the premises, no person. A body the NER reads as one keeps its name
("Sesame Workshop", "Mayo Clinic", "Apple Store")."""

STRUCTURE_NOUNS = frozenset(
    "pipeline pipelines interconnector dam tunnel canal railway reactor".split()
)
"""Words after a structure's name of two words or more: "the Keystone XL pipeline", "the
Grand Ethiopian Renaissance dam" (GOLD.md: infrastructure is no actor); a one-word
company's name before them is as often the owner's ("the Enbridge pipeline")."""

OF_A_STATE = frozenset(
    "government republic ministry parliament people president embassy bank state states "
    "king queen kingdom citizens army".split()
)
"""Words that make "X of Georgia" the country's (not a US politician's "Doug Collins of")."""

PLACE_FIRST_WORDS = frozenset(
    "masjid mount lake river fort cape port county quai rue punta isla cabo lago lac playa "
    "cerro prison villa".split()
)
"""First words that make a name a place: "Masjid Al-Aqsa", "Mount Sinjar", "County Kerry",
"Punta Tombo", "Prison Barlinnie" (of "HM Prison Barlinnie"), "Lac La Ronge"; a house or a
town named "Villa …" ("the compound known as |Villa Somalia|", "Villa Borghese", "Villa
Gesell", actors91), where the word ends a club's name ("Aston Villa") or is a surname."""

QUANTIFIERS = frozenset("numerous several various".split())
"""Words before a plural that make it a number of bodies or people, none in particular
("Numerous Maker Clubs from an array of local schools"). Not 'multiple' nor 'many', which
open real names ("Multiple Sclerosis Society", "Many Rivers Foundation")."""
DESCRIPTIVE_WORDS = frozenset("longtime long-time veteran female elderly fellow".split())
"""Adjectives that start a sentence before a name and that the NER glues to it ("Longtime
Imus friend ...", "Female Magellanic penguins ..."): no part of any actor's name."""


PERSON_LABELS = frozenset(
    """
    voter voters student students pupil pupils protester protesters protestor protestors
    demonstrator demonstrators resident residents witness witnesses eyewitness survivor
    survivors victim victims teacher teachers nurse nurses worker workers farmer farmers
    villager villagers fisherman driver passenger passengers soldier soldiers volunteer
    volunteers shopkeeper vendor tourist tourists visitor visitors citizen citizens migrant
    migrants refugee refugees defendant plaintiff suspect prisoner inmate detainee campaigner
    organiser organizer photographer filmmaker entrepreneur businessman businesswoman
    lecturer academic blogger youtuber vlogger influencer chef shopper commuter spectator
    fans
    priest monk nun imam policeman policewoman firefighter paramedic medic athlete runner
    swimmer climber graduate undergraduate musician designer engineer architect scholar
    historian mourner mourners supporter supporters opponent critic critics veteran lead
    producer producers boss novelist manager coach striker winger midfielder defender goalkeeper
    podcaster rapper singer songwriter comedian columnist poet playwright
    screenwriter economist scientist researcher activist billionaire broadcaster presenter
    commentator pundit analyst actress footballer cricketer golfer cyclist
    """.split()
)
"""Common nouns for people that a caption or a news lead puts before a name as a label
("Voter Kitty Mak", "Student Joshua Wong", "Lead Paul Sun-Hyung Lee" for the lead actor of a
series; a sentence's first word in arts and sport news, "Producer Mel Gibson", "Boss Steve
Bruce", actors68): no given name and no part of the
name, as a title is not. Words that are also given names, surnames or part of a known name
are left out ("Hunter", "Pastor Maldonado", "Son Heung-min", "Fan Bingbing", "Mother
Teresa"), and a label is cut only where two words of the name remain."""

SHORT_GIVEN_NAMES = {
    "nick": "nicholas nicolas nikolai",
    "bob": "robert",
    "rob": "robert",
    "bill": "william",
    "will": "william",
    "mike": "michael",
    "jim": "james",
    "jimmy": "james",
    "tom": "thomas",
    "joe": "joseph",
    "dave": "david",
    "steve": "stephen steven",
    "tony": "anthony",
    "andy": "andrew",
    "dick": "richard",
    "rick": "richard",
    "ted": "edward",
    "ed": "edward",
    "liz": "elizabeth",
    "beth": "elizabeth",
    "kate": "katherine catherine kathryn",
    "peggy": "margaret",
    "jack": "john",
    "sasha": "alexander aleksandr",
}
"""Short forms of given names that are no prefix of the full form ("Nick" for "Nicholas");
a short form that is a prefix ("Alex", "Chris") needs no entry."""

EVENT_FIRST_WORDS = frozenset(
    "storm superstorm hurricane typhoon cyclone tropical operation".split()
)
"""First words that make a name an event: "Storm Barry", "Hurricane Dorian", "Superstorm
Sandy"."""

VEHICLE_NOUNS = frozenset(
    """capsule capsules rocket rockets spacecraft spaceship launcher lander rover satellite
    aircraft airliner plane planes jet jets helicopter drone car cars truck vehicle
    locomotive device console smartphone""".split()
)
"""Lower-case heads after a product's name ("the Crew Dragon capsule") or before it in
apposition ("the plane, a Beechcraft Sierra"): the name is the product's (GOLD.md: products
are no actors)."""

MADE_GOODS_NOUNS = frozenset(
    """car cars truck trucks lorry lorries van vans vehicle vehicles locomotive device devices
    console smartphone smartphones""".split()
)
"""The vehicles' nouns whose one-word name before is the maker's ("a Volvo truck"); before an
aircraft's, a rocket's or a drone's it is as often the operator's ("a Ryanair plane", "a
Hezbollah drone"), an actor."""


HEADLINE_VERBS = frozenset(
    """says said sues sued wins won dies died resigns quits warns vows slams backs rejects
    approves blocks bans urges calls demands denies claims admits accuses charges arrests
    arrested jailed jails fines fined kills killed attacks strikes hits ends opens closes
    returns rules ruled orders ordered signs signed meets meet visits elected elects wants
    threatens announces condemns""".split()
)
"""Verbs a headline or a sign set in capitals uses ("TRUMP SUES", "PM QUITS"): a word of
them in a span in capitals makes it no name, even where the articles never write the verb
in lower case."""


REGION_ADJECTIVES = frozenset("African European Asian Arab Caribbean Nordic Baltic Balkan".split())
"""Adjectives of a continent or a region of states: before an organisation's acronym they say
whose member or branch is meant ("its 54th |African U.N.| member state", blind43), as a
state's adjective does, and are no part of the name."""

ETHNIC_DEMONYMS = frozenset(
    "Kurdish Palestinian Houthi Huthi Baloch Pashtun Tamil Uyghur Catalan Basque".split()
)
"""Adjectives of peoples without a state of their own, which ``demonym_state`` does not know
("the Kurdish YPG")."""

COMMUNITIES = frozenset(
    """Druze Alawite Alawites Yazidi Yazidis Maronite Maronites Bahá'í Baha'i Bahai Sunni Sunnis
    Shia Shi'a Shiite Shiites Sufi Sufis Ahmadi Ahmadiyya Copts Hazara Hazaras Rohingya
    Catholic Christian Muslim Islamic Jewish Hindu Sikh Buddhist""".split()
)
"""Religious and ethnic communities, and the religions' adjectives, that the NER reads as a
body's name ("the |Druze| neighborhood", "|Druze| controlled areas", "members of the
|Bahá'í Faith|"): GOLD.md's nationalities and ethnic groups, no actor alone or before
"Faith" ("the Catholic Faith"). Found on tune 11 (three articles)."""

HYPHEN_PARTICIPLES = tuple(
    "led backed brokered mediated funded owned run based sponsored allied aligned controlled "
    "supported occupied held".split()
)
"""Participles written after a hyphen that say by whom or where ("NATO-led", "Yemen-based"):
one list for the article's split of a name glued to one and for the given-name test, which
adds "born" and "linked"."""

SETTLEMENT_HEADS = frozenset("Kfar Kibbutz Moshav Kiryat Givat Mitzpe".split())
"""Heads of ``TOPONYM_HEADS`` that are no given name ("Ras Baraka" is a person), so the town's
name stays a place where the article writes its last word alone ("people from |Tapuah|")."""

TOPONYM_HEADS = (
    frozenset(
        "Ras Tell Tal Tall Tel Ain Deir Kafr Khan Jabal Jebel Wadi Bir Beit Bab Jisr Maarat Marj "
        "Qasr".split()
    )
    | SETTLEMENT_HEADS
)
"""First words of Arabic and Hebrew place names ("Ras al-Ain", "Deir ez-Zor", "Khan
Sheikhoun", "Kafr Nabl"; "Kfar Tapuach", "Kibbutz Re'im", "Kiryat Shmona"): a name of two or
three words opening with one is a town's, though the NER may read it as a person's or an
organisation's."""

WORK_NOUNS = frozenset(
    "film movie journal album novel documentary sitcom miniseries musical character".split()
)
"""Nouns written right before a creative work's or a journal's title ("the 2018 superhero film
|Black Panther|", "published in the journal |Current Biology|"): the name is the work's, in
every sentence of the briefing (GOLD.md: a work is no actor, nor a journal named only as
where a study appeared). "character" names a work's fictional person ("Cage's character |Ben
Gates|", actors68), no actor either."""

LISTED_WORK_NOUNS = frozenset(
    "games titles films movies classics characters albums songs novels books hits offerings works"
    " blockbusters applications apps programs programmes browsers distributions".split()
)
"""Plural nouns of works that introduce a list of titles ("games … include |Ape Academy|,
Formula One", "arcade classics such as |Space Invaders|", "characters such as |Super Mario|"):
each name of the list is a work. Not "brands" ("brands such as Nike" may name the maker).
"hits", "offerings", "works" and "blockbusters" list films and books in arts news ("art-house
offerings such as |Napoleon Dynamite|", actors68). "applications", "programs", "browsers"
and "distributions" list software in technology news ("many applications including: |AOL
Communicator|, |AVG Anti-Virus|", actors74); "programs" also lists a state's schemes
("programs such as Medicaid"), no actors either."""

MENTION_WORK_NOUNS = (WORK_NOUNS - {"journal", "miniseries"}) | frozenset(
    "comedy drama thriller song single memoir memoirs book opera episode".split()
)
"""``WORK_NOUNS`` with nouns too loose to judge every sentence by ("song", "book", "single"):
the per-mention rule (``article``) rejects only the one mention after such a noun. It never had
"journal" or "miniseries"; "release" it takes too, but not after "press"."""

PEOPLES = frozenset("Neanderthals Neandertals Aborigines Aboriginals Hominins".split())
"""Peoples and species named as a whole, which the NER reads as organisations ("|Neandertals|
made bone tools"): no actor (GOLD.md: nationalities are none)."""

PEOPLE_ADJECTIVES = frozenset("aboriginal indigenous native first ethnic".split())
"""Words before a nationality's plural that name a people within it ("Aboriginal
Australians", "Indigenous Australians"), no body."""

PRIMARY_AFTER = frozenset(
    "presidential democratic republican gubernatorial congressional senate senatorial mayoral "
    "party libertarian green".split()
)
"""Words before "Primary" that make the name a party's nominating contest ("AIP California
Presidential Primary", "Democratic Primary"), as a US state's name does ("New Hampshire
Primary"): an event, no actor. Any other word before it may be a school's ("Oakwood
Primary"). "Primaries" and "Caucuses" are events whatever comes before
(``NOT_ACTOR_HEADS``); "Caucus" alone is also a group of legislators ("Congressional Black
Caucus")."""

STREET_NOUNS = frozenset("lane boulevard drive".split())
"""Last words of a street's name that may end a person's name too ("Lane", "Drive"): a name
of two words ending in one, which its articles write only after "on", "along" or "off" ("a
collision on |Wellhouse Lane|"), is the street's, not a person's. "Street", "Road" and
"Avenue" make any name a place's whatever comes before (``NOT_ACTOR_HEADS``)."""

BRITISH_SPELLINGS = (
    ("isation", "ization"),
    ("Centre", "Center"),
    ("Defence", "Defense"),
    ("Programme", "Program"),
    ("Labour", "Labor"),
)
"""British spellings and their American forms, inside a name ("World Health Organisation",
"World Health Organization"): one actor's name, however an article spells it; not a state's
body named by its kind alone ("Labour Party", "Ministry of Defence"), which each state spells
its own way (``nonactors.spelling_variants``)."""

SURNAME_PARTICLES = frozenset(
    "De Del Della Di Da Das Dos Du La Le Van Von Ter Ten El Al Ben Bin Ould".split()
)
"""Capitalised first words of a surname of several words ("De La Fuente", "Van der Bellen"),
which the NER reads as an organisation's name when written alone; with the Arabic article and
the filiation particles written apart ("El Burhan", "Ben Ali", "Ould Abdel Aziz")."""

BRANDED_GOODS_NOUNS = frozenset(
    """rum whisky whiskey brandy vodka gin wine beer lager cider cigarettes software browser
    engine box boxes handset handsets machines format formats chip chips processor processors
    console consoles handheld handhelds camera cameras jukebox phone phones brand brands kernel
    protocol protocols""".split()
)
"""Lower-case nouns of goods a brand's name stands before, maybe after one word ("Havana Club
rum", "IBM's Workplace software", "VHS machines", "the |Intel Celeron| chip", "Nintendo's
|GameBoy Advance| handheld", "the |Pentax Optio SV| digital camera", "the Beringer and |Wolf
Blass| brands"; in technology news, actors74: "the |JPEG| formats", "the |Linux| kernel",
"the |BitTorrent| protocol"): a name written so, and never acting, is the goods'. Not "game"
or "player": "a Premier League game", "a Chelsea player" name no goods."""

LICENCE_NOUNS = frozenset("licence licences license licenses".split())
"""Lower-case nouns of a licence a name stands before ("the |Creative Commons| licences", "a
|BSD| license"): the licence's terms, a document no one is; a name written so, and never
acting, is the licence's (read with ``BRANDED_GOODS_NOUNS``, actors80). A licence's own name
ending in the noun ("GNU General Public License", or the NER's cut "Public Licensed") is a
document's by ``NOT_ACTOR_HEADS``."""

CRAFT_NOUNS = frozenset(
    "aircraft airliner airliners helicopter helicopters telescope telescopes".split()
)
"""Lower-case nouns of a craft or an instrument a type's or a project's name stands before,
maybe after one word ("a ban on |Antonov| aircraft", "NASA's |James Webb| space telescope"):
GOLD.md counts aircraft types as no actors. Read with ``BRANDED_GOODS_NOUNS``; an airline's
name before them is the operator's. Not "pipeline": "the Kinder Morgan pipeline" names the
owner as often."""

OPERATOR_WORDS = frozenset("Air Airline Airlines Airways".split())
"""Last words of an airline's name ("a |Lion Air| aircraft"): before a craft's noun, the name
is the operator's, an actor, not the craft's type."""

TRADE_NOUNS = frozenset(
    """firm company giant operator provider airline retailer broadcaster consultancy
    conglomerate insurer lender brewer winemaker carmaker manufacturer supplier subsidiary
    bank brokerage drugmaker chipmaker automaker steelmaker beermaker agency consortium
    monopoly""".split()
)
"""Nouns of a company written right before its one-word name ("oil giant Yukos", "research
firm Gartner", "rival exchange operator Euronext", "news agency Yonhap", "consortium TAV",
"gas monopoly Gazprom"): the name is a company's (an agency's), however the NER reads it.
Not "maker" ("film maker Spielberg"), "group" ("the rock group Queen"), "carrier" ("the
aircraft carrier Kuznetsov", a ship) nor "club" ("the motorcycle club |Marine| JarHeads MC",
the NER's cut of a longer name)."""

PEOPLES_TRADE_NOUNS = frozenset("operator broadcaster giant agency".split())
"""Company nouns also said of a person before a full name ("its alleged operator Jong Woo Son",
"veteran broadcaster David Frost", "media giant Rupert Murdoch", "the agency's head"): before
a name of several words, no sign of a company's."""

PEOPLE_FIELDS = frozenset(
    """literary jazz blues comedy political intellectual scientific tennis golf boxing
    athletics acting screen stage""".split()
)
"""Fields of a person's fame before "giant" ("literary giant Naipaul", "jazz giant
Rollins"): the name after is a person's, not a company's. Not fields of companies too
("music giant EMI", "fashion giant Zara", "Hollywood giant Disney", "football giant Ajax")."""

PERSON_OPERATORS = frozenset("camera crane radio machine forklift switchboard sound".split())
"""Machines before "operator" that a person works ("camera operator Dunn"): the name after
is a person's, not a company's, as "exchange operator Euronext" is."""

AMPERSAND_JARGON = frozenset("Q&A R&D M&A P&L B&B F&B G&A O&M S&L R&B C&W".split())
"""Two capitals joined by "&" that are jargon, not a firm's initials ("a Q&A session", "R&D
spending", "M&A advisers", "R&B singer")."""

MAKER_GOODS = frozenset("car drug chip phone handset aircraft steel toy software computer".split())
"""Goods before "maker" in a company's noun ("car maker Mercedes", "phone maker Nokia"); not
"film maker" or "policy maker", said of people."""

TECH_ACRONYMS = frozenset(
    """USB LCD LED OLED CGI ISP IPO DVD DVDs CDs TV HDTV GPS GPRS GSM SMS MMS VoIP Voip DSL ADSL
    CPU GPU RAM ROM API SDK URL HTML PDF MP3 MP4 LTE RFID WiFi Wi-Fi WLAN UMTS WCDMA CDMA HSDPA
    UMD 2G 3G 4G 5G JPEG GIF PNG MPEG HTTP HTTPS FTP SSH SSL TLS DNS XML JSON PHP SQL VPN P2P GUI
    BIOS LAN IP PBX FAQ FAQs QA DRM FUD FOSS FLOSS GPL LGPL SMTP IMAP CLI UEFI HDMI SaaS
    MW GW MWh GWh TWh
    """.split()
)
"""Acronyms of technologies, formats and finance jargon that the NER reads as organisations
in technology and business news ("an LCD monitor", "USB ports", "the most watched IPO"):
never an actor's name; formats, protocols and intellectual property added from technology
news (actors74: "the |JPEG| formats", "the free software |PBX| project", "|IP| grabbing");
documents, practices and free software's terms from its news (actors85, the pools of actors80
and actors85: "the |FAQ| says", "the |QA| process", "|DRM|-free", "patent |FUD|", "the |FOSS|
community", "the |GPL|"), none a body's acronym in world news (not "CMS", the US Medicare
agency, "UDP", a Gambian party, "NFC", a football conference, "IRC", the rescue charity).
Not "PC" (Canada's Progressive Conservatives) nor "AI" (Amnesty
International), which name bodies too. Units of power and energy the NER reads so in dam and
plant news ("|Machadinho| (1,140 |MW|)", actors95)."""

PORTFOLIO_TITLES = frozenset("Secretary Minister Secretaries Ministers".split())
"""Capitalised offices a portfolio's name stands before ("International Development Secretary
Hilary Benn"): the portfolio is the office's subject, not a body."""

TAXES_AND_GRANTS = frozenset({"National Insurance", "Civil List", "Council Tax"})
"""Taxes and public grants the NER reads as organisations ("National Insurance will be
raised", "taxpayers' money from the Civil List"): money, not actors."""

LAW_NOUNS = frozenset("Bill Act Order Regulations".split())
"""Capitalised nouns that end a law's title after a parenthesis ("Health Service
(Miscellaneous Provisions) Bill")."""

PARTY_LABELS = (
    "Liberal Democrat",
    "Lib Dem",
    "Tory",
    "Labour",
    "Conservative",
    "Democrat",
    "Republican",
)
"""Party names a news lead writes before a politician's name ("Lib Dem Norman Baker", "Tory
Treasurer Lord Ashcroft"): the party, no part of the name."""

PARTY_OFFICES = frozenset(
    "treasurer chairman chairwoman co-chairman chair whip spokesman spokeswoman".split()
)
"""A party's offices that may follow its name before a person's ("Tory Treasurer"), which no
title list holds."""

COMPANY_TRADE_WORDS = frozenset(
    """motors microsystems airways airlines systems electronics industries technologies
    pharmaceuticals petroleum telecom communications networks media broadcasting
    entertainment records pictures studios""".split()
)
"""A company's trade as the second word of its name ("Sun Microsystems", "Mitsubishi
Motors", "RDF Media"), which an article drops after naming it ("Sun said", "RDF's action"):
the first word is the company."""

FIRM_NAME_ENDS = frozenset("financial resources stores brands foods mining minerals".split())
"""Last words of a company's full name which news drops after naming it once, keeping the
word(s) before ("Sumitomo Mitsui Financial" ... "Sumitomo said", "WMC Resources" ... "WMC",
"Federated Department Stores" ... "Federated", "Yum Brands", "Tyson Foods"): the holding's
own name, like ``COMPANY_TRADE_WORDS`` (actors44's pairs, actors46). Not "capital",
"energy", "oil", "insurance" or "bank": those end the names of a firm's units as often
("GE Capital", "EDF Energy", "Shell Oil"), and a parent is no page of its subsidiary."""

FIRM_ENDS = COMPANY_TRADE_WORDS | FIRM_NAME_ENDS
"""Last words of a firm's full name that news drops after naming it once."""

SHORT_HONORIFICS = ("Mr", "Mrs", "Ms", "Dr")
"""The short honorifics before a person's name ("Mr Stone", "Dr Fauci"): the one list that
``SURNAME_HONORIFICS``, ``article.HONORIFICS`` and the given-name test build on."""

SURNAME_HONORIFICS = frozenset(SHORT_HONORIFICS) | {f"{h}." for h in SHORT_HONORIFICS} | {"Miss"}
"""Honorifics before a surname ("Mr Stone", "Mr. Stone", "Miss Jones"): a person's, whatever
label the NER gives."""

OCCASION_NOUNS = frozenset("event events exhibition".split())
"""Lower-case nouns of an occasion a name stands before ("Sun's quarterly Network Computing
event"): a name written so, and never acting, is the occasion's. Not "programme": "the BBC
World Service programme Go Digital" names the broadcaster that airs it."""

MATCH_NOUNS = frozenset(
    """match matches clash fixture fixtures tie game games final finals quarter-final
    quarter-finals semi-final semi-finals leg opener decider qualifier qualifiers showdown
    encounter title titles appearances winner debut""".split()
)
"""Lower-case nouns of a sports competition's matches, titles and seasons a competition's
name stands before ("Wednesday's |Champions League| clash", "the Champions League
quarter-final", "20 |Serie A| appearances"): read with ``COMPETITION_HEADS``, since a team's
name stands there too ("the Barcelona game"), and a team is an actor (actors39). Not
"campaign", "clashes" or "ties", said of a party ("the Awami League campaign", "Muslim League
clashes with police", "Arab League ties with Syria"); "final" not before a document's or a
meeting's noun ("the Arab League final communique", ``things._GOODS_AFTER``)."""

COMPETITION_HEADS = frozenset(
    "league leagues nations series open masters slam prix marathon rally classic".split()
)
"""Last words of a competition's name ("Champions League", "Six Nations", "Australian
Open", "Dakar Rally"): before a ``MATCH_NOUNS`` noun, and never acting, the name is the
competition's. Alone they name bodies too ("Arab League", "National Rally"), which act."""

BODY_WORDS_BEFORE_HEADS = frozenset(
    """of for united arab muslim islamic jewish hindu awami national democratic republican
    socialist popular patriotic people's""".split()
)
"""Words that, before a ``COMPETITION_HEADS`` word, make the name a body's: "League of
Nations", "Assembly of First Nations", "Rally for the Republic", "United Nations", "Arab
League", "Muslim League", "Awami League", "National Rally", "Democratic Rally". A
competition's name holds none ("Champions League", "Six Nations", "Dakar Rally"); the bodies
that run "the National League" are actors too (fix70, invented probes: "the Arab League final
resolution", "the League of Nations final years", "a Muslim League clash with the army")."""

MATCH_NOUN_IDIOMS = frozenset(
    """blame shouting slanging waiting numbers guessing end power mind war election poll
    prize award""".split()
)
"""Words that, before a ``MATCH_NOUNS`` noun, make an idiom of politics, no match: "the Arab
League blame game", "an Arab League shouting match", "the Muslim League election winner"
(fix70)."""

MATCH_NOUN_FOLLOWERS = frozenset(
    """first second third leg legs tie ties replay decider race hopes bid chances defence
    run spot place berth draw victory win defeat loss winners holders""".split()
)
"""Nouns a match's noun modifies in sport ("the Champions League quarter-final second leg",
"the Six Nations title decider", "the Champions League title race"): any other noun after it
("the Arab League final resolution", "the Assembly of First Nations title claim", "the
Football League game plan") makes the match's noun a modifier, "final" an adjective, and the
name no competition's (``things._MATCH_ENDS``, fix70)."""

SPORTS_COMPETITIONS = frozenset(
    {
        "Champions League",
        "Europa League",
        "Serie A",
        "Serie B",
        "La Liga",
        "Primera Liga",
        "Bundesliga",
        "Ligue 1",
        "Six Nations",
        "Tri Nations",
        "Copa Libertadores",
    }
)
"""Football and rugby competitions BBC sport news names in passing, often with no noun of a
match after ("play in the Champions League", "challenges for the Champions League and the
title"), which the NER reads as organisations: events (GOLD.md), never actors. Not the
"Premier League" or the "Football League", the bodies that run theirs (actors39)."""

TITLED_NOUNS = frozenset(
    """speech speeches lecture talk address keynote drill drills exercise exercises manoeuvres
    maneuvers operation book novel memoir report film documentary song album play show
    programme program series podcast conference summit festival concert tour campaign
    slogan rally initiative project plan scheme exhibition event""".split()
)
"""Nouns of a work, an occasion or a plan that "entitled", "titled", "called", "dubbed" or
"known as" give the name of ("a speech entitled |Global Relations|", "the military drill
known as |Baptise Ngeri|"): the name is the thing's, not an actor's (actors105). Not a
body's or a people's noun ("a group called …", "a militia known as …")."""

AUTHORING_VERBS = frozenset("published wrote authored penned".split())
"""Verbs whose object right after them is a work ("published the bestselling Being
Digital")."""

# Found auditing BBC politics and entertainment news (actors23): a name's sentence-opening
# word, a stage name's real one, a company's media trade.

PRONOUN_WORDS = frozenset("he she it we they i you this that these those".split())
"""Pronouns that may stand before "and" and a person's name ("She and John McCririck faced
the vote"): no given name sharing the surname, as "Tomasz and Marek Sekielski" is."""

OPENING_DESCRIPTORS = frozenset(
    """bookmaker bookmakers broadcaster broadcasters retailer insurer lender carmaker airline
    supermarket publisher""".split()
)
"""Nouns of a company's trade that open a sentence capitalised before its name ("Bookmaker
Ladbrokes said"), which the NER glues to the name: the name is the rest. Not "giant" or
"firm", which open names ("Giant Eagle")."""

REAL_NAME_BEFORE = r"\s*(?:,|\(|[-–—])?\s*(?:whose |his |her |born )?real name(?: is| was)?:?\s*$"
"""The words between a stage name and the real name after it ("Mars - real name Bob Allen
Deal", "The Game, whose real name is Jayceon Taylor"): one person."""

KNOWN_AS_BEFORE = (
    r"(?:\s*\([^()]*\))?(?:\s*[,(]\s*|\s+)(?:also |commonly |popularly |better |widely "
    r"|formerly |previously |once |originally |then )?known as\s+(?:the\s+)?$"
    r"|(?:\s*\([^()]*\))?\s*[,(]\s*(?:also |commonly |popularly |better |widely "
    r"|formerly |previously |once |originally |then )?called\s+(?:the\s+)?$"
    r"|(?:\s*\([^()]*\))?\s*[,(]\s*(?:formerly|previously)(?: named)?\s+(?:the\s+)?$"
)
NAMED_UNTIL_BEFORE = r"\s*[,(]\s*named\s+(?:the\s+)?$"
"""'The Constitution Party, named the U.S. Taxpayers' Party until 1999': "named" bare only with
the year that ends the old name after it (``UNTIL_CLOSED``); "X, named the best firm" is no
other name."""

UNTIL_CLOSED = (
    r"\s+until\s+(?:\d{4}|January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b"
)
"""The date a former name ended, right after it ("formerly the U.S. Taxpayers' Party until
1999,"): the aside goes on, but the name is whole."""
"""The words between an organisation's name and another name of it ("The Toronto-Dominion
Bank, known as TD", "First Moscow State Medical University (First MSMU), also called Sechenov
University", "the Islamic State (also known as Daesh)"): the text says they are one. "Called"
only after a comma or a bracket: "Greenpeace called the WWF's plan" is a verb. A former name
too ("the Constitution Party (formerly the U.S. Taxpayers Party)", "Gazprom Neft, formerly
known as Sibneft", "X (previously Y)", "X, then known as Y"): the body is one, the old name an
alias of the new, which comes first; "formerly" and "previously" bare only after a comma or a
bracket."""

RENAMED_BEFORE = (
    r"\s*[,(]\s*(?:which was |that was |later |since |and |then |subsequently )?"
    r"renamed\s+(?:as\s+)?(?:the\s+)?$"
)
"""The words between a body's old name and its new one ("the Zimbabwe African National Union,
renamed ZANU-PF in 1987", "X (later renamed Y)"): one body, named by the new name, which comes
second; after a comma or a bracket only ("the party renamed its leader" has neither)."""

RENAMED_CLOSED = (
    r"\s+in\s+(?:\d{4}|January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\b"
)
"""A date the renaming names right after the new name ("renamed ZANU-PF in 1987,"): the aside
goes on, but the name is whole."""

BROADCAST_WORK_NOUNS = frozenset("show programme".split())
"""Nouns written right before a broadcast's title ("its programme |Fear Factor|", "the show
|Trading Moms|"), as ``WORK_NOUNS`` are before a film's: the name is the broadcast's."""

BROADCAST_DETERMINERS = frozenset("the a an its his her their our this that".split())
"""Words that open the noun phrase of a broadcast's noun ("its programme Fear Factor"): with
them "show" is a noun, not the verb of "polls show |Labour| ahead" (fix42)."""

BROADCAST_MODIFIERS = frozenset(
    """tv television radio talk chat game reality quiz comedy news sports arts cookery music
    hit new current affairs breakfast morning evening late-night documentary flagship popular
    satirical sketch weekly daily cult long-running award-winning variety dating talent
    children's consumer drama""".split()
)
"""Words between a determiner and a broadcast's noun ("the hit reality show", "a BBC
current affairs programme", with names of channels): a broadcast, not "the nuclear programme
|Iran| runs" or "the figures show |Gordon Brown| ahead" (fix42)."""

WORK_OF_NOUNS = frozenset("remake adaptation sequel episode episodes".split())
"""Nouns of a work made of another written before its title with 'of' or 'to' ("a remake of
|Tom Brown|'s Schooldays"): the name is a work's."""
