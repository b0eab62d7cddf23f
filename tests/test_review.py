"""The review queue: each item's YAML, pasted into the content folder, wins on the next run."""

from __future__ import annotations

from dataclasses import replace

import pytest
import yaml
from test_resolve import annotation_for

from generator.cli import main
from generator.evidence import gather
from generator.evidence.review import gather_review, review_text
from generator.link import link
from generator.load import load_content
from generator.render import redirect_pages
from generator.resolve import resolve

TEXT = (
    "John R. Bolton met Field Marshal Haftar and Hagia Sophia officials.",
    "John Bolton said Haftar agreed.",
)
SPANS = {
    0: [
        ("John R. Bolton", "PERSON", None),
        ("Field Marshal", "PERSON", None),
        ("Haftar", "PERSON", None),
        ("Hagia Sophia", "ORG", None),
    ],
    1: [("John Bolton", "PERSON", None), ("Haftar", "ORG", None)],
}


def run(content_dir):
    content = load_content(content_dir)
    article = replace(content.articles[0], paragraphs=TEXT, annotations=())
    content = replace(content, articles=(article,))
    resolved = resolve(content, [annotation_for(article, SPANS)])
    return content, resolved, gather_review(content, resolved)


def apply(content_dir, fix) -> None:
    """Paste a fix as an editor would: create the file, or merge its YAML into the file."""
    path = content_dir / fix.path
    if fix.create:
        path.write_text(fix.yaml, encoding="utf-8")
        return
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    for key, values in yaml.safe_load(fix.yaml).items():
        data[key] = [*data.get(key, []), *values]
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def item(review, name):
    return next(i for i in review.items if i.name == name)


@pytest.fixture
def queue(mini_content):
    return run(mini_content)[2]


def test_the_queue_lists_new_actors_merges_and_rejections_with_evidence(queue):
    kinds = {(i.kind, i.name) for i in queue.items}
    assert ("new actor", "Hagia Sophia") in kinds
    assert ("new actor", "John R. Bolton") in kinds
    assert ("merged", "John Bolton") in kinds
    assert ("rejected", "Field Marshal") in kinds
    bolton = item(queue, "John Bolton")
    assert bolton.detail == "joined John R. Bolton: 'John R. Bolton' with middle names or initials"
    assert bolton.examples == ("John Bolton said Haftar agreed.",)
    text = review_text(queue, "content")
    assert "[rejected] Field Marshal: a title or rank alone; named 1 time" in text
    assert "create content/actors/hagia-sophia.yml" in text


def test_reject_accept_retype_and_merge_win_on_the_next_run(mini_content, queue):
    apply(mini_content, item(queue, "Hagia Sophia").fixes[-1])  # reject
    apply(mini_content, item(queue, "John R. Bolton").fixes[0])  # accept, with its alias
    apply(mini_content, item(queue, "Field Marshal").fixes[0])  # accept a rejected name
    _, resolved, again = run(mini_content)
    by_text = {m.text: m.entity for m in resolved.mentions}
    assert "Hagia Sophia" not in by_text
    assert by_text["John Bolton"] == by_text["John R. Bolton"] == "actors/john-r-bolton"
    assert by_text["Field Marshal"] == "actors/field-marshal"
    entities = {e.key: e for e in resolved.entities}
    assert entities["actors/john-r-bolton"].curated
    still_new = {i.name for i in again.items if i.kind == "new actor"}
    assert not still_new & {"Hagia Sophia", "John R. Bolton", "Field Marshal"}


def test_split_gives_a_merged_name_its_own_page(mini_content, queue):
    split = item(queue, "John Bolton").fixes[1]
    assert split.label == "Split: its own actor" and split.path == "actors/john-bolton.yml"
    apply(mini_content, split)
    _, resolved, _ = run(mini_content)
    by_text = {m.text: m.entity for m in resolved.mentions}
    assert by_text["John Bolton"] == "actors/john-bolton"
    assert by_text["John R. Bolton"] != "actors/john-bolton"


def test_a_merged_actors_old_address_leads_to_the_page_it_joined(mini_content, queue):
    apply(mini_content, item(queue, "John R. Bolton").fixes[0])
    content, resolved, _ = run(mini_content)
    pages = redirect_pages(gather(link(resolved, content.articles), content.briefing))
    assert 'url=../john-r-bolton/"' in pages["actors/john-bolton/index.html"]


@pytest.mark.usefixtures("blank_model")
def test_the_review_command_prints_the_queue(mini_content, capsys):
    assert main(["review", "--content", str(mini_content), "--model", "blank"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(("To review:", "Nothing to review"))


def test_a_rejected_proposal_key_must_name_a_proposal(mini_content):
    (mini_content / "briefing.yml").write_text(
        "title: T\nreject:\n  - events/statement-iran\n  - ../actors/x\n", encoding="utf-8"
    )
    from generator.errors import BuildError

    with pytest.raises(BuildError) as info:
        load_content(mini_content)
    (error,) = info.value.errors
    assert (error.line, error.column, error.code) == (4, 5, "E014")


@pytest.mark.slow
def test_a_rejected_proposal_is_never_published(tmp_path):
    import shutil

    from conftest import ROOT

    from generator.build import Paths, build

    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    paths = Paths(content, tmp_path / "site", tmp_path / "docs", ROOT / "build" / "cache")
    build(paths, pages_only=True)
    proposed = sorted(p.stem for p in (tmp_path / "docs/events").glob("*.md") if p.stem != "index")
    review = (tmp_path / "docs/review/events/index.html").read_text()
    assert "events/strike-russia-ukraine" in review
    briefing = (content / "briefing.yml").read_text()
    (content / "briefing.yml").write_text(
        briefing + "reject:\n  - events/strike-russia-ukraine\n", encoding="utf-8"
    )
    build(paths, pages_only=True)
    after = sorted(p.stem for p in (tmp_path / "docs/events").glob("*.md") if p.stem != "index")
    assert set(proposed) - set(after) == {"strike-russia-ukraine"}
    left = "".join(p.read_text() for p in (tmp_path / "docs/review").rglob("*.html"))
    assert "events/strike-russia-ukraine" not in left


def test_the_review_can_show_only_some_kinds(queue):
    kinds = {item.kind for item in queue.items}
    assert {"new actor", "merged"} <= kinds
    merged = queue.only(["merged"])
    assert merged.items and {item.kind for item in merged.items} == {"merged"}
    both = queue.only(["merged", "actors"])
    assert {item.kind for item in both.items} == {"merged", "new actor"}
    assert queue.only(None) is queue


@pytest.mark.usefixtures("blank_model")
def test_the_review_command_filters_and_refuses_unknown_kinds(mini_content, capsys):
    args = ["review", "--content", str(mini_content), "--model", "blank"]
    assert main([*args, "--only", "events", "--only", "merged"]) == 0
    assert capsys.readouterr().out == "Nothing to review among: events, merged.\n"
    with pytest.raises(SystemExit) as info:
        main([*args, "--only", "nonsense"])
    assert info.value.code == 3  # usage error


def test_the_review_site_section_is_paged_by_kind(queue):
    from generator.evidence.review import Review

    big = Review(tuple(i for i in queue.items for _ in range(3)))  # every item thrice
    pages = big.pages(size=2)
    assert [p.path for p in pages][:2] == ["review/actors/index.html", "review/actors-2/index.html"]
    assert [(p.name, p.folder) for p in pages][:2] == [
        ("actors", "review/actors/"),
        ("actors-2", "review/actors-2/"),
    ]
    assert all(0 < len(p.items) <= 2 for p in pages)
    assert all(len({i.kind for i in p.items}) == 1 for p in pages)
    assert sum(len(p.items) for p in pages) == len(big.items)
    assert pages[1].title == f"New actors (2 of {pages[0].of})"


def _given(*rest: object) -> tuple[object, ...]:
    """An item's rest as given (a module-level function: the item pickles)."""
    return rest


def test_an_item_equals_one_of_the_same_values_and_pickles_as_its_inputs(queue):
    import pickle

    from generator.evidence.review import Item

    for later in queue.items:
        assert later._rest is None, "gather_review makes its items on first use"
        inputs = pickle.dumps(later)
        rest = (later.detail, later.examples, later.fixes)
        given = Item.later(later.kind, later.name, later.key, _given, rest)
        assert given == later and hash(given) == hash(later), "equal by values, not by maker"
        assert pickle.dumps(later) == inputs, "made or not, it pickles as its inputs"
        assert pickle.loads(inputs) == later == pickle.loads(pickle.dumps(given))
    with pytest.raises(AttributeError):
        queue.items[0].name = "other"  # type: ignore[misc]
