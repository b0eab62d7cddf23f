"""Edit, rebuild, and compare with a build from nothing: the per-article steps kept between
builds (extract's half, resolve's full names and words after lower-case ones) must read
back only what a build from nothing would make. A key that misses an input shows here as a
page that differs. The real model is used: the blank pipeline parses no quotation, so
extract's half would be empty and every key would look complete."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.annotate import choose_model
from generator.build import Paths, build
from generator.extract import extract
from generator.model import (
    Article,
    ArticleAnnotation,
    Entity,
    Frames,
    Mention,
    QuoteFrame,
    Resolved,
    Role,
    Sentence,
    Span,
)
from generator.steps import PerArticle, Steps

ENVOY = """\
---
title: Envoy speaks
date: '2024-03-01'
source: Fixture Wire
language: en
---

"We will not retreat from the pact," said John Carver, a trade envoy of Freedonia.
"""

TALKS = """\
---
title: Talks resume
date: '2024-03-05'
source: Fixture Wire
language: en
---

Carver said on Monday that the talks with Sylvania would resume. "The pact holds," Carver \
told reporters. Rufus Firefly said he agreed.
"""


def _docs(paths: Paths) -> dict[str, str]:
    return {
        p.relative_to(paths.docs).as_posix(): p.read_text(encoding="utf-8")
        for p in sorted(paths.docs.rglob("*"))
        if p.is_file() and not p.name.startswith(".") and "assets" not in p.parts
    }


def _build(content: Path, out: Path) -> dict[str, str]:
    paths = Paths(content, out / "site", out / "docs", out / "cache")
    build(paths, model=choose_model(), pages_only=True)
    return _docs(paths)


def _counted(monkeypatch: pytest.MonkeyPatch) -> list[Steps]:
    """The ``Steps`` the next build gives resolve and extract (one, shared), for extract's
    counts of kept halves and settling; every value read back there and in resolve is
    computed too and compared (``Steps.verify``)."""
    made: list[Steps] = []

    def steps(*args: Path | None, **kwargs: Any) -> Steps:
        made.append(Steps(*args, **kwargs, verify=True))
        return made[-1]

    monkeypatch.setattr("generator.build.Steps", steps)
    monkeypatch.setattr("generator.resolve.Steps", partial(Steps, verify=True))
    return made


def _halves(steps: Steps) -> dict[str, int]:
    """The counts of extract's kept halves alone (not settling's, nor resolve's steps')."""
    return dict(steps.step_counts["extract"])


def _settled(steps: Steps) -> Counter[str]:
    """The counts of extract's settling alone (one step, ``Steps.keyed``)."""
    return steps.step_counts["settle"]


def _yaml(path: Path, change: Callable[[dict], None]) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    change(data)
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")


def _alias(content: Path) -> None:
    """A curated alias added: the found speaker is merged into a curated person."""
    _yaml(content / "actors" / "rufus-firefly.yml", lambda d: d["aliases"].append("Carver"))


def _retype(content: Path) -> None:
    """A curated actor's type changed (a state is now an organisation)."""
    _yaml(content / "actors" / "sylvania.yml", lambda d: d.update(type="organisation"))


def _accept(content: Path) -> None:
    """A found speaker accepted as a curated person."""
    (content / "actors" / "john-carver.yml").write_text(
        "name: John Carver\ntype: person\naliases:\n  - Carver\n", encoding="utf-8"
    )


def _ignore(content: Path) -> None:
    """A name rejected everywhere (``ignore`` in briefing.yml)."""
    _yaml(content / "briefing.yml", lambda d: d.update(ignore=["Maria Lopez"]))


def _reject(content: Path) -> None:
    """A proposal rejected by its key (``reject`` in briefing.yml)."""
    _yaml(content / "briefing.yml", lambda d: d.update(reject=["events/statement-john-carver"]))


def _earlier_article(content: Path) -> None:
    """An article that sorts before the others introduces the speaker they name again."""
    (content / "articles" / "2024-03-01-envoy-speaks.md").write_text(ENVOY, encoding="utf-8")


def _earlier_speaker_renamed(content: Path) -> None:
    """The earlier article's speaker is another person now."""
    path = content / "articles" / "2024-03-01-envoy-speaks.md"
    path.write_text(ENVOY.replace("John Carver", "Ivan Petrov"), encoding="utf-8")


def _earlier_speaker_first_name(content: Path) -> None:
    """The earlier article's speaker is another person of the same surname (the resolved
    actors every article's frames are tied against change; the later article's own text,
    annotations and frames, "Carver said", do not)."""
    path = content / "articles" / "2024-03-01-envoy-speaks.md"
    path.write_text(ENVOY.replace("John Carver", "Jane Carver"), encoding="utf-8")


def _retitled(content: Path) -> None:
    """An article's title changed (its text, so its annotation, the same): the headline is
    read for the surnames it names."""
    path = content / "articles" / "2024-02-03-pact-signed.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("title: Pact signed", "title: Firefly signs pact"), encoding="utf-8"
    )


EDITS = {
    "retitled": _retitled,
    "alias": _alias,
    "retype": _retype,
    "accept": _accept,
    "ignore": _ignore,
    "reject": _reject,
    "earlier-article": _earlier_article,
    "earlier-speaker": _earlier_speaker_renamed,
    "earlier-speaker-first-name": _earlier_speaker_first_name,
}


@pytest.mark.slow
@pytest.mark.parametrize("edit", list(EDITS))
def test_a_rebuild_after_an_edit_equals_a_build_from_nothing(
    edit: str, mini_content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each kind of edit an editor makes between two builds: the docs folder after the
    rebuild (which reads back the halves the warm cache holds) is the cold build's."""
    monkeypatch.chdir(tmp_path)
    (mini_content / "articles" / "2024-03-05-talks-resume.md").write_text(TALKS, encoding="utf-8")
    if edit != "earlier-article":
        _earlier_article(mini_content)
    before = _build(mini_content, tmp_path / "warm")
    assert "events/statement-john-carver.md" in before or edit == "earlier-article"
    EDITS[edit](mini_content)
    made = _counted(monkeypatch)
    rebuilt = _build(mini_content, tmp_path / "warm")
    # One step memo for both stages: extract's keys take the digests resolve's made.
    assert len(made) == 1 and made[0].step_counts["words"].total() > 0
    if edit == "retitled":  # no table every article reads changed: the others read back
        assert _halves(made[0]) == {"article hits": 3, "article misses": 1}
    else:  # the resolved entities or the rejected keys changed: every half is made again
        assert _halves(made[0]) == {"article misses": 4}
        assert _settled(made[0])["misses"] == 1, "settled again: its tables changed"
    # Settling (one step, ``Steps.keyed``) was read back or made, and checked (``verify``).
    assert _settled(made[0]).total() == 1
    assert rebuilt != before, "the edit changes some page"
    assert rebuilt == _build(mini_content, tmp_path / "cold")
    if edit == "earlier-speaker-first-name":
        # Jane is a new actor; the later article's "Carver" stays its own (no full name there).
        assert "Envoy speaks" in rebuilt["actors/jane-carver.md"]
        assert "actors/john-carver.md" not in rebuilt
        assert "Talks resume" in rebuilt["events/statement-carver-2024-03-04.md"]


@pytest.mark.slow
def test_a_rebuild_after_the_matcher_changes_equals_a_build_from_nothing(
    mini_content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A change of what ``match`` finds comes with a bump of ``MATCHER_VERSION``, which names
    the annotations anew: the halves kept under the old annotations' names are not read back.
    (The code's digest changes with the file too; patched here, it does not, so the test
    holds the annotation's key alone to account.)"""
    monkeypatch.chdir(tmp_path)
    (mini_content / "articles" / "2024-03-05-talks-resume.md").write_text(TALKS, encoding="utf-8")
    _earlier_article(mini_content)
    before = _build(mini_content, tmp_path / "warm")
    assert "events/statement-john-carver.md" in before
    from generator.extract import MATCHER_VERSION, match

    def no_frames(doc: object, paragraph: int) -> Frames:
        return replace(match(doc, paragraph), events=(), agreements=())  # type: ignore[arg-type]

    monkeypatch.setattr("generator.annotate.MATCHER_VERSION", MATCHER_VERSION + "-bumped")
    monkeypatch.setattr("generator.annotate.match", no_frames)
    made = _counted(monkeypatch)
    rebuilt = _build(mini_content, tmp_path / "warm")
    # Resolve reads no event or agreement frame: its tables, so the halves' shared key, are
    # the same; the halves are told apart by the annotations' keys alone.
    assert _halves(made[0]) == {"article misses": 4}
    assert _settled(made[0])["misses"] == 1, "the halves' proposals changed: settled again"
    assert rebuilt != before, "the events and agreements the parse shows are gone"
    assert rebuilt == _build(mini_content, tmp_path / "cold")


def _quoted(
    article: str, text: str, who: str | None, day: str = "2024-03-01"
) -> tuple[Article, ArticleAnnotation]:
    """An article of one sentence whose quotation ``who`` (a PERSON span) says, if anyone,
    published on ``day`` (its annotation's key is of its text alone, as annotate's is)."""
    spans: tuple[Span, ...] = ()
    frames = Frames()
    if who is not None:
        start = text.index(who)
        spans = (Span(who, "PERSON", start, start + len(who), None),)
        head = text.index(who.split()[-1])
        frames = Frames(
            quotes=(
                QuoteFrame(
                    0,
                    Role(1, text.index('"', 1), text[1 : text.index('"', 1)]),
                    Role(start, start + len(who), who),
                    Role(head, head + len(who.split()[-1]), who.split()[-1]),
                    "said",
                    "name",
                ),
            )
        )
    sentence = Sentence(0, 0, len(text), text, spans)
    annotation = ArticleAnnotation(article, (sentence,), frames, f"key-{article}-{who}")
    return Article(article, article, day, "s", None, "en", (text,)), annotation


def test_an_articles_kept_half_is_made_again_when_an_earlier_article_quotes_someone_else(
    tmp_path: Path,
) -> None:
    """Extract's half of an article reads the speakers the articles before it found (they
    count as persons there): an article whose own inputs are unchanged is made again when an
    earlier one quotes another person, and is read back when nothing before it changed."""
    later = _quoted("b", "Talks resumed in the capital on Monday.", None)

    def run(speaker: str, folder: Path | None) -> tuple[Resolved, Counter[str]]:
        earlier = _quoted("a", f'"We hold," {speaker} said.', speaker)
        pairs = [earlier, later]
        articles = [a for a, _ in pairs]
        resolved = Resolved((), (), {a.article: a.sentences for _, a in pairs})
        steps = Steps(folder)
        made = extract(resolved, [a for _, a in pairs], articles, frozenset(), None, steps)
        return made, steps.counts

    made, counts = run("John Carver", tmp_path)
    assert [s.speaker for s in made.statements] == ["actors/john-carver"]
    assert counts == {"article misses": 2, "misses": 1}
    assert run("John Carver", tmp_path) == (made, Counter({"article hits": 2, "hits": 1}))
    other, counts = run("Ivan Petrov", tmp_path)
    assert other == run("Ivan Petrov", None)[0]
    assert counts == {"article misses": 2, "misses": 1}, "the later reads the earlier's speakers"


def test_an_articles_kept_half_is_made_again_when_its_date_changes_and_its_text_does_not(
    tmp_path: Path,
) -> None:
    """The annotation's key names the text only: a statement's date is the article's (its
    front matter), which the half's key must hold too."""

    def run(day: str, folder: Path | None) -> tuple[Resolved, Counter[str]]:
        article, annotation = _quoted("a", '"We hold," John Carver said.', "John Carver", day)
        resolved = Resolved((), (), {"a": annotation.sentences})
        steps = Steps(folder)
        made = extract(resolved, [annotation], [article], frozenset(), None, steps)
        return made, steps.counts

    first = run("2024-03-01", tmp_path)[0]
    moved, counts = run("2024-03-09", tmp_path)
    assert counts == {"article misses": 1, "misses": 1}
    assert [s.date for s in moved.statements] != [s.date for s in first.statements]
    assert moved == run("2024-03-09", None)[0]


def test_settling_is_read_back_only_while_every_half_and_the_sentences_named_are_the_same(
    tmp_path: Path,
) -> None:
    """``settle`` is kept under the notes of the halves (a digest of each half's value and of
    its article's mentions as (article, sentence, entity) rows, kept beside the half): read
    back after a rebuild that changes none, made again when an article's mentions name
    another entity in a sentence though its half's value is the same, and when a half's
    value changes. Each rebuild equals extraction without a memo."""
    carver = Entity("actors", "john-carver", "John Carver", "person")
    sylvania = Entity("actors", "sylvania", "Sylvania", "state")
    pairs = [
        _quoted("a", '"We hold," John Carver said.', "John Carver"),
        _quoted("b", "Talks resumed in the capital of Sylvania on Monday.", None),
    ]

    def run(
        folder: Path | None, named: bool = False, speaker: str = "John Carver"
    ) -> tuple[Resolved, Counter[str]]:
        quoted = _quoted("a", f'"We hold," {speaker} said.', speaker)
        articles, annotations = zip(*[quoted, pairs[1]], strict=True)
        start = pairs[1][1].sentences[0].text.index("Sylvania")
        mentions = (
            (Mention("actors/sylvania", "b", 0, 0, start, start + 8, "Sylvania", "ner"),)
            if named
            else ()
        )
        resolved = Resolved(
            (carver, sylvania), mentions, {a.article: a.sentences for a in annotations}
        )
        steps = Steps(folder, verify=True)
        made = extract(resolved, annotations, articles, frozenset(), None, steps)
        assert made == extract(resolved, annotations, articles, frozenset(), None, Steps(None))
        return made, steps.counts

    first, counts = run(tmp_path)
    assert counts == {"article misses": 2, "misses": 1}
    assert run(tmp_path) == (first, Counter({"article hits": 2, "hits": 1}))
    named, counts = run(tmp_path, named=True)
    assert counts == {"article hits": 1, "article misses": 1, "misses": 1}
    assert named != first
    assert run(tmp_path, named=True)[1] == {"article hits": 2, "hits": 1}
    other, counts = run(tmp_path, named=True, speaker="Ivan Petrov")
    assert counts == {"article misses": 2, "misses": 1}
    assert [s.speaker for s in other.statements] == ["actors/ivan-petrov"]


def test_a_kept_halfs_note_is_read_back_not_made_again(tmp_path: Path) -> None:
    """``PerArticle.noted``: the note is made with the value and kept beside it; a hit reads
    it without calling ``note``, and an entry kept without one (an older file) gets one."""
    calls: list[object] = []

    def note(encoded: object) -> str:
        calls.append(encoded)
        return f"note of {encoded!r}"

    kept = PerArticle(Steps(tmp_path), "test")
    assert kept.noted(("article",), lambda: 1, note=note) == (1, "note of 1")
    assert kept.noted(("other",), lambda: 2) == (2, None)
    kept.save()
    again = PerArticle(Steps(tmp_path), "test")
    assert again.noted(("article",), lambda: 9, note=note) == (1, "note of 1")
    assert calls == [1], "read back, not made"
    assert again.noted(("other",), lambda: 9, note=note) == (2, "note of 2")
    assert calls == [1, 2], "kept without a note: made from the kept value"
    again.save()
    last = PerArticle(Steps(tmp_path), "test")
    assert last.noted(("other",), lambda: 9, note=note) == (2, "note of 2")
    assert last.noted(("new",), lambda: 3, note=note) == (3, "note of 3")
    assert calls == [1, 2, 3]


def test_verify_fails_when_a_kept_value_is_not_the_computed_one(tmp_path: Path) -> None:
    """``Steps.verify`` catches a key that misses an input: here the value computed differs
    (as if it read something the key does not hold) while the key is the same."""
    kept = PerArticle(Steps(tmp_path), "test")
    assert kept.get(("article",), lambda: 1) == 1
    kept.save()
    assert PerArticle(Steps(tmp_path), "test").get(("article",), lambda: 2) == 1, "kept"
    with pytest.raises(AssertionError, match="not the computed one"):
        PerArticle(Steps(tmp_path, verify=True), "test").get(("article",), lambda: 2)
    assert PerArticle(Steps(tmp_path, verify=True), "test").get(("article",), lambda: 1) == 1
    assert Steps(tmp_path).run("step", lambda: 1) == 1
    assert Steps(tmp_path).run("step", lambda: 2) == 1, "the same function read back"
    with pytest.raises(AssertionError, match="not the computed one"):
        Steps(tmp_path, verify=True).run("step", lambda: 2)


def test_a_kept_halfs_proposals_are_decoded_only_when_settling_is_made_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only ``settle`` reads the halves' proposals: a rebuild that reads settling back decodes
    none of a kept half's; one that settles again (an article's mentions name another entity)
    decodes them, and gives what extraction without a memo gives."""
    import generator.extract as extracting

    carver = Entity("actors", "john-carver", "John Carver", "person")
    sylvania = Entity("actors", "sylvania", "Sylvania", "state")
    pairs = [
        _quoted("a", '"We hold," John Carver said.', "John Carver"),
        _quoted("b", "Talks resumed in the capital of Sylvania on Monday.", None),
    ]
    articles, annotations = zip(*pairs, strict=True)
    start = pairs[1][1].sentences[0].text.index("Sylvania")
    named = (Mention("actors/sylvania", "b", 0, 0, start, start + 8, "Sylvania", "ner"),)
    decoded: list[object] = []
    real = extracting.decode

    def counted(value: object) -> object:
        decoded.append(value)
        return real(value)

    monkeypatch.setattr(extracting, "decode", counted)

    def run(folder: Path | None, mentions: tuple[Mention, ...] = ()) -> Resolved:
        resolved = Resolved(
            (carver, sylvania), mentions, {a.article: a.sentences for a in annotations}
        )
        decoded.clear()
        return extract(resolved, annotations, articles, frozenset(), None, Steps(folder))

    first = run(tmp_path)
    assert any(e.key == "events/statement-john-carver" for e in first.entities)
    assert run(tmp_path) == first
    assert len(decoded) == 2 * 3, "each kept half's first three parts, not its proposals"
    again = run(tmp_path, named)
    assert len(decoded) == 3 + 3, "a's first three parts and proposals (b's half is made)"
    assert again == run(None, named)
    assert again != first


def test_a_kept_halfs_proposals_that_do_not_decode_are_made_again(tmp_path: Path) -> None:
    """A kept half whose proposals are damaged (its first three parts intact) is made again
    when settling needs them: the same extraction as without a memo."""
    from generator.memo import sealed, unsealed

    carver = Entity("actors", "john-carver", "John Carver", "person")
    pairs = [
        _quoted("a", '"We hold," John Carver said.', "John Carver"),
        _quoted("b", "Talks resumed in the capital on Monday.", None),
    ]
    articles, annotations = zip(*pairs, strict=True)

    def run(folder: Path | None, entities: tuple[Entity, ...] = (carver,)) -> Resolved:
        resolved = Resolved(entities, (), {a.article: a.sentences for a in annotations})
        return extract(resolved, annotations, articles, frozenset(), None, Steps(folder))

    first = run(tmp_path)
    path = tmp_path / "resolve-step-extract.marshal"
    data = unsealed(path.read_bytes())
    for entry in data["entries"].values():
        entry[4] = ["object", "generator.model:Nothing"]  # the events its statements report
    path.write_bytes(sealed(data))
    (tmp_path / "resolve-step-settle.marshal").unlink()  # settling made again: it reads them
    assert run(tmp_path) == first == run(None)
    assert any(e.key == "events/statement-john-carver" for e in first.entities)
