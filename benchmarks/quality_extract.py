"""Quality report: proposed statements, events and agreements against hand-made gold.

Usage: .venv/bin/python benchmarks/quality_extract.py [--split dev|test|all] [--errors]
       .venv/bin/python benchmarks/quality_extract.py --extra [--split dev|test|all] [--errors]

``--extra`` scores the agreements of ``tests/gold/agreements-extra.yml`` instead: articles in no
split of the main gold (corpus rows, the Wikinews articles of ``agreements-extra-articles.csv``
beside it, the seeds), annotated for agreements only, so only agreements are reported. That
file has its own splits: ``dev`` (the part tuned on, the default) and a blind ``test`` part.

The articles of a split are imported from the shared corpus with ``generator import`` into a
briefing with no curated data and run through load → annotate → resolve → extract, the
stages a build runs. Matching follows ``../shared/GOLD.md``, each gold item matched at most
once, within its own article (the largest such matching, not first come first served):

- **statements**: the speaker is one of the gold speaker's names (its gold variants) and the
  quotation begins with the gold ``quote_start`` (compared word by word, ignoring case,
  quotation marks and punctuation at word edges). Recall counts non-fragment gold quotations
  only; a proposal matching a fragment is right, not missing.
- **events**: a proposed event reported in the article whose date agrees with the gold date as
  far as both are precise (a missing date agrees with any) and that shares a participant.
- **agreements**: the same rule with parties.

Because a missing date agrees with any, event dates get a line of their own (``Dates``): over
gold events with a date, how many are matched by a proposal of the same date (as far as both
are precise), by none with a date (undated), or only by a proposal sharing a participant whose
date differs (a proposal left unmatched paired, date-blind, with a gold event left unmatched);
and how many matched proposals carry a date where the gold has none. ``--errors`` lists the
undated, differing and extra ones. A missed gold event or agreement is also counted by where it
was lost (``LOSSES``: no participant resolved, no proposal naming one, only other dates, or its
proposal the match of another gold item), a line of counts that diagnoses a blind block
without its errors being read. Matching is type-blind (an actor's one statement agrees with their
visit), so one more line scores events paired only within the family of their type
(``FAMILIES``; the catch-all ``other`` pairs with ``other``): its gap to the first line is the
type-blind coincidences. The fourth loss, two occurrences told as one, is counted again
by what tells the two gold items apart (``MERGES``: another date, place, participants or type)
and by whether the one proposal was read from one sentence or several; ``--errors`` lists each
pair.

Tune on ``dev``; report ``test`` separately and only at the end.
"""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.annotate import annotate  # noqa: E402
from generator.extract import extract  # noqa: E402
from generator.importer import RawArticle, read_sources, write_articles  # noqa: E402
from generator.load import load_content  # noqa: E402
from generator.model import Resolved  # noqa: E402
from generator.resolve import resolve  # noqa: E402

DEFAULT_GOLD = ROOT / "tests" / "gold" / "wikinews-gold.yml"
EXTRA_GOLD = ROOT / "tests" / "gold" / "agreements-extra.yml"
CORPUS = ROOT.parent / "shared" / "corpora" / "wikinews_2019.csv"
SEEDS = ROOT.parent / "shared" / "seeds"
KINDS = ("statements", "events", "agreements")
LOSSES = (
    "no participant an actor",
    "no proposal names one",
    "only proposals of another date",
    "its kind's proposal matched another",
    "only other kinds' proposals agree",
)
"""Where a missed gold event or agreement was lost, first that applies: none of its
participants is an actor the article's pages name (resolve); no proposal of the article names
one (extraction found no such act of theirs); every proposal naming one has another date
(dating); a proposal of its kind (``family``: speaking, meeting, violence, …) that agrees is
the match of another gold item (two occurrences told as one: merging); only proposals of
other kinds agree, and they are other items' matches (its act was not proposed: matching is
type-blind, so an actor's one statement can agree with their visit). Counts only, so a blind
block can be diagnosed without reading its errors."""

FAMILIES = {
    "speaking": (
        *("statement", "interview", "press conference", "speech", "announcement", "letter"),
        *("declaration", "statement of policy", "warning", "threat", "claim", "denial"),
        *("accusation", "demand", "plea", "promise", "pledge", "apology", "report"),
        *("publication", "request", "proposal", "refusal", "rejection", "call", "offer"),
        *("endorsement", "debate", "leak", "condemnation", "criticism", "broadcast"),
        *("decree", "petition", "press briefing", "briefing", "disclosure", "admission"),
        *("ultimatum", "allegation", "recommendation", "invitation", "legal notice"),
    ),
    "meeting": (
        *("meeting", "visit", "talks", "summit", "phone call", "conference", "mediation"),
        *("negotiations", "negotiation", "diplomacy"),
    ),
    "violence": (
        *("strike", "assault", "killing", "attack", "airstrike", "bombing", "invasion", "war"),
        *("violence", "conflict", "military operation", "clash", "shelling", "seizure"),
        *("crackdown", "coup", "deployment", "offensive", "capture", "intervention"),
        *("execution", "shooting", "battle", "raid", "kidnapping", "overthrow", "fighting"),
        *("uprising", "coup attempt", "shootdown", "military advance", "hijacking"),
    ),
    "legal": (
        *("arrest", "detention", "sentencing", "conviction", "trial", "charge", "lawsuit"),
        *("hearing", "court hearing", "ruling", "acquittal", "appeal", "investigation"),
        *("indictment", "release", "pardon", "subpoena", "extradition", "imprisonment"),
        *("warrant", "arrest warrant", "summons", "testimony", "verdict", "commutation"),
        *("clemency", "stay", "referral"),
    ),
    "office": (
        *("election", "vote", "referendum", "poll", "appointment", "resignation"),
        *("nomination", "taking office", "dismissal", "impeachment", "inauguration"),
        *("selection", "passage", "approval", "resolution", "campaign", "swearing-in"),
        *("ouster", "legislation", "candidacy", "designation"),
    ),
    "protest": ("protest", "rally", "demonstration"),
}
"""Event types, gold's free words and the generator's (``model.EVENT_TYPES``), in a few
families, for the losses: a type in none is ``other``. The gold's words for kinds a family
already has ("execution", "swearing-in", "negotiations": 39 words events80 listed from the read
sets' gold, session 49) were added so that a proposal of the kind is not scored a coincidence
because the annotator chose another word."""
_FAMILY = {word: name for name, words in FAMILIES.items() for word in words}

MERGES = (
    *("taken across kinds", "other date", "other place", "other participants", "other type"),
    "nothing apart",
)
"""Why one proposal stood for two gold items (loss 4 of ``LOSSES``), first that applies: a
proposal of its kind that agrees is the match of a gold item of another kind (matching is
type-blind: the missed release's own proposal paired with an election, no merge at all); else
what the gold tells the missed item and the one the proposal matched apart by: both dated, on
other days (a merge that ignored the date); both placed, elsewhere; other participants (another
object, victim, partner or speaker); the same participants but another type of act (a
conviction and its sentencing); nothing the gold records (two occasions of one kind, told apart
only by the words)."""
SPANS = ("one sentence", "several sentences")
"""Where the one proposal was read: a single sentence (two occurrences in one clause or list,
an extraction matter) or several (two reports folded together, a merging matter)."""


def family(event_type: str | None) -> str:
    """The family (``FAMILIES``) of an event type; agreements and untyped items are ``other``.
    Gold's free words are read as written, else without a plural "s", else by their last word
    ("press statement", "arrests", "military intervention")."""
    word = " ".join((event_type or "").casefold().split())
    last = word.rpartition(" ")[2]
    for form in (word, word.removesuffix("s"), last, last.removesuffix("s")):
        if form in _FAMILY:
            return _FAMILY[form]
    return "other"


@dataclass
class Score:
    proposed: int = 0
    right: int = 0
    wanted: int = 0
    found: int = 0
    errors: list[str] = field(default_factory=list)
    losses: Counter[str] = field(default_factory=Counter)
    """Missed gold events or agreements by where they were lost (``LOSSES``)."""
    lost_families: Counter[tuple[str, str]] = field(default_factory=Counter)
    """The same by (where lost, the gold type's family)."""
    merges: Counter[tuple[str, str]] = field(default_factory=Counter)
    """The losses of two occurrences told as one by (``MERGES``, ``SPANS``)."""
    merged: list[str] = field(default_factory=list)
    """Each of those: the two gold items, the proposal and the cause, for ``--errors``."""

    def add(self, other: Score) -> None:
        for name in ("proposed", "right", "wanted", "found"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors.extend(other.errors)
        self.losses.update(other.losses)
        self.lost_families.update(other.lost_families)
        self.merges.update(other.merges)
        self.merged.extend(other.merged)

    def losses_line(self, label: str) -> str:
        missed = self.wanted - self.found
        parts = ", ".join(f"{why} {self.losses[why]}" for why in LOSSES)
        return f"{label}: of {missed} missed, {parts}"

    def families_line(self, label: str) -> str:
        """The missed items by their gold type's family (``FAMILIES``) and where lost
        (``LOSSES`` by number, 1-based): which kinds of act the losses are of."""
        names = (*FAMILIES, "other")
        parts = []
        for name in names:
            counts = [self.lost_families[(why, name)] for why in LOSSES]
            if any(counts):
                parts.append(f"{name} {sum(counts)} ({'/'.join(map(str, counts))})")
        return f"{label}: " + (", ".join(parts) or "none")

    def merges_line(self, label: str) -> str:
        """The losses of two occurrences told as one by cause (``MERGES``), each with its
        split by where the proposal was read (``SPANS``: one sentence / several)."""
        parts = []
        for cause in MERGES:
            counts = [self.merges[(cause, span)] for span in SPANS]
            parts.append(f"{cause} {sum(counts)} ({'/'.join(map(str, counts))})")
        total = sum(self.merges.values())
        return f"{label}: of {total} ({' / '.join(SPANS)}), " + ", ".join(parts)

    def line(self, label: str) -> str:
        precision = self.right / self.proposed if self.proposed else 1.0
        recall = self.found / self.wanted if self.wanted else 1.0
        return (
            f"{label}: precision {precision:.1%} ({self.right}/{self.proposed}), "
            f"recall {recall:.1%} ({self.found}/{self.wanted})"
        )


@dataclass
class Dates:
    """Event dates against gold events that have one (``score``): same, undated or different,
    and the proposals dated where the gold has no date."""

    same: int = 0
    undated: int = 0
    different: int = 0
    unmatched: int = 0
    extra: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: Dates) -> None:
        for name in ("same", "undated", "different", "unmatched", "extra"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors.extend(other.errors)

    def line(self, label: str) -> str:
        dated = self.same + self.undated + self.different + self.unmatched
        share = self.same / dated if dated else 1.0
        return (
            f"{label}: of {dated} dated gold events, same date {self.same} ({share:.1%}), "
            f"undated {self.undated}, different {self.different}, not found {self.unmatched}; "
            f"dated where gold has none {self.extra}"
        )


def fold(text: str) -> str:
    return " ".join(text.replace("’", "'").split()).casefold()


def words(text: str) -> list[str]:
    """Words compared for quotation starts: marks and edge punctuation dropped."""
    out = []
    for word in fold(text).split():
        word = word.strip("\"“”‘'’.,;:!?()[]…-—–")
        if word:
            out.append(word)
    return out


def starts_with(quote: str, start: str) -> bool:
    gold = words(start)
    return bool(gold) and words(quote)[: len(gold)] == gold


def dates_agree(a: str | None, b: str | None) -> bool:
    a, b = a and str(a), b and str(b)
    return a is None or b is None or a.startswith(b) or b.startswith(a)


@dataclass(frozen=True)
class Item:
    """A proposal as the scorer sees it: the names of its actors and its text or date."""

    label: str
    names: frozenset[str]
    """Folded names and aliases of its speaker, participants or parties."""
    text: str = ""
    date: str | None = None
    kind: str = "other"
    """``family`` of its type, for the losses."""
    sentences: int = 0
    """How many sentences of its article report it (0: not known), for ``MERGES``."""


def agrees(item: Item, g: dict, kind: str, variants, typed: bool = False) -> bool:
    """Whether a proposal may be paired with a gold item: speaker and quotation start, or a
    shared actor and compatible dates; ``typed`` also asks for the family of its type
    (``family``) to be the gold type's, for the line that tells real matches from type-blind
    coincidences (an actor's statement agreeing with their visit)."""
    if typed and kind == "events" and item.kind != family(g.get("type")):
        return False
    if kind == "statements":
        return bool(item.names & variants(g["speaker"])) and starts_with(
            item.text, g["quote_start"]
        )
    people = g.get("participants") or g.get("parties") or []
    shared = any(item.names & variants(p) for p in people)
    return shared and dates_agree(item.date, g.get("date"))


def pairs(candidates: list[list[int]], first: list[list[int]] | None = None) -> dict[int, int]:
    """A largest one-to-one matching of items to gold items (gold index -> item index), by
    augmenting paths: a proposal that agrees with an undated gold item and with a dated one
    does not keep the undated one from another proposal that agrees only with it, as a greedy
    first-come matching would. ``first``: a subset of each item's candidates matched before the
    rest (an event's gold items of its own family), so that of the largest matchings the one
    kept pairs proposals with items of their kind where it can: the type-blind figures are the
    same (every largest matching has the same size), but the misses listed and counted by
    ``LOSSES`` are the ones a reader would name (an actor's statement paired with their
    statement, not with their visit). Deterministic: items and gold are tried in order."""
    owner: dict[int, int] = {}
    matched: set[int] = set()

    def place(item: int, seen: set[int], lists: list[list[int]]) -> bool:
        for g in lists[item]:
            if g in seen:
                continue
            seen.add(g)
            if g not in owner or place(owner[g], seen, lists):
                owner[g] = item
                return True
        return False

    for lists in (first, candidates):
        if lists is None:
            continue
        for item in range(len(candidates)):
            if item not in matched and place(item, set(), lists):
                matched.add(item)
    return owner


def score(
    gold: list[dict],
    items: list[Item],
    kind: str,
    title: str,
    variants,
    dates: Dates | None = None,
    present: frozenset[str] = frozenset(),
    typed: bool = False,
) -> Score:
    """One article, one kind: the largest one-to-one matching (``pairs``); with ``dates``, the
    dates of the pairs (``date_figures``) are added to it. ``present``: the folded names of the
    actors the article's mentions link to, for the losses of missed events and agreements."""
    result = Score(proposed=len(items))
    # A gold item the proposal's date names is tried before an undated one, so that the
    # errors listed are the ones a reader would pair ("Birth (1951)" with the birth).
    candidates = [
        sorted(
            (index for index, g in enumerate(gold) if agrees(item, g, kind, variants, typed)),
            key=lambda index, item=item: not (item.date and gold[index].get("date")),
        )
        for item in items
    ]
    first = None
    if kind == "events" and not typed:
        first = [
            [index for index in indexes if agrees(item, gold[index], kind, variants, True)]
            for item, indexes in zip(items, candidates, strict=True)
        ]
    owner = pairs(candidates, first)
    used = set(owner)
    matched = set(owner.values())
    for position, item in enumerate(items):
        if position not in matched:
            result.errors.append(f"{title}: wrong {kind[:-1]} {item.label}")
        else:
            result.right += 1
    for index, g in enumerate(gold):
        if kind == "statements" and g.get("fragment"):
            continue
        result.wanted += 1
        if index in used:
            result.found += 1
        else:
            what = (
                f"{g['speaker']}: {g['quote_start']!r}"
                if kind == "statements"
                else f"{g['name']} ({g.get('date')})"
            )
            result.errors.append(f"{title}: missed {kind[:-1]} {what}")
            if kind != "statements" and not typed:
                why = _loss(g, items, kind, variants, present)
                result.losses[why] += 1
                result.lost_families[(why, family(g.get("type")))] += 1
                if why == LOSSES[3]:
                    other, item = _merged_with(g, gold, items, owner, kind, variants)
                    crossed = family(other.get("type")) != family(g.get("type"))
                    cause = MERGES[0] if crossed else merge_cause(g, other)
                    span = SPANS[item.sentences > 1]
                    result.merges[(cause, span)] += 1
                    result.merged.append(
                        f"{title}: {what} told as one with {other['name']} "
                        f"({other.get('date')}) in {item.label}: {cause}, {span}"
                    )
    if dates is not None:
        dates.add(date_figures(gold, items, owner, title, variants))
    return result


def _loss(g: dict, items: list[Item], kind: str, variants, present: frozenset[str]) -> str:
    """Where a missed gold event or agreement was lost (``LOSSES``)."""
    named = frozenset().union(
        *(variants(p) for p in g.get("participants") or g.get("parties") or [])
    )
    if not named & present:
        return LOSSES[0]
    if not any(item.names & named for item in items):
        return LOSSES[1]
    agreeing = [item for item in items if agrees(item, g, kind, variants)]
    if not agreeing:
        return LOSSES[2]
    if any(item.kind == family(g.get("type")) for item in agreeing):
        return LOSSES[3]
    return LOSSES[4]


def _merged_with(
    g: dict, gold: list[dict], items: list[Item], owner: dict[int, int], kind: str, variants
) -> tuple[dict, Item]:
    """For a loss of two occurrences told as one: the other gold item, and the proposal of
    ``g``'s kind that agrees with ``g`` but is that item's match; one matched to a gold item
    of another kind first (``MERGES``' first cause), else the first in order."""
    matched = {item: index for index, item in owner.items()}
    found = [
        (gold[matched[position]], item)
        for position, item in enumerate(items)
        if position in matched
        and item.kind == family(g.get("type"))
        and agrees(item, g, kind, variants)
    ]
    if not found:
        raise ValueError(f"no proposal of its kind is another's match: {g['name']}")
    crossed = [(other, item) for other, item in found if family(other.get("type")) != item.kind]
    return (crossed or found)[0]


def merge_cause(missed: dict, other: dict) -> str:
    """What tells two gold items, told as one proposal, apart (``MERGES`` after the first)."""
    first, second = missed.get("date"), other.get("date")
    if first and second and not dates_agree(first, second):
        return MERGES[1]
    places = {fold(str(g.get("place") or "")) for g in (missed, other)}
    if "" not in places and len(places) == 2:
        return MERGES[2]
    people = [
        frozenset(fold(p) for p in g.get("participants") or g.get("parties") or [])
        for g in (missed, other)
    ]
    if people[0] != people[1]:
        return MERGES[3]
    if fold(str(missed.get("type") or "")) != fold(str(other.get("type") or "")):
        return MERGES[4]
    return MERGES[5]


def date_figures(
    gold: list[dict], items: list[Item], owner: dict[int, int], title: str, variants
) -> Dates:
    """The dates of the scored pairs (``owner``: gold index -> item index); a dated gold event
    left unmatched is paired, ignoring dates, with an unmatched proposal sharing a participant,
    so that a proposal whose wrong date kept it from matching counts as a different date."""
    out = Dates()
    matched = set(owner.values())
    left = [i for i in range(len(items)) if i not in matched]
    dated_left = [g for g in range(len(gold)) if g not in owner and gold[g].get("date")]
    blind = [
        [
            g
            for g in dated_left
            if any(
                items[i].names & variants(p)
                for p in gold[g].get("participants") or gold[g].get("parties") or []
            )
        ]
        for i in left
    ]
    second = {g: left[i] for g, i in pairs(blind).items()}
    for index, g in enumerate(gold):
        want = g.get("date")
        what = f"{g['name']} ({want}, {g.get('date_text')!r})"
        if index in owner:
            item = items[owner[index]]
            if not want:
                if item.date:
                    out.extra += 1
                    out.errors.append(f"{title}: dated where gold is not {item.label} ~ {what}")
            elif item.date:
                out.same += 1
            else:
                out.undated += 1
                out.errors.append(f"{title}: undated {item.label} ~ {what}")
        elif want and index in second:
            out.different += 1
            out.errors.append(f"{title}: different date {items[second[index]].label} ~ {what}")
        elif want:
            out.unmatched += 1
    return out


def corpus_path(article: dict, gold_path: Path) -> Path:
    """The CSV a gold article's ``row`` indexes: the shared corpus unless ``corpus`` names a
    file beside the gold file."""
    name = article.get("corpus")
    return CORPUS if name in (None, CORPUS.name) else gold_path.parent / name


def read_articles(chosen: list[dict], gold_path: Path, folder: Path) -> list[RawArticle]:
    """The chosen gold articles as the importer reads them, in gold order: CSV rows (written
    to one subset CSV per corpus) and seed ``.txt`` files (with the gold date)."""
    tables: dict[Path, list[dict]] = {}
    raw: list[RawArticle] = []
    for index, article in enumerate(chosen):
        if "seed" in article:
            raw.extend(read_sources([SEEDS / article["seed"]], date=str(article["date"])))
            continue
        path = corpus_path(article, gold_path)
        if path not in tables:
            with path.open(encoding="utf-8", newline="") as table:
                tables[path] = list(csv.DictReader(table))
        row = tables[path][article["row"]]
        subset = folder / f"subset-{index}.csv"
        with subset.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=["url", "date", "title", "text"])
            writer.writeheader()
            writer.writerow({k: row[k] for k in ("url", "date", "title", "text")})
        raw.extend(read_sources([subset]))
    return raw


def run_pipeline(chosen: list[dict], gold_path: Path) -> tuple[Resolved, list[str]]:
    """Import, annotate, resolve and extract the chosen articles; their ids in gold order."""
    with tempfile.TemporaryDirectory(prefix="briefing-quality-") as tmp:
        folder = Path(tmp)
        raw = read_articles(chosen, gold_path, folder)
        content = folder / "content"
        write_articles(raw, content)
        (content / "briefing.yml").write_text("title: Quality\n", encoding="utf-8")
        loaded = load_content(content)
        annotations = annotate(loaded.articles, loaded.entities, cache_dir=ROOT / "build/cache")
        resolved = extract(resolve(loaded, annotations), annotations, loaded.articles)
    ids = {(a.date, a.title): a.id for a in loaded.articles}
    return resolved, [ids[(r.date, r.title)] for r in raw]


def article_links(
    resolved: Resolved, entities: dict
) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Per article, the proposals its sentences report (their extract mentions) and the
    actors its mentions link to (for the losses)."""
    sources: dict[str, set[str]] = defaultdict(set)
    linked: dict[str, set[str]] = defaultdict(set)
    for m in resolved.mentions:
        if m.how == "extract":
            sources[m.article].add(m.entity)
        elif m.entity.startswith("actors/") and m.entity in entities:
            linked[m.article].add(m.entity)
    return sources, linked


def report_sentences(resolved: Resolved) -> dict[tuple[str, str], set[tuple[int, int]]]:
    """Per (article, proposal), the sentences (paragraph, sentence) its extract mentions lie
    in: how many sentences report it, for ``SPANS``."""
    out: dict[tuple[str, str], set[tuple[int, int]]] = defaultdict(set)
    for m in resolved.mentions:
        if m.how == "extract":
            out[(m.article, m.entity)].add((m.paragraph, m.sentence))
    return out


def run(
    gold_path: Path, split: str, show_errors: bool, kinds: tuple[str, ...] = KINDS
) -> dict[str, Score]:
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    chosen = [a for a in gold["articles"] if split == "all" or a.get("split") == split]
    resolved, article_ids = run_pipeline(chosen, gold_path)
    entities = {e.key: e for e in resolved.entities}

    def names(key: str) -> frozenset[str]:
        e = entities[key]
        return frozenset(fold(n) for n in (e.name, *e.aliases))

    sources, linked = article_links(resolved, entities)
    spans = report_sentences(resolved)
    totals = {kind: Score() for kind in KINDS}
    typed_events = Score()
    # the events paired only with gold events of the same family (``agrees``' ``typed``)
    dates = Dates()
    for article, article_id in zip(chosen, article_ids, strict=True):
        title = article["title"][:50]
        known = {fold(a["name"]): a for a in article.get("actors") or []}

        def variants(name: str, known=known) -> frozenset[str]:
            actor = known.get(fold(name), {"name": name})
            return frozenset(fold(v) for v in {actor["name"], *(actor.get("variants") or [])})

        said = [
            Item(f"{s.speaker}: {s.quote[:60]!r}", names(s.speaker), s.quote)
            for s in resolved.statements
            if s.article == article_id
        ]
        totals["statements"].add(
            score(article.get("statements") or [], said, "statements", title, variants)
        )
        for kind in ("events", "agreements"):
            found = [
                Item(
                    f"{key} ({entities[key].date})",
                    frozenset().union(*(names(f"actors/{p}") for p in entities[key].parties)),
                    date=entities[key].date,
                    kind=family(entities[key].type),
                    sentences=len(spans[(article_id, key)]),
                )
                for key in sorted(sources[article_id])
                if key.startswith(kind + "/") and not entities[key].curated
            ]
            totals[kind].add(
                score(
                    article.get(kind) or [],
                    found,
                    kind,
                    title,
                    variants,
                    dates if kind == "events" else None,
                    frozenset().union(*(names(key) for key in linked[article_id])),
                )
            )
            if kind == "events":
                typed_events.add(
                    score(article.get(kind) or [], found, kind, title, variants, typed=True)
                )
    totals = {kind: totals[kind] for kind in kinds}
    for kind, total in totals.items():
        print(total.line(f"{kind} {split} ({len(chosen)} articles)"))
    if "events" in kinds:
        print(typed_events.line(f"events of the same family {split}"))
        print(dates.line(f"event dates {split}"))
    for kind in ("events", "agreements"):
        if kind in kinds:
            print(totals[kind].losses_line(f"{kind} losses {split}"))
            if kind == "events":
                print(totals[kind].families_line(f"{kind} losses by family {split}"))
                print(totals[kind].merges_line(f"{kind} told as one {split}"))
    if show_errors:
        for total in totals.values():
            for error in total.errors:
                print(f"  {error}")
        for kind in ("events", "agreements"):
            for line in totals[kind].merged if kind in kinds else ():
                print(f"  {kind} told as one: {line}")
        if "events" in kinds:
            for error in dates.errors:
                print(f"  {error}")
    return totals


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    parser.add_argument("--errors", action="store_true", help="list every error")
    parser.add_argument(
        "--extra",
        action="store_true",
        help=f"score the agreements of {EXTRA_GOLD.relative_to(ROOT)} (its --split)",
    )
    args = parser.parse_args()
    if args.extra:
        run(EXTRA_GOLD, args.split, args.errors, kinds=("agreements",))
    else:
        run(args.gold, args.split, args.errors)


if __name__ == "__main__":
    main()
