"""Whether a clause tells its event as done: negated, hypothetical, future, conditional, denied
or pleaded. Every frame builder asks this before it proposes anything, so it sits low."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..parse import children, infinitive
from ..vocabulary import DEFEAT, SPEECH, forms

if TYPE_CHECKING:
    from spacy.tokens import Token

HYPOTHETICAL = frozenset("would could might may should must can cannot".split())
INTENDING = (
    "plan", "intend", "expect", "hope", "want", "seek", "sought", "aim", "prepar", "schedul",
    "wish", "propos", "offer", "promis", "vow", "pledg", "threat", "decid", "tried", "try",
    "ask", "urg", "encourag", "pressur", "request", "consider", "suppos",
    "tell", "told",  # "Abbas told Israel to ease their restrictions": asked, not done (events71)
    "fail",  # "Israel had failed to ease its blockade": not done
    "refus", "declin",  # "Russia refused to lift its sanctions": a refusal (``_refusal``)
)  # fmt: skip
"""Beginnings of verbs whose infinitive has not happened ("was planning to visit Wiranto",
"is expected to meet", "threatened to impose"): the intention may be a statement, the
infinitive is no event; nor is what someone was asked or urged to do ("Trump asks Zelensky to
investigate Joe Biden"), or was supposed to ("was supposed to make a statement on Monday")."""
AIMS = frozenset(
    "goal goals aim aims plan plans hope hopes threat threats idea prospect possibility "
    "intention intentions objective purpose dream fear fears risk attempt attempts".split()
)
"""Nouns whose "of" + gerund has not happened ("a previous goal of ousting Assad")."""


WIN = forms("win", "secure", "gain")


WIN_STATES = forms("carry", "sweep", "clinch", "earn", "receive")
"""Verbs of winning a vote's states or contests: "carried Michigan", "swept the primaries"."""


def _future(verb: Token) -> bool:
    """ "will be buried", "is to be held", "is expected to go missing": not yet happened."""
    return verb.dep_ == "xcomp" or any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE for c in verb.children
    )


FUTURE = frozenset({"will", "'ll", "shall", "wo"})


def _conditional(token: Token) -> bool:
    """ "if Labour won a third term", "asked if (whether) Zelensky had met Giuliani", "unless
    the vote passed": a condition or a question; not a concession of fact, "even if" with a
    plain main clause ("Even if the bill passed the House on Tuesday, it faces a fight in the
    Senate": it passed), whereas "Even if Labour won, it would need a coalition" is one."""
    for mark in children(token, "mark"):
        if mark.lower_ not in ("if", "unless", "whether"):
            continue
        conceded = mark.i > 0 and mark.doc[mark.i - 1].lower_ == "even"
        supposed = any(
            c.dep_ == "aux" and c.lower_ in MODALS for c in (*token.head.children, *token.children)
        )
        return not (mark.lower_ == "if" and conceded and not supposed)
    return False


MODALS = frozenset("would could might may will shall should can 'd 'll wo ca".split())
"""Auxiliaries of what is supposed, not told as done ("Even if Labour won, it would need …")."""


def _pleads_guilty(verb: Token) -> bool:
    """ "McArthur pleaded guilty to each crime": a conviction; not "pleaded not guilty"
    (``_negated_or_hypothetical`` sees the "not"), "pleaded for calm"."""
    return any(c.lower_ == "guilty" for c in verb.children) and not any(
        n.dep_ == "neg" for c in verb.children if c.lower_ == "guilty" for n in c.children
    )


def _pleads_not_guilty(verb: Token) -> bool:
    """ "Zhukovskyy pleaded not guilty on Tuesday to seven counts of negligent homicide": the
    accused denies the charge before the court, a statement (CAMEO 016, deny responsibility),
    not the conviction a guilty plea is (events62)."""
    return any(n.dep_ == "neg" for c in verb.children if c.lower_ == "guilty" for n in c.children)


def _dead(verb: Token) -> bool:
    return any(c.lower_ == "dead" for c in verb.children)


def _press(noun: Token) -> bool:
    return any(c.dep_ == "compound" and c.lower_ == "press" for c in noun.children)


def _by_phone(noun: Token) -> bool:
    return any(c.dep_ == "compound" and c.lower_ in ("phone", "telephone") for c in noun.children)


KEEPING_FROM = forms("disqualify", "prevent", "prohibit", "ban", "block", "stop", "keep") | {
    "bar",
    "bars",
    "barred",
    "barring",
}
"""Verbs keeping someone "from" doing something: what they are kept from is no event. Whole
words, so "bargained from" or "banked from" keep theirs ("bar" doubles its "r", which
``forms`` does not know)."""


ALLEGING = forms("accuse", "charge", "allege", "indict")
"""Verbs whose participle clauses tell what is alleged, not what happened."""


WARNING_ON = SPEECH | forms("threaten")
"""Verbs whose "if" clause is what was said, not a condition on the saying ("Dupont warned
Ivanov of grave consequences if Vorland failed to honour the accord", "threatened sanctions
if"): the warning was made."""


def _contest_lost(token: Token) -> bool:
    """ "failed to win re-election", "failed to win the Nevada caucuses": the contest was held
    and lost, an event, unlike "failed to arrest the suspect", which did not happen."""
    return token.head.lower_.startswith("fail") and token.lower_ in WIN | WIN_STATES | DEFEAT


DECREES = forms("impose", "ban", "lift", "ease", "suspend", "declare", "proclaim", "expel")
"""Verbs of a decree: a body's decision to impose, ban or lift is the decree itself."""


def _decreed(token: Token) -> bool:
    """ "Sri Lanka has decided to impose a nationwide emergency", "the cabinet decided to lift
    the ban": a decision to decree is the decree made (CAMEO codes a decision by what it
    decides), unlike "decided to visit Kyiv" (a trip still to come) or "may decide to impose"
    (no decision yet)."""
    return (
        token.head.lower_.startswith("decid")
        and token.lower_ in DECREES
        and not _negated_or_hypothetical(token.head)
    )


DENY = forms("deny")
"""Verbs of saying an act did not happen ("denied that its forces shelled the school")."""
TOLD_CLAIMS = frozenset(
    "claim claims report reports allegation allegations accusation accusations".split()
)
"""What is denied or dismissed as said of someone ("rejected claims that its jets struck")."""
DISMISS = forms("deny", "dismiss", "reject")


def _denied(token: Token) -> bool:
    """An act told inside a denial: "denied that its forces shelled a school", "denied shelling
    the school", "dismissed reports that its jets struck the convoy"; not "did not deny that"
    (a denial refused is no denial)."""
    head = token.head
    if token.dep_ in ("ccomp", "xcomp") or (
        token.dep_ in ("dobj", "pcomp") and token.tag_ == "VBG"
    ):
        return head.lower_ in DENY and not any(c.dep_ == "neg" for c in head.children)
    if token.dep_ in ("acl", "ccomp", "relcl") and head.lower_ in TOLD_CLAIMS:
        return head.head.lower_ in DISMISS and not any(c.dep_ == "neg" for c in head.head.children)
    return False


def _negated_or_hypothetical(token: Token) -> bool:
    """ "did not meet", "could strike", "assumes the presidency if the president dies", "was
    planning to visit"."""
    if (
        token.dep_ == "xcomp"
        and token.head.lower_.startswith(INTENDING)
        and not _contest_lost(token)
        and not _decreed(token)
    ):
        return True
    if token.dep_ in ("xcomp", "ccomp") and any(
        c.dep_ == "aux" and c.lower_ in HYPOTHETICAL for c in token.head.children
    ):
        return True  # "a law that would have allowed the Chinese government to extradite people"
    if (
        token.dep_ == "ccomp"
        and token.tag_ == "VB"
        and token.head.lower_.startswith((*INTENDING, "demand", "insist", "suggest"))
    ):
        return True  # "requested President Trump declare a state of emergency"
    if (
        token.dep_ == "advcl"
        and token.tag_ == "VBG"
        and token.head.lower_ in ALLEGING
        and not any(c.dep_.startswith("nsubj") for c in token.children)
    ):
        return True  # "accused Avenatti of trying to pressure Nike, threatening to give a news
        # conference": the charge's content, done (if at all) by the accused, not the accuser
    if token.dep_ == "relcl" and token.tag_ in ("VBZ", "VBP") and token.pos_ == "VERB":
        return True  # what always happens: "the Electoral College that elects the President"
    if _conditional(token):
        return True  # "if Labour won a third term", "If elected, Biden will …", "asked if
        # Zelensky had met Giuliani": a condition or a question, not what happened
    if (
        token.dep_ == "xcomp"
        and (
            token.tag_ == "VB"
            or (token.tag_ == "VBN" and any(c.lower_ == "be" for c in children(token, "auxpass")))
        )
        and token.head.lower_ in ("is", "are", "am", "'s", "'re")
        and infinitive(token)
        and not any(t.lower_ in ("today", "tonight") for t in token.subtree)
    ):
        return True  # "He is to stand down as an MP at the next election", "He is to be
        # sworn in on Monday": still to come (not "May is to step down today": the day of
        # the report)
    if token.dep_ == "pcomp" and token.head.lower_ == "against" and token.tag_ == "VBG":
        return True  # "the cabinet decided against imposing a curfew", "voted against sending
        # troops", "warned against imposing tariffs": what was turned down, not done
    if token.dep_ == "pcomp" and token.head.lower_ == "of" and token.head.head.lower_ in AIMS:
        return True  # "retreated from a previous goal of ousting Syrian President Assad"
    if token.dep_ == "acl" and token.head.lower_ in UNREALISED and infinitive(token):
        return True  # "the alleged plans to attack Iran": what is planned
    if (
        token.dep_ == "pcomp"
        and token.head.lower_ == "from"
        and token.head.head.lower_ in KEEPING_FROM
    ):
        return True  # "the Senate could disqualify him from serving as President again"
    said = token.lower_ in WARNING_ON
    return any(
        c.dep_ == "neg"
        or (c.dep_ == "aux" and c.lower_ in HYPOTHETICAL)
        or (not said and c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                                   for m in c.children))
        for c in token.children
    )  # fmt: skip


UNREALISED = frozenset(
    "plan plans preparations threat threats fear fears risk prospect possibility reward "
    "rewards bounty".split()
)
"""Nouns whose "for" or "of" names an event that has not happened ("plans for an attack on
Iran", "the threat of attack by the United States"), or one a reward asks for ("a reward for
his capture")."""
