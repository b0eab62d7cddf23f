"""A step's per-article results kept between builds: the same answers, sooner."""

from __future__ import annotations

import dataclasses
import json
import marshal
import os
import shutil
from pathlib import Path

import pytest

from generator import memo
from generator.annotate import annotate, prune_cache
from generator.link import link
from generator.load import load_content
from generator.memo import Memo, sealed, unsealed
from generator.resolve import resolve

PROJECT = Path(__file__).resolve().parent.parent


def _count(calls: list[int]) -> int:
    calls.append(1)
    return len(calls)


def _memo_of(folder: Path | None) -> Memo:
    return Memo(folder, "step").salted("briefing-wide input")


def test_an_entry_is_kept_for_the_next_build_and_found_by_its_inputs(tmp_path: Path) -> None:
    calls: list[int] = []
    first = _memo_of(tmp_path)
    assert first.get(["a", 1], lambda: _count(calls), str, int) == 1
    assert first.get(["b", 1], lambda: _count(calls), str, int) == 2
    first.save()
    later = _memo_of(tmp_path)  # another build: a new memo over the same folder
    assert later.get(["a", 1], lambda: _count(calls), str, int) == 1
    assert later.get(["b", 1], lambda: _count(calls), str, int) == 2
    assert (later.counts["hits"], later.counts["misses"], len(calls)) == (2, 0, 2)
    # Other inputs, or another briefing-wide salt, are another entry.
    assert later.get(["a", 2], lambda: _count(calls), str, int) == 3
    other = Memo(tmp_path, "step").salted("another curated name")
    assert other.get(["a", 1], lambda: _count(calls), str, int) == 4
    assert [p.name for p in tmp_path.iterdir()] == ["step.marshal"], "one file a step"
    later.save()  # the entries this build asked for; not another build's, never saved
    again = _memo_of(tmp_path)
    assert again.get(["a", 2], lambda: _count(calls), str, int) == 3
    assert again.get(["b", 1], lambda: _count(calls), str, int) == 2
    again.save()  # "a" with 1 was not asked: left out
    assert _memo_of(tmp_path).get(["a", 1], lambda: _count(calls), str, int) == 5
    assert (
        Memo(tmp_path, "step")
        .salted("another curated name")
        .get(["a", 1], lambda: _count(calls), str, int)
        == 6
    )


@pytest.mark.parametrize(
    "damage",
    [
        b"{not marshal",
        b"",
        [1, 2],
        {"entries": []},
        {"entries": {"%s": "not a number"}},
        b"unsealed",  # the entry as it was, in a file of perf24's form (no checksum)
    ],
)
def test_a_damaged_entry_is_computed_again_and_nothing_is_kept_without_a_folder(
    tmp_path: Path, damage: object
) -> None:
    """Bytes that are no sealed file, or values of another form in one (sealed here: the
    checksum alone would refuse them), are computed again."""
    calls: list[int] = []
    memo = _memo_of(tmp_path)
    memo.get(["a"], lambda: _count(calls), str, int)
    memo.save()
    (entry,) = tmp_path.iterdir()
    kept = unsealed(entry.read_bytes())
    (key,) = kept["entries"]
    if damage == b"unsealed":
        entry.write_bytes(marshal.dumps(kept, 2))
    elif isinstance(damage, bytes):
        entry.write_bytes(damage)
    else:
        entry.write_bytes(sealed(json.loads(json.dumps(damage).replace("%s", key))))
    again = _memo_of(tmp_path)
    assert again.get(["a"], lambda: _count(calls), str, int) == 2
    again.save()
    assert unsealed(entry.read_bytes()) == {"entries": {key: "2"}}  # written again, whole
    assert _memo_of(None).get(["a"], lambda: _count(calls), str, int) == 3
    assert memo.get(["a"], lambda: _count(calls), str, int, keep=False) == 4
    assert len(list(tmp_path.iterdir())) == 1


def test_an_unchanged_file_is_marked_used_not_written(tmp_path: Path) -> None:
    memo = _memo_of(tmp_path)
    memo.get(["a"], lambda: 1, str, int)
    memo.save()
    path = tmp_path / "step.marshal"
    os.utime(path, (1, 1))
    inode = path.stat().st_ino
    again = _memo_of(tmp_path)
    assert again.get(["a"], lambda: 2, str, int) == 1
    again.save()
    assert path.stat().st_ino == inode and path.stat().st_mtime > 1


def test_entries_are_pruned_with_the_annotations_when_unused(tmp_path: Path) -> None:
    memo = _memo_of(tmp_path)
    memo.get(["a"], lambda: 1, str, int)
    memo.save()
    assert prune_cache(tmp_path, max_age=-1) == 1
    assert not list(tmp_path.iterdir())


@pytest.mark.slow
def test_resolve_and_link_with_their_memos_give_what_they_give_without(tmp_path: Path) -> None:
    content = load_content(PROJECT / "content")
    annotations = annotate(content.articles, content.entities, cache_dir=tmp_path)
    plain = resolve(content, annotations)
    first = Memo(tmp_path, "collect")
    assert resolve(content, annotations, first) == plain
    again = Memo(tmp_path, "collect")
    assert resolve(content, annotations, again) == plain
    articles = len(content.articles)
    assert (first.counts["misses"], again.counts["hits"], again.counts["misses"]) == (
        articles,
        articles,
        0,
    )
    # An annotation made apart from the cache (no key) is never taken from the memo.
    unnamed = tuple(dataclasses.replace(a, key="") for a in annotations)
    blind = Memo(tmp_path, "collect")
    assert resolve(content, unnamed, blind) == plain
    assert not blind.counts
    linked = link(plain, content.articles)
    assert link(plain, content.articles, Memo(tmp_path, "dates")) == linked
    dates = Memo(tmp_path, "dates")
    assert link(plain, content.articles, dates) == linked
    assert dict(dates.counts) == {"hits": articles}
    assert any(found for article in linked.sentence_dates.values() for found in article)


def test_the_code_digest_names_the_code_running_and_the_templates_on_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``serve`` rebuilds in one process: edited code is not running until it restarts, so its
    results must not be filed under the new code's name; edited templates are read anew."""
    code, templates = tmp_path / "code", tmp_path / "templates"
    shutil.copytree(memo.CODE, code, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(PROJECT / "templates", templates)
    monkeypatch.setattr(memo, "CODE", code)
    memo._running_code.cache_clear()
    try:
        before = memo.code_digest(templates).hexdigest()
        (code / "resolve" / "article.py").write_text("# edited while serve runs\n")
        assert memo.code_digest(templates).hexdigest() == before
        (templates / "actor.md.j2").write_text("{{ entity.name }}\n")
        assert memo.code_digest(templates).hexdigest() != before
    finally:
        memo._running_code.cache_clear()  # the next test reads the real code again


def test_an_entry_damaged_in_place_is_computed_again(tmp_path: Path) -> None:
    """A byte changed inside a kept value leaves a file of the right form under the right
    key: the file's checksum tells, and the value is computed, not taken."""
    memo = _memo_of(tmp_path)
    memo.get(["a"], lambda: "kept value", str, str)
    memo.save()
    path = tmp_path / "step.marshal"
    path.write_bytes(path.read_bytes().replace(b"kept value", b"kept valuf"))
    assert _memo_of(tmp_path).get(["a"], lambda: "computed", str, str) == "computed"


def test_a_memo_used_in_a_with_block_is_saved_when_it_ends_and_saved_once(
    tmp_path: Path,
) -> None:
    """``save`` cannot be forgotten by a ``with`` block; a second ``save`` (the block's after
    the step's own) writes nothing again; a block ended by an error keeps nothing."""
    with _memo_of(tmp_path) as memo:
        assert memo.get(["a"], lambda: 1, str, int) == 1
    path = tmp_path / "step.marshal"
    inode = path.stat().st_ino
    memo.save()
    assert path.stat().st_ino == inode, "saved once"
    again = _memo_of(tmp_path)
    assert again.get(["a"], lambda: 2, str, int) == 1 and again.counts["hits"] == 1
    with pytest.raises(RuntimeError), _memo_of(tmp_path) as failed:
        failed.get(["b"], lambda: 3, str, int)
        raise RuntimeError("the step failed")
    assert path.stat().st_ino == inode, "nothing kept of a failed step"


def test_a_file_read_ahead_goes_once_to_its_first_reader_and_later_reads_are_from_disk(
    tmp_path: Path,
) -> None:
    first = _memo_of(tmp_path)
    assert first.get(["a"], lambda: 1, str, int) == 1
    first.save()
    path = tmp_path / f"step{memo.SUFFIX}"
    ahead = memo.ReadAhead()
    ahead.read([path, tmp_path / "missing.marshal"])
    (tmp_path / "moved").mkdir()
    path.rename(tmp_path / "moved" / path.name)  # what is read ahead is no longer on disk
    calls: list[int] = []
    later = Memo(tmp_path, "step", ahead).salted("briefing-wide input")
    assert later.get(["a"], lambda: _count(calls), str, int) == 1
    assert calls == [] and later.counts["hits"] == 1, "taken from what was read ahead"
    with pytest.raises(OSError):
        ahead.take(path)  # handed over once: read again, from disk
    with pytest.raises(OSError):
        ahead.take(tmp_path / "missing.marshal")  # not read: its reader finds it missing
    (tmp_path / "moved" / path.name).write_bytes(b"damaged")
    ahead.read([tmp_path / "moved" / path.name])
    with pytest.raises(ValueError):
        ahead.take(tmp_path / "moved" / path.name)


def test_resolves_step_files_are_taken_from_what_was_read_ahead(tmp_path: Path) -> None:
    from generator.steps import PREFIX, PerArticle, Steps

    steps = Steps(tmp_path)
    assert steps.run("whole", lambda: [1, 2]) == [1, 2]
    kept = PerArticle(steps, "each")
    assert kept.get(("article",), lambda: "x") == "x"
    kept.save()
    ahead = memo.ReadAhead()
    ahead.read(sorted(tmp_path.glob(f"{PREFIX}*")))
    for path in tmp_path.glob(f"{PREFIX}*"):
        path.write_bytes(b"damaged after it was read ahead")
    later = Steps(tmp_path, ahead=ahead)
    assert later.run("whole", lambda: [1, 2]) == [1, 2]
    assert PerArticle(later, "each").get(("article",), lambda: "y") == "x"
    assert later.counts["hits"] == 1 and later.counts["article hits"] == 1


def test_an_entry_found_before_computing_is_what_get_would_take_and_is_kept_as_used(
    tmp_path: Path,
) -> None:
    first = _memo_of(tmp_path)
    assert first.get(["a"], lambda: 1, str, int) == 1
    assert first.get(["b"], lambda: 2, str, int) == 2
    first.save()
    later = _memo_of(tmp_path)
    assert later.found(["a"], int) == 1 and later.counts["hits"] == 1
    assert later.found(["c"], int) is None, "not kept: left to get"
    assert later.found(["b"], lambda value: int("x")) is None, "undecodable: left to get"
    later.save()
    again = _memo_of(tmp_path)
    assert again.found(["a"], int) == 1, "what was found is kept for the next build"
    assert again.found(["b"], int) is None, "what was neither found nor got is not"
    assert Memo(None, "step").found(["a"], int) is None


def test_spans_read_ahead_of_the_annotations_give_resolve_what_it_reads_itself(
    tmp_path: Path, mini_content: Path, blank_model: None
) -> None:
    from generator.resolve import collected_ahead

    pact = (mini_content / "articles" / "2024-02-03-pact-signed.md").read_text()
    for n in (1, 2):  # more articles read ahead
        copy = pact.replace("title: ", f"title: Copy {n} of ").replace(".\n", f" ({n}).\n", 1)
        (mini_content / "articles" / f"2024-02-03-copy-{n}.md").write_text(copy)
    content = load_content(mini_content)
    assert len(content.articles) == 4
    annotations = annotate(content.articles, content.entities, model="b", cache_dir=tmp_path)
    plain = resolve(content, annotations, Memo(tmp_path, "collect"))
    keys = {a.article: a.key for a in annotations}
    edited, *others = sorted(keys)
    keys.pop(edited)  # its annotation is still being parsed: not read ahead
    keys[others[0]] = "another annotation's key"  # read ahead for an annotation since changed
    memo = Memo(tmp_path, "collect")
    early = collected_ahead(content, keys, memo)
    assert sorted(early) == others[1:] and memo.counts["hits"] == len(others) - 1 == 2
    assert resolve(content, annotations, memo, early) == plain
    assert dict(memo.counts) == {"hits": len(annotations)}, "each article found once"
    again = Memo(tmp_path, "collect")
    assert resolve(content, annotations, again) == plain
    assert dict(again.counts) == {"hits": len(annotations)}, "all were kept as used"
