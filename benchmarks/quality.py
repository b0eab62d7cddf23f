"""Quality report: actor pages against hand-annotated gold (``make quality``).

Usage: .venv/bin/python benchmarks/quality.py [--split dev|test|all] [--gold FILE] [--errors]

The gold (``tests/gold/wikinews-gold.yml``) was annotated by hand from the articles' text,
following ``../shared/GOLD.md``, before looking at what the generator makes. The articles of a
split are imported from the shared corpus with ``generator import`` into a briefing with no
curated data and run through load → annotate → resolve, the same stages a build runs. Scores,
as GOLD.md defines them, per article and summed:

- **precision**: actor pages mentioned in an article whose name or an alias is a variant of
  one of that article's gold actors, over all actor pages mentioned there (gold actors
  flagged ``incidental`` count neither way);
- **recall**: gold actors named twice or more that have a page, over all such actors;
- **splits**: gold actors with two or more pages;
- **types**: of the actor pages matched to gold actors of one type, those whose type is the
  gold type (gold ``outlet`` is the generator's ``media``); a separate line, because the
  scores above never looked at types and a person typed organisation is still misfiled.

A ``breakdown`` line counts the junk pages by the first class of ``JUNK`` that applies and the
splits by the first of ``SPLITS``, each decided mechanically from the gold and the page, so
that a blind block can be diagnosed without its errors being read.

Tune on ``dev``; report ``test`` separately and only at the end.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(ROOT / "benchmarks"))
from quality_extract import run_pipeline  # noqa: E402

from generator.gazetteer import place_kind, state_name  # noqa: E402
from generator.resolve.merge import SPELLING_THRESHOLD  # noqa: E402
from generator.resolve.names import (  # noqa: E402
    given_name,
    is_acronym,
    strip_titles,
    title_only,
)

DEFAULT_GOLD = ROOT / "tests" / "gold" / "wikinews-gold.yml"
CORPUS = ROOT.parent / "shared" / "corpora" / "wikinews_2019.csv"


@dataclass
class Score:
    pages: int = 0
    right: int = 0
    wanted: int = 0
    found: int = 0
    splits: int = 0
    typed: int = 0
    typed_right: int = 0
    kind_right: int = 0
    """Typed right once news media count as organisations: person, body and state apart."""
    errors: list[str] = field(default_factory=list)
    type_errors: list[str] = field(default_factory=list)
    junk: Counter[str] = field(default_factory=Counter)
    """Junk pages by the first class of ``JUNK`` that applies."""
    split_kinds: Counter[str] = field(default_factory=Counter)
    """Split gold actors by the first class of ``SPLITS`` that applies."""

    def add(self, other: Score) -> None:
        for name in (
            "pages",
            "right",
            "wanted",
            "found",
            "splits",
            "typed",
            "typed_right",
            "kind_right",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors.extend(other.errors)
        self.type_errors.extend(other.type_errors)
        self.junk.update(other.junk)
        self.split_kinds.update(other.split_kinds)

    def breakdown_line(self, label: str) -> str:
        junk = ", ".join(f"{why} {self.junk[why]}" for why in JUNK)
        splits = ", ".join(f"{why} {self.split_kinds[why]}" for why in SPLITS)
        return (
            f"{label}: of {self.pages - self.right} junk pages, {junk}; "
            f"of {self.splits} splits, {splits}"
        )

    def type_line(self, label: str) -> str:
        accuracy = self.typed_right / self.typed if self.typed else 1.0
        kinds = self.kind_right / self.typed if self.typed else 1.0
        return (
            f"{label}: types {accuracy:.1%} ({self.typed_right}/{self.typed} matched pages), "
            f"person/organisation/state {kinds:.1%} "
            f"({self.kind_right}/{self.typed}, media as organisation)"
        )

    def line(self, label: str) -> str:
        precision = self.right / self.pages if self.pages else 1.0
        recall = self.found / self.wanted if self.wanted else 1.0
        return (
            f"{label}: precision {precision:.1%} ({self.right}/{self.pages} actor pages real), "
            f"recall {recall:.1%} ({self.found}/{self.wanted} actors named twice or more), "
            f"splits {self.splits}"
        )


def _fold(text: str) -> str:
    """Case, curly quotes and a final full stop ('Inc.' / 'Inc') do not tell names apart."""
    return " ".join(text.replace("’", "'").split()).casefold().rstrip(".")


# The gold's word for news media (GOLD.md) and the generator's (model.kinds.ACTOR_TYPES).
_GOLD_TYPES = {"outlet": "media"}
_KIND = {"media": "organisation"}
"""News media are organisations: the person/organisation/state figure does not tell them apart."""


JUNK = (
    "another form",
    "glued",
    "cut",
    "title alone",
    "place",
    "named once",
    "other",
)
"""Why a junk page matched no gold variant, first that applies: it names a gold actor in a form
the gold does not list (equal once accents and punctuation are folded, or a gold person's name
with given names or initials added or dropped: the surname the same), so the gold or the
scorer is the gap; it is *glued*, a gold variant's words and other capitalised words with no
"of", "for" or "and" between ("Venezuela Chavez", "Presidents Obama"); it is *cut*, its words a
proper run of a gold variant's ("UN Office"); every word a title, rank or role
(``names.title_only``, the generator's own test); the gazetteer knows it as a place that is no
state; the article names it once (an actor the gold may leave out, or a thing named in
passing); other."""

SPLITS = ("acronym and long form", "shorter and longer form", "spelling variant", "other")
"""How a split gold actor's pages are named, first that applies to two of them: one an acronym
and the other several words; one's words (titles stripped) within the other's; two spellings at
the briefing merge's own ``SPELLING_THRESHOLD``; other."""


def _words(text: str) -> list[str]:
    """Folded words: case, accents and punctuation do not tell names apart here."""
    plain = unicodedata.normalize("NFKD", _fold(text))
    return re.findall(r"\w+", "".join(c for c in plain if not unicodedata.combining(c)))


def _within(part: list[str], whole: list[str]) -> bool:
    """``part`` is a run of consecutive words of ``whole``."""
    n = len(part)
    return any(whole[i : i + n] == part for i in range(len(whole) - n + 1))


_LINKS = frozenset({"of", "for", "and", "the", "de", "s"})
"""Words that join a body to its owner ("Army of Turkey", "Iran's Foreign Ministry"): a gold
name inside such a page is its owner, not a name glued on."""


def _another_form(
    page: list[str], variant: list[str], person: bool, added: Callable[[str], bool]
) -> bool:
    """``page`` is ``variant`` folded, or, for a person, the same surname with given names
    dropped, or with initials or words ``added`` admits as given names added (before a
    surname alone, or after the variant's given name)."""
    if page == variant:
        return True
    if not person or len(page) < 2 or page[-1] != variant[-1]:
        return False
    if set(page) < set(variant):
        return True
    if len(variant) > 1 and page[0] != variant[0]:
        return False  # a word before the given name: a label ("Fisheries José Fritsch")
    extra = set(page) - set(variant)
    return set(variant) < set(page) and all(len(w) == 1 or added(w) for w in extra)


def junk_class(
    forms: set[str], actors: list[dict], named: int, lowercase: frozenset[str] = frozenset()
) -> str:
    """The first class of ``JUNK`` that a junk page (its name and aliases) falls in;
    ``lowercase``: the article's words written in lower case, for the generator's own test of a
    given name (``names.given_name``)."""
    given = {
        w: given_name(w, lowercase, places=False)
        for f in forms
        for w in f.split()
        if w[:1].isupper()
    }

    def added(word: str) -> bool:
        return any(g and _words(w) == [word] for w, g in given.items())

    variants = [
        (_words(v), a.get("type") == "person")
        for a in actors
        for v in {a["name"], *(a.get("variants") or [])}
    ]
    pages = [(_words(f), f) for f in sorted(forms)]
    if any(_another_form(p, v, person, added) for p, _ in pages for v, person in variants):
        return JUNK[0]
    for p, form in pages:
        capitalised = all(w[:1].isupper() for w in form.split())
        glued = any(len(v) < len(p) and _within(v, p) for v, _ in variants)
        if capitalised and glued and not _LINKS & set(p):
            return JUNK[1]
    if any(len(p) < len(v) and _within(p, v) for p, _ in pages for v, _ in variants):
        return JUNK[2]
    if any(title_only(f) for f in forms):
        return JUNK[3]
    if any(place_kind(f) and not state_name(f) for f in forms):
        return JUNK[4]
    if named <= 1:
        return JUNK[5]
    return JUNK[6]


def split_class(names: list[str]) -> str:
    """The first class of ``SPLITS`` that two of a split actor's page names fall in."""
    pairs = [(a, b) for i, a in enumerate(names) for b in names[i + 1 :]]
    for a, b in pairs:
        if is_acronym(a) != is_acronym(b):
            return SPLITS[0]
    for a, b in pairs:
        wa, wb = set(_words(strip_titles(a))), set(_words(strip_titles(b)))
        if wa <= wb or wb <= wa:
            return SPLITS[1]
    for a, b in pairs:
        if fuzz.ratio(" ".join(_words(a)), " ".join(_words(b))) >= SPELLING_THRESHOLD:
            return SPLITS[2]
    return SPLITS[3]


def score_article(
    gold: dict,
    pages: dict[str, set[str]],
    types: dict[str, str] | None = None,
    named: dict[str, int] | None = None,
    names_of: dict[str, str] | None = None,
    lowercase: frozenset[str] = frozenset(),
) -> Score:
    """``pages``: entity key -> its name and aliases (the forms that name it); ``types``:
    entity key -> its type, for the type line (pages without one are not typed); ``named``:
    entity key -> its mentions in the article, for ``JUNK``; ``names_of``: entity key -> its
    name, for ``SPLITS`` (else the first of its forms); ``lowercase``: see ``junk_class``."""
    score = Score()
    title = gold.get("title", "")
    actors = gold.get("actors") or []
    owners: dict[str, list[int]] = defaultdict(list)
    for index, actor in enumerate(actors):
        for variant in {actor["name"], *(actor.get("variants") or [])}:
            owners[_fold(variant)].append(index)
    pages_of: dict[int, list[str]] = defaultdict(list)
    names = {key: (names_of or {}).get(key) or min(forms) for key, forms in pages.items()}
    for key, forms in sorted(pages.items()):
        matched = sorted({i for form in forms for i in owners.get(_fold(form), [])})
        _score_type(score, title, key, [actors[i] for i in matched], (types or {}).get(key))
        if matched and all(actors[i].get("incidental") for i in matched):
            for i in matched:
                pages_of[i].append(key)
            continue
        score.pages += 1
        if matched:
            score.right += 1
            for i in matched:
                pages_of[i].append(key)
        else:
            why = junk_class(forms, actors, (named or {}).get(key, 1), lowercase)
            score.junk[why] += 1
            score.errors.append(f"{title}: junk page {key} ({', '.join(sorted(forms))}) [{why}]")
    for index, actor in enumerate(actors):
        named_twice = int(actor.get("mentions") or 0) >= 2
        if named_twice and not actor.get("incidental"):
            score.wanted += 1
            if pages_of.get(index):
                score.found += 1
            else:
                score.errors.append(f"{title}: missed {actor['name']} ({actor['type']})")
        if len(pages_of.get(index, [])) > 1:
            score.splits += 1
            why = split_class([names[key] for key in pages_of[index]])
            score.split_kinds[why] += 1
            score.errors.append(f"{title}: {actor['name']} split over {pages_of[index]} [{why}]")
    return score


def _score_type(score: Score, title: str, key: str, matched: list[dict], got: str | None) -> None:
    """A page matched to gold actors that agree on a type is typed right or wrong."""
    wanted = {_GOLD_TYPES.get(actor["type"], actor["type"]) for actor in matched}
    if got is None or len(wanted) != 1:
        return
    score.typed += 1
    (gold_type,) = wanted
    if got == gold_type:
        score.typed_right += 1
    if _KIND.get(got, got) == _KIND.get(gold_type, gold_type):
        score.kind_right += 1
    if got != gold_type:
        score.type_errors.append(f"{title}: {key} typed {got}, gold {gold_type}")


def run(gold_path: Path, split: str, show_errors: bool) -> Score:
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    chosen = [a for a in gold["articles"] if split == "all" or a["split"] == split]
    total = Score()
    # The same import, annotate, resolve and extract as the extraction report (and a build).
    resolved, article_ids = run_pipeline(chosen, gold_path)
    entities = {e.key: e for e in resolved.entities if e.kind == "actors"}
    mentioned: dict[str, set[str]] = defaultdict(set)
    counts: Counter[tuple[str, str]] = Counter()
    for mention in resolved.mentions:
        if mention.entity in entities:
            mentioned[mention.article].add(mention.entity)
            counts[mention.article, mention.entity] += 1
    for article, article_id in zip(chosen, article_ids, strict=True):
        pages = {key: {entities[key].name, *entities[key].aliases} for key in mentioned[article_id]}
        types = {key: entities[key].type for key in pages}
        named = {key: counts[article_id, key] for key in pages}
        names = {key: entities[key].name for key in pages}
        words = (w for s in resolved.sentences.get(article_id, ()) for w in s.text.split())
        lowercase = frozenset(w for w in words if w.islower())
        total.add(score_article(article, pages, types, named, names, lowercase))
    print(total.line(f"{split} ({len(chosen)} articles)"))
    print(total.breakdown_line(f"breakdown {split}"))
    if show_errors:
        for error in total.errors:
            print("  " + error)
    print(total.type_line(f"{split} ({len(chosen)} articles)"))
    if show_errors:
        for error in total.type_errors:
            print("  " + error)
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    parser.add_argument("--errors", action="store_true", help="list every error")
    args = parser.parse_args()
    run(args.gold, args.split, args.errors)


if __name__ == "__main__":
    main()
