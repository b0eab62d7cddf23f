"""The words extraction looks for, and the event types with their CAMEO and PLOVER codes.

The pipeline runs without spaCy's lemmatizer (it costs time and the parser does not need
it), so verbs are listed with their inflections, built by ``forms``. Everything here is data:
adding a cue or an event word is one line, and the tests name the sentences it must catch.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..words import OPENING_FUNCTION_WORDS as OPENING_FUNCTION_WORDS  # as resolve
from ..words import POSSESSIVES as POSSESSIVES  # one owner's ending for both stages

_IRREGULAR = {
    "say": ("said",),
    "read": ("read",),
    "tell": ("told",),
    "write": ("wrote", "written"),
    "speak": ("spoke", "spoken"),
    "become": ("became",),
    "stand": ("stood",),
    "meet": ("met",),
    "hold": ("held",),
    "uphold": ("upheld",),
    "strike": ("struck", "stricken"),
    "shoot": ("shot",),
    "fight": ("fought",),
    "withdraw": ("withdrew", "withdrawn"),
    "pull": (),
    "quit": ("quit",),
    "die": ("died", "dying", "dies"),
    "agree": ("agreed", "agreeing", "agrees"),
    "sign": (),
    "ratify": ("ratified", "ratifies"),
    "deny": ("denied", "denies"),
    "vow": (),
    "reply": ("replied", "replies"),
    "tweet": (),
    "slay": ("slew", "slain"),
    "sentence": ("sentenced", "sentencing", "sentences"),
    "seize": ("seized", "seizing", "seizes"),
    "stress": ("stressed", "stressing", "stresses"),
    "arrive": ("arrived", "arriving", "arrives"),
    "leave": ("left",),
    "break": ("broke", "broken"),
    "bring": ("brought",),
    "freeze": ("froze", "frozen"),
    "set": ("set",),
    "shell": (),
    "sanction": (),
    "take": ("took", "taken"),
    "run": ("ran",),
    "swear": ("swore", "sworn"),
    "keep": ("kept",),
    "put": ("put", "putting"),
    "overthrow": ("overthrew", "overthrown"),
    "sell": ("sold",),
    "buy": ("bought",),
    "win": ("won", "winning"),
    "give": ("gave", "given"),
    "go": ("went", "gone", "goes"),
    "lead": ("led",),
    "lose": ("lost",),
    "sweep": ("swept",),
    "send": ("sent",),
    "make": ("made",),
    "shake": ("shook", "shaken"),
    "blow": ("blew", "blown"),
    "fly": ("flew", "flown"),
    "have": ("had", "has"),
    "come": ("came",),
    "see": ("saw", "seen"),
    "shut": ("shut", "shutting"),
}
"""Inflections regular rules miss; the first listed, when any, is the simple past (``past``)."""


_DOUBLED = frozenset(
    "admit commit plan ban stop drop ship spot refer step acquit expel hit stab run quip dub "
    "label transfer confer kidnap travel snap ram lob".split()
)
"""Verbs that double their last consonant before "-ed" and "-ing" ("admitted")."""


def forms(*verbs: str) -> frozenset[str]:
    """Every inflection of regular English verbs, plus the irregular ones listed above. A verb
    the table lists takes no regular "-ed" ("shot", not "shooted"), nor a regular "-ing" when
    the table gives one ("winning", not "wining"): no non-word to subtract where it is used.
    A verb ending in "-ee" keeps its "e" ("seeing", "freed"); the third person is
    ``present``'s ("vetoes", "reaches", "laughs")."""
    out: set[str] = set()
    for verb in verbs:
        out.add(verb)
        irregular = _IRREGULAR.get(verb, ())
        out.update(irregular)
        regular: set[str] = set()
        stem = verb[:-1] if verb.endswith("e") and not verb.endswith("ee") else verb
        if verb.endswith("y") and verb[-2] not in "aeiou":
            regular.update({verb[:-1] + "ied", verb[:-1] + "ies", verb + "ing"})
        else:
            past = verb + "d" if verb.endswith("e") else verb + "ed"
            regular.update({past, stem + "ing", *present(verb)})
        if verb in _DOUBLED:
            regular.update({verb + verb[-1] + "ed", verb + verb[-1] + "ing"})
        if irregular:
            regular = {w for w in regular if not w.endswith("ed")}
        if any(w.endswith("ing") for w in irregular):
            regular = {w for w in regular if not w.endswith("ing")}
        out.update(regular)
    return frozenset(out)


def past(*verbs: str) -> frozenset[str]:
    """The simple past of each verb ("said", "warned", "denied"), for patterns that want the
    tense of a report, not every inflection ``forms`` gives."""
    out: set[str] = set()
    for verb in verbs:
        if _IRREGULAR.get(verb):
            out.add(_IRREGULAR[verb][0])
        elif verb.endswith("y") and verb[-2] not in "aeiou":
            out.add(verb[:-1] + "ied")
        elif verb in _DOUBLED:
            out.add(verb + verb[-1] + "ed")
        else:
            out.add(verb + ("d" if verb.endswith("e") else "ed"))
    return frozenset(out)


def present(*verbs: str) -> frozenset[str]:
    """The third person singular present of each verb ("says", "denies")."""
    return frozenset(
        "has"
        if verb == "have"
        else verb[:-1] + "ies"
        if verb.endswith("y") and verb[-2] not in "aeiou"
        else verb + ("es" if verb.endswith(("s", "x", "z", "ch", "sh", "o")) else "s")
        for verb in verbs
    )


def alternatives(words: Iterable[str]) -> str:
    """The words as a regular expression's alternatives, longest first so that none stops
    short at a shorter one it begins with."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


ENTER = forms("enter")
"""Entering a body or an agreement ("entered parliament", "entered into a partnership")."""


PACT_HEADS = frozenset("plan partnership compact declaration charter statute".split())
"""Last words of the names of agreements that name no agreement noun ("the Joint
Comprehensive Plan of Action", "the Trans-Pacific Partnership", "the Sino-British Joint
Declaration", "the Rome Statute"): an agreement when a verb of agreements governs the name
or it says "Joint"."""

SPEECH = forms(
    "say", "tell", "add", "write", "state", "announce", "claim", "note", "insist", "warn",
    "declare", "explain", "reply", "respond", "tweet", "argue", "allege", "assert", "comment",
    "continue", "remark", "stress", "emphasise", "emphasize", "acknowledge", "admit", "urge",
    "call", "describe", "speak", "post", "conclude", "question", "suggest", "affirm",
    "confirm", "predict", "recall", "believe", "promise", "vow", "pledge", "demand", "ask",
    "accuse", "deny", "charge", "maintain", "caution", "reiterate", "proclaim", "decry",
    "criticise", "criticize", "condemn", "praise", "thank", "observe", "testify", "concede",
    "read", "refer", "characterise", "characterize", "dub", "label", "term", "recount",
    "quip", "rule",
) | {"found"}  # fmt: skip
"""Verbs that attribute quoted words to their subject; a court "ruled" or "found" its words
("found" alone: "find" is no cue for what was found)."""
SPEECH_NOUNS = frozenset(
    "statement tweet post message speech interview letter remarks comments address "
    "summary ruling decision judgment judgement decree communique communiqué filing "
    "announcement".split()
)
"""Nouns that carry a quotation ("in a statement, ..."; "according to a tweet by X"); a
document speaks for whoever issued it ("the court's summary concluded")."""
PRONOUNS = frozenset("he she they it we i him her them us".split())


def is_pronoun(word: str) -> bool:
    """A personal pronoun, not "US" (the state: "an incident the US called "outrageous"" was
    read as "us", and the quotation given to whoever was named before)."""
    return word.casefold() in PRONOUNS and (word == "I" or not word.isupper())


_EVENT_WORDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # type: (verbs, nouns)
    "meeting": (
        ("meet", "host", "negotiate"),
        ("meeting", "talks", "summit", "negotiations"),
    ),
    "visit": (("visit",), ("visit", "trip")),
    "strike": (
        ("attack", "strike", "bomb", "shell", "raid", "invade", "target", "hit", "battle",
         "clash", "ambush"),
        ("attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "bombing",
         "bombings", "offensive", "invasion", "raid", "raids", "assault", "shelling",
         "ambush", "clashes"),
    ),
    "assault": (("stab", "assault", "rape"),
                ("stabbing", "stabbings", "shooting", "shootings")),
    "killing": (("kill", "assassinate", "murder", "execute", "slay"),
                ("killing", "killings", "assassination", "assassinations", "murder", "murders",
                 "execution", "executions")),
    "arrest": (("arrest", "detain", "jail", "imprison", "indict", "extradite", "charge"),
               ("arrest", "arrests", "detention", "indictment")),
    "sentencing": (("sentence", "convict"), ("conviction", "sentencing")),
    "sanctions": (("sanction", "ban", "blacklist", "embargo", "expel"),
                  ("sanctions", "embargo", "ban")),
    "protest": (("protest", "demonstrate", "rally"), ("protest", "protests", "demonstration",
                                                       "demonstrations", "rally", "walkout",
                                                       "walkouts", "riot", "riots", "rioting")),
    "election": (("elect", "vote", "re-elect", "veto"),
                 ("election", "elections", "vote", "referendum", "re-election", "reelection",
                  "veto")),
    "statement": (("announce", "declare", "condemn", "pledge", "vow", "promise", "reject",
                   "demand", "propose", "deny", "criticise", "criticize", "warn",
                   "call", "urge", "claim",
                   "decry", "denounce", "deplore", "endorse", "praise", "commend",
                   "congratulate"),
                  ("announcement", "declaration", "proclamation", "decree", "statement",
                   "speech", "condemnation", "criticism", "pledge",
                   "demand", "demands", "denial")),
    "accusation": (("accuse",), ("accusation", "accusations")),
    "threat": (("threaten",), ()),  # not the noun: "a threat to democracy" is a danger
    "apology": (("apologise", "apologize"), ("apology", "apologies")),
    "pardon": (("pardon",), ("pardon", "pardons", "commutation", "commutations")),
    "illness": (("hospitalise", "hospitalize", "diagnose"), ("surgery",)),
    "request": ((), ("request", "requests")),  # the verbs only with a cue (``_asks``)
    "resignation": (("resign", "retire"), ("resignation", "retirement")),
    "dismissal": (("oust", "dismiss", "fire", "sack", "topple", "overthrow", "depose"),
                  ("ouster", "dismissal", "overthrow")),
    "impeachment": (("impeach",), ("impeachment",)),
    "death": (("die",), ("death",)),
    "funeral": ((), ("funeral", "funerals", "burial")),  # the verb only with a cue (``_buried``)
    "disappearance": ((), ("disappearance",)),  # the verbs only with a cue (``_goes_missing``)
    "birth": ((), ("birth",)),
    "withdrawal": (("withdraw",), ("withdrawal",)),
    "ruling": (("rule", "overturn", "uphold", "acquit", "quash"),
               ("ruling", "verdict", "judgment", "judgement")),
    "appointment": (("appoint", "nominate", "inaugurate", "designate"),
                    ("appointment", "inauguration")),
    "suspension": (("suspend", "prorogue", "adjourn"), ("suspension", "prorogation",
                                                        "shutdown")),
    "lawsuit": (("sue",), ("lawsuit", "lawsuits")),
    "founding": ((), ("founding",)),
    "investigation": (("investigate",), ("investigation", "probe")),
    "subpoena": (("subpoena",), ("subpoena", "subpoenas")),  # evidence compelled; no arrest
    "handover": (("cede", "relinquish"), ("handover", "hand-over", "cession", "retrocession")),
    "seizure": (("seize", "annex", "capture", "confiscate", "impound", "kidnap", "abduct",
                 "hijack"),
                ("seizure", "seizures", "annexation", "kidnapping", "kidnappings", "abduction",
                 "abductions", "hijacking")),
}  # fmt: skip
CAMEO_VERBS = Path(__file__).parents[1] / "data" / "cameo_verbs.txt"
"""Verbs of CAMEO's verb dictionary (PETRARCH2's ``CAMEO.2.0.txt``, MIT licence) with the
type of ours their code or synset gives; the file's header says how they were chosen."""
CAMEO_PATTERNS = Path(__file__).parents[1] / "data" / "cameo_patterns.txt"
"""CAMEO's several-word entries and simple verb patterns ("open fire", "take into custody")
with the type of ours their code gives; the file's header says which and why (events58)."""
CAMEO_DIGEST = hashlib.sha256(CAMEO_VERBS.read_bytes() + CAMEO_PATTERNS.read_bytes()).hexdigest()[
    :16
]
"""Part of the annotation cache key beside ``MATCHER_VERSION``: an edit of the data file
changes what ``match`` finds without a code change, and must not read back stale frames."""


@dataclass(frozen=True)
class CameoVerb:
    """One verb of ``CAMEO_VERBS``: CAMEO's code and synset for it, our event type, and the
    inflections ``forms`` would miss ("stole", "overran")."""

    verb: str
    cameo: str
    synset: str
    type: str
    irregular: tuple[str, ...]


def read_cameo_verbs(path: Path = CAMEO_VERBS) -> tuple[CameoVerb, ...]:
    """The verbs of a CAMEO verb file, in file order. A type that is none of the hand list's
    is an error, so that a typo fails at import instead of inventing a type."""
    out = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 5 or fields[3] not in _EVENT_WORDS:
            raise ValueError(f"{path.name}:{number}: bad CAMEO verb line {line!r}")
        verb, cameo, synset, type_, irregular = fields
        out.append(CameoVerb(verb, cameo, synset, type_, tuple(irregular.split())))
    return tuple(out)


def read_cameo_left_out(path: Path = CAMEO_VERBS) -> frozenset[str]:
    """The words a CAMEO verb file's "# out" lines leave out, each with every inflection: the
    verb of a dropped line ("# out (review18) repel [strike]: …", "# out march: …") and the
    lower-case words a synset's line lists before its reasons ("# out DESTROY [190]: annihilate
    decimate devastate (…); beat best …"). A verb weighed and turned down is no act of its own
    for the general proposal either (``events.general``): "repelled a shot" is sport."""
    verbs: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("# out "):
            continue
        head, _, reasons = line.removeprefix("# out ").partition(":")
        named = re.sub(r"\([^)]*\)|\[[^]]*\]", " ", head).split()
        if named and named[0].islower():
            verbs.add(named[0])
            continue
        for part in reasons.split(";"):
            listed = part.partition("(")[0].split()  # the words, not the reason after them
            verbs.update(word for word in listed if word.isalpha() and word.islower())
    # (a line of reasons alone adds a few words no verb: harmless.) A final consonant after
    # one vowel is doubled too ("repelled", "outlawed" as it is): ``forms`` leaves doubling
    # to its table of irregulars, and a word too many here only keeps a proposal out.
    doubled = {
        f"{verb}{verb[-1]}{ending}"
        for verb in verbs
        if re.search(r"[^aeiou][aeiou][bdgklmnprt]$", verb)
        for ending in ("ed", "ing")
    }
    return forms(*sorted(verbs)) | doubled


def cameo_event_verbs(verbs: Iterable[CameoVerb]) -> dict[str, str]:
    """Each inflection of the CAMEO verbs to its type (the hand list's forms win over these
    in ``EVENT_VERBS``)."""
    return {form: v.type for v in verbs for form in sorted(forms(v.verb) | set(v.irregular))}


@dataclass(frozen=True)
class CameoPattern:
    """One line of ``CAMEO_PATTERNS``: a verb (its lemma) with the particle, object words and
    preposition + object words that make it an act of ``type``. Empty means not required;
    ``("*",)`` any word (required)."""

    verb: str
    particle: str
    objects: tuple[str, ...]
    preposition: str
    targets: tuple[str, ...]
    cameo: str
    synset: str
    type: str
    irregular: tuple[str, ...] = ()


def read_cameo_patterns(path: Path = CAMEO_PATTERNS) -> tuple[CameoPattern, ...]:
    """The patterns of a CAMEO pattern file, in file order; a bad line (or a type none of
    ours) fails at import with its file and line."""
    out = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 10 or fields[7] not in _EVENT_WORDS:
            raise ValueError(f"{path.name}:{number}: bad CAMEO pattern line {line!r}")
        verb, particle, objects, prep, targets, cameo, synset, type_, irregular, _ = fields

        def words(field: str) -> tuple[str, ...]:
            return () if field == "-" else tuple(field.split(","))

        out.append(
            CameoPattern(
                verb,
                "" if particle == "-" else particle,
                words(objects),
                "" if prep == "-" else prep,
                words(targets),
                cameo,
                synset,
                type_,
                tuple(irregular.split()),
            )
        )
    return tuple(out)


def cameo_patterns_by_verb(
    patterns: Iterable[CameoPattern],
) -> dict[str, tuple[CameoPattern, ...]]:
    """Each inflection of a verb to its patterns, in file order (the first that matches
    wins); the model has no lemmatizer, so the forms are spelt out."""
    out: dict[str, tuple[CameoPattern, ...]] = {}
    for pattern in patterns:
        for form in sorted(forms(pattern.verb) | set(pattern.irregular)):
            out[form] = (*out.get(form, ()), pattern)
    return out


CAMEO_LEFT_OUT = read_cameo_left_out()
"""Every inflection of the verbs ``CAMEO_VERBS`` weighed and left out (``read_cameo_left_out``)."""
CAMEO_PATTERN_VERBS = cameo_patterns_by_verb(read_cameo_patterns())
"""An inflected verb to its CAMEO patterns (events/patterns.py, ``_cameo_pattern``)."""


EVENT_VERBS = {
    **cameo_event_verbs(read_cameo_verbs()),  # first: every hand-listed form below wins
    **{form: type_ for type_, (verbs, _) in _EVENT_WORDS.items() for form in forms(*verbs)},
    "born": "birth",  # not every form of "bear": "bears responsibility" is no birth
    **dict.fromkeys(("founded", "founds", "cofounded", "co-founded"), "founding"),
    **dict.fromkeys(("established", "establishes"), "founding"),  # not "to establish rules"
    # not "found": the past of "find" ("the court found")
}
"""Inflected verb to event type: the hand list's (with its guards elsewhere) over CAMEO's."""
_VERB_NOUNS: dict[str, tuple[str, ...]] = {
    # type: nouns naming the act of a verb this type already frames (the hand list's or
    # CAMEO's): "the capture of Gilad Shalit" is what "captured Gilad Shalit" is
    "seizure": ("capture", "captures", "confiscation", "confiscations", "demolition",
                "demolitions", "nationalisation", "nationalization"),
    "strike": ("bombardment", "bombardments", "siege", "skirmish", "skirmishes",
               "recapture"),  # CAMEO codes "recapture" as fighting (19x)
    "killing": ("massacre", "massacres", "beheading", "beheadings"),
    "assault": ("rampage", "scuffle", "scuffles"),
    "arrest": ("imprisonment", "incarceration", "warrant", "warrants"),  # an arrest warrant
    # only (``nominal._warrant``): "the ICC issued an arrest warrant for al-Bashir"
    "dismissal": ("coup", "coups", "putsch"),  # a government overthrown: "his 1994 coup"
    "founding": ("independence",),  # a state founded (``nominal._independence``): "won
    # independence from Portugal in 1974"
    "sanctions": ("boycott", "blockade", "expulsion", "expulsions"),
    "investigation": ("interrogation", "interrogations"),
    "statement": ("rebuke", "censure", "reprimand"),
    "ruling": ("acquittal", "annulment", "exoneration"),
    "withdrawal": ("disengagement",),
    "handover": ("capitulation",),
}  # fmt: skip
"""The nouns of our event verbs, one happening whichever word tells it. Left out, as their
verbs' cues or first senses are: "destruction", "theft" (mostly an unnamed thief's),
"retreat" (a gathering), "warning", "recognition" ("facial recognition"), "nomination" (a
candidacy), "extradition" (mostly asked for), "prosecution" (a party), "apprehension"
(fear), "battle" ("the battle against cancer"), "slaughter" (of animals)."""
EVENT_NOUNS = {
    **{noun: type_ for type_, nouns in _VERB_NOUNS.items() for noun in nouns},
    **{noun: type_ for type_, (_, nouns) in _EVENT_WORDS.items() for noun in nouns},
}
"""Event noun to type: the hand list's, then the nouns of the event verbs."""
GENERAL = "other"
"""The type of an act no word list names (``kinds.EVENT_TYPES``' catch-all): proposed by the
events' ``_general_act`` and named by merge from its actor and what was done, one name for
both."""
HARMED_THINGS = frozenset(
    "economy economies market markets country nation nations land planet environment system "
    "senses sense democracy truth language constitution industry ears eyes nostrils nose "
    "palate".split()
)
"""Things a violent verb harms only in a figure ("had raped the American economy", "assaults
the senses"): no assault (events53; the verbs of ``assault`` name harm done to people)."""
RECOGNISE = forms("recognise", "recognize")
RECOGNISED_THINGS = frozenset(
    "independence sovereignty statehood state states government governments regime status "
    "annexation election elections result results referendum republic authority authorities "
    "country nation existence border borders".split()
)
"""What a state recognises ("recognized China's market economy status", "recognised its
independence"): CAMEO's ACCLAIM verb makes a statement only of these, a named state or body,
or "as" ("recognised him as president"); in business and sport it is accounting, awards or
cognition ("recognized revenue", "was recognised with an award", "I recognise it would be")
(review18)."""
THROWN_AT = forms("bombard", "pelt")
HAIL = forms("hail")
"""CAMEO's ACCLAIM verb, which "hails from" (a birthplace) is not (review19)."""
MISSILES = frozenset(
    "shell shells shellfire rocket rockets missile missiles artillery mortar mortars bomb bombs "
    "firebombs grenade grenades stone stones rock rocks bullet bullets gunfire fire projectiles "
    "bottles drone drones airstrikes strikes munitions".split()
)
"""What an attacker bombards or pelts with ("bombarded the town with rockets"): with anything
else it is a figure ("bombarded Federer with heavy topspin", "pelted Microsoft with
complaints", "bombarded with pop-up ads"), no strike (review18)."""
ASSAULTED_PLACES = frozenset(
    "town towns city cities village villages stronghold strongholds base bases position "
    "positions camp camps compound building district area capital airport port outpost "
    "garrison checkpoint fortress hill island bridge trenches lines".split()
)
"""Places an army assaults ("assaulted the town of Marawi", "the rebel stronghold"): fighting,
a strike as the noun "assault" is, not harm done to people (review16; CAMEO 19, not 18)."""
OFFICES = frozenset(
    "president presidency prime premier premiership minister chancellor speaker leader "
    "governor mayor secretary chairman chairwoman chair head king queen pope ambassador "
    "office post power mate".split()
)
"""Offices whose taking is an appointment: "became prime minister", "assumed the presidency",
"took office", "took power", "regained power"."""
TAKE_OFFICE = forms("become", "assume", "take", "regain")
RISE_TO = forms("come", "rise", "return", "sweep", "climb") | {"came", "rose", "risen", "swept"}
"""With "to power": taking power ("since Putin came to power in 2000", "swept to power")."""
RUN = forms("run")
"""With "for" an office or "to be" one: standing in an election ("ran for president")."""
CANDIDACIES = frozenset(
    "office seat re-election reelection delegate senator representative congressman "
    "congresswoman mp councillor councilor".split()
)
"""What one runs for besides the offices taken ("ran to be a state delegate")."""
HOLD_OFFICE = forms("serve", "hold")
"""Verbs that are a time in office with "as" an office or a post held ("served as mayor",
"held the position"), dated by its start."""
POSTS = frozenset("post position office presidency premiership seat".split())
"""What is held when an office is ("had held the post since April 2018")."""
PASS = forms("pass", "approve", "adopt", "enact", "repeal")
"""Verbs that are a vote when what they pass is a law or motion ("the House passed a
resolution", "Congress enacted the law", "Parliament repealed the ban"); "passed the border"
and "approved the plan" (an agreement's) are not."""
PASSAGE = frozenset({"passage", "enactment", "repeal", "adoption"})
"""Nouns of a law voted through, with "of" it ("the passage of the Affordable Care Act")."""
LIFT = forms("lift", "ease", "end", "remove")
"""With a ban, sanctions or an embargo as object: easing them ("That ban was lifted in
2011", "the US eased sanctions on Sudan")."""
RESTRICTIONS = frozenset(
    "ban bans sanction sanctions embargo embargoes restriction restrictions blockade "
    "moratorium curfew curfews lockdown lockdowns".split()
)
"""What is lifted when sanctions are eased; a curfew or a lockdown too (CAMEO 0813 "ease
curfew", events65)."""
LEGISLATION = frozenset(
    "resolution resolutions bill bills law laws motion motions measure measures amendment "
    "amendments article articles budget legislation".split()
)
"""What a legislature passes."""
DEFEAT = forms("defeat", "unseat", "beat") | {"beaten"}
"""A person beating a person for an office: an election ("Hagan defeated incumbent Senator
Elizabeth Dole"), where ``BALLOT`` words are in the sentence."""
BALLOT = frozenset(
    "election elections vote votes primary ballot runoff re-election reelection incumbent "
    "candidate nominee nomination seat senator senate governor governorship mayor mayoralty "
    "congressman congresswoman representative mp parliament presidency".split()
)
SPEAK = forms("speak", "talk")
"""Verbs that are a meeting when someone named is spoken "with" ("spoke with Erdogan")."""
ASK = forms("ask", "request")
"""Verbs that are a request when someone named is asked for something ("Johnson asked Queen
Elizabeth II for this prorogation"), or with "request" anything named asked for."""
RELEASE = forms("release", "free")
"""Verbs that are a release when who is let go is a person ("Iran released the crew");
"released a statement" is a statement, "released findings" none."""
BAIL_GRANT = forms("grant")
"""With "bail" for object: someone let go on bail ("Biti was today granted bail", "the judge
granted him bail"), a release; not "granted a licence", "granted asylum"."""
BAILED = forms("bail")
"""Passive: someone let go on bail ("he was bailed until March"); not "bail out" a firm."""
CAPTIVES = frozenset(
    "him her prisoner prisoners hostage hostages detainee detainees captive captives "
    "crew crews suspect suspects man woman men women journalist journalists activist "
    "activists sailors".split()
)
"""Who is released when no name says it."""
LEAVE = forms("leave", "pull")
"""With troops as the subject or object: a withdrawal ("U.S. troops left Iraq in 2011",
"Russia pulled its forces out of Syria")."""
TROOPS = frozenset("troops forces soldiers army military contingent personnel".split())
FIGHTING = forms("battle", "clash")
"""Strike verbs that are a fight only between armed sides or crowds ("troops battled rebels",
"protesters clashed with police"); a rivalry or a struggle is none ("clashed with the
chairman", "battling to cut costs", "will battle it out for the award")."""
FIGHT = forms("fight")
"""A fight only in that context too, and no event verb else (CAMEO's first sense in news is a
struggle: "the government will fight corruption"): a cue ("forces loyal to Gaddafi fought their
way into the town")."""
FIGHT_NOUNS = frozenset(
    "fighting battle battles gunfight gunfights gunbattle gunbattles firefight firefights".split()
)
"""Nouns of a fight (CAMEO 190, PLOVER FIGHT; our ``strike``) when armed sides or crowds wage
it or a word of ``FIERCE`` says it is one ("heavy fighting near the border", "fighting between
insurgents and security forces", "a bloody battle with opposition fighters"); not "the battle
against cancer", "a political battle", "the fight against corruption"."""
FIERCE = frozenset(
    "heavy heavier fierce fiercest bloody intense pitched gun street armed sectarian tribal "
    "renewed deadly fresh running ferocious".split()
)
"""Words before a fight noun that make it one of arms ("heavy fighting", "a pitched battle",
"a 12-hour gun battle")."""
FIGURATIVE = frozenset(
    "political legal court courtroom electoral custody diplomatic verbal budget ideological "
    "uphill legislative constitutional procedural public-relations ratings".split()
)
"""Words before a fight noun that make it a contest of words or law ("a fierce political
battle", "a bitter legal battle", "a custody battle"): no fight."""
PROTESTERS = frozenset("protesters protestors demonstrators marchers rioters".split())
"""Who protests by being there: a crowd that gathers or assembles is a protest."""
CROWDS = PROTESTERS | frozenset(
    "thousands hundreds dozens tens crowds crowd supporters workers activists students "
    "unionists".split()
)
"""Heads of a crowd that marches or converges somewhere: a protest ("thousands of public
workers marched through the capital", "opposition supporters converged on Islamabad"); an
army marching on a town is an advance (``force._advances_on``)."""
MARCH = forms("march", "converge")
GATHER = forms("gather", "assemble")
FIGHTERS = TROOPS | frozenset(
    "army armies navy police policemen officers marines rebels militants insurgents fighters "
    "gunmen guerrillas militia militias militiamen separatists jihadists extremists "
    "terrorists protesters demonstrators rioters crowds mobs tribesmen forces".split()
)
"""Who fights a battle or a clash."""
PRIZES = frozenset(
    "award awards prize prizes medal medals honour honours honor honors decoration "
    "decorations knighthood".split()
)
"""Heads of what is awarded ("the Nobel Peace Prize", "the Presidential Medal of Freedom")."""
NAMED_PRIZES = frozenset("Order Star Cross Ratna Vibhushan Bhushan Legion".split())
"""Heads of what is awarded when capitalised, as a name's last word ("the Most Brilliant Order
of the Sun", "the Bharat Ratna", "the Intelligence Star"); "received an order" is no honour."""
TITLES = frozenset(
    "lord peer baroness baron knight dame commander companion officer member".split()
)
"""Honours one is made ("was made a lord", "was made Commander of the Order of the Bath"): an
award; "officer" and "member" only of an Order named ("made a Member of the Order of the
British Empire"; not "made a member of the committee")."""
MAKE = forms("make") | {"made"}
CASES_WON = frozenset(
    "case cases appeal appeals lawsuit suit damages compensation judgment judgement".split()
)
"""What a party to a case wins or loses in court ("won pounds 150,000 in libel damages from
the Daily Telegraph", "lost his appeal"): a ruling."""

AWARD_TO = forms("award", "confer", "bestow", "present")
"""Verbs of giving an honour: the giver acts, the one honoured is acted on ("Iyambo was awarded
the Most Brilliant Order of the Sun")."""
AWARDED = forms("receive", "win", "accept", "earn")
"""Verbs of getting an honour: the subject is the one honoured ("received the Bharat Ratna")."""
ISOLATION = frozenset("quarantine isolation self-isolation hospital".split())
"""Where one ill or exposed goes ("went into self-isolation", "was admitted to hospital")."""
DOPING = frozenset(
    "substance substances drug drugs doping steroid steroids stimulant stimulants meldonium "
    "nandrolone clenbuterol epo cocaine cannabis marijuana amphetamine amphetamines".split()
)
"""What one tests positive for in a doping case, not an illness ("tested positive for
meldonium")."""
WOUNDS = frozenset(
    "injury injuries injured wound wounds wounded burns stabbed stabbing attack attacked "
    "assault assaulted beaten beating crash accident collision explosion blast bombing".split()
)
"""Why one is taken into hospital when it is no illness ("hospitalised with injuries after
the crash", "after being stabbed"); the shooting words are ``SHOOT``."""
DANGERS = frozenset(
    "virus pandemic outbreak epidemic disease levels change warming crisis drought wildfire "
    "wildfires fire fires inflation recession".split()
)
"""Subjects that "threaten" as a danger does, no one's words ("rising sea levels threaten
Tuvalu"), besides the natural hazards."""
ENDANGERED = frozenset(
    "democracy peace stability security safety future economy economies lives life livelihoods "
    "existence sovereignty independence freedom freedoms rights health coast coastline region "
    "world environment jobs order integrity survival unity recovery growth".split()
)
"""What is "threatened" when it is put in danger, not threatened by anyone ("was threatening
democracy", "the storm threatened the coast")."""
CHARGES = frozenset("article articles charge charges count counts".split())
"""Subjects that "accuse" as the charges of an impeachment or an indictment do (that event's
words, not an accusation of their own: "the second article accused him of obstruction")."""
GO_INTO = forms("go", "enter", "admit", "place", "put")
"""Verbs of going or being put into quarantine or hospital ("went into quarantine", "was
admitted to hospital", "was placed in isolation"); not "taken to hospital", mostly the injured
of an attack or a crash told of elsewhere."""
GIVE = forms("give")
"""With a post as object and a person as the dative: an appointment ("Gandhi gave him
ministerial posts")."""
SEEK = forms("seek", "contest") | {"sought"}
"""With "not" and a re-election or another term: a retirement from office ("Alexander did not
seek reelection"), not an event that failed to happen."""
TERMS = frozenset("reelection re-election re term terms seat".split())
"""What one does not seek ("re" is "re-election" split by the tokenizer); not "the election",
which a party that boycotts it does not contest either."""
EMERGENCY = forms("impose", "declare", "proclaim", "enforce", "institute", "extend")
"""With martial law, a state of emergency or a curfew as object: emergency rule ("Marcos
imposed martial law in 1972")."""
ORDER = forms("order")
"""With a clause shutting or closing something: a suspension ("the government ordered ABS-CBN
shut")."""
SHUTTING = forms("shut", "close") | {"closure", "shutdown"}
HALT = forms("halt", "cease", "close", "shut")
"""With an object: a suspension by the subject ("the United States halted its food aid",
"China has ceased the repatriation of North Koreans"); "close" and "shut" only with a place
that serves the public for object (``FACILITIES``): "closed their embassies", never "closed
the deal" (an agreement completed) or "the polls closed"."""
MOVEMENTS = frozenset(
    "decline declines slide slides fall falls drop drops rise rises climb climbs slump "
    "slumps rally rallies advance advances retreat retreats descent ascent downturn "
    "downturns increase increases decrease decreases growth gain gains loss losses "
    "losing slowdown momentum streak".split()
)
"""What a price, a market or a firm's figures do, which "halt" or "cease" takes for object
without anyone's act ("the pound halted its decline", "Opec halted the rise in oil prices"):
no suspension (fix75)."""
STOP = forms("stop", "halt", "cease")
"""Ordered, with what is to stop: a suspension ("ordered the channel to stop broadcasting")."""
FACILITIES = frozenset(
    "embassy embassies consulate consulates office offices bureau bureaus border borders "
    "crossing crossings airspace airport airports port ports school schools mission missions "
    "internet website websites channel channels station stations".split()
)
EXPIRE = forms("expire", "lapse")
"""With a franchise, licence or permit as subject: a suspension of its holder ("the franchise
of ABS-CBN expired")."""
GRANTS = frozenset(
    "franchise franchises licence licences license licenses permit permits concession "
    "concessions charter charters".split()
)
SIGN_OFF = forms("sign", "go")
"""With "off the air": a broadcaster suspended ("the network signed off the air")."""
SAY_THAT = forms("say", "tell")
"""Verbs of reported speech: a statement event where a named speaker says a clause without
quotation marks ("Arnel dela Vega of the army's Western Mindanao Command said the Abu Sayyaf
Group are the suspected perpetrators")."""
TURN = forms("turn")
"""With "over" to a body or a state, a handover ("turned Ostrava over to Lumo authorities")."""
RESCUE = forms("rescue")
"""A person rescued is released ("the 12 hostages rescued on May 3 by the army"),
with ``RELEASE``'s test: not "rescued the economy"."""
ARRIVE = forms("arrive", "fly", "travel")
"""A person arriving in or flying or travelling to a state visits it ("Ortiz arrived in
Spain today", "Moreau flew to Kenya")."""
GREET = forms("greet", "welcome")
"""A person greeting or welcoming another meets them ("was greeted at the airport by the
President"); not "welcomed the decision"."""
REPORTED_SPEECH = forms(
    "state", "note", "explain", "insist", "stress", "acknowledge", "admit", "add", "suggest",
    "indicate", "assert", "maintain", "reiterate", "emphasise", "emphasize", "confirm",
    "assure", "reassure", "argue", "contend", "allege", "reveal", "disclose", "complain",
    "inform", "reply", "respond", "concede", "tweet",
)  # fmt: skip
"""Verbs of reported speech besides ``SAY_THAT``, none an event word of its own: a statement
where a named speaker states a clause without quotation marks ("Marsh stated that the bloc
should reassess its relations with Vorland", "the Secret Service confirmed a single male was
transported to a local hospital", "Ethiopia assured oil companies that the region was safe",
"the ministry revealed that", "Lopez tweeted that"; "confirmed him" is a vote, ``CONFIRM``)."""
REPORTING = SAY_THAT | REPORTED_SPEECH
"""All verbs of reported speech: what they say is a clause that dates the saying only where
nothing else does."""
REPORT = forms("report")
"""A body's report is a statement: "Brazil's National Institute for Space Research has reported
there have been 85% more wildfires", "CNN reported Van Drew was expected to leave"."""
REPORTS = frozenset("report poll survey".split())
"""Nouns of a report when its body is named ("a UN report concluded", "a survey published by
the European Commission"); an outlet's poll ("a poll published by NBC News") sources the news."""
OUTLETS = frozenset(
    "news times post herald journal guardian telegraph tribune sun press gazette reuters "
    "bbc cnn npr abc nbc cbs msnbc fox jazeera afp ap xinhua tass sputnik bloomberg politico "
    "bulletin "
    "axios tv television radio media newspaper daily rappler agence wikinews".split()
)
"""Words of a news outlet's name: what an outlet "reported", its poll, or a fact "according
to" it sources the news, no event of its own."""
KIN = frozenset(
    "mother father son daughter wife husband brother sister widow widower parent parents "
    "uncle aunt cousin grandmother grandfather grandson granddaughter nephew niece".split()
)
"""Nouns of a relative: a name's apposition "Heather Heyer's mother" says whose relative the
speaker is, and that person takes no part in what the speaker does."""
SIGN = forms("sign")
"""Signing a law: "signed the bill", "signed the Alabama Human Life Protection Act",
"signed it into law" (a treaty signed is the agreements'); with no agreement noun, joining a
club or a promotion under contract ("Statlander signed with AEW", "the Lakers signed Rondo")."""
DETAIN = forms("hold", "keep", "place", "put", "take", "remand")
"""With "in", "into" or "under" custody: a detention ("Manafort was kept in solitary
confinement", "was placed under house arrest", "was taken into custody")."""
CUSTODY = frozenset("custody detention confinement jail prison arrest".split())
NAME_TO = forms("name", "choose", "select", "pick", "tap") | {"chose", "chosen"}
"""With an office ("was named prime minister", "named Conte as prime minister", "was chosen
as the party's leader"): an appointment."""
PLEAD = forms("plead") | {"pled"}
"""With "guilty": a conviction the one who pleads undergoes ("McArthur pleaded guilty")."""
SHOOT = forms("shoot")
"""Verbs that are an assault when a person is shot ("police shot him"), a killing when shot
"dead"; not "shot a video", "shot down the proposal"."""
RACES = frozenset("race contest primary primaries campaign".split())
"""What a candidate joins ("Cummings joined the race to replace him", "De Blasio joined the
presidential race in May"): running for office."""
CONFIRM = forms("confirm")
SUCCEED = forms("succeed", "replace")
"""With "as" an office: taking it from whoever held it ("Boris Johnson replaced Theresa May as
prime minister"), who is no participant."""
STEP_IN = forms("step", "take")
"""With "in", "into" or "over" and "as" an office: taking it ("has stepped into Cummings's role
as the committee's acting chair", "took over as chair"); not "stepped down as"."""
POSTPONE = forms("postpone", "reschedule", "delay")
"""With a vote as object: putting it off ("Ohio postponed its primary", "Maryland rescheduled
most of its primary races to June 2"); not "delayed the flight"."""
VOTINGS = frozenset(
    "election elections vote votes voting primary primaries caucus caucuses race races ballot "
    "referendum runoff poll polls".split()
)
"""What is put off when a vote is."""
QUIT = forms("end", "suspend", "abandon", "quit", "withdraw", "drop")
"""A candidate giving up a race: "ended her campaign on Wednesday", "suspended his bid",
"quit the race", "withdrew from the race", "dropped out of the presidential race"."""
BIDS = RACES | {"bid", "candidacy", "run", "debate", "election"}
"""What a candidate gives up ("ended his presidential bid"), or the race named beside "dropped
out" ("Gillibrand dropped out ahead of the third Democratic primary debate")."""
ANNOUNCING = forms("announce", "confirm", "say", "report", "state", "reveal", "disclose")
"""Verbs by which the authorities tell of their own arrests ("authorities in the United
Kingdom and the United States announced that 337 suspected users were arrested")."""
"""A person confirmed is a vote on a nominee ("the House of Representatives confirmed him",
"Barr was confirmed by the Senate"); "confirmed the report", "confirmed that" are words."""
HAND = forms("hand", "transfer", "return")
"""With "over" or "back", or with control or sovereignty as object, and "to" whom: a handover
("Britain handed Hong Kong back to China", "transferred sovereignty over Macau to China");
not "handed him a letter", "returned to Washington"."""
CONTROL = frozenset("control sovereignty power authority rule territory".split())
"""What is handed over in a transfer of rule."""
JOIN = forms("join")
"""A person joining a body named takes a seat in it ("joining the Maryland General Assembly
in 1983"); not "joined the race", "joined the protests", a party or an alliance joined."""
PHRASAL_EVENTS = {
    **dict.fromkeys(forms("step", "stand"), ("down", "resignation")),
    **dict.fromkeys(forms("swear"), ("in", "appointment")),
    **dict.fromkeys(("shut", "shuts", "shutting"), ("down", "suspension")),
    **dict.fromkeys(forms("pass"), ("away", "death")),
}
"""Verbs that are events with their particle only: "step down" resigns, "step up" does not;
"was sworn in" takes office; "the US government is partially shut down" is suspended;
"passed away" died."""
DYING = forms("succumb", "lose") | {"found"}
"""Verbs that are a death in a phrase: "succumbed to her injuries", "lost his life", "was
found dead"."""
FATAL = frozenset(
    "injuries wounds injury wound cancer illness disease infection complications".split()
)
"""What one succumbs to in dying ("succumbed to her injuries"; not "succumbed to pressure")."""
REMAINS = frozenset({"body", "bodies", "remains"})
"""What is found of one dead ("the body of Jane Doe was found on Friday": her death)."""
MISSING = forms("disappear", "vanish", "go", "report", "declare") | {"went", "gone"}
"""Verbs of one disappearing ("was reported missing", "went missing", "disappeared in 2018");
not "the jobs disappeared", "reported missing documents"."""
BURY = forms("bury") | {"buried"}
"""With a person buried: a funeral ("was buried in Qom on Tuesday"); not "buried the
report"."""
COUNTED = frozenset("cases infections deaths fatalities casualties infected dead".split())
"""A body's count of the ill or the dead ("the Ministry of Health confirmed 120 new cases"):
its report, a statement."""
COUNT = forms("report", "confirm", "record", "register", "count", "announce")
"""Verbs of a body giving a count of cases or deaths."""


PUBLISH = forms("issue", "release", "publish", "unveil", "post")
"""Verbs of a body or a person making a document public ("the Civil Aviation Authority issued
a notice", "the ministry released a report"); with ``PUBLISHED`` only: "released the
hostages" frees them, "posted a loss" publishes nothing."""
PUBLISHED = frozenset(
    "report reports notice notices guideline guidelines guidance advisory advisories list "
    "lists video videos footage recording recordings tape tapes wiretap wiretaps findings "
    "figures data study studies results document documents dossier paper map plan plans "
    "roadmap strategy forecast forecasts estimate estimates warning warnings alert alerts "
    "directive directives order orders rules regulations ultimatum transcript transcripts "
    "photos photographs images pictures letter memo memorandum".split()
)
"""What is issued, released or published as a body's word."""
APPROVE = forms("approve", "authorize", "authorise")
"""Verbs of a body consenting to something ("the commission approved the merger", "the
assembly authorized the deployment"); a law approved is a passage (``PASS``)."""
LAUNCH_THINGS = frozenset(
    "campaign campaigns initiative initiatives programme programmes program programs project "
    "projects scheme schemes website service services satellite satellites spacecraft "
    "mission missions fund appeal petition drive operation operations review crackdown "
    "app platform network channel".split()
)
"""What a body launches ("launched a vaccination campaign", "launched the New Horizons
spacecraft"): its launch, an event of its own (a missile launched is a strike, a party launched
a founding; a probe launched is the investigation, its own event noun)."""
DOWN_UP = {**dict.fromkeys(forms("shoot"), "down"), **dict.fromkeys(forms("blow"), "up")}
"""Verbs that destroy with their particle: "shot down an airliner", "blew up a bridge"."""


@dataclass(frozen=True)
class EventType:
    """One entry of the documented vocabulary: its codes (its readable name is
    ``model.type_name``, shared with the pages)."""

    cameo: str | None
    """CAMEO event code (Gerner et al. 2012), None where CAMEO has none."""
    plover: str | None
    """PLOVER event category (Halterman et al. 2023), None where PLOVER has none."""


EVENT_TYPES = {
    "meeting": EventType("040", "CONSULT"),
    "visit": EventType("042", "CONSULT"),
    "strike": EventType("190", "ASSAULT"),
    "assault": EventType("182", "ASSAULT"),
    "killing": EventType("186", "ASSAULT"),
    "arrest": EventType("173", "COERCE"),
    "sentencing": EventType("173", "COERCE"),
    "hearing": EventType("173", "COERCE"),  # CAMEO 173 "charge with legal action"
    "sanctions": EventType("163", "SANCTION"),
    "protest": EventType("140", "PROTEST"),
    "election": EventType(None, None),
    "statement": EventType("010", None),
    "resignation": EventType(None, "CONCEDE"),
    "dismissal": EventType(None, None),
    "impeachment": EventType(None, None),
    "death": EventType(None, None),
    "funeral": EventType(None, None),
    "disappearance": EventType(None, None),
    "birth": EventType(None, None),
    "withdrawal": EventType("087", "RETREAT"),
    "signing": EventType("057", "AGREE"),
    "ruling": EventType(None, None),
    "appointment": EventType(None, None),
    "suspension": EventType(None, None),
    "lawsuit": EventType("115", "ACCUSE"),
    "founding": EventType(None, None),
    "request": EventType("020", "REQUEST"),
    "release": EventType("0841", "CONCEDE"),
    "investigation": EventType("090", "ACCUSE"),
    "easing": EventType("081", "CONCEDE"),
    "handover": EventType("080", "CONCEDE"),
    "campaign-end": EventType(None, "CONCEDE"),
    "postponement": EventType(None, None),
    "seizure": EventType("171", "SEIZE"),
    "passage": EventType(None, None),
    "subpoena": EventType("090", "ACCUSE"),
    "accusation": EventType("112", "ACCUSE"),
    "threat": EventType("130", "THREATEN"),
    "apology": EventType("055", None),
    "pardon": EventType(None, None),
    "award": EventType(None, None),
    "illness": EventType(None, None),
    "emergency": EventType("1724", "COERCE"),
    "approval": EventType(None, None),
    "launch": EventType(None, None),
    "accident": EventType(None, None),  # neither CAMEO nor PLOVER codes accidents
    "aid": EventType("070", "AID"),  # CAMEO 07 "provide aid", PLOVER AID
    "interview": EventType("010", None),  # CAMEO 010 "make statement"; PLOVER has none
    "announcement": EventType("010", None),  # CAMEO 010: news made public
    "pledge": EventType("030", None),  # CAMEO 03 "express intent to cooperate"
    "proposal": EventType("030", None),  # CAMEO 03: a bill, a plan, an amendment put forward
    "report": EventType("010", None),  # CAMEO 010: a body's findings made public
    "publication": EventType("010", None),  # CAMEO 010: a document issued or released
    "nomination": EventType(None, None),  # neither codes putting someone forward
    "refusal": EventType("120", "REJECT"),  # CAMEO 12 "reject", PLOVER REJECT
}
"""Event type to its codes; the type names are ``model.EVENT_TYPES``, their readable names
``model.type_name``."""

AGREEMENT_NOUNS = {
    "treaty": "treaty",
    "pact": "treaty",
    "convention": "treaty",
    "protocol": "treaty",
    "accord": "agreement",
    "accords": "agreement",
    "agreement": "agreement",
    "deal": "deal",
    "contract": "contract",
    "memorandum": "memorandum",
    "mou": "memorandum",
    "ceasefire": "ceasefire",
    "cease-fire": "ceasefire",
    "truce": "ceasefire",
    "intent": "letter-of-intent",
    "arrangement": "agreement",
    "acquisition": "acquisition",
    "purchase": "acquisition",
    "takeover": "acquisition",
    "merger": "acquisition",
    "loan": "loan",
    "venture": "joint-venture",
    "area": "agreement",
    "zone": "agreement",
    "settlement": "agreement",
}
"""Noun to agreement type ("letter of intent", "joint venture" and "free trade area" are
found by their last word)."""
BROKER = forms("broker", "mediate")
"""Verbs of a third party making an agreement between others ("a ceasefire brokered by
Egypt"): the broker is a party."""
STATE_NOUNS = ("countries", "nations", "states")
COUNTS = {"two": 2, "three": 3, "four": 4}
"""How many a collective phrase says it stands for ("the three countries", "all four leaders")."""
COUNTRIES = (
    frozenset(
        "the countries|the two countries|both countries|the nations|the two nations|both nations"
        "|the two states|both states".split("|")
    )
    | frozenset(
        phrase
        for noun in STATE_NOUNS
        for count in ("three", "four")
        for phrase in (f"the {count} {noun}", f"all {count} {noun}")
    )
    | frozenset(
        f"the {leaders} of {which}"
        for leaders in ("presidents", "leaders", "governments")
        for which in ("each country", "each nation", "both countries", "the two countries")
    )
)
"""Phrases for the states just named ("Yerevan recalled its envoy from Baku, saying the
countries' 1994 truce had been broken"): states first, as the words say."""
SIDES = (
    COUNTRIES
    | frozenset(
        "the leaders|the two leaders|both leaders|the two sides|both sides|the sides|the two "
        "governments|both governments|the parties|the two parties|the two companies|both companies"
        "|the two firms|both firms|the two presidents|both presidents|the two ministers|both "
        "ministers|the two prime ministers|the two foreign ministers".split("|")
    )
    | frozenset(
        phrase
        for noun in ("sides", "leaders", "presidents", "governments", "parties")
        for count in ("three", "four")
        for phrase in (f"the {count} {noun}", f"all {count} {noun}")
    )
)
"""Phrases for the parties just named ("Putin and Zelensky met in Paris. The leaders agreed
to a ceasefire"; "Renault and Nissan said the two firms had signed")."""
OWNED_BY_SIDES = re.compile(
    "^(" + "|".join(sorted(re.escape(s) for s in SIDES)) + r")(?:'s?|’s?)\s", re.IGNORECASE
)
"""An agreement phrase whose owner is such a phrase ("the countries' 1979 peace treaty",
"both sides' truce"): the parse gives the whole phrase as its party, and the owner is no word
of the agreement's name."""
AGREE = forms("agree")
"""Verbs of agreeing that make an agreement with "to" a thing or "with" a party ("agreed to
power-sharing", "agreed with Airbus to open a factory")."""
ACQUIRE = forms("acquire", "buy", "purchase")
"""Verbs whose object, taken over, makes an acquisition ("HDT acquired Hirtenberger")."""
PAY = forms("pay") | {"paid"}
"""Verbs of paying a sum "for" a company, which buys it ("Chevron will pay $33 billion for
Anadarko"): an acquisition."""
COMPLETE = forms("complete", "finalise", "finalize", "close") | {"closed"}
"""Verbs that finish a purchase ("completed its purchase of Activision Blizzard"): what it
bought is a company, whatever the recogniser took its name for."""
LEND = forms("lend", "loan") | {"lent"}
"""Verbs of lending money ("VEB lent Rosneft $6bn", "had agreed to loan Gazpromneft the money
to bid"): a loan of the lender and the borrower, when both are named firms."""
LEASE = forms("lease", "rent", "sublease")
"""Verbs of leasing a thing to or from a party ("had been leased to Manilla Airlift", "was
being rented out to Cubana by Damojh Airlines"): a lease, a contract of owner and user."""
OWN = forms("belong", "own")
"""Verbs of owning whose owner ("belonged to Africa One", "owned by BOC") is the lessor of
a thing the next clause says was leased."""
SELL = forms("sell")
"""Verbs whose object, sold to a buyer, makes an acquisition ("Tesco sold its stores to
Charoen Pokphand", "sold its South Korean chain HomePlus")."""
SUPPLY = forms("sell", "supply", "deliver", "export", "provide")
"""Verbs of what an agreement is for whose "to" names a party ("a letter of intent on selling
gas to DEPA", "a deal to supply jets to India")."""
ORDER = forms("order")
"""Verbs of a buyer ordering goods "in a deal" ("ordered 30 Airbus A320 planes in a $1.8bn
deal"): the deal is the buyer's and the maker's."""
FIRM_NOUNS = frozenset(
    "firm firms company companies rival rivals giant group carmaker bank retailer".split()
)
"""Nouns of a firm a country's name may describe ("US firm ISG", "US rival Grey Global"): the
country is the firm's nationality, no party to the firm's deal."""
FIRM_PARTS = frozenset("unit units affiliate affiliates subsidiary subsidiaries division".split())
"""A firm's parts, read right after a country's name ("acquired 67.7% of Hexal's US affiliate Eon
Labs", "BLB's purchase of the US unit"; agreements37, BBC business): the country says where the
part works, no seller nor buyer. Only right after the name: "Iraq's counter-terrorism unit" and
"a US Army unit" are a state's own bodies and keep the state."""
PLACE = forms("place")
"""Verbs of an order placed ("placed an order for 70 Boeing planes in a deal"): as ordering."""
ORDERS = frozenset({"order", "orders"})
"""Nouns of goods ordered, as the object of ``PLACE``."""
AGREED_TO = frozenset(
    "buyout takeover purchase merger acquisition sale order investment partnership".split()
)
"""Deals one agrees "to", whose "by" or "with" names the other side ("agreed to a buyout by
Verizon in a deal")."""
TAKE = forms("take")
"""With the particle "over": a takeover."""
SNAP = forms("snap", "swallow", "gobble")
"""With the particle "up": a takeover, as "take over" ("it snapped up rival bank FleetBoston",
"the shell company was then snapped up by Rosneft"); what is taken must still be a company."""
TRADE = forms("trade")
"""Verbs of clubs exchanging players ("the Rockets traded Paul to the Thunder"): a deal."""
MERGE = forms("merge")
"""Verbs of companies becoming one ("Sprint merged with T-Mobile"): an acquisition."""
SETTLE = forms("settle")
"""Verbs of ending a lawsuit by agreement ("agreed to pay $270 million to settle a lawsuit
brought by Oklahoma", "Facebook settled with the FTC"): an agreement."""
AWARD = forms("award", "win")
"""Verbs of giving or getting a contract whose other side is their dative or "to"/"from"
phrase ("NASA awarded SpaceX a contract", "Boeing won a contract from the Air Force")."""
AWARDING = forms("award")
"""Of those, giving one: "NASA awarded SpaceX and Boeing contracts" (one contract each)."""
LAWSUITS = frozenset(
    "lawsuit lawsuits suit suits case cases claim claims charges allegations complaint "
    "complaints dispute litigation action".split()
)
"""What a settlement settles ("to settle a lawsuit", "settled the charges")."""
PROPERTIES = frozenset(
    "hotel hotels club team franchise newspaper stadium building property estate mansion "
    "castle airline factory plant mine shipyard brewery resort casino tower restaurant store "
    "stores studio label magazine station".split()
)
"""Things bought as a whole that make a purchase an agreement ("bought the Bontddu Hall
hotel", "bought the club"), unlike goods ("bought 32 fighter jets")."""
LICENSE = forms("license", "licence")
"""Verbs whose object is licensed ("Hungary licensed Czech firearm technology"); the noun
is left out, as "a gun licence" is mostly a permit."""
AGREEMENT_VERBS = {
    **dict.fromkeys(
        forms(
            "sign",
            "ink",  # news's "inked a deal", "India and the US inked three MoUs"
            "conclude",
            "reach",
            "strike",
            "seal",
            "agree",
            "complete",
            "finalise",
            "finalize",
            "join",
            "accede",
            "announce",
            "award",
            "win",
        ),
        "signed",
    ),
    **dict.fromkeys(forms("ratify", "approve"), "ratified"),
    **dict.fromkeys(forms("withdraw", "exit", "quit", "abandon", "leave"), "withdrawn"),
    **dict.fromkeys(forms("suspend", "freeze", "halt"), "suspended"),
    **dict.fromkeys(forms("propose", "negotiate", "discuss", "seek", "offer"), "proposed"),
}
"""Governing verb to the status it gives the agreement."""
SIGNING_STATUSES = {"signed": "signing", "ratified": "signing", "withdrawn": "withdrawal"}
"""Statuses whose verb is an event of its own, linked to the agreement."""

US = ("united-states",)
UK = ("united-kingdom",)
EU = ("european-union", "eu")
RUSSIA = ("russia", "soviet-union")
KNOWN_AGREEMENTS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (r"jcpoa|joint comprehensive plan of action|iran(?:'s)? nuclear (?:deal|agreement|accord)",
     "Joint Comprehensive Plan of Action", "agreement",
     ("iran", *US, *UK, "france", "germany", *RUSSIA, "china", *EU)),
    (r"\binf\b|intermediate-range nuclear forces",
     "Intermediate-Range Nuclear Forces Treaty", "treaty", (*US, *RUSSIA)),
    (r"new start\b", "New START", "treaty", (*US, *RUSSIA)),
    (r"nafta|north american free trade", "North American Free Trade Agreement", "agreement",
     (*US, "canada", "mexico")),
    (r"usmca|united states-mexico-canada", "United States-Mexico-Canada Agreement", "agreement",
     (*US, "canada", "mexico")),
    (r"good friday (?:peace )?agreement|belfast agreement", "Good Friday Agreement", "agreement",
     (*UK, "ireland", "republic-of-ireland")),
    (r"anglo-irish agreement", "Anglo-Irish Agreement", "agreement",
     (*UK, "ireland", "republic-of-ireland")),
    (r"minsk (?:peace )?(?:agreement|accord|protocol)", "Minsk agreements", "agreement",
     ("ukraine", *RUSSIA)),
    (r"oslo (?:peace )?accord", "Oslo Accords", "agreement",
     ("israel", "palestine-liberation-organization", "plo")),
    (r"camp david (?:peace )?accord", "Camp David Accords", "agreement", ("egypt", "israel")),
    (r"dayton (?:peace )?(?:agreement|accord)", "Dayton Agreement", "agreement",
     ("bosnia-and-herzegovina", "serbia", "croatia")),
    (r"lisbon treaty|treaty of lisbon", "Treaty of Lisbon", "treaty", EU),
    (r"maastricht treaty|treaty of maastricht", "Maastricht Treaty", "treaty", EU),
    (r"treaty on european union", "Treaty on European Union", "treaty", EU),
    (r"treaty on the functioning of the european union",
     "Treaty on the Functioning of the European Union", "treaty", EU),
    (r"north atlantic treaty", "North Atlantic Treaty", "treaty", ("nato",)),
    (r"warsaw pact", "Warsaw Pact", "treaty", RUSSIA),
    (r"budapest memorandum", "Budapest Memorandum", "memorandum",
     ("ukraine", *RUSSIA, *US, *UK)),
    (r"prespa agreement", "Prespa Agreement", "agreement", ("greece", "north-macedonia")),
    (r"abraham accord", "Abraham Accords", "agreement",
     ("israel", "united-arab-emirates", "bahrain", *US)),
    (r"sino-british joint declaration", "Sino-British Joint Declaration", "agreement",
     (*UK, "china")),
    (r"indus waters treaty", "Indus Waters Treaty", "treaty", ("india", "pakistan")),
    (r"simla agreement", "Simla Agreement", "agreement", ("india", "pakistan")),
    (r"phase one trade (?:deal|agreement)", "Phase One trade deal", "deal", (*US, "china")),
    (r"doha (?:peace )?(?:agreement|accord|deal)", "Doha Agreement", "agreement",
     (*US, "taliban")),
    (r"open skies treaty", "Open Skies Treaty", "treaty", (*US, *RUSSIA)),
    (r"sochi (?:agreement|memorandum)", "Sochi agreement", "agreement", (*RUSSIA, "turkey")),
    (r"adana (?:agreement|accord|pact)", "Adana Agreement", "agreement", ("turkey", "syria")),
    # treaties of nearly every state: one page whichever name or acronym, no party but those
    # the sentence names ("Iran said it would remain in the NPT")
    # not another subject's treaty named after the NPT ("the Fossil Fuel Non-Proliferation
    # Treaty": only a determiner, a year, a possessive or "nuclear" before it; review36)
    (r"\bnpt\b|(?:^|(?<![\w-])(?:the|a|an|nuclear|weapons|its|their|\d{4}|[\w-]+'s) |"
     r"[^\w\s-] ?)non-proliferation treaty|treaty on the non-proliferation of nuclear weapons",
     "Treaty on the Non-Proliferation of Nuclear Weapons", "treaty", ()),
    (r"rome statute|statute of the international criminal court",
     "Rome Statute of the International Criminal Court", "treaty", ()),
    (r"\brefugees? convention|convention relating to the status of refugees",
     "Convention Relating to the Status of Refugees", "treaty", ()),
)  # fmt: skip
"""Agreements news names in passing without saying who made them ("the INF Treaty", "the
Good Friday Agreement"), by a pattern of their names: the one name and type every way of
naming one gets (one page for "the INF Treaty" and "the Intermediate-Range Nuclear Forces
Treaty"), and the actor ids of their parties, each taken only where the article names it
("the INF Treaty" in an article on Russia and the United States). A treaty founding a body
binds it ("the Lisbon Treaty": the EU)."""
KNOWN_SHORT_NAMES = frozenset("JCPOA NAFTA USMCA INF NPT CTBT TPP CPTPP GSOMIA".split())
"""Short names of agreements a verb need not say are agreements ("in breach of the JCPOA")."""
COMBINING_FORMS = {
    "anglo": UK, "sino": ("china",), "franco": ("france",), "russo": RUSSIA, "indo": ("india",),
    "us": US, "u.s.": US, "uk": UK, "eu": EU, "turco": ("turkey",), "greco": ("greece",),
}  # fmt: skip
"""The first halves of paired adjectives ("the Anglo-Irish agreement", "the US–Taliban
deal") to the actor ids they stand for, taken where the article names that actor."""
ACCIDENT_VERBS = forms("crash", "collapse", "capsize", "derail", "overturn", "collide") | {
    "sank", "sunk", "sinks", "sinking"  # not "sink" itself: "sink costs", "sink a putt"
}  # fmt: skip
"""Verbs of an accident (events59): a vehicle crashing, sinking, capsizing, derailing or
overturning, a building collapsing; only with such a subject (``WRECKED_VEHICLES``, ``STRUCTURES``):
"the market crashed", "talks collapsed", "the government collapsed" are no accident."""
WRECKED_VEHICLES = frozenset(
    "plane planes aeroplane airplane aircraft airliner jet jets helicopter helicopters bomber "
    "bombers fighter airliners bus buses minibus coach car cars truck trucks lorry lorries van "
    "pickup vehicle vehicles train trains tram ferry ferries boat boats ship ships vessel "
    "vessels tanker trawler yacht barge motorcycle motorcycles motorbike taxi flight".split()
)
"""What crashes, sinks or overturns in an accident ("a Boeing 707 cargo plane crashed")."""
STRUCTURES = frozenset(
    "building buildings block blocks house houses bridge bridges tower towers roof roofs "
    "dam dams mine mines tunnel tunnels stadium hotel factory school church mosque temple "
    "wall walls flats apartment stage scaffolding crane".split()
)
"""What collapses in an accident ("a five-storey block of flats collapsed")."""
CATCH = frozenset({"catch", "catches", "catching", "caught"})
"""With "fire" for object and a building or vehicle for subject: an accident ("The Hotel Arpit
Palace caught fire yesterday morning")."""
ACCIDENT_NOUNS = frozenset("crash crashes collision collisions derailment shipwreck".split())
"""Nouns of an accident, with a vehicle for compound or "of" ("the plane crash", "the crash of
the bus"); alone ("a crash in share prices", "the crash of 1929") none."""
FIGURATIVE_CRASHERS = frozenset(
    "market markets stock stocks share shares price prices economy currency website site "
    "server servers system computer app software program talks government coalition deal "
    "negotiations".split()
)
"""Subjects and compounds with which crashing or collapsing is a figure, not an accident."""


# Labour strikes (review20): CAMEO files a strike or boycott of workers under 143, a protest,
# and keeps 19x for armed force; "strike" reads as the one or the other by its neighbours.
STRIKE_NOUNS = frozenset({"strike", "strikes"})
"""The noun both a walkout and an air raid are called."""
STRIKE_VERBS = forms("strike")
"""The verb both workers stopping work and an army attacking do."""
STRIKERS = frozenset(
    "worker workers employee employees staff staffers union unions unionists nurse nurses "
    "teacher teachers doctor doctors medics miner miners pilot pilots driver drivers crew crews "
    "docker dockers dockworkers porters cleaners firefighters guards conductors machinists "
    "labourers laborers workforce farmers truckers lecturers academics midwives "
    "paramedics journalists actors writers".split()
)
"""Who strikes by stopping work ("nurses went on strike", "the union called a strike",
"workers struck over pay"); an army, a state or a jet strikes with arms."""
LABOUR_STRIKES = frozenset(
    "general hunger labour labor national nationwide wildcat indefinite sympathy rolling "
    "rail postal tube teachers nurses workers doctors pilots staff union one-day two-day "
    "three-day 24-hour 48-hour 72-hour sit-down".split()
)
"""Words before "strike" that make it a stoppage of work ("a general strike", "a hunger
strike", "the teachers' strike", "a 48-hour strike")."""
ARMED_STRIKES = frozenset(
    "air drone missile missiles rocket rockets military nuclear pre-emptive preemptive "
    "precision artillery naval airstrike aerial bombing retaliatory targeted surgical".split()
)
"""Words before "strike" that make it an attack with arms ("an air strike", "missile strikes",
"a drone strike"), whoever is named beside it."""
LABOUR_GRIEVANCES = frozenset(
    "pay wages wage salaries salary pensions pension conditions contract contracts jobs hours "
    "layoffs redundancies cuts austerity privatisation privatization overtime bonuses benefits "
    "staffing".split()
)
"""What workers strike "over" or "for" ("struck over pay", "a strike for higher wages")."""
ON_STRIKE = frozenset(
    "go goes went gone going be is are was were been being remain remains remained stay "
    "stayed come came out walk walked".split()
)
"""Verbs of "on strike" ("went on strike", "are on strike", "remained on strike")."""
STRUCK = frozenset("blow blows chord balance pose note tone match bargain gold oil".split())
"""What is struck in a figure, never in an attack ("struck a blow against the government",
"struck a chord with voters", "struck gold"; review20)."""
AID_VERBS = forms(
    "give", "send", "provide", "pledge", "deliver", "offer", "donate", "contribute", "grant"
)
"""Verbs of aid (CAMEO 07 "provide aid", PLOVER AID; events60), only with aid for object or
money given to someone ("The United States gave $67 million last year to Yemen")."""
DONATE = forms("donate")
"""Giving to a cause whatever is given ("donated over $1.2 million to the Red Cross")."""
AID_NOUNS = frozenset("aid assistance donation donations".split())
"""What is given as aid ("pledged $350 million in aid", "offered military assistance")."""
RELIEF_KINDS = frozenset(
    "humanitarian emergency disaster tsunami earthquake flood famine food hurricane".split()
)
"""With "relief" as object, aid ("sent disaster relief"); "offered little relief" is none."""
NOT_AID = frozenset("first hearing visual teaching legal state".split())
"""Words before "aid" or "assistance" that make it no gift ("first aid", "a hearing aid"),
or a subsidy to a firm ("offered state aid to the carmaker MG Rover"; review22)."""
NOT_AIDED = frozenset(
    "investigation investigations inquiry probe police search prosecution case goal goals "
    "try tries touchdown customers customer clients users developers buyers borrowers savers "
    "tenants homeowners consumers taxpayers businesses firms firm companies company airline "
    "airlines carmaker carmakers banks advertisers subscribers merchants sellers retailers "
    "shoppers investors shareholders policyholders depositors publishers motorists "
    "passengers".split()
)
"""Help in a task or a service, not a gift ("offered assistance in the investigation", "to the
police", "provided assistance for both goals", "technical assistance to customers"), or a
policy's or a bail-out's for a market at home ("will provide assistance to first-time buyers",
"provided financial assistance to the airline"; review22): those who deal with a firm or a
market, its clientele ("Google offered assistance to advertisers hit by the bug", events62),
are served, not aided."""
CLIENTELE = frozenset(
    "customers customer clients users developers buyers borrowers savers tenants homeowners "
    "consumers taxpayers advertisers subscribers merchants sellers retailers shoppers investors "
    "shareholders policyholders depositors publishers motorists passengers".split()
)
"""The people of ``NOT_AIDED``: served by a firm or a market, but aided when the gift is
relief ("sent humanitarian assistance to passengers of the quarantined cruise ship",
"emergency aid to motorists stranded by the snowstorm"; review25)."""
NOT_DONATED = frozenset(
    "kidney kidneys organ organs liver lung heart cornea corneas marrow blood plasma sperm "
    "eggs egg body brain time".split()
)
"""What is donated that is no aid between actors ("donated a kidney to his brother",
"donated blood", "donated her time to the campaign"; review22)."""
