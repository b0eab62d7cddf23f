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

Tune on ``dev``; report ``test`` separately and only at the end.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(ROOT / "benchmarks"))
from quality_extract import run_pipeline  # noqa: E402

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


def score_article(
    gold: dict, pages: dict[str, set[str]], types: dict[str, str] | None = None
) -> Score:
    """``pages``: entity key -> its name and aliases (the forms that name it); ``types``:
    entity key -> its type, for the type line (pages without one are not typed)."""
    score = Score()
    title = gold.get("title", "")
    actors = gold.get("actors") or []
    owners: dict[str, list[int]] = defaultdict(list)
    for index, actor in enumerate(actors):
        for variant in {actor["name"], *(actor.get("variants") or [])}:
            owners[_fold(variant)].append(index)
    pages_of: dict[int, list[str]] = defaultdict(list)
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
            score.errors.append(f"{title}: junk page {key} ({', '.join(sorted(forms))})")
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
            score.errors.append(f"{title}: {actor['name']} split over {pages_of[index]}")
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
    for mention in resolved.mentions:
        if mention.entity in entities:
            mentioned[mention.article].add(mention.entity)
    for article, article_id in zip(chosen, article_ids, strict=True):
        pages = {key: {entities[key].name, *entities[key].aliases} for key in mentioned[article_id]}
        types = {key: entities[key].type for key in pages}
        total.add(score_article(article, pages, types))
    print(total.line(f"{split} ({len(chosen)} articles)"))
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
