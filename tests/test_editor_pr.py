"""An editor's pull request on real news shape (editor1, issue 8).

Each test pastes the exact YAML the review offers, as an editor would, and rebuilds: the
correction must win, and leave the review queue. The sentences are Wikinews 2019 ones (dev).
"""

from __future__ import annotations

import pytest

from generator.build import Paths, review_of

ARTICLE = """---
title: NASA picks crews for first commercial flights
date: '2019-01-20'
source: Wikinews
language: en
---

NASA's contract with Boeing is currently valued at US$4.2 billion.

The contract with SpaceX is valued at US$2.6 billion.
"""


def _briefing(tmp_path):
    content = tmp_path / "content"
    for folder in ("articles", "actors", "agreements", "events"):
        (content / folder).mkdir(parents=True)
    (content / "briefing.yml").write_text("title: T\n", encoding="utf-8")
    (content / "articles/2019-01-20-nasa-crews.md").write_text(ARTICLE, encoding="utf-8")
    (content / "actors/spacex.yml").write_text("name: SpaceX\ntype: organisation\n", "utf-8")
    return Paths(content, tmp_path / "site", tmp_path / "docs", tmp_path / "cache")


def _accept(paths, name):
    item = next(i for i in review_of(paths).items if i.name == name)
    fix = next(f for f in item.fixes if f.label.startswith("Accept"))
    assert fix.create
    (paths.content / fix.path).write_text(fix.yaml, encoding="utf-8")
    return fix


@pytest.mark.slow
def test_accepting_an_undated_proposed_agreement_as_offered_absorbs_it(tmp_path):
    """The review offers 'agreements/contract-spacex.yml' with no date (none is known); the
    file used to become a second page while the proposal stayed in the queue under a new id
    ('contract-spacex-8214da'): only a dated proposal could match a record."""
    paths = _briefing(tmp_path)
    fix = _accept(paths, "Contract with SpaceX")
    assert fix.path == "agreements/contract-spacex.yml"
    assert "date" not in fix.yaml
    after = review_of(paths)
    boeing = next(i for i in after.items if i.kind == "proposed agreement")
    assert boeing.fixes[0].label == "Accept (accept NASA as an actor first)"  # not "as actors"
    assert [i.name for i in after.items if i.kind == "proposed agreement"] == [
        "NASA's contract with Boeing"
    ]


WITHDRAWAL = """---
title: Germany bans Iranian airline Mahan Air
date: '2019-01-22'
source: Wikinews
language: en
---

Last year US President Donald Trump withdrew the US from a nuclear nonproliferation treaty with
Iran, which had been agreed under former US President Barack Obama.
"""


@pytest.mark.slow
def test_rejecting_a_proposed_agreement_an_event_is_about_builds(tmp_path):
    """The review's Reject of the treaty Trump withdrew from: the withdrawal event still named
    the rejected agreement, and the link stage stopped on a KeyError."""
    from generator.build import build

    paths = _briefing(tmp_path)
    (paths.content / "articles/2019-01-20-nasa-crews.md").unlink()
    (paths.content / "articles/2019-01-22-mahan-air.md").write_text(WITHDRAWAL, "utf-8")
    item = next(i for i in review_of(paths).items if i.kind == "proposed agreement")
    fix = next(f for f in item.fixes if f.label.startswith("Reject"))
    assert fix.path == "briefing.yml"
    briefing = paths.content / "briefing.yml"
    briefing.write_text(briefing.read_text("utf-8") + fix.yaml, encoding="utf-8")
    build(paths, pages_only=True)
    events = [p.stem for p in (paths.docs / "events").glob("withdrawal-*.md")]
    assert len(events) == 1
    assert not list((paths.docs / "agreements").glob("treaty-*.md"))


DEATH = """---
title: Oceanographer Walter Munk dies aged 101
date: '2019-02-10'
source: Wikinews
language: en
---

Walter Munk was 101 and died of pneumonia in La Jolla, California.
"""


@pytest.mark.slow
def test_an_undated_proposed_event_is_offered_with_its_date_to_fill_in(tmp_path):
    """The review offered an undated event's file without 'date', which the loader requires:
    pasted as offered it was refused with no line to fill and no hint. It now ends with the
    empty date the 'Edit this page' link has; filled in, the record absorbs the proposal."""
    from generator.errors import BuildError
    from generator.load import load_content

    paths = _briefing(tmp_path)
    (paths.content / "articles/2019-01-20-nasa-crews.md").unlink()
    (paths.content / "articles/2019-02-10-walter-munk.md").write_text(DEATH, "utf-8")
    (paths.content / "actors/walter-munk.yml").write_text("name: Walter Munk\ntype: person\n")
    item = next(i for i in review_of(paths).items if i.kind == "proposed event")
    fix = next(f for f in item.fixes if f.label.startswith("Accept"))
    assert "fill in its date" in fix.label
    assert fix.yaml.endswith("date: ''  # required: YYYY, YYYY-MM or YYYY-MM-DD\n")
    path = paths.content / fix.path
    path.write_text(fix.yaml, encoding="utf-8")
    with pytest.raises(BuildError) as info:
        load_content(paths.content)
    (error,) = info.value.errors
    line = fix.yaml.splitlines().index("date: ''  # required: YYYY, YYYY-MM or YYYY-MM-DD") + 1
    assert (error.code, error.line, error.column) == ("E013", line, 7)
    assert "YYYY-MM-DD" in error.hint
    path.write_text(fix.yaml.replace("date: ''", "date: '2019-02-08'"), encoding="utf-8")
    assert not [i for i in review_of(paths).items if i.kind == "proposed event"]


def test_a_missing_required_field_says_what_to_write(tmp_path):
    from generator.errors import BuildError
    from generator.load import load_content

    paths = _briefing(tmp_path)
    (paths.content / "events/summit.yml").write_text("name: Summit\ntype: meeting\n", "utf-8")
    (paths.content / "actors/x.yml").write_text("type: person\n", "utf-8")
    with pytest.raises(BuildError) as info:
        load_content(paths.content)
    hints = {e.path.rsplit("/", 1)[-1]: (e.code, e.line, e.hint) for e in info.value.errors}
    assert hints["summit.yml"][:2] == ("E013", 1)
    assert "YYYY, YYYY-MM or YYYY-MM-DD" in hints["summit.yml"][2]
    assert hints["x.yml"] == ("E013", 1, "the name its page shows, e.g. 'name: Vladimir Putin'")


def _errors(content):
    from generator.errors import BuildError
    from generator.load import load_content

    with pytest.raises(BuildError) as info:
        load_content(content)
    return [
        (e.path.rsplit("/", 1)[-1], e.line, e.column, e.code)
        for e in info.value.errors
        if e.code.startswith("E")  # the names occur in no article here: W100 too
    ]


def test_a_rejected_name_given_a_file_is_an_error_on_its_ignore_line(tmp_path):
    """An editor rejected 'Cotton Candy' (briefing.yml ignore), then merged 'Moth Monarch'
    into it by a file: the file silently won over the ignore entry."""
    paths = _briefing(tmp_path)
    (paths.content / "briefing.yml").write_text("title: T\nignore:\n  - Cotton Candy\n", "utf-8")
    (paths.content / "actors/cotton-candy.yml").write_text(
        "name: Cotton Candy\ntype: person\naliases:\n  - Moth Monarch\n", "utf-8"
    )
    assert _errors(paths.content) == [("briefing.yml", 3, 5, "E107")]


def test_a_name_two_files_use_is_reported_on_the_line_that_repeats_it(tmp_path):
    """'AFP' pasted into a second actor's aliases was reported at 1:1 of that file."""
    paths = _briefing(tmp_path)
    (paths.content / "actors/agence-france-presse.yml").write_text(
        "name: Agence France-Presse\ntype: organisation\naliases:\n- AFP\n", "utf-8"
    )
    (paths.content / "actors/maritime-bulletin.yml").write_text(
        "name: Maritime Bulletin\ntype: organisation\naliases:\n  - Marine Bulletin\n  - AFP\n",
        "utf-8",
    )
    assert _errors(paths.content) == [("maritime-bulletin.yml", 5, 5, "E104")]


@pytest.mark.slow
def test_a_reject_entry_that_names_no_proposal_warns_on_its_line(tmp_path):
    """A statement's key changes with its speaker's page ('Marine Bulletin' merged into
    'Maritime Bulletin'): the old key under reject matched nothing, and said nothing."""
    from generator.build import build
    from generator.errors import BuildError

    paths = _briefing(tmp_path)
    (paths.content / "briefing.yml").write_text(
        "title: T\nreject:\n  - agreements/contract-spacex\n"
        "  - statements/marine-bulletin-e08b1e2c\n",
        "utf-8",
    )
    report = build(paths, pages_only=True)
    found = [(w.line, w.column, w.code, w.message) for w in report.warnings]
    assert found == [
        (4, 5, "W102", "'statements/marine-bulletin-e08b1e2c' names no proposal the machine made")
    ]
    assert not (paths.docs / "agreements/contract-spacex.md").exists()
    with pytest.raises(BuildError):
        build(paths, pages_only=True, strict=True)


@pytest.mark.parametrize(
    ("text", "where", "hint"),
    [
        # the review's "ignore:" pasted under the one briefing.yml has
        (
            "title: T\nignore:\n- Cotton Candy\nignore:\n- Hug Cacti\n",
            (4, 1),
            "a field is written once: move these '- ' items under 'ignore:' on line 2",
        ),
        ("name: X\n type: person\n", (2, 6), "this line is indented under a field"),
        (
            "name: X\ntype: person\naliases:\n  - A\n- B\n",
            (5, 1),
            "indent every '- ' item of a list the same as the first one",
        ),
        ("name: X\nname: Y\n", (2, 1), "keep one of them"),
    ],
)
def test_an_editors_yaml_slip_gets_a_hint_that_says_what_to_do(text, where, hint):
    from generator.yamlio import YamlError, parse_yaml

    with pytest.raises(YamlError) as info:
        parse_yaml(text)
    assert (info.value.line, info.value.line.column) == where
    assert info.value.hint.startswith(hint)


def test_review_examples_are_separate_paragraphs_each_once_and_an_ambiguous_name_a_person():
    """On the review page two example sentences ran into one paragraph ('...the American
    people[...] Brenton Tarrant had a valid gun licence...'); a name met twice in one
    sentence ('CIA deputy director ... at CIA') showed that sentence twice; an ambiguous
    surname ('Mendez', Tony's and Jonna's) was offered as an organisation."""
    from conftest import ROOT

    from generator.evidence import gather
    from generator.evidence.review import gather_review
    from generator.link import link
    from generator.model import Article, Briefing, Content, Decision, Resolved, Sentence
    from generator.render import render_pages

    text = ("Morell praised Mendez: he served at CIA, CIA said.", "ABC reported it.")
    article = Article("2019-01-21-a", "A", "2019-01-21", "Wikinews", None, "en", text)
    sentences = {article.id: tuple(Sentence(i, 0, len(t), t, ()) for i, t in enumerate(text))}
    decisions = (
        Decision("CIA", "rejected", "a word", mentions=2, where=((article.id, 0),) * 2),
        Decision("Mendez", "ambiguous", "a name shared by several people in the article", 2,
                 where=((article.id, 0), (article.id, 1))),
    )  # fmt: skip
    resolved = Resolved((), (), sentences, decisions)
    briefing = Briefing("T", "S")
    review = gather_review(Content(briefing, (article,), ()), resolved)
    cia, mendez = sorted(review.items, key=lambda i: i.name)
    assert cia.examples == (text[0],)
    assert mendez.fixes[0].yaml == "name: Mendez\ntype: person\n"
    pages = render_pages(
        ROOT / "templates", gather(link(resolved, (article,)), briefing), briefing, review=review
    )
    page = next(p for path, p in pages.items() if path.startswith("review/ambiguous"))
    html = page.split("<main>")[1]
    assert html.count("<p>") - html.count("<p><strong>") >= 3  # detail, then one per example
    quote = html.split("<blockquote>")[1].split("</blockquote>")[0]
    assert quote.count("<p>") == 2


@pytest.mark.parametrize(
    ("name", "proposed", "first", "rest"),
    [
        ("Maritime Bulletin", "organisation", "media", ["person", "state"]),
        ("ABC", "organisation", "person", ["state", "media"]),  # media in the comment
        ("Civic Platform", "person", "organisation", ["state", "media"]),
        ("Manila Bulletin", "person", "media", ["organisation", "state"]),
        ("Hamas", "state", "organisation", ["person", "media"]),
        ("Maritime Bulletin", "media", "organisation", ["person", "state"]),
    ],
)
def test_retype_offers_every_other_type_in_one_fix_that_loads(
    tmp_path, name, proposed, first, rest
):
    """editor1: the retype offered only the first other type (organisation → person), so an
    outlet read as an organisation ("Maritime Bulletin") had no ``media`` to paste. One fix,
    the likeliest type on its line and the others in a comment: the item stays short."""
    from generator.evidence import review
    from generator.load import load_content

    args = (name, proposed, (), "maritime-bulletin", 2, ())
    _, _, fixes = review._new_actor(*args)
    assert [f.label.split(" (")[0] for f in fixes] == [
        "Accept as an actor",
        f"Accept as {first}",
        "Reject: never an actor in this briefing",
    ]
    retype = fixes[1]
    assert retype.label == f"Accept as {first} (or {', '.join(rest)})"
    assert retype.yaml == f"name: {name}\ntype: {first}  # or: {', '.join(rest)}\n"
    for type_ in (first, *rest):  # as offered, and with the comment's word in its place
        content = tmp_path / type_
        (content / "actors").mkdir(parents=True)
        (content / "briefing.yml").write_text("title: T\n", encoding="utf-8")
        text = retype.yaml.replace(f"type: {first}", f"type: {type_}")
        (content / retype.path).write_text(text, encoding="utf-8")
        (entity,) = load_content(content).entities
        assert entity.type == type_
