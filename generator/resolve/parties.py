"""Political parties: a one-word name rejected as a common word that the articles also write
before "party" ("Labour"), and a party's group in an assembly ("X Group"), looked for in the
texts joined once (``_Texts``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Mapping, Sequence
from itertools import accumulate

from .decide import COMMON_WORD, Verdict

_PARTY_DETERMINERS = frozenset("the his her their its our".split())
"""Words before "X party" that leave X the party's whole name ("the Labour party"); not "Law
and |Justice Party|", "the UK |Independence Party|", nor "a |Birthday| party" (fix42)."""


_SHORT_READS = frozenset({COMMON_WORD, "a title or rank alone"})
"""Why a party's one-word name was rejected: a common word ("labour"), or a word that is a
title too ("National", as "a French national"; actors97: "National will have 56 seats" beside
"the National Party")."""


def _parties(
    verdicts: Mapping[str, Verdict], labels: Mapping[str, Counter[str]], texts: Sequence[str]
) -> list[str]:
    """One-word names rejected as common words ("labour" in "child labour laws") that the
    articles also write before "party" ("the interests of the Labour party"), not inside a
    longer name ("the UK Independence Party", ``_PARTY_DETERMINERS``): a party named twice or
    more, an actor. Found
    auditing BBC politics news (actors23), where Labour, named 27 times, had no page. Only
    a name read as an organisation's, and written capitalised inside a sentence too ("an
    attack on Labour's record"): a word capitalised only where it opens sentences ("Tea
    prices rose") is the common word there, not "the Tea Party" (fix42)."""
    out = []
    joined: _Texts | None = None
    for name, verdict in sorted(verdicts.items()):
        if verdict.reason not in _SHORT_READS or " " in name or labels[name].total() < 2:
            continue
        if not labels[name]["ORG"] + labels[name]["NORP"]:
            continue
        joined = joined or _Texts(texts)
        # (?<=[a-z,;:] )NAME\b(?! [Pp]arty), the name inside a sentence, not a party's
        if not joined.search(name, _INSIDE_BEFORE, _INSIDE_AFTER):
            continue
        before_party = joined.holding(name, " Party") + joined.holding(name, " party")
        party = re.compile(rf"(?:^|(\S+) ){re.escape(name)} [Pp]arty\b") if before_party else None
        if party and any(
            m.group(1) is None or m.group(1).lower() in _PARTY_DETERMINERS
            for text in before_party
            for m in party.finditer(text)
        ):
            out.append(name)
    return out


_PLACE_READ = "the language model reads it as place or building"
"""Why a name read mostly as a place's was rejected (``decide.vote``)."""
_WORD_BEFORE = re.compile(r"(?<![\w'’-])")
_PARTY_GLOSS = re.compile(r", (?:the|a|an) (?:[a-z-]+ ){0,3}party\b")
"""After a name, an apposition that says it is a party (", the ruling political party")."""


def _glossed_parties(
    verdicts: Mapping[str, Verdict], labels: Mapping[str, Counter[str]], texts: Sequence[str]
) -> list[str]:
    """Names rejected as places' that the articles gloss as a party in apposition ("elections
    won by |United Russia|, the ruling political party", blind43, where the NER reads the name
    as a place's twice and a body's once): the party. Only a name read as a body's at least
    once."""
    out = []
    joined: _Texts | None = None
    for name, verdict in sorted(verdicts.items()):
        if verdict.name or verdict.reason != _PLACE_READ or not labels[name]["ORG"]:
            continue
        joined = joined or _Texts(texts)
        if joined.search(name, _WORD_BEFORE, _PARTY_GLOSS):
            out.append(name)
    return out


_INSIDE_BEFORE = re.compile(r"(?<=[a-z,;:] )")


_INSIDE_AFTER = re.compile(r"\b(?! [Pp]arty)")


_ASSEMBLY = (
    r"(?:Parliament|Assembly|Westminster|Senate|Congress|Bundestag|Holyrood|Sejm|Duma|"
    r"Knesset|Dáil|Senedd|Council)"
)


_GROUP_OF_PARTY = (
    r"(?:{name} Group (?:in|at|of) (?:the )?(?:[A-Z][\w'’-]* ){{0,2}}" + _ASSEMBLY + r"\b"
    r"|{name} (?:parliamentary|political) group\b"
    r"|(?<![\w-]){name} (?:MPs|MEPs|MSPs|MLAs|lawmakers|deputies|councillors|senators)\b"
    r"|(?<![\w-]){name} (?:won|wins|took|takes|holds|held|has|had|lost|gained) \d+ seats\b"
    r"|\b[Tt]he {name} [Pp]arty\b)"
)
"""A party's group of members in an assembly, by what the text says of "X Group" ("the SNP
Group at Westminster", "the EPP Group in the European Parliament") or of X ("EPP MEPs", "the
EPP won 188 seats", "the EPP Party")."""


def _party_groups(verdicts: Mapping[str, Verdict], texts: Sequence[str]) -> frozenset[str]:
    """The accepted names "X Group" that are a party's group in an assembly, not a firm's
    name with its company word (``_GROUP_OF_PARTY``): "X" and "X Group" are two actors, a
    party and its members elected to one assembly, which the merge of a name with its company
    word ("Burisma Holdings", "HSBC Group") and of a brand with its firm's forms leave apart
    (review27: "The EPP won 188 seats ... the EPP Group re-elected Manfred Weber")."""
    groups = [
        name
        for name, verdict in verdicts.items()
        if verdict.name == name and name.endswith(" Group") and name[: -len(" Group")] in verdicts
    ]
    if not groups:
        return frozenset()
    out = set()
    for group in groups:
        party = group[: -len(" Group")]
        pattern = re.compile(_GROUP_OF_PARTY.format(name=re.escape(party)))
        if any(pattern.search(text) for text in texts if party in text):
            out.add(group)
    return frozenset(out)


class _Texts:
    """Texts joined by new lines, searched as one for the few places a word stands: asking
    each text in turn cost some 8,000 searches a name at 1,000 articles."""

    def __init__(self, texts: Sequence[str]):
        self.texts = texts
        self.text = "\n".join(texts)
        self._starts = list(accumulate((len(t) + 1 for t in texts[:-1]), initial=0))
        self._found: dict[str, list[int]] = {}

    def _places(self, word: str) -> list[int]:
        """Where ``word`` starts in the joined text (kept: ``holding`` asks again)."""
        places = self._found.get(word)
        if places is None:
            places = self._found[word] = []
            at = self.text.find(word)
            while at >= 0:
                places.append(at)
                at = self.text.find(word, at + 1)
        return places

    def search(self, word: str, before: re.Pattern[str], after: re.Pattern[str]) -> bool:
        """Whether ``word`` stands in one of the texts where ``before`` matches (a lookbehind)
        and ``after`` does at its end (word boundaries, lookaheads), as the pattern of the
        three in a row would find it: in the texts joined, a new line is no space, no letter,
        no word's, as the ends of a text are not, so no context is read across two texts (a
        word holding one is searched in each text alone)."""
        if "\n" in word or not word or not self.texts:
            pattern = re.compile(before.pattern + re.escape(word) + after.pattern)
            return any(pattern.search(text) for text in self.texts if word in text)
        size = len(word)
        return any(
            before.match(self.text, at) and after.match(self.text, at + size)
            for at in self._places(word)
        )

    def holding(self, word: str, after: str = "") -> list[str]:
        """The texts that hold ``word + after``, in their order."""
        texts, starts, whole = self.texts, self._starts, word + after
        if "\n" in whole or not word or not texts:
            return [text for text in texts if whole in text]
        found = {
            bisect_right(starts, at) - 1
            for at in self._places(word)
            if self.text.startswith(whole, at)
        }
        return [texts[i] for i in sorted(found) if whole in texts[i]]  # none across two
