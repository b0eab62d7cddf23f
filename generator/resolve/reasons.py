"""One catalogue of why the non-actor rules (``nonactors``, ``things``, resolve's jargon rule)
reject a name, and of why resolve leaves out or reads as another a name the NER proposed
(``RS-`` codes: ``collect``'s rules, the briefing-wide passes), so that no name is dropped
without a line in the review (review17).

Each reason has a short code that stays when its wording changes, and the text the review
page shows after it: an editor sees which rule rejected a name ("[NA-WORK]") and can count or
search a long queue by rule, which free text scattered over two modules did not allow.
"""

from __future__ import annotations

from enum import Enum


class NotActor(Enum):
    """A rule's reason: its code and its text, with fields ("{noun}") the rule fills in."""

    # nonactors: words around the name show it is something else
    WORK = ("NA-WORK", "a {noun}'s title: the text calls it a {noun}")
    LISTED_WORK = ("NA-LISTED-WORK", "a title in a list of {noun} ('{noun} such as …')")
    STARRING = ("NA-STARRING", "a work's title: the text names who stars in it ('…, starring')")
    TITLE_SHAPE = ("NA-TITLE-SHAPE", "a work's title: '… and the Noun of …' follows it")
    NUMBERED_TITLE = ("NA-NUMBERED-TITLE", "a work's title: a possessive and a number ('…'s 12')")
    CHARACTER = ("NA-CHARACTER", "a fictional character: the text calls it a character")
    OWNER_GLUED = ("NA-OWNER-GLUED", "a person's name glued to what they own ('…'s Title')")
    OWNED_THING = (
        "NA-OWNED",
        "a thing of '{owner}' glued to its owner ('{owner}'s …'): no actor's own name",
    )
    TITLE_TAIL = ("NA-TITLE-TAIL", "cut from a title ('Lord of the …'), never written alone")
    PRODUCT_VOTE = (
        "NA-PRODUCT",
        "a product or a work: {n} mentions read as one ('{shape}'), none as a firm",
    )
    CUT_BEFORE_AND = ("NA-CUT-AND", "cut from a longer name ('{longer} …'), not one of its own")
    PEOPLES = ("NA-PEOPLES", "a people or species named as a whole, not an actor")
    PEOPLE = ("NA-PEOPLE", "a people ('{name}'), not an actor")
    PLACE_GLUED = ("NA-PLACE-GLUED", "a place ('{place}') glued to the words after it, not a name")
    LOWER_CASE_ACRONYM = (
        "NA-LOWER-ACRONYM",
        "stands for '{long}', written in lower case: no actor's name",
    )
    CONTEST = ("NA-CONTEST", "an event ('… {word}'), not an actor")
    CUT_AT_HYPHEN = (
        "NA-CUT-HYPHEN",
        "cut from a hyphenated name ('{name}-…'), never written alone",
    )
    CUT_BEFORE_PRODUCT = (
        "NA-CUT-PRODUCT",
        "cut from a product's name ('{name} {word} …'), never written alone",
    )
    CUT_AT_SLASH = ("NA-CUT-SLASH", "cut from a compound name ('{name}/…'), never written alone")
    SHIP_CUT = (
        "NA-SHIP-CUT",
        "a ship's name cut before its number ('{name} {number}'): the ship, not its operator",
    )
    STAFF = (
        "NA-STAFF",
        "the people of '{body}' (its staff, members or followers: a plural of its name), "
        "not an actor",
    )
    OFFICE_CUT = ("NA-OFFICE-CUT", "an office's title ('{name}'), no person's name")
    DEVICE = ("NA-DEVICE", "a device ('{name}' the camera), not the outlet of that name")
    CALL_SIGN = ("NA-CALL-SIGN", "an aircraft's call sign ('{name}'), a vehicle, not an actor")
    STREET = ("NA-STREET", "a street's name: a place, not an actor")
    EPITHET = ("NA-EPITHET", "a nickname with no bearer named ('the {name}'), not an actor")
    # things: the words around the name show it is a thing
    GOODS = (
        "TH-GOODS",
        "a brand of goods: the text writes it before '{word}' and never has it act",
    )
    OCCASION = (
        "TH-OCCASION",
        "an occasion's name: the text writes it before '{word}' and never has it act",
    )
    COMPETITION = (
        "TH-COMPETITION",
        "a sports competition: the text writes it before '{word}' and never has it act",
    )
    LICENCE = (
        "TH-LICENCE",
        "a licence's name: the text writes it before '{word}' and never has it act",
    )
    AUTHORED = ("TH-AUTHORED", "a work's title: the text has it written or published")
    TITLED = (
        "TH-TITLED",
        "a work's, an occasion's or a plan's name: the text gives it after such a noun and "
        "'entitled', 'called' or 'known as'",
    )
    PORTFOLIO = ("TH-PORTFOLIO", "a minister's portfolio, written only before the title: no body")
    PORTFOLIO_OF = (
        "TH-PORTFOLIO-OF",
        "a minister's portfolio, written only as the office's ('Minister of …', '…, Minister'): "
        "no body",
    )
    PORTFOLIO_LISTED = (
        "TH-PORTFOLIO-LIST",
        "a minister's portfolio, heading a cabinet list's line ('… – Mthuli Ncube') or given "
        "('the portfolios of …', 'charge of …'): no body",
    )
    MADE_THING = (
        "TH-MADE",
        "a product: the text writes it 'made by' its maker or after its model's code "
        "('A-29 …'), never acting",
    )
    FIELD = (
        "TH-FIELD",
        "a field of study or a course: the text writes it as studied or taught ('studied …', "
        "'professor of …'), never acting",
    )
    PLANT = (
        "TH-PLANT",
        "a power plant: the text writes it with its capacity ('… (708 MW)') or as a plant's "
        "('… Hydroelectric Power plant')",
    )
    LAW_CUT = ("TH-LAW-CUT", "the start of a law's title cut at its parenthesis, not an actor")
    POLICY = ("TH-POLICY", "a policy ('… Policy'), not an actor")
    JARGON = ("TH-JARGON", "an acronym of a technology, a format or finance jargon, not an actor")
    TAX = ("TH-TAX", "a tax or a public grant, not an actor")
    VERSIONED = (
        "TH-VERSION",
        "a product: the text writes it with a version number, never acting",
    )
    QUOTED_ITEM = ("TH-QUOTED-ITEM", "an item's name: the text quotes it after 'a' ('a “…”')")
    VEHICLE = ("TH-VEHICLE", "a vehicle (aircraft, ship, train): the text writes it only 'aboard'")
    CRAFT_BY_MAKER = (
        "TH-CRAFT-MAKER",
        "a craft named by its maker ('a … 777', 'the …'), the maker never named bare",
    )
    # resolve's jargon rule: no mention acts, and the words say what the name is
    KIND_OF_THING = ("TH-KIND", "named as a kind of thing ('{thing} {name}'), never acting")
    MODIFYING_ACRONYM = (
        "TH-ACRONYM-MODIFIER",
        "an acronym never spelt out, modifying a noun ('{name} …')",
    )
    ACRONYM_USED = (
        "TH-ACRONYM-USED",
        "an acronym never spelt out, only run, used or read ('use {name}') or modifying a noun",
    )
    COMMON_NOUNS = (
        "TH-COMMON-NOUNS",
        "common nouns the articles write in lower case, never acting",
    )
    PRODUCT_OF = ("TH-PRODUCT-OF", "a product of '{head}' ('{last}'), never acting")
    # resolve's collect: the NER's span read as a part of something else, never as a name
    OFFICE_OR_RANK = (
        "RS-OFFICE",
        "written only before '{word}': read as an office's name or people ('{name} {word}'), "
        "not the body",
    )
    CUT_FROM_LONGER = ("RS-CUT", "read as cut from a longer name ('{longer} {name}')")
    TITLE_END = ("RS-TITLE-END", "read as the end of a title ('The … and {name}')")
    STATE_MODIFIER = (
        "RS-STATE-MODIFIER",
        "a state written only as a modifier ('the {name} election', '{name}-based')",
    )
    STATE_CHAMBER = ("RS-STATE-CHAMBER", "a U.S. state's chamber ('state {name}'), no nation's")
    SEAT_ELSEWHERE = (
        "RS-SEAT",
        "a seat of government's name in an article that never names its state ('{state}')",
    )
    PRONOUN_US = ("RS-PRONOUN-US", "the pronoun 'us' in capitals ('Help US')")
    DATELINE_PLACE = (
        "RS-DATELINE-PLACE",
        "part of the place a dateline opens with, in capitals ('{place}:')",
    )
    SESSION = (
        "RS-SESSION",
        "the UN General Assembly's yearly session ('attend the …'): an event, the body acting"
        " nowhere here",
    )
    # resolve's briefing-wide passes: the name read as another one
    READ_AS = ("RS-READ-AS", "read as '{other}' where the briefing writes it, never on its own")
    READ_AS_REJECTED = (
        "RS-READ-AS-REJECTED",
        "read as '{other}', no actor there, never on its own",
    )
    READ_AS_NOTHING = ("RS-READ-AS-NOTHING", "cut or joined into other names, never on its own")

    def __init__(self, code: str, text: str) -> None:
        self.code = code
        self.text = text

    def why(self, **fields: str) -> str:
        """The reason as the review shows it: the text, its fields filled in, then the code."""
        return f"{self.text.format(**fields)} [{self.code}]"
