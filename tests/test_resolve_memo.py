"""Resolve's briefing-wide steps kept between builds (``generator.steps``): a step is
taken from its file only when everything its function reads is what it read last time; a
damaged, foreign or stale file is computed again, never trusted."""

from __future__ import annotations

import gc
import json
import marshal
import os
import subprocess
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from generator import steps as steps_memo
from generator.build import GC_THRESHOLDS, fewer_collections
from generator.memo import sealed, unsealed
from generator.model import DateMention, Mention
from generator.resolve.article import Candidate
from generator.resolve.decide import Verdict
from generator.steps import PREFIX, SUFFIX, PerArticle, Steps, decode, encode

PROJECT = Path(__file__).resolve().parent.parent


def _step_file(folder: Path, step: str = "step") -> Path:
    return folder / f"{PREFIX}{step}{SUFFIX}"


def _kept(path: Path) -> Any:
    """A step file's values."""
    return unsealed(path.read_bytes())


def _damage(path: Path, damage: bytes) -> None:
    """Write ``damage`` into a step file: the values it spells in JSON as the file holds them
    (a file of the right form with wrong values), else its bytes as they are."""
    try:
        values = json.loads(damage)
    except ValueError:
        path.write_bytes(damage)
    else:
        path.write_bytes(sealed(values))


def _run(
    folder: Path | None, compute: Callable[[], object], step: str = "step"
) -> tuple[object, str]:
    """The value and whether a new build's memo took it from the file (``hits``), computed
    and kept it (``misses``) or computed it without keeping (``unkept``)."""
    steps = Steps(folder)
    value = steps.run(step, compute)
    assert sum(steps.counts.values()) <= 1
    return value, next(iter(steps.counts), "none")


def test_a_step_is_taken_from_its_file_only_while_what_it_reads_is_the_same(
    tmp_path: Path,
) -> None:
    table = {"Lopez": 2, "Petrov": 1}
    words = frozenset({"figure", "ministry"})

    def verdicts() -> object:  # a closure: what it reads is its variables' values
        return {name: (n, name.lower() in words) for name, n in table.items()}

    first = _run(tmp_path, verdicts)
    assert first == ({"Lopez": (2, False), "Petrov": (1, False)}, "misses")
    assert _run(tmp_path, verdicts) == (first[0], "hits")
    words = frozenset({"figure", "ministry", "lopez"})  # a variable it reads changed
    assert _run(tmp_path, verdicts) == ({"Lopez": (2, True), "Petrov": (1, False)}, "misses")
    table["Day"] = 1  # changed in place: the same object, another value
    value, how = _run(tmp_path, verdicts)
    assert how == "misses" and value["Day"] == (1, False)  # type: ignore[index]
    assert _run(tmp_path, verdicts) == (value, "hits")


def test_a_partial_is_keyed_by_its_function_and_arguments(tmp_path: Path) -> None:
    assert _run(tmp_path, partial(sorted, ["b", "a"])) == (["a", "b"], "misses")
    assert _run(tmp_path, partial(sorted, ["b", "a"])) == (["a", "b"], "hits")
    assert _run(tmp_path, partial(sorted, ["b", "c"])) == (["b", "c"], "misses")
    assert _run(tmp_path, partial(sorted, ["b", "c"], reverse=True)) == (["c", "b"], "misses")
    assert _run(tmp_path, partial(tuple, ["b", "c"])) == (("b", "c"), "misses")


def test_equal_inputs_give_the_same_key_in_another_process(tmp_path: Path) -> None:
    """Sets iterate in another order under another hash seed: the key must not change, or
    no rebuild would ever find its step."""
    script = (
        "import sys; from pathlib import Path; from functools import partial\n"
        "from generator.steps import Steps\n"
        "value = partial(sorted, {'Lopez', 'Petrov', 'Day', 'Jordan'}, key=len)\n"
        "print(Steps(Path(sys.argv[1]))._key('step', value))\n"
    )
    keys = {
        subprocess.run(
            [sys.executable, "-c", script, str(tmp_path)],
            capture_output=True,
            text=True,
            check=True,
            cwd=PROJECT,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(keys) == 1


@pytest.mark.parametrize(
    "damage",
    [
        b"",
        b"not json",
        b"[1, 2]",
        b'{"key": "other", "value": ["list", "a"]}',
        b'{"value": ["list", "a"]}',
        b'{"key": "%s", "value": ["object", "os:system", "echo"]}',
        b'{"key": "%s", "value": ["object", "generator.build:fewer_collections"]}',
        b'{"key": "%s", "value": ["object", "generator.__main__:main"]}',
        b'{"key": "%s", "value": ["object", "generator.nowhere:Thing"]}',
        b'{"key": "%s", "value": ["nonsense", 1]}',
        b'{"key": "%s", "value": {"a": 1}}',
        b'{"key": "%s", "value": ["rows", "dict", "generator.model:Mention", []]}',
    ],
)
def test_a_damaged_or_foreign_step_file_is_computed_again(tmp_path: Path, damage: bytes) -> None:
    compute = partial(list, ("a", "b"))
    key = Steps(tmp_path)._key("step", compute)
    _damage(_step_file(tmp_path), damage.replace(b"%s", key.encode()))
    assert _run(tmp_path, compute) == (["a", "b"], "misses")
    assert _kept(_step_file(tmp_path))["key"] == key, "written again"
    assert _run(tmp_path, compute) == (["a", "b"], "hits")


@pytest.mark.parametrize(
    "value",
    [
        ("tuple", "a", "b"),  # a tuple where JSON's values have lists
        b"bytes",
        (lambda: None).__code__,  # code: loaded, never run, and not taken
        frozenset({"list", "a"}),
        ["rows", "list", "generator.model:Mention", ("a", "b")],  # a row not a list
        ["list", "a", ("b",)],
    ],
)
def test_a_step_file_of_kinds_json_has_not_is_computed_again(tmp_path: Path, value: Any) -> None:
    """``marshal`` holds more kinds than JSON; a file under the right key holding one of
    them (damaged or made by hand) is no kept value."""
    compute = partial(list, ("a", "b"))
    key = Steps(tmp_path)._key("step", compute)
    _step_file(tmp_path).write_bytes(sealed({"key": key, "value": value}))
    assert _run(tmp_path, compute) == (["a", "b"], "misses")
    assert _run(tmp_path, compute) == (["a", "b"], "hits")


def test_equal_values_give_equal_step_files_however_they_are_shared(tmp_path: Path) -> None:
    """A build on a cluster leaves the cache a build here leaves (``test_cluster``): the
    bytes follow the values, not which objects this process happened to share."""
    word = "".join(["Ivan", " Petrov"])
    shared = partial(list, (word, word, word))
    apart = partial(list, tuple("".join(["Ivan", " Petrov"]) for _ in range(3)))
    assert _run(tmp_path / "a", shared)[1] == _run(tmp_path / "b", apart)[1] == "misses"
    assert _step_file(tmp_path / "a").read_bytes() == _step_file(tmp_path / "b").read_bytes()


def test_a_truncated_step_file_is_computed_again(tmp_path: Path) -> None:
    compute = partial(list, ("a", "b"))
    assert _run(tmp_path, compute) == (["a", "b"], "misses")
    whole = _step_file(tmp_path).read_bytes()
    for end in (1, len(whole) // 2, len(whole) - 1):
        _step_file(tmp_path).write_bytes(whole[:end])
        assert _run(tmp_path, compute) == (["a", "b"], "misses")
    assert _run(tmp_path, compute) == (["a", "b"], "hits")


def test_a_change_of_code_makes_every_step_stale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    compute = partial(list, "ab")
    assert _run(tmp_path, compute)[1] == "misses"
    assert _run(tmp_path, compute)[1] == "hits"
    changed = steps_memo.code_digest()
    changed.update(b"an edited rule")
    monkeypatch.setattr(steps_memo, "code_digest", lambda: changed.copy())
    assert _run(tmp_path, compute)[1] == "misses"


def test_nothing_is_kept_without_a_folder_or_for_values_it_cannot_give_back(
    tmp_path: Path,
) -> None:
    assert _run(None, partial(list, "ab")) == (["a", "b"], "none")
    table: defaultdict[str, int] = defaultdict(int)  # decoded as a dict, it would not default
    assert _run(tmp_path, partial(lambda t: t, table)) == (table, "unkept")
    assert _run(tmp_path, partial(lambda t: t, table)) == (table, "unkept")
    assert not list(tmp_path.iterdir())
    seen: defaultdict[str, int] = defaultdict(int)
    looked = partial(lambda t: t["x"], seen)  # adds "x": kept, a rebuild would not add it
    assert _run(tmp_path, looked) == (0, "unkept") and seen == {"x": 0}
    assert not list(tmp_path.iterdir())
    assert _run(tmp_path, looked) == (0, "misses"), "now it reads without adding: kept"
    unknown = object()  # an input it cannot digest: computed every time
    assert _run(tmp_path / "other", partial(list, [unknown])) == ([unknown], "unkept")


CANDIDATE = Candidate("a1", 0, 1, 4, 9, "Lopez", "Lopez", "PERSON", ner_label="PERSON")


@pytest.mark.parametrize(
    "value",
    [
        None,
        [1, 2.5, "x", True, None],
        (1, (2, [3])),
        {"b": 1, "a": [2]},  # insertion order kept
        {("a1", "Lopez"): ("actors/lopez", "a surname")},
        Counter({"PERSON": 2, "ORG": 1}),
        {"x", "y"},
        frozenset({("a", 1)}),
        [CANDIDATE, CANDIDATE],
        [True, False, [True, CANDIDATE], (CANDIDATE,), {"a", None}],  # atoms beside values
        (Mention("actors/x", "a1", 0, 1, 4, 9, "X", "ner"),),
        {"Lopez": Verdict("Maria Lopez", "person"), "Day": Verdict(reason="a word")},
        ({"n": "m"}, {"n": "person"}, [CANDIDATE]),
        [],
        {},
    ],
)
def test_kept_values_come_back_equal_and_of_the_same_kinds(value: object) -> None:
    back = decode(json.loads(json.dumps(encode(value))))
    assert back == value
    # tuples stay tuples, a Counter a Counter, order kept
    assert _kinds(back) == _kinds(value)


def _kinds(value: object) -> object:
    """``value``'s repr with each set's items sorted: a set's repr follows its hashes, which
    change with PYTHONHASHSEED, and a set inside a list was compared by repr."""
    if isinstance(value, (set, frozenset)):
        return (type(value).__name__, sorted(repr(_kinds(item)) for item in value))
    if isinstance(value, (list, tuple)):
        return (type(value).__name__, [_kinds(item) for item in value])
    if isinstance(value, dict):
        return (type(value).__name__, [(_kinds(k), _kinds(v)) for k, v in value.items()])
    return repr(value)


def test_fewer_collections_sets_the_thresholds_and_puts_them_back() -> None:
    before = gc.get_threshold()
    with pytest.raises(RuntimeError), fewer_collections():
        assert gc.get_threshold() == GC_THRESHOLDS
        raise RuntimeError("a failed build")
    assert gc.get_threshold() == before


def _articles(
    folder: Path | None, shared: object, inputs: Mapping[str, object]
) -> tuple[dict[str, list[Mention]], Counter[str]]:
    """One build's per-article step over ``inputs`` (article id to its own inputs): each
    value, and the build's counts."""
    steps = Steps(folder)
    kept = PerArticle(steps, "each", shared)
    values = {
        name: kept.get(
            (name, own),
            partial(lambda n, o: [Mention("actors/x", n, 0, 0, 0, 1, str(o), "text")], name, own),
            lambda v: isinstance(v, list) and all(type(m) is Mention for m in v),
        )
        for name, own in inputs.items()
    }
    kept.save()
    return values, steps.counts


def test_a_per_article_step_computes_only_the_articles_whose_inputs_changed(
    tmp_path: Path,
) -> None:
    """One file for every article: an edit computes that article again and takes the rest
    from the file; a change of the shared tables computes them all; the file keeps only the
    last build's entries."""
    table = {"Ivan Petrov": "actors/ivan-petrov"}
    first, counts = _articles(tmp_path, table, {"a": ("text a",), "b": ("text b",)})
    assert counts == {"article misses": 2}
    again, counts = _articles(tmp_path, table, {"a": ("text a",), "b": ("text b",)})
    assert (again, counts) == (first, {"article hits": 2})
    edited, counts = _articles(tmp_path, table, {"a": ("text a",), "b": ("text b, edited",)})
    assert counts == {"article hits": 1, "article misses": 1}
    assert edited["b"][0].text == "('text b, edited',)" and edited["a"] == first["a"]
    entries = _kept(_step_file(tmp_path, "each"))["entries"]
    assert len(entries) == 2, "the stale entry of b is gone"
    table["Maria Lopez"] = "actors/maria-lopez"  # a name every article may read
    _, counts = _articles(tmp_path, table, {"a": ("text a",), "b": ("text b, edited",)})
    assert counts == {"article misses": 2}
    assert _articles(None, table, {"a": ("text a",)})[1] == {}, "no folder, nothing kept"


@pytest.mark.parametrize(
    "damage",
    [
        b"{not json",
        b"[]",
        b'{"entries": []}',
        b'{"entries": {"%s": ["object", "generator.__main__:main"]}}',
        b'{"entries": {"%s": ["list", "a string, not a mention"]}}',
        b'{"entries": {"%s": {"a": 1}}}',
        b'{"entries": {"%s": [["list"], 1]}}',  # a tag of no kind: not looked up
        b'{"entries": {"%s": ["list", 1, {"a": 1}]}}',  # an object among atoms
    ],
)
def test_a_damaged_per_article_file_is_computed_again(tmp_path: Path, damage: bytes) -> None:
    inputs = {"a": ("text a",)}
    first, _ = _articles(tmp_path, {}, inputs)
    path = _step_file(tmp_path, "each")
    key = next(iter(_kept(path)["entries"]))
    _damage(path, damage.replace(b"%s", key.encode()))
    assert _articles(tmp_path, {}, inputs) == (first, Counter({"article misses": 1}))
    assert _articles(tmp_path, {}, inputs) == (first, Counter({"article hits": 1}))


def test_unread_names_kept_per_article_equal_them_computed_after_each_change(
    tmp_path: Path,
) -> None:
    """The unread-names search taken from its file gives what computing it gives, after a
    change of an article's mentions alone (its text and annotation the same) and of the
    briefing's name table: what the key leaves out would show here as a stale answer."""
    from generator.model import Article, Sentence
    from generator.resolve import _unread_names

    texts = {"a": "Mazars USA audited it. It paid Acme Group.", "b": "It said Mazars USA declined."}
    articles = [Article(i, i, "2024-01-01", "s", None, "en", (t,)) for i, t in texts.items()]
    sentences = {i: (Sentence(0, 0, len(t), t, ()),) for i, t in texts.items()}
    annotated = {"a": "key-a", "b": "key-b"}  # what names the sentences: unchanged below
    forms = {"actors/mazars-usa": {"Mazars USA"}}
    held = Mention("actors/mazars-usa", "a", 0, 0, 0, 10, "Mazars USA", "ner")

    def unread(mentions: list[Mention], folder: Path | None) -> tuple[list[Mention], Counter]:
        steps = Steps(folder)
        names_of = {k: next(iter(v)) for k, v in forms.items()}
        found = _unread_names(
            articles,
            sentences,
            mentions,
            forms,
            {},
            set(),
            names_of,
            frozenset(),
            {},
            steps,
            annotated,
        )
        return found, steps.counts

    one_each = {"article misses": 1, "article hits": 1}
    for mentions, expected in (([held], {"article misses": 2}), ([], one_each), ([held], one_each)):
        kept, counts = unread(mentions, tmp_path)
        assert kept == unread(mentions, None)[0] and counts == expected
    assert [m.article for m in kept] == ["b"], "a's name is held by its mention"
    forms["actors/acme-group"] = {"Acme Group"}  # a name every article may hold
    kept, counts = unread([held], tmp_path)
    assert kept == unread([held], None)[0] and counts == {"article misses": 2}
    assert sorted(m.text for m in kept) == ["Acme Group", "Mazars USA"]
    # The same tables and mentions in another order (sets iterate so in another process).
    forms = dict(reversed(forms.items()))
    other = Mention("actors/acme-group", "a", 0, 0, 30, 40, "Acme Group", "ner")
    assert unread([held, other], tmp_path)[1] == {"article misses": 1, "article hits": 1}
    kept, counts = unread([other, held], tmp_path)
    assert kept == unread([other, held], None)[0] and counts == {"article hits": 2}


def test_a_curated_entitys_line_mark_is_digested_with_its_column() -> None:
    """A curated entity's ``Source`` holds a ``Mark`` (an ``int`` knowing its column): the
    tables holding curated entities are digested (kept), and the column counts."""
    from generator.model import Source
    from generator.yamlio import Mark

    steps = Steps(None)
    here = steps.canonical(Source("actors/a.yml", Mark(3, 1)))
    assert here == steps.canonical(Source("actors/a.yml", Mark(3, 1)))
    assert here != steps.canonical(Source("actors/a.yml", Mark(3, 5)))
    assert here != steps.canonical(Source("actors/a.yml", 3))


def test_the_per_article_name_passes_kept_give_what_computing_gives(tmp_path: Path) -> None:
    """The given names cut, the full names found and the words written after lower-case ones,
    each kept per article: taken back they equal the computed ones, after a change of one
    article's candidates alone (its text the same: that article made again), of the
    lower-case words every article reads (all made again) and of the names read anywhere,
    which the given names' cut reads after its per-article half (kept)."""
    from generator.model import Article, Sentence
    from generator.resolve import _full_names, _given_names_cut, _surname_alone

    texts = {
        "a": "Her aunt, Gertrude Vanderbilt Whitney, said no.",
        "b": "The death of cosmonaut Alexei Leonov. Leonov was famous. Critics praised Leonov.",
    }
    articles = [Article(i, i, "2024-01-01", "s", None, "en", (t,)) for i, t in texts.items()]
    cut_at = texts["b"].index(" Leonov was") + 1  # "b" is two sentences
    sentences = {
        "a": (Sentence(0, 0, len(texts["a"]), texts["a"], ()),),
        "b": (
            Sentence(0, 0, cut_at - 1, texts["b"][: cut_at - 1], ()),
            Sentence(0, cut_at, len(texts["b"]), texts["b"][cut_at:], ()),
        ),
    }
    annotated = {"a": "key-a", "b": "key-b"}

    start = texts["a"].index("Vanderbilt")
    whitney = Candidate(
        "a", 0, 0, start, start + 18, "Vanderbilt Whitney", "Vanderbilt Whitney", "PERSON", "PERSON"
    )
    first = texts["b"].index("Leonov. Leonov was") + len("Leonov. ")
    last = texts["b"].rindex("Leonov")
    leonovs = [
        Candidate("b", 0, 1, first, first + 6, "Leonov", "Leonov", "PERSON", "PERSON"),
        Candidate("b", 0, 1, last, last + 6, "Leonov", "Leonov", "PERSON", "PERSON"),
    ]

    def passes(
        candidates: list[Candidate], lowercase: frozenset[str], folder: Path | None
    ) -> tuple[object, Counter]:
        steps = Steps(folder)
        cut = _given_names_cut(candidates, articles, lowercase, steps)
        full = _full_names(cut, articles, sentences, lowercase, steps, annotated)
        labels: dict[str, Counter[str]] = defaultdict(Counter)
        for c in [*cut, *full]:
            labels[c.name][c.label] += 1
        alone = _surname_alone([*cut, *full], labels, articles, steps)
        return (cut, full, alone), steps.counts

    lowercase = frozenset({"her", "aunt", "said", "no", "the", "death", "of", "was", "famous"})
    candidates = [whitney, *leonovs]
    computed = passes(candidates, lowercase, None)[0]
    cut, full, alone = computed  # type: ignore[misc]
    assert cut[0].name == "Gertrude Vanderbilt Whitney"
    assert [c.name for c in full] == ["Alexei Leonov"] and alone == {"Alexei Leonov"}
    first_build = passes(candidates, lowercase, tmp_path)
    assert first_build == (computed, Counter({"article misses": 5}))
    assert passes(candidates, lowercase, tmp_path) == (computed, Counter({"article hits": 5}))
    # One candidate of "b" read as an organisation's: only "b" is made again (its text is
    # the same: its words after lower-case ones are kept, where they are looked up); its
    # given names are looked for again.
    fewer = [whitney, leonovs[0], replace(leonovs[1], label="ORG")]
    value, counts = passes(fewer, lowercase, tmp_path)
    assert value == passes(fewer, lowercase, None)[0]
    assert counts == {"article hits": 3, "article misses": 2}
    # "Alexei" now a lower-case word somewhere: no given name. Every article's given names
    # and full names are found again (the words after lower-case ones read the text alone:
    # kept).
    more = lowercase | {"alexei"}
    value, counts = passes(candidates, more, tmp_path)
    assert value == passes(candidates, more, None)[0] and value[1] == []  # type: ignore[index]
    assert counts == {"article misses": 4, "article hits": 1}
    # "Gertrude" read as a name of its own in "b": the cut in "a" is not made, though its
    # half is kept (the test of every name the NER read is made after it).
    gertrude = Candidate("b", 0, 0, 0, 3, "The", "Gertrude", "PERSON", "PERSON")
    value, counts = passes([*candidates, gertrude], lowercase, tmp_path)
    assert value == passes([*candidates, gertrude], lowercase, None)[0]
    assert value[0][0] == whitney and counts["article hits"] == 1  # type: ignore[index]


def test_the_body_folds_are_kept_when_an_edit_moves_sentences_but_no_name(
    tmp_path: Path,
) -> None:
    """The folds read each candidate's rank in its article, not its sentence or its offsets:
    a sentence added before the names leaves the step's file standing; a name moved before
    another in its article does not, and the first mention read (whose state counts) is the
    earliest either way."""
    from generator.resolve import _body_folds, _Placed

    def candidate(paragraph: int, start: int, name: str, of_state: str = "") -> Candidate:
        end = start + len(name)
        return Candidate("a", paragraph, paragraph, start, end, name, name, "ORG", "ORG", of_state)

    house, state = "House of Representatives", "United States"
    final = {house: house, state: state}
    types = {house: "organisation", state: "state"}
    # "the United States' House of Representatives ... The House of Representatives voted"
    candidates = [
        candidate(0, 20, house, of_state=state),
        candidate(0, 4, state),
        candidate(1, 4, house),
    ]
    moved = [replace(c, sentence=c.sentence + 1, start=c.start + 9) for c in candidates]

    def folds(cands: list[Candidate]) -> tuple[object, Counter[str]]:
        steps = Steps(tmp_path)
        run = partial(_body_folds, _Placed.of(cands), final, types, frozenset(), {})
        return steps.run("folds", run), steps.counts

    first, counts = folds(candidates)
    assert counts == {"misses": 1} and first == {
        ("a", house): (
            f"{house} of the {state}",
            f"the body of the state named before it ({state})",
        )
    }
    assert _Placed.of(moved) == _Placed.of(candidates)
    assert folds(moved) == (first, Counter({"hits": 1}))
    # The stateless mention first ("The House of Representatives voted ... the United
    # States' House of Representatives"): may be another state's, no fold.
    swapped = [replace(candidates[0], paragraph=2), *candidates[1:]]
    assert _Placed.of(swapped).rank == (2, 0, 1)
    assert folds(swapped) == ({}, Counter({"misses": 1}))


def test_the_passes_reading_one_article_are_kept_per_article(tmp_path: Path) -> None:
    """The passes over candidates that read their own article alone (a role before a name,
    a region that does not act, a photo credit) and the names the words around them mark,
    kept per article: taken back they equal the computed ones, in the candidates' order
    (one article's candidates need not be together), and an edit of one article's text
    makes that article alone again."""
    from generator.model import Article
    from generator.resolve import _in_articles

    texts = {
        "a": "Vatican spokesman Matteo Bruni said President Wiranto met England fans.",
        "b": "Tobacco firm Philip Morris said no. Photo: Jane Doe.",
    }

    def at(article: str, name: str, label: str) -> Candidate:
        start = texts[article].index(name)
        return Candidate(article, 0, 0, start, start + len(name), name, name, label, label)

    candidates = [
        at("a", "Matteo Bruni", "ORG"),
        at("b", "Philip Morris", "ORG"),
        at("a", "Wiranto", "PERSON"),
        at("a", "England", "GPE"),
        at("b", "Jane Doe", "PERSON"),
    ]

    def passes(folder: Path | None) -> tuple[object, Counter[str]]:
        steps = Steps(folder)
        articles = [Article(i, i, "2024-01-01", "s", None, "en", (t,)) for i, t in texts.items()]
        return _in_articles(candidates, articles, frozenset({"said"}), steps), steps.counts

    computed = passes(None)[0]
    made, marks = computed  # type: ignore[misc]
    assert [(c.name, c.label) for c in made] == [
        ("Matteo Bruni", "PERSON"),  # after a role's word
        ("Philip Morris", "ORG"),
        ("Wiranto", "PERSON"),
    ]  # England does not act, Jane Doe is a photo's credit
    assert (marks.titled, marks.traded) == (("Wiranto",), ("Philip Morris",))
    assert passes(tmp_path) == (computed, Counter({"article misses": 2}))
    assert passes(tmp_path) == (computed, Counter({"article hits": 2}))
    texts["b"] = "Tobacco firm Philip Morris said no."
    assert passes(tmp_path) == (passes(None)[0], Counter({"article hits": 1, "article misses": 1}))


def test_names_unglued_are_kept_per_article_while_the_names_of_all_are_the_same(
    tmp_path: Path,
) -> None:
    """'NPR Hamza bin Laden' is the person, 'Amnesty International Man-kei Tam' two
    names, article by article: kept back, the cuts equal the computed ones, in the
    candidates' order; a name added in another article (which every cut reads) makes every
    article again."""
    from generator.resolve import _unglue

    def at(article: str, text: str, label: str) -> Candidate:
        return Candidate(article, 0, 0, 10, 10 + len(text), text, text, label, label)

    candidates = [
        at("a", "NPR Hamza bin Laden", "PERSON"),
        at("b", "Hamza bin Laden", "PERSON"),
        at("a", "Amnesty International Man-kei Tam", "ORG"),
        at("b", "Amnesty International", "ORG"),
    ]

    def unglued(cands: list[Candidate], folder: Path | None) -> tuple[object, Counter[str]]:
        steps = Steps(folder)
        return _unglue(cands, {}, frozenset(), steps), steps.counts

    computed = unglued(candidates, None)[0]
    assert [(c.article, c.name, c.label) for c in computed] == [  # type: ignore[attr-defined]
        ("a", "Hamza bin Laden", "PERSON"),
        ("b", "Hamza bin Laden", "PERSON"),
        ("a", "Amnesty International", "ORG"),
        ("a", "Man-kei Tam", "PERSON"),
        ("b", "Amnesty International", "ORG"),
    ]
    assert unglued(candidates, tmp_path) == (computed, Counter({"article misses": 2}))
    assert unglued(candidates, tmp_path) == (computed, Counter({"article hits": 2}))
    more = [*candidates, at("c", "Reuters", "ORG")]
    assert unglued(more, tmp_path) == (unglued(more, None)[0], Counter({"article misses": 3}))


def test_surnames_of_bodies_and_possessive_names_are_kept_per_article(tmp_path: Path) -> None:
    """'|Wilson of C-MORE|' (the surname of a person the article names in full) and
    "|McDonald|'s said": made article by article, kept back equal to the computed ones; an
    edit of one article's text makes that article alone again."""
    from generator.model import Article
    from generator.resolve import _owners_in_articles

    texts = {
        "a": "The authors, Wilson of C-MORE and Nick Hawco, agreed. Jane Wilson spoke.",
        "b": "McDonald's said it would close.",
    }

    def at(article: str, text: str, label: str) -> Candidate:
        start = texts[article].index(text)
        name = text.removesuffix("'s")
        return Candidate(article, 0, 0, start, start + len(text), text, name, label, label)

    candidates = [
        at("a", "Wilson of C-MORE", "ORG"),
        at("b", "McDonald's", "ORG"),
        at("a", "Jane Wilson", "PERSON"),
    ]

    def owners(folder: Path | None) -> tuple[object, Counter[str]]:
        steps = Steps(folder)
        articles = [Article(i, i, "2024-01-01", "s", None, "en", (t,)) for i, t in texts.items()]
        return _owners_in_articles(candidates, articles, steps), steps.counts

    computed = owners(None)[0]
    assert [c.name for c in computed] == ["Wilson", "McDonald's", "Jane Wilson"]  # type: ignore[attr-defined]
    assert owners(tmp_path) == (computed, Counter({"article misses": 2}))
    assert owners(tmp_path) == (computed, Counter({"article hits": 2}))
    texts["b"] = "McDonald's said it would close. McDonald and others."
    edited, counts = owners(tmp_path)
    assert (edited, counts) == (owners(None)[0], Counter({"article hits": 1, "article misses": 1}))
    assert [c.name for c in edited] == ["Wilson", "McDonald", "Jane Wilson"]  # type: ignore[attr-defined]


def test_the_words_of_each_article_are_kept_and_equal_a_scan_of_every_text(
    tmp_path: Path,
) -> None:
    """The lower-case words and the glossed names ("the Sejm (lower house)"), read article by
    article and kept, are what scanning every text finds; an edit of one article's text makes
    that article alone again, and a damaged file is read as none."""
    from generator.model import Article
    from generator.resolve import _GLOSSED, words_of_texts
    from generator.resolve.names import lowercase_words

    texts = {
        "a": ("The Sejm (lower house) voted.", "Officials said so."),
        "b": ("The Knesset, Israel's parliament, met.",),
    }

    def articles() -> list[Article]:
        return [Article(i, i, "2024-01-01", "s", None, "en", t) for i, t in texts.items()]

    def scanned() -> tuple[frozenset[str], dict[str, list[str]], dict[str, list[str]]]:
        glossed = {
            i: sorted({m.group(1) for p in t for m in _GLOSSED.finditer(p)})
            for i, t in texts.items()
        }
        small = {a.id: sorted(lowercase_words([a])) for a in articles()}
        return lowercase_words(articles()), glossed, small

    def words(folder: Path | None) -> tuple[object, Counter[str]]:
        steps = Steps(folder)
        return words_of_texts(articles(), steps), steps.counts

    assert scanned()[1] == {"a": ["Sejm"], "b": ["Knesset"]}
    assert "voted" in scanned()[0] and "Sejm" not in scanned()[0]
    assert words(None)[0] == scanned()
    assert words(tmp_path) == (scanned(), Counter({"article misses": 2}))
    assert words(tmp_path) == (scanned(), Counter({"article hits": 2}))
    texts["b"] = ("The Bundestag, the federal parliament, adjourned quietly.",)
    assert words(tmp_path) == (scanned(), Counter({"article hits": 1, "article misses": 1}))
    _step_file(tmp_path, "words").write_bytes(b"{not json")
    assert words(tmp_path) == (scanned(), Counter({"article misses": 2}))


def test_a_step_file_damaged_in_place_is_computed_again(tmp_path: Path) -> None:
    """A byte changed inside a kept value (a step's or an article's) leaves a file of the
    right form under the right key: its checksum tells, and the value is computed."""
    compute = partial(list, ("Ivan Petrov", "b"))
    assert _run(tmp_path, compute) == (["Ivan Petrov", "b"], "misses")
    path = _step_file(tmp_path)
    path.write_bytes(path.read_bytes().replace(b"Ivan Petrov", b"Ivan Petrow"))
    assert _run(tmp_path, compute) == (["Ivan Petrov", "b"], "misses")
    path.write_bytes(marshal.dumps(_kept(path), 2))  # the right values unsealed (perf24's form)
    assert _run(tmp_path, compute) == (["Ivan Petrov", "b"], "misses")
    assert _run(tmp_path, compute) == (["Ivan Petrov", "b"], "hits")
    inputs = {"a": ("text a",)}
    first, _ = _articles(tmp_path, {}, inputs)
    path = _step_file(tmp_path, "each")
    assert path.read_bytes().count(b"text a") == 1
    path.write_bytes(path.read_bytes().replace(b"text a", b"text b"))
    assert _articles(tmp_path, {}, inputs) == (first, Counter({"article misses": 1}))


def test_what_the_not_actor_rules_read_is_kept_per_article_and_an_edit_changes_another_name(
    tmp_path: Path,
) -> None:
    """``not_actors`` from each article's reads kept (``_read_articles``) equals it
    computed from the texts; an edit of article b, kept a's reads as they were, changes the
    verdict on names article a writes: "Wellhouse Lane" acts in b (no longer a street in
    every sentence) and b names "DO" (so a's "EV-DO" is two parties, not a cut acronym)."""
    from generator.model import Article
    from generator.resolve import _read_articles
    from generator.resolve.nonactors import not_actors

    texts = {
        "a": (
            "A collision on Wellhouse Lane closed the road.",
            "Firms are deploying EV-DO technology, and the anterior cingulate cortex (ACC) grew.",
        ),
        "b": ("Officials met.",),
    }

    def at(article: str, paragraph: int, text: str, label: str) -> Candidate:
        start = texts[article][paragraph].index(text)
        return Candidate(article, paragraph, 0, start, start + len(text), text, text, label, label)

    def candidates() -> list[Candidate]:
        found = [
            at("a", 0, "Wellhouse Lane", "PERSON"),
            at("a", 1, "EV", "ORG"),
            at("a", 1, "ACC", "ORG"),
        ]
        if "DO" in texts["b"][0]:
            found[1:1] = [at("b", 0, "Wellhouse Lane", "PERSON"), at("b", 0, "DO", "ORG")]
        return found

    actors = frozenset({"Wellhouse Lane", "EV", "ACC", "DO"})

    def verdicts(folder: Path | None) -> tuple[dict[str, str], Counter[str]]:
        steps = Steps(folder, verify=True)
        articles = [Article(i, i, "2024-01-01", "s", None, "en", t) for i, t in texts.items()]
        reads, _ = _read_articles(candidates(), articles, steps)
        return not_actors(candidates(), texts, actors, (), frozenset(), reads), steps.counts

    computed = not_actors(candidates(), texts, actors)
    assert sorted(computed) == ["ACC", "EV", "Wellhouse Lane"]
    assert verdicts(tmp_path) == (computed, Counter({"article misses": 2}))
    assert verdicts(tmp_path) == (computed, Counter({"article hits": 2}))
    texts["b"] = ("Wellhouse Lane said the DO would appeal.",)
    edited, counts = verdicts(tmp_path)
    assert counts == Counter({"article hits": 1, "article misses": 1})  # a's reads are kept
    assert edited == not_actors(candidates(), texts, actors)
    assert sorted(edited) == ["ACC"]


def test_what_the_thing_rules_read_is_kept_per_article_and_an_edit_changes_another_name(
    tmp_path: Path,
) -> None:
    """``things`` from each article's reads kept (``_read_articles``) equals it computed;
    an edit of article b that writes "Havana Club said" (the name acting) takes back the
    verdict on a's "Havana Club rum" (a brand), a's reads kept as they were."""
    from generator.model import Article
    from generator.resolve import _read_articles
    from generator.resolve.things import things

    texts = {"a": ("He drank Havana Club rum at the bar.",), "b": ("Officials met.",)}

    def at(article: str, text: str) -> Candidate:
        start = texts[article][0].index(text)
        return Candidate(article, 0, 0, start, start + len(text), text, text, "ORG", "ORG")

    def candidates() -> list[Candidate]:
        found = [at("a", "Havana Club")]
        return [*found, at("b", "Havana Club")] if "Havana" in texts["b"][0] else found

    actors = frozenset({"Havana Club"})

    def verdicts(folder: Path | None) -> tuple[dict[str, str], Counter[str]]:
        steps = Steps(folder, verify=True)
        articles = [Article(i, i, "2024-01-01", "s", None, "en", t) for i, t in texts.items()]
        _, reads = _read_articles(candidates(), articles, steps)
        return things(candidates(), texts, actors, reads), steps.counts

    computed = things(candidates(), texts, actors)
    assert sorted(computed) == ["Havana Club"]
    assert verdicts(tmp_path) == (computed, Counter({"article misses": 2}))
    assert verdicts(tmp_path) == (computed, Counter({"article hits": 2}))
    texts["b"] = ("Havana Club said sales rose.",)
    edited, counts = verdicts(tmp_path)
    assert counts == Counter({"article hits": 1, "article misses": 1})
    assert edited == things(candidates(), texts, actors) == {}


def test_frozen_rows_are_keyed_by_their_values_whatever_objects_hold_them() -> None:
    """A list of frozen dataclasses of atoms (an article's candidates) is digested once a
    build and remembered by its items' ``id``s: the same objects, equal copies and a list
    made canonical before or not give one form; a field changed, an item dropped or the
    order changed give another, in the same ``Steps`` as in a fresh one."""
    made = [
        Candidate("a", 0, 0, 0, 5, "Nokia", "Nokia", "ORG"),
        Candidate("a", 0, 1, 9, 13, "Lamb", "Lamb", "PERSON"),
    ]
    steps = Steps(None)
    first = steps.canonical(("a", made))
    assert steps.canonical(("a", list(made))) == first  # the same objects, remembered
    assert Steps(None).canonical(("a", [replace(c) for c in made])) == first  # equal copies
    assert steps.canonical(("a", [replace(c) for c in made])) == first
    for other in (
        [made[0], replace(made[1], label="ORG")],
        [made[0], replace(made[1], said_what=True)],
        [made[0], replace(made[1], sentence=2)],
        [made[1], made[0]],
        made[:1],
    ):
        assert steps.canonical(("a", other)) != first
        assert Steps(None).canonical(("a", other)) == steps.canonical(("a", other))


def test_tuples_of_frozen_rows_are_keyed_as_one_sequence_and_their_lengths() -> None:
    """Each sentence's dates (a tuple of tuples of frozen rows, read by extract's key) are
    digested as one sequence of rows with each tuple's length: equal copies give one form in
    any ``Steps``; a date moved to the next sentence, a field changed, a date dropped or an
    empty sentence added give another. Tuples of other things keep their item-by-item form."""
    early = DateMention("in May", 3, 9, "2024-05")
    late = DateMention("on Monday", 0, 9, "2024-05-06")
    dates = ((early,), (), (late,))
    steps = Steps(None)
    first = steps.canonical(dates)
    assert first[1][0] == "nested"  # type: ignore[index]
    assert steps.canonical(dates) == first
    assert Steps(None).canonical(tuple(tuple(replace(d) for d in s) for s in dates)) == first
    for other in (
        ((early,), (late,), ()),
        ((), (early,), (late,)),
        ((early, late), (), ()),
        ((early,), (), (replace(late, value="2024-05-07"),)),
        ((early,), (), ()),
        (*dates, ()),
        dates[:2],
    ):
        assert steps.canonical(other) != first
        assert Steps(None).canonical(other) == steps.canonical(other)
    assert steps.canonical((("a", 1), ())) == ("tuple", [("tuple", ["a", 1]), ("tuple", [])])
    mixed = ((early,), (Candidate("a", 0, 0, 0, 5, "Nokia", "Nokia", "ORG"),))
    assert steps.canonical(mixed)[1][0] != "nested"  # type: ignore[index]


def test_long_texts_are_keyed_by_their_digest_and_every_edit_changes_it() -> None:
    """An article's paragraphs (1,024 characters or more) are digested once a build, by the
    tuple's ``id``: equal tuples give one form in any ``Steps``; a letter changed, a
    paragraph's end moved, an empty paragraph added give another. Short ones stay as
    they are."""
    paragraphs = ("Officials met in Geneva. " * 30, "Talks went on. " * 40)
    steps = Steps(None)
    first = steps.canonical(paragraphs)
    assert first[0] == "texts"  # type: ignore[index]
    assert steps.canonical(paragraphs) == first
    assert Steps(None).canonical(tuple(p[:] + "" for p in paragraphs)) == first
    joined = paragraphs[0] + paragraphs[1]
    for other in (
        (paragraphs[0].replace("Geneva", "Genève", 1), paragraphs[1]),
        (joined[: len(paragraphs[0]) + 1], joined[len(paragraphs[0]) + 1 :]),
        (*paragraphs, ""),
        (joined,),
    ):
        assert steps.canonical(other) != first
    assert steps.canonical(("short", "texts")) == ("tuple", ["short", "texts"])


def test_what_jargon_reads_is_kept_per_article_and_an_edit_changes_another_name(
    tmp_path: Path,
) -> None:
    """``_jargon`` from each article's reads kept (``_jargon_reads``) equals it computed from
    the texts; an edit of article b in which "HPC" acts takes back the verdict on a's "HPC
    centres" (an acronym only modifying nouns), a's reads kept as they were."""
    from generator.model import Article
    from generator.resolve import _jargon, _jargon_reads

    texts = {
        "a": ("The new HPC centres run a free Enterprise Linux.",),
        "b": ("Officials met.",),
    }

    def at(article: str, text: str) -> Candidate:
        start = texts[article][0].index(text)
        return Candidate(article, 0, 0, start, start + len(text), text, text, "ORG", "ORG")

    def candidates() -> list[Candidate]:
        found = [at("a", "HPC"), at("a", "Enterprise Linux")]
        return [*found, at("b", "HPC")] if "HPC" in texts["b"][0] else found

    verdicts = {n: Verdict(n, "organisation", "x") for n in ("HPC", "Enterprise Linux")}

    def jargon(folder: Path | None) -> tuple[dict[str, str], Counter[str]]:
        steps = Steps(folder, verify=True)
        articles = [Article(i, i, "2024-01-01", "s", None, "en", t) for i, t in texts.items()]
        heard = _jargon_reads(candidates(), articles, steps)
        return _jargon(candidates(), verdicts, {}, texts, frozenset(), heard), steps.counts

    computed = _jargon(candidates(), verdicts, {}, texts, frozenset())
    assert sorted(computed) == ["Enterprise Linux", "HPC"]
    assert jargon(tmp_path) == (computed, Counter({"article misses": 1}))
    assert jargon(tmp_path) == (computed, Counter({"article hits": 1}))
    texts["b"] = ("HPC said it would appeal.",)
    edited, counts = jargon(tmp_path)
    assert counts == Counter({"article hits": 1, "article misses": 1})  # a's reads are kept
    assert edited == _jargon(candidates(), verdicts, {}, texts, frozenset())
    assert sorted(edited) == ["Enterprise Linux"]
    texts["a"] = ("The new HPC centres run Enterprise Linux, said Enterprise Linux.",)
    edited, counts = jargon(tmp_path)
    assert counts == Counter({"article hits": 1, "article misses": 1})
    assert edited == _jargon(candidates(), verdicts, {}, texts, frozenset()) == {}


def test_the_placements_kept_per_article_equal_them_computed_after_each_change(
    tmp_path: Path,
) -> None:
    """Where each candidate goes (``_placements``: a surname's person, the key of its own
    name, a fold, rejected) is kept per article under its texts, candidates, persons and
    folded names, and the briefing-wide tables: taken back it equals the computed after a
    change of each (an article's persons, a person's name, a key, a fold, the text)."""
    from generator.resolve import _placements, _surname_index

    paragraphs = {
        "a": ("Ivan Petrov met Jordan's king. Petrov said Jordan agreed.",),
        "b": ("Little is known. Petrov and Sidorov spoke to Acme.",),
    }

    def spans(article: str, label: str, *names: str) -> list[Candidate]:
        text, out, at = paragraphs[article][0], [], 0
        for name in names:
            at = text.index(name, at)
            out.append(Candidate(article, 0, 0, at, at + len(name), name, name, label, label))
            at += len(name)
        return out

    candidates = [
        *spans("a", "PERSON", "Petrov", "Jordan", "Petrov", "Jordan"),
        *spans("b", "PERSON", "Little", "Petrov", "Sidorov"),
        *spans("b", "ORG", "Acme"),
    ]
    final = {"Acme": "Acme", "Sidorov": "Sidorov"}
    keys = {"Acme": "actors/acme", "Sidorov": "actors/sidorov"}
    curated = ["actors/ivan-petrov", "states/jordan"]
    name_of = {
        "actors/ivan-petrov": "Ivan Petrov",
        "states/jordan": "Jordan",
        **{k: n for n, k in keys.items()},
    }
    persons = {"actors/ivan-petrov"}
    persons_in = {"a": ["actors/ivan-petrov"], "b": []}

    def placed(
        folder: Path | None,
        names: dict[str, str] = name_of,
        who: dict[str, list[str]] = persons_in,
        folded: frozenset[tuple[str, str]] = frozenset(),
        texts: dict[str, tuple[str, ...]] = paragraphs,
        table: dict[str, str] = keys,
    ) -> tuple[list[tuple[str, str]], Counter[str]]:
        steps = Steps(folder, verify=folder is not None)
        lookup = _surname_index(persons, {}, names)
        tables = (final, table, curated, names, lookup)
        made = _placements(candidates, texts, steps, tables, who, set(folded))  # type: ignore[arg-type]
        return made, steps.counts

    computed = placed(None)[0]
    assert computed[0] == ("u", "actors/ivan-petrov")  # "Petrov": the person named in full
    assert computed[4][0] == "r" and computed[-1] == ("n", "")  # "Little is known"; Acme
    assert placed(tmp_path) == (computed, Counter({"article misses": 2}))
    assert placed(tmp_path) == (computed, Counter({"article hits": 2}))
    changes: list[dict[str, Any]] = [
        {"who": {"a": [], "b": ["actors/ivan-petrov"]}},  # the persons each article names
        {"names": {**name_of, "actors/ivan-petrov": "Ivan Sidorov"}},  # a person's name
        {"table": {**keys, "Acme": "actors/acme-corp"}},  # a key
        {"folded": frozenset({("b", "Acme")})},  # Acme folded into a body in "b"
        {"texts": {**paragraphs, "b": ("Little Petrov and Sidorov spoke to Acme.",)}},
    ]
    differs = 0
    for change in changes:
        value, counts = placed(tmp_path, **change)
        assert value == placed(None, **change)[0], change
        assert counts["article misses"] >= 1, change
        differs += value != computed
        again, counts = placed(tmp_path)  # and back: what changed is made again
        assert again == computed and counts["article misses"] >= 1, change
    assert differs >= 3  # the changes move placements, not only keys


def test_the_words_after_lower_case_ones_are_kept_by_the_paragraphs(tmp_path: Path) -> None:
    """``_surname_alone``'s per-article words are keyed by the article's paragraphs (joined by
    new lines only when computed): read back they equal the computed ones, and a paragraph
    changed, added or split makes that article's again."""
    from generator.model import Article
    from generator.resolve import _surname_alone

    name = "Alexei Leonov"

    def run(texts: dict[str, tuple[str, ...]], folder: Path | None) -> tuple[object, Counter]:
        articles = [Article(i, i, "2024-01-01", "s", None, "en", t) for i, t in texts.items()]
        candidates = [Candidate(i, 0, 0, 0, 13, name, name, "PERSON") for i in texts]
        labels: dict[str, Counter[str]] = defaultdict(Counter, {name: Counter(["PERSON"])})
        steps = Steps(folder, verify=True)
        return _surname_alone(candidates, labels, articles, steps), steps.counts

    texts = {"a": ("Alexei Leonov flew.", "Critics were told"), "b": ("Alexei Leonov flew.",)}
    first, counts = run(texts, tmp_path)
    assert first == run(texts, None)[0] == frozenset() and counts == {"article misses": 2}
    assert run(texts, tmp_path) == (first, Counter({"article hits": 2}))
    for a in (
        ("Alexei Leonov flew.", "Critics were told", "Leonov to the BBC"),  # no space between
        ("Alexei Leonov flew.", "Critics described Leonov to the BBC"),
        ("Alexei Leonov flew.", "Critics", "described Leonov to the BBC"),
        ("Alexei Leonov flew. Critics described Leonov to the BBC.",),
    ):
        value, counts = run({**texts, "a": a}, tmp_path)
        assert value == run({**texts, "a": a}, None)[0], a
        assert value == ({name} if "described" in " ".join(a) else set()), a
        assert counts["article misses"] == 1, a  # "a"'s alone
    assert run(texts, tmp_path)[0] == first


def test_media_citations_are_kept_per_article_and_an_edit_cites_a_name_of_another(
    tmp_path: Path,
) -> None:
    """``cited_as_media`` from each article's citations kept (``_media_citations``) equals
    it over the texts; after an edit of article b only b is searched again, and b's new
    citation ("told the Tribune") makes a name that a only writes an outlet."""
    from generator.model import Article
    from generator.resolve import _media_citations
    from generator.resolve.decide import cited_among, cited_as_media

    texts = {
        "a": ("The Tribune ran the story.", "An AFP reporter and a CNN correspondent saw it."),
        "b": ("Officials met.",),
        "c": ("He told AMD he had to stop, she told the BBC on Monday.",),
    }
    names = ["Tribune", "AFP", "CNN", "BBC", "AMD", "Ministry of Defence"]

    def cited(folder: Path | None) -> tuple[frozenset[str], Counter[str]]:
        steps = Steps(folder, verify=True)
        articles = [Article(i, i, "2024-01-01", "s", None, "en", t) for i, t in texts.items()]
        found = _media_citations(articles, {"a", "b", "c"}, steps)
        return cited_among(names, found), steps.counts

    def expected() -> frozenset[str]:
        return cited_as_media(names, [t for ts in texts.values() for t in ts])

    assert expected() == {"AFP", "CNN", "BBC"}
    assert cited(tmp_path) == (expected(), Counter({"article misses": 3}))
    assert cited(tmp_path) == (expected(), Counter({"article hits": 3}))
    texts["b"] = ("The mayor told the Tribune that he would resign.",)
    assert cited(tmp_path) == (expected(), Counter({"article hits": 2, "article misses": 1}))
    assert "Tribune" in expected()


def test_media_citations_read_with_the_names_are_the_names_cited_over_the_texts() -> None:
    """``cited_among`` of ``media_citations`` is the rule as written before it was split
    (each cue's window read for the longest known name, in place), on cues of every shape."""
    from generator.resolve.decide import (
        _CUE_AFTER,
        _CUE_BEFORE,
        _STAFF_OF,
        _TOLD_AFTER,
        cited_among,
        media_citations,
    )

    texts = [
        'She told CNN. He told "the BBC" that it was over; he told AMD he had to stop.',
        "In an interview with the New York Times on Monday, a Reuters reporter said so.",
        "NBC's correspondent, an AFP reporter and the ministry's journalists (CNN) spoke.",
        "Speaking to Fox News, reported by The Times, in remarks to the press.",
        "told",
        "(AFP correspondent",
    ]
    names = ["CNN", "BBC", "AMD", "New York Times", "Reuters", "NBC", "AFP", "Fox News", "Times"]

    def as_written(known: set[str]) -> set[str]:
        found = set()
        for text in texts:
            for m in _CUE_BEFORE.finditer(text):
                window = text[m.end() : m.end() + 80]
                words = window.split()[:6]
                told = m.group().split()[0].casefold() in ("told", "telling")
                for n in range(len(words), 0, -1):
                    name = " ".join(words[:n]).rstrip('.,;:)"”’')
                    if name.endswith(("'s", "’s")):
                        continue
                    end = m.end() + window.find(name) + len(name)
                    if name in known and (not told or _TOLD_AFTER.match(text, end)):
                        found.add(name)
                        break
            for m in _CUE_AFTER.finditer(text):
                # the staff word first, its owner read back (actors103)
                if not (owner := _STAFF_OF.search(text, max(0, m.start() - 40), m.start())):
                    continue
                words = text[max(0, owner.start() - 80) : owner.start()].split()[-6:]
                for n in range(len(words), 0, -1):
                    name = " ".join(words[-n:]).lstrip('("“')
                    if name in known and (owner.group(1) or name.isupper()):
                        found.add(name)
                        break
        return found

    for size in range(len(names) + 1):
        known = set(names[:size])
        got = cited_among(known, media_citations(texts))
        assert got == as_written(known), size
